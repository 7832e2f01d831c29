"""Cross-document entity linking, in memory and on both store backends.

The corpus is four invented articles: Dutch (NRC, Volkskrant), English (Guardian) and Ukrainian
(Cyrillic), naming Bakhmut as Bachmoet, Bakhmut and Бахмут, an invented commander as Taras
Kovaltsjoek, Taras Kovalchuk, Тарас Ковальчук and (inflected) Ковальчука, a general as Vadim
Zjoekov, Vadim Zhukov and Вадим Жуков, a colonel as Volodymyr Bilozerskyj and Wolodymyr Belozerski
(a fuzzy match), and a village as Sjtsjoerivka, Shchurivka and Schtschuriwka. They go through the
real pipeline (NullAnalyser) into the real store.
"""

from __future__ import annotations

import importlib.util
import itertools
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.document import Document, Entity, Mention, OffsetMap, Part, Sentence, content_id
from claimgraph.ingest import ingest_text
from claimgraph.kb.clusters import (
    THRESHOLD,
    EntityError,
    Linker,
    Row,
    link_entities,
    list_entities,
    merge_entities,
    relink_entities,
    similarity,
    split_entity,
)
from claimgraph.kb.linker import load
from claimgraph.kb.translit import translit_key
from claimgraph.pipeline import analyse_document
from claimgraph.reconcile.query import ENTITY_SQL
from claimgraph.store import Store, open_store
from claimgraph.store.entities import Override, global_ids

_spec = importlib.util.spec_from_file_location(
    "store_backend_fixtures_kb", Path(__file__).parents[1] / "store" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_fixtures)
backend = _store_fixtures.backend
pg_schema = _store_fixtures.pg_schema
store_url = _store_fixtures.store_url

VERSION = "test-clusters"

ARTICLES = {
    "nrc-2023-03-01": (
        "Zware gevechten rond Bachmoet",
        "Het Oekraïense leger houdt stand in Bachmoet, zegt commandant Taras Kovaltsjoek. "
        "Volgens Kovaltsjoek zijn de Russische troepen de stad nog niet binnengedrongen. "
        "Ook kolonel Volodymyr Bilozerskyj meldt dat de verdediging van Bachmoet standhoudt. "
        "Ten noorden van de stad is het dorp Sjtsjoerivka zwaar beschoten. "
        "De Russische generaal Vadim Zjoekov beweert het tegendeel.",
    ),
    "guardian-2023-03-02": (
        "Fighting continues in Bakhmut",
        "Taras Kovalchuk, a Ukrainian commander, said his troops still hold Bakhmut. "
        "Vadim Zhukov, a Russian general, claimed that Wagner fighters had taken the eastern "
        "districts of Bakhmut. Wolodymyr Belozerski said the defence of the city was holding. "
        "Shelling continued in Shchurivka, north of the city.",
    ),
    "ukrpravda-2023-03-03": (
        "Бахмут тримається",
        "Тарас Ковальчук заявив, що Бахмут тримається. За словами Ковальчука, ситуація складна. "
        "Вадим Жуков говорить інше.",
    ),
    "volkskrant-2023-03-04": (
        "Nieuwe aanvallen",
        "Dinsdag zei Kovaltsjoek dat de situatie rond Bachmoet moeilijk blijft. "
        "Een Duitse krant meldde beschietingen bij Schtschuriwka. "
        "Prigozjin dreigde opnieuw zijn troepen terug te trekken uit Bachmoet.",
    ),
}

# Real entities and the surface forms the articles use for them.
REAL = {
    "Bakhmut": {"Bachmoet", "Bakhmut", "Бахмут"},
    "Kovalchuk": {"Taras Kovaltsjoek", "Taras Kovalchuk", "Тарас Ковальчук", "Ковальчука", "Kovaltsjoek"},
    "Zhukov": {"Vadim Zjoekov", "Vadim Zhukov", "Вадим Жуков"},
    "Bilozerskyi": {"Volodymyr Bilozerskyj", "Wolodymyr Belozerski"},
    "Shchurivka": {"Sjtsjoerivka", "Shchurivka", "Schtschuriwka"},
}


