"""Dutch words that say what a number counts and what happened to it.

Data for :mod:`claimgraph.extract.quantities`. A number is a claim about the war only when its
head noun (or, for a bare number, the noun it stands in for) says what is counted: soldiers,
dead, tanks, square kilometres, days. The clause's verbs and nouns then choose the category
(*gedood* → killed, *gewond* → wounded, *gemobiliseerd* → personnel). Nouns are matched on the
whole word or, for compounds, on their last part (*aanvalsbrigades* → *brigades*), longest first.
"""

from __future__ import annotations

# Noun classes. The class decides how the clause's cues choose a category:
#   person   — combatants; the verbs decide (killed, wounded, casualties, prisoners), default
#              personnel
#   people   — people in general; like person, but the default is civilians and the subject
#              civilians unless a party word is in the noun phrase
#   fixed    — the noun says its category itself (doden → killed, gewonden → wounded)
#   captive  — convicts and captives: prisoners, unless recruited or deployed (→ personnel)
#   munition — fired: attacks; delivered, shot down or destroyed: equipment
#   place    — villages, towns: territory, but only with a capture verb in the clause
#   percent  — a share: territory with a territory cue, else what it is a share of, else ratio
#   times    — "tot dertig keer hoger": a ratio before a comparative; "vijftien keer aangevallen":
#              a count of attacks with a strike verb in the clause
#   generic  — "toestellen", "exemplaren": a noun that counts whatever was counted before it
#              (the drones of the previous sentence) and takes that noun's class and category
_NOUNS: list[tuple[tuple[str, ...], str, str, str | None]] = [
    # (forms, unit, class, category for fixed classes)
    (("militair", "militairen", "soldaat", "soldaten", "troepen", "man", "strijders", "strijder",
      "manschappen", "rekruten", "reservisten", "reservist", "huurlingen", "huurling",
      "infanteristen", "dienstplichtigen", "vrijwilligers", "commando's", "mariniers",
      "parachutisten", "piloten", "officieren", "generaals", "strijdkrachten", "troepenmacht",
      "manschap", "gemobiliseerde", "verdedigers", "aanvallers", "jongens", "mannen", "russen",
      "oekraïners", "oekrainers", "rekruut", "militieleden", "paramilitairen", "partizanen",
      "sluipschutters", "scherpschutters", "artilleristen", "bemanningsleden", "bemanningen",
      "matrozen", "zeelieden", "grenswachten", "grenswachters", "gardisten", "combattanten",
      "legerleden", "veteranen", "mobilisanten", "instructeurs", "cadetten", "vechters",
      "tsjetsjenen", "separatisten", "dienstplichtige",
      # Aircrew, seamen, gunners and other combat roles ("dertien vliegeniers").
      "vliegeniers", "vliegenier", "vliegers", "piloot", "bemanningslid", "boordschutters",
      "schutters", "kanonniers", "genisten", "verkenners", "tankbemanningen", "zeelui",
      "mariniers", "commandanten", "stafleden", "drone-operators", "dronepiloten", "operators",
      "manschappen", "huursoldaten", "gevechtsleden", "sergeanten", "luitenants", "kolonels"),
     "persons", "person", None),
    # Convicts and captives: prisoners, unless the clause says they were recruited or deployed.
    (("gevangenen", "gevangene", "gedetineerden", "veroordeelden", "gedetineerde",
      "veroordeelde", "criminelen"), "persons", "captive", None),
    (("mensen", "personen", "burgers", "burger", "inwoners", "bewoners", "kinderen", "vrouwen",
      "kind", "persoon", "ouderen", "bejaarden", "minderjarigen", "baby's", "tieners",
      "jongeren", "passagiers", "patiënten", "hulpverleners", "journalisten", "reddingswerkers",
      "gezinnen", "omwonenden", "voorbijgangers",
      # Working and civic life: staff, trades, crowds — civilians unless a side is named.
      "medewerkers", "medewerker", "werknemers", "werknemer", "personeelsleden", "arbeiders",
      "artsen", "verpleegkundigen", "verplegers", "medici", "agenten", "politieagenten",
      "brandweerlieden", "brandweermannen", "leraren", "docenten", "studenten", "scholieren",
      "leerlingen", "demonstranten", "betogers", "activisten", "boeren", "vissers", "mijnwerkers",
      "ambtenaren", "bezoekers", "reizigers", "inzittenden", "automobilisten", "chauffeurs",
      "gelovigen", "kerkgangers", "klanten", "zuigelingen", "pasgeborenen",
      "gepensioneerden", "dorpelingen", "familieleden", "gezinsleden",
      "hulpverlener", "medewerkster", "medewerksters", "journalist", "fotografen",
      # Singulars that take an age ("een meisje van negen") or a count ("één vrouw").
      "meisje", "vrouw", "baby", "tiener", "jongetje", "meisjes", "bejaarde"),
     "persons", "people", None),
    (("dode", "doden", "gesneuvelden", "gesneuvelde", "omgekomenen", "burgerdoden",
      "doodsslachtoffers", "dodelijke slachtoffers", "overledenen", "sterfgevallen", "lijken",
      "lichamen", "stoffelijke overschotten"), "persons", "fixed", "killed"),
    (("gewonde", "gewonden", "zwaargewonden", "lichtgewonden", "gewondes"),
     "persons", "fixed", "wounded"),
    (("slachtoffers", "slachtoffer", "vermisten", "verliezen", "vermiste"),
     "persons", "fixed", "casualties"),
    (("burgerslachtoffers", "burgerslachtoffer"), "persons", "fixed", "civilians"),
    (("gemobiliseerden", "opgeroepenen", "dienstplichtigen"), "persons", "fixed", "personnel"),
    (("krijgsgevangenen", "krijgsgevangene", "gijzelaars", "gegijzelden", "gevangengenomenen"),
     "persons", "fixed", "prisoners"),
    (("vluchtelingen", "vluchteling", "ontheemden", "ontheemde", "evacués", "geëvacueerden",
      "asielzoekers"), "persons", "fixed", "refugees"),
    (("brigade", "brigades", "bataljon", "bataljons", "divisie", "divisies", "regiment",
      "regimenten", "compagnie", "compagnieën", "legerkorpsen", "eenheden", "pelotons",
      "pelotonnen", "korpsen", "bataljonsgroepen", "btg's", "formaties", "squadrons", "eskaders",
      "escadrilles", "gevechtsgroepen",
      # Adjective + noun unit names: "bataljonstactische groepen", "tactische groepen".
      "bataljonstactische groepen", "tactische groepen", "gevechtseenheden", "aanvalsgroepen",
      "stormgroepen", "legergroepen", "brigadegroepen"), "units", "fixed", "units"),
    (("tank", "tanks", "pantservoertuigen", "pantservoertuig", "voertuigen", "vliegtuig",
      "vliegtuigen", "helikopter", "helikopters", "systeem", "systemen", "lanceerinstallaties",
      "lanceerinstallatie", "houwitser", "houwitsers", "kanon", "kanonnen", "artilleriestukken",
      "schip", "schepen", "depot", "depots", "wapens", "wapen", "himars", "luchtafweersystemen",
      "radars", "radar", "stuks", "patriots", "leopards", "bommenwerpers", "jachtvliegtuigen",
      "vliegtuigjes", "pantserwagens", "rupsvoertuigen", "mortieren", "munitie", "straaljagers",
      "straaljager", "fregatten", "fregat", "korvetten", "onderzeeërs", "onderzeeboten",
      "patrouilleboten", "boten", "vaartuigen", "kruiser", "kruisers", "raketwerpers",
      "granaatwerpers", "geschut", "geschutstukken", "vrachtwagens", "legervrachtwagens",
      "mijnen", "landmijnen", "geweren", "machinegeweren", "f-16's", "f-16", "f16's", "mig's",
      "abrams", "bradleys", "marders", "challengers", "gepards", "leopard-tanks", "caesars",
      "javelins", "stingers", "nlaws", "bayraktars", "luchtafweerbatterijen", "batterijen",
      "installaties", "gevechtsvliegtuigen", "transportvliegtuigen",
      # Installations and materiel hit or destroyed: posts, stores, carriers.
      "commandoposten", "commandopost", "hoofdkwartieren", "opslagplaatsen", "munitiedepots",
      "brandstofdepots", "radarstations", "radarinstallaties", "lanceerplatforms", "treinen",
      "wagons", "locomotieven", "tankwagens", "landingsvaartuigen", "vliegdekschepen",
      "onderzeeër", "korvet", "helikopters", "afweergeschut", "luchtafweer"),
     "equipment", "fixed", "equipment"),
    (("raket", "raketten", "kruisraketten", "kruisraket", "granaat", "granaten", "drone", "drones",
      "projectielen", "projectiel", "bommen", "bom", "kamikazedrones", "shaheds", "kalibrs",
      "iskanders", "kinzjals", "atacms", "kogels", "patronen", "glijbommen", "clustermunitie",
      "marinedrones", "torpedo's", "torpedo", "zeedrones", "aanvalsdrones", "lancets",
      "mortiergranaten", "artilleriegranaten", "luchtdoelraketten",
      "kruisvluchtwapens"), "missiles", "munition", None),
    # Generic counters that stand for the noun counted before them.
    (("toestellen", "toestel", "exemplaren", "exemplaar"), "items", "generic", None),
    (("aanval", "aanvallen", "golven", "golf", "raketaanvallen", "raketaanval", "luchtaanvallen",
      "luchtaanval", "beschietingen", "beschieting", "bombardementen", "bombardement", "doelen",
      "doelwitten", "inslagen", "inslag", "aanvalsgolven", "stormaanvallen", "droneaanvallen",
      "salvo's", "salvo", "explosies", "aanslagen", "aanslag", "schendingen", "treffers",
      "offensieven", "gevechten", "vuurgevechten", "schermutselingen", "sabotageacties",
      "raids"), "attacks", "fixed", "attacks"),
    (("dorp", "dorpen", "plaatsen", "nederzettingen", "steden", "gemeenten", "dorpjes",
      "gehuchten", "plaatsjes", "woonkernen", "regio's", "oblasten", "provincies", "districten",
      "stellingen", "posities", "bruggenhoofden"), "places", "place", None),
    (("km2", "km²", "vierkante kilometer", "vierkante kilometers", "vierkante mijl", "hectare",
      "hectares", "vierkante km"), "km2", "fixed", "territory"),
    (("dag", "dagen", "etmaal", "etmalen"), "days", "fixed", "duration"),
    (("week", "weken",), "weeks", "fixed", "duration"),
    (("maand", "maanden"), "months", "fixed", "duration"),
    (("jaar", "jaren", "halfjaar", "decennia", "decennium"), "years", "fixed", "duration"),
    (("uur",), "hours", "fixed", "duration"),
    (("procent", "%", "percent", "procentpunt"), "percent", "percent", None),
    (("euro", "eurocent"), "EUR", "fixed", "money"),
    (("dollar", "dollars"), "USD", "fixed", "money"),
    (("pond",), "GBP", "fixed", "money"),
    (("roebel", "roebels"), "RUB", "fixed", "money"),
    (("hryvnia", "grivna", "hrivna", "hryvnja", "grivnja"), "UAH", "fixed", "money"),
    (("keer", "maal"), "ratio", "times", None),
]
HEAD_NOUNS: dict[str, tuple[str, str, str | None]] = {
    form: (unit, cls, cat) for forms, unit, cls, cat in _NOUNS for form in forms
}
# Shortest last part of a compound that may carry the head (*Wagnertroepen* → *troepen*); shorter
# entries (man, dag, bom) are only matched as whole words.
MIN_COMPOUND_HEAD = 4
# Words in the lexicon that may only be a whole word, never the end of a compound: *Oekraïne* ends
# in *raïne*, *hetzelfde jaar*; *Duitsland* must not end in *land*. Listed: the short and common
# tails that end many unrelated words.
NO_COMPOUND: frozenset[str] = frozenset({
    "man", "dag", "bom", "golf", "kind", "week", "uur", "jaar", "maal", "keer", "pond", "euro",
    "wapen", "doden", "dode", "radar", "munitie", "mannen", "kanon", "schip", "tank",
})
# Currency signs written before the number.
CURRENCY_SIGNS: dict[str, tuple[str, str]] = {"€": ("EUR", "money"), "$": ("USD", "money")}
# Units that make a number a distance, a weight or a time of day: never a claim about the war.
NOT_CLAIM_UNITS: frozenset[str] = frozenset({
    "kilometer", "kilometers", "km", "meter", "meters", "mijl", "mijlen", "centimeter",
    "millimeter", "mm", "kilo", "kilogram", "ton", "graden", "jarige", "jarigen", "jarig",
})
# A number followed by one of these words is a date (25 februari) or clock time (14.00 uur).
DATE_WORDS_AFTER: frozenset[str] = frozenset({"uur"})
# Words before a number that make it a date, a time, an ordinal, a page or a model name.
NOT_CLAIM_BEFORE: frozenset[str] = frozenset({
    "pagina", "blz", "blz.", "p.", "nummer", "nr", "nr.", "half", "artikel", "resolutie",
    "kwart", "sinds", "anno", "jaargang", "editie", "versie", "type",
    # Labels: a number after a noun names one of a series ("reactor 6", "blok 4", "fase 2").
    "reactor", "blok", "reactorblok", "fase", "ronde", "sector", "hal", "poort", "perron",
    "lijn", "kamer", "zaal", "hoofdstuk", "paragraaf", "niveau", "categorie", "code",
    "kanaal", "route", "terminal", "pier", "kade", "unit", "eenheid",
})
# Time nouns that count as duration only with a bound or a running-time cue: "ruim een jaar"
# but not "een jaar later".
TIME_AFTER_NOT_DURATION: frozenset[str] = frozenset({
    "later", "eerder", "geleden", "daarna", "daarvoor", "terug", "oud", "oude", "jong", "jonge",
    "ervoor", "erna", "tijd",
    # "Twee jaar na de ontdekking", "drie dagen nadat …": the span places an event in time.
    "na", "nadat", "voordat",
})
# After "voor", a phrase that names the later event ("drie maanden voor de invasie") makes the
# time noun a point in time; without one ("vijf jaar voor spionage") it may be a term.
TIME_BEFORE_EVENT_DETERMINERS: frozenset[str] = frozenset({
    "de", "het", "een", "zijn", "haar", "hun", "deze", "die", "dit", "dat",
})

