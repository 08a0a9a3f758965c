# Nederlands: de woorden van de website, de zuil en de zoekpagina.
#
# Schrijf in eenvoudige taal (B1). Tussen { } staat wat de website invult: { $name } is de
# naam van een aanbieder, { $count } een aantal. Een site kan elk bericht vervangen met een
# eigen bestand locales/nl.ftl naast site.yaml (zie docs/translation.md).

## Over deze taal

# De naam van de taal in de taal zelf (de taalkeuze).
language-self = Nederlands
# De taal en de regio voor Facebook en andere sites die een link tonen.
og-locale = nl_NL

## Op elke pagina

skip-to-content = Naar de inhoud
# De lijst van talen boven aan elke pagina.
language-switch = Kies een taal
# In het menu: ook in het Engels, voor wie geen Nederlands leest.
language-switch-short = Taal / Language
# Op een pagina in een andere taal dan die van de site: de inhoud is niet vertaald.
content-in-site-language = Teksten die niet vertaald zijn, staan er in het Nederlands.
skip-to-results = Naar de zoekresultaten
to-home-page = (naar de startpagina)
search-site-label = Zoeken op deze website
search-field-label = Zoek een aanbieder
search-button = Zoeken
nav-main = Hoofdmenu
nav-topics = Onderwerpen
nav-all-providers = Alle aanbieders
breadcrumbs = Kruimelpad
breadcrumb-home = Home
print-page-at = Deze pagina staat op { $url } · gegevens van { $date }
footer-about = Over deze website
footer-print = Print deze gids
footer-print-guide = De hele gids om te printen (PDF, { $size })
footer-print-large = De gids in grote letters (PDF, { $size })
footer-print-booklet = De gids als boekje (A5) om te printen (PDF, { $size })
footer-print-howto = Zo vindt u hulp: 1 blad om uit te delen (PDF, { $size })
footer-print-topics = De gids om te printen: per onderwerp
footer-print-towns = De gids om te printen: per gemeente
footer-print-region = De gids voor heel { $region } (PDF, { $size })
footer-print-town = De gids van { $name } om te printen
towns-heading = Uw gemeente
towns-lead = Kies uw gemeente. Daar staan de ondersteuners voor uw gemeente en de gids om te printen.
town-title = Hulp in { $name }
town-lead = Gratis en onafhankelijke ondersteuners voor inwoners van { $name }: in { $name } zelf en in heel { $region }. U kiest zelf wie u helpt.
town-print-heading = De gids van { $name } om te printen
town-providers-heading = Ondersteuners voor { $name }
town-empty = Er zijn nog geen aanbieders voor { $name }. Kijk bij { $link_html } of neem contact op met de redactie.
town-region-heading = Voor heel { $region }
town-region-text = { $count ->
        [one] 1 aanbieder helpt
       *[other] { $count } aanbieders helpen
    } in heel { $region }. Ze staan niet in deze lijst, wel bij elk onderwerp en in de lijst van alle aanbieders.
footer-contact = Contact met de redactie
footer-contact-text = Klopt er iets niet? Laat het ons weten.
footer-phone = Telefoon:
footer-email = E-mail:
footer-email-subject = Vraag over { $site }
crisis-label = Hulp bij nood
crisis-line-lead = Nood of gevaar?
crisis-heading = Heeft u nu hulp nodig?
front-door-heading = Weet u niet waar u moet beginnen?
front-door-call = Bel
choose-topic = Kies een onderwerp
list-comma = ,

## Woorden voor de waarden in de bestanden van aanbieders

