# Polski: słowa strony internetowej, kiosku i strony wyszukiwania.
#
# Prosty polski dla osób, które niedawno przyjechały do Holandii. Między { } strona wstawia
# treść: { $name } to nazwa organizacji, { $count } liczba. Stan: napisane przez projekt;
# jeszcze niesprawdzone przez rodzimego użytkownika języka (docs/translation.md).

## O tym języku

language-self = Polski
og-locale = pl_PL

## Na każdej stronie

skip-to-content = Przejdź do treści
language-switch = Wybierz język
language-switch-short = Język / Language
content-in-site-language = Teksty, których nie przetłumaczyliśmy, są po niderlandzku.
skip-to-results = Przejdź do wyników wyszukiwania
to-home-page = (do strony głównej)
search-site-label = Szukaj na tej stronie
search-field-label = Znajdź organizację
search-button = Szukaj
nav-main = Menu główne
nav-topics = Tematy
nav-all-providers = Wszystkie organizacje
breadcrumbs = Jesteś tutaj
breadcrumb-home = Strona główna
print-page-at = Ta strona jest pod adresem { $url } · dane z dnia { $date }
footer-about = O tej stronie
footer-print = Wydrukuj ten przewodnik
footer-print-guide = Cały przewodnik do wydruku (PDF, { $size })
footer-print-large = Przewodnik dużą czcionką (PDF, { $size })
footer-print-booklet = Przewodnik jako broszura (A5) do wydruku (PDF, { $size })
footer-print-howto = Jak znaleźć pomoc: 1 kartka do rozdania (PDF, { $size })
footer-print-topics = Przewodnik do wydruku: według tematu
footer-print-towns = Przewodnik do wydruku: według gminy
footer-print-region = Przewodnik dla całego regionu { $region } (PDF, { $size })
footer-print-town = Przewodnik gminy { $name } do wydruku
towns-heading = Twoja gmina
towns-lead = Wybierz swoją gminę. Znajdziesz tam osoby wspierające dla twojej gminy i przewodnik do wydruku.
town-title = Pomoc w gminie { $name }
town-lead = Bezpłatne i niezależne wsparcie dla mieszkańców gminy { $name }: w samej gminie { $name } i w całym regionie { $region }. Sam wybierasz, kto ci pomoże.
town-print-heading = Przewodnik gminy { $name } do wydruku
town-providers-heading = Wsparcie dla gminy { $name }
town-empty = Nie ma jeszcze organizacji dla gminy { $name }. Zajrzyj na { $link_html } lub skontaktuj się z redakcją.
town-region-heading = Dla całego regionu { $region }
town-region-text = Liczba organizacji pomagających w całym regionie { $region }: { $count }. Nie ma ich na tej liście, ale są w każdym temacie i na liście wszystkich organizacji.
footer-contact = Kontakt z redakcją
footer-contact-text = Coś się nie zgadza? Daj nam znać.
footer-phone = Telefon:
footer-email = E-mail:
footer-email-subject = Pytanie o { $site }
crisis-label = Pomoc w nagłym wypadku
crisis-line-lead = Nagły wypadek lub zagrożenie?
crisis-heading = Czy potrzebujesz pomocy teraz?
front-door-heading = Nie wiesz, od czego zacząć?
front-door-call = Zadzwoń:
choose-topic = Wybierz temat
list-comma = ,

## Słowa dla wartości w plikach organizacji

kind-organisation = Organizacja
kind-volunteer-organisation = Organizacja wolontariuszy
kind-self-employed = Samodzielny doradca
kind-union = Związek zawodowy
kind-interest-group = Stowarzyszenie
contact-mode-walk-in = Można przyjść bez umówienia
contact-mode-phone = Telefon
contact-mode-email = E-mail
contact-mode-home-visit = Wizyta w domu
contact-mode-video = Rozmowa wideo
contact-mode-chat = Czat
accessibility-wheelchair-accessible = Dostęp dla wózków inwalidzkich
accessibility-accessible-toilet = Toaleta dla osób z niepełnosprawnością
accessibility-lift = Jest winda
accessibility-disabled-parking = Parking dla osób z niepełnosprawnością
accessibility-hearing-loop = Pętla indukcyjna dla osób z aparatem słuchowym
accessibility-sign-language = Możliwy tłumacz języka migowego
accessibility-easy-language = Wyjaśnienie prostym językiem
accessibility-assistance-dogs-welcome = Psy asystujące mogą wejść
day-monday = poniedziałek
day-tuesday = wtorek
day-wednesday = środa
day-thursday = czwartek
day-friday = piątek
day-saturday = sobota
day-sunday = niedziela
date = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }
providers-count = { $count ->
        [one] 1 organizacja
        [few] { $count } organizacje
       *[many] { $count } organizacji
    }