# Clause cues → category, matched against a token's lower-case form, its lemma, and as a prefix
# of the form (participles and inflections share a stem). Stems are chosen not to begin
# unrelated words.
KILLED_CUES: tuple[str, ...] = (
    "gedood", "doden", "doodde", "doodden", "omgekomen", "omkomen", "kwamen om", "kwam om",
    "sneuvel", "gesneuveld", "vermoord", "doodgeschoten", "omgebracht", "geëxecuteerd",
    "executeerd", "dodental", "dodentol", "leven gekomen", "leven verloren", "kwamen om",
    "kwam om", "komen om", "komt om",
    "gedode", "gesneuvelden", "doodt", "dodelijk",
    # "om het leven komen", "het leven laten/verliezen", "het leven kosten": the idioms of dying,
    # with the particle phrase apart from the verb ("kwamen … om het leven", "zijn … gekomen").
    "om het leven", "het leven gelaten", "lieten het leven", "liet het leven", "laten het leven",
    "het leven gekost", "kostte het leven", "kostten het leven", "het leven kostte",
    "het leven kosten", "overleden", "overleed", "overlijden", "stierf", "stierven", "gestorven",
    "sterven", "sterft", "bezweken", "bezweek", "gefusilleerd", "geliquideerd", "liquideer",
    "afgeslacht", "uitgemoord", "doodgeslagen", "verdronken", "gedode", "omgekomenen",
    "gedood",
)
# The object "het leven" with its verb apart ("kostte aan vijftig soldaten het leven", "lieten
# daar het leven"): a death when one of these verbs (forms or lemmas) is in the clause; "redde
# twintig mensen het leven" is not.
LIFE_OBJECT: tuple[str, ...] = ("het leven$",)
LIFE_LOST_VERBS: tuple[str, ...] = (
    "kosten$", "kost$", "kostte$", "kostten$", "gekost$", "laten$", "liet$", "lieten$", "gelaten$",
    "verliezen$", "verloor$", "verloren$",
)
WOUNDED_CUES: tuple[str, ...] = (
    "gewond", "verwond", "zwaargewond", "lichtgewond", "letsel", "gehospitaliseerd",
    "verminkt", "brandwonden",
)
CASUALTY_CUES: tuple[str, ...] = (
    "verloren", "verlies", "verliezen", "verloor", "slachtoffer", "opgeofferd", "offerden",
    "offerde", "opofferen", "uitgeschakeld", "buiten gevecht", "geofferd", "verliest",
    "uitschakel", "schakelde uit", "schakelden uit", "vermist", "kwijtra", "kwijtgeraakt",
)
PERSONNEL_CUES: tuple[str, ...] = (
    "gemobiliseerd", "mobilise", "mobilisatie", "ingezet", "inzetten", "zet in", "zetten in",
    "gestationeerd", "gelegerd", "opgeroepen", "samengetrokken", "gerekruteerd", "rekruteer",
    "geworven", "getraind", "opgesteld", "legermacht", "troepenmacht", "versterking",
    "invasiemacht", "wierp", "stuurde", "stuurt", "gestuurd", "sturen", "legeropbouw",
    "ingelijfd", "inlijf", "geronseld", "ronsel", "werven", "opgeleid", "opleid", "verplaatst",
    "overgebracht", "samentrek", "troepenopbouw", "onder de wapenen", "in dienst",
)
# Personnel cues that also fit people who are no soldiers: calling up, recruiting and training
# make anyone personnel ("300.000 mensen gemobiliseerd"); moving and sending do not ("19.500
# kinderen naar Rusland overgebracht" are deported civilians).
CONSCRIPTION_CUES: tuple[str, ...] = (
    "gemobiliseerd", "mobilise", "mobilisatie", "opgeroepen", "gerekruteerd", "rekruteer",
    "geworven", "werven", "ingelijfd", "inlijf", "geronseld", "ronsel", "onder de wapenen",
    "in dienst", "getraind", "opgeleid", "opleid", "dienstplicht",
)
PRISONER_CUES: tuple[str, ...] = (
    "gevangengenomen", "gevangen genomen", "krijgsgevangen", "uitgewisseld", "gevangenenruil",
    "overgegeven", "gaven zich over", "geven zich over", "gevangen$", "gevangen gehouden",
    "gevangengezet", "gevangen gezet", "gevangenhouding",
    # Held, exchanged and released captives: "zitten vast in kampen", "kwamen vrij in ruil voor".
    "vastgehouden", "vastzitten", "vastzit", "zitten vast", "zit vast", "vastgezet",
    "gevangenschap", "gegijzeld", "ruil", "uitwisseling", "uitwissel", "vrijgelaten", "vrijlating",
    "vrijgekomen", "vrijgekregen", "kwamen vrij", "kwam vrij", "komen vrij", "vrijgeruild",
    "teruggekeerd uit", "handen gevallen", "in handen van", "zich overgeven", "overgave",
    "gearresteerd", "opgepakt", "ontvoerd", "interneringskamp",
)
REFUGEE_CUES: tuple[str, ...] = (
    "gevlucht", "vluchtten", "ontheemd", "geëvacueerd", "evacueer", "evacuatie", "op de vlucht",
    "vluchtte", "vluchten", "ontvlucht", "verdreven", "huis en haard", "dakloos",
    "onderdak", "opvang", "opgevangen", "asiel",
    # Leaving or entering a country across its border: "het land te verlaten", "komen het land
    # binnen", "de grens over".
    "land te verlaten", "land verla", "land verlie", "land ontvlucht", "land uit", "land binnen",
    "grens over", "grens overgestoken", "uittocht", "emigr", "geëmigreerd", "ontvluchten",
    # Leaving or losing a home ("moesten hun huis verlaten", "huizen ontvluchten") and being
    # taken in ("vangt … op", "neemt … op", "onderdak bieden").
    "huis verla", "huis verlie", "huizen verla", "huizen verlie", "woning verla", "woningen verla",
    "woonplaats verla", "huis kwijt", "vangt op", "vangen op", "ving op", "vingen op",
    "opgenomen in", "neemt op", "nemen op", "gehuisvest", "huisvest", "ondergebracht",
    # Leaving a town or region at all: "ruim driehonderd inwoners hebben de stad verlaten" (the
    # lemma "verlaten" also covers "verliet"; whole words, since "verla" starts "verlaagd").
    "verlaten$", "verliet$", "verlieten$", "verlaat$",
)
# Person nouns that count combatants or crews: an evacuation or flight does not make them
# refugees ("de bemanning van ruim 500 man werd geëvacueerd").
COMBATANT_NOT_REFUGEE: frozenset[str] = frozenset({
    "militair", "militairen", "soldaat", "soldaten", "troepen", "man", "strijders", "manschappen",
    "bemanningsleden", "bemanningen", "matrozen", "mariniers", "piloten", "officieren", "huurlingen",
    "rekruten", "reservisten", "dienstplichtigen", "verdedigers", "aanvallers", "vliegeniers",
})
DELIVERY_CUES: tuple[str, ...] = (
    "lever", "geleverd", "schenk", "geschonken", "toegezegd", "steun", "hulp", "doneer",
    "gedoneerd", "gekregen", "ontvangen", "ontvangt", "beschikking", "beloofd", "stuurt",
    "bestelling", "besteld", "gestuurd", "wil er", "tranche", "pakket",
    # Promised, handed over, sold, bought and arrived: "de granaten die de EU toezegde".
    "toezeg", "toegezegd", "zegde toe", "zegden toe", "zegt toe", "zeggen toe", "belooft",
    "beloofde", "belofte", "beloven", "aangekomen", "overhandig", "overgedragen", "afgeleverd",
    "verstrekt", "verstrek", "verkocht", "verkoop", "gekocht", "koopt", "kocht", "aankoop",
    "gaf", "gaven", "geeft", "geven", "gegeven", "donatie", "doneerde", "leen", "geleend",
    "uitgeleend", "bestemd voor", "militaire hulp", "wapenhulp", "produceer", "geproduceerd",
    "productie", "voorraad", "voorraden", "tekort", "beschikt",
    # Forms of financial aid: loans, gifts, grants.
    "lening", "giften$", "gift$", "schenking", "subsidie",
)
# Verbs whose subject (or passive agent, "door X") destroys, kills or captures what the number
# counts: the counted dead, wrecks and captives then belong to the other side ("het Oekraïense
# leger meldt dat het 64 drones uitschakelde" — the drones are Russian). Losing verbs
# ("verloor", "verloren") are not listed: their subject owns the loss.
AGENT_CUES: tuple[str, ...] = (
    "gedood", "doodde", "doodden", "doodt", "vernietig", "vernield", "vernielde", "verwoest",
    "uitgeschakeld", "uitschakel", "schakelde uit", "schakelden uit", "schakelt uit",
    "schakelen uit", "neergeschoten", "neerschiet", "schoot neer", "schoten neer", "neergehaald",
    "neerhal", "haalde neer", "haalden neer", "onderschep", "uit de lucht", "opgeblazen",
    "blies op", "bliezen op", "buitgemaakt", "maakte buit", "maakten buit",
    "gevangengenomen", "gevangen genomen", "nam gevangen", "namen gevangen", "geëlimineerd",
    "elimineer", "vermoord", "doodgeschoten", "geliquideerd", "liquideer", "vastgezet",
    "opgepakt", "gearresteerd", "ontvoerd", "gedeporteerd", "weggevoerd", "afgeslacht",
)
# Auxiliaries of the passive ("werden vernietigd", "is getroffen") and of the active perfect
# ("heeft vernietigd"); "zijn"/"is" count as passive only without a "hebben" form in the clause.
PASSIVE_AUX: frozenset[str] = frozenset({"werd", "werden", "wordt", "worden", "geworden"})
PERFECT_BE: frozenset[str] = frozenset({"is", "zijn", "was", "waren"})
ACTIVE_AUX: frozenset[str] = frozenset({"heeft", "hebben", "had", "hadden"})
# Prepositions before a party word that give it a role: the agent of a passive ("door Russische
# troepen"), the target of an attack ("op Moskou", "tegen Russische steden").
AGENT_PREPOSITIONS: frozenset[str] = frozenset({"door"})
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"op", "tegen", "boven"})
# Other prepositions: a party word in their phrase is a place or a possessor, not an actor.
PLACE_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "uit", "bij", "naar", "van", "aan", "met", "voor", "over", "via", "binnen", "rond",
    "nabij", "langs",
})
# Words that may stand between a preposition and the party word of its phrase.
NP_FILLERS: frozenset[str] = frozenset({
    "de", "het", "een", "deze", "die", "dat", "dit", "zijn", "haar", "hun", "onze",
})
# Verbs of striking a target. Their passive subject is the victim, so the attacks are the other
# side's ("Moskou is getroffen door …", "Kyiv werd aangevallen"); with one in the clause
# "N keer" counts attacks ("werd vijftien keer aangevallen").
STRIKE_VERBS: tuple[str, ...] = (
    "aangevallen", "viel aan", "vielen aan", "valt aan", "beschoten", "beschoot", "beschiet",
    "bestookt", "bestookte", "gebombardeerd", "bombardeer", "getroffen", "trof", "troffen",
    "geraakt",
)
# Units after "per" that make a count a density, not a claim ("vijf mijnen per vierkante meter").
DENSITY_UNITS: frozenset[str] = frozenset({
    "vierkante", "strekkende", "meter", "kilometer", "km", "hectare", "m2", "km2",
})
FIRE_CUES: tuple[str, ...] = (
    "afgevuurd", "vuurde", "vuurden", "afvuren", "lanceerde", "gelanceerd", "ingeslagen",
    "insloeg", "neergekomen", "kwamen neer", "geraakt", "getroffen", "onderschep", "afvuur",
    "vuurde af", "vuurden af",
    "beschoten", "bestookt", "aanval", "raketaanval", "luchtaanval", "droneaanval", "beschieting",
    "bombardement", "inslag", "raketinslag", "sloeg in", "sloegen in",
    "lanceer", "beschiet", "beschoot", "beschoten", "bestook", "bombardeer", "gebombardeerd",
    "schoot af", "schoten af", "schiet af", "schieten af", "afgeschoten", "afschiet", "vuren",
    "vuurt", "aangevallen", "viel aan", "vielen aan", "neergestort", "insloegen",
)
DESTROY_CUES: tuple[str, ...] = (
    "vernietigd", "vernield", "verwoest", "buitgemaakt", "vernietigde", "neergehaald", "uitgeschakeld",
    "vernietiging", "opgeblazen", "neerhal", "neergeschoten", "neerschiet", "haalde neer",
    "haalden neer", "schoot neer", "schoten neer", "verloren", "verloor", "verlies",
    "uit de lucht", "uitschakel", "schakelde uit", "schakelden uit",
)
TERRITORY_CUES: tuple[str, ...] = (
    "heroverd", "veroverd", "bevrijd", "ingenomen", "bezet", "gecontroleerd", "controleer",
    "grondgebied", "gebied", "territorium", "heroveren", "veroveren", "terrein", "controle",
    "in handen",
    # Held and taken: "in Oekraïense handen", "namen … in", "bevrijdde".
    "handen", "verover", "herover", "innemen", "innam", "nam in", "namen in", "neemt in",
    "nemen in", "geannexeerd", "annexatie", "bevrijdde", "bevrijdden", "bevrijding",
    "overgenomen", "gebiedswinst", "terreinwinst",
)
# Counted places (dorpen, stellingen) are territory also when they fell, were lost or given up, or
# the army advanced through them; a share (procent) needs a holding cue above, since "20 procent
# verloren" may be a share of anything.
PLACE_CUES: tuple[str, ...] = (
    *TERRITORY_CUES,
    "ontzet", "opgerukt", "oprukken", "rukten op", "rukt op", "opmars", "doorbraak", "gevallen",
    "viel", "vielen", "verloren", "verloor", "prijsgegeven", "opgegeven", "ontruimd", "bezetting",
    "teruggetrokken", "trokken zich terug", "trok zich terug",
)
# Nouns after "het aantal …" / "het dodental" whose count a bare number gives:
# "het aantal Russische gesneuvelden ligt op 42.000".
COUNT_NOUNS: frozenset[str] = frozenset({"aantal", "totaal", "dodental", "dodentol", "tal"})
# Anaphoric words after a bare number that point back to the last counted noun: "Vier daarvan".
ANAPHORA_AFTER: frozenset[str] = frozenset({"daarvan", "ervan", "hiervan"})
# Personal pronouns after "van" that make a bare number a count of people ("honderden van hen").
PERSONAL_ANAPHORS: frozenset[str] = frozenset({"hen", "wie"})
# The partitive pronoun before a bare number: "er zouden er tien zijn vernietigd".
PARTITIVE_ER: frozenset[str] = frozenset({"er"})
# "vijf … op iedere/elke …": a ratio.
RATIO_MARKERS: tuple[tuple[str, ...], ...] = (
    ("op", "iedere"), ("op", "elke"), ("op", "ieder"), ("tegen", "één"), ("tegen", "een"),
    ("voor", "iedere"), ("voor", "elke"),
)
# Words before "van <number> <noun>" that say what became of the counted people: "de lichamen
# van 63 burgers" are dead, "het lot van" says nothing. The noun's fixed category then wins.
FATE_CATEGORY: dict[str, str] = {
    "lichamen": "killed", "lijken": "killed", "stoffelijke": "killed", "overschotten": "killed",
    "graven": "killed", "dood": "killed", "moord": "killed", "executie": "killed",
    "begrafenis": "killed", "begrafenissen": "killed", "verwondingen": "wounded",
    "vrijlating": "prisoners", "uitwisseling": "prisoners", "gevangenneming": "prisoners",
    "evacuatie": "refugees", "deportatie": "refugees",
}
# Comparatives that make "N keer" a ratio ("tot dertig keer hoger").
COMPARATIVES: frozenset[str] = frozenset({
    "hoger", "groter", "meer", "zoveel", "minder", "kleiner", "lager", "sneller", "zo", "vaker",
    "zwaarder", "duurder", "langer",
})
# Hearsay: the writer reports without vouching ("zouden er … zijn gedood").
HEARSAY: frozenset[str] = frozenset({"zou", "zouden"})
# Words that end a clause for the purpose of finding what a number is about.
CLAUSE_BREAKS: frozenset[str] = frozenset({
    ",", ";", ":", "–", "—", "(", ")", "dat", "omdat", "waarbij", "waarin", "waarmee",
    "waardoor", "terwijl", "nadat", "zodat", "doordat", "hoewel", "maar", "toen", "waarna",
    "waarop", "wanneer", "tenzij", "want",
})
# Words that end the noun phrase of a number when looking for its head noun.
HEAD_STOPS: frozenset[str] = frozenset({
    "zijn", "is", "was", "waren", "werd", "werden", "wordt", "worden", "heeft", "hebben", "had",
    "hadden", "te", "om", "op", "in", "bij", "en", "of", "uit", "aan", "naar", "door", "met",
    "voor", "tot", "die", "dat", "er", "zou", "zouden", "als", "dan", "na", "sinds", "tegen",
    "over", "onder", "boven", "zo", "nog", "al", "ook", "niet", "wel", "maar", "per", "binnen",
    "zal", "zullen", "kan", "kunnen", "moet", "moeten", "wil", "willen", "gaat", "gaan", "ging",
})
# Determiners of a partitive "zestien van deze systemen".
PARTITIVE_DETERMINERS: frozenset[str] = frozenset({"de", "deze", "die", "het", "hun", "onze", "zijn"})
# Attack nouns: a party word on them names the attacker, not the victims ("bij Russische
# raketaanvallen vielen vijf doden": the dead are not Russians).
ATTACK_NOUNS: tuple[str, ...] = (
    "aanval", "aanvallen", "raketaanval", "raketaanvallen", "beschieting", "beschietingen",
    "bombardement", "bombardementen", "luchtaanval", "luchtaanvallen", "offensief", "inval",
    "oorlogsmisdaad", "agressie", "bezetting",
)