kind-organisation = Organisatie
kind-volunteer-organisation = Vrijwilligersorganisatie
kind-self-employed = Zelfstandig ondersteuner
kind-union = Vakbond
kind-interest-group = Belangenorganisatie
contact-mode-walk-in = Binnenlopen zonder afspraak
contact-mode-phone = Bellen
contact-mode-email = E-mailen
contact-mode-home-visit = Bezoek bij u thuis
contact-mode-video = Videobellen
contact-mode-chat = Chatten
accessibility-wheelchair-accessible = Toegankelijk met een rolstoel
accessibility-accessible-toilet = Aangepast toilet
accessibility-lift = Er is een lift
accessibility-disabled-parking = Parkeerplaats voor mensen met een beperking
accessibility-hearing-loop = Ringleiding voor mensen met een hoortoestel
accessibility-sign-language = Gesprek met een gebarentolk mogelijk
accessibility-easy-language = Uitleg in eenvoudige taal
accessibility-assistance-dogs-welcome = Hulphonden zijn welkom
day-monday = maandag
day-tuesday = dinsdag
day-wednesday = woensdag
day-thursday = donderdag
day-friday = vrijdag
day-saturday = zaterdag
day-sunday = zondag
# Een datum: dag, maand en jaar.
date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
providers-count = { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    }
providers-help = { $count ->
        [one] 1 aanbieder helpt
       *[other] { $count } aanbieders helpen
    } u hierbij.

## Startpagina

home-title = { $site }: gratis, onafhankelijke hulp in { $municipality }
home-heading = Vind gratis hulp bij uw vragen
home-lead = Heeft u een vraag over geld, werk, wonen, zorg of iets anders? Een cliëntondersteuner helpt u. Dat is gratis. U kiest zelf wie u helpt.
search-question = Waar zoekt u hulp bij?
search-hint-home = Typ in uw eigen woorden. Bijvoorbeeld: schulden, eenzaam of huur.
situations-heading = Wat speelt er bij u?
topics-heading = Waar heeft u een vraag over?
topics-heading-or = Of kies een onderwerp
home-all-providers = Bekijk alle { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } van A tot Z
about-heading = Wat doet een cliëntondersteuner?
about-intro = Een cliëntondersteuner staat naast u. Hij of zij werkt niet voor het sociaal wijkteam en beslist niet over uw hulp. Een ondersteuner kan:
about-can-1 = samen met u uitzoeken wat uw vraag is;
about-can-2 = uitleggen waar u recht op heeft;
about-can-3 = meegaan naar een gesprek, bijvoorbeeld met de gemeente;
about-can-4 = u helpen als u een klacht heeft.
about-free = De hulp is gratis. Op deze website staan organisaties, vrijwilligers, vakbonden, ouderenbonden, mantelzorgorganisaties en zelfstandige ondersteuners. Ze staan op volgorde van naam. Niemand betaalt om hier te staan.

## Lijsten van aanbieders

card-walk-in = Inloop zonder afspraak
card-also-in = Ook in: { $languages }
card-whole = heel { $municipality }
card-phone = Telefoon
providers-title = Alle aanbieders van A tot Z
providers-lead = Hier staan alle { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    }, op volgorde van naam.
letters-label = Naar letter
letters-other = Overig
providers-page-title = { $title }, pagina { $page } van { $pages }
providers-on-page = Dit is pagina { $page } van { $pages }: aanbieder { $first } tot en met { $last }.
pagination-label = Pagina's
pagination-previous = Vorige pagina
pagination-next = Volgende pagina
pagination-page = Pagina { $page }
domain-order = Ze staan op volgorde van naam.
domain-leaflet = Print deze lijst: { $name } als folder (PDF, { $size })
domain-leaflet-part = Print deze lijst: { $name }, { $letters }, als folder (PDF, { $size })
domain-guide = Print { $name } uit de gids (PDF, { $size })
domain-guide-part = Print { $name } uit de gids, { $letters } (PDF, { $size })
domain-guide-large = Print { $name } uit de gids in grote letters (PDF, { $size })
domain-guide-large-part = Print { $name } uit de gids in grote letters, { $letters } (PDF, { $size })
domain-guide-booklet = Print { $name } als boekje (A5) (PDF, { $size })
domain-guide-booklet-part = Print { $name } als boekje (A5), { $letters } (PDF, { $size })
domain-empty = Er zijn nog geen aanbieders voor dit onderwerp. Kijk bij { $link_html } of neem contact op met de redactie.
domain-empty-link = alle aanbieders
domain-empty-kiosk = Er zijn nog geen aanbieders voor dit onderwerp.
domain-others = Andere onderwerpen
situation-who = Wie kan u helpen?
situation-choose = U kiest zelf wie u helpt.
situation-words = Zoekt u op een van deze woorden, dan komt u hier ook: { $words }.
situation-others = Andere situaties

