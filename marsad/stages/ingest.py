"""Ingest stage: build `Document`s from .txt, .html/.htm, .jsonl files or directories.

- `.txt`: decoded as UTF-8 (a BOM is dropped), else as Windows-1256 when
  that yields mostly Arabic letters, else by charset-normalizer's best guess
  (with an `EncodingGuessWarning`).
- `.html`/`.htm`: the article text and metadata (title, date) are extracted
  with trafilatura in precision mode, so navigation, ads and footers stay out.
- `.jsonl`: one article per line with `id`, `text` and optional `published`,
  `url`, `outlet`, `title`; other keys (gold `events` ...) are ignored.
- A directory is walked recursively in sorted order.

Bad input never stops a batch: an unreadable file or malformed JSONL line is
yielded as an `InputError` (path, line, reason) in place of a document.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.document import Document, content_id
from marsad.errors import EncodingGuessWarning, InputError
from marsad.stages.dates import parse_published

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")
# cp1256 decodes any byte, so it is accepted only when most letters are Arabic.
_MIN_ARABIC_SHARE = 0.6


def iter_documents(
    paths: list[str | Path],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Iterator[Document | InputError]:
    """Documents (or input errors) from files and directories, in order.

    `published`, `outlet` and `url` are defaults for inputs that do not carry
    their own (.txt always, .html and .jsonl when the field is missing).
    """
    defaults = {"published": published, "outlet": outlet, "url": url}
    for path in _expand(paths):
        if isinstance(path, InputError):
            yield path
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, defaults)
        else:
            yield _read_file(path, defaults)


def document_from_text(
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - the field is called id everywhere
    title: str | None = None,
    published: dt.date | str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Document:
    """A Document from raw text (Python and HTTP API); id defaults to the content hash."""
    date = parse_published(published) if isinstance(published, str) else published
    return Document(
        text=text, id=id or content_id(text), title=title or None, published=date, url=url, outlet=outlet
    )


def _expand(paths: list[str | Path]) -> Iterator[Path | InputError]:
    """Input files: given files as is, directories walked recursively and sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield InputError(
                    f"unsupported file type {path.suffix or '(none)'}; expected one of {SUFFIXES}", path=path
                )
        else:
            yield InputError("no such file or directory", path=path)


def _read_file(path: Path, defaults: dict[str, Any]) -> Document | InputError:
    """One .txt or .html document."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputError(f"cannot read: {err.strerror or err}", path=path)
    if path.suffix.lower() in (".html", ".htm"):
        return _from_html(data, path, defaults)
    text = decode_text(data)
    if not text.strip():
        return InputError("empty file", path=path)
    doc = document_from_text(text, **defaults)
    doc.source_path = str(path)
    return doc


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (BOM dropped), then Windows-1256, then a guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    letters = _LETTER.findall(text)
    if letters and len(_ARABIC.findall("".join(letters))) / len(letters) >= _MIN_ARABIC_SHARE:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    warnings.warn(
        EncodingGuessWarning(f"encoding guessed as {best.encoding if best else 'utf-8 (lossy)'}"),
        stacklevel=3,
    )
    return str(best) if best is not None else data.decode("utf-8", errors="replace")


def _from_html(data: bytes, path: Path, defaults: dict[str, Any]) -> Document | InputError:
    """Article text and metadata of an HTML page, via trafilatura (precision mode)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        decode_text(data), favor_precision=True, with_metadata=True, include_comments=False
    )
    result: dict[str, Any] = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted or {})
    text = result.get("text") or ""
    if not text.strip():
        return InputError("no article text found in the page", path=path)
    found = parse_published(result.get("date")) if result.get("date") else None
    doc = document_from_text(
        text,
        title=result.get("title"),
        published=found or defaults["published"],
        url=result.get("url") or defaults["url"],
        outlet=result.get("sitename") or defaults["outlet"],
    )
    doc.source_path = str(path)
    return doc


def _read_jsonl(path: Path, defaults: dict[str, Any]) -> Iterator[Document | InputError]:
    """Documents from a JSONL file, one per non-blank line.

    Lines are decoded one by one, so a line that is not UTF-8 is reported and
    the rest of the file is still read.
    """
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(f"cannot read: {err.strerror or err}", path=path)
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield InputError(f"not UTF-8: {err.reason} at byte {err.start}", path=path, line=number)
                continue
            if line.strip():
                yield _from_json_line(line, path, number, defaults)


def _from_json_line(line: str, path: Path, number: int, defaults: dict[str, Any]) -> Document | InputError:
    """One JSONL article, or the reason it cannot be read."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(f"not JSON: {err.msg} (column {err.colno})", path=path, line=number)
    if not isinstance(record, dict):
        return InputError("expected a JSON object", path=path, line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError("missing or empty 'text'", path=path, line=number)
    published = record.get("published")
    date = parse_published(published) if isinstance(published, str) and published else None
    doc = document_from_text(
        text,
        id=str(record["id"]) if record.get("id") not in (None, "") else None,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        published=date or defaults["published"],
        url=record.get("url") or defaults["url"],
        outlet=record.get("outlet") or defaults["outlet"],
    )
    doc.source_path = f"{path}:{number}"
    return doc


