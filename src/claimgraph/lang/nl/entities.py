"""Dutch context words for finding and typing names: titles, place and organisation words.

Data only, read by ``claimgraph.extract.entities``. All entries are lower case; callers fold case
(and diacritics where said). A name the knowledge base does not know is typed from these contexts:
a title before it makes a person, a place preposition or place noun a place, an organisation head
inside it or a media/institution noun before it an organisation.
"""

# Role and title nouns that stand before a person's name ("president Zelensky", "de Oekraïense
# minister van Defensie Reznikov") or after it in an apposition ("Frans Osinga, hoogleraar …").
# Also the heads of descriptions that refer back to a named person ("de president").
PERSON_TITLES = frozenset(
    [
        "president", "oud-president", "ex-president", "vicepresident", "vice-president", "premier",
        "oud-premier", "ex-premier", "minister", "oud-minister", "ex-minister", "staatssecretaris",
        "vicepremier", "vice-premier", "minister-president", "kanselier", "bondskanselier", "koning",
        "koningin", "prins", "prinses", "paus", "patriarch", "generaal", "luitenant-generaal",
        "generaal-majoor", "brigadegeneraal", "oud-generaal", "kolonel", "luitenant-kolonel", "majoor",
        "kapitein", "luitenant", "sergeant", "korporaal", "soldaat", "commandant", "bevelhebber",
        "opperbevelhebber", "legerleider", "legerchef", "chef-staf", "stafchef", "admiraal",
        "vice-admiraal", "woordvoerder", "woordvoerster", "legerwoordvoerder", "kremlinwoordvoerder",
        "defensiewoordvoerder", "analist", "militair-analist", "defensieanalist", "hoogleraar", "professor",
        "onderzoeker", "historicus", "expert", "deskundige", "defensiedeskundige", "defensie-expert",
        "adviseur", "veiligheidsadviseur", "burgemeester", "gouverneur", "gouverneur-generaal",
        "ambassadeur", "gezant", "diplomaat", "senator", "parlementariër", "kamerlid", "politicus",
        "oppositieleider", "leider", "separatistenleider", "voorzitter", "secretaris-generaal", "directeur",
        "topman", "topvrouw", "baas", "chef", "oprichter", "journalist", "correspondent", "verslaggever",
        "fotograaf", "blogger", "militair-blogger", "wagnerbaas", "wagner-baas", "wagnerleider",
        "wagner-leider", "wagnerchef", "wagner-chef", "huurlingenbaas", "navo-chef", "vn-chef", "iaea-chef",
        "heer", "mevrouw", "meneer", "dhr", "mevr", "aanklager", "hoofdaanklager", "procureur-generaal",
        "officier", "rechter", "ombudsman", "ombudsvrouw",
    ]
)

# A word ending in one of these is a role too ("legerwoordvoerder", "Kremlinwoordvoerder",
# "defensieminister", "separatistenleider").
PERSON_TITLE_SUFFIXES = ("woordvoerder", "woordvoerster", "minister", "leider", "baas", "chef",
                         "commandant", "generaal", "analist", "kundige", "expert", "adviseur", "aanklager",
                         "voorzitter", "directeur", "onderzoeker", "hoogleraar")

# Portfolio names that follow "minister(ie) van": capitalised, but part of the title, not a name.
PORTFOLIOS = frozenset(
    [
        "defensie", "buitenlandse", "binnenlandse", "zaken", "justitie", "financiën", "financien",
        "economische", "volksgezondheid", "energie", "onderwijs", "noodsituaties", "landbouw",
        "infrastructuur", "veiligheid", "milieu", "klimaat", "asiel", "migratie", "economie", "cultuur",
        "sport", "wetenschap", "handel", "ontwikkelingssamenwerking", "sociale", "werkgelegenheid",
        "waterstaat", "welzijn", "koninkrijksrelaties", "natuur", "voedselkwaliteit", "visserij",
        "veteranenzaken", "industrie",
    ]
)
# Lower-case heads that make an organisation with "van" + portfolio ("ministerie van Defensie").
MINISTRY_HEADS = frozenset({"ministerie", "departement"})
# "minister van Defensie" is a title: its portfolio is skipped and the name after it is a person.
MINISTER_HEADS = frozenset({"minister", "oud-minister", "ex-minister", "staatssecretaris"})