## Filters

filters-summary = { $places ->
    [nested] Filters: onderwerp, plaats, taal en contact
   *[other] Filters: onderwerp, wijk, taal en contact
}
filter-topic = Onderwerp
filter-neighbourhood = { $places ->
    [nested] Plaats
   *[other] Wijk
}
filter-language = Taal
filter-contact = Manier van contact
filters-choose = Kies wat bij u past
filters-choose-groups = Kies wat bij u past: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] plaats
   *[other] wijk
}
filter-group-language = taal
filter-group-contact = manier van contact
list-or = { $items } of { $last }
filter-all-neighbourhoods = { $places ->
    [nested] Alle plaatsen
   *[other] Alle wijken
}
filter-find = Zoek in de lijst
filter-find-none = Niets in de lijst past bij wat u typt.
# Alle aanbieders spreken Nederlands: dit is de keuze "elke taal".
filter-language-dutch = Nederlands
filter-any = Maakt niet uit
filter-reset = Wis uw keuze
list-none-text = { $places ->
    [nested] Kies iets anders bij plaats, taal of manier van contact.
   *[other] Kies iets anders bij wijk, taal of manier van contact.
}
list-none-all = Toon weer alle aanbieders
list-tally = Aanbieders die passen bij uw keuze:

## Pagina van een aanbieder

stale-label = Let op:
stale-text = deze informatie is al lang niet gecontroleerd. Bel of mail eerst even om te vragen of alles nog klopt.
contact-heading = Contact
contact-call = Bel
contact-mail = Mail
contact-website = Website
contact-address = Adres
contact-map = Bekijk het adres op de kaart
contact-map-osm = van OpenStreetMap
tags-label = Kenmerken
tag-free = Gratis
tag-independent = Niet van het sociaal wijkteam
hours-heading = Wanneer kunt u terecht?
hours-caption = Openingstijden per dag
hours-days-two = { $first } en { $last }
hours-days-range = { $first } tot en met { $last }
hours-time = { $from_html } tot { $to_html } uur
about-provider = Wat { $name } doet
facts-heading = Goed om te weten
facts-where = Waar
facts-whole = Heel { $municipality }
facts-for-whom = Voor wie
facts-languages = Talen
facts-contact = Zo kunt u contact opnemen
facts-accessibility = Toegankelijkheid
complaints-heading = Klachten
complaints-helps = Heeft u een klacht over de gemeente of over een andere organisatie? { $name } kan u helpen met uw klacht.
complaints-unhappy = Bent u niet tevreden over { $name }?
complaints-at = De klachtenregeling staat op { $address }.
complaints-read = Lees de { $link_html }.
complaints-link = klachtenregeling van { $name }
complaints-default = Bent u niet tevreden? Zeg het eerst tegen { $name }. Komt u er samen niet uit? Neem dan contact op met de redactie van deze website.
complaints-default-kiosk = Bent u niet tevreden? Zeg het eerst tegen { $name }. Komt u er samen niet uit? Neem dan contact op met de redactie.
complaints-how = Lees hoe een klacht indienen werkt
reviewed = Deze informatie is gecontroleerd op { $date_html }.
corrections-heading = Klopt er iets niet?
corrections-text = Is een telefoonnummer, adres of openingstijd veranderd? Laat het de redactie weten. Dan passen wij het aan.
corrections-form = Geef een fout door over { $name }
corrections-mail = Mail de redactie over { $name }
corrections-subject = Klopt er iets niet: { $name }
corrections-about = Over: { $name }
corrections-page = Pagina: { $url }
corrections-what = Wat klopt er niet?

## Zoeken

search-title = Zoeken
search-hint = Bijvoorbeeld: schulden, mantelzorg of huur.
search-nojs = Zoeken werkt alleen als JavaScript aan staat in uw browser. Kies hieronder een onderwerp, of bekijk { $link_html }.
search-nojs-link = alle aanbieders van A tot Z
search-more = Toon meer aanbieders
search-unfilter = Zoek zonder filters
situation-hint-heading = Past dit bij u?

## Losse pagina's

