"""Marked quotes and their speakers on the construction suite, through the real pipeline with Frog."""

from __future__ import annotations

import pytest
from cases_quotes import EXTRA_QUOTES, QUOTE_GAPS
from conftest import analyse_text, case_params, compare_quotes, make_paragraphs
from nl_constructions import QUOTES

from claimgraph.pipeline import analyse_document

KINDS = {"direct", "partial", "scare", "indirect"}


CASES = case_params(QUOTES, "QUOTES", QUOTE_GAPS) + case_params(EXTRA_QUOTES, "EXTRA_QUOTES", QUOTE_GAPS)


@pytest.mark.parametrize("case", CASES)
def test_quotes(case: dict, frog) -> None:
    if "parts" in case:  # (kind, text) paragraphs: a headline above the body
        kinds, texts = zip(*case["parts"], strict=True)
        doc = analyse_document(make_paragraphs(list(texts), list(kinds)), frog)
    else:
        doc = analyse_text(case["text"], frog)
    problems = compare_quotes(doc, case["quotes"], KINDS)
    assert not problems, "\n".join(problems)
