"""The dashboard in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Clicks article -> entity -> figure series, checks the map, chart and highlights are on screen, and saves a
screenshot of each page to test-artifacts/screenshots/ (look at them: they are the acceptance evidence).
Locally the test skips when Chromium is missing; in CI (CI=true) it fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import ARTIFACTS

CHROMIUM = "/usr/bin/chromium"
SHOTS = ARTIFACTS / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {CHROMIUM} is missing (Debian package chromium)")
        pytest.skip(f"no {CHROMIUM}: install the Debian package chromium to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    yield pg
    context.close()
    assert outside == [], f"the page asked for something outside the app: {outside}"


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_article_to_entity_to_figure_series(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/articles?text=Lammy")  # the first Kharkiv story
    page.click("main li a")
    page.wait_for_selector("#article-text mark.hl-figure")
    assert page.locator("#article-text mark").count() > 20
    page.locator("#article-text mark.hl-figure", has_text="12 people").first.click()
    assert "killed" in page.inner_text("#details") and "at_least" in page.inner_text("#details")
    page.locator("#article-text mark.hl-entity", has_text="Syniehubov").first.click()
    page.wait_for_selector("#details a")
    shot(page, "article")
    page.click("#details a")  # "All about Oleh Syniehubov"
    page.wait_for_selector("h1")
    assert "Oleh Syniehubov" in page.inner_text("h1")
    assert page.locator("li.quote-direct, li.quote-partial, li.quote-indirect").count() > 0
    shot(page, "entity")
    page.locator("a.series-link", has_text="series").first.click()  # a figure he is the source of
    page.wait_for_selector("svg.chart circle.point")
    assert "what=killed" in page.url and "Kharkiv" in page.inner_text("h1")
    assert page.locator("svg.chart polyline.series").count() >= 1  # a line, not a lone point
    box = page.locator("svg.chart").bounding_box()
    assert box["width"] > 600 and box["height"] > 200  # drawn at a readable size
    shot(page, "figures")


def test_map_timeline_and_filters(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/events")
    page.wait_for_selector("svg.map path.land")
    assert page.locator("svg.map path.land").count() > 150
    dots = page.locator("svg.map circle.dot").count()
    assert dots > 0 and page.locator("svg.timeline circle.dot").count() > 0
    shot(page, "events")
    page.select_option("select[name=action]", "ASSAULT")
    page.click("form.filters button")
    page.wait_for_selector("svg.map")
    assert "action=ASSAULT" in page.url
    assert 0 < page.locator("svg.map circle.dot").count() <= dots


def test_overview_and_other_pages(page: Any, live_server: str) -> None:
    for path, name in (
        ("/", "overview"),
        ("/quotes?speaker=Lammy", "quotes"),
        ("/contradictions", "contradictions"),
        ("/entities", "entities"),
    ):
        page.goto(f"{live_server}{path}")
        page.wait_for_selector("main h1")
        shot(page, name)
    page.goto(f"{live_server}/")
    page.fill("header input[name=q]", "Lammy")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("main h1")
    assert "Lammy" in page.inner_text("main")
