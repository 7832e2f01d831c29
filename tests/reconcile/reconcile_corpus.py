"""A hand-built multi-document corpus of Dutch war reporting, with its claims as spans.

Several outlets and dates, Dutch and English spellings of one place (Bachmoet, Bakhmut), relative
dates (vorige week, in diezelfde tijd, in februari, sinds de zomer, afgelopen zaterdag, sinds de
invasie), a revision (the Ukrainian army raising its February figure), contradictions (Prigozjin
against Zelensky on Bachmoet; Kyiv's against Moscow's February count), a stated ratio with the two
figures that imply it, a running total smaller than its own monthly figure, and an undated
article. Items are placed by the words they cover, so the spans are exact and the store tests
reconcile without depending on extraction quality.

The figures, outlets' reports and quotes are invented for the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.document import (
    ControlClaim,
    Document,
    Entity,
    Mention,
    OffsetMap,
    Part,
    Quantity,
    Sentence,
    content_id,
)


@dataclass
class Q:
    """A quantity in sentence ``s`` covering ``words``."""

    s: int
    words: str
    low: float | None
    high: float | None
    category: str
    subject: str | None
    source: str | None = None
    source_words: str | None = None
    stance: str = "reported"
    unit: str = "persons"


@dataclass
class C:
    """A control claim in sentence ``s`` covering ``words``, about the place named ``place``."""

    s: int
    words: str
    place: str
    holder: str | None
    polarity: str
    source: str | None = None
    source_words: str | None = None
    stance: str = "reported"


@dataclass
class E:
    """An entity with mentions given as (sentence, words)."""

    name: str
    type: str
    party: str | None = None
    kb_id: str | None = None
    mentions: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Article:
    name: str
    date: str | None
    outlet: str | None
    sentences: list[str]
    quantities: list[Q] = field(default_factory=list)
    controls: list[C] = field(default_factory=list)
    entities: list[E] = field(default_factory=list)


def build(a: Article) -> Document:
    """The article as a Document: the first sentence is the title, the rest one body part."""
    text = ""
    sentences: list[Sentence] = []
    for i, s in enumerate(a.sentences):
        if text:
            text += " " if i > 1 else "\n\n"
        sentences.append(Sentence(i, len(text), len(text) + len(s), 0 if i == 0 else 1))
        text += s

    def find(s: int, words: str) -> tuple[int, int]:
        sent = sentences[s]
        i = text.find(words, sent.start, sent.end)
        assert i >= 0, f"{words!r} not in sentence {s} of {a.name}"
        return i, i + len(words)

    def src(s: int, words: str | None) -> tuple[int | None, int | None]:
        return find(s, words) if words else (None, None)

    parts = [Part("title", 0, sentences[0].end)]
    if len(sentences) > 1:
        parts.append(Part("body", sentences[1].start, len(text)))
    quantities = [
        Quantity(*find(q.s, q.words), q.s, q.low, q.high, q.unit, q.category, q.subject, q.source,
                 *src(q.s, q.source_words), stance=q.stance, rule="test")
        for q in a.quantities
    ]
    controls = [
        ControlClaim(*find(c.s, c.words), c.s, c.place, *find(c.s, c.place), c.holder, c.polarity,
                     c.source, *src(c.s, c.source_words), stance=c.stance, rule="test")
        for c in a.controls
    ]
    entities = [
        Entity(e.name, e.type, [Mention(*find(s, w), s, "test") for s, w in e.mentions], party=e.party,
               kb_id=e.kb_id, rule="test")
        for e in a.entities
    ]
    return Document(
        id=content_id(text), name=a.name, origin=f"test:{a.name}", raw=text, text=text,
        offsets=OffsetMap.identity(), parts=parts, title=a.sentences[0], date=a.date,
        outlet=a.outlet, ingest_stage="plain", sentences=sentences, quantities=quantities,
        control_claims=controls, entities=entities,
    )  # fmt: skip


ZELENSKY = "Volodymyr Zelensky"
MOD_RU = "Ministry of Defence of Russia"
PRIGOZHIN = "Yevgeny Prigozhin"
UA_ARMY = "Oekraïense leger"

ARTICLES: list[Article] = [
    Article(
        "2023-03-06_nrc_bachmoet.txt", "2023-03-06", "NRC",
        [
            "Zware verliezen rond Bachmoet",
            "President Zelensky zei maandagavond dat het Oekraïense leger bij Bachmoet vorige week 1100 "
            "Russische militairen heeft gedood.",
            "Het Russische ministerie van Defensie zei dat in diezelfde tijd meer dan 220 Oekraïense "
            "soldaten zijn gedood.",
            "Binnen de NAVO wordt uitgegaan van een verhouding van vijf Russische gesneuvelde "
            "militairen op iedere gesneuvelde Oekraïense militair.",
            "Sinds de invasie zijn volgens Britse inlichtingendiensten 20.000 tot 30.000 Russische "
            "soldaten bij Bachmoet gedood.",
        ],
        quantities=[
            Q(1, "1100 Russische militairen", 1100, 1100, "killed", "russia", ZELENSKY, "Zelensky"),
            Q(2, "meer dan 220 Oekraïense soldaten", 220, None, "killed", "ukraine", MOD_RU,
              "Russische ministerie van Defensie"),
            Q(3, "vijf Russische gesneuvelde militairen op iedere gesneuvelde Oekraïense militair", 5, 5,
              "ratio", "russia", "NATO", "NAVO", unit="ratio"),
            Q(4, "20.000 tot 30.000 Russische soldaten", 20000, 30000, "killed", "russia",
              "Britse inlichtingendiensten", "Britse inlichtingendiensten"),
        ],
        entities=[
            E("Bakhmut", "LOC", "ukraine", "bakhmut", [(0, "Bachmoet"), (1, "Bachmoet"), (4, "Bachmoet")]),
            E(ZELENSKY, "PER", "ukraine", "zelensky", [(1, "Zelensky")]),
            E(MOD_RU, "ORG", "russia", "mod_ru", [(2, "Russische ministerie van Defensie")]),
            E("NATO", "ORG", "west", "nato", [(3, "NAVO")]),
        ],
    ),
    Article(
        "2023-03-09_volkskrant_bakhmut.txt", "2023-03-09", "de Volkskrant",
        [
            "Kyiv en Moskou strijden ook met cijfers",
            "Het Oekraïense leger meldde donderdag dat in februari 11.000 Russische militairen bij "
            "Bakhmut zijn omgekomen.",
            "Volgens de Russische minister van Defensie Sjojgoe verloor Oekraïne in februari 11.000 man "
            "bij Bachmoet.",
            "Wagnerbaas Prigozjin zei dat zijn troepen Bachmoet volledig hebben ingenomen.",
            "Westerse inlichtingendiensten schatten dat bij Bachmoet al zo'n 25.000 Russische militairen "
            "zijn gedood.",
        ],
        quantities=[
            Q(1, "11.000 Russische militairen", 11000, 11000, "killed", "russia", UA_ARMY,
              "Oekraïense leger"),
            Q(2, "11.000 man", 11000, 11000, "casualties", "ukraine", "Sergei Shoigu", "Sjojgoe"),
            Q(4, "zo'n 25.000 Russische militairen", 25000, 25000, "killed", "russia",
              "Westerse inlichtingendiensten", "Westerse inlichtingendiensten"),
        ],
        controls=[
            C(3, "zijn troepen Bachmoet volledig hebben ingenomen", "Bachmoet", "wagner", "affirm",
              PRIGOZHIN, "Prigozjin"),
        ],
        entities=[
            E("Bakhmut", "LOC", "ukraine", "bakhmut",
              [(1, "Bakhmut"), (2, "Bachmoet"), (3, "Bachmoet"), (4, "Bachmoet")]),
            E("Sergei Shoigu", "PER", "russia", "shoigu", [(2, "Sjojgoe")]),
            E(PRIGOZHIN, "PER", "wagner", "prigozhin", [(3, "Prigozjin")]),
        ],
    ),
    Article(
        "2023-03-10_nos_bakhmut.txt", "2023-03-10", "NOS",
        [
            "Zelensky: Bakhmut is niet gevallen",
            "Zelensky ontkende vrijdag dat Bakhmut is gevallen.",
            "Volgens het Oekraïense leger zijn in februari ruim 12.000 Russische soldaten bij "
            "Bakhmut gedood.",
        ],
        quantities=[
            Q(2, "ruim 12.000 Russische soldaten", 12000, None, "killed", "russia", UA_ARMY,
              "Oekraïense leger"),
        ],
        controls=[
            C(1, "Bakhmut is gevallen", "Bakhmut", "russia", "deny", ZELENSKY, "Zelensky"),
        ],
        entities=[
            E("Bakhmut", "LOC", None, None, [(0, "Bakhmut"), (1, "Bakhmut"), (2, "Bakhmut")]),
            E(ZELENSKY, "PER", "ukraine", "zelensky", [(0, "Zelensky"), (1, "Zelensky")]),
        ],
    ),
    Article(
        "2023-03-12_trouw_bachmoet.txt", "2023-03-12", "Trouw",
        [
            "Moskou geeft eigen verliezen toe",
            "Het Russische ministerie van Defensie beweerde zondag dat in februari slechts 2.000 "
            "Russische militairen bij Bachmoet zijn gesneuveld.",
            "Sinds het begin van de oorlog zijn volgens het ministerie bij Bachmoet in totaal 1.500 "
            "Russische militairen gesneuveld.",
            "Het Institute for the Study of War schat dat sinds de zomer tussen de 30.000 en 40.000 "
            "Russische militairen zijn gesneuveld of gewond.",
        ],
        quantities=[
            Q(1, "2.000 Russische militairen", 2000, 2000, "killed", "russia", MOD_RU,
              "Russische ministerie van Defensie"),
            Q(2, "1.500 Russische militairen", 1500, 1500, "killed", "russia", MOD_RU, "het ministerie"),
            Q(3, "tussen de 30.000 en 40.000 Russische militairen", 30000, 40000, "casualties", "russia",
              "Institute for the Study of War", "Institute for the Study of War"),
        ],
        entities=[
            E("Bakhmut", "LOC", "ukraine", "bakhmut", [(1, "Bachmoet"), (2, "Bachmoet")]),
            E(MOD_RU, "ORG", "russia", "mod_ru", [(1, "Russische ministerie van Defensie")]),
            E("Institute for the Study of War", "ORG", "independent", "isw",
              [(3, "Institute for the Study of War")]),
        ],
    ),
    Article(
        "2023-05-21_nrc_bachmoet.txt", "2023-05-21", "NRC",
        [
            "Prigozjin claimt Bachmoet",
            "Wagner-baas Prigozjin zei afgelopen zaterdag dat Bachmoet nu volledig in Russische handen is.",
            "Het Oekraïense ministerie van Defensie ontkende zondag dat Bachmoet is gevallen.",
            "Volgens Amerikaanse functionarissen zijn sinds december ruim 20.000 Russische "
            "militairen gedood.",
        ],
        quantities=[
            Q(3, "ruim 20.000 Russische militairen", 20000, None, "killed", "russia",
              "Amerikaanse functionarissen", "Amerikaanse functionarissen"),
        ],
        controls=[
            C(1, "Bachmoet nu volledig in Russische handen is", "Bachmoet", "russia", "affirm",
              PRIGOZHIN, "Prigozjin"),
            C(2, "Bachmoet is gevallen", "Bachmoet", "russia", "deny",
              "Oekraïense ministerie van Defensie", "Oekraïense ministerie van Defensie"),
        ],
        entities=[
            E("Bachmoet", "LOC", None, None, [(0, "Bachmoet"), (1, "Bachmoet"), (2, "Bachmoet")]),
            E(PRIGOZHIN, "PER", "wagner", "prigozhin", [(0, "Prigozjin"), (1, "Prigozjin")]),
        ],
    ),
    Article(
        "ongedateerd_soledar.txt", None, None,
        [
            "Strijd om Soledar",
            "Vorige week zijn bij Soledar 300 Oekraïense militairen gedood, aldus Moskou.",
            "In dezelfde periode verloor Rusland er 900 man, zegt Kyiv.",
        ],
        quantities=[
            Q(1, "300 Oekraïense militairen", 300, 300, "killed", "ukraine", "Moskou", "Moskou"),
            Q(2, "900 man", 900, 900, "killed", "russia", "Kyiv", "Kyiv"),
        ],
        entities=[
            E("Soledar", "LOC", None, "soledar", [(0, "Soledar"), (1, "Soledar")]),
            E("Moscow", "LOC", "russia", "moscow", [(1, "Moskou")]),
            E("Kyiv", "LOC", "ukraine", "kyiv", [(2, "Kyiv")]),
        ],
    ),
]


def documents() -> list[Document]:
    return [build(a) for a in ARTICLES]
