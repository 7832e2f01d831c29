"""Entity extraction over the shared construction suite and our own extra cases (with Frog)."""

from __future__ import annotations

import pytest
from cases_entities import ENTITIES_EXTRA
from conftest import analyse_text, make_paragraphs
from nl_constructions import ENTITIES

from claimgraph.document import Document
from claimgraph.kb.linker import fold
from claimgraph.pipeline import analyse_document

pytestmark = pytest.mark.frog


def _run(case: dict, frog) -> Document:
    if "parts" in case:
        kinds, texts = zip(*case["parts"], strict=True)
        return analyse_document(make_paragraphs(list(texts), list(kinds)), frog)
    return analyse_text(case["text"], frog)


def _check(case: dict, doc: Document) -> None:
    t = doc.text
    got = [(e, {fold(t[m.start : m.end]) for m in e.mentions} | {fold(e.name)}) for e in doc.entities]
    for exp in case["entities"]:
        want = {fold(m) for m in exp["mentions"]}
        hits = [e for e, names in got if want <= names or (fold(exp["name"]) in names and want <= names)]
        assert hits, f"{exp} not found in {[(e.name, sorted(n)) for e, n in got]}"
        assert hits[0].type == exp["type"], (exp, hits[0])
    for word in case.get("not_entities", []):
        for e, names in got:
            assert fold(word) not in names, (word, e)


@pytest.mark.parametrize("case", ENTITIES, ids=[c["id"] for c in ENTITIES])
def test_constructions(case: dict, frog) -> None:
    _check(case, _run(case, frog))


@pytest.mark.parametrize("case", ENTITIES_EXTRA, ids=[c["id"] for c in ENTITIES_EXTRA])
def test_extra(case: dict, frog) -> None:
    _check(case, _run(case, frog))


def test_untagged_still_finds_names() -> None:
    doc = analyse_text("Wagnerbaas Jevgeni Prigozjin meldde dat Bachmoet is gevallen.")
    names = {e.name for e in doc.entities}
    assert {"Yevgeny Prigozhin", "Bakhmut"} <= names
