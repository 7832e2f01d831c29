"""Claim extraction: quotes and speakers, numeric claims, control claims, entities.

Each extractor is a callable taking an analysed :class:`~claimgraph.document.Document` and adding
its items; :mod:`claimgraph.extract.registry` lists them in the order they run, with the versioned
name that goes into every item's provenance.
"""

from claimgraph.extract.registry import EXTRACTORS, extract

# Extractors register on import, in the order they run (entities first, then quotes and speech,
# then the claims that inherit their source). Import order is run order: keep isort out of it.
# isort: off
import claimgraph.extract.entities  # (people, organisations, places)
import claimgraph.extract.quotes  # (quotes, speakers, reported speech)
import claimgraph.extract.quantities  # (numeric claims)
import claimgraph.extract.control  # noqa: F401  (control claims)
# isort: on

__all__ = ["EXTRACTORS", "extract"]
