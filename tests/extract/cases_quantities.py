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
    # A share takes the category of what it is a share of (equipment here); a share of people stays a ratio.
    {"id": "fraction-of", "text": "Rusland heeft bijna de helft van zijn tanks verloren.",
     "quantities": [{"text": "bijna de helft", "low": None, "high": 50, "category": "equipment", "subject": "russia", "source": None}]},
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
    # --- generalisation round: idioms, lexicon fields and clause rules -------------------------
    {"id": "idiom-om-het-leven", "text": "Bij de beschieting van de markt kwamen zeker vijf mensen om het leven.",
     "quantities": [{"text": "zeker vijf mensen", "low": 5, "high": None, "category": "killed", "subject": "civilians", "source": None}]},
    {"id": "idiom-leven-kosten", "text": "De raketaanval op het station heeft aan 22 burgers het leven gekost.",
     "quantities": [{"text": "22 burgers", "low": 22, "high": 22, "category": "killed", "subject": "civilians", "source": None}]},
    {"id": "subset-onder-wie", "text": "Bij de raketaanval raakten negentien mensen gewond, onder wie vier kinderen.",
     "quantities": [
         {"text": "negentien mensen", "low": 19, "high": 19, "category": "wounded", "subject": "civilians", "source": None},
         {"text": "vier kinderen", "low": 4, "high": 4, "category": "wounded", "subject": "civilians", "source": None}]},
    {"id": "strike-continues-next-sentence", "text": "Een raket trof gisteren een flatgebouw in Dnipro. Daarbij kwamen zeker acht mensen om het leven. Ruim twintig mensen raakten gewond.",
     "quantities": [
         {"text": "zeker acht mensen", "low": 8, "high": None, "category": "killed", "subject": "civilians", "source": None},
         {"text": "Ruim twintig mensen", "low": 20, "high": None, "category": "wounded", "subject": "civilians", "source": None}]},
    {"id": "year-like-count", "text": "Het leger heeft ruim 2000 Russische militairen uitgeschakeld.",
     "quantities": [{"text": "ruim 2000 Russische militairen", "low": 2000, "high": None, "category": "casualties", "subject": "russia", "source": None}]},
    {"id": "year-before-noun-phrase", "text": "In 2022 trokken Russische troepen zich terug uit Cherson.", "quantities": [], "not": ["2022"]},
    {"id": "share-of-delivered", "text": "Volgens Kyiv is slechts 40 procent van de granaten die Duitsland beloofde in Oekraïne aangekomen.",
     "quantities": [{"text": "40 procent", "low": 40, "high": 40, "category": "equipment", "subject": "ukraine", "source": "Kyiv"}]},
    {"id": "relative-clause-delivery", "text": "De twee miljoen granaten die de EU toezegde zijn nog niet geleverd.",
     "quantities": [{"text": "twee miljoen granaten", "low": 2000000, "high": 2000000, "category": "equipment", "subject": "ukraine", "source": None}]},
    {"id": "coordinated-shares-side", "text": "Oekraïne schakelde bij Robotyne ruim 300 Russische militairen uit, evenals veertien tanks.",
     "quantities": [
         {"text": "ruim 300 Russische militairen", "low": 300, "high": None, "category": "casualties", "subject": "russia", "source": None},
         {"text": "veertien tanks", "low": 14, "high": 14, "category": "equipment", "subject": "russia", "source": None}]},
    {"id": "source-side-not-subject", "text": "Russische troepen vielen Avdiivka opnieuw aan. De Oekraïense generale staf telde twaalf vernietigde tanks.",
     "quantities": [{"text": "twaalf vernietigde tanks", "low": 12, "high": 12, "category": "equipment", "subject": "russia", "source": "Oekraïense generale staf"}]},
    {"id": "prisoner-exchange", "text": "Bij de gevangenenruil van zaterdag kwamen 95 Oekraïners vrij.",
     "quantities": [{"text": "95 Oekraïners", "low": 95, "high": 95, "category": "prisoners", "subject": "ukraine", "source": None}]},
    {"id": "prisoners-held", "text": "Volgens de ombudsman zitten nog duizenden Oekraïense militairen vast in Russische kampen.",
     "quantities": [{"text": "duizenden Oekraïense militairen", "low": 1000, "high": 9999, "category": "prisoners", "subject": "ukraine", "source": "ombudsman"}]},
    {"id": "places-fell", "text": "Volgens het ISW zijn sinds juni ruim twintig dorpen in Russische handen gevallen.",
     "quantities": [{"text": "ruim twintig dorpen", "low": 20, "high": None, "category": "territory", "subject": "russia", "source": "ISW"}]},
    {"id": "refugees-fled", "text": "Sinds de invasie zijn ruim zes miljoen Oekraïners het land ontvlucht.",
     "quantities": [{"text": "ruim zes miljoen Oekraïners", "low": 6000000, "high": None, "category": "refugees", "subject": "civilians", "source": None}]},
    {"id": "promise-separated-particle", "text": "De Verenigde Staten zegden Oekraïne vorige maand 31 Abrams-tanks toe.",
     "quantities": [{"text": "31 Abrams-tanks", "low": 31, "high": 31, "category": "equipment", "subject": "ukraine", "source": None}]},
    {"id": "units-battalion-groups", "text": "Volgens het ISW zette Rusland vier bataljonsgroepen in bij Koepjansk.",
     "quantities": [{"text": "vier bataljonsgroepen", "low": 4, "high": 4, "category": "units", "subject": "russia", "source": "ISW"}]},
    {"id": "money-hryvnia", "text": "Kyiv trekt dit jaar 500 miljard hryvnia uit voor de verdediging.",
     "quantities": [{"text": "500 miljard hryvnia", "low": 500000000000, "high": 500000000000, "category": "money", "subject": "ukraine", "source": None}]},
    {"id": "partitive-of-number", "text": "De luchtafweer onderschepte 28 van de 30 drones die Rusland afvuurde.",
     "quantities": [
         {"text": "28 van de 30 drones", "low": 28, "high": 28, "category": "attacks", "subject": None, "source": None},
         {"text": "30 drones", "low": 30, "high": 30, "category": "attacks", "subject": None, "source": None}]},
    {"id": "model-name-before-noun", "text": "Duitsland levert Oekraïne nog eens 18 Leopard 2-tanks.",
     "quantities": [{"text": "18 Leopard 2-tanks", "low": 18, "high": 18, "category": "equipment", "subject": "ukraine", "source": None}]},
    {"id": "time-frame-in", "text": "De Russen verloren bij Vuhledar in drie weken 130 tanks.",
     "quantities": [{"text": "130 tanks", "low": 130, "high": 130, "category": "equipment", "subject": "russia", "source": None}],
     "not": ["drie weken"]},
    {"id": "clock-time-not-duration", "text": "Rond zes uur 's ochtends sloeg een raket in; het bluswerk duurde rond twaalf uur.",
     "quantities": [{"text": "rond twaalf uur", "low": 12, "high": 12, "category": "duration", "subject": None, "source": None}],
     "not": ["zes uur"]},
    {"id": "coordinated-clause-own-subject", "text": "Bij de aanslag op de brug kwamen twee mensen om het leven en raakte hun dochter gewond.",
     "quantities": [{"text": "twee mensen", "low": 2, "high": 2, "category": "killed", "subject": "civilians", "source": None}]},
    {"id": "coordinated-clause-shared-subject", "text": "Bij de beschieting werden zeker veertig militairen gedood of raakten gewond.",
     "quantities": [{"text": "zeker veertig militairen", "low": 40, "high": None, "category": "casualties", "subject": None, "source": None}]},
    {"id": "whole-word-cue", "text": "Wagner rekruteerde in Russische gevangenissen naar schatting 40.000 gevangenen.",
     "quantities": [{"text": "naar schatting 40.000 gevangenen", "low": 40000, "high": 40000, "category": "personnel", "subject": "wagner", "source": None}]},
    # --- round 3: clause roles, semantic fields, number grammar and non-claims -----------------
    # The agent of a destroying or killing verb does not own the wrecks or the dead: they are the other side's.
    {"id": "agent-active-destroy", "text": "Oekraïense troepen vernietigden vorige week twaalf tanks bij Bachmoet.",
     "quantities": [{"text": "twaalf tanks", "low": 12, "high": 12, "category": "equipment", "subject": "russia", "source": None}]},
    {"id": "agent-passive-door", "text": "Volgens de staf zijn gisteren veertig tanks door Oekraïense drones vernietigd.",
     "quantities": [{"text": "veertig tanks", "low": 40, "high": 40, "category": "equipment", "subject": "russia", "source": "staf"}]},
    {"id": "agent-pronoun-is-source", "text": "Het Oekraïense leger meldt dat het 64 drones uitschakelde.",
     "quantities": [{"text": "64 drones", "low": 64, "high": 64, "category": "equipment", "subject": "russia", "source": "Oekraïense leger"}]},
    {"id": "agent-first-person", "text": "„We hebben deze week 300 soldaten uitgeschakeld”, zei de Oekraïense generaal Tarnavsky.",
     "quantities": [{"text": "300 soldaten", "low": 300, "high": 300, "category": "casualties", "subject": "russia", "source": "Tarnavsky"}]},
    # The passive subject or the target of a strike is not the attacker; "N keer" with a strike verb counts attacks.
    {"id": "times-struck-victim", "text": "In april werd Kyiv meer dan twintig keer beschoten, zegt de gouverneur.",
     "quantities": [{"text": "meer dan twintig keer", "low": 20, "high": None, "category": "attacks", "subject": "russia", "source": "gouverneur"}]},
    {"id": "fired-at-struck-city", "text": "Moskou werd opnieuw getroffen door een droneaanval. Volgens de burgemeester werden zes drones op de stad afgevuurd.",
     "quantities": [{"text": "zes drones", "low": 6, "high": 6, "category": "attacks", "subject": "ukraine", "source": "burgemeester"}]},
    # A generic counter counts the noun counted before it; "spreken van N" names its subject as source.
    {"id": "generic-counter-speak-of", "text": "Rusland vuurde vannacht acht drones af op Kyiv. Russische bloggers spreken van ruim tien toestellen.",
     "quantities": [
         {"text": "acht drones", "low": 8, "high": 8, "category": "attacks", "subject": "russia", "source": None},
         {"text": "ruim tien toestellen", "low": 10, "high": None, "category": "attacks", "subject": "russia", "source": "Russische bloggers"}]},
    # Civilian occupations are civilians, also when held by a named side.
    {"id": "civic-noun-wounded", "text": "Bij de beschieting van de fabriek raakten vijf medewerkers gewond.",
     "quantities": [{"text": "vijf medewerkers", "low": 5, "high": 5, "category": "wounded", "subject": "civilians", "source": None}]},
    {"id": "civic-noun-detained-by", "text": "Volgens de vakbond zijn ruim zestig mijnwerkers door Russische troepen opgepakt.",
     "quantities": [{"text": "ruim zestig mijnwerkers", "low": 60, "high": None, "category": "prisoners", "subject": "civilians", "source": "vakbond"}]},
    {"id": "damage-makes-strike", "text": "In de wijk raakten twee flats beschadigd. Drie mensen liepen verwondingen op.",
     "quantities": [{"text": "Drie mensen", "low": 3, "high": 3, "category": "wounded", "subject": "civilians", "source": None}]},
    # Labels, ages and densities are not claims.
    {"id": "label-after-noun", "text": "De drone sloeg in bij gebouw 7 van de haven.", "quantities": [], "not": ["7"]},
    {"id": "label-reactor", "text": "Een granaat raakte de koepel van reactor 5.", "quantities": [], "not": ["5"]},
    {"id": "age-van-number", "text": "Onder de doden is een meisje van negen.", "quantities": [], "not": ["negen"]},
    {"id": "density-per-area", "text": "Op sommige plekken liggen vijf mijnen per vierkante meter.", "quantities": [], "not": ["vijf mijnen"]},
    # A bound distributes over a casualty toll, not over a list of materiel.
    {"id": "bound-not-over-materiel", "text": "Volgens Oryx verloor Rusland zeker twaalf tanks en negen pantservoertuigen.",
     "quantities": [
         {"text": "zeker twaalf tanks", "low": 12, "high": None, "category": "equipment", "subject": "russia", "source": "Oryx"},
         {"text": "negen pantservoertuigen", "low": 9, "high": 9, "category": "equipment", "subject": "russia", "source": "Oryx"}]},
    # A share of munitions shot down is a rate; a share's side is named in what it is a share of.
    {"id": "share-intercepted-ratio", "text": "De luchtmacht zegt dat zij ruim 80 procent van de Russische raketten heeft onderschept.",
     "quantities": [{"text": "ruim 80 procent", "low": 80, "high": None, "category": "ratio", "subject": "russia", "source": "luchtmacht"}]},
    {"id": "share-of-relative-clause", "text": "Rusland roept 200.000 reservisten op, ongeveer 2 procent van het aantal dat het Kremlin kan mobiliseren.",
     "quantities": [
         {"text": "200.000 reservisten", "low": 200000, "high": 200000, "category": "personnel", "subject": "russia", "source": None},
         {"text": "ongeveer 2 procent", "low": 2, "high": 2, "category": "ratio", "subject": "russia", "source": None}]},
    # A repeated figure means the same thing; a figure right after one of its kind goes on about the same side.
    {"id": "repeated-figure-side", "text": "Rusland mobiliseert 300.000 reservisten. „Driehonderdduizend man is veel”, zegt analist Jan de Vries.",
     "quantities": [
         {"text": "300.000 reservisten", "low": 300000, "high": 300000, "category": "personnel", "subject": "russia", "source": None},
         {"text": "Driehonderdduizend man", "low": 300000, "high": 300000, "category": "personnel", "subject": "russia", "source": "Jan de Vries"}]},
    {"id": "continuing-figure-side", "text": "Oekraïne heroverde ongeveer 300 vierkante kilometer. Dat is minder dan een procent van het bezette gebied.",
     "quantities": [
         {"text": "ongeveer 300 vierkante kilometer", "low": 300, "high": 300, "category": "territory", "subject": "ukraine", "source": None},
         {"text": "minder dan een procent", "low": None, "high": 1, "category": "territory", "subject": "ukraine", "source": None}]},
    {"id": "elided-toll-goes-on", "text": "Het aantal Russische gesneuvelden ligt op 40.000, waarmee de verliezen (doden en gewonden) boven de honderdduizend uitkomen.",
     "quantities": [
         {"text": "40.000", "low": 40000, "high": 40000, "category": "killed", "subject": "russia", "source": None},
         {"text": "boven de honderdduizend", "low": 100000, "high": None, "category": "casualties", "subject": "russia", "source": None}]},
    # Leaving the country is flight; Western materiel and Western deliveries are Ukraine's.
    {"id": "refugees-leave-country", "text": "Sinds de mobilisatie proberen duizenden mannen het land te verlaten.",
     "quantities": [{"text": "duizenden mannen", "low": 1000, "high": 9999, "category": "refugees", "subject": "civilians", "source": None}]},
    {"id": "western-materiel", "text": "Volgens Oryx zijn zestien Amerikaanse Bradley-pantservoertuigen vernietigd.",
     "quantities": [{"text": "zestien Amerikaanse Bradley-pantservoertuigen", "low": 16, "high": 16, "category": "equipment", "subject": "ukraine", "source": "Oryx"}]},
    {"id": "western-giver", "text": "De VS heeft tot nu toe zestien van deze systemen geleverd.",
     "quantities": [{"text": "zestien van deze systemen", "low": 16, "high": 16, "category": "equipment", "subject": "ukraine", "source": None}]},
    # A country as the subject of an estimate speaks for its government.
    {"id": "country-estimates", "text": "Oekraïne schat het aantal Russische doden op ruim 55.000.",
     "quantities": [{"text": "ruim 55.000", "low": 55000, "high": None, "category": "killed", "subject": "russia", "source": "Government of Ukraine"}]},
    # "ze" set against "ons" in a quote is the speaker's opponent.
    {"id": "they-against-us", "text": "„Ze schieten tien granaten op iedere granaat van ons”, zegt de Oekraïense commandant Petrenko.",
     "quantities": [{"text": "tien granaten op iedere granaat", "low": 10, "high": 10, "category": "ratio", "subject": "russia", "source": "Petrenko"}]},
    # Round 3: a scale written once covers a range; long-scale "biljoen"; ordinal fractions; the
    # noun governing "van <n>" gives the fate; crews are not refugees; "N tegen één" is a ratio.
    {"id": "range-shared-scale", "text": "Volgens de Wereldbank kost het herstel 2 tot 4 miljard dollar.",
     "quantities": [{"text": "2 tot 4 miljard dollar", "low": 2e9, "high": 4e9, "category": "money", "subject": None, "source": "Wereldbank"}]},
    {"id": "biljoen", "text": "Het Kremlin besteedt dit jaar 8 biljoen roebel aan het leger.",
     "quantities": [{"text": "8 biljoen roebel", "low": 8e12, "high": 8e12, "category": "money", "subject": "russia", "source": None}]},
    {"id": "fate-noun-van", "text": "In een massagraf bij Izjoem zijn de lichamen van 440 inwoners aangetroffen.",
     "quantities": [{"text": "440 inwoners", "low": 440, "high": 440, "category": "killed", "subject": "civilians", "source": None}]},
    {"id": "refugees-leave-home", "text": "Na de beschietingen moesten zeker 3000 bewoners hun woning verlaten.",
     "quantities": [{"text": "zeker 3000 bewoners", "low": 3000, "high": None, "category": "refugees", "subject": "civilians", "source": None}]},
    {"id": "crew-evacuated-not-refugees", "text": "De 300 matrozen van het schip werden geëvacueerd.",
     "quantities": [{"text": "300 matrozen", "low": 300, "high": 300, "category": "personnel", "subject": None, "source": None}]},
]
