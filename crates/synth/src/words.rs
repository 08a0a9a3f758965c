//! The word lists the generator draws from: Dutch-like, per life domain.

pub(crate) const DOMAINS: [(&str, &str, &str); 9] = [
    (
        "maatschappelijke-ondersteuning",
        "Maatschappelijke ondersteuning",
        "Hulp om thuis te blijven wonen en mee te doen.",
    ),
    (
        "preventieve-zorg",
        "Preventieve zorg",
        "Hulp om problemen te voorkomen.",
    ),
    ("zorg", "Zorg", "Vragen over zorg en uw zorgverzekering."),
    ("jeugdhulp", "Jeugdhulp", "Hulp bij opgroeien en opvoeden."),
    ("onderwijs", "Onderwijs", "Vragen over school en opleiding."),
    ("welzijn", "Welzijn", "Contact met anderen en meedoen in de wijk."),
    ("wonen", "Wonen", "Vragen over uw huis en de huur."),
    ("werk", "Werk", "Werk zoeken en problemen op het werk."),
    ("inkomen", "Inkomen", "Vragen over geld, toeslagen en schulden."),
];

pub(crate) const NEIGHBOURHOODS: [(&str, &str); 6] = [
    ("centrum", "Centrum"),
    ("noord", "Noord"),
    ("oost", "Oost"),
    ("schalkwijk", "Schalkwijk"),
    ("zuid-west", "Zuid-West"),
    ("spaarndam", "Spaarndam"),
];

pub(crate) const LANGUAGES: [&str; 12] = ["en", "tr", "ar", "pl", "ro", "so", "ti", "fa", "es", "pt", "uk", "bg"];
pub(crate) const KINDS: [&str; 5] = [
    "organisation",
    "volunteer-organisation",
    "self-employed",
    "union",
    "interest-group",
];

pub(crate) const TOPICS: [&[&str]; 9] = [
    &[
        "hulp in huis",
        "een rolstoel",
        "vervoer",
        "de Wmo",
        "een keukentafelgesprek",
        "hulpmiddelen",
        "dagbesteding",
        "begeleiding thuis",
        "een maatwerkvoorziening",
        "coördinatie van hulp",
    ],
    &[
        "eenzaamheid",
        "mantelzorg",
        "gezond leven",
        "respijtzorg",
        "overbelasting",
        "valpreventie",
        "een vrijwillige maatje",
        "voorlichting",
        "een steungroep",
        "ideeën voor ontspanning",
    ],
    &[
        "de huisarts",
        "de zorgverzekering",
        "het eigen risico",
        "wijkverpleging",
        "de Wet langdurige zorg",
        "dementie",
        "medicijnen",
        "een ziekenhuisopname",
        "ggz-hulp",
        "cliëntondersteuning bij zorg",
    ],
    &[
        "opvoeden",
        "puberteit",
        "een scheiding",
        "jeugdhulp aanvragen",
        "pleegzorg",
        "ruzie thuis",
        "opgroeien",
        "een gezinscoach",
        "jongerenwerk",
        "zorgen over uw kind",
    ],
    &[
        "passend onderwijs",
        "leerlingenvervoer",
        "thuiszitten",
        "het schooladvies",
        "een opleiding",
        "taallessen",
        "inburgering",
        "studiefinanciering",
        "een gesprek met school",
        "huiswerkbegeleiding",
    ],
    &[
        "activiteiten in de buurt",
        "vrijwilligerswerk",
        "een buurthuis",
        "nieuwe contacten",
        "een praatgroep",
        "sport en bewegen",
        "een café voor ouderen",
        "ontmoeting",
        "digitale vaardigheden",
        "een reünie van buurtgenoten",
    ],
    &[
        "de huur",
        "huurtoeslag",
        "schimmel en vocht",
        "een woning zoeken",
        "woningaanpassing",
        "de verhuurder",
        "servicekosten",
        "urgentie",
        "verhuizen",
        "energiekosten",
    ],
    &[
        "werk zoeken",
        "ontslag",
        "re-integratie",
        "het UWV",
        "een arbeidscontract",
        "ziek zijn op het werk",
        "solliciteren",
        "een cv",
        "de cao",
        "begeleid werken",
    ],
    &[
        "schulden",
        "toeslagen",
        "de bijstand",
        "belastingaangifte",
        "een budgetplan",
        "financiële zorgen",
        "kwijtschelding",
        "brieven van de Belastingdienst",
        "een uitkering",
        "schuldhulpverlening",
    ],
];

pub(crate) const GROUPS: [&str; 12] = [
    "ouderen",
    "jongeren",
    "gezinnen",
    "mantelzorgers",
    "statushouders",
    "mensen met een beperking",
    "alleenstaande ouders",
    "werkzoekenden",
    "huurders",
    "cliënten",
    "nieuwkomers",
    "mensen met weinig geld",
];

