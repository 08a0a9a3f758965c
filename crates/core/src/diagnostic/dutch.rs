//! Messages and hints in Dutch, for editors of a Dutch site.
//!
//! Diagnostics are made in English (the language of the code and of the tests); this
//! table puts them in Dutch when they are shown. Each entry is an English template, in
//! which `{}` stands for a value taken from the message (a key, a file name, a number),
//! and its Dutch text, in which `{}` takes the values in order, or `{0}`, `{1}` by place.
//! A message without an entry is shown in English; a test runs every message the fixtures
//! and the hostile corpus produce through the table and fails on one that is missing.

/// English template, Dutch template.
const TABLE: &[(&str, &str)] = &[
    // Files and folders.
    ("cannot read file: {}", "het bestand kan niet worden gelezen: {}"),
    ("cannot read: {}", "kan niet worden gelezen: {}"),
    (
        "ignored: not a Markdown file",
        "overgeslagen: dit is geen Markdown-bestand",
    ),
    (
        "only files ending in .md are read here",
        "hier worden alleen bestanden gelezen die eindigen op .md",
    ),
    (
        "this file is not read: its name does not end in .md",
        "dit bestand wordt niet gelezen: de naam eindigt niet op .md",
    ),
    ("rename it to {}", "geef het de naam {}"),
    (
        "this file is not published: provider files go in content/providers/, free pages in content/pages/",
        "dit bestand komt niet op de site: aanbieders horen in content/providers/, losse pagina's in content/pages/",
    ),
    ("move it to {}", "zet het in {}"),
    (
        "{} is not an image in the site's static/ folder",
        "{} is geen afbeelding in de map static/ van de site",
    ),
    (
        "put the file (SVG, PNG, WebP or JPEG) in static/ and write its name, such as `logo: logo.svg`",
        "zet het bestand (SVG, PNG, WebP of JPEG) in static/ en schrijf de naam, bijvoorbeeld `logo: logo.svg`",
    ),
    ("there is no file static/{}", "het bestand static/{} bestaat niet"),
    (
        "put the logo in the site's static/ folder, or correct its name",
        "zet het logo in de map static/ van de site, of verbeter de naam",
    ),
    (
        "there is no accessibility statement: public bodies must publish one",
        "er is geen toegankelijkheidsverklaring: een overheid moet er een publiceren",
    ),
    (
        "there is no privacy page: residents should read what the site does with their data",
        "er is geen privacypagina: inwoners moeten kunnen lezen wat de website met hun gegevens doet",
    ),
    (
        "`steunwijzer init` writes one to start from; copy it from a new site and fill it in",
        "`steunwijzer init` schrijft er een om mee te beginnen; neem die over uit een nieuwe site en vul hem in",
    ),
    (
        "this page still has a part to fill in",
        "op deze pagina moet nog iets worden ingevuld",
    ),
    (
        "write the text for your municipality in place of the [VUL IN: …] part",
        "schrijf de tekst voor uw gemeente op de plaats van [VUL IN: …]",
    ),
    (
        "the published address {} is gone: no provider has it now",
        "het gepubliceerde adres {} is verdwenen: geen aanbieder heeft het nu",
    ),
    (
        "if the provider has a new file name, add {} to that file; if it stopped, this goes away after the next publication",
        "heeft de aanbieder een nieuwe bestandsnaam, zet dan {} in dat bestand; is de aanbieder gestopt, dan verdwijnt deze melding na de volgende publicatie",
    ),
    ("{} is not an address", "{} is geen adres"),
    (
        "write the old file name without .md, such as {}",
        "schrijf de oude bestandsnaam zonder .md, bijvoorbeeld {}",
    ),
    (
        "{} is this provider's own address",
        "{} is het eigen adres van deze aanbieder",
    ),
    (
        "list only addresses the provider had before",
        "zet hier alleen adressen die de aanbieder vroeger had",
    ),
    (
        "the address {} is taken: {} has it",
        "het adres {} is al bezet: {} heeft het",
    ),
    (
        "an old address can lead to one page only; remove it here or there",
        "een oud adres kan maar naar één pagina leiden; haal het hier of daar weg",
    ),
    (
        "{} starts with http://: browsers tell residents this site is not secure",
        "{} begint met http://: browsers zeggen inwoners dat deze site niet veilig is",
    ),
    (
        "if the site opens as {}, write that",
        "als de site opent als {}, schrijf dat dan",
    ),
    ("add https:// in front: {}", "zet er https:// voor: {}"),
    (
        "put a comma between the items: {}",
        "zet een komma tussen de onderdelen: {}",
    ),
    ("write it as {} (year-month-day)", "schrijf {} (jaar-maand-dag)"),
    (
        "{} is also the name of {}: residents cannot tell the two apart",
        "{} is ook de naam van {}: inwoners kunnen de twee niet uit elkaar houden",
    ),
    (
        "if they are one provider, keep one file; if not, add what sets them apart to the name, such as the neighbourhood",
        "is het één aanbieder, houd dan één bestand; zo niet, zet in de naam wat ze onderscheidt, bijvoorbeeld de wijk",
    ),
    (
        "ignored: this file is not read",
        "overgeslagen: dit bestand wordt niet gelezen",
    ),
    (
        "the files read here are {}",
        "hier worden alleen deze bestanden gelezen: {}",
    ),
    (
        "the file name {} cannot be used as an address",
        "de bestandsnaam {} kan geen webadres worden",
    ),
    (
        "rename it to {}: lowercase letters, digits and hyphens only",
        "geef het de naam {}: alleen kleine letters, cijfers en streepjes",
    ),
    (
        "{} is a reserved name on Windows: the repository could not be checked out there",
        "{} is een naam die Windows zelf gebruikt: op Windows kan niemand de bestanden dan nog ophalen",
    ),
    (
        "rename it, for example to {}",
        "geef het een andere naam, bijvoorbeeld {}",
    ),
    ("rename the file", "geef het bestand een andere naam"),
    (
        "this name differs from {} only in capitals; on Windows and macOS they are one file",
        "deze naam verschilt van {} alleen in hoofdletters; op Windows en macOS is dat één bestand",
    ),
    ("rename one of them", "geef er één een andere naam"),
    (
        "this is a symbolic link; links are not followed",
        "dit is een snelkoppeling (symbolische link); die worden niet gevolgd",
    ),
    (
        "put the file or folder itself here instead of a link",
        "zet hier het bestand of de map zelf neer in plaats van een koppeling",
    ),
    (
        "this file is not valid UTF-{} text",
        "dit bestand is geen geldige UTF-{}-tekst",
    ),
    (
        "save the file as UTF-{} (in most editors: \"Save with encoding\" → UTF-{})",
        "sla het bestand op als UTF-{} (in de meeste editors: \"Opslaan met codering\" → UTF-{})",
    ),
    (
        "this file is larger than {} KB, the most a content file may be",
        "dit bestand is groter dan {} KB, het maximum voor een inhoudsbestand",
    ),
    (
        "a provider page needs a few KB; remove what does not belong, or split the text",
        "een aanbiederspagina heeft een paar KB nodig; haal weg wat er niet bij hoort, of splits de tekst",
    ),
    (
        "this line holds an invisible character ({}) that can hide or reverse text",
        "op deze regel staat een onzichtbaar teken ({}) dat tekst kan verbergen of omdraaien",
    ),
    (
        "delete it: retype the text around it, or paste it as plain text",
        "haal het weg: typ de tekst eromheen opnieuw, of plak hem als platte tekst",
    ),
    ("missing front matter", "de gegevens bovenaan ontbreken"),
    (
        "start the file with a line {}, then the {} lines, then another {} line",
        "begin het bestand met een regel {}, dan de regels {}, en dan weer een regel {}",
    ),
    (
        "the front matter is not closed",
        "de gegevens bovenaan worden niet afgesloten",
    ),
    (
        "add a line {} after the last {} line",
        "zet een regel {} na de laatste regel {}",
    ),
    (
        "the site needs {}; docs/content.md shows its format",
        "de website heeft {} nodig; in docs/content.md staat hoe dat bestand eruitziet",
    ),
    // Size limits.
    (
        "this YAML is {} KB; at most {} KB is read",
        "deze gegevens zijn {} KB; er wordt hoogstens {} KB gelezen",
    ),
    (
        "split the file, or remove text that does not belong in it",
        "splits het bestand, of haal tekst weg die er niet in hoort",
    ),
    (
        "this line is {} characters long; at most {} are allowed",
        "deze regel is {} tekens lang; er mogen er hoogstens {} zijn",
    ),
    (
        "put a long text in the Markdown below the front matter, or shorten it",
        "zet een lange tekst onder de gegevens bovenaan, of maak hem korter",
    ),
    (
        "lists and keys are nested more than {} levels deep here",
        "lijsten en sleutels zitten hier meer dan {} niveaus diep in elkaar",
    ),
    (
        "the format needs at most three levels; check the indentation of this line",
        "er zijn hoogstens drie niveaus nodig; kijk hoe ver deze regel inspringt",
    ),
    (
        "the format needs at most three levels; check the brackets",
        "er zijn hoogstens drie niveaus nodig; kijk de haakjes na",
    ),
    (
        "the file holds more than {} values",
        "het bestand bevat meer dan {} waarden",
    ),
    (
        "split the list or remove repeated values",
        "splits de lijst of haal herhaalde waarden weg",
    ),
    (
        "there are more than {} life domains; the search can filter on at most {}",
        "er zijn meer dan {} levensgebieden; het zoeken kan op hoogstens {} filteren",
    ),
    (
        "there are more than {} neighbourhoods; the search can filter on at most {}",
        "er zijn meer dan {} wijken; het zoeken kan op hoogstens {} filteren",
    ),
    (
        "with this provider the site's providers speak more than {} languages; the search can filter on at most {}",
        "met deze aanbieder spreken de aanbieders samen meer dan {} talen; het zoeken kan op hoogstens {} filteren",
    ),
    (
        "combine items, or list fewer",
        "voeg onderdelen samen, of noem er minder",
    ),
    (
        "list the languages a provider helps in most often",
        "noem de talen waarin de aanbieder het vaakst helpt",
    ),
    (
        "{} more problems are not shown; fix the ones above and check again",
        "nog {} problemen worden niet getoond; los de problemen hierboven op en controleer opnieuw",
    ),
    // YAML.
    (
        "this quote is never closed",
        "dit aanhalingsteken wordt nergens gesloten",
    ),
    (
        "end the text with the same quote mark on the same line, or remove the opening quote",
        "sluit de tekst af met hetzelfde aanhalingsteken op dezelfde regel, of haal het eerste aanhalingsteken weg",
    ),
    (
        "YAML syntax error: found character that cannot start any token",
        "hier staat een teken dat zo niet aan het begin mag staan",
    ),
    (
        "YAML syntax error: mapping values are not allowed in this context",
        "hier staat een dubbele punt die niet wordt verwacht",
    ),
    (
        "YAML syntax error: repetition limit exceeded",
        "het bestand herhaalt een verwijzing (*naam) te vaak",
    ),
    ("YAML syntax error: {}", "de gegevens kunnen niet worden gelezen: {}"),
    (
        "YAML syntax error: did not find expected key",
        "de gegevens kunnen niet worden gelezen: op deze regel had een nieuwe sleutel (`naam:`) moeten beginnen",
    ),
    (
        "YAML syntax error: did not find expected '-' indicator",
        "de gegevens kunnen niet worden gelezen: in deze lijst had een regel met `- ` moeten staan",
    ),
    (
        "YAML syntax error: could not find expected ':'",
        "de gegevens kunnen niet worden gelezen: er ontbreekt een dubbele punt na de sleutel",
    ),
    ("this line is indented with a tab", "deze regel springt in met een tab"),
    (
        "indent with spaces: YAML does not allow tabs there",
        "spring in met spaties: een tab mag daar niet",
    ),
    (
        "this quote is not closed on its line",
        "dit aanhalingsteken wordt op deze regel niet gesloten",
    ),
    (
        "end the text with the same quote mark on this line; the lines below were read as part of it",
        "sluit de tekst op deze regel af met hetzelfde aanhalingsteken; de regels eronder werden als deel ervan gelezen",
    ),
    (
        "use spaces, not tabs, to indent; text that starts with a special character (such as @, ` or %) needs quotes",
        "spring in met spaties, niet met tabs; zet tekst die begint met een bijzonder teken (zoals @, ` of %) tussen aanhalingstekens",
    ),
    (
        "a value that contains \": \" needs quotes around it, for example summary: \"Hulp bij: geld\"",
        "zet tekst met \": \" erin tussen aanhalingstekens, bijvoorbeeld summary: \"Hulp bij: geld\"",
    ),
    (
        "check the indentation and that every {} pair is on its own line; put text with special characters between quotes",
        "kijk na of alles goed inspringt en of elk paar {} op een eigen regel staat; zet tekst met bijzondere tekens tussen aanhalingstekens",
    ),
    ("the key {} appears twice", "de sleutel {} staat er twee keer in"),
    (
        "keep one of them; a key can only be given once",
        "houd er één over; een sleutel mag maar één keer voorkomen",
    ),
    ("unknown key {} in {}", "onbekende sleutel {} in {}"),
    ("unknown key {}", "onbekende sleutel {}"),
    ("allowed keys here: {}", "sleutels die hier mogen: {}"),
    ("did you mean {} under {}? ({})", "bedoelt u {} onder {}? ({})"),
    ("did you mean {}?", "bedoelt u {}?"),
    ("{} is not a valid value for {}", "{} is geen geldige waarde voor {}"),
    ("choose one of: {}", "kies een van: {}"),
    ("choose from: {}", "kies uit: {}"),
    ("{} is missing the key {}", "bij {} ontbreekt de sleutel {}"),
    ("add {} under it", "zet {} eronder"),
    ("{} must be {}, but it is {}", "{} moet {} zijn, maar het is {}"),
    ("write {} or {}", "schrijf {} of {}"),
    (
        "write a list, for example {}, or one {} per line",
        "schrijf een lijst, bijvoorbeeld {}, of één {} per regel",
    ),
    (
        "put the value between quotes, for example \"{} {} {} {}\"",
        "zet de waarde tussen aanhalingstekens, bijvoorbeeld \"{} {} {} {}\"",
    ),
    (
        "write {} pairs on the lines below it, indented",
        "schrijf paren {} op de regels eronder, ingesprongen",
    ),
    ("{} is {}, which is far too large", "{} is {}, en dat is veel te groot"),
    (
        "{} must be a whole number of {} or more, not {}",
        "{} moet een heel getal van {} of meer zijn, niet {}",
    ),
    ("give a whole number such as {}", "geef een heel getal, zoals {}"),
    ("{} has no value", "{} heeft geen waarde"),
    ("{} is empty", "{} is leeg"),
    ("for example {}", "bijvoorbeeld {}"),
    ("{} must be one line", "{} moet op één regel staan"),
    (
        "write {} on one line, without {} or {}; longer text belongs below the front matter",
        "schrijf {} op één regel, zonder {} of {}; langere tekst hoort onder de gegevens bovenaan",
    ),
    ("missing required key {}", "de verplichte sleutel {} ontbreekt"),
    ("site.yaml is missing {}", "in site.yaml ontbreekt {}"),
    (
        "add a line {} to the front matter",
        "zet een regel {} bij de gegevens bovenaan",
    ),
    ("add a line {}", "zet er een regel {} bij"),
    (
        "{}: {} is not a date written as YYYY-MM-DD",
        "{}: {} is geen datum geschreven als JJJJ-MM-DD",
    ),
    (
        "{}: {} is not a valid date: there is no month {}",
        "{}: {} is geen bestaande datum: er is geen maand {}",
    ),
    (
        "{}: {} is not a valid date: month {} of {} has no day {}",
        "{}: {} is geen bestaande datum: maand {} van {} heeft geen dag {}",
    ),
    ("{}: {} is not a time of day", "{}: {} is geen tijd"),
    (
        "{}: {} is not a number of seconds since 1970",
        "{}: {} is geen aantal seconden sinds 1970",
    ),
    // Meaning.
    ("unknown life domain {}", "onbekend levensgebied {}"),
    ("unknown neighbourhood {}", "onbekende wijk {}"),
    (
        "add for example {}; choose from: {}",
        "zet er bijvoorbeeld {} bij; kies uit: {}",
    ),
    ("write it in lowercase: {}", "schrijf het met kleine letters: {}"),
    (
        "duplicate provider slug {}: {} has it too",
        "dubbele naam van een aanbieder {}: {} heeft die ook",
    ),
    (
        "every file name must be unique, also across subfolders; rename one of them",
        "elke bestandsnaam mag maar één keer voorkomen, ook in submappen; geef er één een andere naam",
    ),
    (
        "{} cannot be the name of a page: the site uses that address itself",
        "{} kan niet de naam van een pagina zijn: de website gebruikt dat adres zelf",
    ),
    (
        "the summary is {} characters long; at most {} are allowed",
        "de samenvatting is {} tekens lang; er mogen er hoogstens {} zijn",
    ),
    (
        "keep it to one short sentence; put the rest in the text below the front matter",
        "houd het bij één korte zin; zet de rest in de tekst onder de gegevens bovenaan",
    ),
    (
        "{} is {}-{}-{}, which is in the future",
        "{} is {}-{}-{}, en dat ligt in de toekomst",
    ),
    (
        "{} is {}-{}-{}; a review date before {}-{}-{} cannot be right",
        "{} is {}-{}-{}; een controledatum vóór {}-{}-{} kan niet kloppen",
    ),
    (
        "use the date the information was last checked, today at the latest ({}-{}-{})",
        "gebruik de datum waarop de gegevens het laatst zijn nagekeken, uiterlijk vandaag ({}-{}-{})",
    ),
    (
        "use the date the information was last checked, for example {}-{}-{}",
        "gebruik de datum waarop de gegevens het laatst zijn nagekeken, bijvoorbeeld {}-{}-{}",
    ),
    (
        "last reviewed on {}-{}-{}, more than {} months ago",
        "het laatst nagekeken op {}-{}-{}, meer dan {} maanden geleden",
    ),
    (
        "check the information with the provider and update {}",
        "kijk de gegevens na met de aanbieder en pas {} aan",
    ),
    (
        "add {} after checking the information with the provider",
        "zet er {} bij nadat u de gegevens met de aanbieder hebt nagekeken",
    ),
    ("add {} with one of {}", "zet er {} bij met een van {}"),
    (
        "the text below the front matter is empty",
        "de tekst onder de gegevens bovenaan is leeg",
    ),
    (
        "write below the closing {} what is offered and how it works, in plain language (B{})",
        "schrijf onder de afsluitende {} wat er wordt geboden en hoe het werkt, in eenvoudige taal (B{})",
    ),
    ("{} is not a language code", "{} is geen taalcode"),
    (
        "use a two-letter ISO {}-{} code, for example nl, en, tr, ar, pl",
        "gebruik een taalcode van twee letters (ISO {}-{}), bijvoorbeeld nl, en, tr, ar, pl",
    ),
    (
        "{} is not a Dutch phone number (it has {} digits; {} are needed)",
        "{} is geen Nederlands telefoonnummer (het heeft {} cijfers; er zijn er {} nodig)",
    ),
    (
        "write a Dutch number, for example {} {} {} {}, {} {}, +{} {} {} {} {} or {} {}",
        "schrijf een Nederlands nummer, bijvoorbeeld {} {} {} {}, {} {}, +{} {} {} {} {} of {} {}",
    ),
    ("{} is not a valid e-mail address", "{} is geen geldig e-mailadres"),
    (
        "write it as name@domain.nl, without spaces or mailto:",
        "schrijf het als naam@domein.nl, zonder spaties of mailto:",
    ),
    (
        "{} is not a web address starting with https://",
        "{} is geen webadres dat begint met https://",
    ),
    (
        "{} does not have a valid domain name",
        "{} heeft geen geldige domeinnaam",
    ),
    (
        "{} contains spaces or characters not allowed in a web address",
        "in {} staan spaties of tekens die niet in een webadres mogen",
    ),
    (
        "write the whole address, starting with https://, for example https://www.voorbeeld.nl/",
        "schrijf het hele adres, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl/",
    ),
    (
        "{} has a query (?) or fragment (#); the site's address is a domain and a path only",
        "{} bevat een ? of #; het adres van de website is alleen een domein en een pad",
    ),
    (
        "{} has the port {}; a port is a number from {} to {}",
        "{} heeft poort {}; een poort is een getal van {} tot {}",
    ),
    (
        "give the address the site is published at, such as https://steunwijzer.example.org/haarlem/",
        "geef het adres waarop de website komt te staan, zoals https://steunwijzer.example.org/haarlem/",
    ),
    ("{} is not a Dutch postcode", "{} is geen Nederlandse postcode"),
    (
        "a Dutch postcode is four digits and two letters, for example {} AB",
        "een Nederlandse postcode is vier cijfers en twee letters, bijvoorbeeld {} AB",
    ),
    ("{} is not a time zone", "{} is geen tijdzone"),
    ("there is no free page {}", "er is geen losse pagina {}"),
    (
        "{} is not a licence steunwijzer knows",
        "{} is geen licentie die steunwijzer kent",
    ),
    (
        "add {} with the address of its text, or use one of {}",
        "zet er {} bij met het adres van de tekst, of gebruik een van {}",
    ),
    ("the free pages are: {}", "de losse pagina's zijn: {}"),
    ("the providers are: {}", "de aanbieders zijn: {}"),
    (
        "{} must be from {} to {} seconds",
        "{} moet tussen {} en {} seconden zijn",
    ),
    (
        "leave it out for the default of {} seconds",
        "laat het weg voor de standaard van {} seconden",
    ),
    (
        "use a name such as {} (the default), or leave time_zone out",
        "gebruik een naam zoals {} (de standaard), of laat time_zone weg",
    ),
    (
        "{} has no phone, e-mail, website or address",
        "{} heeft geen telefoon, e-mail, website of adres",
    ),
    (
        "add at least one way to reach them under {}",
        "zet onder {} minstens één manier om hen te bereiken",
    ),
    (
        "{} is not listed: only free support is listed",
        "{} staat niet op de website: alleen gratis ondersteuning wordt getoond",
    ),
    (
        "set {} if the support costs the resident nothing",
        "zet {} als de ondersteuning de inwoner niets kost",
    ),
    (
        "{} is in no listed provider's text, so these words find nothing through it",
        "{} staat in de tekst van geen enkele aanbieder, dus deze woorden vinden daarmee niets",
    ),
    (
        "use a word the providers use, or a life domain: {}",
        "gebruik een woord dat de aanbieders gebruiken, of een levensgebied: {}",
    ),
    ("this item has no {}", "bij dit onderdeel ontbreekt {}"),
    (
        "list the residents' words, for example {}",
        "noem de woorden van inwoners, bijvoorbeeld {}",
    ),
    (
        "these words find nothing: the item has no target",
        "deze woorden vinden niets: er staat niet bij wat ze betekenen",
    ),
    (
        "add {} with the directory's words, or {}",
        "zet er {} bij met de woorden van de gids, of {}",
    ),
    (
        "an entry of {} is empty or more than one line",
        "een onderdeel van {} is leeg of staat op meer dan één regel",
    ),
    (
        "write one word or phrase per entry",
        "schrijf één woord of woordgroep per onderdeel",
    ),
    ("{} is not one word", "{} is niet één woord"),
    (
        "{} takes single words of letters and digits (at most {} bytes), like {}",
        "bij {} staan losse woorden van letters en cijfers (hoogstens {} bytes), zoals {}",
    ),
    (
        "{} already has its own term (line {})",
        "{} heeft al een eigen zoekterm (regel {})",
    ),
    ("put each word in one {} list", "zet elk woord in één lijst {}"),
    // Markdown.
    (
        "HTML in the text is shown as plain text",
        "HTML in de tekst wordt als gewone tekst getoond",
    ),
    (
        "use Markdown instead: **bold**, [link](https://...), - list item",
        "gebruik Markdown: **vet**, [link](https://...), - opsomming",
    ),
    (
        "images are not shown; only the description is ({})",
        "afbeeldingen worden niet getoond; alleen de beschrijving ({})",
    ),
    (
        "describe what the picture shows in words",
        "beschrijf in woorden wat er op de afbeelding staat",
    ),
    (
        "the link {} was removed: only web, e-mail and phone links and links to pages of this site are allowed",
        "de link {} is weggehaald: alleen links naar websites, e-mail, telefoon en pagina's van deze website mogen",
    ),
    (
        "start the link with https://, mailto: or tel:, or link to a page of this site as /aanbieders/<slug>/",
        "begin de link met https://, mailto: of tel:, of link naar een pagina van deze website als /aanbieders/<naam>/",
    ),
    (
        "the link {} points to a page that does not exist",
        "de link {} wijst naar een pagina die niet bestaat",
    ),
    (
        "link to pages of this site as /aanbieders/<slug>/, /levensgebieden/<slug>/ or /<page>/",
        "link naar pagina's van deze website als /aanbieders/<naam>/, /levensgebieden/<naam>/ of /<pagina>/",
    ),
    // Theme and build.
    (
        "this file is larger than {} MB, the most a theme file may be",
        "dit bestand is groter dan {} MB, het meeste dat een themabestand mag zijn",
    ),
    (
        "make the image smaller (a logo needs a few KB), or link to a large document elsewhere",
        "maak de afbeelding kleiner (een logo is een paar KB), of link naar een groot document elders",
    ),
    (
        "in the light scheme, {} ({}) on {} ({}) has a contrast of {}:1; text needs at least 4.5:1 (WCAG AA)",
        "in de lichte weergave heeft {} ({}) op {} ({}) een contrast van {}:1; tekst heeft minstens 4,5:1 nodig (WCAG AA)",
    ),
    (
        "in the light scheme, {} ({}) on {} ({}) has a contrast of {}:1; a border needs at least 3:1 (WCAG AA)",
        "in de lichte weergave heeft {} ({}) op {} ({}) een contrast van {}:1; een rand heeft minstens 3:1 nodig (WCAG AA)",
    ),
    (
        "in the light scheme, {} has text {} on {}: a contrast of {}:1; text needs at least 4.5:1 (WCAG AA)",
        "in de lichte weergave heeft {} tekst {} op {}: een contrast van {}:1; tekst heeft minstens 4,5:1 nodig (WCAG AA)",
    ),
    (
        "in the dark scheme, {} ({}) on {} ({}) has a contrast of {}:1; text needs at least 4.5:1 (WCAG AA)",
        "in de donkere weergave heeft {} ({}) op {} ({}) een contrast van {}:1; tekst heeft minstens 4,5:1 nodig (WCAG AA)",
    ),
    (
        "in the dark scheme, {} ({}) on {} ({}) has a contrast of {}:1; a border needs at least 3:1 (WCAG AA)",
        "in de donkere weergave heeft {} ({}) op {} ({}) een contrast van {}:1; een rand heeft minstens 3:1 nodig (WCAG AA)",
    ),
    (
        "in the dark scheme, {} has text {} on {}: a contrast of {}:1; text needs at least 4.5:1 (WCAG AA)",
        "in de donkere weergave heeft {} tekst {} op {}: een contrast van {}:1; tekst heeft minstens 4,5:1 nodig (WCAG AA)",
    ),
    (
        "set a colour for dark mode too: {}",
        "geef ook een kleur voor de donkere weergave: {}",
    ),
    ("choose a darker or lighter {}", "kies een donkerder of lichter {}"),
    (
        "choose colours for this rule (or the tokens it uses) that stand apart in both schemes",
        "kies voor deze regel (of de tokens die hij gebruikt) kleuren die in beide weergaven goed verschillen",
    ),
    (
        "the colour {} of {} cannot be measured, so its contrast cannot be checked",
        "de kleur {} van {} is niet te meten, dus het contrast kan niet worden gecontroleerd",
    ),
    (
        "write it as #rrggbb, rgb(…), hsl(…), oklch(…) or a colour name",
        "schrijf haar als #rrggbb, rgb(…), hsl(…), oklch(…) of een kleurnaam",
    ),
    (
        "correct the CSS here; until then the browser would skip or swallow the rules around it",
        "verbeter de CSS hier; tot dan slaat de browser de regels eromheen over of slokt hij ze op",
    ),
    (
        "this comment is never closed with `*/`: it hides the rest of the file",
        "dit commentaar wordt nooit gesloten met `*/`: het verbergt de rest van het bestand",
    ),
    (
        "this quoted text is not closed on its line",
        "deze tekst tussen aanhalingstekens wordt op zijn regel niet gesloten",
    ),
    ("this url(…) cannot be read", "deze url(…) is niet te lezen"),
    (
        "blocks are nested too deep here",
        "blokken staan hier te diep in elkaar",
    ),
    (
        "this block is never closed: its closing brace is missing, so everything after it would belong to this rule",
        "dit blok wordt nooit gesloten: de sluitende accolade ontbreekt, dus alles erna zou bij deze regel horen",
    ),
    (
        "this bracket is never closed with {}",
        "dit haakje wordt nooit gesloten met {}",
    ),
    ("{} is not expected here", "{} hoort hier niet"),
    (
        "the file ends in the middle of a rule",
        "het bestand houdt midden in een regel op",
    ),
    (
        "this rule has no block of declarations",
        "deze regel heeft geen blok met declaraties",
    ),
    ("this cannot be read as CSS", "dit is niet te lezen als CSS"),
    ("this SVG is not UTF-{} text", "deze SVG is geen UTF-{}-tekst"),
    (
        "this SVG declares entities, which can hide content or grow without end",
        "deze SVG declareert entiteiten, die inhoud kunnen verbergen of eindeloos kunnen groeien",
    ),
    (
        "this SVG cannot be read as XML: {}",
        "deze SVG is niet te lezen als XML: {}",
    ),
    (
        "this SVG loads a style sheet from elsewhere (xml-stylesheet)",
        "deze SVG laadt een stijlblad van elders (xml-stylesheet)",
    ),
    (
        "this SVG holds a {} element, which can run code when the image is opened",
        "deze SVG bevat een element {}, dat code kan uitvoeren als de afbeelding wordt geopend",
    ),
    (
        "this SVG animates {}, which can turn a link or handler into code",
        "deze SVG animeert {}, wat een link of handler in code kan veranderen",
    ),
    (
        "this SVG has an event handler ({}=…), which runs code when the image is opened",
        "deze SVG heeft een gebeurtenisafhandeling ({}=…), die code uitvoert als de afbeelding wordt geopend",
    ),
    (
        "this SVG refers to something outside the file ({}), which the image would load or open",
        "deze SVG verwijst naar iets buiten het bestand ({}), dat de afbeelding zou laden of openen",
    ),
    (
        "this SVG's style loads something from outside the file (url or @import)",
        "de stijl van deze SVG laadt iets van buiten het bestand (url of @import)",
    ),
    (
        "save the image again as plain SVG (in Inkscape: Save as → Optimized SVG) or as PNG, without scripts, links or embedded content",
        "sla de afbeelding opnieuw op als gewone SVG (in Inkscape: Opslaan als → Geoptimaliseerde SVG) of als PNG, zonder scripts, links of ingesloten inhoud",
    ),
    (
        "this value holds an invisible character ({}), written as an escape such as `\\u202e`, that can hide or reverse text",
        "deze waarde bevat een onzichtbaar teken ({}), geschreven als een code zoals `\\u202e`, dat tekst kan verbergen of omdraaien",
    ),
    (
        "remove the escape that starts with a backslash",
        "haal de code weg die met een backslash begint",
    ),
    (
        "this text holds an invisible character ({}), written as a code such as `&#x202e;`, that can hide or reverse text",
        "deze tekst bevat een onzichtbaar teken ({}), geschreven als een code zoals `&#x202e;`, dat tekst kan verbergen of omdraaien",
    ),
    (
        "remove the code that starts with `&#` or the backslash escape",
        "haal de code weg die met `&#` of een backslash begint",
    ),
    ("{} cannot be a name: it is empty", "{} kan geen naam zijn: hij is leeg"),
    (
        "{} cannot be a name: it is more than one line",
        "{} kan geen naam zijn: hij is meer dan één regel",
    ),
    (
        "{} cannot be a name: it holds an invisible character ({})",
        "{} kan geen naam zijn: er staat een onzichtbaar teken in ({})",
    ),
    (
        "{} cannot be a name: it is {} characters long; at most {} are allowed",
        "{} kan geen naam zijn: hij is {} tekens lang; er mogen er hoogstens {} zijn",
    ),
    (
        "{} cannot be a name: it has no letter or digit",
        "{} kan geen naam zijn: er staat geen letter of cijfer in",
    ),
    (
        "write the name as residents know it, on one line, in any script",
        "schrijf de naam zoals inwoners hem kennen, op één regel, in elk schrift",
    ),
    (
        "write the municipality's name as residents know it, such as `municipality: Haarlem`",
        "schrijf de naam van de gemeente zoals inwoners hem kennen, bijvoorbeeld `municipality: Haarlem`",
    ),
    (
        "this file name is {} characters long; at most {} are allowed",
        "deze bestandsnaam is {} tekens lang; er mogen er hoogstens {} zijn",
    ),
    (
        "this is not an HSDS service, so it was left out",
        "dit is geen HSDS-dienst, dus het is overgeslagen",
    ),
    (
        "each record of the list must be a service, with a name",
        "elk record in de lijst moet een dienst zijn, met een naam",
    ),
    (
        "\"{}\": invisible characters that can hide or reverse text were left out of {}",
        "\"{}\": onzichtbare tekens die tekst kunnen verbergen of omdraaien zijn weggelaten uit {}",
    ),
    (
        "compare the text with the other system's; nothing visible was lost",
        "vergelijk de tekst met die in het andere systeem; er is niets zichtbaars verloren",
    ),
    (
        "\"{}\": {} would be larger than a provider file may be, so it was not written",
        "\"{}\": {} zou groter worden dan een aanbiedersbestand mag zijn, dus het is niet geschreven",
    ),
    (
        "a provider page needs a few KB; shorten the record's texts in the other system",
        "een aanbiederspagina is een paar KB; maak de teksten van het record in het andere systeem korter",
    ),
    (
        "this file is larger than {} MB; reading stopped after {} records",
        "dit bestand is groter dan {} MB; het lezen is gestopt na {} records",
    ),
    (
        "split the export into several files in one folder",
        "verdeel de export over meer bestanden in één map",
    ),
    (
        "the record that starts on line {} is larger than {} MB, more than a provider file may be; reading stopped after {} records",
        "het record dat op regel {} begint is groter dan {} MB, meer dan een aanbiedersbestand mag zijn; het lezen is gestopt na {} records",
    ),
    (
        "leave this record out of the export, or shorten its texts",
        "laat dit record weg uit de export, of maak de teksten korter",
    ),
    (
        "check that this is a file, not a device or a folder",
        "kijk of dit een bestand is, geen apparaat of map",
    ),
    (
        "the site has more than {} earlier addresses here",
        "de site heeft hier meer dan {} eerdere adressen",
    ),
    (
        "remove earlier addresses nobody uses any more (a year after a change is enough)",
        "haal eerdere adressen weg die niemand meer gebruikt (een jaar na een wijziging is genoeg)",
    ),
    (
        "a provider may have at most {} earlier addresses; this is number {}",
        "een aanbieder mag hoogstens {} eerdere adressen hebben; dit is nummer {}",
    ),
    (
        "keep the addresses people may still have; remove the oldest",
        "houd de adressen die mensen nog kunnen hebben; haal de oudste weg",
    ),
    (
        "and {} more published addresses are gone",
        "en nog {} gepubliceerde adressen zijn verdwenen",
    ),
    (
        "this sitemap is larger than {} MB; only the first {} MB were read",
        "deze sitemap is groter dan {} MB; alleen de eerste {} MB zijn gelezen",
    ),
    ("{} opens the guide once already", "{} staat al vooraan in de gids"),
    ("name each page once", "noem elke pagina één keer"),
    (
        "at most {} pages can open the printed guide",
        "hoogstens {} pagina's kunnen vooraan in de gedrukte gids staan",
    ),
    (
        "choose the pages a reader needs first; the rest is on the website",
        "kies de pagina's die een lezer als eerste nodig heeft; de rest staat op de website",
    ),
    (
        "the printed guide has no letter for {} ({}) in {}",
        "de gedrukte gids heeft geen letter voor {} ({}) in {}",
    ),
    (
        "the guide's fonts have Latin, Greek, Cyrillic, Arabic, Hebrew, Ethiopic, Indian, Thai, Chinese, Japanese and Korean letters; write it another way (an emoji as a word), or turn the printed guide off in site.yaml (print, enabled: false)",
        "de lettertypen van de gids hebben Latijnse, Griekse, Cyrillische, Arabische, Hebreeuwse, Ethiopische, Indiase, Thaise, Chinese, Japanse en Koreaanse letters; schrijf het anders (een emoji als woord), of zet de gedrukte gids uit in site.yaml (print, enabled: false)",
    ),
    (
        "this page opens the printed guide, and from here the intro pages are longer than the guide takes: at most {} headings, paragraphs and list items, and {} characters in all",
        "deze pagina staat vooraan in de gedrukte gids, en vanaf hier zijn de pagina's vooraan langer dan de gids opneemt: hoogstens {} koppen, alinea's en opsommingspunten, en {} tekens samen",
    ),
    (
        "shorten the page, or choose shorter intro pages in site.yaml (print, intro)",
        "maak de pagina korter, of kies kortere pagina's voor vooraan in site.yaml (print, intro)",
    ),
    (
        "quotes and lists are nested more than {} levels deep here",
        "citaten en opsommingen staan hier meer dan {} niveaus diep in elkaar",
    ),
    (
        "a page needs two or three levels; check the `>` and `-` at the start of these lines",
        "een pagina heeft twee of drie niveaus nodig; kijk naar de `>` en `-` aan het begin van deze regels",
    ),
    (
        "this steunwijzer was built without printing (cargo feature `print`): the site is made without the printed guide",
        "deze steunwijzer is gemaakt zonder printen (cargo-feature `print`): de website komt er zonder de gedrukte gids",
    ),
    (
        "use a steunwijzer built with its default features, or set `enabled: false` under `print:` in site.yaml",
        "gebruik een steunwijzer met de standaard-features, of zet `enabled: false` onder `print:` in site.yaml",
    ),
    (
        "site.yaml names no crisis numbers: no page shows 112, 113 or Veilig Thuis",
        "site.yaml noemt geen nummers voor nood: geen pagina laat 112, 113 of Veilig Thuis zien",
    ),
    (
        "add a `crisis:` list; `steunwijzer init` writes one to copy (docs/content.md)",
        "zet er een lijst `crisis:` in; `steunwijzer init` schrijft er een om over te nemen (docs/content.md)",
    ),
    (
        "{} in `front_door` is not a provider, so no page names it",
        "{} bij `front_door` is geen aanbieder, dus geen pagina noemt hem",
    ),
    (
        "{} in `front_door` has no phone number, so nobody can call it",
        "{} bij `front_door` heeft geen telefoonnummer, dus niemand kan hem bellen",
    ),
    (
        "choose a general client supporter residents can call",
        "kies een algemene cliëntondersteuner die inwoners kunnen bellen",
    ),
    (
        "this crisis number is still to be filled in; no page shows it until then",
        "dit nummer voor nood moet nog worden ingevuld; tot dan staat het op geen enkele pagina",
    ),
    (
        "write the number and when to call it, or remove the item",
        "schrijf het nummer en wanneer iemand het belt, of haal het onderdeel weg",
    ),
    ("this crisis number has no {}", "dit nummer voor nood heeft geen {}"),
    (
        "each item has `name`, `phone` and `when` (one sentence: when to call)",
        "elk onderdeel heeft `name`, `phone` en `when` (één zin: wanneer bellen)",
    ),
    ("there is no theme {}", "er is geen thema {}"),
    (
        "the themes there are: {}; or make the folder {}",
        "deze thema's zijn er: {}; of maak de map {}",
    ),
    ("template error: {}", "fout in een sjabloon: {}"),
    ("`{}` is not a language code", "`{}` is geen taalcode"),
    (
        "write the two-letter ISO 639-1 code, such as `en`, `tr`, `ar`, `pl` or `uk`",
        "schrijf de ISO 639-1-code van twee letters, bijvoorbeeld `en`, `tr`, `ar`, `pl` of `uk`",
    ),
    ("`{}` is named twice", "`{}` staat er twee keer in"),
    (
        "the translation into `{}` is not shown: it is not one of the interface languages",
        "de vertaling in `{}` komt niet op de site: het is geen van de talen van de website",
    ),
    (
        "translate into the languages of `languages_ui` in site.yaml",
        "vertaal in de talen van `languages_ui` in site.yaml",
    ),
    (
        "the translation into `{}` has no `summary`",
        "de vertaling in `{}` heeft geen `summary`",
    ),
    (
        "write `summary:` in that language under it, or remove the translation",
        "schrijf eronder `summary:` in die taal, of haal de vertaling weg",
    ),
    (
        "the translation into `{}` is not shown: the text itself is in that language",
        "de vertaling in `{}` komt niet op de site: de tekst zelf is al in die taal",
    ),
    (
        "the translation into `{}` has no `{}`",
        "de vertaling in `{}` heeft geen `{}`",
    ),
    (
        "write `{}:` in that language under it, or remove the translation",
        "schrijf eronder `{}:` in die taal, of haal de vertaling weg",
    ),
    ("a translation has no field `{}`", "een vertaling heeft geen veld `{}`"),
    ("translate {}", "vertaal {}"),
    (
        "there are no messages in {} (`{}`): no catalogue locales/{}.ftl",
        "er zijn geen berichten in het {} (`{}`): er is geen berichtenbestand locales/{}.ftl",
    ),
    (
        "add the catalogue to the site's locales/ folder (see docs/translation.md), or leave the language out",
        "zet het berichtenbestand in de map locales/ van de site (zie docs/translation.md), of laat de taal weg",
    ),
    (
        "`{}` cannot be the name of a page: it is a language code, the address of the pages in that language",
        "`{}` kan niet de naam van een pagina zijn: het is een taalcode, het adres van de pagina's in die taal",
    ),
    (
        "name a catalogue after its language's ISO 639-1 code, such as en.ftl",
        "geef een berichtenbestand de ISO 639-1-code van zijn taal als naam, bijvoorbeeld en.ftl",
    ),
    (
        "the message `{}` is given twice",
        "het bericht `{}` staat er twee keer in",
    ),
    ("keep one of the two", "houd er één van de twee"),
    (
        "this line cannot be read as Fluent: `=` is missing after the message's id",
        "deze regel is geen Fluent: na de naam van het bericht ontbreekt `=`",
    ),
    (
        "this line cannot be read as Fluent: `{}` is missing here",
        "deze regel is geen Fluent: hier ontbreekt `{}`",
    ),
    ("the message `{}` has no text", "het bericht `{}` heeft geen tekst"),
    (
        "this choice has no default: mark one variant with `*`, such as `*[other]`",
        "deze keuze heeft geen standaard: zet `*` voor één van de mogelijkheden, bijvoorbeeld `*[other]`",
    ),
    (
        "this choice has more than one default (`*`)",
        "deze keuze heeft meer dan één standaard (`*`)",
    ),
    (
        "a text in quotes is never closed",
        "een tekst tussen aanhalingstekens wordt niet gesloten",
    ),
    (
        "a closing brace without its opening brace",
        "een sluitaccolade zonder openingsaccolade",
    ),
    (
        "this line cannot be read as Fluent: {}",
        "deze regel is geen Fluent: {}",
    ),
    (
        "write each message as `id = text`; see docs/translation.md",
        "schrijf elk bericht als `naam = tekst`; zie docs/translation.md",
    ),
    (
        "this catalogue is not UTF-8 text",
        "dit berichtenbestand is geen UTF-8-tekst",
    ),
    ("save it as UTF-8 text", "sla het op als UTF-8-tekst"),
    (
        "there is no message catalogue for the site's language `{}`",
        "er is geen berichtenbestand voor de taal van de site, `{}`",
    ),
    (
        "{} messages are not translated into {} ({}); they are shown in {}: {}",
        "{} berichten zijn niet vertaald in het {} ({}); die staan er in het {}: {}",
    ),
    (
        "this folder contains the site itself; nothing was written",
        "deze map bevat de website zelf; er is niets geschreven",
    ),
    (
        "this is part of the site's sources ({}); nothing was written",
        "dit hoort bij de bronbestanden van de website ({}); er is niets geschreven",
    ),
    (
        "this is a file, not a folder; nothing was written",
        "dit is een bestand, geen map; er is niets geschreven",
    ),
    (
        "this is a folder, not a file; nothing was written",
        "dit is een map, geen bestand; er is niets geschreven",
    ),
    (
        "this is a symbolic link; nothing was written",
        "dit is een snelkoppeling (symbolische link); er is niets geschreven",
    ),
    (
        "this exists and was not made by steunwijzer; nothing was written",
        "dit bestaat al en is niet door steunwijzer gemaakt; er is niets geschreven",
    ),
    (
        "steunwijzer did not make this file, and the build would remove it; nothing was written",
        "dit bestand is niet door steunwijzer gemaakt, en de bouw zou het weghalen; er is niets geschreven",
    ),
    (
        "this file was changed after steunwijzer made it, and the build would replace it; nothing was written",
        "dit bestand is veranderd nadat steunwijzer het maakte, en de bouw zou het vervangen; er is niets geschreven",
    ),
    (
        "steunwijzer did not make this link, and the build would remove it; nothing was written",
        "deze koppeling is niet door steunwijzer gemaakt, en de bouw zou haar weghalen; er is niets geschreven",
    ),
    (
        "and {} more files that steunwijzer did not make; nothing was written",
        "en nog {} bestanden die niet door steunwijzer zijn gemaakt; er is niets geschreven",
    ),
    (
        "to publish it with every build, move it to {}; otherwise move it out of {}",
        "wilt u het bij elke bouw publiceren, zet het dan in {}; anders haalt u het uit {}",
    ),
    ("move it out of {}", "haal het uit {}"),
    (
        "make the change in the site's sources (content/, templates/ or static/), then delete this file",
        "maak de wijziging in de bronbestanden van de site (content/, templates/ of static/) en verwijder dan dit bestand",
    ),
    (
        "this folder says an earlier version of steunwijzer made it, but does not list what it wrote; nothing was written",
        "volgens deze map heeft een eerdere versie van steunwijzer haar gemaakt, maar er staat niet in wat die schreef; er is niets geschreven",
    ),
    (
        "look whether it holds anything of yours, then delete the folder once; later builds list their files and replace it themselves",
        "kijk of er iets van u in staat en verwijder de map dan één keer; latere bouwrondes houden bij wat ze schrijven en vervangen de map zelf",
    ),
    (
        "choose an output folder outside the sources, such as public/",
        "kies een map buiten de bronbestanden, zoals public/",
    ),
    (
        "choose a path that does not exist yet",
        "kies een pad dat nog niet bestaat",
    ),
    (
        "give the folder the link points to, or a new folder",
        "geef de map waar de koppeling naar wijst, of een nieuwe map",
    ),
    (
        "steunwijzer only replaces what it made itself; move it away or choose a new name",
        "steunwijzer vervangt alleen wat het zelf heeft gemaakt; verplaats het of kies een nieuwe naam",
    ),
    (
        "cannot write the site: {}; nothing was replaced",
        "de website kan niet worden geschreven: {}; er is niets vervangen",
    ),
    (
        "cannot write the file: {}; nothing was replaced",
        "het bestand kan niet worden geschreven: {}; er is niets vervangen",
    ),
    ("{} is not a theme name", "{} is geen naam van een thema"),
    (
        "language {} is not supported yet",
        "de taal {} wordt nog niet ondersteund",
    ),
    ("{} must be at least {}", "{} moet minstens {} zijn"),
    // The printed guide.
    ("print template error: {}", "fout in de printopmaak: {}"),
    (
        "fix the print template, or remove the site's override of it to use the theme's version",
        "verbeter de printopmaak, of haal de eigen versie van de website weg om die van het thema te gebruiken",
    ),
    (
        "cannot make the offline copy: {}",
        "de kopie zonder internet kan niet worden gemaakt: {}",
    ),
    ("cannot prepare the guide: {}", "de gids kan niet worden voorbereid: {}"),
    ("{} is not a valid file name", "{} is geen geldige bestandsnaam"),
    (
        "the layout of the guide stopped unexpectedly",
        "het opmaken van de gids is onverwacht gestopt",
    ),
    ("name at least one of: {}", "noem er minstens één: {}"),
    (
        "12 means an entry should be checked once a year",
        "12 betekent: elke aanbieder wordt eens per jaar nagekeken",
    ),
    // Import (`import hsds`).
    ("this folder has no .json files", "deze map heeft geen .json-bestanden"),
    (
        "give the HSDS export's JSON file, or the folder that holds its .json files",
        "geef het JSON-bestand van de HSDS-export, of de map met de .json-bestanden",
    ),
    ("this is not JSON: {}", "dit is geen JSON: {}"),
    (
        "HSDS 3.0 exports are JSON files; a tabular export (CSV files) cannot be imported",
        "een HSDS 3.0-export is een JSON-bestand; een export als tabellen (CSV-bestanden) kan niet worden ingelezen",
    ),
    (
        "not HSDS 3.0 JSON: expected a service, a list of services or a page with `contents`",
        "dit is geen HSDS 3.0-JSON: verwacht is een dienst (service), een lijst van diensten of een pagina met `contents`",
    ),
    (
        "export the services from the other system as HSDS 3.0 compiled JSON (the API's /services?full=true)",
        "exporteer de diensten uit het andere systeem als HSDS 3.0 compiled JSON (in de API: /services?full=true)",
    ),
    (
        "\"{}\": {} already exists, so it was not written",
        "\"{}\": {} bestaat al en is dus niet gemaakt",
    ),
    (
        "an existing file is never overwritten; move it away to import this record again",
        "een bestaand bestand wordt nooit overschreven; zet het ergens anders neer om dit record opnieuw in te lezen",
    ),
    (
        "\"{}\": {} cannot be written: {}",
        "\"{}\": {} kan niet worden opgeslagen: {}",
    ),
    (
        "a record has no name, so it was left out",
        "een record heeft geen naam en is dus overgeslagen",
    ),
    (
        "give the service a name in the other system and export again",
        "geef de dienst een naam in het andere systeem en exporteer opnieuw",
    ),
    (
        "\"{}\": the status is `{}`, so it was left out",
        "\"{}\": de status is `{}`, dus dit record is overgeslagen",
    ),
    (
        "only active services are imported",
        "alleen actieve diensten (status `active`) worden ingelezen",
    ),
    (
        "\"{}\": no kind of provider is given; it is set to `organisation`",
        "\"{}\": er staat niet bij wat voor aanbieder het is; `kind: organisation` is ingevuld",
    ),
    ("check `kind:` in the file", "kijk `kind:` in het bestand na"),
    (
        "\"{}\": no life domain of this site matches its taxonomy terms",
        "\"{}\": geen levensgebied van deze site past bij de termen (taxonomy terms) van dit record",
    ),
    (
        "add `life_domains:` to the file",
        "vul `life_domains:` in het bestand in",
    ),
    (
        "\"{}\": there is no description to make a summary of",
        "\"{}\": er is geen beschrijving om een samenvatting van te maken",
    ),
    (
        "write `summary:` in the file: one sentence about what the provider does",
        "schrijf `summary:` in het bestand: één zin over wat de aanbieder doet",
    ),
    (
        "\"{}\": the summary was cut to {} characters",
        "\"{}\": de samenvatting is ingekort tot {} tekens",
    ),
    ("check `summary:` in the file", "kijk `summary:` in het bestand na"),
    (
        "\"{}\": the taxonomy term `{}` of `{}` was not imported: nothing on this site matches it",
        "\"{}\": de term `{}` uit `{}` is niet overgenomen: niets op deze site past erbij",
    ),
    (
        "\"{}\": the taxonomy term `{}` was not imported: nothing on this site matches it",
        "\"{}\": de term `{}` is niet overgenomen: niets op deze site past erbij",
    ),
    (
        "add what it means to the file by hand if it matters",
        "zet wat het betekent zelf in het bestand als het ertoe doet",
    ),
    (
        "\"{}\": the accessibility `{}` was not imported: it is not one of the features steunwijzer knows",
        "\"{}\": de toegankelijkheid `{}` is niet overgenomen: steunwijzer kent die niet",
    ),
    (
        "see `accessibility:` in docs/content.md",
        "zie `accessibility:` in docs/content.md",
    ),
    (
        "\"{}\": the service area `{}` was not imported: it is not a neighbourhood of this site",
        "\"{}\": het werkgebied `{}` is niet overgenomen: het is geen wijk van deze site",
    ),
    (
        "add it to content/neighbourhoods.yaml, or leave `neighbourhoods:` out for the whole municipality",
        "zet de wijk in content/neighbourhoods.yaml, of laat `neighbourhoods:` weg voor de hele gemeente",
    ),
    (
        "\"{}\": the language `{}` was not imported: it has no ISO 639-1 code steunwijzer knows",
        "\"{}\": de taal `{}` is niet overgenomen: steunwijzer kent er geen ISO 639-1-code van",
    ),
    (
        "add the two-letter code to `languages:` by hand",
        "zet de code van twee letters zelf bij `languages:`",
    ),
    (
        "\"{}\": the phone number `{}` was not imported: it is not a Dutch phone number",
        "\"{}\": het telefoonnummer `{}` is niet overgenomen: het is geen Nederlands nummer",
    ),
    (
        "write it under `contact: phone:` by hand",
        "zet het zelf onder `contact: phone:`",
    ),
    (
        "\"{}\": a second phone number was not imported: a provider file has one",
        "\"{}\": een tweede telefoonnummer is niet overgenomen: een aanbieder heeft er één",
    ),
    (
        "choose the number residents should call",
        "kies het nummer dat bewoners moeten bellen",
    ),
    (
        "\"{}\": the e-mail address `{}` was not imported: it is not a valid address",
        "\"{}\": het e-mailadres `{}` is niet overgenomen: het is geen geldig adres",
    ),
    ("check it with the provider", "vraag het na bij de aanbieder"),
    (
        "\"{}\": the website `{}` was not imported: it is not a valid web address",
        "\"{}\": de website `{}` is niet overgenomen: het is geen geldig webadres",
    ),
    (
        "\"{}\": a second address was not imported: a provider file has one",
        "\"{}\": een tweede adres is niet overgenomen: een aanbieder heeft er één",
    ),
    (
        "choose the address residents can visit",
        "kies het adres waar bewoners langs kunnen komen",
    ),
    (
        "\"{}\": the address `{}` was not imported: it needs a street, a Dutch postcode and a city",
        "\"{}\": het adres `{}` is niet overgenomen: er zijn een straat, een Nederlandse postcode en een plaats nodig",
    ),
    (
        "write it under `contact: address:` by hand",
        "zet het zelf onder `contact: address:`",
    ),
    (
        "\"{}\": schedule {} ({}) was not imported: only weekly opening hours with times can be shown",
        "\"{}\": rooster {} ({}) is niet overgenomen: alleen wekelijkse openingstijden met tijden kunnen worden getoond",
    ),
    (
        "add it as `opening_hours: note:` by hand",
        "zet het zelf bij `opening_hours: note:`",
    ),
    (
        "\"{}\": `free: true` was not set: the record names a cost",
        "\"{}\": `free: true` is niet ingevuld: in het record staan kosten",
    ),
    (
        "only free support is listed; set `free: true` if it is free for residents",
        "alleen gratis ondersteuning komt op de site; vul `free: true` in als het voor bewoners gratis is",
    ),
    (
        "\"{}\": `free: true` was not set: the record does not say it is free",
        "\"{}\": `free: true` is niet ingevuld: het record zegt niet dat het gratis is",
    ),
    (
        "check with the provider, then set `free: true`",
        "vraag het na bij de aanbieder en vul dan `free: true` in",
    ),
    (
        "\"{}\": `last_reviewed` is the date the record was last changed",
        "\"{}\": `last_reviewed` is de datum waarop het record voor het laatst is gewijzigd",
    ),
    (
        "\"{}\": the record has no date of its last check",
        "\"{}\": het record heeft geen datum van de laatste controle",
    ),
    (
        "check the information with the provider, then set `last_reviewed:`",
        "controleer de gegevens met de aanbieder en vul dan `last_reviewed:` in",
    ),
    (
        "\"{}\": `{}` was not imported: a provider file has no field for it",
        "\"{}\": `{}` is niet overgenomen: een aanbiedersbestand heeft daar geen veld voor",
    ),
    (
        "add it to the text by hand if residents need it",
        "zet het zelf in de tekst als bewoners het nodig hebben",
    ),
    (
        "\"{}\": the organization's name `{}` was not imported: the file has the service's name",
        "\"{}\": de naam van de organisatie, `{}`, is niet overgenomen: het bestand heeft de naam van de dienst",
    ),
    (
        "use the name residents know in `name:`",
        "zet bij `name:` de naam die bewoners kennen",
    ),
    (
        "no provider fits this situation: it names none",
        "geen aanbieder past bij deze situatie: er staat er geen bij",
    ),
    (
        "add `providers: [...]` (file names), `life_domains: [...]` or `kinds: [...]`",
        "zet er `providers: [...]` (bestandsnamen), `life_domains: [...]` of `kinds: [...]` bij",
    ),
    (
        "{} is not a provider, so this page leaves it out",
        "{} is geen aanbieder, dus deze pagina laat hem weg",
    ),
    ("item {} has no {}", "bij onderdeel {} ontbreekt {}"),
    ("add {} to this item", "zet {} bij dit onderdeel"),
    ("the slug {} is used twice", "de slug {} staat er twee keer in"),
    ("every slug must be unique", "elke slug mag maar één keer voorkomen"),
    (
        "there are more than {} situations; a site may have at most {}",
        "er zijn meer dan {} situaties; een site mag er hoogstens {} hebben",
    ),
    (
        "combine situations, or list fewer",
        "voeg situaties samen, of noem er minder",
    ),
];