def article(name: str, text: str, title: str | None = None) -> Document:
    date = name.split("-", 1)[1] if name.count("-") == 3 else None
    doc = ingest_text(text, name=name, origin=name, title=title, outlet=name.split("-")[0], date=date)
    return analyse_document(doc)


def corpus(names: list[str] | None = None) -> list[Document]:
    return [article(n, ARTICLES[n][1], ARTICLES[n][0]) for n in names or list(ARTICLES)]


def entity_of(store: Store) -> dict[str, set[str]]:
    """Global id → the surface forms of the mentions linked to it (descriptions left out)."""
    rows = store.query(
        """SELECT l.entity, substr(d.text, m.text_start + 1, m.text_end - m.text_start) FROM entity_links l
        JOIN mentions m ON m.document = l.document AND m.entity = l.idx
        JOIN documents d ON d.id = l.document WHERE m.rule <> 'entity.description'"""
    )
    out: dict[str, set[str]] = {}
    for gid, surface in rows:
        out.setdefault(gid, set()).add(surface)
    return out


def partition(store: Store) -> set[frozenset[tuple[str, int]]]:
    groups: dict[str, set[tuple[str, int]]] = {}
    for (doc, idx), gid in global_ids(store).items():
        name = store.query("SELECT name FROM documents WHERE id = ?", (doc,))[0][0]
        groups.setdefault(gid, set()).add((name, idx))
    return {frozenset(g) for g in groups.values()}


@pytest.fixture
def linked(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as store:
        store.save_many(corpus(), producer_version=VERSION)
        link_entities(store)
        yield store


# --- similarity and its threshold ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("Volodymyr Bilozerskyj", "Wolodymyr Belozerski"), ("Vuhledar", "Ugledar"), ("Oliynyk", "Oleinik"),
     ("Kostjantinovka", "Kostiantynivka"), ("Taras Kovalchuk", "Taras Kovaltsjoek")],
)  # fmt: skip
def test_similar_spellings_match(a: str, b: str) -> None:
    assert similarity(translit_key(a), translit_key(b)) >= THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelensky", "Zelenska"), ("Ivanov", "Ivanova"), ("Kovalenko", "Kuvalenko"),
     ("Shevchenko", "Savchenko"), ("Marchenko", "Martsenko"), ("Lysenko", "Lesenko"),
     ("Ivan Petrenko", "Olena Petrenko"), ("Oleksandr Petrenko", "Oleksii Petrenko"),
     ("Andrii Kovalenko", "Andrii Kovalev"), ("Letland", "Estland"), ("Putin", "Utkin"),
     ("Eastern Ukraine", "Western Ukraine"), ("Sergei Ivanov", "Sergei Ivanenko"),
     ("Petrenko", "Ivan Petrenko")],
)  # fmt: skip
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert similarity(translit_key(a), translit_key(b)) < THRESHOLD


def _kb_pair_scores(threshold: float) -> tuple[int, int]:
    """(pairs of spellings of different knowledge-base entries of one type, how many match)."""
    by_type: dict[str, list[tuple[str, str]]] = {}
    for e in load():
        if e.type in ("PER", "ORG", "LOC"):
            for k in {translit_key(s) for s in (e.name, *e.aliases)} - {""}:
                by_type.setdefault(e.type, []).append((k, e.id))
    pairs = hits = 0
    for lst in by_type.values():
        for (a, ea), (b, eb) in itertools.combinations(lst, 2):
            if ea != eb and a != b and len(a.split()) == len(b.split()):
                pairs += 1
                hits += similarity(a, b, threshold) >= threshold
    return pairs, hits


def test_threshold_is_calibrated_on_the_knowledge_base() -> None:
    """No two entries of the knowledge base match at the threshold; a few points lower, some do
    (Letland/Estland, Eastern/Western Ukraine): the threshold is the lowest that is clean."""
    pairs, hits = _kb_pair_scores(THRESHOLD)
    assert pairs > 5000 and hits == 0
    assert _kb_pair_scores(THRESHOLD - 5)[1] > 0


# --- the linker in memory -----------------------------------------------------------------------


def _row(name: str, type_: str = "PER", kb_id: str | None = None, forms: list[str] | None = None,
         doc: str = "d") -> Row:
    return Row(doc, 0, name, type_, None, kb_id, forms if forms is not None else [name])


