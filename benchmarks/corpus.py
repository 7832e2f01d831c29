"""Synthetic Dutch war-report prose for throughput benchmarks.

Every document is assembled from hand-written sentence templates (quotes with speech verbs,
indirect speech, casualty, equipment and territory figures, control claims and denials, and a
large share of background sentences that carry no claim cue at all) filled with people,
organisations, places, units, numbers, dates and weekdays. The people, outlets and figures are
invented, apart from a few well-known names the pipeline must recognise (Zelensky, Poetin,
Prigozjin, Sjojgoe). The output is deterministic per seed: document ``i`` of seed ``s`` depends only
on ``(s, i)``, so a longer run starts with the same documents as a shorter one.

    python benchmarks/corpus.py 500 out/bench.jsonl [--seed 0] [--words 600]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------------------------

# (full name, surname, title before the name, description used as a later reference, pronoun, party)
PEOPLE = (
    ("Volodymyr Zelensky", "Zelensky", "de Oekraïense president", "de president", "hij", "ua"),
    ("Vladimir Poetin", "Poetin", "de Russische president", "de Russische leider", "hij", "ru"),
    ("Jevgeni Prigozjin", "Prigozjin", "Wagnerbaas", "de Wagnerbaas", "hij", "wagner"),
    ("Sergej Sjojgoe", "Sjojgoe", "de Russische minister van Defensie", "de minister", "hij", "ru"),
    ("Andrij Marsjenko", "Marsjenko", "legerwoordvoerder", "de woordvoerder", "hij", "ua"),
    ("Olena Hrytsenko", "Hrytsenko", "onderminister van Defensie", "de onderminister", "zij", "ua"),
    ("Taras Hnatenko", "Hnatenko", "kolonel", "de kolonel", "hij", "ua"),
    ("Viktor Bondar", "Bondar", "generaal", "de generaal", "hij", "ua"),
    ("Oksana Lytvyn", "Lytvyn", "gouverneur", "de gouverneur", "zij", "ua"),
    ("Mykola Sytnyk", "Sytnyk", "burgemeester", "de burgemeester", "hij", "ua"),
    ("Igor Volkov", "Volkov", "de Russische legerwoordvoerder", "de woordvoerder", "hij", "ru"),
    ("Denis Sokolov", "Sokolov", "de door Moskou benoemde bestuurder", "de bestuurder", "hij", "ru"),
    ("Anton Gromov", "Gromov", "Wagnercommandant", "de commandant", "hij", "wagner"),
    ("Ruben Hagedoorn", "Hagedoorn", "militair historicus", "de historicus", "hij", "analyst"),
    ("Daan Kuipers", "Kuipers", "defensieanalist", "de analist", "hij", "analyst"),
    ("Marleen Bosch", "Bosch", "Ruslanddeskundige", "de deskundige", "zij", "analyst"),
    ("Hannah Whitfield", "Whitfield", "de Britse defensieattaché", "de attaché", "zij", "analyst"),
    ("Natalja Petrenko", "Petrenko", "gepensioneerde lerares", "de lerares", "zij", "civ"),
    ("Serhij Bondarenko", "Bondarenko", "vrijwilliger", "de vrijwilliger", "hij", "civ"),
    ("Marta Kovaltsjoek", "Kovaltsjoek", "verpleegkundige", "de verpleegkundige", "zij", "civ"),
)
PERSON_GROUPS = {
    "P": PEOPLE,
    "U": tuple(p for p in PEOPLE if p[5] == "ua"),
    "R": tuple(p for p in PEOPLE if p[5] in ("ru", "wagner")),
    "A": tuple(p for p in PEOPLE if p[5] == "analyst"),
    "C": tuple(p for p in PEOPLE if p[5] == "civ"),
}

# (name as used in running text, party); all take a singular verb.
ORGS = (
    ("het Russische ministerie van Defensie", "ru"),
    ("het ministerie van Defensie in Moskou", "ru"),
    ("het Kremlin", "ru"),
    ("Moskou", "ru"),
    ("het Russische persbureau TASS", "ru"),
    ("de Oekraïense generale staf", "ua"),
    ("het Oekraïense leger", "ua"),
    ("Kyiv", "ua"),
    ("de Oekraïense luchtmacht", "ua"),
    ("het Oekraïense ministerie van Defensie", "ua"),
    ("de Britse inlichtingendienst", "analyst"),
    ("het Britse ministerie van Defensie", "analyst"),
    ("het ISW", "analyst"),
    ("het Institute for the Study of War (ISW)", "analyst"),
    ("de Amerikaanse denktank ISW", "analyst"),
    ("de NAVO", "analyst"),
    ("het Pentagon", "analyst"),
)
ORG_GROUPS = {
    "ORG": ORGS,
    "ORU": tuple(o for o in ORGS if o[1] == "ru"),
    "OUA": tuple(o for o in ORGS if o[1] == "ua"),
    "OAN": tuple(o for o in ORGS if o[1] == "analyst"),
}

TOWNS = (
    "Bachmoet", "Soledar", "Tsjasiv Jar", "Avdiivka", "Marjinka", "Vuhledar", "Kreminna", "Lyman",
    "Kupiansk", "Siversk", "Toretsk", "Orichiv", "Kostjantynivka", "Svatove", "Bilohorivka",
)
VILLAGES = (
    "Klisjtsjiivka", "Andriivka", "Robotyne", "Staromajorske", "Krasnohorivka", "Berchivka",
    "Opytne", "Ivanivske", "Bohdanivka", "Verbove", "Nevelske", "Pervomajske",
)
CITIES = (
    "Kyiv", "Kiev", "Charkiv", "Cherson", "Dnipro", "Odesa", "Zaporizja", "Kramatorsk", "Slovjansk",
    "Lviv", "Poltava", "Soemy",
)
REGIONS = (
    "de Donbas", "de oblast Donetsk", "de regio Zaporizja", "het oosten van het land", "de oblast Loehansk",
    "het zuiden van Oekraïne", "de regio Charkiv",
)
# Brigades only, so that every unit takes a singular verb and "haar".
UNITS = (
    "de 93e gemechaniseerde brigade", "de 3e aanvalsbrigade", "de 72e brigade", "de 155e mariniersbrigade",
    "de 24e brigade", "de 4e tankbrigade", "de 47e brigade", "de 36e mariniersbrigade", "de 110e brigade",
    "de 92e brigade",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAYPARTS = ("", "", "", "ochtend", "middag", "avond", "nacht")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)
OUTLETS = (
    "Het Dagblad", "De Avondpost", "Noorderkrant", "De Zuiderbode", "De Kustbode", "Het Westblad",
    "De Middenpost", "Dagblad van het Oosten", "De Stadscourant", "Het Rivierenblad",
)
QUOTE_MARKS = (("‘", "’"), ("“", "”"), ("„", "”"), ("«", "»"), ("'", "'"), ('"', '"'))

# Quote contents, by the party of the speaker; no final punctuation (templates add it).
QUOTE_TEXTS = {
    "ua": (
        "We houden stand, hoe zwaar het ook is",
        "Elke meter die zij hier winnen, kost hun honderden levens",
        "De stad is niet gevallen en zal niet vallen",
        "We hebben munitie nodig, geen mooie woorden",
        "Onze jongens vechten voor elke straat. De vijand betaalt daar een hoge prijs voor",
        "Wat de Russen op hun kaarten tekenen, is propaganda",
        "De situatie is moeilijk, maar onder controle",
        "Ze sturen golf na golf. Na een uur komt de volgende groep",
        "Wij trekken ons pas terug als er niets meer te verdedigen valt",
        "De vijand valt vooral 's nachts aan, in kleine groepen",
        "Zonder artillerie kunnen we deze linie niet vasthouden",
        "Iedere dag dat wij hier standhouden, is een dag winst voor het hele land",
    ),
    "ru": (
        "De stad is van ons",
        "Onze eenheden rukken op in alle richtingen",
        "De vijand lijdt zware verliezen en trekt zich terug",
        "Alle doelen van de operatie zullen worden bereikt",
        "Wij krijgen niet de munitie die ons is beloofd",
        "Het Oekraïense leger staat op instorten. Het is een kwestie van dagen",
        "Wij vechten hier tegen de hele NAVO",
        "Wie zich overgeeft, blijft in leven",
        "De operatie verloopt volgens plan",
        "Mijn jongens hebben dit gedaan, niemand anders",
    ),
    "wagner": (
        "De stad is van ons",
        "Mijn jongens hebben dit gedaan, niemand anders",
        "Wij krijgen niet de munitie die ons is beloofd",
        "Zonder ons was hier nog geen meter gewonnen",
        "De generaals in Moskou zitten in hun kantoren terwijl mijn mannen sterven",
    ),
    "analyst": (
        "Beide partijen gebruiken cijfers als wapen",
        "Militair is de stad van weinig belang. Politiek is zij alles geworden",
        "De Russen hebben geen grote reserves meer",
        "Dit is een uitputtingsslag, en die wint wie het langst volhoudt",
        "Wie hier één getal als waarheid presenteert, doet de lezer tekort",
        "De Oekraïners kopen tijd, en dat is precies wat zij nodig hebben",
        "Zonder luchtoverwicht komt geen van beide legers veel verder",
        "Het offensief is vastgelopen in de modder en de mijnenvelden",
    ),
    "civ": (
        "We slapen al weken in de kelder",
        "Er is geen water, geen stroom en geen gas",
        "Ik blijf hier. Dit is mijn huis",
        "Mijn buren zijn allemaal weg. Alleen de katten zijn er nog",
        "Elke nacht vallen er granaten. Je went er nooit aan",
        "We wachten op de evacuatiebus, maar die komt niet meer",
    ),
}
# Second halves of split quotes, by side.
QUOTE_TAILS = {
    "U": ("maar we geven niet op", "hoe lang het ook duurt",
          "en daar verandert geen enkele verklaring iets aan"),
    "R": ("en dat zal iedereen binnenkort zien", "ook al wil men dat in Kyiv niet horen",
          "en niemand kan dat ontkennen"),
}
# Partial quotes: noun phrases after "sprak van", states after "is", verdicts after "noemde … ".
PARTIALS = (
    "een keerpunt in de strijd", "een gehaktmolen", "onaanvaardbare verliezen", "een kwestie van dagen",
    "een wanhopige poging van de vijand", "een morele overwinning", "grote successen", "een hel op aarde",
    "een nieuwe fase van de oorlog", "een uitputtingsslag",
)
PARTIAL_STATES = ("uiterst moeilijk", "stabiel maar gespannen", "onder controle", "kritiek", "zeer zorgelijk")
PARTIAL_VERDICTS = ("fors overdreven", "pure propaganda", "verzonnen", "een leugen", "een sprookje")
# Feminine/common-gender nouns that read well after "de" and before "van <place>".
SCARE_TERMS = ("bevrijding", "vrijwillige evacuatie", "denazificatie", "zuivering", "hergroepering")
EQUIPMENT = (
    "tanks", "pantservoertuigen", "artilleriestukken", "drones", "helikopters", "raketwerpers",
    "vrachtwagens", "luchtafweersystemen",
)
# Modifiers that also read well after "nog" or "tot" (populations, totals).
MODIFIERS_SOFT = ("", "", "ruim ", "ongeveer ", "naar schatting ", "zo'n ", "hooguit ", "bijna ")
MODIFIERS = (
    "", "", "", "meer dan ", "ruim ", "bijna ", "zeker ", "minstens ", "ongeveer ", "naar schatting ",
    "zo'n ", "tot wel ", "circa ",
)
VAGUE = ("tientallen", "honderden", "duizenden", "tienduizenden", "enkele honderden", "vele duizenden")
DURATIONS = (
    "ruim een jaar", "negen maanden", "zes weken", "bijna een half jaar", "ruim honderd dagen", "twee weken",
    "zeven maanden", "een maand",
)

# Clauses as (subject, finite verb, middle, final verbs) so that one entry yields a main clause,
# an inverted clause (after "Volgens X") and a subordinate clause (after "dat").
CLAUSES = {
    "ua": (
        ("de Russische aanvallen op {TOWN}", "zijn", "de afgelopen dag", "afgeslagen"),
        ("de Russen", "hebben", "in één week {MOD}{NBIG} man", "verloren"),
        ("Oekraïense eenheden", "hebben", "{MSMALL} Russische tanks", "vernietigd"),
        ("de aanvoerroute naar {TOWN}", "is", "nog altijd open", ""),
        ("de stad", "is", "nog in Oekraïense handen", ""),
        ("{TOWN}", "is", "niet", "gevallen"),
        ("de vijand", "heeft", "in de afgelopen 24 uur {NSMALL} aanvallen op {TOWN}", "uitgevoerd"),
        ("Oekraïense troepen", "hebben", "ten zuiden van {TOWN} {MOD}{KM2}", "heroverd"),
        ("Russische troepen", "zouden", "bij {TOWN} {VAGUE} gevangenen", "hebben ingezet"),
        ("de Russische verliezen", "liggen", "{NWORD_SMALL} keer hoger", "dan de Oekraïense"),
        ("{UNIT}", "heeft", "de Russische opmars bij {VILLAGE}", "gestopt"),
        ("er", "zijn", "bij {TOWN} {RANGE} Russische militairen", "gesneuveld"),
    ),
    "ru": (
        ("Russische eenheden", "hebben", "{TOWN}", "ingenomen"),
        ("Oekraïne", "heeft", "bij {TOWN} {MOD}{NBIG} militairen", "verloren"),
        ("de Oekraïense verdediging", "staat", "op instorten", ""),
        ("Russische troepen", "hebben", "het dorp {VILLAGE}", "bevrijd"),
        ("{TOWN}", "is", "van drie kanten", "omsingeld"),
        ("het Oekraïense leger", "heeft", "in een week {MSMALL} westerse pantservoertuigen", "verloren"),
        ("de Russische luchtmacht", "heeft", "een munitiedepot bij {TOWN}", "vernietigd"),
        ("de operatie", "verloopt", "volgens plan", ""),
        ("{MOD}{NBIG} Oekraïense militairen", "zijn", "bij de gevechten om {TOWN}", "gedood"),
        ("Russische eenheden", "controleren", "{PCT} van {TOWN}", ""),
    ),
    "analyst": (
        ("de Russen", "hebben", "sinds het begin van het offensief {MOD}{KM2}", "gewonnen"),
        ("Rusland", "zou", "rond {TOWN} {MOD}{NBIG} man", "hebben samengetrokken"),
        ("de verhouding", "ligt", "op {RATIO} Russische doden op iedere gesneuvelde Oekraïner", ""),
        ("Russische troepen", "hebben", "{TOWN} waarschijnlijk nog niet", "ingenomen"),
        ("beide legers", "zijn", "na maanden van gevechten", "uitgeput"),
        ("Rusland", "heeft", "bij {TOWN} {RANGE} man aan doden en gewonden", "verloren"),
        ("Wagner", "zou", "bij de strijd om {TOWN} {VAGUE} strijders", "hebben verloren"),
        ("de Russische opmars", "is", "bij {TOWN}", "vastgelopen"),
        ("Oekraïense brigades", "hebben", "aan de flanken van {TOWN} {MOD}{NKM} kilometer terrein",
         "teruggewonnen"),
        ("de Russen", "controleren", "ongeveer {PCT} van de stad", ""),
    ),
    "civ": (
        ("er", "zijn", "nog {MODS}{NBIG2} mensen in {TOWN}", ""),
        ("de laatste evacuatiebus", "is", "{DAY}", "vertrokken"),
        ("de meeste bewoners", "leven", "al maanden in kelders", ""),
        ("het ziekenhuis", "is", "vorige week door een raket", "getroffen"),
    ),
}
CLAUSES["wagner"] = CLAUSES["ru"]

# --------------------------------------------------------------------------------------------
# Sentence templates
# --------------------------------------------------------------------------------------------

# Direct, partial and scare quotes.
QUOTE_TEMPLATES = (
    "{OQ}{QUOTE_P}{CQ}, zei {P_title} {P_full} {DAY}.",
    "{OQ}{QUOTE_P}{CQ}, zegt {P_short}.",
    "{OQ}{QUOTE_P}{CQ}, aldus {P_short}.",
    "{OQ}{QUOTE_P}{CQ}, aldus {P_title} {P_full}.",
    "{P_short}: {OQ}{QUOTE_P}.{CQ}",
    "{P_title} {P_full} was {DAY} stellig: {OQ}{QUOTE_P}.{CQ}",
    "{OQ}{QUOTE_U}{CQ}, zei {U_short}, {OQ}{TAIL_U}.{CQ}",
    "{OQ}{QUOTE_R}{CQ}, zei {R_short} {DAY}, {OQ}{TAIL_R}.{CQ}",
    "In een videoboodschap op Telegram zei {P_full}: {OQ}{QUOTE_P}.{CQ}",
    "{P_title} {P_full} sprak van {OQ}{PARTIAL}{CQ}.",
    "Volgens {P_short} is de toestand rond {TOWN} {OQ}{PSTATE}{CQ}.",
    "{P_title} {P_full} bezocht {DAY} de troepen bij {TOWN}. {OQ}{QUOTE_P}{CQ}, zei {P_pron} daar.",
    "{P_full} reageerde {DAY} fel op de berichten. {OQ}{QUOTE_P}.{CQ}",
    "{OQ}{QUOTE_P}{CQ}, schreef {P_short} op Telegram.",
    "{P_full} koos {DAY} de woorden zorgvuldig. {OQ}{QUOTE_P}{CQ}, zei {P_desc}.",
    "{ORG} sprak van {OQ}{PARTIAL}{CQ}.",
    "Wat de {OQ}{SCARE}{CQ} van {TOWN} in de praktijk betekent, is voor de bewoners duidelijk.",
    "De Russische {OQ}{SCARE}{CQ} heeft van de streek rond {TOWN} een niemandsland gemaakt.",
    "{OQ}{QUOTE_C}{CQ}, vertelt {C_full}, een {C_title} uit {TOWN}.",
    "{OQ}{QUOTE_U}{CQ}, zegt {U_title} {U_full}. {OQ}{QUOTE_U2}.{CQ}",
    "{OQ}{QUOTE_A}{CQ}, zegt {A_title} {A_full}, die de strijd op de voet volgt.",
    "{A_title} {A_full} is somber. {A_short}: {OQ}{QUOTE_A}.{CQ}",
    "{OQ}{QUOTE_R}.{CQ} Met die woorden opende {R_full} {DAY} een vergadering met de legertop.",
    "{R_title} {R_full} noemde de berichten uit Kyiv {OQ}{PVERDICT}{CQ}.",
    "{U_title} {U_full} noemde de Russische verliescijfers {OQ}{PVERDICT}{CQ}.",
    "{OQ}{QUOTE_U}{CQ}, zei {U_short} {DAY} tegen de Oekraïense televisie.",
    "{U_full} was {DAY} in {TOWN}. {U_Pron} sprak van {OQ}{PARTIAL}{CQ}.",
)

# Indirect speech, "volgens", "aldus", hearsay.
INDIRECT_TEMPLATES = (
    "{P_title} {P_full} zei {DAY} dat {SUB_P}.",
    "{P_short} meldt dat {SUB_P}.",
    "{ORG} meldde {DAY} dat {SUB_O}.",
    "{ORG} beweert dat {SUB_O}.",
    "{ORG} claimt dat {SUB_O}.",
    "Volgens {ORG} {INV_O}.",
    "Volgens {P_title} {P_full} {INV_P}.",
    "{MAIN_O}, aldus {ORG}.",
    "{MAIN_P}, aldus {P_short}.",
    "{P_short} stelt dat {SUB_P}.",
    "Naar verluidt {INV_A}.",
    "{P_short} liet {DAY} weten dat {SUB_P}.",
    "In een verklaring schreef {ORG} dat {SUB_O}.",
    "{R_short} verklaarde tegenover de staatstelevisie dat {SUB_R}.",
    "Ook {A_title} {A_full} wijst erop dat {SUB_A}.",
    "{OAN} waarschuwt dat {SUB_OAN}.",
    "Volgens bronnen binnen {OAN} {INV_OAN}.",
    "{U_short} erkende {DAY} dat de situatie bij {TOWN} ernstig is.",
    "{OUA} ontkent dat {SUB_ORU}.",
    "{ORU} ontkent dat {SUB_OUA}.",
    "{P_full} zei {DAY} dat {SUB_P}. {P_Pron} voegde eraan toe dat {SUB_P2}.",
    "Volgens de Oekraïense militairen aan het front {INV_U}.",
)

# Casualty, equipment, territory, civilian and other figures.
NUMBER_TEMPLATES = (
    "Bij de gevechten om {TOWN} zijn volgens {ORG} {MOD}{NBIG} {SIDE} militairen gedood.",
    "{ORU} meldt dat de Oekraïense troepen in de afgelopen week {MOD}{NBIG} man hebben verloren.",
    "Sinds het begin van de invasie zijn {MOD}{NBIG3} burgers omgekomen, schatten de Verenigde Naties.",
    "De Russische strijdkrachten verloren in één week {NSMALL} tanks en {NSMALL2} pantservoertuigen.",
    "In totaal zouden bij {TOWN} {RANGE} Russische soldaten zijn gesneuveld.",
    "Aan beide kanten zouden {VAGUE} doden en gewonden zijn gevallen.",
    "{OAN} schat de verhouding op {RATIO} Russische militairen op iedere gesneuvelde Oekraïense militair.",
    "De Russische verliezen liggen volgens {A_short} {NWORD_SMALL} keer hoger dan de Oekraïense.",
    "Russische troepen hebben de afgelopen maand {MOD}{KM2} terrein veroverd.",
    "Oekraïne heeft in {REGION} sinds juni {MOD}{KM2} grondgebied heroverd, meldt {OUA}.",
    "De slag om {TOWN} duurt inmiddels {DURATION}.",
    "De strijd om {TOWN} duurt nu al {NDAYS} dagen.",
    "{MOD}{NBIG} inwoners van {TOWN} zijn sinds de zomer gevlucht.",
    "In {TOWN} wonen nog {MODS}{NBIG2} burgers, van de {NBIG3} die er voor de oorlog woonden.",
    "{OUA} telde in de afgelopen 24 uur {NSMALL} Russische aanvallen in {REGION}.",
    "Bij de aanval op {CITY} raakten {NWORD} mensen gewond, onder wie {NWORD_SMALL} kinderen.",
    "Bij een raketaanval op {CITY} kwamen {MSMALL} burgers om het leven.",
    "Bij de gevechten werden {NSMALL} Russische militairen krijgsgevangen gemaakt.",
    "Bij een gevangenenruil kwamen {NWORD} Oekraïense soldaten vrij.",
    "De Verenigde Staten trekken nog eens {MONEY} uit voor militaire steun aan Oekraïne.",
    "Rusland zou rond {TOWN} {MOD}{NBIG} manschappen hebben samengetrokken.",
    "Volgens {OAN} heeft Rusland {MOD}{PCT} van de oblast Donetsk in handen.",
    "In de nacht werden {NDRONES} drones en {NMISSILES} raketten op {CITY} afgevuurd.",
    "Volgens {OUA} zijn er {NSMALL} drones neergehaald.",
    "Sinds februari zijn bij beschietingen op {CITY} {MSMALL} doden gevallen.",
    "Sinds {DATE} zijn volgens {OUA} {MOD}{NBIG} Russische militairen gesneuveld bij {TOWN}.",
    "De frontlinie rond {TOWN} is {MSMALL} kilometer lang.",
    "Ruim {PCT} van de gebouwen in {TOWN} is beschadigd of verwoest.",
    "{UNIT} verloor bij {TOWN} volgens {OAN} {MOD}{PCT} van haar materieel.",
    "Wagner heeft bij {TOWN} {VAGUE} gevangenen ingezet, van wie {NWORD_SMALL} op de tien sneuvelden.",
    "Het Oekraïense leger meldt dat het in een week {MSMALL} {EQUIP} heeft uitgeschakeld.",
    "Rusland verloor bij {TOWN} volgens {OAN} {MSMALL} {EQUIP} in {DURATION}.",
    "Het aantal vluchtelingen uit {REGION} is opgelopen tot {MODS}{NBIG3}.",
    "Tussen {PCTPAIR} procent van de Russische troepen bij {TOWN} bestaat uit "
    "gemobiliseerde reservisten.",
    "{ORU} zegt dat Oekraïne bij {TOWN} {NPAIR} soldaten per dag verliest.",
    "Naar schatting {NBIG} Oekraïense militairen verdedigen de stad.",
    "{OAN} schat dat Rusland in {REGION} {NHYPHEN} militairen heeft gelegerd.",
)

# Control claims, denials, and constructions that only look like one.
CONTROL_TEMPLATES = (
    "{ORU} meldt dat {TOWN} is ingenomen.",
    "Op {DATE} maakte {ORU} bekend dat Russische eenheden {VILLAGE} hadden ingenomen.",
    "Wagnerbaas Jevgeni Prigozjin beweert dat zijn strijders {TOWN} volledig in handen hebben.",
    "Kyiv ontkent dat {TOWN} is gevallen.",
    "{TOWN} is nog altijd in Oekraïense handen, zegt {U_title} {U_full}.",
    "Het Oekraïense leger heeft het dorp {VILLAGE} heroverd, meldt {OUA}.",
    "{TOWN} is omsingeld, aldus {R_title} {R_full}.",
    "{U_short} ontkent dat {TOWN} is omsingeld.",
    "De Oekraïense troepen in {TOWN} houden stand.",
    "Het Russische ministerie van Defensie maakte {DAY} bekend dat {TOWN} is {OQ}bevrijd{CQ}.",
    "Volgens het ISW hebben Russische troepen {TOWN} nog niet ingenomen.",
    "{TOWN} is niet gevallen, benadrukte {U_title} {U_full}.",
    "Oekraïense eenheden hebben het dorp {VILLAGE} bevrijd.",
    "Rusland probeert {TOWN} al maanden in te nemen.",
    "Moskou wil de hele Donbas veroveren.",
    "De val van {TOWN} lijkt voor {ORG} een kwestie van tijd.",
    "{ORU} claimt de verovering van {VILLAGE}, maar {OUA} spreekt dat tegen.",
    "Russische troepen zijn {TOWN} binnengedrongen, maar het centrum is nog in Oekraïense handen.",
    "Vanaf de door Rusland bezette Krim worden nog altijd drones gelanceerd.",
    "Kyiv wil {REGION} voor het eind van het jaar heroveren.",
)

# Background: no quote, no number, no speech verb, no attribution.
BACKGROUND_TEMPLATES = (
    "Het regent al dagen in {REGION} en de wegen naar het front zijn veranderd in modderpoelen.",
    "'s Nachts zakt de temperatuur ver onder het vriespunt.",
    "De zon brandt op de kale velden rond {TOWN}.",
    "Boven de rivier hangt een dichte mist.",
    "Sneeuw bedekt de loopgraven ten oosten van {TOWN}.",
    "In de modder komen zelfs rupsvoertuigen nauwelijks vooruit.",
    "{TOWN} was voor de oorlog een rustige provinciestad met fabrieken, parken en een spoorwegstation.",
    "De stad groeide in de negentiende eeuw uit tot een centrum van zoutwinning.",
    "In de Sovjettijd draaide de hele regio op kolen en staal.",
    "Op {DATE} reed de laatste trein vanuit {TOWN} naar het westen.",
    "{REGION} is al jaren het toneel van gevechten.",
    "In de kelder van een school zitten ouderen dicht tegen elkaar aan onder een olielamp.",
    "Vrijwilligers brengen water, brood en medicijnen naar wie is achtergebleven.",
    "Veel bewoners willen hun huis niet verlaten, hoe gevaarlijk het ook is.",
    "Een vrouw veegt glasscherven bij elkaar in wat ooit haar keuken was.",
    "De winkels zijn dicht en van de bushalte is alleen een hoop puin over.",
    "Kinderen krijgen les via hun telefoon, als er tenminste bereik is.",
    "In Brussel overleggen de ministers van Buitenlandse Zaken van de NAVO-landen over nieuwe steun.",
    "De Europese Unie werkt aan een nieuw pakket sancties tegen Rusland.",
    "Diplomaten tasten af of er ruimte is voor nieuwe gesprekken over de export van graan.",
    "De Amerikaanse minister van Buitenlandse Zaken reist deze week naar {CITY}.",
    "Turkije biedt zich opnieuw aan als bemiddelaar.",
    "De frontlinie loopt hier door een landschap van bosjes, akkers en verlaten dorpen.",
    "In de verte dreunt artillerie.",
    "Boven de stellingen hangen vrijwel voortdurend drones.",
    "De soldaten slapen in ondergrondse schuilplaatsen die zij zelf hebben gegraven.",
    "Langs de weg naar {TOWN} staan uitgebrande voertuigen.",
    "Een ambulance rijdt met hoge snelheid richting het ziekenhuis van {CITY}.",
    "'s Nachts is het front het gevaarlijkst.",
    "De strijd om de stad heeft een grote symbolische betekenis gekregen.",
    "Voor beide legers is de aanvoer van munitie het grootste probleem.",
    "Het terrein rond {TOWN} is vlak en biedt weinig dekking.",
    "De weg van {CITY} naar het front is op veel plaatsen kapot geschoten.",
    "Op het plein voor het gemeentehuis staat een verbogen lantaarnpaal.",
    "Bij het station wachten moeders met kinderen op de trein naar het westen.",
    "De oogst is dit jaar grotendeels op het land blijven staan.",
    "In {CITY} gaat het leven ondanks het luchtalarm gewoon door.",
    "Cafés en theaters zijn weer open, al sluiten ze vroeg vanwege de avondklok.",
    "Het Kremlin heeft de economie steeds verder op oorlog ingericht.",
    "In Moskou is van de oorlog op straat weinig te merken.",
    "De Russische staatstelevisie toont vooral beelden van oprukkende colonnes.",
    "Het Westen levert steeds zwaardere wapens aan Oekraïne.",
    "Over de levering van gevechtsvliegtuigen wordt al maanden gesproken.",
    "{UNIT} ligt al weken in deze sector.",
    "De mannen zijn moe, maar de stemming is niet slecht.",
    "In het veldhospitaal achter de linie werken artsen in ploegen dag en nacht door.",
    "Een hond loopt tussen de ruïnes op zoek naar eten.",
    "Van de kerk in het centrum staat alleen de toren nog overeind.",
    "De elektriciteitscentrale aan de rand van de stad ligt al lang stil.",
    "Tussen de flats hangt de geur van rook en nat beton.",
    "Wie in {TOWN} is gebleven, leeft van dag tot dag.",
    "Het verkeer op de weg naar {CITY} bestaat vrijwel alleen nog uit militaire voertuigen.",
    "Aan de rand van het dorp is een nieuw kerkhof aangelegd.",
    "De zomer was droog en stoffig, de herfst is nat.",
    "Op de markt van {CITY} verkopen boeren aardappelen, kool en honing.",
    "Het gebied rond {TOWN} is bezaaid met mijnen.",
    "De Dnipro vormt in het zuiden een natuurlijke grens tussen de legers.",
    "Vluchtelingen uit het oosten hebben in {CITY} onderdak gevonden in scholen en sporthallen.",
    "De spoorlijn naar het oosten is op meerdere plaatsen onderbroken.",
)

# Sentences that open a report.
LEAD_TEMPLATES = (
    "De strijd om {TOWN} is de afgelopen dagen opnieuw in hevigheid toegenomen.",
    "Rond {TOWN} wordt al maanden verbeten gevochten.",
    "In {REGION} is het front opnieuw in beweging gekomen.",
    "{TOWN} is het middelpunt geworden van de zwaarste gevechten in {REGION}.",
    "Het Russische leger voert de druk op {TOWN} verder op.",
    "De Oekraïense verdedigers van {TOWN} staan onder zware druk.",
)

TITLE_TEMPLATES = (
    "Strijd om {TOWN} laait weer op",
    "Kyiv ontkent val van {TOWN}",
    "Wagner claimt verovering van {TOWN}",
    "Zware verliezen bij {TOWN}, beide kampen noemen andere cijfers",
    "Burgers ontvluchten {TOWN}",
    "Moskou meldt opmars bij {TOWN}, Oekraïne spreekt van afgeslagen aanvallen",
    "Oekraïne herovert terrein bij {TOWN}",
    "Britse inlichtingendienst: Rusland verliest duizenden man bij {TOWN}",
    "Het leven in {TOWN}: kelders, kou en granaten",
    "Russisch offensief bij {TOWN} loopt vast",
    "{TOWN} houdt stand",
    "Nieuwe aanvallen op {CITY}",
    "Frontlinie bij {TOWN} verschuift nauwelijks",
)

TEMPLATE_COUNT = (
    len(QUOTE_TEMPLATES) + len(INDIRECT_TEMPLATES) + len(NUMBER_TEMPLATES) + len(CONTROL_TEMPLATES)
    + len(BACKGROUND_TEMPLATES) + len(LEAD_TEMPLATES)
)

# Share of each kind of sentence; background (no claim cue) is about half, as in real reporting.
KIND_WEIGHTS = (
    (BACKGROUND_TEMPLATES, 50),
    (QUOTE_TEMPLATES, 15),
    (INDIRECT_TEMPLATES, 13),
    (NUMBER_TEMPLATES, 14),
    (CONTROL_TEMPLATES, 8),
)
_KINDS = tuple(k for k, _ in KIND_WEIGHTS)
_KIND_CUM = tuple(sum(w for _, w in KIND_WEIGHTS[: i + 1]) for i in range(len(KIND_WEIGHTS)))

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

_UNITS = (
    "", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
)
_TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")


def _below_100(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    word = _UNITS[unit]
    return word + ("ën" if word.endswith("e") else "en") + _TENS[tens]


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else "honderd" if hundreds == 1 else _UNITS[hundreds] + "honderd"
    return head + (_below_100(rest) if rest else "")


def number_words(n: int) -> str:
    """Dutch number words for 1 ≤ n < 1,000,000 (drieëntwintig, tweehonderd, vijfduizend)."""
    if not 0 < n < 1_000_000:
        raise ValueError(n)
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = "duizend" if thousands == 1 else _below_1000(thousands) + "duizend"
    return head + (" " + _below_1000(rest) if rest else "")


def digits(n: int | float) -> str:
    """Digits with Dutch separators: 1.100, 11.000, 2,5."""
    if isinstance(n, float):
        return f"{n:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{n:,}".replace(",", ".")


def _nbig(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        n = rng.randrange(120, 1000, 10)
    elif r < 0.85:
        n = rng.randrange(1000, 20000, 100)
    else:
        n = rng.randrange(20000, 120000, 1000)
    if n < 10000 and rng.random() < 0.15:
        return str(n)  # some outlets write 1100 without a separator
    return digits(n)


def _nsmall(rng: random.Random) -> str:
    n = rng.randrange(2, 90)
    return number_words(n) if n <= 20 and rng.random() < 0.6 else str(n)


_WORD_POOL = (12, 15, 20, 23, 25, 30, 40, 50, 60, 80, 100, 200, 300, 1000, 2000)
_PCT_PAIRS = ((20, 30), (30, 40), (40, 60), (15, 25))
_WORD_PAIRS = ((20, 30), (30, 40), (50, 60), (100, 200), (200, 300), (40, 50), (10, 15))
_WORD_SMALL = (2, 3, 4, 5, 6, 7, 8, 9, 10)


_ROUND_MODS = ("meer dan ", "ruim ", "bijna ", "ongeveer ", "naar schatting ", "zo'n ", "tot wel ", "circa ")


def _mod_small(rng: random.Random) -> str:
    """A modifier with a small number; approximating modifiers only take round numbers (ruim 50)."""
    mod = rng.choice(MODIFIERS)
    if mod in _ROUND_MODS:
        n = rng.choice((10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100))
        return mod + (number_words(n) if rng.random() < 0.4 else str(n))
    return mod + _nsmall(rng)


def _range(rng: random.Random) -> str:
    low = rng.randrange(5, 40) * 1000
    high = low + rng.choice((5000, 10000, 15000))
    form = rng.randrange(5)
    if form == 0:
        return f"tussen de {digits(low)} en {digits(high)}"
    if form == 1:
        return f"{digits(low)} tot {digits(high)}"
    if form == 2:
        return f"{digits(low)} à {digits(high)}"
    if form == 3:
        return f"{number_words(low // 1000)} tot {number_words(high // 1000)}duizend"
    return f"{digits(low)}-{digits(high)}"


def _km2(rng: random.Random) -> str:
    n = rng.choice((rng.randrange(3, 40), rng.randrange(40, 600, 5)))
    return f"{n} km²" if rng.random() < 0.6 else f"{n} vierkante kilometer"


def _pct(rng: random.Random) -> str:
    n = rng.randrange(5, 95)
    return f"{n} procent" if rng.random() < 0.7 else f"{n}%"


def _money(rng: random.Random) -> str:
    amount = rng.choice((rng.randrange(2, 10) / 2, float(rng.randrange(1, 9))))
    amount_s = digits(amount).removesuffix(",0")
    return f"{amount_s} {rng.choice(('miljard', 'miljoen'))} {rng.choice(('dollar', 'euro'))}"


def _ratio(rng: random.Random) -> str:
    n = rng.randrange(2, 9)
    return number_words(n) if rng.random() < 0.7 else str(n)


def _day(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(("gisteren", "eerder deze week", "vorige week"))
    return rng.choice(WEEKDAYS) + rng.choice(DAYPARTS)


def _date(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29)} {rng.choice(MONTHS)}"


_SIMPLE_SLOTS = {
    "TOWN": lambda r: r.choice(TOWNS),
    "VILLAGE": lambda r: r.choice(VILLAGES),
    "CITY": lambda r: r.choice(CITIES),
    "REGION": lambda r: r.choice(REGIONS),
    "UNIT": lambda r: r.choice(UNITS),
    "DAY": _day,
    "DATE": _date,
    "MOD": lambda r: r.choice(MODIFIERS),
    "NBIG": _nbig,
    "NBIG2": lambda r: digits(r.randrange(200, 5000, 50)),
    "NBIG3": lambda r: digits(r.randrange(10000, 400000, 1000)),
    "NHYPHEN": lambda r: "{}-{}".format(*map(digits, sorted(r.sample(range(50000, 200001, 10000), 2)))),
    "NPAIR": lambda r: "{} of {}".format(*map(number_words, r.choice(_WORD_PAIRS))),
    "MODS": lambda r: r.choice(MODIFIERS_SOFT),
    "NSMALL": _nsmall,
    "NSMALL2": _nsmall,
    "NWORD": lambda r: number_words(r.choice(_WORD_POOL)),
    "NWORD_SMALL": lambda r: number_words(r.choice(_WORD_SMALL)),
    "PCTPAIR": lambda r: "{} en {}".format(*map(number_words, r.choice(_PCT_PAIRS))),
    "MSMALL": _mod_small,
    "NKM": lambda r: str(r.randrange(2, 16)),
    "NDRONES": lambda r: str(r.randrange(10, 90)),
    "NMISSILES": lambda r: _nsmall(r) if r.random() < 0.5 else str(r.randrange(2, 30)),
    "NDAYS": lambda r: str(r.randrange(60, 400)),
    "RANGE": _range,
    "VAGUE": lambda r: r.choice(VAGUE),
    "KM2": _km2,
    "PCT": _pct,
    "MONEY": _money,
    "RATIO": _ratio,
    "DURATION": lambda r: r.choice(DURATIONS),
    "EQUIP": lambda r: r.choice(EQUIPMENT),
    "SIDE": lambda r: r.choice(("Russische", "Oekraïense")),
    "PARTIAL": lambda r: r.choice(PARTIALS),
    "PSTATE": lambda r: r.choice(PARTIAL_STATES),
    "PVERDICT": lambda r: r.choice(PARTIAL_VERDICTS),
    "SCARE": lambda r: r.choice(SCARE_TERMS),
    "TAIL_U": lambda r: r.choice(QUOTE_TAILS["U"]),
    "TAIL_R": lambda r: r.choice(QUOTE_TAILS["R"]),
}


class _Slots(dict):
    """Slot values for one sentence, drawn on first use so that unused slots cost nothing."""

    __slots__ = ("rng", "used")

    def __init__(self, rng: random.Random, base: dict[str, str], used: set[str]) -> None:
        super().__init__(base)
        self.rng = rng
        self.used = used  # quotes already given in this document

    def __missing__(self, key: str) -> str:
        rng = self.rng
        gen = _SIMPLE_SLOTS.get(key)
        if gen is not None:
            value = gen(rng)
        elif key[0] in PERSON_GROUPS and key[1:2] == "_":
            self._person(key[0])
            return self[key]
        elif key in ORG_GROUPS:
            name, party = rng.choice(ORG_GROUPS[key])
            self[key + "_party"] = party
            value = name
        elif key.startswith("QUOTE_"):
            texts = QUOTE_TEXTS[self[key[6:].rstrip("2") + "_party"]]
            for _ in range(6):
                value = rng.choice(texts)
                if value not in self.used:
                    break
            self.used.add(value)
        elif key[:4] in ("SUB_", "INV_") or key.startswith("MAIN_"):
            form, _, who = key.partition("_")
            who = who.rstrip("2")
            if who == "O":
                who = "ORG"
            if who in ORG_GROUPS:
                self[who]  # draw the organisation first: its party picks the clause
            party = self[who + "_party"]
            value = self._clause(form, CLAUSES.get(party, CLAUSES["analyst"]))
        else:
            raise KeyError(key)
        self[key] = value
        return value

    def _person(self, group: str) -> None:
        full, short, title, desc, pron, party = self.rng.choice(PERSON_GROUPS[group])
        self[group + "_full"] = full
        self[group + "_short"] = short
        self[group + "_title"] = title
        self[group + "_desc"] = desc
        self[group + "_pron"] = pron
        self[group + "_Pron"] = pron.capitalize()
        self[group + "_party"] = party

    def _clause(self, form: str, clauses: tuple[tuple[str, str, str, str], ...]) -> str:
        subj, fin, mid, tail = self.rng.choice(clauses)
        if form == "MAIN":
            parts = (subj, fin, mid, tail)
        elif form == "INV":
            parts = (fin, subj, mid, tail)
        else:
            parts = (subj, mid, fin, tail)
        text = " ".join(p for p in parts if p)
        return text.format_map(self) if "{" in text else text


def _sentence(template: str, rng: random.Random, base: dict[str, str], used: set[str]) -> str:
    text = template.format_map(_Slots(rng, base, used))
    if text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _pick_kind(rng: random.Random) -> tuple[str, ...]:
    r = rng.random() * _KIND_CUM[-1]
    for kinds, cum in zip(_KINDS, _KIND_CUM, strict=True):
        if r < cum:
            return kinds
    return _KINDS[-1]


_EPOCH = dt.date(2022, 2, 24)
_SPAN_DAYS = (dt.date(2023, 12, 31) - _EPOCH).days


def _document(seed: int, index: int, attempt: int, words_per_doc: int) -> dict:
    rng = random.Random(f"{seed}:{index}:{attempt}")
    town = rng.choice(TOWNS)
    oq, cq = rng.choice(QUOTE_MARKS)
    base = {"TOWN": town, "REGION": rng.choice(REGIONS), "OQ": oq, "CQ": cq}
    other_marks = rng.random() < 0.2  # some outlets mix styles
    used_quotes: set[str] = set()
    used_templates: set[str] = set()
    paragraphs: list[str] = []
    words = 0
    sentences = [_sentence(rng.choice(LEAD_TEMPLATES), rng, base, used_quotes)]
    words += len(sentences[0].split())
    target = rng.randrange(2, 5)
    while words < words_per_doc:
        if other_marks and rng.random() < 0.3:
            om, cm = rng.choice(QUOTE_MARKS)
            base = {**base, "OQ": om, "CQ": cm}
        if rng.random() < 0.1:
            base = {**base, "TOWN": rng.choice(TOWNS)}
        elif base["TOWN"] != town and rng.random() < 0.5:
            base = {**base, "TOWN": town}
        for _ in range(8):  # a report rarely repeats itself word for word
            template = rng.choice(_pick_kind(rng))
            if template not in used_templates:
                break
        used_templates.add(template)
        s = _sentence(template, rng, base, used_quotes)
        sentences.append(s)
        words += len(s.split())
        if len(sentences) >= target:
            paragraphs.append(" ".join(sentences))
            sentences = []
            target = rng.randrange(2, 6)
    if sentences:
        paragraphs.append(" ".join(sentences))
    date = _EPOCH + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
    title = _sentence(rng.choice(TITLE_TEMPLATES), rng, {"TOWN": town}, used_quotes)
    return {
        "id": f"bench-{seed}-{index:06d}",
        "title": title,
        "date": date.isoformat(),
        "outlet": rng.choice(OUTLETS),
        "text": "\n\n".join(paragraphs),
    }


def generate(n_docs: int, seed: int = 0, words_per_doc: int = 600) -> Iterator[dict]:
    """Yield ``n_docs`` synthetic reports {"id", "title", "date", "outlet", "text"}.

    Deterministic per ``seed``; no two texts in one run are identical.
    """
    seen: set[bytes] = set()
    for index in range(n_docs):
        attempt = 0
        while True:
            doc = _document(seed, index, attempt, words_per_doc)
            key = hashlib.blake2b(doc["text"].encode("utf-8"), digest_size=12).digest()
            if key not in seen:
                seen.add(key)
                break
            attempt += 1
        yield doc


def write_corpus(path: Path, n_docs: int, seed: int = 0, words_per_doc: int = 600) -> list[dict]:
    """Generate a corpus, write it to ``path`` as JSONL and return its records (for benchmarks)."""
    records = list(generate(n_docs, seed=seed, words_per_doc=words_per_doc))
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic Dutch war-report corpus as JSONL.")
    parser.add_argument("n_docs", type=int)
    parser.add_argument("out", help="output .jsonl path, or - for stdout")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=600, help="approximate words per document")
    args = parser.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for doc in generate(args.n_docs, seed=args.seed, words_per_doc=args.words):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
