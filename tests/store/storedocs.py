"""Hand-built Dutch test documents with valid spans, for the store tests and their worker processes.

``make_doc(n)`` is deterministic: worker processes and the test that checks their work build the
same documents from the same numbers. The raw text differs from the cleaned text (double spaces
and line breaks between sentences are collapsed), so raw offsets are really mapped.
"""

from __future__ import annotations

from claimgraph.document import (
    ControlClaim,
    Document,
    Entity,
    Mention,
    Part,
    Quantity,
    Quote,
    Sentence,
    TextBuilder,
    content_id,
)

ZELENSKY = "Volodymyr Zelensky"
MOD = "Russisch ministerie van Defensie"
UN = "Verenigde Naties"


class _Builder:
    """Appends sentences to a raw text and its cleaned text, and items found inside them."""

    def __init__(self) -> None:
        self.raw = ""
        self.tb = TextBuilder()
        self.parts: list[Part] = []
        self.sentences: list[Sentence] = []
        self.quotes: list[Quote] = []
        self.quantities: list[Quantity] = []
        self.controls: list[ControlClaim] = []
        self.mentions: dict[str, list[Mention]] = {}
        self._part_start: int | None = None

    def begin_part(self) -> None:
        self._part_start = len(self.tb)

    def end_part(self, kind: str) -> None:
        assert self._part_start is not None
        self.parts.append(Part(kind, self._part_start, len(self.tb)))
        self._part_start = None

    def sentence(self, text: str, analysed_by: str = "") -> tuple[int, int]:
        """Append a sentence; returns (sentence index, its start in the cleaned text)."""
        if len(self.tb):
            sep = "  \n" if len(self.sentences) % 2 else " "
            self.tb.insert(" ", len(self.raw))
            self.raw += sep
        raw_start = len(self.raw)
        self.raw += text
        start = len(self.tb)
        self.tb.copy(self.raw, raw_start, len(self.raw))
        self.sentences.append(Sentence(len(self.sentences), start, start + len(text), len(self.parts)))
        self.sentences[-1].analysed_by = analysed_by
        return len(self.sentences) - 1, start


def _find(text: str, needle: str, base: int) -> tuple[int, int]:
    i = text.index(needle)
    return base + i, base + i + len(needle)


