# Nederlands: de meldingen van steunwijzer check en build (fouten, waarschuwingen en tips).
# Schrijf in eenvoudige taal, voor redacteuren die geen programmeur zijn. Tussen { } staat
# wat steunwijzer invult: een sleutel, een bestandsnaam, een getal. De meldingen staan in
# groepen naar het deel van het programma dat ze maakt (## core/config/mod, …).

## core/config/help

site-yaml-names-no-crisis-numbers = site.yaml noemt geen nummers voor nood: geen pagina laat 112, 113 of Veilig Thuis zien
add-crisis-list-steunwijzer-init-writes = zet er een lijst `crisis:` in; `steunwijzer init` schrijft er een om over te nemen (docs/content.md)
crisis-number-still-filled-no-page = dit nummer voor nood moet nog worden ingevuld; tot dan staat het op geen enkele pagina
write-number-when-call-remove-item = schrijf het nummer en wanneer iemand het belt, of haal het onderdeel weg
crisis-number-has-no = dit nummer voor nood heeft geen `{ $key }`
each-item-has-name-phone-when = elk onderdeel heeft `name`, `phone` en `when` (één zin: wanneer bellen)

## core/config/mod

not-licence-steunwijzer-knows = `{ $licence }` is geen licentie die steunwijzer kent
add-with-address-text-use-one = zet er `licence_url:` bij met het adres van de tekst, of gebruik een van { $licences }
site-yaml-missing = in site.yaml ontbreekt `{ $name }`
site-yaml-one-area = site.yaml noemt `{ $first }` en `{ $second }`: een site dient één gemeente, één regio of het land
site-yaml-one-area-hint = laat één van de twee weg: `municipality:` voor één gemeente, `region:` voor een regio van gemeenten, `country:` voor het hele land
add-line = zet er een regel `{ $name }: { $example }` bij
write-municipality-s-name-as-residents = schrijf de naam van de gemeente zoals inwoners hem kennen, bijvoorbeeld `municipality: Haarlem`
not-theme-name = `{ $theme }` is geen naam van een thema
stale-after-months-must-at-least = `stale_after_months` moet minstens 1 zijn
stale-after-months-hint = 12 betekent: elke aanbieder wordt eens per jaar nagekeken
not-image-site-s-static-folder = `{ $given }` is geen afbeelding in de map static/ van de site
put-file-svg-png-webp-jpeg = zet het bestand (SVG, PNG, WebP of JPEG) in static/ en schrijf de naam, bijvoorbeeld `logo: logo.svg`
language-not-supported-yet = de taal `{ $language }` wordt nog niet ondersteund
not-language-code = `{ $code }` is geen taalcode
write-two-letter-iso-639-1 = schrijf de ISO 639-1-code van twee letters, bijvoorbeeld `en`, `tr`, `ar`, `pl` of `uk`
named-twice = `{ $code }` staat er twee keer in
must-from-seconds = `{ $name }` moet tussen { $start } en { $end } seconden zijn
leave-out-for-default-seconds = laat het weg voor de standaard van { $default } seconden
must-from-entries = `{ $name }` moet tussen { $start } en { $end } aanbieders zijn
leave-out-for-default-entries = laat het weg voor de standaard van { $default } aanbieders
opens-guide-once-already = `{ $slug }` staat al vooraan in de gids
name-each-page-once = noem elke pagina één keer
at-most-pages-can-open-printed = hoogstens { $max_print_intro } pagina's kunnen vooraan in de gedrukte gids staan
choose-pages-reader-needs-first-rest = kies de pagina's die een lezer als eerste nodig heeft; de rest staat op de website
not-time-zone = `{ $time_zone }` is geen tijdzone
use-name-such-as-europe-amsterdam = gebruik een naam zoals `Europe/Amsterdam` (de standaard), of laat time_zone weg
site-yaml-needed = elke site heeft een site.yaml nodig met ten minste title, municipality en base_url
theme-is-a-folder = een thema is een map onder themes/ met een naam in kleine letters, zoals `default`
use-language-nl = het standaardthema is in het Nederlands geschreven; gebruik `language: nl`

## core/content/files

cannot-read = kan niet worden gelezen: { $error }
reserved-name-windows-repository-could-not = `{ $slug }` is een naam die Windows zelf gebruikt: op Windows kan niemand de bestanden dan nog ophalen
rename-for-example = geef het een andere naam, bijvoorbeeld `{ $slug }-1.md`
file-name-characters-long-at-most = deze bestandsnaam is { $length } tekens lang; er mogen er hoogstens { $max_slug } zijn
rename = geef het de naam `{ $slug }.md`
file-name-cannot-used-as-address = de bestandsnaam `{ $slug }.md` kan geen webadres worden
rename-lowercase-letters-digits-hyphens-only = geef het de naam `{ $slugify }.md`: alleen kleine letters, cijfers en streepjes

## core/content/frontmatter

missing-front-matter = de gegevens bovenaan ontbreken
start-file-with-line-then-key = begin het bestand met een regel `---`, dan de regels `key: value`, en dan weer een regel `---`
front-matter-not-closed = de gegevens bovenaan worden niet afgesloten
add-line-before-line = zet een regel `---` boven regel { $line }, na de laatste regel `key: value`

## core/content/lists

site-needs-docs-content-md-shows = de website heeft { $rel } nodig; in docs/content.md staat hoe dat bestand eruitziet
must-be-a-list = { $file } moet een lijst zijn, niet { $kind }
start-each-item-with-slug = begin elk onderdeel met `- slug: ...`

## core/content/mod

body-empty = the body is leeg

## core/content/stray

file-not-read-name-does-not = dit bestand wordt niet gelezen: de naam eindigt niet op .md
rename-to = geef het de naam `{ $fixed }`
ignored-not-markdown-file = overgeslagen: dit is geen Markdown-bestand
only-files-ending-md-are-read = hier worden alleen bestanden gelezen die eindigen op .md
did-you-mean-content = bedoelt u `content/{ $meant }`?
files-read-here-are = hier worden alleen deze bestanden gelezen: { $known }
ignored-file-not-read = overgeslagen: dit bestand wordt niet gelezen
file-not-published-provider-files-go = dit bestand komt niet op de site: aanbieders horen in content/providers/, losse pagina's in content/pages/
move = zet het in `{ $folder }/{ $fixed }`

## core/diagnostic/render

more-problems-are-not-shown-fix = nog { $count } problemen worden niet getoond; los de problemen hierboven op en controleer opnieuw

## core/formats