# Prepositions after which a bare capitalised name is most often a place.
PLACE_PREPOSITIONS = frozenset(
    [
        "in", "bij", "rond", "rondom", "naar", "uit", "vanuit", "nabij", "richting", "via", "langs",
        "tegenover", "voorbij", "achter",
    ]
)
# Nouns before a name that make it a place ("de stad Charkov", "het dorp Bilohorivka").
PLACE_NOUNS = frozenset(
    [
        "stad", "stadje", "dorp", "dorpje", "plaats", "plaatsje", "havenstad", "hoofdstad", "frontstad",
        "mijnstad", "industriestad", "badplaats", "gemeente", "regio", "provincie", "oblast", "district",
        "gebied", "rivier", "eiland", "schiereiland", "wijk", "stadswijk", "buitenwijk", "woonwijk",
        "stadsdeel", "nederzetting", "gehucht", "kern", "landtong", "kust", "berg", "heuvel", "meer",
        "haven", "vliegbasis", "luchthaven", "vliegveld", "kazerne", "fabriek", "mijn", "kerncentrale",
        "dorpen", "steden", "plaatsen", "wijken", "stadjes", "dorpjes", "gemeenten",
    ]
)
# Heads of streets, squares and buildings, both after a hyphen ("de Azovstal-fabriek") and as the
# end of one compound name ("Jablonskastraat"). Folded.
STREET_AND_BUILDING_HEADS = frozenset({"straat", "plein", "laan", "weg", "kade", "brug", "fabriek", "haven",
                                       "kathedraal", "klooster", "kerk"})
# Common nouns of streets, squares and facilities that a name is hyphen-joined to: the whole
# compound names a place ("de Profsojoeznaja-straat", "de Azovstal-fabriek"). Folded.
PLACE_COMPOUND_HEADS = STREET_AND_BUILDING_HEADS | frozenset(
    {"boulevard", "prospekt", "centrale", "kerncentrale", "luchthaven", "vliegveld", "vliegbasis", "landtong",
     "schiereiland", "eiland", "baai", "meer", "kanaal", "gebergte", "vallei"}
)
# Quantifiers and cardinals: a capitalised word after one is a common noun ("veel Moskovieten",
# "duizenden Kievenaren"), since a name takes no quantifier. Folded.
QUANTIFIERS = frozenset(
    [
        "veel", "vele", "alle", "sommige", "enkele", "meeste", "weinig", "weinige", "talloze", "honderden",
        "duizenden", "tienduizenden", "honderdduizenden", "miljoenen", "tientallen", "twee", "drie", "vier",
        "vijf", "zes", "zeven", "acht", "negen", "tien",
    ]
)
# Heads of compound place nouns ("grensdorp", "kustplaats", "mijnstadje"): before a name they
# make it a place, as the simple nouns do.
PLACE_NOUN_HEADS = ("dorp", "dorpje", "stad", "stadje", "plaats", "plaatsje", "eiland")
# Capitalised geographic heads that open a place name: "Straat van Kertsj", "Golf van Finland".
GEO_HEADS = frozenset({"straat", "zee", "golf", "baai", "kaap", "meer", "kanaal", "schiereiland"})
# Words that with a place name denote its administrative region: "regio Cherson",
# "provincie Zaporizja", "Donetsk-regio", "oblast Charkiv".
REGION_HEADS = frozenset({"regio", "provincie", "oblast", "district", "regios", "provincies", "oblasten",
                          "districten"})