providers-help = { $count ->
        [one] 1 organizacja pomaga
        [few] { $count } organizacje pomagają
       *[many] { $count } organizacji pomaga
    } w tej sprawie.

## Strona główna

home-title = { $site }: bezpłatna, niezależna pomoc w mieście { $municipality }
home-heading = Znajdź bezpłatną pomoc w swoich sprawach
home-lead = Masz pytanie o pieniądze, pracę, mieszkanie, opiekę albo coś innego? Doradca klienta ci pomoże. To nic nie kosztuje. Sam wybierasz, kto ci pomaga.
search-question = W czym szukasz pomocy?
search-hint-home = Napisz własnymi słowami. Na przykład: długi, samotność albo czynsz.
situations-heading = Co się u ciebie dzieje?
topics-heading = Czego dotyczy twoje pytanie?
topics-heading-or = Albo wybierz temat
home-all-providers = { $count ->
        [one] Zobacz 1 organizację od A do Z
        [few] Zobacz wszystkie { $count } organizacje od A do Z
       *[many] Zobacz wszystkie { $count } organizacji od A do Z
    }
about-heading = Co robi doradca klienta?
about-intro = Doradca klienta stoi po twojej stronie. Nie pracuje dla zespołu dzielnicowego i nie decyduje o twojej pomocy. Doradca może:
about-can-1 = razem z tobą ustalić, jakie jest twoje pytanie;
about-can-2 = wyjaśnić, do czego masz prawo;
about-can-3 = pójść z tobą na rozmowę, na przykład do gminy;
about-can-4 = pomóc ci, jeśli chcesz złożyć skargę.
about-free = Pomoc jest bezpłatna. Na tej stronie są organizacje, wolontariusze, związki zawodowe, stowarzyszenia seniorów i opiekunów oraz samodzielni doradcy. Są ułożeni według nazwy. Nikt nie płaci za to, żeby tu być.

## Listy organizacji

card-walk-in = Można przyjść bez umówienia
card-also-in = Także po: { $languages }
card-whole = całe miasto { $municipality }
card-phone = Telefon
providers-title = Wszystkie organizacje od A do Z
providers-lead = { $count ->
        [one] Tu jest 1 organizacja
        [few] Tu są wszystkie { $count } organizacje
       *[many] Tu są wszystkie { $count } organizacji
    }, ułożone według nazwy.
letters-label = Przejdź do litery
letters-other = Inne
providers-page-title = { $title }, strona { $page } z { $pages }
providers-on-page = To jest strona { $page } z { $pages }: organizacje od { $first } do { $last }.
pagination-label = Strony
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-page = Strona { $page }
domain-order = Są ułożone według nazwy.
domain-leaflet = Wydrukuj tę listę: { $name } jako ulotka (PDF, { $size })
domain-leaflet-part = Wydrukuj tę listę: { $name }, { $letters }, jako ulotka (PDF, { $size })
domain-guide = Wydrukuj { $name } z przewodnika (PDF, { $size })
domain-guide-part = Wydrukuj { $name } z przewodnika, { $letters } (PDF, { $size })
domain-guide-large = Wydrukuj { $name } z przewodnika dużą czcionką (PDF, { $size })
domain-guide-large-part = Wydrukuj { $name } z przewodnika dużą czcionką, { $letters } (PDF, { $size })
domain-guide-booklet = Wydrukuj { $name } jako broszurę (A5) (PDF, { $size })
domain-guide-booklet-part = Wydrukuj { $name } jako broszurę (A5), { $letters } (PDF, { $size })
domain-empty = Nie ma jeszcze organizacji w tym temacie. Zobacz { $link_html } albo skontaktuj się z redakcją.
domain-empty-link = wszystkie organizacje
domain-empty-kiosk = Nie ma jeszcze organizacji w tym temacie.
domain-others = Inne tematy
situation-who = Kto może ci pomóc?
situation-choose = Sam wybierasz, kto ci pomaga.
situation-words = Jeśli szukasz jednego z tych słów, też trafisz tutaj: { $words }.
situation-others = Inne sytuacje

