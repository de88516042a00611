"""Use cases shared by the CLI and the API: each takes plain values and returns records or plain data."""

from __future__ import annotations

import sys
from pathlib import Path

from newsledger import errors
from newsledger.clean.sources import Document
from newsledger.pipeline import extract
from newsledger.records import Extraction


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of a file, or of standard input for "-", and the name to use in messages."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    try:
        return p.read_bytes(), str(p)
    except IsADirectoryError:
        raise errors.InputError(errors.UNREADABLE, path, "is a directory, not an article file") from None
    except OSError as exc:
        raise errors.InputError(errors.UNREADABLE, path, exc.strerror or "cannot be read") from None


def extract_file(
    path: str,
    *,
    published: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Extraction:
    """Extract one article file (or "-" for standard input).  Raises InputError on a bad input."""
    data, name = read_input(path)
    return extract(Document(data, name, published, source, encoding=encoding, max_bytes=max_bytes))
