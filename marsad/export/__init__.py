"""Writers for stored events: ACLED-compatible CSV, GeoJSON and JSON Lines."""

from marsad.export.writers import ACLED_COLUMNS, FORMATS, acled_row, write_events

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "write_events"]