open-data-heading = De gegevens van deze website
open-data-text = Wilt u de lijst van ondersteuners gebruiken, bijvoorbeeld op een andere website of in een eigen overzicht? Dat mag. U kunt alle gegevens downloaden:
open-data-json = Alle aanbieders als JSON
open-data-json-note = (voor programmeurs)
open-data-csv = Alle aanbieders als CSV
open-data-csv-note = (voor Excel of een ander rekenblad)
open-data-hsds = Alle aanbieders als HSDS 3.0
open-data-hsds-note = (de internationale standaard voor sociale kaarten)
open-data-per-municipality = Per gemeente
open-data-municipality-json = { $municipality } als JSON
open-data-municipality-csv = { $municipality } als CSV
open-data-licence = De gegevens vallen onder de licentie { $licence_html }.
offline-heading = Deze website zonder internet
offline-text = Een bibliotheek, buurthuis of andere organisatie kan deze hele website op een computer of USB-stick zetten. Hij werkt dan zonder internet, ook het zoeken. Er zit ook een versie in voor een zuil met aanraakscherm.
offline-download = Download de hele website (zip-bestand, { $size })
offline-howto = Pak het bestand uit en open { $home_html }, of { $kiosk_html } voor de zuil. Download het elke week opnieuw: dan heeft u de nieuwste gegevens.
area-leaflets-heading = { $places ->
    [nested] Folders per plaats
   *[other] Folders per wijk
}
area-leaflets-text = { $places ->
    [nested] Een folder met de ondersteuners die in één plaats werken: om te printen voor de bibliotheek of het buurthuis daar. Wie in heel { $municipality } helpt, staat in de folders per onderwerp.
   *[other] Een folder met de ondersteuners die in één wijk werken: om te printen voor de bibliotheek of het buurthuis daar. Wie in heel { $municipality } helpt, staat in de folders per onderwerp.
}
area-leaflet = Wijk { $name } (PDF, { $size })
area-leaflet-part = Wijk { $name }, { $letters } (PDF, { $size })
not-found-title = Pagina niet gevonden
not-found-heading = Deze pagina bestaat niet
not-found-lead = Misschien is de pagina verhuisd, of is het adres niet goed overgetypt.
to-home = Naar de startpagina
not-found-all = Bekijk alle aanbieders van A tot Z
redirect-title = { $name } is verhuisd
redirect-heading = { $name } staat nu op een ander adres
redirect-text = U wordt doorgestuurd. Gebeurt dat niet? { $link_html }.
redirect-link = Ga naar de pagina van { $name }
redirect-bookmark = Heeft u dit adres opgeslagen als bladwijzer? Sla dan het nieuwe adres op.

## De zuil (kiosk)

kiosk-nav = Terug of opnieuw beginnen
kiosk-back = Terug
kiosk-restart = Begin opnieuw
kiosk-keys = Toetsenbord op het scherm
kiosk-key-space = spatie
kiosk-key-back = wis één letter
kiosk-key-clear = wis alles
kiosk-key-switch = andere letters
kiosk-about = Over deze zuil
# $how: both (telefoon en e-mail), phone, email of none.
kiosk-corrections = Klopt er iets niet? Zeg het tegen de redactie{ $how ->
        [both] : bel { $phone } of mail { $email }
        [phone] : bel { $phone }
        [email] : mail { $email }
       *[none] {""}
    }.
