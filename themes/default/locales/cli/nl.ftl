# Nederlands: de woorden van de opdrachtregel (steunwijzer build, check, report, search, …).
# Schrijf in eenvoudige taal. Tussen { } staat wat steunwijzer invult. Deze berichten zitten
# in het programma zelf: de opdrachtregel spreekt al voordat een site gelezen is.

## Bij elke melding

severity-error = fout
severity-warning = waarschuwing
hint = tip
# In de meldingen op GitHub, aan het begin van een regel.
hint-title = Tip
# Onder de meldingen: hoeveel fouten en waarschuwingen er zijn.
diagnostics-count = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }

## build, check en serve

build-done = { $pages } pagina's ({ $providers } aanbieders) gemaakt in { $out }, in { $seconds } s
build-nothing-written = er is niets geschreven; de vorige versie staat er nog
check-strict = --strict: deze waarschuwingen tellen als fouten
check-done = { $root } nagekeken: geen fouten
serve-rebuilt = { $providers ->
        [one] 1 aanbieder
       *[other] { $providers } aanbieders
    } gemaakt in { $ms } ms ({ $changed ->
        [one] 1 bestand veranderd
       *[other] { $changed } bestanden veranderd
    })
serve-serving = voorbeeld van { $site } op { $url } (Ctrl+C om te stoppen)
serve-this-site = deze site
serve-keeps-last = het voorbeeld blijft de laatste goede versie tonen

## init en import

init-wrote = geschreven: { $file }
init-fill-in = Nog in te vullen (gemarkeerd met { $mark }):
init-next = Daarna: steunwijzer new provider "Naam" --root { $dir }, en steunwijzer serve --root { $dir }
import-done = { $records } records gelezen, { $written } aanbiedersbestanden gemaakt
import-next = daarna: controleer elk nieuw bestand met de aanbieder; `{ $check }` laat zien wat nog ontbreekt
import-dry-run-done = { $records } records gelezen; { $written } aanbiedersbestanden zouden worden gemaakt (hierboven). Er is niets geschreven (--dry-run).
import-report-written = alle problemen staan in { $file }
import-more-with-report = { $count ->
    [one] nog 1 probleem wordt hierboven niet getoond
   *[other] nog { $count } problemen worden hierboven niet getoond
}; voer de import opnieuw uit met --dry-run --report <bestand> om ze allemaal te zien

## report

report-wrote = { $file } geschreven
report-of = controlerapport van
report-providers = aanbieders
report-unreachable = Geen telefoon, e-mail, website of adres
report-no-walk-in = Geen inloop
report-no-accessibility = Geen gegevens over toegankelijkheid
report-made-by = gemaakt door
report-stale = Langer dan { $limit } maanden niet nagekeken (oudste eerst)
report-months = maanden
report-coverage = Aanbieders per levensgebied en wijk (* = minder dan { $limit }):
report-whole = hele gemeente

## search

search-help-now = Heeft u nu hulp nodig?
search-fits-you = Past dit bij u?
search-none = geen aanbieders gevonden
search-none-for = geen aanbieders gevonden voor "{ $query }"
search-found = { $count ->
        [one] 1 aanbieder gevonden
       *[other] { $count } aanbieders gevonden
    }
search-found-for = { $count ->
        [one] 1 aanbieder gevonden voor "{ $query }"
       *[other] { $count } aanbieders gevonden voor "{ $query }"
    }
search-some = geen aanbieder past bij alle woorden; { $count } bij een deel ervan
search-some-for = geen aanbieder past bij alle woorden voor "{ $query }"; { $count } bij een deel ervan
search-without-filters = zonder de filters: { $count } gevonden
search-did-you-mean = bedoelde u: { $words }
search-life-domain = levensgebied { $slug }: { $count } aanbieders

## Datums: de maanden, zoals in „1 december 2026”

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Als een opdracht haar werk niet kan doen

