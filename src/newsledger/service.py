"""Use cases shared by the CLI and the API: each takes plain values and returns records or plain data."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsledger import errors
from newsledger.clean.decode import check_size
from newsledger.clean.sources import Document, article_record, records_in
from newsledger.corpus.figures import Claim, claims, moved, series
from newsledger.corpus.figures import contradictions as figure_contradictions
from newsledger.corpus.homes import home_of, learned_home
from newsledger.pipeline import extract
from newsledger.records import Extraction, Failure, Home
from newsledger.store import Store, read


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


def home(place: str) -> Home:
    """Where a source reports from, by a place's name ("Richmond, Kentucky", "Paris, TX", "Ireland").

    Raises InputError (E111) when the gazetteer does not know the place."""
    found = home_of(place)
    if found is None:
        raise errors.InputError(errors.UNKNOWN_HOME, f"--home {place!r}", "is not a place the gazetteer knows")
    return found


def home_learner(store: Store) -> Callable[[str], tuple[Home | None, bool]]:
    """For `ingest(homes=...)`: a source's home as its stored articles agree on, and whether it is still learning."""
    return lambda source: learned_home(store, source)


def extract_file(
    path: str,
    *,
    published: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    home_place: str | None = None,
) -> Extraction:
    """Extract one article file (or "-" for standard input).  Raises InputError on a bad input.

    A .json file holds one article object (or an array of one); a .jsonl file one line.  Their fields
    (published, source, url, title) are used unless `published` or `source` is given.  `home_place` names
    where the source reports from ("Paris, Texas"): a local paper's unqualified "Paris" is then its own."""
    where = home(home_place) if home_place else None
    data, name = read_input(path)
    if path.lower().endswith((".json", ".jsonl")):
        check_size(len(data), name, max_bytes)  # one article is expected: refuse a huge file before parsing it
        items = [item for item, _ in records_in(data, name, path.lower().endswith(".jsonl"))]
        if len(items) != 1:
            raise errors.InputError(
                errors.NOT_A_RECORD, name, f"holds {len(items)} articles, not one: `newsledger ingest` reads a feed"
            )
        item = items[0]
        if isinstance(item, Failure):
            raise errors.InputError(item.code, item.input or name, item.message)
        return extract(
            replace(
                item,
                published=published or item.published,
                source=source or item.source,
                encoding=encoding,
                max_bytes=max_bytes,
                home=where,
            )
        )
    return extract(Document(data, name, published, source, encoding=encoding, max_bytes=max_bytes, home=where))


def ingest_one(store: Store, row: dict[str, Any], name: str = "<api>") -> tuple[Extraction, bool]:
    """Extract one article given as a JSONL line's fields (`text` or `html`, and optional `id`, `url`, `title`,
    `published`, `source`, `home`) and store it; returns the extraction and whether it was new.

    `home` ("Paris, Texas") says where the source reports from (see :func:`home`).
    Raises InputError on a bad article, as the CLI's extract does; nothing is stored then.
    """
    if isinstance(row.get("id"), str):
        name = f"{name} {row['id']}"
    document = article_record(row, name)
    if isinstance(document, Failure):
        raise errors.InputError(document.code, name, document.message)
    if isinstance(row.get("home"), str) and row["home"].strip():
        document = replace(document, home=home(row["home"]))
    extraction = extract(document)
    return extraction, store.add(extraction, name)


def figure_series(store: Store, what: str, place: str | None = None, source: str | None = None) -> dict[str, Any]:
    """One measure over time: every claim (date, source, value, qualifier, revision) and the per-source table."""
    found = claims(store, what, place, source)
    sources, rows = series(found)
    return {
        "what": what,
        "place": place,
        "sources": sources,
        "claims": [
            {
                "published": c.published,
                "source": c.source,
                "text": c.text,
                "value": c.value,
                "low": c.low,
                "high": c.high,
                "qualifier": c.qualifier,
                "label": c.label(),
                "place": c.place,
                "revision": c.revision,
                "article_id": c.article_id,
                "article_title": c.article_title,
            }
            for c in found
        ],
        "table": [{"published": date, **cells} for date, cells in rows],
    }


def contradictions(store: Store, what: str | None = None) -> list[dict[str, Any]]:
    """Incompatible claims on one measure, place and day from different sources, side by side."""

    def side(c: Claim) -> dict[str, Any]:
        return {
            "source": c.source,
            "label": c.label(),
            "text": c.text,
            "article_id": c.article_id,
            "article_title": c.article_title,
        }

    return [
        {"category": a.category, "place": a.place, "published": a.published, "a": side(a), "b": side(b)}
        for a, b in figure_contradictions(store, what)
    ]


def overview(store: Store, n: int = 10) -> dict[str, Any]:
    """The dashboard's front page: counts, latest articles, top entities, recent events, figures that moved."""
    return {
        "stats": store.stats(),
        "articles": read.articles(store, limit=n),
        "entities": read.corpus_entities(store, limit=n),
        "events": read.corpus_events(store, limit=n),
        "moved": moved(store, limit=n),
    }
