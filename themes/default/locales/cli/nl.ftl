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