write-dutch-number-for-example-023 = schrijf een Nederlands nummer, bijvoorbeeld 023 511 52 73, 06 12345678, +31 23 511 52 73 of 0800 1234
not-dutch-phone-number-has-digits = `{ $display }` is geen Nederlands telefoonnummer (het heeft { $digits } cijfers; er zijn er 10 nodig)
dutch-postcode-four-digits-two-letters = een Nederlandse postcode is vier cijfers en twee letters, bijvoorbeeld 2011 AB
not-dutch-postcode = `{ $raw }` is geen Nederlandse postcode
write-as-name-domain-nl-without = schrijf het als naam@domein.nl, zonder spaties of mailto:
not-valid-e-mail-address = `{ $text }` is geen geldig e-mailadres
give-address-site-published-at-such = geef het adres waarop de website komt te staan, zoals https://steunwijzer.example.org/haarlem/
has-query-fragment-site-s-address = `{ $text }` bevat een ? of #; het adres van de website is alleen een domein en een pad
has-port-port-number-from = `{ $text }` heeft poort `{ $port }`; een poort is een getal van 1 tot 65535
write-whole-address-starting-with-https = schrijf het hele adres, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl/
add-https-front = zet er https:// voor: `https://{ $text }{ $slash }`
not-web-address-starting-with-https = `{ $text }` is geen webadres dat begint met https://
phone-character-not-allowed = `{ $display }` is geen telefoonnummer: `{ $char }` mag er niet in staan
phone-foreign = `{ $display }` is een buitenlands nummer
phone-service-digits = `{ $display }` heeft niet het goede aantal cijfers voor een { $prefix }-nummer
postcode-letters-never-used = `{ $raw }` is geen postcode: { $letters } wordt nooit gebruikt
email-starts-with-mailto = `{ $text }` begint met mailto:
email-has-no-at = `{ $text }` is geen e-mailadres: er staat geen @ in
contains-spaces-characters-not-allowed-web = in `{ $text }` staan spaties of tekens die niet in een webadres mogen
does-not-have-valid-domain-name = `{ $text }` heeft geen geldige domeinnaam

## core/i18n

name-catalogue-after-language-s-iso = geef een berichtenbestand de ISO 639-1-code van zijn taal als naam, bijvoorbeeld en.ftl
message-given-twice = het bericht `{ $id }` staat er twee keer in
keep-one-two = houd er één van de twee
messages-are-not-translated-into-they = { $count } berichten zijn niet vertaald in het { $language } ({ $lang }); die staan er in het { $fallback }: { $ids }{ $more }
line-cannot-read-as-fluent-missing = deze regel is geen Fluent: na de naam van het bericht ontbreekt `=`
fluent-missing-char = deze regel is geen Fluent: hier ontbreekt `{ $char }`
message-has-no-text = het bericht `{ $entry_id }` heeft geen tekst
choice-has-no-default-mark-one = deze keuze heeft geen standaard: zet `*` voor één van de mogelijkheden, bijvoorbeeld `*[other]`
choice-has-more-than-one-default = deze keuze heeft meer dan één standaard (`*`)
text-quotes-never-closed = een tekst tussen aanhalingstekens wordt niet gesloten
closing-brace-without-opening-brace = een sluitaccolade zonder openingsaccolade
line-cannot-read-as-fluent = deze regel is geen Fluent: { $other }
write-each-message-as-id-text = schrijf elk bericht als `naam = tekst`; zie docs/translation.md

## core/markdown

images-are-not-shown-only-description = afbeeldingen worden niet getoond; alleen de beschrijving (`{ $dest_url }`)
describe-what-picture-shows-words = beschrijf in woorden wat er op de afbeelding staat
text-holds-invisible-character-written-as = deze tekst bevat een onzichtbaar teken ({ $char_name }), geschreven als een code zoals `&#x202e;`, dat tekst kan verbergen of omdraaien
remove-code-that-starts-with-backslash = haal de code weg die met `&#` of een backslash begint
quotes-lists-are-nested-more-than = citaten en opsommingen staan hier meer dan { $max_nesting } niveaus diep in elkaar
page-needs-two-three-levels-check = een pagina heeft twee of drie niveaus nodig; kijk naar de `>` en `-` aan het begin van deze regels
html-text-shown-as-plain-text = HTML in de tekst wordt als gewone tekst getoond
use-markdown-instead-bold-link-https = gebruik Markdown: **vet**, [link](https://...), - opsomming
link-points-page-that-does-not = de link `{ $dest_url }` wijst naar een pagina die niet bestaat
link-pages-site-as-aanbieders-slug = link naar pagina's van deze website als /aanbieders/<naam>/, /levensgebieden/<naam>/ of /<pagina>/
link-was-removed-only-web-e = de link `{ $dest_url }` is weggehaald: alleen links naar websites, e-mail, telefoon en pagina's van deze website mogen
start-link-with-https-mailto-tel = begin de link met https://, mailto: of tel:, of link naar een pagina van deze website als /aanbieders/<naam>/

## core/source

cannot-read-file = het bestand kan niet worden gelezen: { $error }
file-larger-than-kb-most-content = dit bestand is groter dan { $max } KB, het maximum voor een inhoudsbestand
provider-page-needs-few-kb-remove = een aanbiederspagina heeft een paar KB nodig; haal weg wat er niet bij hoort, of splits de tekst
base-url-placeholder = `base_url` staat nog op het voorbeeldadres `{ $host }`
base-url-placeholder-hint = zet in site.yaml het adres waar de website komt te staan, zoals https://steunwijzer.uwgemeente.nl/: anders wijzen de sitemap, de open data en elke QR-code in de gedrukte gids nergens heen
file-is-word-document = dit is een Word-bestand ({ $kind }) met een andere naam, geen platte tekst
save-as-plain-text = open het in Word en kies "Opslaan als" → "Platte tekst (.txt)" met codering UTF-8, en geef het daarna de naam met .md; of begin opnieuw vanuit een bestaand .md-bestand
file-not-valid-utf-8-text = dit bestand is geen geldige UTF-8-tekst
save-file-as-utf-8-most = sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8)
line-holds-invisible-character-that-can = op deze regel staat een onzichtbaar teken ({ $char_name }) dat tekst kan verbergen of omdraaien
delete-retype-text-around-paste-as = haal het weg: typ de tekst eromheen opnieuw, of plak hem als platte tekst
symbolic-link-links-are-not-followed = dit is een snelkoppeling (symbolische link); die worden niet gevolgd
put-file-folder-itself-here-instead = zet hier het bestand of de map zelf neer in plaats van een koppeling

## core/suggest

put-comma-between-items = zet een komma tussen de onderdelen: `{ $words }`
did-you-mean-under = bedoelt u `{ $key }` onder `{ $parent }:`? (`{ $meant }`)
did-you-mean = bedoelt u `{ $meant }`?
choose-from = kies uit: { $list }
choose-one-of = kies een van: { $list }
allowed-keys-here = sleutels die hier mogen: { $list }
the-providers-are = de aanbieders zijn: { $list }
the-free-pages-are = de losse pagina's zijn: { $list }

## core/text
name-is-empty = hij is leeg

## core/translations

translation-has-no-field = een vertaling heeft geen veld `{ $field }`
translate = vertaal { $known }
translation-into-has-no = de vertaling in `{ $lang }` heeft geen `{ $field }`
write-that-language-under-remove-translation = schrijf eronder `{ $field }:` in die taal, of haal de vertaling weg
translate-into-languages-languages-ui-site = vertaal in de talen van `languages_ui` in site.yaml
translation-not-interface-language = de vertaling in `{ $lang }` komt niet op de site: het is geen van de talen van de website
translation-same-language = de vertaling in `{ $lang }` komt niet op de site: de tekst zelf is al in die taal

