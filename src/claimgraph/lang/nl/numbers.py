"""Dutch number words, separators and the words that bound or blur a number.

Compounds (``drieëntwintig``, ``tweehonderdvijftig``) are built by the number grammar
(:mod:`claimgraph.extract.numbers`) from the atoms listed here, so only atoms are listed. Every
multi-word entry is a tuple of lower-case tokens as the segmenter cuts them (``zo'n`` is one
token). Another language supplies the same names in its own module.
"""

UNITS: dict[str, int] = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19,
}
TENS: dict[str, int] = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}
SCALES: dict[str, int] = {
    "honderd": 100, "duizend": 1000, "miljoen": 1_000_000, "miljard": 1_000_000_000,
    # The long scale: "biljoen" is 10^12 (not the English billion), "biljard" 10^15.
    "biljoen": 1_000_000_000_000, "biljard": 1_000_000_000_000_000,
}
# Vague plurals: an order of magnitude, as the interval [low, high].
VAGUE: dict[str, tuple[int, int]] = {
    "tientallen": (10, 99),
    "honderden": (100, 999),
    "duizenden": (1000, 9999),
    "tienduizenden": (10_000, 99_999),
    "honderdduizenden": (100_000, 999_999),
    "miljoenen": (1_000_000, 9_999_999),
}
# Words that may stand before a vague plural without changing its interval (gold convention:
# "vele tienduizenden" is the same order of magnitude as "tienduizenden").
VAGUE_INTENSIFIERS: frozenset[str] = frozenset({"vele", "enkele", "meerdere", "talloze"})
# "een paar honderd", "enkele duizend": a few of a scale word, read as the vague plural of it.
FEW: tuple[tuple[str, ...], ...] = (("een", "paar"), ("enkele",), ("paar",), ("een", "aantal"))

# Joiner inside a compound between a unit and a ten: vijfentwintig, drieëntwintig (diaeresis
# after a vowel).
COMPOUND_JOINERS: tuple[str, ...] = ("ën", "en")
# Halves: "anderhalf" = 1.5, "tweeënhalf" = 2.5 (built from UNITS + joiner + HALF).
HALF_WORDS: dict[str, float] = {"anderhalf": 1.5, "anderhalve": 1.5}
HALF_SUFFIXES: tuple[str, ...] = ("half", "halve")

# Fractions that are numbers on their own, as a percentage ("de helft" = 50 %). "derde" is left
# out: as a bare word it is nearly always the ordinal ("de derde dag").
FRACTIONS: dict[str, float] = {"helft": 50.0, "kwart": 25.0, "driekwart": 75.0}
# Ordinals that make a fraction after a cardinal numerator: "een vijfde", "twee derde", "drie
# tiende" (the denominator). Read as a fraction only when nothing noun-like follows ("een derde
# van het land", "bijna een vijfde."), since "een derde brigade" is the ordinal.
ORDINAL_DENOMINATORS: dict[str, int] = {
    "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9,
    "tiende": 10, "twintigste": 20, "honderdste": 100,
}
# Words after such an ordinal that keep it a fraction: a partitive "van" or a clause break.
FRACTION_FOLLOWERS: frozenset[str] = frozenset({
    "van", "deel", "daarvan", "ervan", "hiervan", ",", ".", ";", ":", ")", "is", "was", "zijn",
    "waren", "en", "of",
})

# Digits: "1.100" and "20.000" group thousands with a period, "2,5" has a decimal comma.
THOUSANDS_SEPARATOR = "."
DECIMAL_SEPARATOR = ","

