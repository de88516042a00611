"""JSON API under /api/v1: the `newsledger query` filters over HTTP, paginated, errors as problem details."""

from __future__ import annotations

import json
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from newsledger import errors, output, service, settings
from newsledger.store import Store, read
from newsledger.store.query import Filters, query

router = APIRouter(prefix="/api/v1", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=settings.API_MAX_PAGE_SIZE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items skipped (page start).")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


def store(request: Request) -> Store:
    s: Store = request.app.state.store
    return s


StoreDep = Annotated[Store, Depends(store)]


def page(request: Request, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page of items with the link to the next one (present when this page is full)."""
    following = None
    if len(items) == limit:
        following = str(request.url.include_query_params(offset=offset + limit))
    return {"items": items, "limit": limit, "offset": offset, "next": following}


def _records(request: Request, s: Store, kind: str, f: Filters) -> dict[str, Any]:
    return page(request, query(s, kind, f), f.limit, f.offset)


@router.get("/articles", summary="Articles, newest first")
def list_articles(
    request: Request,
    s: StoreDep,
    text: str | None = None,
    source: str | None = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = settings.API_PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = read.articles(s, text=text, source=source, since=since, until=until, limit=limit, offset=offset)
    return page(request, found, limit, offset)


@router.get("/articles/{article_id}", summary="One article with all its records")
def get_article(article_id: str, s: StoreDep) -> dict[str, Any]:
    found = read.article(s, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@router.get("/entities", summary="Entities across articles")
def list_entities(
    request: Request,
    s: StoreDep,
    text: str | None = None,
    type: str | None = None,
    min_articles: Annotated[int, Query(ge=1)] = 1,
    limit: Limit = settings.API_PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = read.corpus_entities(s, type_=type, text=text, min_articles=min_articles, limit=limit, offset=offset)
    return page(request, found, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: aliases, quotes, events, figures")
def get_entity(entity_id: int, s: StoreDep) -> dict[str, Any]:
    found = read.corpus_entity(s, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return found


def filters(
    text: str | None = None,
    entity: str | None = None,
    type: str | None = None,
    since: Day = None,
    until: Day = None,
    place: str | None = None,
    source: str | None = None,
    limit: Limit = settings.API_PAGE_SIZE,
    offset: Offset = 0,
) -> Filters:
    return Filters(text, entity, type, since, until, place, source, limit, offset)


FiltersDep = Annotated[Filters, Depends(filters)]


@router.get("/quotes", summary="Quotes (entity = speaker, type = direct|partial|indirect)")
def list_quotes(request: Request, s: StoreDep, f: FiltersDep) -> dict[str, Any]:
    return _records(request, s, "quotes", f)


@router.get("/figures", summary="Figures (entity = source, type = category)")
def list_figures(request: Request, s: StoreDep, f: FiltersDep) -> dict[str, Any]:
    return _records(request, s, "figures", f)


@router.get("/figures/series", summary="One measure over time, a column per source")
def figure_series(
    s: StoreDep,
    what: Annotated[str, Query(description="killed, injured, displaced ...")],
    place: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    return service.figure_series(s, what, place, source)


@router.get("/events", summary="Events as reported (entity = actor or target, type = PLOVER action)")
def list_events(request: Request, s: StoreDep, f: FiltersDep) -> dict[str, Any]:
    return _records(request, s, "events", f)


@router.get("/events/merged", summary="Events with duplicate reports merged, with map positions")
def list_merged_events(
    request: Request,
    s: StoreDep,
    action: str | None = None,
    actor: str | None = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = settings.API_PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = read.corpus_events(s, action=action, actor=actor, since=since, until=until, limit=limit, offset=offset)
    return page(request, found, limit, offset)


@router.get("/places", summary="Places across articles, most mentioned first")
def list_places(
    request: Request, s: StoreDep, text: str | None = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    return page(request, read.places(s, text=text, limit=limit, offset=offset), limit, offset)


@router.get("/contradictions", summary="Incompatible claims side by side")
def list_contradictions(s: StoreDep, what: str | None = None) -> dict[str, Any]:
    return {"items": service.contradictions(s, what)}


@router.get("/search", summary="Articles, entities and quotes matching the words")
def search(s: StoreDep, q: Annotated[str, Query(min_length=2, max_length=200)]) -> dict[str, Any]:
    return read.search(s, q)


def authorised(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "writing is disabled: the server has no NEWSLEDGER_TOKEN")
    given = request.headers.get("authorization", "")
    if not given.startswith("Bearer ") or not secrets.compare_digest(given[7:].encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post(
    "/articles",
    summary="Ingest one article (fields of a JSONL line) and answer with its extraction",
    dependencies=[Depends(authorised)],
    status_code=201,
    responses={200: {"description": "Already stored: the same text was ingested before"}},
)
async def post_article(request: Request, response: Response, s: StoreDep) -> dict[str, Any]:
    try:
        row = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"the body is not JSON: {exc}") from None
    if not isinstance(row, dict):
        raise HTTPException(400, "the body must be a JSON object with text or html")
    try:  # extraction is CPU work: off the event loop, so reads stay served while it runs
        extraction, new = await run_in_threadpool(service.ingest_one, s, row)
    except errors.InputError as exc:
        raise HTTPException(422, str(exc)) from None
    response.status_code = 201 if new else 200
    return {"stored": new, **output.to_dict(extraction)}
