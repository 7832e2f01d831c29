"""Extra control-claim constructions (written for these tests), like tests/data/nl_constructions.py."""

CONTROL_EXTRA = [
    # Round 5: withdrawals, possessive holders, clearing, claim verbs after the noun, listed places.
    {
        "id": "reported-withdrawal-denies",
        "text": "De Oekraïense legerleiding maakte bekend dat haar eenheden zich uit Marjinka hebben "
        "teruggetrokken.",
        "control": [{"place": "Marjinka", "holder": "ukraine", "polarity": "deny",
                     "source": "legerleiding"}],
    },
    {
        "id": "writer-withdrawal-no-claim",
        "text": "Na weken van beschietingen heeft het Oekraïense leger zich teruggetrokken uit Marjinka.",
        "control": [],
    },
    {
        "id": "ongoing-withdrawal-no-claim",
        "text": "Volgens Kyiv trekt het leger zich terug uit Marjinka.",
        "control": [],
    },
    {
        "id": "civilians-leaving-no-claim",
        "text": "Volgens de gouverneur hebben de meeste inwoners Marjinka inmiddels verlaten.",
        "control": [],
    },
    {
        "id": "onze-handen-speaker-side",
        "text": "Generaal Syrsky hield vol dat Koepjansk ‘nog altijd in onze handen’ is.",
        "control": [{"place": "Koepjansk", "holder": "ukraine", "polarity": "affirm",
                     "source": "Oleksandr Syrskyi"}],
    },
    {
        "id": "hun-handen-volgens-source",
        "text": "Krynky is volgens de Russen sinds februari weer in hun handen.",
        "control": [{"place": "Krynky", "holder": "russia", "polarity": "affirm", "source": "Russen"}],
    },
    {
        "id": "gezuiverd-speaker-side",
        "text": "President Zelensky meldde dat Cherson ‘volledig is gezuiverd’.",
        "control": [{"place": "Cherson", "holder": "ukraine", "polarity": "affirm",
                     "source": "Volodymyr Zelensky"}],
    },
    {
        "id": "nominal-claim-participle-after",
        "text": "Het Russische ministerie van Defensie heeft zondag de verovering van Marjinka "
        "bekendgemaakt.",
        "control": [{"place": "Marjinka", "holder": "russia", "polarity": "affirm",
                     "source": "Russische ministerie van Defensie"}],
    },
    {
        "id": "nominal-in-subordinate-no-claim",
        "text": "Het was niet de eerste keer dat Moskou de inname van Marjinka meldde.",
        "control": [],
    },
    {
        "id": "coordinated-places-each-claimed",
        "text": "Balaklija, Koepjansk en Izjoem zijn heroverd, meldde de Oekraïense generale staf.",
        "control": [
            {"place": "Balaklija", "holder": "ukraine", "polarity": "affirm",
             "source": "General Staff of the Armed Forces of Ukraine"},
            {"place": "Koepjansk", "holder": "ukraine", "polarity": "affirm",
             "source": "General Staff of the Armed Forces of Ukraine"},
            {"place": "Izjoem", "holder": "ukraine", "polarity": "affirm",
             "source": "General Staff of the Armed Forces of Ukraine"},
        ],
    },
    {
        "id": "occupied-without-agent",
        "text": "Daarna bleef Boetsja een maand bezet.",
        "control": [{"place": "Boetsja", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {
        "id": "lost-soldiers-not-the-place",
        "text": "Volgens Moskou heeft Oekraïne in de strijd om Marjinka ruim 4000 militairen verloren.",
        "control": [],
    },
    {
        "id": "area-around-place-not-the-place",
        "text": "Het ISW meldt dat de Russen rond Koepjansk 300 vierkante kilometer hebben veroverd.",
        "control": [],
    },
    {
        "id": "distance-does-not-block",
        "text": "De strijd verplaatste zich naar Vovtsjansk. Die stad ligt op 3 kilometer van de grens en "
        "was door Rusland op de eerste dag ingenomen.",
        "control": [{"place": "Vovtsjansk", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {
        "id": "listed-places-after-clause",
        "text": "Moskou meldt dat Russische troepen drie dorpen hebben ingenomen, waaronder Krasnohorivka, "
        "Netajlove en Novobachmoetivka.",
        "control": [
            {"place": "Krasnohorivka", "holder": "russia", "polarity": "affirm",
             "source": "Government of Russia"},
            {"place": "Netajlove", "holder": "russia", "polarity": "affirm",
             "source": "Government of Russia"},
            {"place": "Novobachmoetivka", "holder": "russia", "polarity": "affirm",
             "source": "Government of Russia"},
        ],
    },
    # Round 4: a town in a locative phrase is no actor; a source after "volgens" is no place.
    {
        "id": "possessive-troops-town-locative",
        "text": "Het Russische ministerie van Defensie meldde dat zijn troepen het dorp Petropavlivka bij "
        "Koepjansk hebben ingenomen.",
        "control": [{"place": "Petropavlivka", "holder": "russia", "polarity": "affirm",
                     "source": "Russische ministerie van Defensie"}],
    },
    {
        "id": "district-name-after-wijk",
        "text": "Volgens Moskou hebben Russische troepen de wijk Oktjabrskyj in het westen van de stad "
        "veroverd.",
        "control": [{"place": "Oktjabrskyj", "holder": "russia", "polarity": "affirm",
                     "source": "Government of Russia"}],
    },
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
    {"id": "not-partial", "text": "De Russen controleren de rest van Toretsk.",
     "control": []},
    {"id": "not-in-adverbial", "text": "Oekraïense troepen heroverden een dorp bij Tokmak.",
     "control": []},
    {"id": "not-possibility", "text": "Oekraïne kan Tokmak binnen weken heroveren.",
     "control": []},
    {"id": "not-casualties", "text": "Bij de beschieting van Lozova vielen drie doden.",
     "control": []},
    # Read across a verbless apposition or prepositional phrase between commas.
    {
        "id": "across-apposition",
        "text": "Koepjansk, een stad aan de Oskil, is sinds september weer in Oekraïense handen.",
        "control": [{"place": "Koepjansk", "holder": "ukraine", "polarity": "affirm", "source": None}],
    },
    # "X in handen hebben": the subject holds it, even after "Volgens Y" and a parenthetical.
    {
        "id": "in-handen-hebben-subject",
        "text": "Volgens Haidai hebben Russische eenheden de stad Popasna, met zo'n 20.000 inwoners, "
                "volledig in handen.",
        "control": [{"place": "Popasna", "holder": "russia", "polarity": "affirm", "source": "Haidai"}],
    },
    # "het dorp" refers back to the last named place.
    {
        "id": "anaphor-het-dorp",
        "text": "Russische troepen trokken op naar Nevelske.\n\nVolgens Zelensky is het dorp nog in "
                "Oekraïense handen.",
        "control": [{"place": "Nevelske", "holder": "ukraine", "polarity": "affirm", "source": "Zelensky"}],
    },
    # An agentless fall of a place the knowledge base does not know: the side the document names.
    {
        "id": "fall-holder-from-document",
        "text": "Oekraïense eenheden hebben het dorp Tetkino in handen. Het Kremlin ontkent dat Tetkino "
                "is gevallen.",
        "control": [{"place": "Tetkino", "holder": "ukraine", "polarity": "affirm", "source": None},
                    {"place": "Tetkino", "holder": "ukraine", "polarity": "deny", "source": "Kremlin"}],
    },
    # "nog in Oekraïense handen": the holder defends, so a fall is the other side's capture.
    {
        "id": "fall-holder-still-held",
        "text": "Volgens Zelensky is Nevelske nog in Oekraïense handen. Russische bloggers beweren dat "
                "Nevelske al is ingenomen.",
        "control": [{"place": "Nevelske", "holder": "ukraine", "polarity": "affirm", "source": "Zelensky"},
                    {"place": "Nevelske", "holder": "russia", "polarity": "affirm", "source": "bloggers"}],
    },
    # Separable denial verb "spreekt tegen dat"; the source is its subject.
    {
        "id": "denial-spreekt-tegen",
        "text": "Het Kremlin spreekt tegen dat Marinka is ingenomen.",
        "control": [{"place": "Marinka", "holder": "russia", "polarity": "deny", "source": "Kremlin"}],
    },
    {
        "id": "compound-place-noun-subject",
        "text": "Het grensdorp Tetkino werd door Oekraïense troepen ingenomen.",
        "control": [{"place": "Tetkino", "holder": "ukraine", "polarity": "affirm", "source": None}],
    },
    {"id": "not-villages-in-region",
     "text": "Het Oekraïense leger heeft 80 dorpen in de Russische regio Belgorod onder controle.",
     "control": []},
    {"id": "not-area-in-place", "text": "Oekraïne controleert 500 vierkante kilometer in Belgorod.",
     "control": []},
    {"id": "not-partial-anaphor",
     "text": "De strijd om Marinka duurt voort. De Russen houden stand in het centrum van de stad.",
     "control": []},
    {"id": "not-cause-of-fall", "text": "Analisten zeggen dat Marinka viel door een gebrek aan munitie.",
     "control": []},
    {"id": "not-temporal-clause",
     "text": "Nadat Rusland Mariupol had ingenomen, verplaatste het leger troepen naar Bachmoet.",
     "control": []},
    # A coordinated denial whose pronoun object stands for the claim just made.
    {
        "id": "denial-pronoun-coordinated",
        "text": "Wagner meldt dat Soledar is ingenomen, maar Oekraïne ontkent dat.",
        "control": [{"place": "Soledar", "holder": "russia", "polarity": "affirm", "source": "Wagner"},
                    {"place": "Soledar", "holder": "russia", "polarity": "deny", "source": "Oekraïne"}],
    },
    # A definite common noun refers back to the place whose name it heads or completes.
    {
        "id": "head-noun-anaphor-compound",
        "text": "Drones troffen opnieuw de Tsjervona-fabriek. Russische troepen namen de fabriek in "
                "maart in.",
        "control": [{"place": "Tsjervona-fabriek", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {
        "id": "head-noun-anaphor-van",
        "text": "Het vliegveld van Hostomel lag dagenlang onder vuur. Russische parachutisten namen het "
                "vliegveld uiteindelijk in.",
        "control": [{"place": "Hostomel", "holder": "russia", "polarity": "affirm", "source": None}],
    },
    {"id": "not-head-noun-without-antecedent",
     "text": "Bij Charkiv ligt een oude fabriek. Russische troepen namen de kazerne in.",
     "control": []},
    # Losing a place denies the loser holds it: the subject, or else the source's side.
    {
        "id": "loss-subject",
        "text": "Volgens het Russische ministerie van Defensie hebben de Oekraïners Klisjtsjivka verloren.",
        "control": [{"place": "Klisjtsjivka", "holder": "ukraine", "polarity": "deny",
                     "source": "Russische ministerie van Defensie"}],
    },
    {
        "id": "loss-passive-source-side",
        "text": "Een Russische militaire blogger erkent dat Lyman verloren is.",
        "control": [{"place": "Lyman", "holder": "russia", "polarity": "deny",
                     "source": "Russische militaire blogger"}],
    },
    {
        "id": "loss-of-control",
        "text": "Rusland verloor in oktober de controle over Lyman.",
        "control": [{"place": "Lyman", "holder": "russia", "polarity": "deny", "source": None}],
    },
    {"id": "not-loss-of-equipment", "text": "Rusland verloor bij Vuhledar tientallen tanks.",
     "control": []},
    # Round 3: separable "vallen", predicative party adjectives, possessive agents, next-sentence denial.
    {"id": "not-separable-vallen", "text": "Dinsdag viel in grote delen van Zaporizja het water uit.",
     "control": []},
    {"id": "not-vallen-binnen", "text": "In 2022 viel Rusland de regio Soemy binnen.", "control": []},
    {"id": "predicative-party", "text": "Kramatorsk is nog steeds Oekraïens.",
     "control": [{"place": "Kramatorsk", "holder": "ukraine", "polarity": "affirm", "source": None}]},
    {"id": "predicative-party-negated", "text": "Tokmak wordt nooit Russisch.",
     "control": [{"place": "Tokmak", "holder": "russia", "polarity": "deny", "source": None}]},
    {"id": "not-predicative-attributive", "text": "Kramatorsk is Oekraïens grondgebied.", "control": []},
]
