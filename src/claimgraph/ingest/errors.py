"""What ingest reports instead of raising: one error per bad file or record, and the run goes on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    """A file or record that could not be read, with a one-line message a person can act on."""

    origin: str  # path, path:line, or <stdin>
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class IngestFailed(Exception):
    """Raised inside the ingest modules; the reader turns it into an :class:`IngestError`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
