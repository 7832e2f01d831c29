"""The one list of extractors, in the order they run, each under a versioned name.

Order matters: entities come first (speakers and sources are resolved against them), then quotes
and reported speech (which set who speaks where), then the claims that inherit their source from
the quote or reported clause they sit in.
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.document import Document

Extractor = Callable[[Document], None]

# (name, version, function). The name and version are recorded as each item's producer.
EXTRACTORS: list[tuple[str, str, Extractor]] = []


def register(name: str, version: str) -> Callable[[Extractor], Extractor]:
    def wrap(fn: Extractor) -> Extractor:
        EXTRACTORS.append((name, version, fn))
        return fn

    return wrap


def extract(doc: Document) -> Document:
    """Run every registered extractor over ``doc``."""
    for _name, _version, fn in EXTRACTORS:
        fn(doc)
    return doc


def producers() -> str:
    """A short description of the extractor set, for the store's producer_version column."""
    return ",".join(f"{n}-{v}" for n, v, _ in EXTRACTORS)
