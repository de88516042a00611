"""Inputs to documents: files and folders of .txt/.html, .jsonl feeds (one article a line), .json files (one
article object, or an array of them) and WARC archives.

Each input yields a :class:`Document` (what the caller knows: raw bytes or text, name, published, source, url,
title) or a :class:`~newsledger.records.Failure` when it cannot even be read, together with the raw bytes that
identify it (so a failure is stored once however often it is re-read).

WARC (``.warc``, ``.warc.gz``, ISO 28500) is read with `warcio`, the Webrecorder reader: only ``response``
records whose HTTP content type is HTML become documents; request, metadata and non-HTML records (images,
scripts, robots.txt) are skipped silently, since a crawl is mostly those.  The WARC-Date is when the page was
fetched, not when it was published, so it is not passed as the publication date; the page's own metadata
decides that.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger import errors
from newsledger.records import Failure, Home

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class Document:
    """One raw input and what the caller knows about it."""

    data: bytes | str
    name: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    encoding: str | None = None
    max_bytes: int | None = None
    home: Home | None = None  # where the source reports from, when the caller knows (Article.home)


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".json"):
        return "json"
    return "jsonl" if name.endswith(".jsonl") else "file"


def input_files(paths: list[str]) -> list[Path]:
    """The files under `paths` (folders searched recursively for known suffixes), in a stable order."""
    found: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.name.lower().endswith(SUFFIXES)))
        else:
            found.append(p)
    return found


def count_inputs(paths: list[str]) -> int | None:
    """How many documents `documents(paths)` will yield, for a progress ETA; None when a WARC makes it unknown
    without reading the archive twice."""
    total = 0
    for path in input_files(paths):
        kind = _kind(path)
        if kind == "warc":
            return None
        if kind == "file":
            total += 1
            continue
        try:
            if kind == "json":
                total += len(json_documents(path.read_bytes(), str(path)))
                continue
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1
    return total


Item = tuple[Document | Failure, bytes]


def documents(paths: list[str]) -> Iterator[Item]:
    """Documents (or failures) from files, JSONL lines and WARC records, with the raw bytes that identify them."""
    for path in input_files(paths):
        kind = _kind(path)
        try:
            if kind == "warc":
                yield from _warc(path)
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield Failure("input", errors.UNREADABLE, exc.strerror or "cannot be read", str(path)), b""
            continue
        if kind == "jsonl":
            yield from _jsonl(path, data)
        elif kind == "json":
            yield from json_documents(data, str(path))
        else:
            yield Document(data, str(path)), data


def records_in(data: bytes, name: str, lines: bool) -> list[Item]:
    """The articles of one JSON (`lines` False) or JSONL file's bytes."""
    return list(_jsonl(Path(name), data)) if lines else json_documents(data, name)


def _jsonl(path: Path, data: bytes) -> Iterator[Item]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        name = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield Failure("input", errors.NOT_A_RECORD, f"not a JSONL article ({exc})", name), line
            continue
        yield article_record(row, name), line


def json_documents(data: bytes, name: str) -> list[Item]:
    """The articles of a .json file: one article object, or an array of them (each named ``file[i]``).  A file
    that is not JSON at all is one failure; in an array, each element that is not an article is one."""
    try:
        value = json.loads(data)
    except ValueError as exc:
        return [(Failure("input", errors.NOT_A_RECORD, f"not a JSON article ({exc})", name), data)]
    if isinstance(value, list):
        return [
            (article_record(row, f"{name}[{i}]"), json.dumps(row, sort_keys=True).encode())
            for i, row in enumerate(value)
        ]
    return [(article_record(value, name), data)]


def article_record(row: object, name: str) -> Document | Failure:
    """A Document from one article object (`text` or `html`, and optional `published`, `source`, `url`,
    `title`); a Failure naming what is wrong with anything else."""
    if not isinstance(row, dict):
        return Failure("input", errors.NOT_A_RECORD, "not a JSON object with the article's fields", name)
    body = row.get("text") or row.get("html")
    if not isinstance(body, str):
        return Failure("input", errors.NOT_A_RECORD, "no text or html field", name)
    return Document(
        body,
        name,
        published=_str(row.get("published")),
        source=_str(row.get("source")),
        url=_str(row.get("url")),
        title=_str(row.get("title")),
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        number = 0
        try:
            for record in records:
                if record.rec_headers.get_header("WARC-Type") is None:  # warcio reads any text as a record
                    yield Failure("input", errors.UNREADABLE, "not a WARC archive (no WARC-Type)", str(path)), b""
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                number += 1
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{number}" + (f" {url}" if url else "")
                try:
                    body = record.content_stream().read()
                except Exception as exc:  # zlib/chunking errors in one record; the archive goes on
                    yield Failure("input", errors.UNREADABLE, f"WARC record unreadable ({exc})", name), b""
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # bytes the record declared but the file lacks
                    yield Failure("input", errors.TRUNCATED, "WARC record truncated", name), body
                    return
                yield Document(body, name, url=url), body
        except ArchiveLoadFailed as exc:
            yield Failure("input", errors.UNREADABLE, f"not a readable WARC archive ({exc})", str(path)), b""
        except (OSError, EOFError, ValueError) as exc:  # a broken gzip member: keep what was read before it
            yield Failure("input", errors.TRUNCATED, f"WARC archive truncated ({exc})", str(path)), b""
