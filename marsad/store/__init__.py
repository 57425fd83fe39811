"""The SQLite store: one writer, read-only readers."""

from marsad.store.reader import EventQuery, StoreReader
from marsad.store.writer import SaveResult, StoreWriter

__all__ = ["EventQuery", "SaveResult", "StoreReader", "StoreWriter"]