## Filtry

filters-summary = { $places ->
    [nested] Filtry: temat, miejsce, język i kontakt
   *[other] Filtry: temat, dzielnica, język i kontakt
}
filter-topic = Temat
filter-neighbourhood = { $places ->
    [nested] Miejsce
   *[other] Dzielnica
}
filter-language = Język
filter-contact = Sposób kontaktu
filters-choose = Wybierz, co ci pasuje
filters-choose-groups = Wybierz, co ci pasuje: { $groups }
filter-group-neighbourhood = { $places ->
    [nested] miejsce
   *[other] dzielnica
}
filter-group-language = język
filter-group-contact = sposób kontaktu
list-or = { $items } lub { $last }
filter-all-neighbourhoods = { $places ->
    [nested] Wszystkie miejsca
   *[other] Wszystkie dzielnice
}
filter-find = Szukaj na liście
filter-find-none = Nic na liście nie pasuje do tego, co wpisano.
filter-language-dutch = niderlandzki
filter-any = Obojętnie
filter-reset = Wyczyść wybór
list-none-text = { $places ->
    [nested] Wybierz coś innego w polu miejsce, język lub sposób kontaktu.
   *[other] Wybierz coś innego w polu dzielnica, język lub sposób kontaktu.
}
list-none-all = Pokaż znowu wszystkie organizacje
list-tally = Organizacje pasujące do twojego wyboru:

## Strona organizacji

stale-label = Uwaga:
stale-text = te informacje od dawna nie były sprawdzane. Najpierw zadzwoń lub napisz i zapytaj, czy wszystko się zgadza.
contact-heading = Kontakt
contact-call = Zadzwoń
contact-mail = Napisz
contact-website = Strona
contact-address = Adres
contact-map = Zobacz adres na mapie
contact-map-osm = (OpenStreetMap)
tags-label = Cechy
tag-free = Bezpłatnie
tag-independent = Nie należy do zespołu dzielnicowego
hours-heading = Kiedy można przyjść?
hours-caption = Godziny otwarcia w poszczególne dni
hours-days-two = { $first } i { $last }
hours-days-range = od { $first } do { $last }
hours-time = od { $from_html } do { $to_html }
about-provider = Czym zajmuje się { $name }
facts-heading = Warto wiedzieć
facts-where = Gdzie
facts-whole = Całe miasto { $municipality }
facts-for-whom = Dla kogo
facts-languages = Języki
facts-contact = Jak się skontaktować
facts-accessibility = Dostępność
complaints-heading = Skargi
complaints-helps = Masz skargę na gminę albo na inną organizację? { $name } może ci pomóc ze skargą.
complaints-unhappy = Nie jesteś zadowolony z { $name }?
complaints-at = Zasady składania skarg są na stronie { $address }.
complaints-read = Przeczytaj { $link_html }.
complaints-link = zasady składania skarg: { $name }
complaints-default = Nie jesteś zadowolony? Najpierw powiedz o tym: { $name }. Jeśli razem nie znajdziecie rozwiązania, skontaktuj się z redakcją tej strony.
complaints-default-kiosk = Nie jesteś zadowolony? Najpierw powiedz o tym: { $name }. Jeśli razem nie znajdziecie rozwiązania, skontaktuj się z redakcją.
complaints-how = Przeczytaj, jak złożyć skargę
reviewed = Te informacje sprawdzono { $date_html }.
corrections-heading = Coś się nie zgadza?
corrections-text = Zmienił się numer telefonu, adres albo godziny otwarcia? Napisz do redakcji. Poprawimy to.
corrections-form = Zgłoś błąd: { $name }
corrections-mail = Napisz do redakcji w sprawie: { $name }
corrections-subject = Coś się nie zgadza: { $name }
corrections-about = Dotyczy: { $name }
corrections-page = Strona: { $url }
corrections-what = Co się nie zgadza?

## Wyszukiwanie

search-title = Szukaj
search-hint = Na przykład: długi, opieka nad bliskim albo czynsz.
search-nojs = Wyszukiwanie działa tylko wtedy, gdy w przeglądarce jest włączony JavaScript. Wybierz temat poniżej albo zobacz { $link_html }.
search-nojs-link = wszystkie organizacje od A do Z
search-more = Pokaż więcej organizacji
search-unfilter = Szukaj bez filtrów
situation-hint-heading = Czy to pasuje do ciebie?

