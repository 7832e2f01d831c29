"""How long reconciling a store of 100,000 claims takes (target: under a minute).

Builds a store of synthetic Dutch articles whose every claim is a span over its own text —
casualty figures with relative dates (``vorige week``, ``in februari``, ``sinds de zomer``),
control claims and denials, loss ratios — from a fixed seed, saves it through the real Store, then
times :func:`claimgraph.reconcile.reconcile` over all of it and prints the figure.

    python benchmarks/reconcile.py                       # 100,000 claims, temporary SQLite file
    python benchmarks/reconcile.py --claims 20000 --db /tmp/bench.db
    python benchmarks/reconcile.py --db postgresql://127.0.0.1:5432/test?schema=bench

An existing store given with ``--db`` that already holds claims is reused as it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from claimgraph.document import (
    ControlClaim,
    Document,
    Entity,
    Mention,
    OffsetMap,
    Part,
    Quantity,
    Sentence,
    content_id,
)
from claimgraph.reconcile import Options, read_claims, reconcile_claims
from claimgraph.reconcile.derived import cumulative_sums, implied_ratios
from claimgraph.reconcile.groups import group_claims
from claimgraph.store import open_store

# (Dutch spelling, English spelling, kb id)
PLACES = (
    ("Bachmoet", "Bakhmut", "bakhmut"), ("Soledar", "Soledar", "soledar"),
    ("Avdiivka", "Avdiivka", "avdiivka"), ("Marioepol", "Mariupol", "mariupol"),
    ("Charkiv", "Kharkiv", "kharkiv"), ("Cherson", "Kherson", "kherson"),
    ("Kramatorsk", "Kramatorsk", "kramatorsk"), ("Tsjasiv Jar", "Chasiv Yar", "chasiv_yar"),
    ("Vuhledar", "Vuhledar", "vuhledar"), ("Kupjansk", "Kupiansk", "kupiansk"),
    ("Robotyne", "Robotyne", "robotyne"), ("Marinka", "Marinka", "marinka"),
)  # fmt: skip
# (name as written, canonical, party, kb id or None)
SOURCES = (
    ("Zelensky", "Volodymyr Zelensky", "ukraine", "zelensky"),
    ("het Oekraïense leger", "Oekraïense leger", None, None),
    ("de Oekraïense generale staf", "General Staff of the Armed Forces of Ukraine", "ukraine", "genstaff_ua"),
    ("het Russische ministerie van Defensie", "Ministry of Defence of Russia", "russia", "mod_ru"),
    ("Sjojgoe", "Sergei Shoigu", "russia", "shoigu"),
    ("Prigozjin", "Yevgeny Prigozhin", "wagner", "prigozhin"),
    ("de Britse inlichtingendienst", "Britse inlichtingendienst", None, None),
    ("Amerikaanse functionarissen", "Amerikaanse functionarissen", None, None),
    ("het ISW", "Institute for the Study of War", "independent", "isw"),
    ("de NAVO", "NATO", "west", "nato"),
)  # fmt: skip
ADJ = {"russia": "Russische", "ukraine": "Oekraïense", "wagner": "Wagner"}
PERIODS = ("vorige week", "in februari", "sinds de zomer", "in de afgelopen drie dagen", "", "",
           "afgelopen zaterdag", "eind januari", "sinds het begin van de oorlog")
CATEGORIES = (("killed", "gedood"), ("wounded", "gewond geraakt"), ("casualties", "uitgeschakeld"))
BACKGROUND = (
    "De gevechten in de regio duren al maanden en beide legers zetten steeds meer drones in.",
    "Waarnemers spreken van een uitputtingsslag zonder doorslaggevend voordeel voor een van beide.",
)


class _Doc:
    """Appends sentences and the items inside them."""

    def __init__(self) -> None:
        self.text = ""
        self.sentences: list[Sentence] = []
        self.quantities: list[Quantity] = []
        self.controls: list[ControlClaim] = []
        self.mentions: dict[tuple[str, str, str | None, str | None], list[Mention]] = {}

    def add(self, s: str) -> tuple[int, int]:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += s
        part = 1 if self.sentences else 0
        self.sentences.append(Sentence(len(self.sentences), start, len(self.text), part))
        return len(self.sentences) - 1, start

    def span(self, start: int, sentence: str, words: str) -> tuple[int, int]:
        i = sentence.index(words)
        return start + i, start + i + len(words)

    def mention(self, key: tuple[str, str, str | None, str | None], si: int, span: tuple[int, int]) -> None:
        self.mentions.setdefault(key, []).append(Mention(span[0], span[1], si, "bench"))


def article(rng: random.Random, n: int, claims: int) -> Document:
    """Synthetic article ``n`` with ``claims`` claims (about 80 % figures, 20 % control)."""
    d = _Doc()
    dutch, english, pid = rng.choice(PLACES)
    place = dutch if rng.random() < 0.7 else english
    pub = dt.date(2022, 6, 1) + dt.timedelta(days=rng.randrange(600))
    si, st = d.add(f"Strijd om {place} gaat door")
    d.mention((english, "LOC", None, pid), si, d.span(st, f"Strijd om {place} gaat door", place))
    for _k in range(claims):
        said, canon, party, kb = rng.choice(SOURCES)
        src_party = party or ("ukraine" if "Oekraïense" in said else "west")
        roll = rng.random()
        if roll < 0.2:
            holder = rng.choice(("russia", "ukraine", "wagner"))
            if rng.random() < 0.5:
                s = f"Volgens {said} is {place} in {ADJ[holder]} handen."
                words, pol = f"{place} in {ADJ[holder]} handen", "affirm"
            else:
                s = f"Volgens {said} is {place} niet gevallen."
                words, pol, holder = f"{place} niet gevallen", "deny", "russia"
            si, st = d.add(s)
            ws, we = d.span(st, s, words)
            ps, pe = d.span(st, s, place)
            ss, se = d.span(st, s, said)
            d.controls.append(ControlClaim(ws, we, si, place, ps, pe, holder, pol, canon, ss, se,
                                           "reported", "bench"))
        elif roll < 0.23:
            k = rng.choice((3, 4, 5, 6, 7))
            s = (f"Volgens {said} sneuvelen er bij {place} {k} Russische militairen op iedere "
                 "Oekraïense militair.")
            words = f"{k} Russische militairen op iedere Oekraïense militair"
            si, st = d.add(s)
            ws, we = d.span(st, s, words)
            ss, se = d.span(st, s, said)
            d.quantities.append(Quantity(ws, we, si, k, k, "ratio", "ratio", "russia", canon, ss, se,
                                         "reported", "bench"))
        else:
            subject = "ukraine" if src_party == "russia" else rng.choice(("russia", "wagner", "russia"))
            category, verb = rng.choice(CATEGORIES)
            period = rng.choice(PERIODS)
            low = rng.randrange(100, 30000)
            high = low if rng.random() < 0.7 else low + rng.randrange(100, 5000)
            num = f"{low}" if high == low else f"tussen de {low} en {high}"
            noun = f"{ADJ[subject]} militairen"
            s = f"Volgens {said} zijn {period + ' ' if period else ''}bij {place} {num} {noun} {verb}."
            si, st = d.add(s)
            ws, we = d.span(st, s, f"{num} {noun}")
            ss, se = d.span(st, s, said)
            d.quantities.append(Quantity(ws, we, si, float(low), float(high), "persons", category, subject,
                                         canon, ss, se, "reported", "bench"))
        d.mention((english, "LOC", None, pid), si, d.span(st, s, place))
        d.mention((canon, "ORG", party, kb), si, d.span(st, s, said))
        if rng.random() < 0.5:
            d.add(rng.choice(BACKGROUND))
    entities = [Entity(name, typ, ms, party=party, kb_id=kb, rule="bench")
                for (name, typ, party, kb), ms in d.mentions.items()]
    return Document(
        id=content_id(d.text + f"#{n}"), name=f"bench-{n}", origin=f"bench:{n}", raw=d.text, text=d.text,
        offsets=OffsetMap.identity(), parts=[Part("body", 0, len(d.text))], date=pub.isoformat(),
        outlet=rng.choice(("NRC", "de Volkskrant", "Trouw", "NOS", "AD", "Het Parool")),
        ingest_stage="plain", sentences=d.sentences, quantities=d.quantities,
        control_claims=d.controls, entities=entities,
    )  # fmt: skip


def corpus(total: int, per_doc: int, seed: int) -> Iterator[Document]:
    rng = random.Random(seed)
    n = 0
    made = 0
    while made < total:
        k = min(per_doc, total - made)
        yield article(rng, n, k)
        made += k
        n += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000, help="claims to generate (default 100000)")
    ap.add_argument("--per-doc", type=int, default=10, help="claims per article (default 10)")
    ap.add_argument("--db", help="store URL or SQLite path (default: a temporary SQLite file)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or str(Path(tmp) / "bench.db")
        with open_store(url) as store:
            have = store.counts()
            stored = have["quantities"] + have["control_claims"]
            if stored == 0:
                t = time.perf_counter()
                stats = store.save_many(corpus(args.claims, args.per_doc, args.seed),
                                        producer_version="bench", batch_size=200)
                print(f"stored     {stats.added} documents in {time.perf_counter() - t:.1f} s", flush=True)
                have = store.counts()
                stored = have["quantities"] + have["control_claims"]
            else:
                print(f"reusing    {url}: {have['documents']} documents")

            opts = Options()
            t0 = time.perf_counter()
            claims = read_claims(store)
            t1 = time.perf_counter()
            groups = group_claims(claims, opts)
            t2 = time.perf_counter()
            ratios = implied_ratios(claims, opts)
            sums = cumulative_sums(groups, opts)
            t3 = time.perf_counter()
            rec = reconcile_claims(claims, opts)  # the public entry point once more, whole
            t4 = time.perf_counter()

    total = t3 - t0
    print(f"claims     {len(claims)} ({stored} stored)")
    print(f"read+norm  {t1 - t0:6.2f} s")
    print(f"group      {t2 - t1:6.2f} s  ({len(groups)} groups, {len(rec.contradictions)} contradicted, "
          f"{len(rec.revisions)} revisions)")
    print(f"derived    {t3 - t2:6.2f} s  ({len(ratios)} ratio checks, {len(sums)} sum checks)")
    print(f"(group+derived again via reconcile_claims: {t4 - t3:.2f} s)")
    print(f"reconcile  {total:.1f} s for {len(claims)} claims "
          f"({len(claims) / total:.0f} claims/s); target < 60 s: {'OK' if total < 60 else 'TOO SLOW'}")
    return 0 if total < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
