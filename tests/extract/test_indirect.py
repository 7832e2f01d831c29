"""Reported speech (indirect quotes) on the construction suite, through the real pipeline with Frog."""

from __future__ import annotations

import pytest
from cases_quotes import EXTRA_INDIRECT, QUOTE_GAPS
from conftest import analyse_text, compare_quotes
from nl_constructions import INDIRECT

KINDS = {"direct", "partial", "scare", "indirect"}


def _params(cases: list[dict], group: str) -> list:
    out = []
    for case in cases:
        marks = []
        if (group, case["id"]) in QUOTE_GAPS:
            marks.append(pytest.mark.xfail(reason=QUOTE_GAPS[(group, case["id"])], strict=False))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params(INDIRECT, "INDIRECT") + _params(EXTRA_INDIRECT, "EXTRA_INDIRECT"))
def test_indirect(case: dict, frog) -> None:
    doc = analyse_text(case["text"], frog)
    problems = compare_quotes(doc, case["quotes"], KINDS)
    assert not problems, "\n".join(problems)


def test_source_at_inside_and_outside(frog) -> None:
    """attribution.source_at credits the reporting source inside its clause and the writer outside."""
    from claimgraph.extract.attribution import source_at

    text = "Het ISW meldt dat Russische troepen Kreminna hebben ingenomen. De brug is vernield."
    doc = analyse_text(text, frog)
    s = text.index("Kreminna")
    name, start, end, stance = source_at(doc, s, s + len("Kreminna"))
    assert name is not None and stance == "reported"
    assert text[start:end] == "ISW"
    s = text.index("brug")
    assert source_at(doc, s, s + 4) == (None, None, None, "asserted")
