"""The catalogue of coded Marsad errors and warnings.

Library code raises (or, for batch input, yields) these; only the CLI and the
HTTP layer turn them into printed messages or JSON.  Every class carries a
stable `code` so that users, logs and tests can refer to a failure without
matching on message text.

| code | class | meaning |
|---|---|---|
| E000 | MarsadError | any Marsad failure (base class) |
| E001 | InputError | an input file or line cannot be read or is malformed |
| E002 | KnowledgeError | a bundled data file (lexicon, patterns ...) fails validation |
| E003 | PipelineError | stages are ordered so that one lacks what it needs |
| E004 | StoreError | the SQLite store is missing, or a query on it is invalid |
| W000 | MarsadWarning | any Marsad warning (base class) |
| W001 | EncodingGuessWarning | a text file's encoding was guessed, not known |
"""

from __future__ import annotations

from pathlib import Path


class MarsadError(Exception):
    """Base of every Marsad error; `code` identifies the kind of failure."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    def to_dict(self) -> dict[str, object]:
        """One JSON shape for every error (CLI --json output, HTTP responses)."""
        return {"code": self.code, "error": type(self).__name__, "message": self.message}


class InputError(MarsadError):
    """Unreadable or malformed input: a file, or one line of a JSONL file.

    Ingest yields these instead of raising so that one bad article does not
    stop a batch; `path` and `line` (1-based, JSONL only) say where.
    """

    code = "E001"

    def __init__(self, reason: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}" if where else reason)

    def to_dict(self) -> dict[str, object]:
        """The common error shape plus where the bad input is."""
        out = super().to_dict()
        out.update(path=self.path, line=self.line, reason=self.reason)
        return out


class KnowledgeError(MarsadError):
    """A bundled data file (lexicon, pattern list ...) fails its validator."""

    code = "E002"

    def __init__(self, reason: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class PipelineError(MarsadError):
    """A stage would run before the stage that provides what it reads."""

    code = "E003"


class StoreError(MarsadError):
    """The event store is missing, or a query against it is invalid."""

    code = "E004"


class MarsadWarning(UserWarning):
    """Base of every Marsad warning."""

    code = "W000"


class EncodingGuessWarning(MarsadWarning):
    """A text file was neither UTF-8 nor clearly Windows-1256; its encoding is a guess."""

    code = "W001"
