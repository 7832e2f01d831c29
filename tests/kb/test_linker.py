"""The knowledge base and its alias lookup (no Frog needed)."""

from __future__ import annotations

import pytest

from claimgraph.kb.linker import fold, genitive_stem, load, normalise, units


@pytest.fixture(scope="module")
def kb():
    return load()


def test_size_and_parties(kb) -> None:
    assert 150 <= len(kb) <= 600
    for e in kb:
        assert e.type in ("PER", "ORG", "LOC", "WEAPON"), e
        assert e.party in (None, "ukraine", "russia", "wagner", "west", "independent"), e


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Bachmoet", "Bakhmut"), ("BACHMOET", "Bakhmut"), ("Bachmut", "Bakhmut"), ("Бахмут", "Bakhmut"),
        ("Артемовск", "Bakhmut"), ("Artjomovsk", "Bakhmut"), ("Prigozjin", "Yevgeny Prigozhin"),
        ("Prigozhin", "Yevgeny Prigozhin"), ("Пригожин", "Yevgeny Prigozhin"),
        ("Prigozjins", "Yevgeny Prigozhin"), ("Poetin’s", "Vladimir Putin"), ("NAVO", "NATO"),
        ("nato", "NATO"), ("Charkiv", "Kharkiv"), ("Charkov", "Kharkiv"), ("Харків", "Kharkiv"),
        ("Oekraine", "Ukraine"), ("Sint-Petersburg", "Saint Petersburg"),
        ("Sint Petersburg", "Saint Petersburg"), ("ISW", "Institute for the Study of War"),
    ],
)
def test_lookup_variants(kb, alias: str, name: str) -> None:
    assert name in [e.name for e in kb.lookup(alias)]


def test_normalisation() -> None:
    assert fold("Oekraïne") == "oekraine"
    assert normalise("Wagner-baas") == "wagner baas"
    assert units("Poetin’s") == ["poetins"]
    assert genitive_stem("prigozjins") == "prigozjin"


def test_match_at_longest_and_capitals(kb) -> None:
    words = units("het Russische ministerie van Defensie meldt")
    caps = [False, True, False, False, True, False]
    k, alias, _ = kb.match_at(words, caps, 1)
    assert k == 4 and alias.entries[0].name == "Ministry of Defence of Russia"
    # A capitalised alias does not match a lower-case word outside a credit.
    assert kb.match_at(["ap"], [False], 0) is None
    assert kb.match_at(["ap"], [False], 0, ignore_case=True) is not None


def test_regions_roles_and_compounds(kb) -> None:
    assert kb.region_of(kb.by_name("Kharkiv")).name == "Kharkiv Oblast"
    assert [e.name for e in kb.with_role("wagnerbaas")] == ["Yevgeny Prigozhin"]
    assert kb.prefix_of("wagnertroepen").entries[0].name == "Wagner Group"
    assert kb.prefix_of("wagner") is None


def test_ambiguous_alias_lists_both(kb) -> None:
    names = {e.name for e in kb.lookup("Dnipro")}
    assert {"Dnipro", "Dnipro (city)"} <= names