# Sources that are not quotes: "Binnen de NAVO wordt uitgegaan van …", "Bij Defensie schat men …":
# a preposition of membership, the institution, and an impersonal passive of a belief verb.
IMPERSONAL_SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"binnen", "bij", "in"})
IMPERSONAL_PASSIVE_AUX: frozenset[str] = frozenset({"wordt", "werd", "worden", "werden"})
BELIEF_PARTICIPLES: frozenset[str] = frozenset({
    "uitgegaan", "aangenomen", "geschat", "gedacht", "verwacht", "gevreesd", "gerekend",
    "berekend", "vermoed", "geraamd", "geteld", "geloofd",
})
# Attribution words inside a sentence: "volgens X", "aldus X".
ACCORDING_TO: frozenset[str] = frozenset({"volgens", "aldus"})
# "volgens eigen zeggen": the source is the clause's own subject.
OWN_ACCOUNT: frozenset[str] = frozenset({"eigen"})
# Nouns for figures and reports: "volgens cijfers van de VN" — the source is their owner.
DATA_NOUNS: frozenset[str] = frozenset({
    "cijfers", "gegevens", "schattingen", "schatting", "berekeningen", "berekening", "tellingen",
    "telling", "data", "statistieken", "rapport", "rapporten", "onderzoek", "analyse", "bronnen",
    "informatie", "inlichtingen",
})
# "als het aan X ligt": X's wish or position ("minimaal honderd, als het aan de minister ligt").
IF_UP_TO_OPEN: tuple[str, ...] = ("als", "het", "aan")
IF_UP_TO_CLOSE: frozenset[str] = frozenset({"ligt", "lag"})
# Verbs with a separable particle that carry a claim cue only together ("kwamen … om",
# "haalde … neer"): the extractor joins each finite verb of a clause with the clause's particle.
PARTICLES: frozenset[str] = frozenset({
    "om", "neer", "af", "in", "op", "uit", "toe", "vrij", "aan", "vast", "terug", "over",
})
# Verbs whose subject is the source of the number they take as object: "De generale staf telde
# 58 aanvallen", "De inlichtingendienst schat het aantal doden op 20.000", "Kyiv bevestigde het
# verlies van één toestel".
ESTIMATE_VERBS: frozenset[str] = frozenset({
    "schat", "schatte", "schatten", "telde", "telden", "telt", "tellen", "registreerde",
    "registreerden", "registreert", "rapporteerde", "rapporteert", "rapporteerden", "becijferde",
    "becijfert", "raamt", "raamde", "noteerde", "noteert", "meldt", "meldde", "meldden",
    "bevestigde", "bevestigden", "bevestigt", "erkende", "erkenden", "erkent", "claimt",
    "claimde", "claimden", "bevestigen", "erkennen", "claimen",
})
# "De website kwam op zeker 338 stuks": a named counter arriving at a total is its source.
ARRIVE_AT_VERBS: frozenset[str] = frozenset({"kwam", "kwamen", "komt", "komen"})
ARRIVE_AT_PREPOSITIONS: frozenset[str] = frozenset({"op"})
# Attribution after the clause it reports: "…, zo meldde woordvoerder X.", "…, meldt de
# gouverneur." The optional "zo" and the speech verbs whose subject then follows them.
TRAILING_ATTRIBUTION_VERBS: frozenset[str] = frozenset({
    "meldt", "meldde", "meldden", "melden", "zegt", "zei", "zeiden", "zeggen", "stelt", "stelde",
    "stelden", "stellen", "schrijft", "schreef", "schreven", "schrijven", "verklaarde",
    "verklaart", "verklaarden", "laat", "liet", "lieten", "laten", "schat", "schatte",
    "schatten", "bevestigde", "bevestigt", "bevestigden", "rapporteert", "rapporteerde",
    "becijfert", "becijferde", "aldus", "erkende", "erkent", "benadrukte", "benadrukt",
    "waarschuwde", "waarschuwt", "beweerde", "beweert", "beweren", "claimt", "claimde",
    "vertelde", "vertelt", "vertellen", "twitterde", "twittert", "berichtte", "bericht",
    "berichten", "concludeert", "concludeerde", "denkt", "dacht", "verwacht", "verwachtte",
})
# "In Groningen gaat het om ongeveer 1800 mensen": a figure that only restates, for a part or a
# place, what the previous figure counted, and so shares its category.
RESTATEMENT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("gaat", "het", "om"), ("het", "gaat", "om"), ("ging", "het", "om"), ("het", "ging", "om"),
    ("gaat", "om"), ("ging", "om"), ("betreft", "het"), ("betrof", "het"), ("betreft",),
    ("betrof",), ("zijn", "dat"), ("waren", "dat"), ("dat", "zijn"), ("dat", "waren"),
)
# Joiners of two head nouns under one number: "ruim 38.000 doden en gewonden", "130 tanks en
# pantservoertuigen" — one figure with a coordinated head.
HEAD_COORDINATORS: frozenset[str] = frozenset({"en", "of", "en/of"})
# "spreken van N": the subject is the source of the figure it names ("Russische Telegramkanalen
# spreken van ruim twintig toestellen"); only with "van" right after the verb.
SPEAK_OF_VERBS: frozenset[str] = frozenset({"spreekt", "spreken", "sprak", "spraken", "gewaagt", "gewagen"})
# "houdt het op N" ("puts it at N"), "houdt de verliezen op N": an estimate with a noun object;
# the subject is its source. HOLD_IT_AT[-1] is the preposition before the figure.
HOLD_IT_AT_VERBS: frozenset[str] = frozenset({"houdt", "hield", "houden", "hielden"})
HOLD_IT_AT: tuple[str, ...] = ("het", "op")
# A partitive apposition names a subset of the figure before it and shares what happened to it:
# "27 mensen raakten gewond, onder wie zes kinderen" — the six children are wounded too.
SUBSET_APPOSITION: tuple[tuple[str, ...], ...] = (
    ("onder", "wie"), ("onder", "hen"), ("van", "wie"), ("van", "hen"), ("waaronder",),
    ("onder", "andere"), ("onder", "meer"), ("inclusief",), ("waarvan",), ("onder", "wie", "ook"),
)
# Words joining two figures that share one verb and one source ("heeft 2000 militairen verloren,
# evenals 35 tanks"; "zeker 47.000 militairen …, en bijna 700 tanks").
COORDINATORS: frozenset[str] = frozenset({
    "en", "evenals", "alsook", "alsmede", "plus", "naast", "bovendien", "ook", "nog", "eens", ",",
    "daarnaast",
})
# Words before a four-digit number that make it a year even when a noun phrase follows
# ("in 2022 Russische troepen …"); a bound ("ruim 2000 militairen") makes it a count.
YEAR_BEFORE: frozenset[str] = frozenset({
    "in", "sinds", "van", "uit", "eind", "begin", "medio", "najaar", "voorjaar", "zomer",
    "winter", "jaar", "tot", "vanaf", "voor", "na", "het", "anno",
})
# Relative pronouns that open a clause describing the noun before them.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"die", "dat", "welke", "waarmee", "waarvan"})
# Besides the fire cues, words of a strike or blast: the dead and wounded of such an event are
# civilians unless a side is named ("Bij de explosie kwamen drie mensen om het leven").
STRIKE_CUES: tuple[str, ...] = (
    "explosie", "ontploffing", "ontplofte", "ontploft", "aanslag", "getroffen", "treffer",
    "trof", "troffen", "treft",
    "bombardement", "beschieting", "ingestort", "instorting", "brand", "puin",
    # Damage words: "raakten drie flatgebouwen beschadigd".
    "beschadigd", "schade", "verwoest",
)
# Land nouns: a party word on them names whose land it was ("Oekraïens grondgebied"), not who holds
# or takes it, so it does not decide a territory figure's side.
LAND_NOUNS: frozenset[str] = frozenset({
    "grondgebied", "gebied", "territorium", "land", "bodem", "grond", "deel", "delen",
})
# Tails of place nouns: a party word on one names where something happened ("de Russische
# grensstad Belgorod"), not whose dead they were.
PLACE_NOUN_TAILS: tuple[str, ...] = (
    "stad", "steden", "dorp", "dorpen", "regio", "provincie", "oblast", "gebied", "kust", "haven",
    "hoofdstad", "grensstreek", "streek",
)
# Prepositions that open a phrase placed after the verb's particle ("zitten vast in kampen").
EXTRAPOSED_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "op", "bij", "naar", "voor", "met", "uit", "door", "boven", "tijdens", "na", "rond",
    "nabij", "richting",
})
# "zes uur 's ochtends", "rond acht uur": a clock time. Words after "N uur" that name the part of
# the day, and words before it that place an event at a time.
DAYPART_MARKERS: frozenset[str] = frozenset({"'s", "’s", "s", "vanochtend", "vanavond", "vannacht"})
CLOCK_BEFORE: frozenset[str] = frozenset({"om", "rond", "omstreeks", "tegen", "circa", "kwart"})
# Verbs of lasting keep "rond twaalf uur" a duration ("de beschietingen duurden rond twaalf uur").
DURATION_VERB_STEMS: tuple[str, ...] = ("duur", "duurd", "duren", "hield", "houdt", "aanhoud")
# Words before a time noun's number that make it the frame of another figure, not a claimed
# duration: "in drie weken (verloren zij 130 tanks)", "binnen een week". ("de afgelopen vijf
# dagen" is a claimed stretch of fighting in the dev conventions, so it is not listed.)
TIME_FRAME_BEFORE: frozenset[str] = frozenset({"in", "binnen", "per", "elke", "iedere", "om"})
# Conjunctions that, before a finite verb, open a clause of their own ("… om het leven en raakte …").
CLAUSE_COORDINATORS: frozenset[str] = frozenset({"en", "of", "maar", "want"})
# What a generic counter may stand for: the units it counts, and the tails of munition nouns it
# counts as machines ("twintig toestellen" after drones, never after glide bombs).
GENERIC_COUNTS: dict[str, frozenset[str]] = {
    "toestellen": frozenset({"equipment"}), "toestel": frozenset({"equipment"}),
    "exemplaren": frozenset({"equipment", "missiles"}), "exemplaar": frozenset({"equipment", "missiles"}),
}
MACHINE_MUNITIONS: tuple[str, ...] = ("drone", "drones", "shaheds", "lancets", "bayraktars")
