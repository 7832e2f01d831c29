"""Dutch knowledge for finding who says what: pronouns, speaker nouns, source markers, clause edges.

The quote and reported-speech extractors read only these tables, so another language can supply
its own module with the same names. Speech and cognition verbs themselves are in :mod:`verbs`.
"""

from __future__ import annotations

from claimgraph.lang.nl.entities import PERSON_TITLES

# Determiners of identity ("dezelfde woordvoerder", "diezelfde krant"): the phrase refers back to
# the last noun phrase with the same head, whether that one was named or only described.
SAME_DETERMINERS: frozenset[str] = frozenset(
    {"dezelfde", "diezelfde", "datzelfde", "hetzelfde", "zelfde"}
)
# Personal pronouns that can be a speaker, with the number they refer to ("sg", "pl" or "any":
# "zij"/"ze" are 3rd singular feminine or 3rd plural; the finite verb decides).
SUBJECT_PRONOUNS: dict[str, str] = {
    "hij": "sg",
    "zij": "any",
    "ze": "any",
    "hem": "sg",
    "haar": "sg",
    "hun": "pl",
    "hen": "pl",
}
# Possessive pronouns in "volgens zijn/haar/hun analyse": the owner is the source.
POSSESSIVE_PRONOUNS: dict[str, str] = {"zijn": "sg", "haar": "sg", "hun": "pl"}
# Demonstratives used as a subject ("Die omschrijven het als …") refer back to the last noun phrase.
DEMONSTRATIVE_PRONOUNS: frozenset[str] = frozenset({"die", "deze", "dezen"})
# Fixed expressions that turn a speech verb into another verb when they follow it in its clause:
# "stelt het leger in staat" (enables), "stelt … ter beschikking" (provides).
NON_SPEECH_EXPRESSIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "stellen": (("in", "staat"), ("ter", "beschikking"), ("beschikbaar",), ("op", "de", "proef"),
                ("zich", "op"), ("in", "dienst"), ("veilig",), ("aansprakelijk",)),
}
# Pronouns that can only be a subject ("ze" may be an object too): after a finite verb in a
# main clause with a fronted object they are its subject.
NOMINATIVE_PRONOUNS: frozenset[str] = frozenset({"hij", "zij", "ik", "wij", "we"})
# First/second person: inside a quote these are the speaker, never a resolvable antecedent.
FIRST_PERSON: frozenset[str] = frozenset({"ik", "wij", "we", "jij", "je", "u", "jullie"})

# Determiners stripped from a speaker phrase (the gold form and the entity table carry none).
DETERMINERS: frozenset[str] = frozenset(
    {"de", "het", "een", "'t", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "onze", "ons",
     "dezelfde", "diezelfde", "datzelfde", "hetzelfde"}
)

# Nouns that describe a person by role. A definite singular description ("de president", "de
# minister") refers back to a named person; an indefinite one ("een commandant") is a new speaker
# named by the description itself. Compounds ending in one of these (legerwoordvoerder,
# defensieminister, Wagnerbaas) are recognised by suffix.
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        # Roles that are no title before a name (the titles are added below).
        "politiekolonel", "functionaris", "militair", "strijder", "ooggetuige", "inwoner", "bewoner",
        "burger", "vrijwilliger", "arts", "dokter", "secretaris-generaal", "bestuurder", "kenner",
        "afgevaardigde", "dictator", "ceo", "bron", "medewerker", "ambtenaar", "veldheer",
        "oud-generaal", "inlichtingenchef", "defensiechef", "hoofd",
    }
    # Every title that stands before a person's name is a role too (korporaal, admiraal, aanklager).
    | {t.replace("-", "") for t in PERSON_TITLES if t not in ("heer", "mevrouw", "meneer", "dhr", "mevr")}
)
# Plural person nouns (speakers in groups: analisten, militairen); used for "zij/ze" resolution
# when the tagger is absent.
PERSON_PLURAL_SUFFIXES: tuple[str, ...] = (
    "analisten", "experts", "deskundigen", "militairen", "soldaten", "commandanten", "bewoners",
    "inwoners", "burgers", "functionarissen", "ambtenaren", "autoriteiten", "reservisten",
    "ooggetuigen", "verdedigers", "strijders", "bronnen", "journalisten", "moeders", "vrouwen",
    "mannen", "leiders", "ministers", "diplomaten", "Britten", "Amerikanen", "Russen",
    "Oekraïners", "officieren", "medewerkers", "onderzoekers", "media",
)
# Head nouns of institutional speakers: a ministry, a service, a paper, an army, a think tank.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "ministerie", "regering", "kabinet", "overheid", "leger", "legerleiding", "staf",
        "inlichtingendienst", "geheime dienst", "veiligheidsdienst", "dienst", "krant",
        "nieuwssite", "nieuwsdienst", "website", "persbureau", "staatspersbureau", "omroep",
        "zender", "tv-zender", "denktank", "instituut", "organisatie", "agentschap", "bureau",
        "kremlin", "parlement", "presidentskantoor", "ambassade", "politie", "grenswacht",
        "marine", "luchtmacht", "strijdkrachten", "autoriteiten", "bestuur", "administratie",
        "generale staf", "defensie", "navo", "vn", "rapport", "analyse", "verklaring",
        "video-oproep", "kanaal",
    }
)