# First words of event names before "om"/"bij"/"van" ("de Slag om Bachmoet", "het Beleg van
# Marioepol"): capitalised, but not entities; the place after them is.
EVENT_FIRST = frozenset({"slag", "beleg", "veldslag"})
# Words that with a place name denote the city itself, not its region: "de stad Charkov".
CITY_HEADS = frozenset({"stad", "stadje", "havenstad", "hoofdstad", "frontstad"})
# Words that with a place name denote a river: "de rivier de Dnjepr", "Dnjepr-rivier".
RIVER_HEADS = frozenset({"rivier"})

# Nouns before a name that make it an organisation ("de denktank HCSS", "persbureau Reuters").
ORG_NOUNS = frozenset(
    [
        "denktank", "instituut", "persbureau", "nieuwsbureau", "nieuwssite", "krant", "dagblad", "zender",
        "omroep", "tv-zender", "website", "nieuwsdienst", "partij", "bedrijf", "concern", "fabrikant",
        "organisatie", "ngo", "beweging", "militie", "huurlingenleger", "huurlingengroep", "eenheid",
        "bataljon", "brigade", "regiment", "netwerk", "universiteit", "stichting", "actiegroep",
        "hulporganisatie", "vereniging",
    ]
)
# Capitalised words that make the name they are part of an organisation.
ORG_HEADS = frozenset(
    [
        "institute", "institut", "instituut", "center", "centre", "centrum", "times", "post", "journal",
        "news", "nieuws", "agency", "group", "groep", "council", "raad", "ministry", "ministerie",
        "university", "universiteit", "bank", "fund", "fonds", "foundation", "stichting", "partij", "party",
        "brigade", "bataljon", "regiment", "corps", "korps", "leger", "army", "forces", "guard", "garde",
        "service", "dienst", "committee", "comité", "commissie", "organisation", "organization",
        "organisatie", "association", "vereniging", "union", "unie", "office", "bureau", "network",
        "netwerk", "media", "radio", "tv", "televisie", "krant", "gazette", "gazeta", "pravda", "channel",
        "company", "corporation", "inc", "ltd", "academy", "academie", "court", "hof", "tribunaal",
        "parliament", "parlement", "assembly", "vergadering", "congres", "senaat", "senate", "telegraph",
        "herald", "tribune", "express", "review", "daily", "weekly", "independent",
    ]
)
# Capitalised head nouns of institution names, Dutch and English, for the name grammar
# "[Adjective…] Head [Place] [voor/van (de) Capitalised…]": "Haags Centrum voor Strategische
# Studies", "Universiteit Utrecht", "Vliegbasis Leeuwarden", "European F-16 Training Centre".
INSTITUTION_HEADS = ORG_HEADS | frozenset(
    [
        "vliegbasis", "luchtmachtbasis", "marinebasis", "basis", "base", "hogeschool", "school",
        "college", "rechtbank", "tribunal", "agentschap", "missie", "mission", "directoraat", "directorate",
        "administratie", "administration", "departement", "department", "staf", "hoofdkwartier", "kamer",
        "vloot", "fleet", "luchtmacht", "marine", "krijgsmacht", "strijdkrachten", "politie", "inspectie",
        "autoriteit", "authority", "programma", "programme", "alliantie", "alliance", "coalitie",
        "coalition", "strafhof", "gerechtshof", "ministerie", "commando", "command", "academie",
        "federatie", "federation", "gemeenschap", "community", "conferentie", "conference", "kabinet",
        "regering", "tribunaal", "hof", "court", "observatorium", "observatory", "laboratorium", "lab",
        "museum", "bibliotheek", "archief", "synode", "omroep", "broadcasting", "centre",
    ]
)
# Function words inside institution names between the head and its complement: "Centrum voor
# Strategische Studies", "Comité van het Rode Kruis", "Institut für Weltwirtschaft". Folded.
INSTITUTION_LINKS = frozenset({"voor", "van", "tegen", "inzake", "for", "of", "on", "against", "fur", "des",
                               "der"})