kiosk-data = Gegevens van { $date }. Deze zuil is ook een website: { $url }
kiosk-idle-heading = Bent u nog bezig?
kiosk-idle-text = Over { $count_html } seconden begint de zuil opnieuw. Wat u zocht, wordt dan gewist.
kiosk-idle-stay = Ja, ik ben nog bezig
kiosk-home-title = { $site }: gratis hulp in { $municipality }
kiosk-home-lead = Een cliëntondersteuner helpt u gratis. U kiest zelf wie u helpt.
kiosk-all-providers = Alle { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } van A tot Z
kiosk-qr-alt = QR-code: { $what }
kiosk-qr-scan = Scan met uw telefoon
kiosk-contact-heading = Zo bereikt u { $name }
kiosk-phone = Telefoon
kiosk-website = Website
kiosk-email = E-mail
kiosk-address = Adres
kiosk-qr-website = de website { $address }
kiosk-qr-email = een e-mail aan { $address }
kiosk-qr-map = het adres op de kaart
kiosk-qr-page = deze pagina op { $url }
kiosk-take-heading = Neem deze gegevens mee
kiosk-print = Print deze gegevens
kiosk-take-scan = Of scan de code met uw telefoon. Dan heeft u deze pagina op uw telefoon.
kiosk-search-nojs = Zoeken werkt nu niet. Kies hieronder een onderwerp.
slip-call = Bel { $phone }
slip-days-two = { $first } en { $last }
slip-days-range = { $first } t/m { $last }
slip-website = Website: { $address }
slip-email = E-mail: { $address }
slip-scan = Scan voor deze pagina: { $url }
slip-footer = Gratis hulp. Gegevens van { $date }.
slip-checked = Gecontroleerd op { $date }.
slip-printed = Gedrukt op { $date }. Bel eerst voordat u gaat.

## In de browser: zoeken, filters en de zuil (js-…)

js-busy = Bezig met zoeken…
js-failed = Het zoeken lukt nu niet: een deel van de zoekgegevens kon niet worden geladen. Controleer uw internetverbinding en probeer het opnieuw, of kies een onderwerp hieronder.
js-found = { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } gevonden.
js-crisis-first = Bovenaan staan de nummers voor hulp bij nood.
js-none = Geen aanbieders gevonden.
js-none-filters = Geen aanbieders gevonden met deze filters. Zonder filters: { $count }.
js-none-try = Geen aanbieders gevonden. Probeer een ander woord, of kies een onderwerp hieronder.
js-partly = Geen aanbieder past bij alle woorden. { $count ->
        [one] 1 aanbieder past
       *[other] { $count } aanbieders passen
    } bij: { $words }.
js-situations = Bovenaan staat een pagina die past: { $titles }.
js-without-filters = Zonder filters: { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } voor uw zoekvraag.
js-meant-words = Bedoelde u
js-meant-topics = Bedoelt u
js-meant-end = ?
js-or = of
js-topic-count = ({ $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    })
js-list-fits = { $count ->
        [0] Geen van de { $total } aanbieders past bij uw keuze.
        [one] 1 van de { $total } aanbieders past bij uw keuze.
       *[other] { $count } van de { $total } aanbieders passen bij uw keuze.
    }
js-kiosk-idle = Bent u nog bezig? Over { $count } seconden begint de zuil opnieuw. Kies "Ja, ik ben nog bezig" om verder te gaan.
js-kiosk-left = Nog { $count } seconden.

## Het blad „Zo vindt u hulp” (PDF, één bladzijde per taal)

leaflet-title = Zo vindt u hulp
leaflet-lead = Gratis en onafhankelijke hulp in { $municipality }. U kiest zelf wie u helpt.
leaflet-step-site = Ga naar { $address } of scan de code met de camera van uw telefoon.
leaflet-step-search = Kies een onderwerp. Of typ in uw eigen woorden wat er aan de hand is.
leaflet-step-contact = Bel, mail of loop binnen bij de ondersteuner die u kiest. De hulp is gratis.
leaflet-qr-alt = QR-code naar { $address }
leaflet-edition = Editie { $date }
leaflet-printed = Gedrukt op { $date }. Gegevens kunnen veranderen: bel eerst voordat u ergens heen gaat.

## Mijn lijst: a resident's own choice of providers, to print (js/site/20-my-list.js)
nav-my-list = Mijn lijst
js-mylist-add = Zet op mijn lijst
js-mylist-remove = Haal van mijn lijst
js-mylist-count = ({ $count })
js-mylist-added = { $name } staat nu op uw lijst. { $count ->
        [one] Er staat 1 aanbieder op.
       *[other] Er staan { $count } aanbieders op.
    }
js-mylist-removed = { $name } staat niet meer op uw lijst. { $count ->
        [0] Uw lijst is leeg.
        [one] Er staat nog 1 aanbieder op.
       *[other] Er staan nog { $count } aanbieders op.
    }
