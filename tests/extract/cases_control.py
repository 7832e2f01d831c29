"""Extra control-claim constructions (written for these tests), like tests/data/nl_constructions.py."""

CONTROL_EXTRA = [
    {
        "id": "door-agent-passive",
        "text": "Liman werd vorige week door de Russen ingenomen.",
        "control": [{"place": "Liman", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {
        "id": "anaphor-de-stad",
        "text": "De strijd concentreert zich op Soledar. De stad werd in januari door Wagner veroverd.",
        "control": [{"place": "Soledar", "holder": "wagner", "polarity": "affirm", "source": None}],
    },
    {
        "id": "houdt-bezet",
        "text": "Rusland houdt Berdjansk sinds maart bezet.",
        "control": [{"place": "Berdjansk", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {
        "id": "not-relative-clause",
        "text": "Izjoem, de stad die in april viel, ligt aan de Donets.",
        "control": [],
    },
    {"id": "not-partial", "text": "De Russen controleren de rest van Toretsk.", "control": []},
    {"id": "not-in-adverbial", "text": "Oekraïense troepen heroverden een dorp bij Tokmak.", "control": []},
    {"id": "not-possibility", "text": "Oekraïne kan Tokmak binnen weken heroveren.", "control": []},
    {"id": "not-casualties", "text": "Bij de beschieting van Lozova vielen drie doden.", "control": []},
]