INSTITUTION_ARTICLES = frozenset({"de", "het", "der", "the", "des", "la", "le", "l"})
# Conjunctions joining capitalised words inside a name ("Justitie en Veiligheid", "Research and
# Development").
NAME_CONJUNCTIONS = frozenset({"en", "and", "und", "&"})
# Endings of compound organisation words ("Antiterrorismecomité", "Veiligheidsdienst",
# "Defensieministerie"): a name containing one is an organisation. Folded.
ORG_HEAD_SUFFIXES = ("comite", "dienst", "ministerie", "commissie", "raad", "bureau", "instituut",
                     "agentschap", "partij", "garde", "strafhof", "gerechtshof", "tribunaal", "missie",
                     "academie", "universiteit")
# Lower-case heads of compounds on a known name that denote another organisation than the name
# ("Joegoslavië-tribunaal", "VN-waarnemingsmissie"): the whole compound is the entity. Folded.
ORG_COMPOUND_HEADS = ("tribunaal", "strafhof", "missie", "commissie", "comite", "raad", "ministerie",
                      "agentschap", "instituut", "universiteit", "academie", "fonds")
# Heads of event names ("Tweede Wereldoorlog", "Koude Oorlog"): capitalised, but not entities here.
EVENT_HEADS = ("oorlog",)
# Military unit nouns: an ordinal before one names a unit ("49ste leger", "93e brigade").
UNIT_NOUNS = frozenset(
    [
        "leger", "legers", "brigade", "brigades", "divisie", "divisies", "bataljon", "regiment", "korps",
        "luchtlandingsbrigade", "gemechaniseerde-brigade", "artilleriebrigade",
    ]
)
# Compounds on a unit noun ("luchtlandingsdivisie", "pantserbrigade", "stormbataljon") after an
# ordinal name a unit too. Folded.
UNIT_NOUN_HEADS = ("divisie", "brigade", "bataljon", "regiment", "korps", "leger")
# Adjectives allowed between an ordinal and a unit noun ("93e gemechaniseerde brigade").
UNIT_ADJECTIVES = frozenset(
    [
        "gemechaniseerde", "motoriseerde", "gemotoriseerde", "luchtmobiele", "luchtlandings-", "aparte",
        "afzonderlijke", "russische", "oekraïense", "oekraiense",
    ]
)

# Connectors inside a name: Dutch/German/Arabic particles ("Ton van den Berg", "Ursula von der
# Leyen", "Abu Bakr al Baghdadi") and the English function words of organisation names
# ("Institute for the Study of War"). Only joined when a capitalised word follows.
NAME_PARTICLES = frozenset({"van", "der", "den", "de", "ter", "ten", "von", "zu", "al", "el", "bin",
                            "ibn", "da", "du", "di", "dos", "la", "le"})
ENGLISH_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "fur", "und"})

