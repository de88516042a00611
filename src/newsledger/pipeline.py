"""Runs the stages in order over one article.

Cleaning failures are the input's fault and raise :class:`~newsledger.errors.InputError`; an extractor that
raises on an article costs that article that extractor's records only: it becomes a Failure record and the
other stages still run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsledger import errors, nlp
from newsledger.clean import clean
from newsledger.clean.sources import Document
from newsledger.extract.dates import extract_dates
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from newsledger.extract.figures import extract_figures
from newsledger.extract.places import extract_places
from newsledger.extract.quotes import extract_quotes
from newsledger.records import Article, Extraction, Failure

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Stage:
    """One extractor: what it provides (a field of Extraction) and which earlier fields it requires.

    The function is called as ``function(doc, article, **{name: records for name in requires})``.
    """

    provides: str
    function: Callable[..., tuple[Any, ...]]
    requires: tuple[str, ...] = ()


STAGES: tuple[Stage, ...] = (
    Stage("entities", extract_entities),
    Stage("quotes", extract_quotes, requires=("entities",)),
    Stage("figures", extract_figures, requires=("entities", "quotes")),
    Stage("places", extract_places, requires=("entities",)),
    Stage("dates", extract_dates),
    Stage("events", extract_events, requires=("entities", "quotes", "figures", "places", "dates")),
)


def clean_document(doc: Document) -> Article:
    article = clean(
        doc.data,
        doc.name,
        published=doc.published,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        encoding=doc.encoding,
        max_bytes=doc.max_bytes,
    )
    return article if doc.home is None else replace(article, home=doc.home)


def parse_input(article: Article) -> str:
    """The text the parser sees: the article text with the dateline blanked to spaces.

    "KYIV, March 12 (Reuters) - Russian missiles struck ..." makes the parser take KYIV for the subject of the
    first sentence.  Spaces of the same length keep every character offset identical, so records still point
    into ``article.text``; the dateline place is added to the entities by rule, not by the parser.
    """
    dateline = article.dateline
    if dateline is None or dateline.end == 0:
        return article.text
    return " " * dateline.end + article.text[dateline.end :]


def run_stages(parsed: Any, article: Article, timings: dict[str, float] | None = None) -> Extraction:
    """All extractors over one parsed article; a failing extractor becomes a Failure.

    `timings`, when given, accumulates the seconds each stage took (for the throughput benchmark).
    """
    results: dict[str, tuple[Any, ...]] = {}
    failures: list[Failure] = []
    for stage in STAGES:
        inputs = {name: results.get(name, ()) for name in stage.requires}
        started = time.perf_counter()
        try:
            results[stage.provides] = stage.function(parsed, article, **inputs)
        except Exception as exc:  # one extractor's bug must not cost the article its other records
            log.exception("stage %s failed on article %s", stage.provides, article.id)
            failures.append(Failure(stage.provides, errors.STAGE_FAILED, f"{type(exc).__name__}: {exc}", article.id))
        if timings is not None:
            timings[stage.provides] = timings.get(stage.provides, 0.0) + time.perf_counter() - started
    return Extraction(article=article, failures=tuple(failures), **results)


def extract_batch(articles: Sequence[Article], batch_size: int = 16) -> list[Extraction]:
    """Parse `articles` together through ``nlp.pipe`` (batching is most of spaCy's speed) and extract each."""
    parsed = nlp.parse_many((parse_input(a) for a in articles), batch_size)
    return [run_stages(doc, article) for article, doc in zip(articles, parsed, strict=True)]


def extract(doc: Document) -> Extraction:
    """Clean, parse and extract one document.  Raises InputError when the input is not a usable article."""
    article = clean_document(doc)
    return run_stages(nlp.parse(parse_input(article)), article)
