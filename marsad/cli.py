"""The `marsad` command group.

Each command mirrors a Python function: `extract` → `marsad.extract`,
`ingest` → `StoreWriter.save`, `events`/`export` → `StoreReader.events`.
Library code raises `MarsadError`; only this module prints errors.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from marsad.errors import InputError, MarsadError
from marsad.settings import DEFAULT_DB
from marsad.store.reader import SORTS

EVENT_TABLE_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "fatalities",
    "background", "confidence",
)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from err


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared --db option."""
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="SQLite store."
    )(func)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Filters shared by `events` and `export` (and the HTTP API)."""
    options = [
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--country", help="Country name or ISO2 code."),
        click.option("--admin1", help="Governorate / province (English)."),
        click.option("--type", "event_type", help="ACLED event type, e.g. Battles."),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        click.option("--actor", help="Substring of actor1, actor2 or assoc_actor_1."),
        click.option("--min-fatalities", type=int, help="Only events with at least this many deaths."),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            help="Only events the confidence model scores at least this likely real and distinct (0-1).",
        ),
        click.option("--search", "text", help="Words in the evidence or notes (Arabic-normalized)."),
        click.option("--no-background", is_flag=True, help="Leave out events recalled as background."),
        click.option(
            "--sort",
            type=click.Choice(list(SORTS)),
            default="-event_date",
            show_default=True,
            help="Order of the events; '-' for descending.",
        ),
        click.option("--limit", type=int, help="At most this many events."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _query(**filters: Any):  # noqa: ANN202 - returns EventQuery, imported lazily
    from marsad.store import EventQuery

    include_background = not filters.pop("no_background", False)
    return EventQuery(include_background=include_background, **filters)


def fail_cleanly(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line message and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MarsadError as err:
            raise click.ClickException(str(err)) from err

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def main() -> None:
    """Marsad (مرصد): Arabic news articles in, ACLED-style conflict events out.

    \b
    Quick start:
      marsad extract article.txt --published 2018-08-01
      marsad ingest articles.jsonl --db marsad.db
      marsad events --db marsad.db --type Battles
      marsad export --format acled-csv --output events.csv
    """


def _documents(inputs: tuple[str, ...], published: dt.date | None, outlet: str | None, url: str | None):
    from marsad.stages.ingest import iter_documents

    return iter_documents(list(inputs), published=published, outlet=outlet, url=url)


def _progress(items: Iterator[Any], quiet: bool, unit: str = "article") -> Iterator[Any]:
    return tqdm(items, unit=unit, disable=quiet, file=sys.stderr, dynamic_ncols=True)


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Inputs and the metadata that .txt/.html files cannot carry themselves."""
    options = [
        click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True)),
        click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date (.txt/.html)."),
        click.option("--outlet", help="Reporting outlet (.txt/.html)."),
        click.option("--url", help="Article URL (.txt/.html)."),
        click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@main.command()
@input_options
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="JSONL file (default stdout).")
@fail_cleanly
def extract(inputs, published, outlet, url, workers, quiet, output) -> None:  # noqa: ANN001
    """Extract events from INPUT files and write one JSON line per article.

    INPUT is a .txt or .html file, a .jsonl file (one article per line with
    `id`, `text` and optional `published`, `url`, `outlet`, `title`) or a
    directory of these.  Nothing is stored.

    \b
    Example:
      marsad extract news/ --output events.jsonl --workers 2
    """
    from marsad.batch import BatchSummary, run_batch

    summary = BatchSummary()
    for result in _progress(run_batch(_documents(inputs, published, outlet, url), workers), quiet):
        if isinstance(result, InputError):
            summary.skipped.append(result)
            continue
        summary.articles += 1
        summary.events += len(result.events)
        output.write(json.dumps(article_record(result), ensure_ascii=False) + "\n")
    if not quiet:
        click.echo("\n".join(summary.lines()), err=True)


def article_record(doc) -> dict[str, Any]:  # noqa: ANN001
    """The JSON line written by `marsad extract` for one article."""
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "outlet": doc.outlet,
        "events": [event.to_dict() for event in doc.events],
    }


@main.command()
@input_options
@db_option
@fail_cleanly
def ingest(inputs, published, outlet, url, workers, quiet, db) -> None:  # noqa: ANN001
    """Extract events from INPUT files and store articles and events.

    Each article is stored with its events in one transaction; an article
    already in the store with the same text is not stored twice; unreadable
    inputs are reported and skipped.

    \b
    Example:
      marsad ingest articles.jsonl --db marsad.db
    """
    from marsad.batch import BatchSummary, run_batch
    from marsad.store import StoreWriter

    summary = BatchSummary()
    with StoreWriter(db) as store:
        for result in _progress(run_batch(_documents(inputs, published, outlet, url), workers), quiet):
            if isinstance(result, InputError):
                summary.skipped.append(result)
                continue
            saved = store.save(result)
            summary.articles += 1
            summary.events += saved.events
            summary.outcomes[saved.outcome] = summary.outcomes.get(saved.outcome, 0) + 1
    if not quiet:
        click.echo("\n".join(summary.lines()), err=True)
        click.echo(f"store: {db}", err=True)