## core/validate/body

every-file-name-must-unique-also = elke bestandsnaam mag maar één keer voorkomen, ook in submappen; geef er één een andere naam
has-no-value = `{ $name }` heeft geen waarde
missing-required-key = de verplichte sleutel `{ $name }` ontbreekt
add-line-front-matter = zet een regel `{ $name }: { $example }` bij de gegevens bovenaan
write-name-as-residents-know-one = schrijf de naam zoals inwoners hem kennen, op één regel, in elk schrift
text-below-front-matter-empty = de tekst onder de gegevens bovenaan is leeg
write-below-closing-what-offered-how = schrijf onder de afsluitende `---` wat er wordt geboden en hoe het werkt, in eenvoudige taal (B1)
duplicate-provider-slug = dubbele naam van een aanbieder `{ $slug }`: { $first } heeft die ook
duplicate-page-slug = dubbele naam van een pagina `{ $slug }`: { $first } heeft die ook

## core/validate/fields

write-lowercase = schrijf het met kleine letters: `{ $lower }`
use-two-letter-iso-639-1 = gebruik een taalcode van twee letters (ISO 639-1), bijvoorbeeld nl, en, tr, ar, pl
starts-with-http-browsers-tell-residents = `{ $url }` begint met http://: browsers zeggen inwoners dat deze site niet veilig is
if-site-opens-as-write-that = als de site opent als `{ $secure }`, schrijf dat dan
days-empty = `days` is leeg
for-example-days-monday-wednesday = bijvoorbeeld `days: [monday, wednesday]`
listed-twice = `{ $slug }` staat er twee keer in
remove-one = haal er een weg
unknown-neighbourhood = { $places ->
        [nested] onbekende plaats
       *[other] onbekende wijk
    } `{ $slug }`
part-of-unknown = `part_of: { $parent }` is geen andere plaats in deze lijst
part-of-circle = deze plaatsen liggen in elkaar, in een kring: { $path }
part-of-circle-hint = een plaats ligt in één grotere plaats; haal één `part_of` weg
item-is-empty = onderdeel { $number } van `{ $field }` is leeg
remove-the-empty-item = haal het lege onderdeel weg
use-the-two-letter-code = gebruik de code van twee letters `{ $code }`
address-part-empty = `contact.address.{ $key }` is leeg
fill-in-or-remove-address = vul het in of haal het adres weg
opening-hours-neither = `opening_hours` heeft geen `hours` en geen `note`
opening-hours-neither-hint = zet er `hours:` met dagen en tijden bij, of een `note:` zoals "Alleen op afspraak"
closes-before-opens = de sluitingstijd { $closes } is niet later dan de openingstijd { $opens }
closes-before-opens-hint = gebruik de 24-uursklok, bijvoorbeeld opens: "13:00", closes: "17:00"

## core/validate/lists

combine-items-list-fewer = voeg onderdelen samen, of noem er minder
item-has-no = bij onderdeel { $number } ontbreekt `{ $key }`
add-item = zet `{ $key }: ...` bij dit onderdeel
slug-used-twice = de slug `{ $slug }` staat er twee keer in
every-slug-must-unique = elke slug mag maar één keer voorkomen
what-life-domains = levensgebieden
what-neighbourhoods = wijken
more-than-the-search-filters = er zijn meer dan { $max } { $what }; het zoeken kan op hoogstens { $max } filteren
not-a-valid-slug = `{ $slug }` is geen geldige slug
slug-hint = gebruik kleine letters, cijfers en streepjes, bijvoorbeeld `{ $example }`
no-life-domains = er zijn geen levensgebieden
list-the-life-domains = noem de negen levensgebieden, elk met slug, name en description

## core/validate/mod

also-name-residents-cannot-tell-two = `{ $name }` is ook de naam van { $earlier }: inwoners kunnen de twee niet uit elkaar houden
if-they-are-one-provider-keep = is het één aanbieder, houd dan één bestand; zo niet, zet in de naam wat ze onderscheidt, bijvoorbeeld de wijk
site-has-more-than-earlier-addresses = de site heeft hier meer dan { $max_aliases } eerdere adressen
remove-earlier-addresses-nobody-uses-any = haal eerdere adressen weg die niemand meer gebruikt (een jaar na een wijziging is genoeg)
address-taken-has = het adres `{ $alias }` is al bezet: { $other } heeft het
old-address-can-lead-one-page = een oud adres kan maar naar één pagina leiden; haal het hier of daar weg
there-no-accessibility-statement-public-bodies = er is geen toegankelijkheidsverklaring: een overheid moet er een publiceren
there-no-privacy-page-residents-should = er is geen privacypagina: inwoners moeten kunnen lezen wat de website met hun gegevens doet
steunwijzer-init-writes-one-start-from = `steunwijzer init` schrijft er een om mee te beginnen; neem die over uit een nieuwe site en vul hem in
page-still-has-part-fill = op deze pagina moet nog iets worden ingevuld
write-text-for-your-municipality-place = schrijf de tekst voor uw gemeente op de plaats van [VUL IN: …]
front-door-not-provider-so-no = `{ $slug }` bij `front_door` is geen aanbieder, dus geen pagina noemt hem
front-door-has-no-phone-number = `{ $slug }` bij `front_door` heeft geen telefoonnummer, dus niemand kan hem bellen
choose-general-client-supporter-residents-can = kies een algemene cliëntondersteuner die inwoners kunnen bellen
there-no-free-page = er is geen losse pagina `{ $slug }`

## core/validate/page

cannot-name-page-site-uses-that = `{ $slug }` kan niet de naam van een pagina zijn: de website gebruikt dat adres zelf
rename-file = geef het bestand een andere naam
cannot-name-page-language-code-address = `{ $slug }` kan niet de naam van een pagina zijn: het is een taalcode, het adres van de pagina's in die taal

## core/validate/printable

printed-guide-has-no-letter-for = de gedrukte gids heeft geen letter voor `{ $char }` (U+{ $code }) in { $key }
guide-s-fonts-have-latin-greek = de lettertypen van de gids hebben Latijnse, Griekse, Cyrillische, Arabische, Hebreeuwse, Ethiopische, Indiase, Thaise, Chinese, Japanse en Koreaanse letters; schrijf het anders (een emoji als woord), of zet de gedrukte gids uit in site.yaml (print, enabled: false)
page-opens-printed-guide-from-here = deze pagina staat vooraan in de gedrukte gids, en vanaf hier zijn de pagina's vooraan langer dan de gids opneemt: hoogstens { $max_intro_blocks } koppen, alinea's en opsommingspunten, en { $max_intro_chars } tekens samen
shorten-page-choose-shorter-intro-pages = maak de pagina korter, of kies kortere pagina's voor vooraan in site.yaml (print, intro)
in-key = `{ $key }`
this-intro-page = deze pagina vooraan in de gids

## core/validate/provider

