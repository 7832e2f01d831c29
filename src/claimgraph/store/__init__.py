"""Where analysed documents and their claims are kept: SQLite or PostgreSQL, one schema.

>>> with open_store("claimgraph.db") as store:          # doctest: +SKIP
...     store.save(doc, producer_version=producers())

URLs: a plain path or ``sqlite:///relative.db`` / ``sqlite:////abs/path.db`` (SQLAlchemy style;
``sqlite:///:memory:`` too) open SQLite; ``postgresql://…`` or ``postgres://…`` open PostgreSQL,
optionally in a schema of their own: ``postgresql://host/db?schema=NAME`` or
``open_store(url, schema="NAME")``. Every failure to open is a one-line :class:`StoreError`.
"""

from __future__ import annotations

import os
import re

from claimgraph.store.db import NotFoundError, SaveError, SaveStats, Store, StoreError
from claimgraph.store.schema import LATEST as SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "NotFoundError",
    "SaveError",
    "SaveStats",
    "Store",
    "StoreError",
    "open_store",
]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def open_store(url: str | os.PathLike[str], *, schema: str | None = None) -> Store:
    """Open the store at ``url``, creating it or applying pending migrations as needed.

    ``schema`` (PostgreSQL only) keeps the store in that schema, created if missing.
    """
    text = os.fspath(url).strip()
    if not text:
        raise StoreError("no store URL given")
    m = _SCHEME.match(text)
    scheme = m.group(1).lower() if m else None
    if scheme in ("postgresql", "postgres"):
        from claimgraph.store.postgres import open_postgres

        return open_postgres(text, schema)
    if schema is not None:
        raise StoreError("a schema can only be given for a PostgreSQL store")
    if scheme is None:
        path = text
    elif scheme == "sqlite":
        path = text[len("sqlite:///") :] if text.lower().startswith("sqlite:///") else ""
        if not path:
            raise StoreError(f"bad SQLite URL {text!r}: use sqlite:///relative.db or sqlite:////abs/path.db")
    else:
        raise StoreError(f"unsupported store URL {text!r}: use a file path, sqlite:///… or postgresql://…")
    from claimgraph.store.sqlite import open_sqlite

    return open_sqlite(path)
