"""A document and its claims as JSON in the evaluation format (``shared/eval/SCHEMA.md``).

The schema's fields come first; every item also carries its provenance (cleaned-text span, raw
span, sentence index, producing rule), which the scorer ignores and a journalist needs.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from claimgraph.document import Document


def _span(doc: Document, start: int, end: int) -> dict[str, Any]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"start": start, "end": end, "raw_start": raw_start, "raw_end": raw_end}


def to_schema(doc: Document) -> dict[str, Any]:
    t = doc.text
    quotes = []
    for q in doc.quotes:
        item: dict[str, Any] = {"text": t[q.start : q.end], "kind": q.kind, "speaker": q.speaker,
                                "stance": q.stance}
        if q.speaker_start is not None and q.speaker_end is not None:
            item["speaker_text"] = t[q.speaker_start : q.speaker_end]
            item["speaker_span"] = [q.speaker_start, q.speaker_end]
        item |= _span(doc, q.start, q.end) | {"sentence": q.sentence, "rule": q.rule}
        quotes.append(item)
    quantities = []
    for n in doc.quantities:
        item = {"text": t[n.start : n.end], "low": n.low, "high": n.high, "unit": n.unit,
                "category": n.category, "subject": n.subject, "source": n.source, "stance": n.stance}
        item |= _span(doc, n.start, n.end) | {"sentence": n.sentence, "rule": n.rule}
        quantities.append(item)
    controls = []
    for c in doc.control_claims:
        item = {"place": c.place, "holder": c.holder, "polarity": c.polarity, "source": c.source,
                "stance": c.stance, "text": t[c.start : c.end], "place_span": [c.place_start, c.place_end]}
        item |= _span(doc, c.start, c.end) | {"sentence": c.sentence, "rule": c.rule}
        controls.append(item)
    entities = []
    for e in doc.entities:
        mentions = []
        for m in e.mentions:
            form = t[m.start : m.end]
            if form not in mentions:
                mentions.append(form)
        entities.append({"name": e.name, "type": e.type, "mentions": mentions, "party": e.party,
                         "kb_id": e.kb_id, "spans": [[m.start, m.end, m.sentence] for m in e.mentions],
                         "rule": e.rule})
    return {
        "document": doc.name,
        "id": doc.id,
        "origin": doc.origin,
        "title": doc.title,
        "date": doc.date,
        "language": doc.language,
        "quotes": quotes,
        "quantities": quantities,
        "control_claims": controls,
        "entities": entities,
        "parts": [{"kind": p.kind, "start": p.start, "end": p.end} for p in doc.parts],
        "sentences": len(doc.sentences),
    }


_UNSAFE = re.compile(r"[^\w.\-]+")


def output_name(doc: Document) -> str:
    """A safe file name for a document's JSON: its input name, made filesystem-safe."""
    return (_UNSAFE.sub("_", doc.name).strip("._") or doc.id) + ".json"


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a reader never sees a half-written file, even if the run is killed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