# De regel waarmee een opdracht stopt: "fout: " en waarom.
command-error = fout: { $message }
lang-not-spoken = `{ $code }` is geen taal van dit programma: gebruik { $codes }
no-site-folder = de map van de site, { $path }, bestaat niet
today-not-a-date = STEUNWIJZER_TODAY: { $why }
today-epoch-not-seconds = SOURCE_DATE_EPOCH: `{ $value }` is geen aantal seconden sinds 1970
today-time-zone-unknown = de tijdzone `{ $zone }` is onbekend
search-unknown-life-domain = onbekend levensgebied `{ $value }`; { $hint }
search-unknown-neighbourhood = onbekende wijk `{ $value }`; { $hint }
search-unknown-language = onbekende taal `{ $value }`; { $hint }
search-unknown-contact-mode = onbekende manier van contact `{ $value }`; { $hint }
search-unknown-ui-language = de pagina's van de site zijn er niet in de taal `{ $value }`; { $hint }
search-no-index = geen zoekindex in { $dir }; voer eerst `steunwijzer build` uit
search-index-unreadable = de zoekindex is niet te lezen ({ $error }); voer `steunwijzer build` opnieuw uit: een index van een oudere steunwijzer past niet
search-theme-unreadable = de woorden van de pagina's van de site zijn niet te lezen; `steunwijzer check` laat zien waarom
new-no-file-name = van "{ $name }" is geen bestandsnaam te maken; gebruik letters of cijfers
new-site-has-errors = site.yaml heeft fouten; los die eerst op
new-exists = { $path } bestaat al; bewerk dat bestand, of kies een andere naam
path-cannot-create = kan { $path } niet maken: { $error }
path-cannot-read = kan { $path } niet lezen: { $error }
path-cannot-write = kan { $path } niet schrijven: { $error }
init-bad-name = "{ $name }" kan niet de naam van een gemeente zijn: { $why }
init-exists = { $files } bestaan al; er is niets geschreven (init overschrijft nooit een bestand)
serve-cannot-listen = kan niet luisteren op 127.0.0.1:{ $port }: { $error }
serve-cannot-watch = kan { $path } niet volgen: { $error }
serve-too-many-files = er zijn te veel bestanden om te volgen (verhoog fs.inotify.max_user_watches)
serve-page-title = Fouten in de inhoud
serve-page-refreshes = Deze pagina ververst vanzelf als u een bestand bewaart.
serve-page-no-errors = Geen fouten: de inhoud is in orde.
serve-overlay-title = Fout in de inhoud: de website laat de laatste goede versie zien
serve-overlay-hide = Verbergen
serve-answer-headers-too-large = de kopregels van het verzoek zijn groter dan 16 KB
serve-answer-only-localhost = dit voorbeeld antwoordt alleen aan localhost
serve-answer-only-get = alleen GET en HEAD
serve-answer-too-many-pages = te veel open pagina's; sluit er een paar en laad opnieuw
serve-answer-server-error = fout in het voorbeeld; start `steunwijzer serve` opnieuw
serve-answer-not-found = niet gevonden
serve-no-browser = er ging geen browser open; open zelf { $url }
new-template-missing = de ingebouwde sjabloon voor een aanbieder ontbreekt
generate-wrote = { $count } aanbieders geschreven in { $path }
generate-exists = { $path } bestaat al; kies een nieuwe map
stdin-unreadable = kan de standaardinvoer niet lezen: { $error }

## Waarden: andere woorden die redacteuren mogen schrijven (met komma's ertussen)
# Bijvoorbeeld `contact_modes: [inloop]` voor walk-in. Elke taal voegt hier haar eigen woorden toe.

