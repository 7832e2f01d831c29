"""Dutch month and weekday names, for reading dates such as ``zaterdag 20 mei 2023``.

Data only. Keys are lower case without a final period: callers fold case and strip ``"."`` from
abbreviations (``"sept."`` → ``"sept"``) before looking a name up.
"""

# Full names and the abbreviations newspapers use in datelines and page heads. "mrt" is the
# usual short form of maart (not "maa"); "sept" appears beside "sep" in older house styles.
MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# A weekday often precedes the date in a page head ("zaterdag 20 mei 2023"); it adds nothing to
# the date but must be recognised so the whole phrase is taken as one date.
WEEKDAYS: dict[str, int] = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "ma": 0,
    "di": 1,
    "wo": 2,
    "do": 3,
    "vr": 4,
    "za": 5,
    "zo": 6,
}