pub(crate) const OPENERS: [&str; 8] = [
    "Wij helpen {g} met {t}.",
    "Heeft u vragen over {t}? Wij denken met u mee.",
    "Onze vrijwilligers ondersteunen {g} bij {t}.",
    "U kunt bij ons terecht voor {t} en {t2}.",
    "Samen zoeken we uit wat u nodig heeft rond {t}.",
    "Wij leggen uit hoe {t} werkt, in gewone taal.",
    "Voor {g} die hulp zoeken bij {t}.",
    "Een ervaren ondersteuner gaat met u mee naar gesprekken over {t}.",
];

pub(crate) const CLOSERS: [&str; 8] = [
    "De hulp is gratis en u kiest zelf wat er gebeurt.",
    "Wij werken niet voor de gemeente: wij staan naast u.",
    "U kunt langskomen, bellen of mailen.",
    "Wij spreken ook andere talen; vraag ernaar.",
    "Een eerste gesprek is altijd vrijblijvend.",
    "Wij komen ook bij u thuis als dat beter past.",
    "Na het gesprek maken we samen een plan.",
    "Ook uw familie of buren zijn welkom.",
];

pub(crate) const NAME_STARTS: [&str; 14] = [
    "Stichting",
    "Steunpunt",
    "Vereniging",
    "Buurtteam",
    "Praktijk",
    "Huis",
    "Platform",
    "Werkgroep",
    "Spreekuur",
    "Inloop",
    "Netwerk",
    "Bureau",
    "Collectief",
    "Raad",
];

pub(crate) const SYLLABLES: [&str; 24] = [
    "kor", "vel", "zand", "wijk", "bro", "ek", "lin", "de", "hof", "ster", "mo", "len", "aa", "rij", "ven", "bos",
    "kam", "pe", "ru", "ië", "né", "dal", "o", "meer",
];

/// More spoken languages, for sites that need more than `LANGUAGES` (all ISO 639-1).
pub(crate) const MORE_LANGUAGES: [&str; 19] = [
    "de", "fr", "it", "ru", "zh", "hi", "ur", "pa", "ku", "am", "sw", "vi", "th", "id", "ja", "ko", "he", "el", "hu",
];

/// Sentences for the middle of a text.
pub(crate) const MIDDLES: [&str; 16] = [
    "Veel mensen weten niet dat ze recht hebben op hulp bij {t}.",
    "We nemen de tijd om uw vraag over {t} goed te begrijpen.",
    "Soms is één gesprek genoeg, soms zien we elkaar een paar keer.",
    "Samen met u zetten we de stappen op papier, zodat u weet wat er gaat gebeuren.",
    "Als u het prettig vindt, gaat een ondersteuner mee naar een gesprek over {t}.",
    "We helpen ook als u een brief over {t} niet begrijpt.",
    "U hoeft geen formulieren in te vullen voordat u bij ons komt.",
    "Heeft u al hulp van een ander? Dan stemmen we dat met u af.",
    "Wij kijken niet alleen naar {t}, maar ook naar wat u zelf belangrijk vindt.",
    "Onze ondersteuners hebben zelf ervaring met {t} of hebben daar een opleiding voor gevolgd.",
    "Alles wat u vertelt, blijft tussen u en ons, tenzij u zelf iets anders wilt.",
    "Veel {g} komen bij ons met vragen over {t} en {t2}.",
    "We verwijzen u door als een ander u beter kan helpen, en we blijven dan bereikbaar.",
    "U mag iemand meenemen naar het gesprek, zoals een familielid of een buurvrouw.",
    "Wij werken samen met andere organisaties in de buurt, maar u beslist wat we delen.",
    "Na een paar weken bellen we u om te horen hoe het gaat.",
];

/// Items of the list "Wat wij doen".
pub(crate) const TASKS: [&str; 6] = [
    "Uitleg over {t}",
    "Hulp bij brieven en formulieren over {t}",
    "Meegaan naar een gesprek over {t}",
    "Samen een plan maken voor {t}",
    "Zoeken naar de juiste hulp bij {t}",
    "Een luisterend oor als {t} u zorgen geeft",
];

/// The steps of "Zo werkt het".
pub(crate) const STEPS: [&str; 6] = [
    "U belt, mailt of loopt binnen.",
    "We maken een afspraak voor een eerste gesprek.",
    "In het gesprek vertelt u wat er speelt.",
    "We maken samen een plan met de stappen die u wilt zetten.",
    "Een vaste ondersteuner helpt u tot het geregeld is.",
    "Na afloop vragen we wat u van de hulp vond.",
];