words-kind-organisation = organisatie, stichting, instelling
words-kind-volunteer-organisation = vrijwilligers, vrijwilligersgroep, vrijwilligerswerk
words-kind-self-employed = zelfstandige, zelfstandig, zzp, zzp'er, zzper
words-kind-union = bond
words-kind-interest-group = belangenvereniging, belangengroep, ouderenvereniging, ouderenbond, mantelzorgvereniging, cliëntenorganisatie
words-contact-mode-walk-in = inloop, binnenlopen, spreekuur, inloopspreekuur
words-contact-mode-phone = telefoon, telefonisch, bellen
words-contact-mode-email = e-mail, mail, mailen
words-contact-mode-home-visit = huisbezoek, thuis, aan huis, thuisbezoek
words-contact-mode-video = beeldbellen, videogesprek
words-contact-mode-chat = chat
words-accessibility-wheelchair-accessible = rolstoeltoegankelijk, rolstoel, toegankelijk
words-accessibility-accessible-toilet = invalidentoilet, miva-toilet, toegankelijk toilet
words-accessibility-lift = lift
words-accessibility-disabled-parking = invalidenparkeerplaats, gehandicaptenparkeerplaats
words-accessibility-hearing-loop = ringleiding
words-accessibility-sign-language = gebarentaal, gebarentolk
words-accessibility-easy-language = eenvoudige taal, makkelijke taal, taalniveau b1
words-accessibility-assistance-dogs-welcome = hulphond, hulphonden, hulphonden welkom
words-day-monday = ma
words-day-tuesday = di
words-day-wednesday = wo
words-day-thursday = do
words-day-friday = vr
words-day-saturday = za
words-day-sunday = zo

## The command line's own help and errors (src/cmd/args.rs); the English help is the
## doc comments of src/cli.rs, and a test keeps them equal.
cli-usage = Gebruik:
cli-commands = Opdrachten
cli-command = OPDRACHT
cli-arguments = Argumenten
cli-options = Opties
cli-options-usage = OPTIES
cli-help-flag = Toon de uitleg
cli-version-flag = Toon de versie
cli-help-command = Toon deze uitleg of die van de genoemde opdracht
cli-possible-values = mogelijk: { $values }
cli-default = standaard: { $value }
cli-error-more = Meer uitleg: voeg --help toe aan de opdracht.
cli-error-unknown-argument = `{ $arg }` kent deze opdracht niet
cli-error-unknown-command = er is geen opdracht `{ $command }`
cli-error-invalid-value = `{ $value }` kan niet bij { $arg }; wel: { $values }
cli-error-missing-argument = er ontbreekt iets: { $arg }
cli-error-missing-command = zeg welke opdracht: build, check, serve, …
cli-error-bad-value = `{ $value }` kan niet bij { $arg }: { $why }
cli-error-conflict = { $arg } kan niet samen met een andere optie die u gaf
cli-error-other = de opdracht klopt niet
cli-error-did-you-mean = ; bedoelt u `{ $suggestion }`?
cli = Maak een toegankelijke statische gids van gratis, onafhankelijke cliëntondersteuning uit Markdown-bestanden
cli--lang = De taal van de meldingen: nl of en. Standaard: STEUNWIJZER_LANG als die gezet is, anders de taal van de website (Nederlands voor een Nederlandse website)
cli-build = Controleer de inhoud en schrijf dan de website (naar <root>/public, tenzij --output is gegeven)
cli-build--long = Controleer de inhoud en schrijf dan de website (naar <root>/public, tenzij --output is gegeven).

    Stopt met 0 als de website is geschreven, 1 als de inhoud fouten heeft (de vorige versie blijft dan zoals hij was) en 2 als de opdracht niet klopt.
cli-build--root = De map van de website: die met site.yaml en content/
cli-build--output = Waar de website komt. Die wordt in zijn geheel vervangen, en alleen als het bouwen lukt
cli-build--base_url = Het adres waarop de website komt te staan, in plaats van base_url in site.yaml. Voor de vaste links en de pagina "niet gevonden"; alle andere links zijn relatief
cli-serve = Bekijk de website terwijl u hem bewerkt: bouw hem, toon hem op 127.0.0.1 en bouw opnieuw bij elke keer bewaren
cli-serve--long = Bekijk de website terwijl u hem bewerkt: bouw hem, toon hem op 127.0.0.1 en bouw opnieuw bij elke keer bewaren.

    Open pagina's laden vanzelf opnieuw. Een fout in de inhoud staat in de terminal en bovenop de pagina in de browser; intussen blijft de laatste goede versie te zien. Er wordt niets op schijf geschreven.
