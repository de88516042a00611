"""A source's home: named by the caller, learned from its stored articles, and used as a prior for places."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.corpus.homes import Evidence, evidence, home_of, learn_home, learned_home
from newsledger.extract import geo
from newsledger.ingest import ingest
from newsledger.records import Home
from newsledger.service import home_learner
from newsledger.store import Store

PARIS_MAN = "A Paris man was arrested on Tuesday after a chase that ended near the courthouse, police said.\n\nThe man, 34, was taken to the county jail. Paris police said more charges were likely."
# Three stories of a local paper: two name its state, the third only its town.
LEDGER = [
    "The Kentucky Transportation Cabinet will close a stretch of U.S. 25 near Berea for repairs next week, officials said on Monday. Drivers heading to Lexington should plan for delays. The work is part of a $4 million project across central Kentucky.",
    "Students at Berea College in Kentucky raised $12,000 for flood relief this month, the college said on Tuesday. The money will go to families in Breathitt County, where the water rose above the porches of dozens of homes.",
    PARIS_MAN,
]


def test_a_named_home_is_a_state_a_town_or_a_country() -> None:
    assert home_of("Richmond, Kentucky") == Home("US", "KY", "Richmond, Kentucky")
    assert home_of("Paris, TX") == Home("US", "TX", "Paris, TX")
    assert home_of("Kentucky") == Home("US", "KY", "Kentucky")
    assert home_of("Ireland") == Home("IE", None, "Ireland")
    assert home_of("Paris, Nowhere") is None  # a qualifier that names no country or state is not ignored
    assert home_of("Xyzzyville") is None


def test_the_home_state_decides_an_unqualified_town() -> None:
    plain = geo.Context()
    assert geo.resolve("Paris", plain).country == "FR"  # type: ignore[union-attr]
    texas = geo.resolve("Paris", geo.Context(home=Home("US", "TX", "Texas")))
    assert texas is not None and texas.admin1 == "TX"
    # What the article says still wins: a qualifier, or a country the story names.
    qualified = geo.resolve("Paris", geo.Context(home=Home("US", "TX", "Texas")), "France")
    assert qualified is not None and qualified.country == "FR"
    # A home country alone does not outweigh a capital: "Paris" in a US national paper is still France's.
    assert geo.resolve("Paris", geo.Context(home=Home("US", None, "US"))).country == "FR"  # type: ignore[union-attr]


def test_evidence_reads_names_not_their_readings() -> None:
    e = evidence(["Kentucky", "Berea", "Dublin", "Breathitt County"])
    assert ("US", "KY") in e.divisions
    assert "US" in e.countries  # Kentucky has all its readings in the US
    assert "IE" not in e.countries  # Dublin is in Ireland and in Ohio: it votes for neither
    assert evidence(["Georgia"]).divisions == frozenset()  # a country and a state settles neither


def test_a_home_needs_two_articles_and_a_share_of_them() -> None:
    ky = Evidence(frozenset({"US"}), frozenset({("US", "KY")}))
    us = Evidence(frozenset({"US"}), frozenset())
    assert learn_home([ky, us, us]) == Home("US", None, "US")  # one article is no consensus on the state
    assert learn_home([ky, ky, us]) == Home("US", "KY", "KY, US")
    assert learn_home([ky, ky] + [Evidence(frozenset(), frozenset())] * 6) is None  # named in 2 of 8: too few
    assert learn_home([]) is None


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.jsonl"
    rows = [{"source": "Valley Ledger", "published": f"2025-03-1{i}", "text": t} for i, t in enumerate(LEDGER)]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    return path


def _paris(store: Store) -> list[tuple[str | None, float | None]]:
    from newsledger.store import read

    return [(p["country"], p["lat"]) for p in read.places(store) if p["name"] == "Paris"]


def test_ingest_learns_the_home_from_the_stored_articles_of_the_source(
    feed: Path, make_store: Callable[[], Store]
) -> None:
    store = make_store()
    report = ingest([str(feed)], store, homes=home_learner(store))  # one batch would hold all three: it is split
    assert report.stored == 3
    assert learned_home(store, "Valley Ledger") == (Home("US", "KY", "KY, US"), False)
    assert learned_home(store, "Another Paper") == (None, True)  # nothing stored: still learning
    assert _paris(store) == [("US", pytest.approx(38.21, abs=0.01))]  # Paris, Kentucky


def test_without_a_home_the_same_town_is_the_capital(feed: Path, tmp_path: Path) -> None:
    store = Store(str(tmp_path / "plain.db"))
    ingest([str(feed)], store)
    assert [c for c, _ in _paris(store)] == ["FR"]


def test_cli_home_option(tmp_path: Path) -> None:
    story = tmp_path / "paris.txt"
    story.write_text(PARIS_MAN, "utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", str(story), "--home", "Paris, Texas", "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["article"]["home"] == {"country": "US", "admin1": "TX", "name": "Paris, Texas"}
    assert [(p["country"], round(p["lat"])) for p in data["places"] if p["name"] == "Paris"] == [("US", 34)]
    bad = runner.invoke(cli, ["extract", str(story), "--home", "Xyzzyville"])
    assert bad.exit_code == 2 and "E111" in bad.stderr and "Xyzzyville" in bad.stderr and not bad.stdout
    both = runner.invoke(
        cli, ["ingest", str(story), "--home", "Texas", "--learn-homes", "--db", str(tmp_path / "x.db")]
    )
    assert both.exit_code == 2 and "exclude each other" in both.output
