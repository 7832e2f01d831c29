# ruff: noqa: E501  (one case per line reads best)
"""Extra numeric-claim constructions, written for claimgraph (invented events and figures).

Same layout as ``tests/data/nl_constructions.py`` QUANTITIES: ``text`` and the expected
``quantities`` (text, low, high, category, subject, source); ``not`` lists numbers that must not be
extracted. Conventions follow ``shared/dev/README.md`` where the two differ (fired missiles are
attacks, aid to Ukraine is about Ukraine).
"""

CASES: list[dict] = [
    {"id": "coordination-elided", "text": "Het leger zegt dat het 300 Russische militairen heeft gedood en nog eens 450 heeft verwond.",
     "quantities": [
         {"text": "300 Russische militairen", "low": 300, "high": 300, "category": "killed", "subject": "russia", "source": "leger"},
         {"text": "450", "low": 450, "high": 450, "category": "wounded", "subject": "russia", "source": "leger"}]},
    {"id": "bound-distributes", "text": "Bij de beschieting van Cherson vielen zeker twee doden en elf gewonden.",
     "quantities": [
         {"text": "zeker twee doden", "low": 2, "high": None, "category": "killed", "subject": "civilians", "source": None},
         {"text": "elf gewonden", "low": 11, "high": None, "category": "wounded", "subject": "civilians", "source": None}]},
    {"id": "aantal-before", "text": "Het aantal Oekraïense gesneuvelden ligt inmiddels op 9.000, schat de Britse inlichtingendienst.",
     "quantities": [{"text": "9.000", "low": 9000, "high": 9000, "category": "killed", "subject": "ukraine", "source": "Britse inlichtingendienst"}]},
    {"id": "gepasseerd", "text": "Het aantal doden en gewonden aan Russische kant is de 50.000 gepasseerd.",
     "quantities": [{"text": "50.000", "low": 50000, "high": None, "category": "casualties", "subject": "russia", "source": None}]},
    {"id": "anaphor-daarvan", "text": "Rusland vuurde 40 kruisraketten af op Kyiv. Dertig daarvan werden onderschept.",
     "quantities": [
         {"text": "40 kruisraketten", "low": 40, "high": 40, "category": "attacks", "subject": "russia", "source": None},
         {"text": "Dertig daarvan", "low": 30, "high": 30, "category": "attacks", "subject": "russia", "source": None}]},
    {"id": "partitive-er", "text": "Het leger viel de Russische brandstofdepots aan. Er zouden er zes zijn vernietigd.",
     "quantities": [{"text": "zes", "low": 6, "high": 6, "category": "equipment", "subject": "russia", "source": None}]},
    {"id": "delivery-recipient", "text": "Duitsland heeft twaalf pantserhouwitsers aan Oekraïne geleverd.",
     "quantities": [{"text": "twaalf pantserhouwitsers", "low": 12, "high": 12, "category": "equipment", "subject": "ukraine", "source": None}]},
    {"id": "fraction-of", "text": "Rusland heeft bijna de helft van zijn tanks verloren.",
     "quantities": [{"text": "bijna de helft", "low": None, "high": 50, "category": "ratio", "subject": "russia", "source": None}]},
    {"id": "impersonal-source", "text": "Binnen het Pentagon wordt uitgegaan van 120.000 Russische doden.",
     "quantities": [{"text": "120.000 Russische doden", "low": 120000, "high": 120000, "category": "killed", "subject": "russia", "source": "Pentagon"}]},
    {"id": "als-het-aan-ligt", "text": "Kyiv wil meer luchtafweer: minimaal twintig systemen, als het aan de Oekraïense premier ligt.",
     "quantities": [{"text": "minimaal twintig systemen", "low": 20, "high": None, "category": "equipment", "subject": "ukraine", "source": "Oekraïense premier"}]},
    {"id": "compound-head", "text": "Wagner zette bij Soledar vier stormbataljons in.",
     "quantities": [{"text": "vier stormbataljons", "low": 4, "high": 4, "category": "units", "subject": "wagner", "source": None}]},
    {"id": "time-frame-not-duration", "text": "In drie weken tijd werden tien dorpen heroverd door Oekraïense troepen.",
     "quantities": [{"text": "tien dorpen", "low": 10, "high": 10, "category": "territory", "subject": "ukraine", "source": None}],
     "not": ["drie weken"]},
    {"id": "distance-ignored", "text": "De stad ligt zo'n 40 kilometer van het front en telt twee bruggen.",
     "quantities": [], "not": ["40 kilometer", "twee bruggen"]},
    {"id": "relative-time", "text": "Een week later kwamen drie jaar oude beelden boven water.", "quantities": [],
     "not": ["Een week", "drie jaar"]},
    {"id": "date-and-time", "text": "Op 3 maart om 6.30 uur sloeg een raket in.", "quantities": [], "not": ["3 maart", "6.30 uur"]},
    {"id": "percent-sign-ratio", "text": "Ruim 40% van de gemobiliseerde mannen had geen training gehad.",
     "quantities": [{"text": "Ruim 40%", "low": 40, "high": None, "category": "ratio", "subject": None, "source": None}]},
]
