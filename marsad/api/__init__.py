"""HTTP API and offline web map of a Marsad store (`marsad serve`)."""

from marsad.api.app import create_app, run

__all__ = ["create_app", "run"]