@main.command()
@db_option
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True
)
@fail_cleanly
def events(db, fmt, **filters) -> None:  # noqa: ANN001
    """List stored events, newest first.

    \b
    Examples:
      marsad events --type Battles --from 2018-07-01
      marsad events --search "قصف" --format jsonl
    """
    from tabulate import tabulate

    from marsad.export.writers import write_acled_csv, write_jsonl
    from marsad.store import StoreReader

    reader = StoreReader(db)
    rows, _ = reader.events(_query(**filters))
    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        write_acled_csv(rows, sys.stdout)
    else:
        table = [[_short(_cell(row.get(c))) for c in EVENT_TABLE_COLUMNS] for row in rows]
        click.echo(tabulate(table, headers=EVENT_TABLE_COLUMNS, tablefmt="simple"))
        click.echo(f"{len(rows)} event(s)", err=True)


def _cell(value: Any) -> Any:
    """Table cell: booleans as yes/blank so background events stand out."""
    if isinstance(value, bool):
        return "yes" if value else ""
    return value


def _short(value: Any, width: int = 34) -> Any:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@db_option
@filter_options
@click.option(
    "--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl"]), default="acled-csv", show_default=True
)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File (default stdout).")
@fail_cleanly
def export(db, fmt, output, **filters) -> None:  # noqa: ANN001
    """Export stored events as ACLED-compatible CSV, GeoJSON or JSON Lines.

    \b
    Examples:
      marsad export --format acled-csv --output events.csv
      marsad export --format geojson --country Syria -o syria.geojson
    """
    from marsad.export import write_events
    from marsad.store import StoreReader

    rows, _ = StoreReader(db).events(_query(**filters))
    count = write_events(rows, output, fmt)
    click.echo(f"wrote {count} event(s) as {fmt}", err=True)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List every missed event and false alarm with its evidence.")
@click.option("--confusion", is_flag=True, help="Show gold vs predicted sub-types among typed matches.")
@click.option("--predictions", "-p", type=click.Path(exists=True, dir_okay=False), help="Score this file instead of extracting.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@fail_cleanly
def eval_command(gold, misses, confusion, predictions, as_json, workers) -> None:  # noqa: ANN001
    """Extract events from the GOLD articles and score them (EVENTS.md §6).

    \b
    Example:
      marsad eval gold/dev.jsonl --misses
    """
    from marsad.batch import run_batch
    from marsad.evaluation import format_confusion, format_misses, format_table, score

    gold_events = _read_events(Path(gold))
    if predictions:
        predicted = _read_events(Path(predictions))
    else:
        predicted = {}
        for result in _progress(run_batch(_documents((gold,), None, None, None), workers), False):
            if isinstance(result, InputError):
                click.echo(f"skipped: {result}", err=True)
                continue
            predicted[result.id] = [event.to_dict() for event in result.events]
    tables = score(gold_events, predicted)
    if as_json:
        click.echo(json.dumps({name: t.as_dict() for name, t in tables.items()}, ensure_ascii=False))
        return
    click.echo(f"articles: {len(gold_events)}")
    click.echo(format_table("main (violent, protest and strategic events; no background, no 'Other')", tables["main"]))
    click.echo(format_table("secondary (background events and Strategic developments / Other)", tables["secondary"]))
    if confusion:
        click.echo("== sub-type confusion (main table)")
        click.echo(format_confusion(tables["main"]))
    if misses:
        click.echo("== misses and false alarms (main table)")
        click.echo(format_misses(tables["main"].misses))


def _read_events(path: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}: not JSON: {err}") from err
            out[str(row["id"])] = row.get("events") or []
    return out


@main.command()
@click.option("--find", "alias", metavar="TEXT", help="Look an Arabic alias up, e.g. قسد.")
@click.option("--country", metavar="ISO2", help="Country of the article, for aliases whose meaning depends on it.")
@click.option("--date", "on", callback=_date, metavar="YYYY-MM-DD", help="Article date, for dated names.")
@fail_cleanly
def actors(alias, country, on) -> None:  # noqa: ANN001
    """Show the actor catalogue by country and category, or look an alias up.

    \b
    Examples:
      marsad actors
      marsad actors --find قسد
      marsad actors --find "قوات النظام" --country SY --date 2018-08-01
    """
    from tabulate import tabulate

    from marsad.knowledge.actors import catalogue_summary, find_alias, resolve_actor

    if alias:
        found = find_alias(alias)
        if not found:
            raise click.ClickException(f"no catalogue actor is called {alias!r}")
        rows = []
        for actor in found:
            ref = resolve_actor(actor, country, on) if (country or on) else None
            rows.append([ref.name if ref else actor.name, ref.inter if ref else actor.inter, actor.country, actor.id])
        click.echo(tabulate(rows, headers=["name", "inter", "country", "id"]))
        return
    rows = catalogue_summary()
    click.echo(tabulate(rows, headers=["country", "category", "actors"]))
    click.echo(f"{sum(n for *_, n in rows)} actors", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--token", envvar="MARSAD_TOKEN", help="Enables POST /api/articles with bearer auth (or MARSAD_TOKEN).")
@fail_cleanly
def serve(db, host, port, token) -> None:  # noqa: ANN001
    """Serve the HTTP API (docs at /docs) and the offline web map at /.

    \b
    Example:
      marsad serve --db marsad.db --port 8000
    """
    from marsad.api.app import run

    run(db, host=host, port=port, token=token)


if __name__ == "__main__":
    main()