# Source markers that are not verbs.
VOLGENS: frozenset[str] = frozenset({"volgens"})
ALDUS: frozenset[str] = frozenset({"aldus"})
# "naar verluidt": hearsay without a named source.
HEARSAY_PHRASES: tuple[tuple[str, ...], ...] = (("naar", "verluidt"), ("naar", "verluidde"))
# "naar zijn/haar/hun zeggen": the possessor is the source.
NAAR_ZEGGEN: tuple[str, str] = ("naar", "zeggen")
# Passive speech: "Zaterdag werd vanuit Moskou gemeld dat …", "wordt door de staf bevestigd dat …";
# the agent phrase after one of these prepositions is the speaker.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"wordt", "werd", "worden", "werden"})
PASSIVE_AGENT_PREPOSITIONS: frozenset[str] = frozenset({"door", "vanuit"})
# Auxiliaries of reported, unconfirmed content ("zou hebben gedood"): stance "alleged".
HEARSAY_AUX: frozenset[str] = frozenset({"zou", "zouden"})
# Speech verbs that by themselves mark the content as unconfirmed. Empty by convention: "beweert"
# and "claimt" report a statement (stance "reported"); only hearsay "zou"/"naar verluidt" is
# "alleged" (tests/data/nl_constructions.py).
ALLEGE_VERBS: frozenset[str] = frozenset()
DENY_VERBS: frozenset[str] = frozenset(
    {"ontkennen", "tegenspreken", "ontkrachten", "weerspreken", "bestrijden", "betwisten", "weerleggen"}
)
# Nouns after "volgens" that name a norm, plan or computation, not a speaker.
NON_SOURCE_NOUNS: frozenset[str] = frozenset(
    {"planning", "plan", "plannen", "schema", "wet", "wetten", "regels", "regel", "afspraak",
     "afspraken", "verdrag", "traditie", "protocol", "grondwet", "norm", "normen", "verwachting",
     "verwachtingen", "logica", "definitie", "dienstregeling", "programma", "boekje", "voorschriften"}
)
NEGATIONS: frozenset[str] = frozenset({"niet", "geen", "nooit", "nergens"})

# Verbs (lemmas) whose complement is an order, a wish or a promise, not a claim about the world:
# "eist dat", "vraagt om te" are not reported statements.
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    {"eisen", "vragen", "beloven", "dreigen", "roepen op", "oproepen", "zweren", "bevelen"}
)
# Speech verbs that take only a noun object ("spreekt van een offensief"): never an indirect clause.
NOUN_OBJECT_VERBS: frozenset[str] = frozenset(
    {"spreken", "noemen", "beschrijven", "omschrijven", "afdoen", "zien", "afkondigen"}
)
# Quantifiers before a partitive "van": "een van de soldaten", "geen van hen".
PARTITIVE_HEADS: frozenset[str] = frozenset({"een", "één", "geen", "elk", "ieder", "velen", "enkelen"})
# "naar eigen zeggen" / "naar zijn zeggen": the subject (or possessor) is the source.
OWN_WORDS: frozenset[str] = frozenset({"eigen", "zijn", "haar", "hun"})

# Complementisers that open a reported clause.
COMPLEMENTIZERS: frozenset[str] = frozenset({"dat"})
# Words that, after a comma, start a new coordinated or adverbial clause: a reported clause ends
# before them.
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    {"maar", "en", "want", "terwijl", "hoewel", "omdat", "zodat", "waarna", "toen",
     "doch", "ofschoon", "tenzij", "nadat", "zodra", "zoals", "aldus", "volgens", "zegt", "zei",
     "stelt", "meldt"}
)
# Relative adverbs open a clause of their own even without a comma: "na een gevecht waarbij volgens
# X honderden omkwamen" reports only what follows "waarbij".
RELATIVE_ADVERBS: frozenset[str] = frozenset(
    {"waarbij", "waarin", "waarop", "waardoor", "waarna", "waarmee", "waaruit", "waarvan", "waarover",
     "waartegen", "waarvoor", "waaronder"}
)
# Subordinators of reason, contrast, concession and consequence. A clause they open after a
# reported "dat"-clause is part of the speaker's argument ("zei dat de deal voorbij is, omdat
# beloften niet zijn nagekomen"), so it does not end the reported clause on the right.
ARGUMENT_SUBORDINATORS: frozenset[str] = frozenset(
    {"omdat", "terwijl", "hoewel", "zodat", "doordat", "ofschoon", "tenzij"}
)
# Focus particles that may precede a subject in the first position: "Ook westerse inlichtingen
# zien …", "Zelfs het Kremlin erkent …".
FOCUS_PARTICLES: frozenset[str] = frozenset({"ook", "zelfs", "eveneens", "alleen", "juist"})
# Emphatic reflexives after a subject: "Poetin zelf sprak van …".
EMPHATIC_SELF: frozenset[str] = frozenset({"zelf", "zelve"})
# Perfect infinitive of a reported claim: "zegt X te hebben gedood", "stelde gegooid te zijn".
TE_AUXILIARIES: frozenset[str] = frozenset({"hebben", "zijn", "worden"})
# Assertive verbs (lemmas) whose subject-controlled present infinitive is a claim the subject
# makes about itself: "zei geen aanvallen te steunen", "ontkent iets te weten". Verbs of
# promising, ordering and hoping are not among them (they report no statement).
ASSERTIVE_TE_VERBS: frozenset[str] = frozenset(
    {"zeggen", "beweren", "verklaren", "claimen", "ontkennen", "erkennen", "toegeven"}
)
# Infinitives after "te" that make the complement an intention or promise, not a claim:
# "zei de stad te zullen heroveren", "zegt te gaan onderhandelen".
FUTURE_INFINITIVES: frozenset[str] = frozenset({"zullen", "gaan", "willen", "moeten"})

