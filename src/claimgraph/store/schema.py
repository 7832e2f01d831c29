"""The store's one schema, for SQLite and PostgreSQL alike, as an ordered list of migrations.

A migration is never edited once released: a change to the schema is a new migration appended to
:data:`MIGRATIONS`. Opening a store applies the pending ones in one transaction and records each
in ``schema_migrations``, so every database says which schema it has.

The tables use only types and syntax both engines accept (TEXT, INTEGER, DOUBLE PRECISION,
composite keys, CHECK, ON CONFLICT), so the same statements create both. Only full-text search
differs by nature and has per-backend statements: an FTS5 table kept up by triggers in SQLite, a
generated ``tsvector`` column with a GIN index in PostgreSQL (``dutch`` stemming when the server
has it, else ``simple``; the choice is recorded in ``store_meta`` under ``fts_config`` so queries
can use the same configuration).

Every row of a document is keyed by ``(document, idx)``, ``idx`` being its position in the
document's list, so a document is written with plain batched inserts (no generated ids to fetch
back) and loads back in its original order. Offsets: ``text_start``/``text_end`` are over the
cleaned text (end exclusive), ``raw_start``/``raw_end`` the same span in the raw input. The
columns are not called ``start``/``end`` because ``END`` is a reserved word in both engines.
CHECK constraints guard the closed vocabularies of :mod:`claimgraph.document` (quote kinds,
stances, polarity, entity types) and span sanity; open lists (categories, parties, part kinds)
are left to the code.
"""

from __future__ import annotations

from dataclasses import dataclass

# Created before any migration runs; its rows say which migrations a database has had.
BOOTSTRAP = (
    "CREATE TABLE schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)"
)

# Tables that identify a namespace as claimgraph's; finding one without schema_migrations means
# the database belongs to something else.
TABLES = (
    "store_meta",
    "documents",
    "parts",
    "sentences",
    "quotes",
    "quantities",
    "control_claims",
    "entities",
    "mentions",
)