/// `text` in Dutch, when the table has it.
/// The most specific template that fits wins (the one with the most fixed text), so
/// "{} is empty" does not take "the text below the front matter is empty".
pub(crate) fn translate(text: &str) -> Option<String> {
    TABLE
        .iter()
        .filter_map(|(en, nl)| Some((en.len() - 2 * en.matches("{}").count(), nl, captures(en, text)?)))
        .max_by_key(|(fixed, _, _)| *fixed)
        .and_then(|(_, nl, values)| fill(nl, &values))
}

/// The values `text` holds where `template` has `{}`, if `text` has its shape.
fn captures<'a>(template: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let pieces: Vec<&str> = template.split("{}").collect();
    let (first, rest) = pieces.split_first()?;
    let mut at = text.strip_prefix(first)?;
    let mut values = Vec::new();
    for (i, piece) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        let end = if last {
            if !at.ends_with(piece) {
                return None;
            }
            at.len() - piece.len()
        } else if piece.is_empty() {
            return None;
        } else {
            at.find(piece)?
        };
        values.push(&at[..end]);
        at = &at[end + piece.len()..];
    }
    if rest.is_empty() && !at.is_empty() {
        return None;
    }
    Some(values)
}

/// The words for YAML types that messages take as values ("must be true or false, but it
/// is the text \"nee\""), in Dutch; any other value (a key, a file name) as it is.
fn value_in_dutch(value: &str) -> std::borrow::Cow<'_, str> {
    const WHOLE: &[(&str, &str)] = &[
        ("true or false", "true of false"),
        ("text", "tekst"),
        ("a list", "een lijst"),
        ("empty", "leeg"),
        ("a group of `key: value` lines", "een groep regels `sleutel: waarde`"),
        ("this intro page", "deze pagina vooraan in de gids"),
    ];
    const START: &[(&str, &str)] = &[("the text ", "de tekst "), ("the number ", "het getal ")];
    if let Some((_, nl)) = WHOLE.iter().find(|(en, _)| *en == value) {
        return std::borrow::Cow::Borrowed(nl);
    }
    for (en, nl) in START {
        if let Some(rest) = value.strip_prefix(en) {
            return std::borrow::Cow::Owned(format!("{nl}{rest}"));
        }
    }
    std::borrow::Cow::Borrowed(value)
}

