"""Words that name a party of the war: adjectives, people nouns, capitals and institutions.

Read by the numeric-claim extractor (whose losses a number counts) and the control-claim
extractor (who holds a place). Keys are lower case; a capital or government stands for its
country (*Moskou*, *het Kremlin* → russia; *Kyiv/Kiev* → ukraine), as Dutch news writes them.
Western states and alliances are one party, ``west``: they supply, they do not fight.
"""

PARTY_WORDS: dict[str, str] = {
    # Russia
    "rusland": "russia", "russisch": "russia", "russische": "russia", "rus": "russia",
    "russen": "russia", "moskou": "russia", "kremlin": "russia", "poetin": "russia",
    "pro-russische": "russia", "pro-russisch": "russia", "russian": "russia",
    "bezetter": "russia", "bezetters": "russia", "invasiemacht": "russia",
    # Ukraine
    "oekraïne": "ukraine", "oekraine": "ukraine", "oekraïens": "ukraine", "oekraïense": "ukraine",
    "oekraiense": "ukraine", "oekraïner": "ukraine", "oekraïners": "ukraine", "kyiv": "ukraine",
    "kiev": "ukraine", "kiëv": "ukraine", "kyjiv": "ukraine", "zelensky": "ukraine",
    "zelenski": "ukraine", "zelenskyy": "ukraine",
    # Wagner
    "wagner": "wagner", "wagnergroep": "wagner", "prigozjin": "wagner", "prigozhin": "wagner",
    # The West: states, alliances and their capitals
    "navo": "west", "nato": "west", "westerse": "west", "westers": "west", "westen": "west",
    "amerikaanse": "west", "amerikaans": "west", "amerikanen": "west", "vs": "west",
    "washington": "west", "britse": "west", "brits": "west", "britten": "west", "vk": "west",
    "londen": "west", "duitse": "west", "duitsland": "west", "berlijn": "west", "franse": "west",
    "frankrijk": "west", "parijs": "west", "nederlandse": "west", "nederland": "west",
    "europese": "west", "eu": "west", "brussel": "west", "poolse": "west", "polen": "west",
}
# Compound-initial forms: "Wagnertroepen", "Wagner-huurlingen", "Russisch-Oekraïense" (first wins).
PARTY_PREFIXES: dict[str, str] = {
    "wagner": "wagner",
    "russisch": "russia",
    "oekraïens": "ukraine",
    "oekraiens": "ukraine",
}
# Words that make a noun phrase about non-combatants ("burgers", "inwoners").
CIVILIAN_WORDS: frozenset[str] = frozenset({
    "burger", "burgers", "burgerbevolking", "burgerslachtoffers", "burgerslachtoffer",
    "inwoners", "inwoner", "bewoners", "bewoner", "kinderen", "kind", "burgerdoden",
    # Civilian occupations and roles: staff, carers, crowds ("drie medewerkers van de centrale").
    "medewerkers", "medewerker", "medewerksters", "werknemers", "werknemer", "personeelsleden",
    "arbeiders", "artsen", "verpleegkundigen", "verplegers", "medici", "hulpverleners",
    "hulpverlener", "reddingswerkers", "brandweerlieden", "brandweermannen", "leraren",
    "docenten", "studenten", "scholieren", "leerlingen", "demonstranten", "betogers",
    "activisten", "boeren", "vissers", "mijnwerkers", "ambtenaren", "journalisten", "journalist",
    "fotografen", "passagiers", "patiënten", "reizigers", "bezoekers", "gelovigen",
    "kerkgangers", "klanten", "zuigelingen", "pasgeborenen", "baby's", "gepensioneerden",
    "ouderen", "bejaarden", "minderjarigen", "dorpelingen", "omwonenden", "voorbijgangers",
    "automobilisten", "inzittenden",
})
# First-person words: in a quote, "onze soldaten" are the speaker's side.
FIRST_PERSON: frozenset[str] = frozenset({"onze", "ons", "wij", "we"})
# Third-person plural pronouns: in a quote, set against "ons/wij" they are the other side.
THEY: frozenset[str] = frozenset({"ze", "zij"})
# Pronoun subjects that refer back to the party of the previous figure ("Ze offerden …").
PRONOUN_SUBJECTS: frozenset[str] = frozenset({"ze", "zij", "hij", "het"})
# The other side: whose dead, wrecks and captives an agent's kills are, and who attacks a target.
OPPONENT: dict[str, str] = {"russia": "ukraine", "ukraine": "russia", "wagner": "ukraine"}
# Western-made materiel without a fighting party named is Ukraine's: the West supplies, Ukraine
# fields it ("zestien Amerikaanse Bradley-pantservoertuigen vernietigd").
WESTERN_MATERIEL_USER = "ukraine"
