"""Dutch words that place a claim in time: relative days, weeks, seasons, durations, anaphora.

Data only, read by :mod:`claimgraph.reconcile.dates`, which resolves them against the article's
publication date. Month and weekday names live in :mod:`claimgraph.lang.nl.months`; number words
in :mod:`claimgraph.lang.nl.numbers`. Keys are lower case.
"""

# Days relative to the publication date. "vannacht" is the night before a morning paper; the
# "gister…" forms are yesterday's day parts.
RELATIVE_DAYS: dict[str, int] = {
    "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "vannacht": 0,
    "gisteren": -1, "gister": -1, "gisteravond": -1, "gisterochtend": -1, "gistermorgen": -1,
    "gistermiddag": -1, "gisternacht": -1, "eergisteren": -2,
}  # fmt: skip

# Parts of the day a weekday may carry as a suffix: "maandagavond", "zaterdagochtend".
DAY_PARTS: tuple[str, ...] = ("ochtend", "morgen", "middag", "avond", "nacht")

# Time units of durations ("293 dagen", "negen maanden") and relative spans ("vorige week").
TIME_UNITS: dict[str, str] = {
    "dag": "day", "dagen": "day", "etmaal": "day", "etmalen": "day",
    "week": "week", "weken": "week",
    "maand": "month", "maanden": "month",
    "jaar": "year", "jaren": "year",
    "uur": "hour", "uren": "hour",
}  # fmt: skip

# Words before "week/maand/jaar/weekend" or a weekday, by direction: -1 the one before the
# publication date's, 0 the current one, +1 the next. "afgelopen" is the rolling past span
# ("afgelopen week" = the seven days up to publication); "vorige" is the calendar one before.
ROLLING_PAST: frozenset[str] = frozenset({"afgelopen", "voorbije", "laatste", "jongste"})
PREVIOUS: frozenset[str] = frozenset({"vorige", "vorig", "verleden"})
CURRENT: frozenset[str] = frozenset({"deze", "dit", "huidige"})
NEXT: frozenset[str] = frozenset({"komende", "volgende", "aanstaande"})

# Parts of a month: "begin maart", "eind januari", "half mei" → (first day, last day); None = the
# month's last day.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "begin": (1, 10), "eind": (21, None), "einde": (21, None),
    "half": (11, 20), "medio": (11, 20), "midden": (11, 20), "halverwege": (11, 20),
}  # fmt: skip

# Seasons as (first month, last month); winter runs over the turn of the year.
SEASONS: dict[str, tuple[int, int]] = {
    "lente": (3, 5), "voorjaar": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11),
    "winter": (12, 2),
}  # fmt: skip

# Relative years: "vorig jaar", "dit jaar", bare or after a month ("februari vorig jaar").
YEAR_OFFSETS: dict[str, int] = {
    "vorig jaar": -1, "verleden jaar": -1, "afgelopen jaar": -1, "dit jaar": 0, "vorige jaar": -1,
}  # fmt: skip

# Words that turn a point or period into "from then until publication".
SINCE: frozenset[str] = frozenset({"sinds", "sedert", "vanaf"})
# Prepositions that belong to the expression without changing it ("in februari", "op 10 mei").
PREPOSITIONS: frozenset[str] = frozenset({"in", "op", "tijdens", "gedurende"})

# Bounds before a duration; the interval of the duration itself is the quantity extractor's job,
# here they only belong to the expression's span ("in minder dan een week tijd").
DURATION_BOUNDS: tuple[str, ...] = (
    "minder dan", "meer dan", "ruim", "bijna", "ongeveer", "zo'n", "zo’n", "circa", "nog geen",
    "krap", "pakweg", "binnen", "na",
)

# After a count of units: "drie dagen geleden" (before publication), "een dag eerder/later"
# (before/after the time the text spoke of last).
AGO: frozenset[str] = frozenset({"geleden", "terug"})
EARLIER: frozenset[str] = frozenset({"eerder", "daarvoor", "ervoor", "tevoren"})
LATER: frozenset[str] = frozenset({"later", "daarna", "erna", "nadien"})

# Anaphora: "in diezelfde tijd", "in dezelfde periode" — the period the text spoke of last.
SAME_DETERMINERS: frozenset[str] = frozenset({
    "die", "diezelfde", "dezelfde", "datzelfde", "hetzelfde", "die zelfde",
})
SAME_NOUNS: frozenset[str] = frozenset({
    "tijd", "periode", "tijdsbestek", "tijdspanne", "week", "dag", "maand", "etmaal",
})

# Named starts of the war; "sinds het begin van de oorlog" is a cumulative total.
WAR_START = "2022-02-24"
WAR_START_PHRASES: tuple[str, ...] = (
    "het begin van de oorlog", "het begin van de invasie", "de start van de oorlog",
    "het uitbreken van de oorlog", "de invasie", "de inval", "de russische invasie",
    "de russische inval", "de grootschalige invasie", "het begin van de russische invasie",
    "de oorlog",
)  # fmt: skip
