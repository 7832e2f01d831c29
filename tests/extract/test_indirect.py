"""Reported speech (indirect quotes) on the construction suite, through the real pipeline with Frog."""

from __future__ import annotations

import pytest
from cases_quotes import EXTRA_INDIRECT, QUOTE_GAPS
from conftest import analyse_text, case_params, compare_quotes
from nl_constructions import INDIRECT

KINDS = {"direct", "partial", "scare", "indirect"}


CASES = case_params(INDIRECT, "INDIRECT", QUOTE_GAPS) + case_params(
    EXTRA_INDIRECT, "EXTRA_INDIRECT", QUOTE_GAPS
)


@pytest.mark.parametrize("case", CASES)
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


def test_description_keeps_prenominal_participle_phrase(frog) -> None:
    """An unnamed source keeps its restrictive participle phrase ("de door Kyiv ingestelde …")."""
    text = "Volgens de door Kyiv ingestelde onderzoekscommissie zijn er honderden graven gevonden."
    doc = analyse_text(text, frog)
    speakers = {q.speaker for q in doc.quotes}
    assert speakers == {"door Kyiv ingestelde onderzoekscommissie"}, speakers
