"""Dashboard pages in-process: every page renders, article text is escaped, the map and chart are real SVG."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.api.render import highlight
from tests.api.conftest import TOKEN
from tests.api.test_v1 import STORY


def test_every_page_renders(client: TestClient) -> None:
    article_id = client.get("/api/v1/articles").json()["items"][0]["id"]
    entity_id = client.get("/api/v1/entities").json()["items"][0]["id"]
    for path in (
        "/",
        "/articles",
        f"/articles/{article_id}",
        "/entities",
        f"/entities/{entity_id}",
        "/figures?what=killed&place=Kharkiv",
        "/events?action=ASSAULT",
        "/quotes?speaker=Lammy",
        "/contradictions",
        "/search?q=Kyiv",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert '<script src="/static/app.js">' in response.text
        assert not re.search(r"""(src|href)=["']https?://""", response.text), f"{path} loads something from outside"
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/static/app.js").status_code == 200


def test_map_and_chart_are_drawn(client: TestClient) -> None:
    events = client.get("/events").text
    assert events.count('class="land"') > 150 and 'class="dot"' in events
    chart = client.get("/figures", params={"what": "killed", "place": "Kharkiv"}).text
    assert '<svg class="chart"' in chart and 'class="point"' in chart and "at least 12 people" in chart


def test_article_markup_is_shown_as_text(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "x.db"), token=TOKEN))
    body = client.post("/api/v1/articles", json=STORY, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    page = client.get(f"/articles/{body['article']['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert '<mark class="hl-figure"' in page


def test_highlight_keeps_overlaps_and_escapes() -> None:
    text = 'Lammy said "<b>no</b> deal" today'
    spans = [
        {"start": 0, "end": 5, "kind": "entity", "id": "E1"},
        {"start": 12, "end": 26, "kind": "quote", "id": "Q1"},
        {"start": 15, "end": 17, "kind": "entity", "id": "E2"},
    ]
    html = str(highlight(text, spans))
    assert html.startswith('<mark class="hl-entity" data-refs="entity:E1" tabindex="0">Lammy</mark>')
    assert 'class="hl-entity hl-quote" data-refs="quote:Q1 entity:E2"' in html
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') == text
