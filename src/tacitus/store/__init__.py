"""The event store: a date-partitioned Parquet lake written in atomic batches, read through DuckDB.

Layout, schema version and migration path: see ``schema.py`` and ``docs/store.md``.
"""

from tacitus.store.api import Store, StoreNotFoundError, default_store_path
from tacitus.store.query import EventFilter, QueryError
from tacitus.store.schema import STORE_SCHEMA_VERSION, StoreVersionError

__all__ = ["STORE_SCHEMA_VERSION", "EventFilter", "QueryError", "Store", "StoreNotFoundError",
           "StoreVersionError", "default_store_path"]
