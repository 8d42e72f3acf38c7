"""The SQLite database: schema and migrations, the Store data layer, named queries, and the
derived columns the browsing pages read. No decisions are made here (see `ingest`)."""

from lso_crawler.store.database import Store, StoreError, iso_utc

__all__ = ["Store", "StoreError", "iso_utc"]
