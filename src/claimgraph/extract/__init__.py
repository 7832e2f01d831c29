"""Claim extraction: quotes and speakers, numeric claims, control claims, entities.

Each extractor is a callable taking an analysed :class:`~claimgraph.document.Document` and adding
its items; :mod:`claimgraph.extract.registry` lists them in the order they run, with the versioned
name that goes into every item's provenance.
"""

from claimgraph.extract.registry import EXTRACTORS, extract

__all__ = ["EXTRACTORS", "extract"]