## Inne strony

open-data-heading = Dane tej strony
open-data-text = Chcesz użyć listy doradców, na przykład na innej stronie albo we własnym zestawieniu? Możesz. Wszystkie dane możesz pobrać:
open-data-json = Wszystkie organizacje w formacie JSON
open-data-json-note = (dla programistów)
open-data-csv = Wszystkie organizacje w formacie CSV
open-data-csv-note = (dla Excela lub innego arkusza kalkulacyjnego)
open-data-hsds = Wszystkie organizacje w formacie HSDS 3.0
open-data-hsds-note = (międzynarodowy standard katalogów usług)
open-data-per-municipality = Według gminy
open-data-municipality-json = { $municipality } jako JSON
open-data-municipality-csv = { $municipality } jako CSV
open-data-licence = Dane są dostępne na licencji { $licence_html }.
offline-heading = Ta strona bez internetu
offline-text = Biblioteka, dom sąsiedzki albo inna organizacja może umieścić całą tę stronę na komputerze lub pendrivie. Wtedy działa bez internetu, także wyszukiwanie. Jest tam też wersja dla kiosku z ekranem dotykowym.
offline-download = Pobierz całą stronę (plik zip, { $size })
offline-howto = Rozpakuj plik i otwórz { $home_html } albo { $kiosk_html } dla kiosku. Pobieraj go co tydzień: wtedy masz najnowsze dane.
area-leaflets-heading = { $places ->
    [nested] Ulotki według miejsca
   *[other] Ulotki według dzielnicy
}
area-leaflets-text = { $places ->
    [nested] Ulotka z osobami wspierającymi, które pracują w jednym miejscu: do wydruku dla tamtejszej biblioteki lub domu sąsiedzkiego. Ci, którzy pomagają w całym { $municipality }, są w ulotkach według tematu.
   *[other] Ulotka z osobami wspierającymi, które pracują w jednej dzielnicy: do wydruku dla tamtejszej biblioteki lub domu sąsiedzkiego. Ci, którzy pomagają w całym { $municipality }, są w ulotkach według tematu.
}
area-leaflet = { $name } (PDF, { $size })
area-leaflet-part = { $name }, { $letters } (PDF, { $size })
not-found-title = Nie znaleziono strony
not-found-heading = Ta strona nie istnieje
not-found-lead = Może strona została przeniesiona albo adres wpisano z błędem.
to-home = Do strony głównej
not-found-all = Zobacz wszystkie organizacje od A do Z
redirect-title = { $name }: nowy adres
redirect-heading = { $name } jest teraz pod innym adresem
redirect-text = Za chwilę nastąpi przekierowanie. Nic się nie dzieje? { $link_html }.
redirect-link = Przejdź do strony: { $name }
redirect-bookmark = Masz ten adres w zakładkach? Zapisz nowy adres.

## Kiosk

kiosk-nav = Wróć albo zacznij od nowa
kiosk-back = Wstecz
kiosk-restart = Zacznij od nowa
kiosk-keys = Klawiatura na ekranie
kiosk-key-space = spacja
kiosk-key-back = usuń jedną literę
kiosk-key-clear = usuń wszystko
kiosk-key-switch = inne litery
kiosk-about = O tym kiosku
kiosk-corrections = Coś się nie zgadza? Powiedz redakcji{ $how ->
        [both] : zadzwoń pod { $phone } albo napisz na { $email }
        [phone] : zadzwoń pod { $phone }
        [email] : napisz na { $email }
       *[none] {""}
    }.
kiosk-data = Dane z dnia { $date }. Ten kiosk jest też stroną internetową: { $url }
kiosk-idle-heading = Czy nadal tu jesteś?
kiosk-idle-text = Za { $count_html } s kiosk zacznie od nowa. To, czego szukałeś, zostanie wtedy usunięte.
kiosk-idle-stay = Tak, nadal tu jestem
kiosk-home-title = { $site }: bezpłatna pomoc w mieście { $municipality }
kiosk-home-lead = Doradca klienta pomoże ci bezpłatnie. Sam wybierasz, kto ci pomaga.
kiosk-all-providers = { $count ->
        [one] 1 organizacja od A do Z
        [few] Wszystkie { $count } organizacje od A do Z
       *[many] Wszystkie { $count } organizacji od A do Z
    }