def test_linker_methods() -> None:
    linker = Linker(load())
    assert linker.assign(_row("Bakhmut", "LOC", "bakhmut", ["Bachmoet"]))[:2] == ("bakhmut", "kb")
    assert linker.assign(_row("Bachmoets", "LOC"))[:2] == ("bakhmut", "kb")  # genitive, KB lookup
    assert linker.assign(_row("Kupyansk", "LOC"))[:2] == ("kupiansk", "translit")
    assert linker.assign(_row("Zelenskii"))[:2] == ("zelensky", "translit")
    gid, method, score = linker.assign(_row("Kostjantinovka", "LOC"))
    assert (gid, method) == ("kostiantynivka", "fuzzy") and score is not None and score >= THRESHOLD
    assert linker.assign(_row("Taras Kovaltsjoek"))[:2] == ("new:taras-kovaltsjoek", "new")
    assert linker.assign(_row("Taras Kovalchuk"))[:2] == ("new:taras-kovaltsjoek", "translit")
    assert linker.assign(_row("Kovalchuk"))[:2] == ("new:taras-kovaltsjoek", "surname")
    assert linker.assign(_row("Тарас Ковальчук"))[:2] == ("new:taras-kovaltsjoek", "translit")
    # Same key, other type: another entity.
    assert linker.assign(_row("Kovaltsjoek", "LOC"))[:2] == ("new:kovaltsjoek", "new")


def test_surname_first_is_folded_into_the_one_full_name() -> None:
    linker = Linker(load())
    assert linker.assign(_row("Petrenko"))[0] == "new:petrenko"
    assert linker.assign(_row("Ivan Petrenko"))[0] == "new:ivan-petrenko"
    assert linker.final("new:petrenko") == "new:ivan-petrenko"
    assert linker.ents["new:ivan-petrenko"].name == "Ivan Petrenko"
    assert linker.assign(_row("Petrenko", doc="e"))[:2] == ("new:ivan-petrenko", "translit")
    # A second full name with that surname: a bare surname is ambiguous from then on, and gets an
    # entity of its own (not the id folded away in this run).
    linker.assign(_row("Olena Petrenko"))
    assert linker.assign(_row("Petrenko", doc="f"))[:2] == ("new:petrenko-2", "new")
    assert linker.final("new:petrenko-2") == "new:petrenko-2"


def test_overrides_win() -> None:
    overrides = [
        Override(1, "merge", "new:a-b", "new:c-d", None, "A. B."),
        Override(2, "split", "new:bakhmut", "bakhmut", "Бахмут", None),
    ]
    linker = Linker(load(), overrides=overrides)
    assert linker.assign(_row("C D"))[:2] == ("new:a-b", "manual")
    assert linker.ents["new:a-b"].name == "A. B."
    assert linker.assign(_row("Bakhmut", "LOC", "bakhmut", ["Бахмут"]))[:2] == ("new:bakhmut", "manual")
    assert linker.assign(_row("Bakhmut", "LOC", "bakhmut", ["Bachmoet"]))[:2] == ("bakhmut", "kb")


# --- on both backends ---------------------------------------------------------------------------


@pytest.mark.usefixtures("backend")
def test_one_global_entity_per_real_entity(linked: Store) -> None:
    groups = entity_of(linked)
    for real, forms in REAL.items():
        ids = {gid for gid, surfaces in groups.items() if surfaces & forms}
        assert len(ids) == 1, f"{real} split over {ids}"
        (gid,) = ids
        assert forms <= groups[gid], f"{real}: {groups[gid]}"
    assert groups["bakhmut"] == REAL["Bakhmut"]
    # Every stored entity row is linked, and nothing else is.
    assert len(global_ids(linked)) == linked.counts()["entities"]
    methods = dict(linked.query("SELECT method, count(*) FROM entity_links GROUP BY method"))
    assert {"kb", "translit", "fuzzy", "new"} <= set(methods)
    (score,) = linked.query("SELECT score FROM entity_links WHERE method = 'fuzzy'")[0]
    assert score >= THRESHOLD


