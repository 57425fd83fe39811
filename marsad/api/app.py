"""The FastAPI application: read-only event queries, extraction, guarded ingest, web UI.

`create_app` builds one app per store.  Reads go through `StoreReader`
(read-only SQLite, one connection per worker thread because sqlite3
connections must not be shared by concurrent threads).  Writes go through
`StoreWriter` under a process-wide lock, so the store keeps a single writer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from marsad.api.cache import QueryCache, query_key
from marsad.api.errors import ApiError, BodySizeLimit, install_error_handlers
from marsad.api.formats import to_csv, to_geojson
from marsad.api.models import (
    ArticleDetail,
    ArticleIn,
    ErrorOut,
    EventDetail,
    EventPage,
    ExtractOut,
    IngestOut,
    Meta,
    Stats,
)
from marsad.errors import StoreError
from marsad.store.reader import SORTS, EventQuery, StoreReader
from marsad.store.writer import StoreWriter

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_PAGE = 5000
MAX_QUERY_WORDS = 12  # each word expands to ~20 clitic forms in the FTS query
ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": ErrorOut, "description": "invalid parameter"}}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    400: {"model": ErrorOut, "description": "body is not parseable JSON"},
    413: {"model": ErrorOut, "description": "body larger than the configured limit"},
}
NUMBER = r"-?\d+(\.\d+)?"
BBOX_PATTERN = rf"^{NUMBER},{NUMBER},{NUMBER},{NUMBER}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
SortKey = Literal[tuple(SORTS)]  # type: ignore[valid-type]
JSON = "application/json"
Rendered = tuple[bytes, str, dict[str, str]]  # body, media type, extra headers


def json_bytes(data: Any) -> bytes:
    """Compact UTF-8 JSON (Arabic kept readable, not \\u-escaped)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` in degrees -> tuple; raises 422 on anything else."""
    if value is None or value == "":
        return None
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as err:
        raise ApiError(422, "bbox: expected four numbers 'west,south,east,north'") from err
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(422, "bbox: need -180<=west<=east<=180 and -90<=south<=north<=90")
    return west, south, east, north


def parse_date(name: str, value: str | None) -> str | None:
    """A real calendar date in ISO form, or 422 (the pattern alone lets 2018-13-45 through)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise ApiError(422, f"{name}: {value!r} is not a valid YYYY-MM-DD date") from err


def event_query(
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN, description="first event date (YYYY-MM-DD)")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN, description="last event date (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(max_length=100, description="country name or ISO code")] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    event_type: Annotated[str | None, Query(max_length=100)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=100)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="part of an actor name")] = None,
    inter: Annotated[int | None, Query(ge=0, le=8, description="ACLED inter code of either side")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="chance the event is real and distinct (0-1)")
    ] = None,
    bbox: Annotated[
        str | None, Query(max_length=200, pattern=BBOX_PATTERN, description="west,south,east,north (degrees)")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="words in evidence/notes (Arabic-normalized, prefix match)")
    ] = None,
    article_id: Annotated[str | None, Query(max_length=500)] = None,
    background: Annotated[bool, Query(description="include background (recalled) events")] = True,
) -> EventQuery:
    """Filters shared by /api/events and /api/stats, validated before any SQL runs."""
    if q and len(q.split()) > MAX_QUERY_WORDS:
        raise ApiError(422, f"q: at most {MAX_QUERY_WORDS} words")
    first, last = parse_date("date_from", date_from), parse_date("date_to", date_to)
    if first and last and first > last:
        raise ApiError(422, "date_from is after date_to")
    return EventQuery(
        date_from=first,
        date_to=last,
        country=country or None,
        admin1=admin1 or None,
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        actor=actor or None,
        inter=inter,
        min_fatalities=min_fatalities,
        min_confidence=min_confidence,
        bbox=parse_bbox(bbox),
        text=q or None,
        article_id=article_id or None,
        include_background=background,
    )


class Store:
    """Per-thread read-only readers and the single guarded writer of one store file."""

    def __init__(self, path: Path, cache_size: int = 256) -> None:
        self.path = path
        self.cache = QueryCache(path, cache_size)
        self._local = threading.local()
        self._write_lock = threading.Lock()

    def reader(self) -> StoreReader:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            if not self.path.exists():
                raise ApiError(503, f"no store at {self.path}: run 'marsad ingest' first")
            reader = StoreReader(self.path)
            self._local.reader = reader
        return reader

    def save(self, doc: Any) -> Any:
        with self._write_lock, StoreWriter(self.path) as writer:
            return writer.save(doc)


def _extract(article: ArticleIn) -> Any:
    """Run the pipeline on a posted article (imported lazily: loading knowledge is slow)."""
    from marsad.pipeline import extract_text

    return extract_text(
        article.text,
        published=article.published,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        id=article.id,
    )


def _index_html() -> str:
    """The UI page; when the JS bundle is missing it says how to build it instead of failing silently."""
    page = (WEB_DIR / "templates" / "index.html").read_text(encoding="utf-8")
    if not (WEB_DIR / "static" / "app.js").exists():
        notice = (WEB_DIR / "templates" / "missing_bundle.html").read_text(encoding="utf-8")
        page = page.replace("<!--BUNDLE_NOTICE-->", notice)
    return page


def create_app(
    db_path: str, token: str | None = None, max_body_bytes: int = 2_000_000, cache_size: int = 256
) -> FastAPI:
    """Build the API + web UI for the store at `db_path`.

    Ingest (POST /api/articles) is enabled only when a token is given here or
    in the MARSAD_TOKEN environment variable; it then requires
    `Authorization: Bearer <token>`.  `cache_size` query results are kept
    until the store file changes (0 disables the cache).
    """
    token = token if token is not None else (os.environ.get("MARSAD_TOKEN") or None)
    store = Store(Path(db_path), cache_size)

    def cached_response(key: Hashable, render: Callable[[], Rendered]) -> Response:
        """Serve a rendered body from the cache; bytes are cached so hits skip SQL and serialization."""
        body, media_type, headers = store.cache.get(key, render)
        return Response(body, media_type=media_type, headers=headers)

    app = FastAPI(
        title="Marsad API",
        version="1",
        description="Conflict events extracted from Arabic news (ACLED-style), with an offline web map at /.",
    )
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.state.store = store

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise ApiError(403, "ingest is disabled: start the server with --token or set MARSAD_TOKEN")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    @app.get("/api/events", response_model=EventPage, responses={
        **ERRORS, 200: {"content": {"application/geo+json": {}, "text/csv": {}}},
    })
    def list_events(
        query: Annotated[EventQuery, Depends(event_query)],
        sort: Annotated[SortKey, Query(description="sort key; '-' for descending")] = "-event_date",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        cursor: Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page")] = None,
        format: Annotated[Literal["json", "geojson", "csv"], Query()] = "json",
        with_total: Annotated[bool, Query(description="also count all matching events")] = False,
    ) -> Any:
        """Events matching the filters, newest first by default, one page at a time."""
        query.sort, query.limit, query.cursor = sort, limit, cursor or None
        reader = store.reader()

        def render() -> Rendered:
            events, next_cursor = reader.events(query)
            if format == "geojson":
                return json_bytes(to_geojson(events, next_cursor)), "application/geo+json", {}
            if format == "csv":
                headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
                return to_csv(events).encode("utf-8"), "text/csv; charset=utf-8", headers
            total = reader.count(query) if with_total else None
            return json_bytes({"events": events, "next_cursor": next_cursor, "total": total}), JSON, {}

        return cached_response(query_key("events", query) + (format, with_total), render)

    @app.get("/api/events/{event_id:path}", response_model=EventDetail, responses={404: {"model": ErrorOut}})
    def get_event(event_id: str) -> Any:
        """One event with its article and the evidence passages (raw-text offsets)."""
        reader = store.reader()
        event = reader.event(event_id)
        if event is None:
            raise ApiError(404, f"no event {event_id!r}")
        article = reader.article(event["article_id"])
        text = article["text"] if article else ""
        evidence = [
            {"start": s, "end": e, "text": text[s:e]}
            for s, e in event["evidence_spans"]
            if 0 <= s <= e <= len(text)
        ]
        return {"event": event, "article": article, "evidence": evidence}

    @app.get("/api/articles/{article_id:path}", response_model=ArticleDetail, responses={404: {"model": ErrorOut}})
    def get_article(article_id: str) -> Any:
        """One article (raw text) and its events."""
        reader = store.reader()
        article = reader.article(article_id)
        if article is None:
            raise ApiError(404, f"no article {article_id!r}")
        events, _ = reader.events(EventQuery(article_id=article_id, sort="event_date"))
        return {"article": article, "events": events}

    @app.get("/api/stats", response_model=Stats, responses=ERRORS)
    def stats(query: Annotated[EventQuery, Depends(event_query)]) -> Any:
        """Counts by day, type, admin1 and actor, and fatality sums, of the filtered events."""
        reader = store.reader()
        return cached_response(query_key("stats", query), lambda: (json_bytes(reader.stats(query)), JSON, {}))

    @app.get("/api/meta", response_model=Meta)
    def meta() -> Any:
        """Filter values and date range of the whole store, for the web UI."""
        reader = store.reader()
        return cached_response(
            ("meta",), lambda: (json_bytes({**reader.facets(), "ingest_enabled": token is not None}), JSON, {})
        )

    @app.post("/api/extract", response_model=ExtractOut, responses=BODY_ERRORS)
    def extract(article: ArticleIn) -> Any:
        """Extract events from a posted article; nothing is stored."""
        doc = _extract(article)
        return {"article_id": doc.id, "events": [event.to_dict() for event in doc.events]}

    @app.post(
        "/api/articles",
        response_model=IngestOut,
        status_code=201,
        dependencies=[Depends(require_token)],
        responses={**BODY_ERRORS, 401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
    )
    def ingest(article: ArticleIn) -> Any:
        """Extract events from a posted article and store both (needs the bearer token)."""
        result = store.save(_extract(article))
        return {"article_id": result.article_id, "outcome": result.outcome, "events": result.events}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(_index_html())

    app.mount("/static", StaticFiles(directory=WEB_DIR / "static", check_dir=False), name="static")
    app.mount("/basemap", StaticFiles(directory=WEB_DIR / "basemap", check_dir=False), name="basemap")
    return app


def run(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the store with uvicorn (used by `marsad serve`)."""
    import uvicorn

    if not Path(db).exists():
        raise StoreError(f"no store at {db}: run 'marsad ingest' first")
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="info")
