"""A store holding the sample articles, the app over it, and (for browser and load tests) a live server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.ingest import ingest
from newsledger.store import Store

EXAMPLES = Path(__file__).parents[2] / "examples"
TOKEN = "test-token-123"
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "demo.db")
    ingest([str(EXAMPLES)], Store(path))
    return path


@pytest.fixture
def app(demo_db: str) -> FastAPI:
    return create_app(demo_db, token=TOKEN)


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(demo_db: str) -> Iterator[str]:
    """The app served by uvicorn on a loopback port in a thread, as `newsledger serve` runs it."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(demo_db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
