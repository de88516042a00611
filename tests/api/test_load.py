"""A bounded load test on loopback: read endpoints under concurrent clients while an ingest writes.

Reports requests per second, p95 latency and errors (printed, and written to test-artifacts/load.json for
the release notes); fails on any error or a p95 over a generous bound.  Not a timing unit test of code
paths: it checks that reads keep being served, correctly, while the store is written.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.api.conftest import ARTIFACTS, TOKEN

READS = (
    "/api/v1/articles?limit=20",
    "/api/v1/entities?limit=20",
    "/api/v1/quotes?entity=Lammy",
    "/api/v1/figures?type=killed",
    "/api/v1/figures/series?what=killed&place=Kharkiv",
    "/api/v1/events/merged?limit=20",
    "/api/v1/places?limit=20",
    "/api/v1/search?q=Kyiv",
)
SECONDS = 15
CLIENTS = 8
P95_BOUND_S = 2.0  # on a loaded 2-core CI runner; loopback reads take tens of milliseconds


def _writer(base: str, stop: threading.Event, written: list[int]) -> None:
    """Posts distinct articles one after another until told to stop (extraction runs in the server)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        n = 0
        while not stop.is_set():
            n += 1
            story = {
                "source": "Load Wire",
                "published": "2025-03-20",
                "text": f"KHERSON, March 20 (Load Wire) - At least {n + 2} people were killed in shelling of Kherson "
                f"on Wednesday, regional governor Oleksandr Prokudin said in update number {n}. "
                "Rescuers were still searching the rubble, the governor said.",
            }
            response = client.post("/api/v1/articles", json=story, headers={"Authorization": f"Bearer {TOKEN}"})
            written.append(response.status_code)


def _reader(base: str, deadline: float, offset: int) -> list[tuple[float, int]]:
    out = []
    with httpx.Client(base_url=base, timeout=30) as client:
        i = offset
        while time.monotonic() < deadline:
            path = READS[i % len(READS)]
            started = time.perf_counter()
            try:
                status = client.get(path).status_code
            except httpx.HTTPError:
                status = 0
            out.append((time.perf_counter() - started, status))
            i += 1
    return out


def test_reads_stay_served_while_an_ingest_writes(live_server: str) -> None:
    stop = threading.Event()
    written: list[int] = []
    writer = threading.Thread(target=_writer, args=(live_server, stop, written))
    writer.start()
    deadline = time.monotonic() + SECONDS
    started = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = [r for part in pool.map(lambda k: _reader(live_server, deadline, k), range(CLIENTS)) for r in part]
    elapsed = time.monotonic() - started
    stop.set()
    writer.join(timeout=120)
    latencies = sorted(t for t, _ in results)
    errors = sum(1 for _, status in results if status != 200) + sum(1 for s in written if s not in (200, 201))
    report = {
        "seconds": round(elapsed, 1),
        "clients": CLIENTS,
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
        "errors": errors,
        "articles_written": sum(1 for s in written if s == 201),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    Path(ARTIFACTS / "load.json").write_text(json.dumps(report, indent=2))
    print("\nload test:", json.dumps(report))
    assert errors == 0
    assert report["articles_written"] >= 1
    assert report["p95_ms"] / 1000 < P95_BOUND_S
