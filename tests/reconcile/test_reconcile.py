"""Reconciling the hand-built corpus, stored through the real Store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.reconcile import ClaimFilter, Reconciliation, read_claims, reconcile
from claimgraph.reconcile.normalize import Claim
from claimgraph.store import Store

pytestmark = pytest.mark.usefixtures("backend")


def _by_text(claims: list[Claim], text: str) -> Claim:
    (c,) = [c for c in claims if c.text == text]
    return c


def _kb_knows_bachmoet(claims: list[Claim]) -> bool:
    return all(c.place.key == "bakhmut" for c in claims if c.place.name in ("Bachmoet", "Bakhmut"))


@pytest.fixture
def rec(corpus_store: Store) -> Reconciliation:
    return reconcile(corpus_store)


def test_claims_are_normalised_with_provenance(rec: Reconciliation, corpus_store: Store) -> None:
    assert len(rec.claims) == 18
    c = _by_text(rec.claims, "meer dan 220 Oekraïense soldaten")
    assert (c.kind, c.subject, c.category, c.low, c.high) == ("quantity", "ukraine", "killed", 220, None)
    assert c.published == date(2023, 3, 6) and c.outlet == "NRC"
    # "in diezelfde tijd" takes the period of Zelensky's "vorige week", with its own words' span.
    assert (c.period.start, c.period.end) == (date(2023, 2, 27), date(2023, 3, 5))
    assert c.period.text == "in diezelfde tijd" and c.period.rule == "time.same"
    text = corpus_store.load(c.document).text
    assert text[slice(*c.period.span)] == "in diezelfde tijd"
    assert text[slice(*c.span)] == c.text
    # The place is not in the sentence: the document's dominant place, and it says so.
    assert (c.place.name, c.place.how) == ("Bakhmut", "document")
    assert (c.source.label, c.source.side, c.source.side_how) == (
        "Ministry of Defence of Russia", "russia", "entity")
    assert c.flags == ("enemy_losses",)
    assert c.raw_span == c.span


def test_sides_from_entities_knowledge_base_and_names(rec: Reconciliation) -> None:
    sides = {c.source.label: (c.source.side, c.source.side_how) for c in rec.claims}
    assert sides["Volodymyr Zelensky"] == ("ukraine", "entity")
    assert sides["Oekraïense leger"] == ("ukraine", "name")
    assert sides["Britse inlichtingendiensten"] == ("west", "name")
    assert sides["Amerikaanse functionarissen"] == ("west", "name")
    assert sides["Institute for the Study of War"] == ("independent", "entity")
    assert sides["Yevgeny Prigozhin"] == ("wagner", "entity")
    # Not stored as an entity: the knowledge base, or else the name's words, say Ukraine.
    (ua_mod,) = [c for c in rec.claims if c.source.name == "Oekraïense ministerie van Defensie"]
    assert ua_mod.source.side == "ukraine" and ua_mod.source.side_how in ("kb", "name")


def test_own_and_enemy_loss_flags(rec: Reconciliation) -> None:
    own = _by_text(rec.claims, "2.000 Russische militairen")
    assert own.source.side == "russia" and own.flags == ("own_losses",)
    enemy = _by_text(rec.claims, "11.000 Russische militairen")
    assert enemy.source.side == "ukraine" and enemy.flags == ("enemy_losses",)
    assert _by_text(rec.claims, "20.000 tot 30.000 Russische soldaten").flags == ()  # the West: no camp


def test_bakhmut_control_contradiction_across_spellings_and_outlets(rec: Reconciliation) -> None:
    if not _kb_knows_bachmoet(rec.claims):
        pytest.skip("knowledge base does not link Bachmoet to Bakhmut")
    (g,) = [g for g in rec.contradictions if g.kind == "control"]
    assert g.place == "Bakhmut"
    assert len(g.claims) == 4  # Bachmoet and Bakhmut, from three articles
    march, may = g.comparisons
    assert march.contradiction and may.contradiction
    values = {p.value: p.sources for p in march.positions}
    assert values == {"russia": ["Yevgeny Prigozhin"], "ukraine": ["Volodymyr Zelensky"]}
    assert (march.first, march.last) == (date(2023, 3, 9), date(2023, 3, 10))
    # Prigozjin's May claim is dated by "afgelopen zaterdag", the denial by "zondag".
    assert (may.first, may.last) == (date(2023, 5, 20), date(2023, 5, 21))
    assert {p.value: p.sides for p in may.positions} == {"russia": ["wagner"], "ukraine": ["ukraine"]}


def test_periodic_figures_contradict_and_revise(rec: Reconciliation) -> None:
    feb = [g for g in rec.groups if g.category == "killed" and g.subject == "russia"
           and g.period_key == ("window", "2023-02-01", "2023-02-28")]
    assert len(feb) == 1
    g = feb[0]
    assert g.contradicted
    assert {tuple(p.sources) for p in g.comparisons[0].positions} == {
        ("Ministry of Defence of Russia",), ("Oekraïense leger",)}
    (r,) = g.revisions
    assert (r.source, r.before.value(), r.after.value()) == ("Oekraïense leger", "11000", "≥12000")
    assert r.before.published < r.after.published


def test_running_totals_agree_and_contradict_within_a_week(rec: Reconciliation) -> None:
    totals = [g for g in rec.groups if g.category == "killed" and g.subject == "russia"
              and g.period_key == ("asof",)]
    assert len(totals) == 1
    (cmp,) = totals[0].comparisons
    assert cmp.contradiction and cmp.agreement
    agreeing = [p for p in cmp.positions if len(p.source_keys) > 1]
    assert agreeing[0].sources == ["Westerse inlichtingendiensten", "Britse inlichtingendiensten"]
    assert agreeing[0].sides == ["west"]


def test_implied_ratio_against_the_stated_one(rec: Reconciliation) -> None:
    (chk,) = rec.ratios
    assert chk.stated.source.label == "NATO" and (chk.stated.low, chk.stated.high) == (5, 5)
    assert chk.numerator.source.label == "Volodymyr Zelensky"
    assert chk.denominator.source.label == "Ministry of Defence of Russia"
    assert chk.estimate == pytest.approx(5.0)
    assert chk.low == 0 and chk.high == pytest.approx(5.0)  # "meer dan 220": at most 5
    assert chk.consistent
    assert "same period" in chk.basis


def test_running_total_against_its_own_monthly_figure(rec: Reconciliation) -> None:
    (bad,) = [s for s in rec.sums if not s.consistent]
    assert bad.total.text == "1.500 Russische militairen"
    assert [p.text for p in bad.parts] == ["2.000 Russische militairen"]  # the total's own source's
    assert (bad.low, bad.high) == (2000, 2000)


def test_undated_article_groups_by_the_words_of_its_periods(rec: Reconciliation) -> None:
    soledar = [g for g in rec.groups if g.place == "Soledar"]
    assert {g.period_key[0] for g in soledar} == {"open"}
    kyiv = _by_text(rec.claims, "900 man")
    moscow = _by_text(rec.claims, "300 Oekraïense militairen")
    assert kyiv.published is None and kyiv.when is None
    assert kyiv.period.label == moscow.period.label == "vorige week"
    assert moscow.source.side == "russia" and kyiv.source.side == "ukraine"


def test_filters(corpus_store: Store) -> None:
    everything = read_claims(corpus_store)
    by_place = read_claims(corpus_store, ClaimFilter(place="Bachmoet"))
    if _kb_knows_bachmoet(everything):
        assert len(by_place) == len(read_claims(corpus_store, ClaimFilter(place="bakhmut"))) == 16
    assert all(c.place.name != "Soledar" for c in by_place)
    zel = read_claims(corpus_store, ClaimFilter(source="Zelensky"))
    assert {c.source.label for c in zel} == {"Volodymyr Zelensky"} and len(zel) == 2
    killed = read_claims(corpus_store, ClaimFilter(category="killed"))
    assert {c.category for c in killed} == {"killed"} and len(killed) == 11
    control = read_claims(corpus_store, ClaimFilter(category="control"))
    assert {c.kind for c in control} == {"control"} and len(control) == 4
    spring = read_claims(corpus_store, ClaimFilter(since=date(2023, 3, 6), until=date(2023, 3, 31)))
    assert spring and all(date(2023, 3, 6) <= c.when <= date(2023, 3, 31) for c in spring)
    assert all(c.when is not None for c in spring)
    # --entity: the claim's source, its place, or any entity named in its sentence.
    shoigu = read_claims(corpus_store, ClaimFilter(entity="Sjojgoe"))
    assert [c.text for c in shoigu] == ["11.000 man"]
    writer = read_claims(corpus_store, ClaimFilter(source="Zelenski"))  # another spelling
    if writer:
        assert {c.source.label for c in writer} == {"Volodymyr Zelensky"}


def test_reconciling_twice_gives_the_same_result(corpus_store: Store) -> None:
    a, b = reconcile(corpus_store).to_json(), reconcile(corpus_store).to_json()
    assert a == b
    assert a["claims"] == 18 and len(a["contradictions"]) == 3