# Nouns of a speech act, so "stuurde een tweet over „…”" names a speaker for a partial quote.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "tweet", "bericht", "verklaring", "persverklaring", "toespraak", "speech", "interview",
        "analyse", "rapport", "update", "videoboodschap", "video", "boodschap", "persconferentie",
        "brief", "post", "oproep", "waarschuwing", "reactie", "uitspraak", "woorden", "term",
    }
)

# Nouns of time: a noun phrase headed by one is an adverbial ("De afgelopen tijd zei hij", "Een
# dag eerder meldde hij"), never the speaker; the subject then follows the verb.
TEMPORAL_NOUNS: frozenset[str] = frozenset(
    {
        "tijd", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren", "eeuw",
        "uur", "uren", "minuut", "minuten", "keer", "ochtend", "middag", "avond", "nacht",
        "weekend", "moment", "periode", "begin", "eind", "einde", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "maandagavond", "zondagavond", "gisteren",
        "vandaag", "morgen", "zomer", "winter", "lente", "herfst", "voorjaar", "najaar", "tijdje",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december", "decennium", "seconde", "seconden", "etmaal",
    }
)
# Parts of the day and the day words they combine with: Dutch writes a point in time as one
# compound ("vrijdagavond", "zaterdagochtend", "gisteravond", "dinsdagnacht"), so any such compound
# is an adverbial of time, whatever weekday or day part it joins.
DAY_PARTS: tuple[str, ...] = ("ochtend", "morgen", "middag", "avond", "nacht", "namiddag", "voormiddag")
DAY_WORDS: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                              "zondag", "gister", "gisteren", "van", "eergister", "morgen", "zater")


def is_temporal(low: str) -> bool:
    """True for a noun of time: a listed one or a day + day-part compound ("vrijdagavond").

    Why: a sentence-initial time adverbial ("Vrijdagavond liet X weten") fills the first
    position of a verb-second clause; taken for a noun phrase it would become the speaker.
    """
    if low in TEMPORAL_NOUNS:
        return True
    for part in DAY_PARTS:
        if low.endswith(part) and len(low) > len(part):
            return low[: -len(part)].rstrip("-") in DAY_WORDS
    return False


# Subordinators of questions and purposes: "betwijfelt of dat …" reports no statement.
OTHER_SUBORDINATORS: frozenset[str] = frozenset(
    {"of", "hoe", "wat", "waarom", "wanneer", "welke", "wie", "waar", "om", "hoeveel"}
)
# Pronouns that open a sentence attributing the quote just before it: "‘…’ Dat twitterde X."
ANAPHORIC_OBJECTS: frozenset[str] = frozenset({"dat", "dit", "zo", "aldus"})
# Subordinating conjunctions: in the clause they open the subject follows them directly.
SUBORDINATING: frozenset[str] = frozenset(
    {"zoals", "omdat", "terwijl", "als", "nadat", "hoewel", "toen", "voordat", "zodat", "wanneer",
     "doordat", "sinds", "indien", "tenzij", "ofschoon", "zodra"}
)

# Metonymic speakers: a country, or the city that is the seat of its government ("Kiev meldt",
# "volgens Moskou"), speaks for that country's government (the dev-set convention).
METONYMIC_GOVERNMENT = True
# Knowledge-base ids of the seats of government.
GOVERNMENT_SEATS: frozenset[str] = frozenset(
    {"kyiv", "moscow", "washington", "london", "berlin", "paris", "warsaw", "minsk", "ankara",
     "beijing", "thehague"}
)
# The name a country's government goes by: "Government of Ukraine", "Government of the United
# States"; countries whose English name takes the article.
GOVERNMENT_NAME = "Government of {}"
COUNTRIES_WITH_ARTICLE: frozenset[str] = frozenset(
    {"United States", "United Kingdom", "Netherlands", "Czech Republic"}
)
