"""Extra entity constructions (written for these tests), in the format of tests/data/nl_constructions.py."""

ENTITIES_EXTRA = [
    {
        "id": "dateline-caps",
        "parts": [("dateline", "KYIV – MOSKOU"), ("body", "In Moskou bleef het stil.")],
        "entities": [
            {"name": "Kyiv", "type": "LOC", "mentions": ["KYIV"]},
            {"name": "Moscow", "type": "LOC", "mentions": ["MOSKOU", "Moskou"]},
        ],
        "not_entities": [],
    },
    {
        "id": "credit-agency-and-photographer",
        "parts": [("caption", "Soldaten bij een stelling."), ("credit", "beeld afp / Olga Marenko")],
        "entities": [
            {"name": "Agence France-Presse", "type": "ORG", "mentions": ["afp"]},
            {"name": "Olga Marenko", "type": "PER", "mentions": ["Olga Marenko"]},
        ],
        "not_entities": [],
    },
    {
        "id": "surname-after-full-name",
        "text": "Volgens analist Pieter Hoogendoorn is de stad verloren. "
        "Hoogendoorn wijst op de aanvoerlijnen.",
        "entities": [
            {"name": "Pieter Hoogendoorn", "type": "PER", "mentions": ["Pieter Hoogendoorn", "Hoogendoorn"]}
        ],
        "not_entities": [],
    },
    {
        "id": "genitive",
        "text": "De invloed van Prigozjin groeit. Prigozjins huurlingen rukken op.",
        "entities": [{"name": "Yevgeny Prigozhin", "type": "PER", "mentions": ["Prigozjin", "Prigozjins"]}],
        "not_entities": [],
    },
    {
        "id": "ministry-short-form",
        "text": "Het Britse ministerie van Defensie publiceert dagelijks een analyse. "
        "Volgens het ministerie van Defensie is de opmars vertraagd.",
        "entities": [
            {
                "name": "Ministry of Defence (United Kingdom)",
                "type": "ORG",
                "mentions": ["Britse ministerie van Defensie", "ministerie van Defensie"],
            }
        ],
        "not_entities": ["Defensie"],
    },
    {
        "id": "region-and-city",
        "text": "In de regio Charkov wordt zwaar gevochten. De stad Charkov werd beschoten.",
        "entities": [
            {"name": "Kharkiv Oblast", "type": "LOC", "mentions": ["regio Charkov"]},
            {"name": "Kharkiv", "type": "LOC", "mentions": ["Charkov"]},
        ],
        "not_entities": [],
    },
    {
        "id": "numbered-unit",
        "text": "Het 93ste gemechaniseerde brigade hield de linie bij Kupiansk.",
        "entities": [
            {
                "name": "93ste gemechaniseerde brigade",
                "type": "ORG",
                "mentions": ["93ste gemechaniseerde brigade"],
            }
        ],
        "not_entities": [],
    },
    {
        "id": "surname-that-is-a-place",
        "text": "Oud-generaal Karel Berlijn waarschuwt voor overmoed. "
        "Volgens Berlijn is de winter beslissend.",
        "entities": [{"name": "Karel Berlijn", "type": "PER", "mentions": ["Karel Berlijn", "Berlijn"]}],
        "not_entities": [],
    },
    {
        "id": "description-unambiguous",
        "text": "De Oekraïense president Zelensky bezocht het front. De president sprak met soldaten.",
        "entities": [{"name": "Volodymyr Zelensky", "type": "PER", "mentions": ["Zelensky", "president"]}],
        "not_entities": [],
    },
]
