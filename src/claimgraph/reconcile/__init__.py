"""Reconcile: what each side has claimed, across articles, and who contradicts whom.

A journalist's question is never one article. This layer reads every stored numeric and control
claim, normalises it to the same coordinates (:mod:`.normalize`: subject party, category, place,
period resolved against the publication date by :mod:`.dates`, interval, source and side by
:mod:`.sides`, stance, publication date), groups claims about the same quantity and marks
agreement, contradiction and revision (:mod:`.groups`), and runs the checks that need arithmetic
(:mod:`.derived`: implied loss ratios, running totals against sums of periodic figures).

>>> with open_store("claimgraph.db") as store:             # doctest: +SKIP
...     rec = reconcile(store, ClaimFilter(place="Bakhmut"))
...     for g in rec.contradictions: print(g.title())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimgraph.reconcile.dates import Period, Timeline, resolve_text
from claimgraph.reconcile.derived import RatioCheck, SumCheck, cumulative_sums, implied_ratios
from claimgraph.reconcile.groups import Comparison, Group, Options, Position, Revision, group_claims
from claimgraph.reconcile.normalize import Claim, Place, Source
from claimgraph.reconcile.query import ClaimFilter, read_claims
from claimgraph.store import Store

__all__ = [
    "Claim",
    "ClaimFilter",
    "Comparison",
    "Group",
    "Options",
    "Period",
    "Place",
    "Position",
    "RatioCheck",
    "Reconciliation",
    "Revision",
    "Source",
    "SumCheck",
    "Timeline",
    "group_claims",
    "read_claims",
    "reconcile",
    "reconcile_claims",
    "resolve_text",
]


@dataclass
class Reconciliation:
    """The claims of a store (or a filtered part of it) and what they say together."""

    claims: list[Claim]
    groups: list[Group]
    ratios: list[RatioCheck] = field(default_factory=list)
    sums: list[SumCheck] = field(default_factory=list)

    @property
    def contradictions(self) -> list[Group]:
        return [g for g in self.groups if g.contradicted]

    @property
    def revisions(self) -> list[Revision]:
        return [r for g in self.groups for r in g.revisions]

    def to_json(self) -> dict[str, Any]:
        return {
            "claims": len(self.claims),
            "groups": len(self.groups),
            "contradictions": [g.to_json() for g in self.contradictions],
            "revisions": [r.to_json() for r in self.revisions],
            "ratio_checks": [r.to_json() for r in self.ratios],
            "sum_checks": [s.to_json() for s in self.sums],
        }


def reconcile_claims(claims: list[Claim], opts: Options | None = None) -> Reconciliation:
    """Group already normalised claims and run the derived checks."""
    opts = opts or Options()
    groups = group_claims(claims, opts)
    return Reconciliation(claims, groups, implied_ratios(claims, opts), cumulative_sums(groups, opts))


def reconcile(store: Store, flt: ClaimFilter | None = None, opts: Options | None = None) -> Reconciliation:
    """Read, normalise, group and check the claims of ``store`` that pass ``flt``."""
    return reconcile_claims(read_claims(store, flt), opts)
