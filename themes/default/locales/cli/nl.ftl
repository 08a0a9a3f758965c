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
