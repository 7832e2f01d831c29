"""Words that mark page furniture in Dutch newspaper text: credits, bylines, section labels.

Data only, read by ``claimgraph.ingest.layout``. Everything is lower case unless said otherwise;
callers fold case. Adding a language means adding the same names under ``lang/<code>/``.
"""

# A photo credit starts with one of these ("beeld afp / Sergey Shestak", "Foto ANP", "© Reuters").
# "beeld" is the Volkskrant/Trouw/Parool house word, "foto" everyone else's; "still" credits a
# frame taken from footage. A credit word is matched as a whole word, so "beeldvorming" is none.
CREDIT_WORDS = (
    "foto's",
    "fotografie",
    "foto",
    "beeld",
    "beelden",
    "illustratie",
    "afbeelding",
    "still",
    "copyright",
    "©",
)

# Photo and news agencies, as they appear in credits and in datelines like "KIEV (ANP) –".
# A credit's tail is accepted when it is made of these, capitalised names and separators, which
# is what tells "Beeld ap" (a credit) from "Beeld uit de video …" (a caption sentence).
AGENCIES = (
    "anp",
    "afp",
    "ap",
    "reuters",
    "epa",
    "epa-efe",
    "efe",
    "getty",
    "getty images",
    "hollandse hoogte",
    "dpa",
    "belga",
    "tass",
    "ria novosti",
    "sputnik",
    "xinhua",
    "anadolu",
    "nurphoto",
    "shutterstock",
    "alamy",
    "zuma",
    "sopa images",
    "ukrinform",
    "unian",
    "novum",
    "nos",
    "pa",
    "imago",
    "bsr agency",
)

# Lower-case words allowed inside a credit or byline name ("Foto Sander de Vries", "beeld Ton
# van den Berg / ANP"): name particles, plus the joiners of two names.
NAME_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "het",
        "'t",
        "’t",
        "du",
        "da",
        "la",
        "le",
        "von",
        "zu",
        "bin",
        "al",
        "el",
        "en",
        "und",
        "and",
        "images",
        "photo",
        "foto",
        "/",
        "&",
        "-",
        "–",
        "|",
        "voor",
    }
)

# A byline opens with "Door" followed by names ("Door Jan Jansen en Petra de Vries"), or names
# the staff without a name ("Van onze correspondent", "Van een onzer verslaggevers").
BYLINE_WORD = "door"
BYLINE_STAFF_OPENERS = ("van onze", "van een onzer", "door onze", "door een onzer")
BYLINE_STAFF_ROLES = (
    "correspondent",
    "correspondente",
    "correspondenten",
    "verslaggever",
    "verslaggeefster",
    "verslaggevers",
    "redacteur",
    "redacteuren",
    "redactie",
    "buitenlandredactie",
    "medewerker",
    "medewerkers",
    "speciale",
    "eigen",
)
# "Tekst en foto's: Jan Jansen" and "Tekst: Jan Jansen" credit the writer like a byline.
BYLINE_TEXT_OPENERS = ("tekst en foto's", "tekst en beeld", "tekst")

# ALL-CAPS lines naming a newspaper section or genre. An ALL-CAPS line of one or two words that is
# not one of these is taken as a dateline (a place: "BACHMOET", "KYIV – MOSKOU"); upper case here.
SECTION_LABELS = frozenset(
    {
        "ACHTERGROND",
        "ANALYSE",
        "REPORTAGE",
        "INTERVIEW",
        "NIEUWS",
        "BUITENLAND",
        "BINNENLAND",
        "WERELD",
        "POLITIEK",
        "ECONOMIE",
        "OPINIE",
        "COMMENTAAR",
        "COLUMN",
        "COLUMNS",
        "HOOFDREDACTIONEEL",
        "BESCHOUWING",
        "PROFIEL",
        "PORTRET",
        "VERSLAG",
        "EXPLAINER",
        "UITLEG",
        "OORLOG",
        "LIVEBLOG",
        "LIVE",
        "DEBAT",
        "BRIEVEN",
        "INGEZONDEN",
        "ZATERDAG",
        "ZONDAG",
        "WEEKEND",
        "MAGAZINE",
        "SPECIAL",
        "DOSSIER",
        "VERDIEPING",
        "FOCUS",
    }
)

# Short function words: an ALL-CAPS line containing one ("OORLOG IN OEKRAÏNE") is a phrase, so a
# section label, not a place name in a dateline.
FUNCTION_WORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "van",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "door",
        "naar",
        "om",
        "bij",
        "uit",
        "tot",
        "over",
        "tegen",
        "als",
        "dat",
        "die",
        "dan",
        "te",
        "er",
        "na",
        "onder",
        "tussen",
        "zonder",
        "sinds",
        "per",
        "via",
        "hun",
        "haar",
        "zijn",
        "is",
        "wordt",
        "werd",
        "was",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "je",
        "u",
        "ook",
        "nog",
        "al",
        "niet",
        "geen",
        "wel",
        "zo",
        "waar",
        "wie",
        "wat",
        "welke",
        "dit",
        "deze",
    }
)

# Words a headline or sub-heading never ends on, so a line ending on one is a broken sentence
# ("… in de oorlog van"). Prepositions that double as verb particles ("zet door", "valt aan",
# "neemt toe") are left out: headlines end on those all the time.
DANGLING_WORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "van",
        "met",
        "naar",
        "tot",
        "als",
        "dat",
        "die",
        "dan",
        "te",
        "tussen",
        "zonder",
        "sinds",
        "per",
        "via",
        "hun",
        "haar",
        "deze",
        "dit",
        "welke",
        "wiens",
        "wier",
        "zijn",
        "mijn",
        "ons",
        "onze",
        "jullie",
        "uw",
    }
)

# A line-end hyphen before one of these words marks an elided compound part ("land- en
# tuinbouw", "lucht- of zeemacht"): keep the hyphen and put back the space.
HYPHEN_ELISION_WORDS = frozenset({"en", "of", "tot", "noch", "als"})

# Vowel pairs that Dutch reads as one sound. A compound whose parts meet in such a pair keeps its
# hyphen ("zee-egel", "auto-ongeluk", "radio-uitzending"), so a line-end hyphen between them is real.
VOWEL_DIGRAPHS = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"}
)

# Hyphenating at a trema drops it ("Oekra-ine", "ru-ines", "Isra-el", "Azi-e"): after a single
# one of these vowels, a following e/i gets its trema back when the line is rejoined. Not after
# "o" (compounds of foto/video/radio: "radio-interview") and not "i" + "i" ("anti-imperialisme").
TREMA_BEFORE = frozenset("aiu")
TREMA = {"e": "ë", "i": "ï"}
# After "e" only these prefixes take a trema ("ge-evacueerd", "be-invloed"); longer words ending
# in "e" are compounds that keep their hyphen ("elite-eenheden", "marine-eenheden").
TREMA_PREFIXES = frozenset({"be", "ge"})

# Standalone page-number lines: "Pagina 3", "pag. 12", "3 / 12".
PAGE_WORDS = ("pagina", "pag", "blz", "blad", "p")