kiosk-qr-alt = Kod QR: { $what }
kiosk-qr-scan = Zeskanuj telefonem
kiosk-contact-heading = Jak skontaktować się z: { $name }
kiosk-phone = Telefon
kiosk-website = Strona
kiosk-email = E-mail
kiosk-address = Adres
kiosk-qr-website = strona { $address }
kiosk-qr-email = e-mail na adres { $address }
kiosk-qr-map = adres na mapie
kiosk-qr-page = ta strona na { $url }
kiosk-take-heading = Zabierz te informacje ze sobą
kiosk-print = Wydrukuj te informacje
kiosk-take-scan = Albo zeskanuj kod telefonem. Wtedy będziesz mieć tę stronę w telefonie.
kiosk-search-nojs = Wyszukiwanie teraz nie działa. Wybierz temat poniżej.
slip-call = Zadzwoń: { $phone }
slip-days-two = { $first } i { $last }
slip-days-range = { $first } – { $last }
slip-website = Strona: { $address }
slip-email = E-mail: { $address }
slip-scan = Zeskanuj, aby otworzyć tę stronę: { $url }
slip-footer = Bezpłatna pomoc. Dane z dnia { $date }.
slip-checked = Sprawdzono { $date }.
slip-printed = Wydrukowano { $date }. Zadzwoń, zanim pójdziesz.

## W przeglądarce: wyszukiwanie, filtry i kiosk (js-…)

js-busy = Szukam…
js-failed = Wyszukiwanie teraz nie działa: nie udało się wczytać części danych. Sprawdź połączenie z internetem i spróbuj ponownie albo wybierz temat poniżej.
js-found = { $count ->
        [one] Znaleziono 1 organizację.
        [few] Znaleziono { $count } organizacje.
       *[many] Znaleziono { $count } organizacji.
    }
js-crisis-first = Na górze są numery pomocy w nagłych wypadkach.
js-none = Nie znaleziono organizacji.
js-none-filters = Nie znaleziono organizacji z tymi filtrami. Bez filtrów: { $count }.
js-none-try = Nie znaleziono organizacji. Spróbuj innego słowa albo wybierz temat poniżej.
js-partly = Żadna organizacja nie pasuje do wszystkich słów. { $count ->
        [one] 1 organizacja pasuje
        [few] { $count } organizacje pasują
       *[many] { $count } organizacji pasuje
    } do: { $words }.
js-situations = Na górze jest strona, która pasuje: { $titles }.
js-without-filters = Bez filtrów: { $count ->
        [one] 1 organizacja
        [few] { $count } organizacje
       *[many] { $count } organizacji
    } dla twojego wyszukiwania.
js-meant-words = Czy chodziło ci o
js-meant-topics = Czy chodzi ci o
js-meant-end = ?
js-or = lub
js-topic-count = ({ $count ->
        [one] 1 organizacja
        [few] { $count } organizacje
       *[many] { $count } organizacji
    })
js-list-fits = { $count ->
        [0] Żadna z { $total } organizacji nie pasuje do twojego wyboru.
        [one] 1 z { $total } organizacji pasuje do twojego wyboru.
        [few] { $count } z { $total } organizacji pasują do twojego wyboru.
       *[many] { $count } z { $total } organizacji pasuje do twojego wyboru.
    }
js-kiosk-idle = Czy nadal tu jesteś? Za { $count } s kiosk zacznie od nowa. Wybierz „Tak, nadal tu jestem”, aby kontynuować.
js-kiosk-left = Zostało { $count } s.

## The leaflet "How to find help" (PDF, one page per language)

leaflet-title = Jak znaleźć pomoc
leaflet-lead = { $municipality }: bezpłatna i niezależna pomoc. To Ty wybierasz, kto Ci pomoże.
leaflet-step-site = Wejdź na { $address } albo zeskanuj kod aparatem telefonu.
leaflet-step-search = Wybierz temat. Albo wpisz własnymi słowami, co się dzieje.
leaflet-step-contact = Zadzwoń, napisz e-mail albo przyjdź do wybranej osoby wspierającej. Pomoc jest bezpłatna.
leaflet-qr-alt = Kod QR do { $address }
leaflet-edition = Wydanie: { $date }
leaflet-printed = Wydrukowano { $date }. Dane mogą się zmienić: zanim gdzieś pójdziesz, najpierw zadzwoń.

