"""Running the pipeline over many inputs: workers, progress, failures kept apart.

A malformed or unreadable input becomes an `InputError` in the results and the
batch goes on; a document whose processing raises is reported the same way.
Workers return documents stripped of their mention annotations, which are
large and not needed once events are built.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from marsad.document import Document
from marsad.errors import InputError, MarsadError
from marsad.pipeline import process_document


@dataclass
class BatchSummary:
    """Counts shown at the end of a batch run."""

    articles: int = 0
    events: int = 0
    skipped: list[InputError] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"articles processed: {self.articles}", f"events extracted:   {self.events}"]
        for outcome, count in sorted(self.outcomes.items()):
            out.append(f"  {outcome:17s} {count}")
        out.append(f"inputs skipped:     {len(self.skipped)}")
        out += [f"  - {error}" for error in self.skipped]
        return out


def _run_one(item: Document | InputError) -> Document | InputError:
    if isinstance(item, InputError):
        return item
    try:
        doc = process_document(item)
    except MarsadError as err:
        return InputError(f"{item.source_path or item.id}: {err}")
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
        return InputError(f"{item.source_path or item.id}: processing failed: {type(err).__name__}: {err}")
    doc.mentions = {}
    doc._norm = None
    doc._norm_offsets = None
    return doc


def warm_up() -> None:
    """Load every knowledge file once, before worker processes fork.

    The loaded knowledge (gazetteer, actors, NER model) is millions of
    long-lived objects; freezing them keeps the cyclic garbage collector from
    rescanning them on every full collection, and keeps forked workers from
    touching (and so copying) their memory pages.
    """
    process_document(Document(text="قتل ثلاثة مدنيين في قصف على مدينة درعا أمس.", id="warm-up"))
    gc.freeze()


def run_batch(items: Iterable[Document | InputError], workers: int = 1) -> Iterator[Document | InputError]:
    """Process documents in order, in `workers` processes when more than one."""
    warm_up()
    if workers <= 1:
        yield from map(_run_one, items)
        return
    context = mp.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_run_one, items, chunksize=8)