has-no-phone-e-mail-website = { $name } heeft geen telefoon, e-mail, website of adres
add-at-least-one-way-reach = zet onder `contact:` minstens één manier om hen te bereiken
add-kind-with-one-organisation-volunteer = zet er `kind:` bij met een van organisation, volunteer-organisation, self-employed, union, interest-group
translation-into-has-no-summary = de vertaling in `{ $lang }` heeft geen `summary`
write-summary-that-language-under-remove = schrijf eronder `summary:` in die taal, of haal de vertaling weg
provider-may-have-at-most-earlier = een aanbieder mag hoogstens { $most } eerdere adressen hebben; dit is nummer { $number }
keep-addresses-people-may-still-have = houd de adressen die mensen nog kunnen hebben; haal de oudste weg
not-address = `{ $alias }` is geen adres
write-old-file-name-without-md = schrijf de oude bestandsnaam zonder .md, bijvoorbeeld `{ $slug }`
provider-s-own-address = `{ $alias }` is het eigen adres van deze aanbieder
list-only-addresses-provider-had-before = zet hier alleen adressen die de aanbieder vroeger had
summary-characters-long-at-most-are = de samenvatting is { $count } tekens lang; er mogen er hoogstens { $summary_max_chars } zijn
keep-one-short-sentence-put-rest = houd het bij één korte zin; zet de rest in de tekst onder de gegevens bovenaan
add-for-example-choose-from = zet er bijvoorbeeld `life_domains: [wonen]` bij; kies uit: { $domains }
life-domains-empty = `life_domains` is leeg
name-at-least-one = noem er minstens één: { $domains }
add-after-checking-information-with-provider = zet er `last_reviewed: { $today }` bij nadat u de gegevens met de aanbieder hebt nagekeken
check-information-with-provider-update-last = kijk de gegevens na met de aanbieder en pas `last_reviewed` aan
complaints-empty = `complaints` is leeg
not-listed-only-free-support-listed = { $name } staat niet op de website: alleen gratis ondersteuning wordt getoond
set-free-true-if-support-costs = zet `free: true` als de ondersteuning de inwoner niets kost
reviewed-in-the-future = `last_reviewed` is { $date }, en dat ligt in de toekomst
reviewed-today-at-the-latest = gebruik de datum waarop de gegevens het laatst zijn nagekeken, uiterlijk vandaag ({ $today })
reviewed-too-early = `last_reviewed` is { $date }; een controledatum vóór { $earliest } kan niet kloppen
reviewed-for-example = gebruik de datum waarop de gegevens het laatst zijn nagekeken, bijvoorbeeld { $today }
reviewed-long-ago = het laatst nagekeken op { $date }, meer dan { $months } maanden geleden
complaints-hint = geef het webadres of een korte beschrijving van de klachtenregeling, of haal de sleutel weg
not-independent = { $name } komt niet op de site: de lijst is voor ondersteuners buiten de wijkteams
not-independent-hint = haal het bestand weg, of zet `independent: true` als zij niet bij een wijkteam horen

## core/validate/published

more-published-addresses-are-gone = en nog { $more } gepubliceerde adressen zijn verdwenen
published-address-gone-no-provider-has = het gepubliceerde adres { $address } is verdwenen: geen aanbieder heeft het nu
if-provider-has-new-file-name = heeft de aanbieder een nieuwe bestandsnaam, zet dan `aliases: [{ $slug }]` in dat bestand; is de aanbieder gestopt, dan verdwijnt deze melding na de volgende publicatie

## core/validate/situations

no-provider-fits-situation-names-none = geen aanbieder past bij deze situatie: er staat er geen bij
add-providers-file-names-life-domains = zet er `providers: [...]` (bestandsnamen), `life_domains: [...]` of `kinds: [...]` bij
there-are-more-than-situations-site = er zijn meer dan { $max_situations } situaties; een site mag er hoogstens { $max_situations } hebben
combine-situations-list-fewer = voeg situaties samen, of noem er minder
not-provider-so-page-leaves-out = `{ $slug }` is geen aanbieder, dus deze pagina laat hem weg

## core/validate/vocabulary

already-has-own-term-line = `{ $word }` heeft al een eigen zoekterm (regel { $line })
put-each-word-one-own-term = zet elk woord in één lijst `own_term`
item-has-no-words = bij dit onderdeel ontbreekt `words`
list-residents-words-for-example-words = noem de woorden van inwoners, bijvoorbeeld `words: [geldzorgen, geldproblemen]`
these-words-find-nothing-item-has = deze woorden vinden niets: er staat niet bij wat ze betekenen
add-means-with-directory-s-words = zet er `means: [...]` bij met de woorden van de gids, of `life_domains: [...]`
unknown-life-domain = onbekend levensgebied `{ $slug }`
entry-empty-more-than-one-line = een onderdeel van `{ $key }` is leeg of staat op meer dan één regel
write-one-word-phrase-per-entry = schrijf één woord of woordgroep per onderdeel
not-one-word = `{ $word }` is niet één woord
own-term-takes-single-words-letters = bij `own_term` staan losse woorden van letters en cijfers (hoogstens 40 bytes), zoals `[ouderen, oudere]`

## core/yaml/errors

missing-key = bij `{ $parent }` ontbreekt de sleutel `{ $field }`
add-under = zet `{ $field }: ...` eronder
must-but = `{ $shown }` moet { $expected } zijn, maar het is { $found }
unknown-key = onbekende sleutel `{ $field }`
not-valid-value-for = `{ $variant }` is geen geldige waarde voor `{ $key }`
must-whole-number-more-not = `{ $shown }` moet een heel getal van 0 of meer zijn, niet { $number }
which-far-too-large = `{ $shown }` is { $number }, en dat is veel te groot
give-whole-number-such-as-12 = geef een heel getal, zoals 12
write-true-false = schrijf `true` of `false`
write-list-for-example-wonen-werk = schrijf een lijst, bijvoorbeeld `[wonen, werk]`, of één `- item` per regel
put-value-between-quotes-for-example = zet de waarde tussen aanhalingstekens, bijvoorbeeld "023 123 45 67"
write-key-value-pairs-lines-below = schrijf paren `key: value` op de regels eronder, ingesprongen
missing-key-at-the-top = bovenaan het bestand ontbreekt de sleutel `{ $field }`
unknown-key-in = onbekende sleutel `{ $field }` in `{ $parent }`
value-of-key = `{ $key }`: { $problem }
cannot-be = `{ $shown }` kan niet { $number } zijn
give-type = geef { $expected }
type-the-text = de tekst { $value }
type-the-number = het getal { $value }
type-plain = { $value }
type-whole-number = een heel getal
type-text = tekst
type-true-or-false = true of false
type-a-list = een lijst
type-empty = leeg
type-a-group = een groep regels `sleutel: waarde`
kind-a-number = een getal
kind-key-value-pairs = een lijst met regels sleutel: waarde
kind-tagged = een waarde met een label (!)

## core/yaml/mod