## Moja lista: własny wybór organizacji mieszkańca, do wydruku (js/site/20-my-list.js)
nav-my-list = Moja lista
js-mylist-add = Dodaj do mojej listy
js-mylist-remove = Usuń z mojej listy
js-mylist-count = ({ $count })
js-mylist-added = { $name } jest teraz na Twojej liście. { $count ->
        [one] Na liście jest 1 organizacja.
        [few] Na liście są { $count } organizacje.
       *[other] Na liście jest { $count } organizacji.
    }
js-mylist-removed = { $name } nie jest już na Twojej liście. { $count ->
        [0] Twoja lista jest pusta.
        [one] Na liście jest jeszcze 1 organizacja.
        [few] Na liście są jeszcze { $count } organizacje.
       *[other] Na liście jest jeszcze { $count } organizacji.
    }
js-mylist-full = Twoja lista jest pełna: mieści { $count } organizacji. Najpierw usuń jedną z listy.
js-mylist-gone = { $count ->
        [one] 1 organizacji nie ma już w przewodniku. Usunięto ją z Twojej listy.
       *[other] Organizacji, których nie ma już w przewodniku: { $count }. Usunięto je z Twojej listy.
    }
js-mylist-cleared = Twoja lista jest pusta.
my-list-title = Moja lista
my-list-nojs = Własną listę można zrobić tylko wtedy, gdy JavaScript jest włączony w przeglądarce. Możesz jednak wydrukować stronę organizacji. Zobacz { $link_html }.
my-list-nojs-link = wszystkie organizacje od A do Z
my-list-private = Twoja lista jest tylko na tym urządzeniu. Nic nie jest wysyłane do internetu. Korzystasz z cudzego komputera? Opróżnij listę, gdy skończysz.
my-list-empty = Na Twojej liście nie ma jeszcze nic. { $link_html } i wybierz „Dodaj do mojej listy” przy pomocy, którą chcesz zachować.
my-list-empty-link = Szukaj pomocy
my-list-failed = Nie można teraz pokazać Twojej listy: części danych nie udało się wczytać. Twoja lista jest zachowana. Spróbuj ponownie później.
my-list-print = Drukuj moją listę
my-list-print-slip = Drukuj moją listę
my-list-clear = Opróżnij moją listę
my-list-printed = Wydrukowano { $date }. Dane mogą się zmienić: zadzwoń, zanim gdzieś pójdziesz.
my-list-call = Zadzwoń:
my-list-open = Otwarte:
kiosk-my-list-nojs = Własnej listy nie można teraz zrobić na tym kiosku. Wydrukuj dane organizacji na jej stronie.
kiosk-my-list-private = Twoja lista jest tylko dla Ciebie. Gdy skończysz albo przez chwilę nic nie robisz, kiosk ją usuwa.
kiosk-my-list-empty = Na Twojej liście nie ma jeszcze nic. Wybierz „Dodaj do mojej listy” przy organizacji.

