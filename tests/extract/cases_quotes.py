"""Extra quote and reported-speech constructions (written for claimgraph), and the known gaps.

Same format as ``tests/data/nl_constructions.py``. ``QUOTE_GAPS`` maps (group, id) to the reason a
case is still missed; those tests are marked xfail (not strict) so the gap stays documented.
"""

EXTRA_QUOTES: list[dict] = [
    {
        "id": "prenominal-participle-source",
        "text": "De troepen zijn ‘met slecht materieel’ ingezet, meldt de naar Riga uitgeweken nieuwssite "
        "Novaja Gazeta.",
        "quotes": [
            {"text": "De troepen zijn ‘met slecht materieel’ ingezet", "kind": "indirect",
             "speaker": "Novaja Gazeta"},
            {"text": "met slecht materieel", "kind": "partial", "speaker": "Novaja Gazeta"},
        ],
    },
    {
        "id": "next-sentence-dat-twitterde",
        "text": "‘Goedenacht, bezetters.’ Dat twitterde het Oekraïense ministerie van Defensie vrijdag.",
        "quotes": [
            {"text": "Goedenacht, bezetters.", "kind": "direct",
             "speaker": "Oekraïense ministerie van Defensie"},
        ],
    },
    {
        "id": "name-in-marks-is-no-quote",
        "text": "De beelden verschenen op het Telegramkanaal ‘Frontnieuws’, aldus de krant.",
        "quotes": [],
    },
]

EXTRA_INDIRECT: list[dict] = [
    {
        "id": "appositive-name-subject",
        "text": "De gouverneur van de regio, Oleh Bondarenko, zei dat drie mensen zijn gedood.",
        "quotes": [
            {"text": "drie mensen zijn gedood", "kind": "indirect", "speaker": "Oleh Bondarenko",
             "stance": "reported"},
        ],
    },
    {
        "id": "te-infinitive-claim",
        "text": "De Oekraïense politie zegt bewijs te hebben gevonden van martelingen in de stad.",
        "quotes": [
            {"text": "bewijs te hebben gevonden van martelingen in de stad", "kind": "indirect",
             "speaker": "Oekraïense politie", "stance": "reported"},
        ],
    },
    {
        "id": "naar-eigen-zeggen",
        "text": "De Oekraïners zijn naar eigen zeggen twintig kilometer opgerukt.",
        "quotes": [
            {"text": "twintig kilometer opgerukt", "kind": "indirect", "speaker": "Oekraïners",
             "stance": "reported"},
        ],
    },
    {
        "id": "betwijfelt-of-is-no-claim",
        "text": "Hij betwijfelt of dat genoeg zal zijn.",
        "quotes": [],
    },
]

QUOTE_GAPS: dict[tuple[str, str], str] = {}