lists-keys-are-nested-more-than = lijsten en sleutels zitten hier meer dan { $max_depth } niveaus diep in elkaar
format-needs-at-most-three-levels = er zijn hoogstens drie niveaus nodig; kijk hoe ver deze regel inspringt
file-holds-more-than-values = het bestand bevat meer dan { $max_nodes } waarden
split-list-remove-repeated-values = splits de lijst of haal herhaalde waarden weg
key-appears-twice = de sleutel `{ $key }` staat er twee keer in
keep-one-them-key-can-only = houd er één over; een sleutel mag maar één keer voorkomen
value-holds-invisible-character-written-as = deze waarde bevat een onzichtbaar teken ({ $char_name }), geschreven als een code zoals `\u202e`, dat tekst kan verbergen of omdraaien
remove-escape-that-starts-with-backslash = haal de code weg die met een backslash begint
yaml-kb-at-most-kb-read = deze gegevens zijn { $size } KB; er wordt hoogstens { $max } KB gelezen
split-file-remove-text-that-does = splits het bestand, of haal tekst weg die er niet in hoort
line-characters-long-at-most-are = deze regel is { $count } tekens lang; er mogen er hoogstens { $max_line } zijn
put-long-text-markdown-below-front = zet een lange tekst onder de gegevens bovenaan, of maak hem korter
must-be-key-value-pairs = { $what } moet een lijst met regels `sleutel: waarde` zijn, niet { $kind }
one-pair-per-line = schrijf één `sleutel: waarde` per regel
what-the-front-matter = de gegevens bovenaan
what-a-list-item = een onderdeel van de lijst
what-site-yaml = site.yaml
yaml-cannot-start-token = hier staat een teken dat zo niet aan het begin mag staan
yaml-mapping-not-allowed = hier staat een dubbele punt die niet wordt verwacht
yaml-repetition-limit = het bestand herhaalt een verwijzing (*naam) te vaak
yaml-expected-key = de gegevens kunnen niet worden gelezen: op deze regel had een nieuwe sleutel (`naam:`) moeten beginnen
yaml-expected-dash = de gegevens kunnen niet worden gelezen: in deze lijst had een regel met `- ` moeten staan
yaml-expected-colon = de gegevens kunnen niet worden gelezen: er ontbreekt een dubbele punt na de sleutel
check-indentation-that-every-key-value = kijk na of alles goed inspringt en of elk paar `key: value` op een eigen regel staat; zet tekst met bijzondere tekens tussen aanhalingstekens
key-is-empty = `{ $name }` is leeg
end-text-with-same-quote-mark = sluit de tekst af met hetzelfde aanhalingsteken op dezelfde regel, of haal het eerste aanhalingsteken weg
quote-open-on-line-hint = sluit de tekst op deze regel af met hetzelfde aanhalingsteken; de regels eronder werden als deel ervan gelezen
for-example = bijvoorbeeld `{ $name }: { $example }`
check-the-brackets = er zijn hoogstens drie niveaus nodig; kijk de haakjes na
indent-with-spaces-yaml-does-not = spring in met spaties: een tab mag daar niet
value-in-smart-quotes = deze tekst staat tussen gekrulde aanhalingstekens “…”, zoals Word ze maakt: die komen zo op de website
use-straight-quotes = vervang ze door rechte aanhalingstekens "…", of laat ze weg
line-indented-with-tab = deze regel springt in met een tab
must-one-line = `{ $name }` moet op één regel staan
quote-never-closed = dit aanhalingsteken wordt nergens gesloten
quote-not-closed-line = dit aanhalingsteken wordt op deze regel niet gesloten
use-spaces-not-tabs-indent-text = spring in met spaties, niet met tabs; zet tekst die begint met een bijzonder teken (zoals @, ` of %) tussen aanhalingstekens
value-that-contains-needs-quotes-around = zet tekst met ": " erin tussen aanhalingstekens, bijvoorbeeld summary: "Hulp bij: geld"
write-one-line-without-longer-text = schrijf `{ $name }` op één regel, zonder `|` of `>`; langere tekst hoort onder de gegevens bovenaan
yaml-syntax-error = de gegevens kunnen niet worden gelezen: { $message }

## output/guard

choose-output-folder-outside-sources-such = kies een map buiten de bronbestanden, zoals public/
choose-path-that-does-not-exist = kies een pad dat nog niet bestaat
give-folder-link-points-new-folder = geef de map waar de koppeling naar wijst, of een nieuwe map
steunwijzer-only-replaces-what-made-itself = steunwijzer vervangt alleen wat het zelf heeft gemaakt; verplaats het of kies een nieuwe naam
look-whether-holds-anything-yours-then = kijk of er iets van u in staat en verwijder de map dan één keer; latere bouwrondes houden bij wat ze schrijven en vervangen de map zelf
target-contains-site = deze map bevat de website zelf; er is niets geschreven
target-is-source = dit hoort bij de bronbestanden van de website ({ $source }); er is niets geschreven
target-is-a-file = dit is een bestand, geen map; er is niets geschreven
target-is-a-folder = dit is een map, geen bestand; er is niets geschreven
target-is-a-link = dit is een snelkoppeling (symbolische link); er is niets geschreven
target-not-ours = dit bestaat al en is niet door steunwijzer gemaakt; er is niets geschreven
target-holds-files = hier staan { $count } bestanden die niet door steunwijzer zijn gemaakt; er is niets geschreven
target-unlisted = volgens deze map heeft een eerdere versie van steunwijzer haar gemaakt, maar er staat niet in wat die schreef; er is niets geschreven

## print/typeset

cannot-prepare-guide = de gids kan niet worden voorbereid: { $error }
layout-guide-stopped-unexpectedly = het opmaken van de gids is onverwacht gestopt
not-valid-file-name = { $main } is geen geldige bestandsnaam
fix-print-template-remove-site-s = verbeter de printopmaak, of haal de eigen versie van de website weg om die van het thema te gebruiken
print-template-error = fout in de printopmaak; typst meldt (in het Engels): { $message }
print-ua-no-title = de printopmaak geeft het document geen titel, en een toegankelijke PDF (PDF/UA) moet er een hebben: zet `#set document(title: [...])` bovenaan
print-ua-no-language = de printopmaak geeft het document geen taal, en een toegankelijke PDF (PDF/UA) moet er een hebben: zet `#set text(lang: "nl")` bovenaan
print-ua-no-alt-text = een afbeelding in de gids heeft geen beschrijving (alt-tekst), en een toegankelijke PDF (PDF/UA) moet die hebben
print-ua-letters = de tekst `{ $text }` kan met de letters van de gids niet worden gedrukt
print-ua-other = de gids is geen toegankelijke PDF (PDF/UA); typst meldt (in het Engels): { $message }

## render/contrast

correct-css-here-until-then-browser = verbeter de CSS hier; tot dan slaat de browser de regels eromheen over of slokt hij ze op
colour-cannot-measured-so-contrast-cannot = de kleur `{ $value }` van `{ $prefix }{ $name }` is niet te meten, dus het contrast kan niet worden gecontroleerd
write-as-rrggbb-rgb-hsl-oklch = schrijf haar als #rrggbb, rgb(…), hsl(…), oklch(…) of een kleurnaam
set-colour-for-dark-mode-too = geef ook een kleur voor de donkere weergave: `@media (prefers-color-scheme: dark) {"{"} :root {"{"} { $prefix }{ $change }: …; {"}"} {"}"}`
choose-darker-lighter = kies een donkerder of lichter `{ $prefix }{ $change }`
choose-colours-for-rule-tokens-uses = kies voor deze regel (of de tokens die hij gebruikt) kleuren die in beide weergaven goed verschillen
scheme-light = de lichte weergave
scheme-dark = de donkere weergave
contrast-text-needs = tekst heeft minstens 4,5:1 nodig
contrast-border-needs = een rand heeft minstens 3:1 nodig
contrast-low = in { $scheme } heeft `{ $fg }` ({ $fg_value }) op `{ $bg }` ({ $bg_value }) een contrast van { $ratio }:1; { $least } (WCAG AA)
contrast-low-rule = in { $scheme } heeft `{ $selector }` tekst `{ $fg }` op `{ $bg }`: een contrast van { $ratio }:1; tekst heeft minstens 4,5:1 nodig (WCAG AA)

## render/css

comment-never-closed-with-hides-rest = dit commentaar wordt nooit gesloten met `*/`: het verbergt de rest van het bestand
quoted-text-not-closed-line = deze tekst tussen aanhalingstekens wordt op zijn regel niet gesloten
url-cannot-read = deze url(…) is niet te lezen
blocks-are-nested-too-deep-here = blokken staan hier te diep in elkaar
block-never-closed-closing-brace-missing = dit blok wordt nooit gesloten: de sluitende accolade ontbreekt, dus alles erna zou bij deze regel horen
bracket-never-closed-with = dit haakje wordt nooit gesloten met `{ $closer }`
not-expected-here = `{ $shown }` hoort hier niet
file-ends-middle-rule = het bestand houdt midden in een regel op
rule-has-no-block-declarations = deze regel heeft geen blok met declaraties
cannot-read-as-css = dit is niet te lezen als CSS

## render/messages

catalogue-not-utf-8-text = dit berichtenbestand is geen UTF-8-tekst
save-as-utf-8-text = sla het op als UTF-8-tekst
there-no-message-catalogue-for-site = er is geen berichtenbestand voor de taal van de site, `{ $fallback }`
there-are-no-messages-no-catalogue = er zijn geen berichten in het { $name_or_code } (`{ $lang }`): er is geen berichtenbestand locales/{ $lang }.ftl
add-catalogue-site-s-locales-folder = zet het berichtenbestand in de map locales/ van de site (zie docs/translation.md), of laat de taal weg

## render/printer

steunwijzer-was-built-without-printing-cargo = deze steunwijzer is gemaakt zonder printen (cargo-feature `print`): de website komt er zonder de gedrukte gids
use-steunwijzer-built-with-default-features = gebruik een steunwijzer met de standaard-features, of zet `enabled: false` onder `print:` in site.yaml

## render/templates

template-error = fout in een sjabloon: { $message }
template-not-utf-8 = het sjabloon is geen UTF-8-tekst
template-error-hint = verbeter het sjabloon, of haal de eigen versie van de site weg zodat die van het thema wordt gebruikt

## render/theme

themes-there-are-make-folder = deze thema's zijn er: { $themes }; of maak de map { $dir }
there-no-theme = er is geen thema `{ $name }`
name-differs-from-only-capitals-windows = deze naam verschilt van { $other } alleen in hoofdletters; op Windows en macOS is dat één bestand
rename-one-them = geef er één een andere naam
file-larger-than-mb-most-theme = dit bestand is groter dan { $max } MB, het meeste dat een themabestand mag zijn
make-image-smaller-logo-needs-few = maak de afbeelding kleiner (een logo is een paar KB), of link naar een groot document elders

## search/vocabulary

no-listed-provider-s-text-so = `{ $phrase }` staat in de tekst van geen enkele aanbieder, dus deze woorden vinden daarmee niets
use-word-providers-use-life-domain = gebruik een woord dat de aanbieders gebruiken, of een levensgebied: `life_domains: [...]`

## src/import/map

not-hsds-service-so-was-left = dit is geen HSDS-dienst, dus het is overgeslagen
each-record-list-must-service-with = elk record in de lijst moet een dienst zijn, met een naam
invisible-characters-that-can-hide-reverse = "{ $name }": onzichtbare tekens die tekst kunnen verbergen of omdraaien zijn weggelaten uit { $fields }
compare-text-with-other-system-s = vergelijk de tekst met die in het andere systeem; er is niets zichtbaars verloren
check-kind-file = kijk `kind:` in het bestand na
add-life-domains-file = vul `life_domains:` in het bestand in
give-service-name-other-system-export = geef de dienst een naam in het andere systeem en exporteer opnieuw
record-has-no-name-so-was = een record heeft geen naam en is dus overgeslagen
only-active-services-are-imported = alleen actieve diensten (status `active`) worden ingelezen
write-summary-file-one-sentence-about = schrijf `summary:` in het bestand: één zin over wat de aanbieder doet
check-summary-file = kijk `summary:` in het bestand na
add-what-means-file-by-hand = zet wat het betekent zelf in het bestand als het ertoe doet
see-accessibility-docs-content-md = zie `accessibility:` in docs/content.md
add-content-neighbourhoods-yaml-leave-neighbourhoods = zet de plaats in content/neighbourhoods.yaml (met `part_of:` voor de wijk of stad waar ze in ligt), of verbeter `neighbourhoods:` in het bestand
add-two-letter-code-languages-by = zet de code van twee letters zelf bij `languages:`
write-under-contact-phone-by-hand = zet het zelf onder `contact: phone:`
choose-number-residents-should-call = kies het nummer dat bewoners moeten bellen
check-with-provider = vraag het na bij de aanbieder
choose-address-residents-can-visit = kies het adres waar bewoners langs kunnen komen
write-under-contact-address-by-hand = zet het zelf onder `contact: address:`
add-as-opening-hours-note-by = zet het zelf bij `opening_hours: note:`
only-free-support-listed-set-free = alleen gratis ondersteuning komt op de site; vul `free: true` in als het voor bewoners gratis is
check-with-provider-then-set-free = vraag het na bij de aanbieder en vul dan `free: true` in
check-information-with-provider-then-set = controleer de gegevens met de aanbieder en vul dan `last_reviewed:` in
add-text-by-hand-if-residents = zet het zelf in de tekst als bewoners het nodig hebben
use-name-residents-know-name = zet bij `name:` de naam die bewoners kennen
import-record = "{ $name }": { $message }
import-term = de term `{ $term }` is niet overgenomen: niets op deze site past erbij
import-term-of = de term `{ $term }` uit `{ $taxonomy }` is niet overgenomen: niets op deze site past erbij
import-accessibility = de toegankelijkheid `{ $shown }` is niet overgenomen: steunwijzer kent die niet
import-service-area = het werkgebied `{ $name }` is geen plaats van deze site: het staat als `{ $slug }` onder `neighbourhoods:`, zodat `check` erom vraagt
import-language = de taal `{ $shown }` is niet overgenomen: steunwijzer kent er geen ISO 639-1-code van
import-phone = het telefoonnummer `{ $number }` is niet overgenomen: het is geen Nederlands nummer
import-second-phone = een tweede telefoonnummer is niet overgenomen: een aanbieder heeft er één
import-email = het e-mailadres `{ $email }` is niet overgenomen: het is geen geldig adres
import-website = de website `{ $site }` is niet overgenomen: het is geen geldig webadres
import-second-address = een tweede adres is niet overgenomen: een aanbieder heeft er één
import-address = het adres `{ $address }` is niet overgenomen: er zijn een straat, een Nederlandse postcode en een plaats nodig
import-schedule = rooster { $number } ({ $description }) is niet overgenomen: alleen wekelijkse openingstijden met tijden kunnen worden getoond
import-no-description = geen beschrijving
import-one-per-place = wordt op { $count } plaatsen gegeven ({ $places }): er is één aanbiedersbestand per plaats gemaakt, elk met het adres, de openingstijden en de toegankelijkheid van die plaats
import-one-per-place-hint = kijk de namen na; een bewoner kiest zo de plaats die dichtbij is
import-too-many-places = alleen de eerste { $max } plaatsen zijn overgenomen
import-schedule-later = rooster { $number } ({ $description }) is niet overgenomen: het geldt pas vanaf { $from }
import-schedule-later-hint = zet het zelf bij `opening_hours:` als het ingaat
import-schedule-ended = rooster { $number } ({ $description }) is niet overgenomen: het gold tot en met { $to }
import-schedule-ended-hint = vraag de aanbieder naar de tijden van nu
import-schedule-until = rooster { $number } ({ $description }) geldt maar tot en met { $to }
import-schedule-until-hint = de site toont het als vaste tijden; pas `opening_hours:` aan als het afloopt
import-no-field = `{ $key }` is niet overgenomen: een aanbiedersbestand heeft daar geen veld voor
import-organization-name = de naam van de organisatie, `{ $name }`, is niet overgenomen: het bestand heeft de naam van de dienst
import-no-kind = er staat niet bij wat voor aanbieder het is; `kind: organisation` is ingevuld
import-no-life-domain = geen levensgebied van deze site past bij de termen (taxonomy terms) van dit record
import-no-description-for-summary = er is geen beschrijving om een samenvatting van te maken
import-summary-cut = de samenvatting is ingekort tot { $max } tekens
import-free-with-condition = `free: true` is niet ingevuld: het record zegt "{ $said }", en `{ $word }` maakt het gratis onder een voorwaarde
import-neighbourhood-team = geïmporteerd als `independent: false` (niet in de gids): `{ $name }` is een { $team }, en de gids is voor onafhankelijke ondersteuning
import-neighbourhood-team-hint = is het toch onafhankelijk van de gemeente, zet dan `independent: true` nadat u het met de aanbieder hebt nagekeken
import-map-not-readable = dit is geen vertaallijst van termen die steunwijzer kan lezen
import-map-shape = schrijf `terms:` met onder elkaar `- term: <code of naam>` en `life_domains: [...]`, `kind:`, `contact_modes:` of `accessibility:`; zie docs/examples/airs-211-map.yaml
import-not-free-cost = `free: true` is niet ingevuld: in het record staan kosten
import-not-free-unsaid = `free: true` is niet ingevuld: het record zegt niet dat het gratis is
import-reviewed-is-changed = `last_reviewed` is de datum waarop het record voor het laatst is gewijzigd
import-no-review-date = het record heeft geen datum van de laatste controle
import-status = de status is `{ $status }`, dus dit record is overgeslagen

## src/import/read

folder-has-no-json-files = deze map heeft geen .json-bestanden
give-hsds-export-s-json-file = geef het JSON-bestand van de HSDS-export, of de map met de .json-bestanden
not-hsds-3-0-json-expected = dit is geen HSDS 3.0-JSON: verwacht is een dienst (service), een lijst van diensten of een pagina met `contents`
export-services-from-other-system-as = exporteer de diensten uit het andere systeem als HSDS 3.0 compiled JSON (in de API: /services?full=true)
file-larger-than-mb-reading-stopped = dit bestand is groter dan { $max } MB; het lezen is gestopt na { $records } records
split-export-into-several-files-one = verdeel de export over meer bestanden in één map
record-that-starts-line-larger-than = het record dat op regel { $line } begint is groter dan { $max } MB, meer dan een aanbiedersbestand mag zijn; het lezen is gestopt na { $records } records
leave-record-out-export-shorten-texts = laat dit record weg uit de export, of maak de teksten korter
check-that-file-not-device-folder = kijk of dit een bestand is, geen apparaat of map
not-json = dit is geen JSON: { $error }
hsds-3-0-exports-are-json = een HSDS 3.0-export is een JSON-bestand; een export als tabellen (CSV-bestanden) kan niet worden ingelezen

## src/import/write

already-exists-so-was-not-written = "{ $name }": { $path } bestaat al en is dus niet gemaakt
existing-file-never-overwritten-move-away = een bestaand bestand wordt nooit overschreven; zet het ergens anders neer om dit record opnieuw in te lezen
would-larger-than-provider-file-may = "{ $name }": { $path } zou groter worden dan een aanbiedersbestand mag zijn, dus het is niet geschreven
provider-page-needs-few-kb-shorten = een aanbiederspagina is een paar KB; maak de teksten van het record in het andere systeem korter
cannot-written = "{ $name }": { $path } kan niet worden opgeslagen: { $error }

## src/pipeline

sitemap-larger-than-mb-only-first = deze sitemap is groter dan { $max } MB; alleen de eerste { $max } MB zijn gelezen

## core/diagnostic/words

verbatim = { $text }

## core/date

date-not-written-as-yyyy-mm-dd = `{ $text }` is geen datum geschreven als JJJJ-MM-DD
date-write-it-as = schrijf { $date } (jaar-maand-dag)
date-not-a-date = `{ $text }` is geen datum
date-no-such-month = `{ $text }` is geen bestaande datum: er is geen maand { $month }
date-no-such-day = `{ $text }` is geen bestaande datum: maand { $month } van { $year } heeft geen dag { $day }
time-not-written-as-hh-mm = `{ $text }` is geen tijd geschreven als UU:MM
time-hint = schrijf de tijd met een dubbele punt en twee cijfers voor de minuten, tussen aanhalingstekens, bijvoorbeeld "09:00" of "13:30"
time-not-a-time-of-day = `{ $text }` is geen tijd
date-long = { $day } { $month } { $year }
type-a-date = een datum geschreven als JJJJ-MM-DD, bijvoorbeeld 2025-03-01
type-a-time = een tijd geschreven als "UU:MM", bijvoorbeeld "09:00"

## core/text

name-has-lines = hij is meer dan één regel
name-has-hidden = er staat een onzichtbaar teken in ({ $char })
name-too-long = hij is { $count } tekens lang; er mogen er hoogstens { $max } zijn
name-has-no-letter = er staat geen letter of cijfer in
cannot-be-a-name = `{ $key }` kan geen naam zijn: { $problem }

## render/lib

cannot-make-offline-copy = de kopie zonder internet kan niet worden gemaakt: { $error }
put-logo-site-s-static-folder = zet het logo in de map static/ van de site, of verbeter de naam
there-no-file-static = het bestand static/{ $logo } bestaat niet

## output/lib

cannot-write-file-nothing-was-replaced = het bestand kan niet worden geschreven: { $error }; er is niets vervangen
cannot-write-site-nothing-was-replaced = de website kan niet worden geschreven: { $error }; er is niets vervangen
file-was-changed-after-steunwijzer-made = dit bestand is veranderd nadat steunwijzer het maakte, en de bouw zou het vervangen; er is niets geschreven
make-change-site-s-sources-content = maak de wijziging in de bronbestanden van de site (content/, templates/ of static/) en verwijder dan dit bestand
more-files-that-steunwijzer-did-not = en nog { $count } bestanden die niet door steunwijzer zijn gemaakt; er is niets geschreven
move-out = haal het uit { $shown_dir }
publish-with-every-build-move-otherwise = wilt u het bij elke bouw publiceren, zet het dan in static/{ $rel }; anders haalt u het uit { $shown_dir }
steunwijzer-did-not-make-file-build = dit bestand is niet door steunwijzer gemaakt, en de bouw zou het weghalen; er is niets geschreven
steunwijzer-did-not-make-link-build = deze koppeling is niet door steunwijzer gemaakt, en de bouw zou haar weghalen; er is niets geschreven
cannot-create-index-folder = de map voor de zoekindex kan niet worden gemaakt: { $error }; er is niets vervangen
cannot-put-index-in-place = de nieuwe zoekindex kan niet op zijn plaats worden gezet: { $error }; er is niets vervangen
previous-not-removed = de nieuwe versie staat klaar, maar de vorige kon niet worden weggehaald: { $error }
cannot-put-site-in-place = de nieuwe website kan niet op haar plaats worden gezet: { $error }; er is niets vervangen
site-and-index-differ = de nieuwe website kan niet op haar plaats worden gezet: { $error }; de zoekindex in { $index } is nieuw, maar kon niet worden teruggezet ({ $undo }), dus de website en de index komen uit verschillende bouwrondes
fix-the-cause-and-build-again = los de oorzaak op en bouw opnieuw

## render/svg

save-image-again-as-plain-svg = sla de afbeelding opnieuw op als gewone SVG (in Inkscape: Opslaan als → Geoptimaliseerde SVG) of als PNG, zonder scripts, links of ingesloten inhoud
svg-animates-which-can-turn-link = deze SVG animeert `{ $target }`, wat een link of handler in code kan veranderen
svg-cannot-read-as-xml = deze SVG is niet te lezen als XML
svg-declares-entities-which-can-hide = deze SVG declareert entiteiten, die inhoud kunnen verbergen of eindeloos kunnen groeien
svg-has-event-handler-which-runs = deze SVG heeft een gebeurtenisafhandeling ({ $local }=…), die code uitvoert als de afbeelding wordt geopend
svg-holds-element-which-can-run = deze SVG bevat een element <{ $name }>, dat code kan uitvoeren als de afbeelding wordt geopend
svg-loads-style-sheet-from-elsewhere = deze SVG laadt een stijlblad van elders (xml-stylesheet)
svg-not-utf-8-text = deze SVG is geen UTF-8-tekst
svg-refers-something-outside-file-which = deze SVG verwijst naar iets buiten het bestand ({ $target }), dat de afbeelding zou laden of openen
svg-s-style-loads-something-from = de stijl van deze SVG laadt iets van buiten het bestand (url of @import)

## render/review

theme-has-no-report-template = het thema heeft geen sjabloon report.html
template-error-in = { $file }: { $error }

## search/lib

cannot-build-index = de zoekindex kan niet worden gemaakt: { $error }
cannot-write-index = de zoekindex kan niet worden geschreven: { $error }

## What the operating system or the JSON reader said, in our words (`$error` of the messages above)
os-not-found = het bestand of de map bestaat niet
os-permission-denied = geen toestemming
os-already-exists = dat bestaat al
os-is-a-directory = dit is een map, geen bestand
os-not-a-directory = een deel van het pad is geen map
os-directory-not-empty = de map is niet leeg
os-storage-full = de schijf is vol
os-read-only = de schijf is alleen-lezen
os-file-too-large = het bestand is te groot voor deze schijf
os-invalid-data = de inhoud is niet te lezen
os-invalid-filename = de naam kan op deze schijf niet
os-crosses-devices = het kan niet van de ene schijf naar de andere
os-address-in-use = die poort is al in gebruik
os-address-not-available = dat adres is op deze computer niet beschikbaar
os-timed-out = het duurde te lang
os-unexpected-end = het bestand houdt te vroeg op
os-out-of-memory = er is te weinig geheugen
os-folder-loop = de map bevat zichzelf (een snelkoppeling naar een map erboven)
xml-not-valid = dit is geen geldige XML
os-interrupted = het werd onderbroken
os-other-code = foutcode { $code } van het besturingssysteem
os-other = een onbekende fout van het besturingssysteem
json-cannot-read = het lezen ging mis
json-syntax = hier staat iets wat in JSON niet kan
json-wrong-kind = een waarde heeft niet de vorm die hier hoort
json-ends-early = de JSON houdt te vroeg op
index-files-unusable = de bestanden van de index zijn niet te gebruiken
index-other-version = de index komt van een andere versie van steunwijzer of is beschadigd
index-internal = een interne fout van de zoekmachine

## The editors' form (admin: in site.yaml)
admin-unknown-backend = `{ $backend }` is geen plek om op te slaan voor het invulformulier
admin-backends = gebruik `github`, `gitlab` of `local` (alleen op deze computer, met `npx decap-server`)
admin-repo-needed = het invulformulier moet weten in welke repository het opslaat; `{ $repo }` is geen `eigenaar/naam`
admin-repo-hint = zet onder `admin:` bijvoorbeeld `repo: gemeente-haarlem/steunwijzer`, of `backend: local` om het eerst op deze computer te proberen
admin-repo-to-fill-in = de repository van het invulformulier is nog niet ingevuld: `{ $repo }`
admin-repo-fill-in-hint = zet onder `admin:` de repository van deze website als `eigenaar/naam`

# municipalities: in site.yaml (het eigen logo en de eigen voordeur van een gemeente in een regio)
municipalities-only-in-region = `municipalities` is voor de site van een regio of van het land; deze site is van één gemeente
municipalities-only-in-region-hint = zet `logo` en `front_door` bovenaan in site.yaml, of schrijf `region:` in plaats van `municipality:`
not-municipality-of-region = `{ $slug }` is geen gemeente van deze site: een gemeente is een plaats in neighbourhoods.yaml zonder `part_of`