js-mylist-full = Uw lijst is vol: er kunnen { $count } aanbieders op. Haal er eerst een van uw lijst.
js-mylist-gone = { $count ->
        [one] 1 aanbieder staat niet meer in de gids. Die is van uw lijst gehaald.
       *[other] { $count } aanbieders staan niet meer in de gids. Die zijn van uw lijst gehaald.
    }
js-mylist-cleared = Uw lijst is leeg.
my-list-title = Mijn lijst
my-list-nojs = Een eigen lijst maken werkt alleen als JavaScript aan staat in uw browser. U kunt wel de pagina van een aanbieder printen. Zie { $link_html }.
my-list-nojs-link = alle aanbieders van A tot Z
my-list-private = Uw lijst staat alleen op dit apparaat. Er gaat niets naar internet. Gebruikt u een computer van iemand anders? Maak de lijst dan leeg als u klaar bent.
my-list-empty = Er staat nog niets op uw lijst. { $link_html } en kies "Zet op mijn lijst" bij de hulp die u wilt bewaren.
my-list-empty-link = Zoek hulp
my-list-failed = Uw lijst kan nu niet worden getoond: een deel van de gegevens kon niet worden geladen. Uw lijst blijft bewaard. Probeer het later opnieuw.
my-list-print = Print mijn lijst
my-list-print-slip = Print mijn lijst
my-list-clear = Maak mijn lijst leeg
my-list-printed = Gedrukt op { $date }. Gegevens kunnen veranderen: bel eerst voordat u ergens heen gaat.
my-list-call = Bel
my-list-open = Open:
kiosk-my-list-nojs = Een eigen lijst maken werkt nu niet op deze zuil. Print de gegevens van een aanbieder op zijn pagina.
kiosk-my-list-private = Uw lijst is alleen voor u. Als u klaar bent of even niets doet, wist de zuil hem.
kiosk-my-list-empty = Er staat nog niets op uw lijst. Kies "Zet op mijn lijst" bij een aanbieder.