## Zgłoszenie jako wspierający (aanmelden/)
signup-title = Zgłoś się jako wspierający
signup-lead = Pomagasz mieszkańcom za darmo i niezależnie, jako organizacja, grupa wolontariuszy, związek zawodowy, stowarzyszenie seniorów lub opiekunów, samoorganizacja, osoba samozatrudniona albo po prostu zaangażowany mieszkaniec? Zgłoś się tutaj.
signup-condition-free = Twoja pomoc nic nie kosztuje mieszkańców.
signup-condition-independent = Nie należysz do zespołu dzielnicowego ani do gminy.
signup-condition-review = Redakcja sprawdzi Twoje dane, w razie potrzeby skontaktuje się z Tobą, a potem doda Cię do przewodnika.
signup-private = Ta strona sama niczego nie zapisuje ani nie wysyła. Gdy skończysz, Twój własny program pocztowy przygotuje wiadomość do redakcji.
signup-errors-title = Coś jeszcze się nie zgadza
signup-about = O Tobie
signup-name = Nazwa
signup-name-hint = Tak, jak znają Cię mieszkańcy, na przykład "Buurtmaatjes Oost".
signup-summary = W jednym zdaniu: co robisz?
signup-summary-hint = Najwyżej { $max } znaków. Na przykład: "Wolontariusze pomagają w listach i formularzach."
signup-kind = Jakiego rodzaju wspierającym jesteś?
signup-help = W czym pomagasz?
signup-life-domains = W jakich sprawach pomagasz?
signup-neighbourhoods = { $places ->
    [nested] W jakich miejscach działasz?
   *[other] W jakich dzielnicach działasz?
}
signup-neighbourhoods-hint = Nie wybieraj nic, jeśli działasz w całej gminie.
signup-languages = Jakimi językami mówisz?
signup-text = Opowiedz, co robisz
signup-text-hint = Dla kogo, jak to wygląda, gdy ktoś się z Tobą kontaktuje, i czego nie robisz. Krótkie zdania, proste słowa.
signup-contact = Jak mieszkańcy mogą się z Tobą skontaktować?
signup-contact-hint = Podaj co najmniej jeden sposób. To pojawi się na stronie.
signup-phone = Telefon
signup-phone-hint = Numer holenderski, na przykład 023 511 52 73 lub 06 12345678.
signup-email = E-mail
signup-email-hint = Na przykład info@buurtmaatjes.nl.
signup-website = Strona internetowa
signup-website-hint = Cały adres, zaczynający się od https://.
signup-address = Adres, pod który mieszkańcy mogą przyjść
signup-address-hint = Zostaw puste, jeśli nie masz adresu dla odwiedzających.
signup-street = Ulica i numer
signup-postcode = Kod pocztowy
signup-city = Miejscowość
signup-contact-modes = Jak mieszkańcy mogą się skontaktować?
signup-hours = Kiedy jesteś dostępny?
signup-hours-hint = Na przykład "Wtorek i czwartek od 9.00 do 12.00 albo po umówieniu się".
signup-accessibility = Dostępność
signup-promises = Co obiecujesz
signup-free = Moja pomoc jest bezpłatna dla mieszkańców.
signup-independent = Nie należę do zespołu dzielnicowego ani do gminy.
signup-you = Twoje dane dla redakcji
signup-you-hint = Tylko dla redakcji, gdyby miała pytania. To nie pojawi się na stronie.
signup-sender = Twoje imię i nazwisko
signup-sender-contact = Twój telefon lub e-mail
signup-send = Przygotuj zgłoszenie
signup-mail-subject = Zgłoszenie jako wspierający{ $name }
signup-done-title = Prawie gotowe: wyślij zgłoszenie
signup-done-lead = Poniżej jest Twoje zgłoszenie w takiej postaci, w jakiej otrzyma je redakcja. Wyślij je przyciskiem; Twój program pocztowy otworzy się z gotową wiadomością. Jeśli to nie zadziała, skopiuj tekst i wyślij go sam.
signup-done-mail = Wyślij e-mailem
signup-done-forge = Otwórz jako nowy plik (dla osób z kontem)
signup-done-file = Twoje zgłoszenie
signup-no-address = Zgłoszenie przez tę stronę nie jest jeszcze możliwe. Skontaktuj się z redakcją (na dole strony).
footer-signup = Zgłoś się jako wspierający
js-signup-required = Wypełnij to pole.
js-signup-choose = Wybierz jedną odpowiedź.
js-signup-choose-one = Wybierz co najmniej jedną.
js-signup-name-wrong = Napisz nazwę w jednej linii, literami.
js-signup-name-long = Nazwa jest za długa: najwyżej { $max } znaków.
js-signup-summary-long = Zdanie jest za długie: { $count } znaków, najwyżej { $max }.
js-signup-phone-wrong = To nie jest holenderski numer telefonu. Napisz go na przykład jako 023 511 52 73.
js-signup-phone-foreign = Możliwe są tylko numery holenderskie: 06, 0800 lub numer z numerem kierunkowym.
js-signup-email-wrong = To nie jest adres e-mail. Napisz go jako imie@przyklad.nl.
js-signup-website-https = Napisz cały adres, zaczynając od https://.
js-signup-website-wrong = To nie jest adres strony. Napisz go jako https://www.przyklad.nl.
js-signup-postcode-wrong = To nie jest holenderski kod pocztowy: cztery cyfry i dwie litery, na przykład 2011 AB.
js-signup-address-whole = Podaj cały adres: ulicę i numer, kod pocztowy i miejscowość.
js-signup-contact-none = Podaj co najmniej jeden sposób, w jaki mieszkańcy mogą się z Tobą skontaktować.
js-signup-promises = Przewodnik jest tylko dla bezpłatnej i niezależnej pomocy. Zaznacz oba pola, jeśli tak jest.
js-signup-mail-subject = Zgłoszenie jako wspierający: { $name }
js-signup-file-note = Zgłoszenie przez stronę { $date }, od: { $from }. Ta linia nie pojawi się na stronie.