cli-serve--root = De map van de website: die met site.yaml en content/
cli-serve--port = De poort op 127.0.0.1; is die bezet, dan wordt de volgende vrije gebruikt
cli-serve--open = Open de website in de standaardbrowser
cli-check = Controleer de inhoud en toon elk probleem als pad:regel:kolom, zonder iets te schrijven
cli-check--long = Controleer de inhoud en toon elk probleem als pad:regel:kolom, zonder iets te schrijven.

    Stopt met 0 als er geen fouten zijn (waarschuwingen mogen, behalve met --strict) en anders met 1.
cli-check--root = De map van de website: die met site.yaml en content/
cli-check--format = Hoe de problemen getoond worden: voor mensen, als JSON voor programma's, als meldingen voor een GitHub-workflow (zodat de forge elk probleem bij de gewijzigde regel toont), of als GitLab Code Quality-rapport (te zien in een merge request)
cli-check--strict = Faal ook bij waarschuwingen (stopt met 1): een bestand dat niet gelezen wordt, twee aanbieders met één naam, een webadres zonder https. Herinneringen mogen wel: een aanbieder die aan controle toe is, een aanbieder die bewust niet in de lijst staat. Voor CI, zodat niets ongemerkt wegvalt
cli-check--previous = De sitemap.xml van de vorige publicatie (of de map waar die in staat): een adres van een aanbieder daarin dat nu geen aanbieder meer heeft, geeft een waarschuwing. Standaard: public/sitemap.xml, als een eerdere bouwronde die achterliet
cli-search = Zoek in de index die `build` in <root>/search-index schreef, zoals de zoekpagina van de website doet
cli-search--long = Zoek in de index die `build` in <root>/search-index schreef, zoals de zoekpagina van de website doet.

    Toont de aanbieders die passen, de beste eerst. Filters van één soort gelden samen als OF, filters van verschillende soorten als EN. Een lege ZOEKVRAAG met filters toont elke passende aanbieder op naam. Stopt met 1 als er geen index is, met 2 als een optie niet klopt.
