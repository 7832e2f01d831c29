"""Control claims over the shared construction suite and our own extra cases (with Frog)."""

from __future__ import annotations

import pytest
from cases_control import CONTROL_EXTRA
from conftest import analyse_text
from nl_constructions import CONTROL

from claimgraph.kb.linker import fold, load

pytestmark = pytest.mark.frog


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    kb = load()
    ea, eb = {e.id for e in kb.lookup(a)}, {e.id for e in kb.lookup(b)}
    return bool(ea & eb)


def _check(case: dict, frog) -> None:
    doc = analyse_text(case["text"], frog)
    got = [(c.place, c.holder, c.polarity, c.source) for c in doc.control_claims]
    assert len(got) == len(case["control"]), got
    for exp in case["control"]:
        assert any(_same_name(p, exp["place"]) and h == exp["holder"] and pol == exp["polarity"]
                   and _same_name(src, exp["source"]) for p, h, pol, src in got), (exp, got)


# Cases the system is known to miss (documented gaps, not conventions we dispute).
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", CONTROL, ids=[c["id"] for c in CONTROL])
def test_constructions(case: dict, frog, request) -> None:
    if case["id"] in XFAIL:
        request.applymarker(pytest.mark.xfail(reason=XFAIL[case["id"]], strict=False))
    _check(case, frog)


@pytest.mark.parametrize("case", CONTROL_EXTRA, ids=[c["id"] for c in CONTROL_EXTRA])
def test_extra(case: dict, frog) -> None:
    _check(case, frog)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Untagged "sinds" before a time expression is a preposition, not a clause opener.
        ("Melitopol is sinds maart 2022 in Russische handen.", [("Melitopol", "russia", "affirm")]),
        ("Rusland houdt de Krim sinds 2014 bezet.", [("Krim", "russia", "affirm")]),
        # "sinds" opening a clause with its own subject presupposes the capture.
        ("Sinds de Russen Lyman innamen, is het daar stil.", []),
    ],
)
def test_untagged_sinds(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = analyse_text(text)  # no Frog: no tags
    got = [(c.place, c.holder, c.polarity) for c in doc.control_claims]
    assert got == expected
