"""Store tests run against SQLite always and against PostgreSQL when $NEWSLEDGER_TEST_PG names a server.

Locally the PostgreSQL variants skip with a message when no server is reachable; in CI (CI=true) an
unreachable server fails the run, so the PostgreSQL tests can never silently not run there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from newsledger.store import Store

PG_URL = os.environ.get("NEWSLEDGER_TEST_PG")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: NEWSLEDGER_TEST_PG is not set")
        pytest.skip("no PostgreSQL server: set NEWSLEDGER_TEST_PG=postgresql+psycopg://... to run these")
    try:
        _reset_postgres(PG_URL)
    except Exception as exc:  # the server is named but not reachable
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {PG_URL} is not reachable: {exc}")
        pytest.skip(f"PostgreSQL at {PG_URL} is not reachable: {exc}")
    return PG_URL


@pytest.fixture
def make_store(store_url: str) -> Callable[[], Store]:
    return lambda: Store(store_url)


def load_stories(tmp_path: Path, store: Store, stories: list[tuple[str, str, str]]) -> None:
    """Ingest (source, published, text) stories through a JSONL feed, as a user would."""
    import json

    from newsledger.ingest import ingest

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"source": s, "published": d, "text": t}) for s, d, t in stories))
    ingest([str(feed)], store)