@dataclass(frozen=True)
class Migration:
    """One numbered schema step: statements for both backends, then backend-specific ones."""

    version: int
    name: str
    common: tuple[str, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgresql: tuple[str, ...] = ()

    def statements(self, dialect: str) -> tuple[str, ...]:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unknown dialect {dialect!r}")
        return self.common + getattr(self, dialect)


_SPAN = "CHECK (text_start >= 0 AND text_end >= text_start)"
_ITEM_HEAD = """
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end INTEGER NOT NULL,"""
_ITEM_TAIL = f"""
    rule TEXT NOT NULL,
    producer TEXT NOT NULL,
    producer_version TEXT NOT NULL,
    PRIMARY KEY (document, idx),
    {_SPAN}"""
_STANCE = "stance TEXT NOT NULL CHECK (stance IN ('asserted', 'reported', 'alleged', 'denied'))"

_CORE = (
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO store_meta (key, value) VALUES ('application', 'claimgraph')",
    """CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT,
    date TEXT,
    author TEXT,
    outlet TEXT,
    url TEXT,
    language TEXT NOT NULL,
    ingest_stage TEXT NOT NULL,
    raw TEXT NOT NULL,
    text TEXT NOT NULL,
    offsets TEXT NOT NULL,
    producer TEXT NOT NULL,
    producer_version TEXT NOT NULL,
    added_at TEXT NOT NULL)""",
    "CREATE INDEX documents_date ON documents (date)",
    "CREATE INDEX documents_outlet ON documents (outlet)",
    "CREATE INDEX documents_added_at ON documents (added_at)",
    f"""CREATE TABLE parts (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    PRIMARY KEY (document, idx),
    {_SPAN})""",
    f"""CREATE TABLE sentences (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end INTEGER NOT NULL,
    part INTEGER NOT NULL,
    analysed_by TEXT NOT NULL,
    PRIMARY KEY (document, idx),
    {_SPAN})""",
    f"""CREATE TABLE quotes ({_ITEM_HEAD}
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'scare', 'indirect')),
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    {_STANCE},{_ITEM_TAIL})""",
    "CREATE INDEX quotes_speaker ON quotes (speaker)",
    f"""CREATE TABLE quantities ({_ITEM_HEAD}
    low DOUBLE PRECISION,
    high DOUBLE PRECISION,
    unit TEXT NOT NULL,
    category TEXT,
    subject TEXT,
    source TEXT,
    source_start INTEGER,
    source_end INTEGER,
    {_STANCE},{_ITEM_TAIL})""",
    "CREATE INDEX quantities_source ON quantities (source)",
    "CREATE INDEX quantities_category ON quantities (category)",
    f"""CREATE TABLE control_claims ({_ITEM_HEAD}
    place TEXT NOT NULL,
    place_start INTEGER NOT NULL,
    place_end INTEGER NOT NULL,
    holder TEXT,
    polarity TEXT NOT NULL CHECK (polarity IN ('affirm', 'deny')),
    source TEXT,
    source_start INTEGER,
    source_end INTEGER,
    {_STANCE},{_ITEM_TAIL})""",
    "CREATE INDEX control_claims_source ON control_claims (source)",
    "CREATE INDEX control_claims_place ON control_claims (place)",
    """CREATE TABLE entities (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
    party TEXT,
    kb_id TEXT,
    rule TEXT NOT NULL,
    producer TEXT NOT NULL,
    producer_version TEXT NOT NULL,
    PRIMARY KEY (document, idx))""",
    "CREATE INDEX entities_name ON entities (name)",
    "CREATE INDEX entities_kb_id ON entities (kb_id)",
    f"""CREATE TABLE mentions (
    document TEXT NOT NULL,
    entity INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    producer TEXT NOT NULL,
    producer_version TEXT NOT NULL,
    PRIMARY KEY (document, entity, idx),
    FOREIGN KEY (document, entity) REFERENCES entities (document, idx) ON DELETE CASCADE,
    {_SPAN})""",
)

# SQLite: the FTS table keeps its own copy of title and text (an external-content table would
# hang on documents' implicit rowid, which VACUUM may renumber). Triggers keep it in step, also
# for writers that bypass the Store.
_FTS_SQLITE = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "document UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO store_meta (key, value) VALUES ('fts_config', 'unicode61 remove_diacritics 2')",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (document, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE document = old.id;
END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_fts WHERE document = old.id;
    INSERT INTO documents_fts (document, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END""",
)

# PostgreSQL: a stored generated column, so the index can never lag behind the text.
_FTS_POSTGRESQL = (
    """DO $$
DECLARE
    cfg text := CASE WHEN EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dutch')
                     THEN 'dutch' ELSE 'simple' END;
BEGIN
    EXECUTE format(
        'ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS '
        '(to_tsvector(%L::regconfig, coalesce(title, '''') || '' '' || text)) STORED', cfg);
    INSERT INTO store_meta (key, value) VALUES ('fts_config', cfg);
END
$$""",
    "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
)

# Cross-document entity linking (:mod:`claimgraph.kb.clusters`). Each document's entity row is
# linked to one global entity: a knowledge-base id, or ``new:<slug>`` for a name clustered across
# documents. ``method`` says how (kb, translit, fuzzy, surname, new, manual) and ``score`` the fuzzy
# similarity. ``entity_aliases`` keeps every spelling seen for an entity with its comparison key
# (the index new documents are matched against). ``entity_overrides`` records a user's merges and
# splits in order, so they win over the automatic clustering of later documents and of a rebuild.
_ENTITY_LINKING = (
    """CREATE TABLE global_entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
    party TEXT,
    kb_id TEXT,
    created TEXT NOT NULL)""",
    "CREATE INDEX global_entities_kb_id ON global_entities (kb_id)",
    """CREATE TABLE entity_links (
    document TEXT NOT NULL,
    idx INTEGER NOT NULL,
    entity TEXT NOT NULL REFERENCES global_entities (id),
    method TEXT NOT NULL CHECK (method IN ('kb', 'translit', 'fuzzy', 'surname', 'new', 'manual')),
    score DOUBLE PRECISION,
    PRIMARY KEY (document, idx),
    FOREIGN KEY (document, idx) REFERENCES entities (document, idx) ON DELETE CASCADE)""",
    "CREATE INDEX entity_links_entity ON entity_links (entity)",
    """CREATE TABLE entity_aliases (
    entity TEXT NOT NULL REFERENCES global_entities (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (entity, alias))""",
    "CREATE INDEX entity_aliases_key ON entity_aliases (key)",
    """CREATE TABLE entity_overrides (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    entity TEXT NOT NULL,
    other TEXT NOT NULL,
    alias TEXT,
    name TEXT,
    created TEXT NOT NULL)""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", common=_CORE),
    Migration(2, "full-text search", sqlite=_FTS_SQLITE, postgresql=_FTS_POSTGRESQL),
    Migration(3, "entity linking", common=_ENTITY_LINKING),
)

LATEST = MIGRATIONS[-1].version

assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1)), "migrations must be 1..n"
