"""Marked quotes and their speakers on the construction suite, through the real pipeline with Frog."""

from __future__ import annotations

import pytest
from cases_quotes import EXTRA_QUOTES, QUOTE_GAPS
from conftest import analyse_text, compare_quotes
from nl_constructions import QUOTES

KINDS = {"direct", "partial", "scare", "indirect"}


def _params(cases: list[dict], group: str) -> list:
    out = []
    for case in cases:
        marks = []
        if (group, case["id"]) in QUOTE_GAPS:
            marks.append(pytest.mark.xfail(reason=QUOTE_GAPS[(group, case["id"])], strict=False))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params(QUOTES, "QUOTES") + _params(EXTRA_QUOTES, "EXTRA_QUOTES"))
def test_quotes(case: dict, frog) -> None:
    doc = analyse_text(case["text"], frog)
    problems = compare_quotes(doc, case["quotes"], KINDS)
    assert not problems, "\n".join(problems)