@pytest.mark.usefixtures("backend")
def test_listing(linked: Store) -> None:
    by_id = {e.id: e for e in list_entities(linked)}
    bakhmut = by_id["bakhmut"]
    assert (bakhmut.name, bakhmut.type, bakhmut.party, bakhmut.documents) == ("Bakhmut", "LOC", "ukraine", 4)
    assert dict(bakhmut.aliases) == {"Bachmoet": 5, "Bakhmut": 3, "Бахмут": 2}
    assert bakhmut.mentions == 10
    kov = by_id["new:taras-kovaltsjoek"]
    assert kov.name == "Taras Kovaltsjoek" and kov.documents == 4 and kov.kb_id is None
    assert [e.id for e in list_entities(linked, search="Бахмут")] == ["bakhmut"]
    assert [e.id for e in list_entities(linked, search="kovalchuk")] == ["new:taras-kovaltsjoek"]
    assert {e.id for e in list_entities(linked, party="wagner")} == {"wagner", "prigozhin"}
    assert all(e.type == "LOC" for e in list_entities(linked, type_="LOC"))


@pytest.mark.usefixtures("backend")
def test_incremental_equals_all_at_once(store_url: str, tmp_path: Path) -> None:
    """Documents linked one by one (the surname-only and the Cyrillic article first) end in the
    same entities as the corpus linked at once."""
    with open_store(tmp_path / "at-once.db") as s:
        s.save_many(corpus(), producer_version=VERSION)
        link_entities(s)
        expected = partition(s)
    order = ["volkskrant-2023-03-04", "ukrpravda-2023-03-03", "guardian-2023-03-02", "nrc-2023-03-01"]
    with open_store(store_url) as store:
        for name in order:
            store.save_many(corpus([name]), producer_version=VERSION)
            stats = link_entities(store)
            assert stats.rows > 0
        assert partition(store) == expected
        assert link_entities(store).rows == 0  # nothing left to link
        # The surname-only entity of the first article was folded into the full name.
        methods = dict(store.query("SELECT method, count(*) FROM entity_links GROUP BY method"))
        assert methods.get("surname", 0) >= 1


@pytest.mark.usefixtures("backend")
def test_split_and_merge_round_trip(linked: Store) -> None:
    before = partition(linked)
    new_id, moved = split_entity(linked, "bakhmut", "Бахмут")
    assert (new_id, moved) == ("new:bakhmut", 1)
    groups = entity_of(linked)
    assert groups[new_id] == {"Бахмут"} and groups["bakhmut"] == {"Bachmoet", "Bakhmut"}
    # Remembered: a later article spelling it so goes to the split-off entity.
    linked.save_many([article("later-1", "In Бахмут is het vandaag rustig, zegt Kovaltsjoek.")],
                     producer_version=VERSION)
    link_entities(linked)
    later = {gid for (doc, _i), gid in global_ids(linked).items()
             if linked.query("SELECT name FROM documents WHERE id = ?", (doc,))[0][0] == "later-1"}
    assert new_id in later and "new:taras-kovaltsjoek" in later
    # Merge back, with a name; the merge is remembered too.
    target, moved = merge_entities(linked, ["bakhmut", new_id], name="Bachmoet")
    assert (target, moved) == ("bakhmut", 2)
    assert new_id not in entity_of(linked)
    linked.save_many([article("later-2", "Ook in Бахмут bleef het rustig.")], producer_version=VERSION)
    link_entities(linked)
    assert set(global_ids(linked).values()) >= {"bakhmut"}
    assert new_id not in set(global_ids(linked).values())
    summary = {e.id: e for e in list_entities(linked)}["bakhmut"]
    assert summary.name == "Bachmoet" and summary.documents == 6
    # A rebuild keeps both decisions: same partition, same name.
    after = partition(linked)
    relink_entities(linked)
    assert partition(linked) == after
    assert {e.id: e for e in list_entities(linked)}["bakhmut"].name == "Bachmoet"
    # The original corpus is grouped as before the round trip.
    original = {frozenset(x for x in g if not x[0].startswith("later")) for g in after} - {frozenset()}
    assert original == before