# Nationality adjectives (and inhabitant nouns): capitalised in Dutch, never names. Mapped to the
# country code the knowledge base uses, so "de Oekraïense president" can be resolved.
NATIONALITY: dict[str, str] = {
    "oekraiense": "UA", "oekraiens": "UA", "russische": "RU", "russisch": "RU",
    "amerikaanse": "US", "amerikaans": "US", "britse": "GB", "brits": "GB", "engelse": "GB",
    "nederlandse": "NL", "nederlands": "NL", "duitse": "DE", "duits": "DE", "franse": "FR",
    "frans": "FR", "poolse": "PL", "pools": "PL", "wit-russische": "BY", "belarussische": "BY",
    "turkse": "TR", "turks": "TR", "chinese": "CN", "chinees": "CN", "iraanse": "IR", "iraans": "IR",
    "tsjetsjeense": "RU", "tsjetsjeens": "RU", "belgische": "BE", "belgisch": "BE",
    "europese": "EU", "europees": "EU", "westerse": "", "westers": "", "sovjet": "SU",
    "litouwse": "LT", "letse": "LV", "estse": "EE", "estische": "EE", "finse": "FI", "zweedse": "SE",
    "noorse": "NO", "deense": "DK", "hongaarse": "HU", "roemeense": "RO", "moldavische": "MD",
    "georgische": "GE", "italiaanse": "IT", "spaanse": "ES", "canadese": "CA", "japanse": "JP",
    "noord-koreaanse": "KP", "israëlische": "IL", "israelische": "IL", "syrische": "SY",
    "kazachse": "KZ", "indiase": "IN", "krim-": "UA",
}
# Inhabitant nouns and other capitalised common words that are not names.
NOT_NAMES = frozenset(
    [
        "oekrainers", "oekrainer", "russen", "rus", "amerikanen", "amerikaan", "britten", "brit",
        "nederlanders", "nederlander", "duitsers", "duitser", "fransen", "fransman", "europeanen",
        "westerlingen", "tsjetsjenen", "wit-russen", "volksrepubliek", "volksrepublieken", "republiek",
        "republieken", "oblast", "god", "allah",
        # Compass points as blocs or regions ("het Westen"), not a named place.
        "westen", "oosten", "noorden", "zuiden", "kerst", "kerstmis", "pasen", "nieuwjaar", "ramadan",
    ]
)
# Capitalised adjectives end like this ("Russische", "Oekraïense", "Amerikaanse", "Slavische");
# used when the sentence has no tags. Folded, no diacritics.
ADJECTIVE_SUFFIXES = ("ische", "isch", "aanse", "aans", "iense", "ense", "eense", "se", "sche")

# Determiners before a description ("de president", "deze Wagnerbaas").
DESCRIPTION_DETERMINERS = frozenset({"de", "het", "deze", "die", "dit", "diens"})

# Words that open a photo credit; the names after them are photographers and agencies.
CREDIT_WORDS = frozenset({"beeld", "foto", "foto's", "fotografie", "illustratie", "still", "video",
                          "copyright", "©", "bron"})

# Words that never start a name even capitalised at the start of a sentence or after a quote:
# function words, adverbs and pronouns. A sentence-initial word is a name only when tagged as one,
# known to the knowledge base, or seen capitalised mid-sentence elsewhere in the document.
NEVER_NAMES = frozenset(
    [
        "de", "het", "een", "en", "of", "maar", "want", "dus", "van", "in", "op", "aan", "met", "voor",
        "door", "naar", "om", "bij", "uit", "tot", "over", "tegen", "als", "dat", "die", "dan", "te", "er",
        "na", "onder", "tussen", "zonder", "sinds", "per", "via", "hun", "haar", "zijn", "is", "wordt",
        "werd", "was", "hij", "zij", "ze", "we", "wij", "je", "u", "ik", "ook", "nog", "al", "niet", "geen",
        "wel", "zo", "waar", "wie", "wat", "welke", "dit", "deze", "volgens", "aldus", "toen", "nu", "pas",
        "eerder", "later", "daarna", "daarom", "bovendien", "intussen", "inmiddels", "tegelijkertijd",
        "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    ]
)

# Endings of Slavic place names ("Bilohorivka", "Krasnoritsjenske", "Vovtsjansk", "Melitopol"): an
# unknown single name ending so is typed as a place when its context says nothing. Folded.
PLACE_SUFFIXES = ("ivka", "ovka", "yvka", "jivka", "iivka", "ivske", "enske", "inske", "ynske", "ske",
                  "ansk", "jansk", "insk", "ynsk", "ovsk", "evsk", "sk", "pol", "opol", "grad", "gorod",
                  "horod", "ove", "ovo", "ino", "ne")

# Heads of compound names of streets, squares, buildings and works ("Sint-Andreaskerk",
# "Jablonskastraat", "Vrijheidsplein", "Antonivskybrug"): such a name is a place, never a person.
FACILITY_HEADS = tuple(sorted(STREET_AND_BUILDING_HEADS | {
    "moskee", "synagoge", "gracht", "station", "ziekenhuis", "park", "markt", "dijk", "dam", "kazerne",
    "gevangenis", "stadion", "theater", "school", "paleis", "toren",
}))
