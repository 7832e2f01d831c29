"""Marked quotes and their speakers on the construction suite, through the real pipeline with Frog."""

from __future__ import annotations

import pytest
from cases_quotes import EXTRA_QUOTES, QUOTE_GAPS
from conftest import analyse_text, case_params, compare_quotes
from nl_constructions import QUOTES

KINDS = {"direct", "partial", "scare", "indirect"}


CASES = case_params(QUOTES, "QUOTES", QUOTE_GAPS) + case_params(EXTRA_QUOTES, "EXTRA_QUOTES", QUOTE_GAPS)


@pytest.mark.parametrize("case", CASES)
def test_quotes(case: dict, frog) -> None:
    doc = analyse_text(case["text"], frog)
    problems = compare_quotes(doc, case["quotes"], KINDS)
    assert not problems, "\n".join(problems)
