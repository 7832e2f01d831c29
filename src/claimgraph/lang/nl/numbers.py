"""Dutch number words: units, tens, scale words and vague plurals.

Compounds (``drieëntwintig``, ``tweehonderdvijftig``) are built by the number grammar from these
parts, so only the atoms are listed here.
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
}
# Vague plurals: an order of magnitude, as the interval [low, high].
VAGUE: dict[str, tuple[int, int]] = {
    "tientallen": (20, 99),
    "honderden": (100, 999),
    "duizenden": (1000, 9999),
    "tienduizenden": (10_000, 99_999),
    "honderdduizenden": (100_000, 999_999),
    "miljoenen": (1_000_000, 9_999_999),
}