@pytest.mark.usefixtures("backend")
def test_merge_unknown_entities_is_remembered(linked: Store) -> None:
    linked.save_many([article("x-1", "Kolonel Oleksandr Syrotenko meldt nieuwe aanvallen."),
                      article("x-2", "Kolonel Aleksandr Sirotenko ontkent dat.")], producer_version=VERSION)
    link_entities(linked)
    ids = {e.id for e in list_entities(linked, search="rotenko")}
    assert ids == {"new:oleksandr-syrotenko", "new:aleksandr-sirotenko"}  # one vowel apart: not fuzzy
    merge_entities(linked, ["new:oleksandr-syrotenko", "new:aleksandr-sirotenko"])
    linked.save_many([article("x-3", "Volgens Aleksandr Sirotenko is de lijn stabiel.")],
                     producer_version=VERSION)
    link_entities(linked)
    found = list_entities(linked, search="rotenko")
    assert [(e.id, e.documents) for e in found] == [("new:oleksandr-syrotenko", 3)]
    with pytest.raises(EntityError, match="no entity new:nobody"):
        merge_entities(linked, ["new:oleksandr-syrotenko", "new:nobody"])
    with pytest.raises(EntityError, match="no mention spelt"):
        split_entity(linked, "bakhmut", "Kyiv")
    with pytest.raises(EntityError, match="no entity"):
        split_entity(linked, "new:nobody", "X")


@pytest.mark.usefixtures("backend")
def test_reconcile_compares_places_by_global_entity(linked: Store) -> None:
    village = {gid for d, i, name, t, p, gid in linked.query(ENTITY_SQL) if name in REAL["Shchurivka"]}
    assert village == {"new:sjtsjoerivka"}
    bakhmut = {gid for d, i, name, t, p, gid in linked.query(ENTITY_SQL) if name == "Bakhmut"}
    assert bakhmut == {"bakhmut"}


# --- speed --------------------------------------------------------------------------------------


def _synthetic(n_docs: int, per_doc: int, seed: int = 7) -> list[Document]:
    """Documents holding only entities: invented names with Dutch/English spelling variants."""
    rnd = random.Random(seed)
    syl = ["ko", "va", "len", "pe", "tro", "mi", "sha", "zhu", "dy", "bo", "ra", "nyk", "chu", "ov", "enko",
           "sky", "li", "ta", "ser", "hiy", "na", "vo", "lo", "dym", "ir", "hor", "ba"]

    def word() -> str:
        return "".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4))).capitalize()

    pools = {"PER": [f"{word()} {word()}" for _ in range(1500)], "LOC": [word() for _ in range(800)],
             "ORG": [f"{word()} Brigade" for _ in range(300)]}
    docs = []
    for d in range(n_docs):
        names = []
        for _ in range(per_doc):
            t = rnd.choice(["PER", "PER", "LOC", "ORG"])
            n = rnd.choice(pools[t])
            if rnd.random() < 0.2:
                n = n.replace("ch", "tsj").replace("u", "oe").replace("zh", "zj")
            names.append((n, t))
        text = " ".join(f"{n} zegt iets." for n, _t in names) + f" ({d})"
        doc = Document(id=content_id(text), name=f"syn-{d}", origin=f"syn-{d}", raw=text, text=text,
                       offsets=OffsetMap.identity(), parts=[Part("body", 0, len(text))],
                       sentences=[Sentence(0, 0, len(text), 0)])
        pos = 0
        for n, t in names:
            i = text.index(n, pos)
            pos = i + len(n)
            doc.entities.append(Entity(n, t, [Mention(i, pos, 0, "entity.capitals")]))
        docs.append(doc)
    return docs


@pytest.mark.usefixtures("backend")
def test_linking_10000_rows_takes_seconds(store_url: str) -> None:
    docs = _synthetic(520, 20)
    with open_store(store_url) as store:
        store.save_many(docs[:500], producer_version=VERSION, batch_size=100)
        t0 = time.perf_counter()
        stats = link_entities(store)
        first = time.perf_counter() - t0
        assert stats.rows == 10_000
        assert first < 8.0, f"{first:.1f} s for 10,000 rows"
        store.save_many(docs[500:], producer_version=VERSION)
        t0 = time.perf_counter()
        assert link_entities(store).rows == 400
        assert time.perf_counter() - t0 < 2.0
        t0 = time.perf_counter()
        assert link_entities(store).rows == 0
        assert time.perf_counter() - t0 < 0.5
