"""The one vocabulary of newsledger: frozen records that every stage produces and every later stage reads.

Offsets (`start`, `end`) are always character offsets into `Article.text`, the cleaned text, end exclusive,
so that `article.text[start:end] == text` holds for every span-bearing record.  Records never hold spaCy
objects: they are plain data that can be serialised, stored and compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the cleaned text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the article refers to an entity, and which extractor found it."""

    start: int
    end: int
    text: str
    extractor: str


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption, map or graphic title that was separated from the body text."""

    text: str
    credit: str | None
    kind: str  # "photo" | "map" | "graphic" | "video"
    position: int  # index of the paragraph it stood before (len(paragraphs) when it stood last)


@dataclass(frozen=True, slots=True)
class Subhead:
    """A section heading inside the article body."""

    text: str
    position: int  # index of the paragraph it introduces


@dataclass(frozen=True, slots=True)
class Dateline:
    """The wire dateline that opens the body: ``KYIV, March 12 (Reuters) -``.

    The dateline stays in the text (it is where the story was filed), so it has offsets too.
    """

    start: int
    end: int
    text: str
    place: str | None
    date: str | None
    agency: str | None


@dataclass(frozen=True, slots=True)
class Home:
    """Where a source reports from, as the caller gave it or as learned from the source's stored articles:
    its country and, for local news, its first-order division (a US state's code, a province's name)."""

    country: str  # ISO 3166-1 alpha-2
    admin1: str | None
    name: str  # as given ("Richmond, Kentucky") or as learned ("KY, US")


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.  `text` is the body that every offset points into.

    `id` is a content hash of title and text, so the same story scraped twice has the same id.
    """

    id: str
    title: str | None
    published: str | None  # ISO date (YYYY-MM-DD) when known
    source: str | None  # outlet or agency
    url: str | None
    byline: str | None
    dateline: Dateline | None
    text: str
    paragraphs: tuple[Span, ...]
    captions: tuple[Caption, ...]
    subheads: tuple[Subhead, ...]
    boilerplate: tuple[str, ...]
    input_format: str  # "text" | "html"
    # Where the source reports from, when known: a local paper's "Paris" is its own town (geo.Context.home).
    home: Home | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One referent (person, organisation, place ...) with its canonical name and every form the article uses."""

    id: str
    name: str
    type: str  # spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, ...
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    confidence: float
    roles: tuple[str, ...] = ()  # titles and role descriptions tied to a person ("Foreign Secretary")


@dataclass(frozen=True, slots=True)
class Quote:
    """Something a speaker said: direct, partial or indirect."""

    id: str
    text: str
    kind: str  # "direct" | "partial" | "indirect"
    speaker: str | None  # canonical name of the speaker entity, or the words naming an unresolved speaker
    speaker_id: str | None
    cue: str | None
    start: int
    end: int
    confidence: float
    extractor: str
    speaker_text: str | None = None  # the words in the text that name the speaker here ("he", "the ministry")
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the text claims, with its qualifier as a range and the party it is attributed to."""

    id: str
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    category: str  # killed | injured | hostages | detained | displaced | missing | people | money | aid | other
    unit: str | None
    who: str | None
    place: str | None
    period: str | None
    source: str | None
    source_id: str | None
    start: int
    end: int
    confidence: float
    extractor: str


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved against the gazetteer."""

    id: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2
    kind: str  # country | region | city | site | ...
    entity_id: str | None
    mentions: tuple[Mention, ...]
    confidence: float
    extractor: str


@dataclass(frozen=True, slots=True)
class DateRef:
    """A temporal expression resolved against the publication date."""

    id: str
    text: str
    value: str | None  # ISO date, week, month, year, duration or interval (TIMEX3 conventions)
    start: int
    end: int
    confidence: float
    extractor: str
    kind: str = "date"  # date | time | duration | set | interval


@dataclass(frozen=True, slots=True)
class Event:
    """An action coded in the PLOVER ontology."""

    id: str
    action: str
    actor: str | None
    actor_id: str | None
    target: str | None
    target_id: str | None
    place: str | None
    place_id: str | None
    date: str | None
    figure_ids: tuple[str, ...]
    reported_by: str | None
    hypothetical: bool
    text: str
    start: int
    end: int
    confidence: float
    extractor: str
    subtype: str | None = None  # ACLED-style sub-event type (AIR_STRIKE, ARMED_CLASH, PEACE_PROTEST ...)


@dataclass(frozen=True, slots=True)
class Failure:
    """A stage or an input that failed.  The rest of the article (or batch) goes on."""

    stage: str  # "input" | "clean" | "entities" | ...
    code: str  # a coded constant from newsledger.errors
    message: str
    input: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article: the output contract of `newsledger extract`."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    events: tuple[Event, ...] = ()
    failures: tuple[Failure, ...] = field(default_factory=tuple)