/// `template` with `{}` (in order) or `{n}` (by place) replaced by `values`.
fn fill(template: &str, values: &[&str]) -> Option<String> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut next = 0;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        let inside = &rest[open + 1..close];
        let index = if inside.is_empty() {
            next += 1;
            next - 1
        } else {
            inside.parse().ok()?
        };
        out.push_str(&value_in_dutch(values.get(index)?));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_take_their_values_along() {
        assert_eq!(
            translate("unknown key `telefoon`").unwrap(),
            "onbekende sleutel `telefoon`"
        );
        assert_eq!(
            translate("unknown key `x` in `contact`").unwrap(),
            "onbekende sleutel `x` in `contact`"
        );
        assert_eq!(
            translate("Beta Vrijwilligers has no phone, e-mail, website or address").unwrap(),
            "Beta Vrijwilligers heeft geen telefoon, e-mail, website of adres"
        );
        assert_eq!(
            translate("the summary is 230 characters long; at most 200 are allowed").unwrap(),
            "de samenvatting is 230 tekens lang; er mogen er hoogstens 200 zijn"
        );
        assert_eq!(
            translate("`last_reviewed`: `2026-13-01` is not a valid date: there is no month 13").unwrap(),
            "`last_reviewed`: `2026-13-01` is geen bestaande datum: er is geen maand 13"
        );
        assert_eq!(
            translate("`last_reviewed`: `2026-02-30` is not a valid date: month 2 of 2026 has no day 30").unwrap(),
            "`last_reviewed`: `2026-02-30` is geen bestaande datum: maand 2 van 2026 heeft geen dag 30"
        );
        assert_eq!(translate("something new"), None);
        assert_eq!(
            translate("`free` must be true or false, but it is the text \"nee\"").unwrap(),
            "`free` moet true of false zijn, maar het is de tekst \"nee\""
        );
    }

    #[test]
    fn values_can_change_places() {
        assert_eq!(fill("{1} en {0}", &["a", "b"]).unwrap(), "b en a");
        assert_eq!(captures("{} is {}", "x is y").unwrap(), ["x", "y"]);
        assert_eq!(captures("a {}", "b c"), None);
    }

    #[test]
    fn every_template_is_well_formed() {
        for (en, nl) in TABLE {
            let holes = en.matches("{}").count();
            let values: Vec<String> = (0..holes).map(|i| format!("v{i}")).collect();
            let refs: Vec<&str> = values.iter().map(String::as_str).collect();
            let filled = fill(nl, &refs).unwrap_or_else(|| panic!("{nl}"));
            for v in &values {
                assert!(filled.contains(v.as_str()), "{nl} drops a value of {en}");
            }
        }
    }
}