def make_doc(n: int, blocks: int = 1, *, title: str | None = None) -> Document:
    """A news article numbered ``n`` with ``blocks`` paragraphs of six sentences and claims.

    One block: 7 sentences (title, 5 body, credit), 2 quotes, 2 quantities, 2 control claims,
    and 4 entities with 6 mentions over the whole document. ``blocks=6`` is a realistic article:
    ~600 words, 32 sentences, 36 items plus entities.
    """
    b = _Builder()
    head = title or f"Zware gevechten rond Bachmoet, dag {n}"
    b.begin_part()
    s, base = b.sentence(head)
    b.end_part("title")
    mentions: dict[str, list[Mention]] = {ZELENSKY: [], MOD: [], UN: [], "Bachmoet": []}
    mentions["Bachmoet"].append(Mention(*_find(head, "Bachmoet", base), s, "gazetteer"))

    for k in range(blocks):
        num = 100 + 7 * n + k
        b.begin_part()
        text = f"“We houden stand in Bachmoet”, zei Zelensky dinsdag in zijn {k + 1}e toespraak."
        s, base = b.sentence(text, "frog-0.26")
        b.quotes.append(
            Quote(
                *_find(text, "We houden stand in Bachmoet", base),
                "direct",
                s,
                speaker=ZELENSKY,
                speaker_start=_find(text, "Zelensky", base)[0],
                speaker_end=_find(text, "Zelensky", base)[1],
                cue_start=_find(text, "zei", base)[0],
                cue_end=_find(text, "zei", base)[1],
                stance="asserted",
                rule="quote.direct.after",
            )
        )
        b.controls.append(
            ControlClaim(
                *_find(text, "houden stand in Bachmoet", base),
                s,
                "Bachmoet",
                *_find(text, "Bachmoet", base),
                "ukraine",
                "affirm",
                source=ZELENSKY,
                source_start=_find(text, "Zelensky", base)[0],
                source_end=_find(text, "Zelensky", base)[1],
                stance="asserted",
                rule="control.hold",
            )
        )
        mentions[ZELENSKY].append(Mention(*_find(text, "Zelensky", base), s, "kb"))

        text = f"Volgens het Russische ministerie van Defensie zijn {num} Oekraïense militairen gedood."
        s, base = b.sentence(text)
        b.quantities.append(
            Quantity(
                *_find(text, f"{num} Oekraïense militairen", base),
                s,
                float(num),
                float(num),
                "militairen",
                "killed",
                "ukraine",
                MOD,
                *_find(text, "Russische ministerie van Defensie", base),
                stance="reported",
                rule="quantity.killed",
            )
        )
        b.quotes.append(
            Quote(
                *_find(text, f"zijn {num} Oekraïense militairen gedood", base),
                "indirect",
                s,
                speaker=MOD,
                speaker_start=_find(text, "Russische ministerie", base)[0],
                speaker_end=_find(text, "Defensie", base)[1],
                cue_start=_find(text, "Volgens", base)[0],
                cue_end=_find(text, "Volgens", base)[1],
                rule="quote.volgens",
            )
        )
        mentions[MOD].append(Mention(*_find(text, "Russische ministerie van Defensie", base), s, "kb"))

        text = (
            "Het ministerie claimt bovendien dat Russische troepen het dorp Klisjtsjiivka hebben ingenomen."
        )
        s, base = b.sentence(text)
        b.controls.append(
            ControlClaim(
                *_find(text, "Russische troepen het dorp Klisjtsjiivka hebben ingenomen", base),
                s,
                "Klisjtsjiivka",
                *_find(text, "Klisjtsjiivka", base),
                "russia",
                "affirm",
                source=MOD,
                source_start=_find(text, "Het ministerie", base)[0],
                source_end=_find(text, "Het ministerie", base)[1],
                stance="alleged",
                rule="control.capture",
            )
        )

        text = (
            f"Volgens de Verenigde Naties zijn sinds februari tussen de {num} en {num + 50} burgers "
            "omgekomen."
        )
        s, base = b.sentence(text)
        b.quantities.append(
            Quantity(
                *_find(text, f"tussen de {num} en {num + 50} burgers", base),
                s,
                float(num),
                float(num + 50),
                "burgers",
                "civilians",
                None,
                UN,
                *_find(text, "Verenigde Naties", base),
                rule="quantity.range",
            )
        )
        mentions[UN].append(Mention(*_find(text, "Verenigde Naties", base), s, "kb"))

        b.sentence(
            "De gevechten in de regio duren al maanden en beide legers zetten steeds meer drones, "
            "artillerie en infanterie in, terwijl de burgerbevolking grotendeels is gevlucht."
        )
        b.sentence(
            "Waarnemers ter plaatse spreken van een uitputtingsslag waarin geen van beide partijen "
            "een doorslaggevend voordeel weet te behalen, ondanks de zware verliezen."
        )
        b.end_part("body")

    b.begin_part()
    b.sentence("Foto: ANP")
    b.end_part("credit")

    text, offsets = b.tb.build()
    raw = b.raw
    entities = [
        Entity(ZELENSKY, "PER", mentions[ZELENSKY], party="ukraine", kb_id="Q3874799", rule="kb"),
        Entity(MOD, "ORG", mentions[MOD], party="russia", kb_id=None, rule="kb"),
        Entity(UN, "ORG", mentions[UN], rule="kb"),
        Entity("Bachmoet", "LOC", mentions["Bachmoet"], kb_id="Q160009", rule="gazetteer"),
    ]
    return Document(
        id=content_id(text),
        name=f"doc-{n}",
        origin=f"test:{n}",
        raw=raw,
        text=text,
        offsets=offsets,
        parts=b.parts,
        title=head,
        date="2023-05-0" + str(1 + n % 9),
        author="A. Verslaggever" if n % 2 else None,
        outlet="NRC",
        url=f"https://example.nl/artikel/{n}",
        ingest_stage="plain",
        sentences=b.sentences,
        quotes=b.quotes,
        quantities=b.quantities,
        control_claims=b.controls,
        entities=entities,
    )


def expected_rows(doc: Document) -> dict[str, int]:
    """Rows each table must hold for ``doc`` once it is stored."""
    return {
        "parts": len(doc.parts),
        "sentences": len(doc.sentences),
        "quotes": len(doc.quotes),
        "quantities": len(doc.quantities),
        "control_claims": len(doc.control_claims),
        "entities": len(doc.entities),
        "mentions": sum(len(e.mentions) for e in doc.entities),
    }


def strip_tokens(doc: Document) -> Document:
    """``doc`` as the store gives it back: sentences without tokens."""
    for s in doc.sentences:
        s.tokens = []
    return doc