cli-search--query = De woorden om naar te zoeken, zoals een inwoner ze typt ("" voor geen)
cli-search--domains = Alleen aanbieders in dit levensgebied (slug; herhaal voor meer)
cli-search--neighbourhoods = Alleen aanbieders die in deze wijk werken (slug; herhaal voor meer). Aanbieders voor de hele gemeente tellen altijd mee
cli-search--languages = Alleen aanbieders die deze taal spreken (ISO 639-1-code; herhaal voor meer)
cli-search--contact_modes = Alleen aanbieders die op deze manier te bereiken zijn: walk-in, phone, email, home-visit, video of chat (herhaal voor meer)
cli-search--limit = Hoeveel resultaten er getoond worden
cli-search--json = Geef het antwoord als JSON (vaste veldnamen, voor programma's en tests)
cli-search--lang_ui = Antwoord zoals de zoekpagina in deze taal van de website doet (site.yaml `languages_ui`, bijvoorbeeld `ar`): met haar woorden, en de situaties en crisisnummers zoals de redactie ze vertaalde. De resultaten zijn in elke taal dezelfde
cli-search--root = De map van de website: die met site.yaml en content/
cli-analyse = Laat zien hoe tekst in zoektermen wordt verdeeld (zonder hoofdletters en accenten, zonder stopwoorden, teruggebracht tot de stam)
cli-analyse--long = Laat zien hoe tekst in zoektermen wordt verdeeld (zonder hoofdletters en accenten, zonder stopwoorden, teruggebracht tot de stam).

    Toont een regel per woord: het woord zoals getypt (kleine letters, zonder accenten), een tab, en de term die de index gebruikt. Leest TEKST, of de standaardinvoer als er geen TEKST is.
cli-report = Een rapport voor de redactie: waar het aanbod dun is, aanbieders om na te kijken, ontbrekende gegevens
cli-report--long = Een rapport voor de redactie: waar het aanbod dun is, aanbieders om na te kijken, ontbrekende gegevens.

    Telt de aanbieders per levensgebied en wijk, en noemt de aanbieders van wie last_reviewed ouder is dan de grens in site.yaml (de oudste eerst), en die zonder manier om ze te bereiken, zonder inloop en zonder gegevens over toegankelijkheid. Komt niet op de website.
cli-report--root = De map van de website: die met site.yaml en content/
cli-report--format = text voor de terminal, html voor een pagina om in een browser te openen, json voor programma's
cli-report--output = Schrijf het rapport naar dit bestand in plaats van naar de standaarduitvoer
cli-init = Begin een nieuwe website voor een gemeente: instellingen, levensgebieden, pagina's, .gitignore en CI
cli-init--long = Begin een nieuwe website voor een gemeente: instellingen, levensgebieden, pagina's, .gitignore en CI.

    Schrijft in MAP (standaard: de huidige map) een website die meteen te bouwen is, zonder de geschiedenis van een ander, en noemt wat er nog in te vullen is (gemarkeerd met [VUL IN). Overschrijft nooit iets: als een van de bestanden al bestaat, wordt er niets geschreven.
cli-init--dir = De map voor de nieuwe website; wordt gemaakt als hij er nog niet is
cli-init--municipality = De naam van de gemeente, zoals inwoners die schrijven ("Zaanstad")
cli-init--forge = Welk CI-bestand er komt: een GitHub Actions-workflow, .gitlab-ci.yml, of geen
cli-new = Maak een nieuw inhoudsbestand uit een sjabloon, met uitleg bij elk veld
cli-new-provider = Maak content/providers/<slug>.md voor een nieuwe aanbieder, met last_reviewed op vandaag
cli-new-provider--long = Maak content/providers/<slug>.md voor een nieuwe aanbieder, met last_reviewed op vandaag.

    De slug komt uit de naam: kleine letters, zonder accenten, woorden verbonden met streepjes. Een bestaand bestand wordt nooit overschreven.
cli-new-provider--name = De naam van de aanbieder, zoals inwoners die kennen
cli-new-provider--root = De map van de website: die met site.yaml en content/
cli-import = Maak bestanden van aanbieders uit de gegevens van een ander systeem
cli-import-hsds = Maak content/providers/<slug>.md voor elke actieve dienst in een HSDS 3.0-export
cli-import-hsds--long = Maak content/providers/<slug>.md voor elke actieve dienst in een HSDS 3.0-export.

    BESTAND is HSDS 3.0-JSON: één dienst, een lijst van diensten, of een pagina van de HSDS-API (`/services?full=true`); van een map wordt elk .json-bestand geïmporteerd. Termen, werkgebieden en talen worden gekoppeld aan de levensgebieden, wijken en talen van deze website. Alles wat niet kon worden overgenomen, staat als waarschuwing bij de regel van het record. Bestaande bestanden worden nooit overschreven. Zie docs/open-data.md.
cli-import-hsds--input = Het HSDS-JSON-bestand, of een map met zulke bestanden
cli-import-hsds--root = De map van de website: die met site.yaml en content/
cli-generate = Voor ontwikkelaars: schrijf een verzonnen website met N aanbieders, voor tests en metingen
cli-generate--providers = Het aantal aanbieders
cli-generate--out = De map voor de website (mag nog niet bestaan)
cli-generate--seed = Het startgetal: hetzelfde getal geeft dezelfde website
cli-generate--words = Woorden in de tekst van elke aanbieder, MIN-MAX: echte pagina's hebben er 150-400, onder kopjes en met lijstjes; onder 100 zijn de teksten een paar zinnen
cli-generate--life_domains = Het aantal levensgebieden: de negen van het sociaal domein, daarna verzonnen (1-32)
cli-generate--neighbourhoods = Het aantal plaatsen (0-2500): zes echte namen, dan wijken van elk tien plaatsen
cli-generate--languages = Het aantal gesproken talen naast Nederlands (0-182): elke ISO 639-1-code
cli-import-hsds--dry_run = Laat zien wat er geschreven zou worden, en elk probleem, zonder iets te schrijven
cli-import-hsds--report = Schrijf ook elk probleem (niet alleen de eerste 20 van een bestand) naar dit nieuwe bestand
cli-import-hsds--map = Wat de termen van een ander systeem hier betekenen (levensgebieden, soorten): een YAML-bestand, zie docs/examples/airs-211-map.yaml
