"""The dashboard: server-rendered pages over the same reads as the JSON API (Jinja2, autoescaped)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from newsledger import service
from newsledger.api import render
from newsledger.api.v1 import StoreDep
from newsledger.corpus.figures import TOLL_CATEGORIES
from newsledger.store import read
from newsledger.store.query import Filters, query

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(
    env=Environment(loader=PackageLoader("newsledger.api", "templates"), autoescape=select_autoescape(default=True))
)
Text = Annotated[str | None, Query(max_length=200)]


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def error_page(request: Request, status: int, detail: str) -> str:
    template = templates.env.get_template("error.html")
    return template.render(request=request, status=status, detail=detail)


def _event_points(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "lat": e["lat"],
            "lon": e["lon"],
            "colour": render.ACTION_COLOURS.get(e["action"], render.DEFAULT_ACTION_COLOUR),
            "r": 4 + min(e["n_mentions"], 5),
            "label": f"{e['first_date'] or 'undated'} {e['action']}: {e['actor'] or '?'} → {e['target'] or '?'}"
            f" at {e['place'] or '?'} ({e['n_mentions']} report{'s' if e['n_mentions'] != 1 else ''})",
            "href": f"/articles/{e['mentions'][0]['article_id']}" if e["mentions"] else None,
        }
        for e in events
    ]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, s: StoreDep) -> HTMLResponse:
    data = service.overview(s)
    return _page(request, "index.html", **data, map=render.world_map(_event_points(data["events"]), height=360))


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request, s: StoreDep, text: Text = None, source: Text = None, offset: Annotated[int, Query(ge=0)] = 0
) -> HTMLResponse:
    found = read.articles(s, text=text, source=source, limit=50, offset=offset)
    return _page(request, "articles.html", articles=found, text=text, source=source, offset=offset)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, s: StoreDep) -> HTMLResponse:
    record = read.article(s, article_id)
    if record is None:
        raise HTTPException(404, f"No article {article_id} in this store.")
    text = record["article"]["text"]
    details = {
        f"{kind}:{r['id']}": {"kind": kind, **r}
        for kind, key in (
            ("entity", "entities"),
            ("quote", "quotes"),
            ("figure", "figures"),
            ("place", "places"),
            ("date", "dates"),
        )
        for r in record[key]
    }
    for key, detail in details.items():  # the corpus entity page behind each entity, for the details panel
        if detail["kind"] == "entity" and detail["id"] in record["corpus_ids"]:
            detail["corpus_id"] = record["corpus_ids"][detail["id"]]
        if key.startswith("quote:") and detail.get("speaker_id") in record["corpus_ids"]:
            detail["speaker_corpus_id"] = record["corpus_ids"][detail["speaker_id"]]
    return _page(
        request,
        "article.html",
        record=record,
        body=render.highlight(text, render.spans_of(record)),
        details=render.json_script(details),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, s: StoreDep, text: Text = None, type: Text = None) -> HTMLResponse:
    found = read.corpus_entities(s, text=text, type_=type or None, limit=200)
    return _page(request, "entities.html", entities=found, text=text, type=type)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int, s: StoreDep) -> HTMLResponse:
    found = read.corpus_entity(s, entity_id)
    if found is None:
        raise HTTPException(404, f"No entity {entity_id} in this store.")
    return _page(request, "entity.html", entity=found)


@router.get("/figures", response_class=HTMLResponse)
def figures(
    request: Request, s: StoreDep, what: Text = "killed", place: Text = None, source: Text = None
) -> HTMLResponse:
    what = what or "killed"
    data = service.figure_series(s, what, place or None, source or None)
    places = sorted({c["place"] for c in service.figure_series(s, what)["claims"] if c["place"]})
    return _page(
        request,
        "figures.html",
        data=data,
        chart=render.line_chart(data["claims"]),
        categories=TOLL_CATEGORIES,
        places=places,
        what=what,
        place=place,
        source=source,
    )


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    s: StoreDep,
    action: Text = None,
    actor: Text = None,
    since: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
    until: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = None,
) -> HTMLResponse:
    found = read.corpus_events(
        s, action=action or None, actor=actor or None, since=since or None, until=until or None, limit=500
    )
    return _page(
        request,
        "events.html",
        events=found,
        map=render.world_map(_event_points(found)),
        timeline=render.timeline(found),
        actions=[*sorted(render.ACTION_COLOURS), "AGREE", "AID", "CONSULT", "REQUEST", "ACCUSE", "SUPPORT"],
        action=action,
        actor=actor,
        since=since,
        until=until,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, s: StoreDep, speaker: Text = None, text: Text = None) -> HTMLResponse:
    found = query(s, "quotes", Filters(text=text or None, entity=speaker or None, limit=200))
    return _page(request, "quotes.html", quotes=found, speaker=speaker, text=text)


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions(request: Request, s: StoreDep) -> HTMLResponse:
    return _page(request, "contradictions.html", pairs=service.contradictions(s))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, s: StoreDep, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    found = read.search(s, q) if len(q.strip()) >= 2 else {"articles": [], "entities": [], "quotes": []}
    return _page(request, "search.html", found=found, q=q)