## Het invulformulier voor de redactie (admin/, alleen in de taal van de website)
admin-title = Redactie: aanbieders en pagina's bewerken
admin-noscript = Het invulformulier werkt alleen met JavaScript aan.
admin-config-generated = Gemaakt door steunwijzer uit het inhoudsmodel: niet met de hand bewerken, het wordt bij elke bouwronde opnieuw gemaakt.
admin-providers = Aanbieders
admin-provider = aanbieder
admin-pages = Pagina's
admin-page = pagina
admin-lists = Lijsten
admin-life-domains = Levensgebieden
admin-neighbourhoods = Wijken
admin-situations = Situaties
admin-search-words = Zoekwoorden
admin-field-body = Tekst
admin-hint-body = Wat de aanbieder doet, voor wie, en hoe het gaat als u contact opneemt. Korte zinnen, eenvoudige woorden.
admin-field-translations = Vertalingen
admin-field-translations-summary = Samenvatting
admin-field-translations-text = Tekst
admin-field-name = Naam
admin-hint-name = Zoals inwoners de aanbieder kennen.
admin-field-summary = Samenvatting
admin-hint-summary = Eén zin van hoogstens 200 tekens: wat de aanbieder doet.
admin-field-life_domains = Levensgebieden
admin-field-kind = Soort aanbieder
admin-field-last_reviewed = Laatst gecontroleerd
admin-hint-last_reviewed = De dag waarop u de gegevens met de aanbieder hebt nagekeken.
admin-field-neighbourhoods = Wijken
admin-hint-neighbourhoods = Leeg laten als de aanbieder in de hele gemeente werkt.
admin-field-target_groups = Voor wie
admin-field-languages = Talen
admin-field-contact = Contact
admin-field-contact-phone = Telefoon
admin-hint-contact-phone = Bijvoorbeeld 023 511 52 73 of 06 12345678.
admin-field-contact-email = E-mail
admin-field-contact-website = Website
admin-hint-contact-website = Begint met https://
admin-field-contact-address = Adres
admin-field-contact-address-street = Straat en huisnummer
admin-field-contact-address-postcode = Postcode
admin-field-contact-address-city = Plaats
admin-field-opening_hours = Openingstijden
admin-field-opening_hours-hours = Tijden
admin-field-opening_hours-hours-days = Dagen
admin-field-opening_hours-hours-opens = Open vanaf
admin-field-opening_hours-hours-closes = Open tot
admin-field-opening_hours-note = Opmerking
admin-field-contact_modes = Manieren van contact
admin-field-accessibility = Toegankelijkheid
admin-field-free = Gratis
admin-hint-free = Aan als de hulp inwoners niets kost. Alleen gratis aanbieders staan in de gids.
admin-field-independent = Onafhankelijk
admin-hint-independent = Aan als de aanbieder geen deel is van een wijkteam. Alleen onafhankelijke aanbieders staan in de gids.
admin-field-complaints = Klachtenregeling
admin-field-helps_with_complaints = Helpt bij klachten
admin-field-keywords = Zoekwoorden
admin-hint-keywords = Woorden waarmee inwoners zoeken en die niet in de tekst staan.
admin-pattern-postcode = Vier cijfers en twee letters, zoals 2011 AB.
admin-pattern-opens = Een tijd als 09:30.
admin-pattern-closes = Een tijd als 17:00.
admin-field-page-title = Titel
admin-field-page-summary = Samenvatting
admin-field-page-text = Tekst
admin-field-page-order = Volgorde
admin-field-list-life-domains-slug = Adres (slug)
admin-hint-list-life-domains-slug = Deel van het webadres; niet meer veranderen als het gepubliceerd is.
admin-field-list-life-domains-name = Naam
admin-field-list-life-domains-description = Beschrijving
admin-field-list-neighbourhoods-slug = Adres (slug)
admin-field-list-neighbourhoods-name = Naam
admin-field-list-neighbourhoods-part_of = Ligt in
admin-hint-list-neighbourhoods-part_of = Het adres (slug) van de grotere plaats: de wijk van een buurt, de stad van een wijk. Leeg voor een plaats die nergens in ligt.
admin-field-list-situations-slug = Adres (slug)
admin-field-list-situations-title = Titel
admin-field-list-situations-text = Tekst
admin-field-list-situations-words = Woorden van inwoners
admin-field-list-situations-providers = Aanbieders eerst
admin-field-list-situations-life_domains = Levensgebieden
admin-field-list-situations-kinds = Soorten aanbieders
admin-field-list-search-words-words = Woorden van inwoners
admin-field-list-search-words-means = Betekent
admin-field-list-search-words-life_domains = Levensgebieden
admin-field-list-search-words-kinds = Soorten aanbieders
admin-field-list-search-words-contact_modes = Manieren van contact
admin-field-list-search-words-accessibility = Toegankelijkheid
admin-field-list-search-words-languages = Talen
admin-field-list-search-words-own_term = Eigen zoekterm
admin-field-list-search-words-suggest = Voorstellen
admin-field-list-search-words-crisis = Crisiswoord