# Bounds before a number; the grammar takes the longest that matches.
# (low, None): the number is a floor.
LOWER_BOUND: tuple[tuple[str, ...], ...] = (
    ("meer", "dan"), ("ruim",), ("ruimschoots",), ("minstens",), ("minimaal",), ("zeker",),
    ("ten", "minste"), ("tenminste",), ("op", "zijn", "minst"), ("boven",), ("ruim", "boven"),
    ("meer", "als"), ("niet", "minder", "dan"), ("zeker", "meer", "dan"), ("ruim", "meer", "dan"),
    ("een", "dikke"), ("een", "ruime"), ("een", "goede"), ("vanaf",),
)
# (None, high): the number is a ceiling.
UPPER_BOUND: tuple[tuple[str, ...], ...] = (
    ("bijna",), ("nagenoeg",), ("tot",), ("tot", "wel"), ("tot", "aan"), ("maximaal",),
    ("hooguit",), ("hoogstens",), ("ten", "hoogste"), ("minder", "dan"), ("niet", "meer", "dan"),
    ("onder", "de"), ("nog", "geen"), ("een", "kleine"), ("ruim", "onder", "de"), ("amper",),
    ("nauwelijks",), ("krap",),
)
# (n, n): an estimate of the number itself.
APPROXIMATE: tuple[tuple[str, ...], ...] = (
    ("ongeveer",), ("circa",), ("ca.",), ("ca",), ("zo'n",), ("zo’n",), ("pakweg",),
    ("naar", "schatting"), ("rond", "de"), ("rond",), ("omstreeks",), ("ruwweg",), ("grofweg",),
    ("bij", "benadering"), ("plusminus",), ("om", "en", "nabij"), ("om", "en", "bij"),
    ("zowat",), ("een", "stuk", "of"),
)
# An article may stand between a bound and its number ("bijna de helft", "rond de 300") or
# before a number the text treats as a mark ("de 75.000 gepasseerd"); it is read past.
ARTICLES: frozenset[str] = frozenset({"de", "het"})
# Verbs after a number that make it a floor: "het aantal doden is de 75.000 gepasseerd".
LOWER_BOUND_VERBS: frozenset[str] = frozenset({
    "gepasseerd", "passeerde", "passeert", "overschreden", "overschrijdt", "overschreed",
    "overstegen", "overstijgt", "oversteeg",
})
# Verbs of rising to a level: "tot" after them is where the count now stands, not a ceiling
# ("het dodental is opgelopen tot 9.000" → 9000, 9000). Forms and lemmas.
RISE_TO_VERBS: frozenset[str] = frozenset({
    "opgelopen", "oploopt", "oplopen", "gestegen", "stijgt", "steeg",
    "stegen", "stijgen", "toegenomen", "toeneemt", "toenemen",
    "gegroeid", "groeit", "groeide", "groeien", "aangegroeid", "aangroeit", "aangroeien",
    "verhoogd", "verhoogt", "verhoogde", "bijgesteld", "opgeschroefd",
})
# The word that opens such a level.
RISE_TO_PREPOSITIONS: frozenset[str] = frozenset({"tot", "naar"})

# Ranges. "tussen (de) X en Y" opens with RANGE_OPEN and joins with RANGE_OPEN_JOIN; "X tot Y",
# "X à Y", "X of Y", "X-Y" join two numbers directly.
RANGE_OPEN: tuple[tuple[str, ...], ...] = (("tussen", "de"), ("tussen",))
RANGE_OPEN_JOIN: tuple[tuple[str, ...], ...] = (("en",),)
RANGE_JOIN: tuple[tuple[str, ...], ...] = (
    ("tot", "en", "met"), ("tot",), ("à",), ("a",), ("of",), ("-",), ("–",), ("á",),
)

# Bounds written after the number: "tienduizend of meer" (n, open), "vijftig of minder" (open, n).
TRAILING_LOWER: tuple[tuple[str, ...], ...] = (("of", "meer"), ("en", "meer"), ("of", "langer"))
TRAILING_UPPER: tuple[tuple[str, ...], ...] = (("of", "minder"), ("of", "korter"))
# Asyndetic ranges of two number words: "dertig, veertig man", "tien, vijftien mensen".
ASYNDETIC_RANGE_JOIN: tuple[tuple[str, ...], ...] = ((",",),)

# "een"/"één" is an article far more often than a number: it counts only after a bound word
# ("ruim een jaar"), before a scale word ("één miljard") or a half ("een half jaar"), or in the
# accented form, unless followed by a word that makes it emphatic or partitive.
ARTICLE_NUMBERS: frozenset[str] = frozenset({"een", "één", "eén"})
ACCENTED_ONE: frozenset[str] = frozenset({"één", "eén"})
NOT_A_COUNT_AFTER_ONE: frozenset[str] = frozenset({
    "enkele",  # "één enkele loopgraaf": a single, emphatic
    "van",  # "een van de soldaten": one of
    "ding", "keer", "klap", "moment", "dag",  # set phrases: in één klap, op één dag
})
