"""Batch mode: corpora far bigger than one machine, analysed on Spark and landed in a shared store.

- :mod:`.parquet`: the output layout (the store's tables as month-partitioned Parquet);
- :mod:`.spark`: reading a corpus, per-partition analysis with one Frog per Python worker, and
  corpus-wide reconciliation of the claims in the Parquet tables;
- :mod:`.load`: loading the tables into SQLite or PostgreSQL through the store (staged COPY).

Nothing outside this package imports it; PySpark is imported only where Spark is used, so the
Parquet and loading parts work without it. Commands: ``claimgraph spark-analyze``,
``claimgraph spark-reconcile``, ``claimgraph load-parquet``.
"""