## Aanmelden als ondersteuner (aanmelden/): een aanbieder meldt zich aan
signup-title = Aanmelden als ondersteuner
signup-lead = Helpt u inwoners gratis en onafhankelijk, als organisatie, vrijwilligersgroep, vakbond, ouderen- of mantelzorgvereniging, zelforganisatie, zelfstandige of gewoon als betrokken inwoner? Meld u hier aan.
signup-condition-free = Uw hulp kost inwoners niets.
signup-condition-independent = U hoort niet bij een wijkteam of bij de gemeente.
signup-condition-review = De redactie kijkt uw gegevens na, neemt zo nodig contact met u op en zet u daarna in de gids.
signup-private = Deze pagina bewaart en verstuurt niets zelf. Als u klaar bent, maakt uw eigen e-mailprogramma een bericht aan de redactie.
signup-errors-title = Er klopt nog iets niet
signup-about = Over u
signup-name = Naam
signup-name-hint = Zoals inwoners u kennen, bijvoorbeeld "Buurtmaatjes Oost".
signup-summary = In één zin: wat doet u?
signup-summary-hint = Hoogstens { $max } tekens. Bijvoorbeeld: "Vrijwilligers helpen u met brieven en formulieren."
signup-kind = Wat voor ondersteuner bent u?
signup-help = Waarmee helpt u?
signup-life-domains = Bij welke onderwerpen helpt u?
signup-neighbourhoods = { $places ->
    [nested] Op welke plaatsen werkt u?
   *[other] In welke wijken werkt u?
}
signup-neighbourhoods-hint = Kies niets als u in de hele gemeente werkt.
signup-languages = Welke talen spreekt u?
signup-text = Vertel wat u doet
signup-text-hint = Voor wie, hoe het gaat als iemand contact opneemt, en wat u niet doet. Korte zinnen, gewone woorden.
signup-contact = Hoe bereiken inwoners u?
signup-contact-hint = Vul minstens één manier in. Dit komt op de website.
signup-phone = Telefoon
signup-phone-hint = Een Nederlands nummer, bijvoorbeeld 023 511 52 73 of 06 12345678.
signup-email = E-mail
signup-email-hint = Bijvoorbeeld info@buurtmaatjes.nl.
signup-website = Website
signup-website-hint = Het hele adres, met https:// ervoor.
signup-address = Adres waar inwoners langs kunnen komen
signup-address-hint = Laat leeg als u geen adres heeft voor bezoekers.
signup-street = Straat en huisnummer
signup-postcode = Postcode
signup-city = Plaats
signup-contact-modes = Hoe kunnen inwoners contact opnemen?
signup-hours = Wanneer bent u er?
signup-hours-hint = Bijvoorbeeld "Dinsdag en donderdag van 9.00 tot 12.00 uur, of op afspraak".
signup-accessibility = Toegankelijkheid
signup-promises = Wat u belooft
signup-free = Mijn hulp is gratis voor inwoners.
signup-independent = Ik hoor niet bij een wijkteam of bij de gemeente.
signup-you = Uw gegevens voor de redactie
signup-you-hint = Alleen voor de redactie, als die vragen heeft. Dit komt niet op de website.
signup-sender = Uw naam
signup-sender-contact = Uw telefoon of e-mail
signup-send = Aanmelding maken
signup-mail-subject = Aanmelding als ondersteuner{ $name }
signup-done-title = Bijna klaar: stuur uw aanmelding
signup-done-lead = Hieronder staat uw aanmelding zoals de redactie die krijgt. Stuur hem met de knop; uw e-mailprogramma opent met het bericht klaar. Lukt dat niet, kopieer dan de tekst en mail die zelf.
signup-done-mail = Verstuur per e-mail
signup-done-forge = Open als nieuw bestand (voor wie een account heeft)
signup-done-file = Uw aanmelding
signup-no-address = Aanmelden kan nog niet via deze pagina. Neem contact op met de redactie (onderaan de pagina).
footer-signup = Aanmelden als ondersteuner
js-signup-required = Vul dit in.
js-signup-choose = Kies er een.
js-signup-choose-one = Kies er minstens één.
js-signup-name-wrong = Schrijf de naam op één regel, met letters.
js-signup-name-long = De naam is te lang: hoogstens { $max } tekens.
js-signup-summary-long = De zin is te lang: { $count } tekens, hoogstens { $max }.
js-signup-phone-wrong = Dit is geen Nederlands telefoonnummer. Schrijf het bijvoorbeeld als 023 511 52 73.
js-signup-phone-foreign = Alleen Nederlandse nummers kunnen: 06, 0800 of een nummer met netnummer.
js-signup-email-wrong = Dit is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.
js-signup-website-https = Schrijf het hele adres, met https:// ervoor.
js-signup-website-wrong = Dit is geen webadres. Schrijf het als https://www.voorbeeld.nl.
js-signup-postcode-wrong = Dit is geen Nederlandse postcode: vier cijfers en twee letters, zoals 2011 AB.
js-signup-address-whole = Vul het hele adres in: straat en huisnummer, postcode en plaats.
js-signup-contact-none = Vul minstens één manier in waarop inwoners u bereiken.
js-signup-promises = De gids is alleen voor gratis en onafhankelijke hulp. Vink beide aan als dat zo is.
js-signup-mail-subject = Aanmelding als ondersteuner: { $name }
js-signup-file-note = Aanmelding via de website op { $date }, van: { $from }. Deze regel komt niet op de website.
