"""The JSON API in-process: lists with filters and pages, details, problem details, writes behind the token."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger import settings
from newsledger.api import create_app
from tests.api.conftest import TOKEN


def test_lists_filter_and_page(client: TestClient) -> None:
    first = client.get("/api/v1/articles", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["next"] and "offset=5" in first["next"]
    second = client.get(first["next"]).json()
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    lammy = client.get("/api/v1/quotes", params={"entity": "Lammy"}).json()["items"]
    assert lammy and all(q["speaker"] == "David Lammy" for q in lammy)
    killed = client.get("/api/v1/figures", params={"type": "killed", "place": "Kharkiv", "until": "2025-03-12"})
    assert [f["text"] for f in killed.json()["items"]] == ["at least 12 people"]
    assert killed.json()["items"][0]["qualifier"] == "at_least"
    assaults = client.get("/api/v1/events", params={"type": "ASSAULT", "since": "2025-01-01"}).json()["items"]
    assert assaults and all(e["action"] == "ASSAULT" and e["published"] >= "2025-01-01" for e in assaults)


def test_details_and_corpus_views(client: TestClient) -> None:
    article_id = client.get("/api/v1/articles", params={"text": "Kharkiv"}).json()["items"][0]["id"]
    article = client.get(f"/api/v1/articles/{article_id}").json()
    text = article["article"]["text"]
    for kind in ("entities", "quotes", "figures", "dates", "events"):
        for record in article[kind]:
            if "start" in record:
                assert text[record["start"] : record["end"]] == record["text"], (kind, record["id"])
    lammy = client.get("/api/v1/entities", params={"text": "Lammy", "type": "PERSON"}).json()["items"][0]
    detail = client.get(f"/api/v1/entities/{lammy['id']}").json()
    assert detail["name"] == "David Lammy" and "Lammy" in detail["aliases"] and detail["quotes"]
    series = client.get("/api/v1/figures/series", params={"what": "killed", "place": "Kharkiv"}).json()
    assert [c["label"] for c in series["claims"]][:2] == ["≥12", "17"]
    assert {"Oleh Syniehubov", "State Emergency Service"} <= set(series["sources"])
    clash = client.get("/api/v1/contradictions", params={"what": "killed"}).json()["items"]
    assert {clash[0]["a"]["label"], clash[0]["b"]["label"]} == {"17", "23"}
    merged = client.get("/api/v1/events/merged", params={"action": "ASSAULT"}).json()["items"]
    assert any(e["lat"] is not None for e in merged)
    places = client.get("/api/v1/places", params={"text": "Kharkiv"}).json()["items"]
    assert places[0]["country"] == "UA" and 49 < places[0]["lat"] < 51
    found = client.get("/api/v1/search", params={"q": "Lammy"}).json()
    assert found["entities"] and found["quotes"] and found["articles"]
    assert client.get("/openapi.json").json()["info"]["title"] == "newsledger"


def test_errors_are_problem_details(client: TestClient) -> None:
    missing = client.get("/api/v1/articles/0000")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["status"] == 404
    bad = client.get("/api/v1/articles", params={"limit": 10_000, "since": "yesterday"})
    assert bad.status_code == 422 and "limit" in bad.json()["detail"] and "since" in bad.json()["detail"]
    assert client.get("/api/v1/entities/not-a-number").status_code == 422


def test_user_text_is_not_sql(client: TestClient) -> None:
    for text in ("' OR 1=1 --", "zz%zz", "q_q_q", "Robert'); DROP TABLE articles;--"):
        assert client.get("/api/v1/quotes", params={"text": text}).json()["items"] == []
    assert client.get("/api/v1/articles").json()["items"]  # still there


STORY = {
    "id": "api-1",
    "source": "Test Wire",
    "published": "2025-04-02",
    "text": "GENEVA, April 2 (Test Wire) - At least 7 people were killed in shelling of Kherson on Tuesday, the "
    "regional governor said. <script>alert('x')</script> The United Nations called for restraint.",
}


def test_writing_needs_the_token(client: TestClient) -> None:
    assert client.post("/api/v1/articles", json=STORY).status_code == 401
    wrong = client.post("/api/v1/articles", json=STORY, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"


def test_no_token_configured_refuses_writes(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLEDGER_TOKEN", raising=False)
    client = TestClient(create_app(demo_db))
    response = client.post("/api/v1/articles", json=STORY, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "NEWSLEDGER_TOKEN" in response.json()["title"]


def test_post_ingests_and_answers_with_the_extraction(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = client.post("/api/v1/articles", json=STORY, headers=auth)
    assert created.status_code == 201 and created.json()["stored"] is True
    body = created.json()
    assert any(f["category"] == "killed" and f["low"] == 7 for f in body["figures"])
    again = client.post("/api/v1/articles", json=STORY, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/api/v1/articles").json()["items"][0]["id"] == body["article"]["id"]
    refused = client.post("/api/v1/articles", json={"text": "Le gouvernement a annoncé " * 20}, headers=auth)
    assert refused.status_code == 422 and "E105" in refused.json()["title"]
    assert client.post("/api/v1/articles", content=b"[1,2", headers=auth).status_code == 400


def test_post_takes_the_source_home(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "h.db"), token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    story = {
        "text": "A Paris man was arrested on Tuesday after a chase, police said. Paris police said more charges were likely."
    }
    body = client.post("/api/v1/articles", json={**story, "home": "Paris, Texas"}, headers=auth).json()
    assert body["article"]["home"]["admin1"] == "TX"
    assert [p["country"] for p in body["places"] if p["name"] == "Paris"] == ["US"]
    unknown = client.post(
        "/api/v1/articles", json={"text": story["text"] + " More.", "home": "Xyzzyville"}, headers=auth
    )
    assert unknown.status_code == 422 and "E111" in unknown.json()["title"]


def test_request_size_is_limited(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = b'{"text": "' + b"a" * (settings.MAX_REQUEST_BYTES + 1) + b'"}'
    response = client.post("/api/v1/articles", content=big, headers=auth)
    assert response.status_code == 413 and response.headers["content-type"] == "application/problem+json"
