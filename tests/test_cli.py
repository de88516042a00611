"""The real CLI, driven in-process: output contract, schema validity, errors and help."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.eval import EVALUATIONS

runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    code, out, _ = run("schema")
    assert code == 0
    loaded: dict[str, object] = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def test_every_example_validates_against_the_schema(examples: list[Path], schema: dict[str, object]) -> None:
    assert len(examples) >= 12
    for path in examples:
        code, out, err = run("extract", str(path), "--format", "json")
        assert code == 0, err
        data = json.loads(out)
        jsonschema.validate(data, schema)
        assert list(data) == ["article", "entities", "quotes", "figures", "places", "dates", "events", "failures"]
        text = data["article"]["text"]
        for entity in data["entities"]:
            for m in entity["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
        for para in data["article"]["paragraphs"]:
            assert text[para["start"] : para["end"]] == para["text"]


def test_json_is_the_default_when_piped(examples: list[Path]) -> None:
    code, out, _ = run("extract", str(examples[0]))
    assert code == 0
    assert json.loads(out)["article"]["id"]


def test_text_report(examples: list[Path]) -> None:
    code, out, _ = run("extract", str(examples[0]), "--format", "text")
    assert code == 0
    assert "Entities (" in out and "PERSON" in out


def test_stdin_and_published_override() -> None:
    text = (
        b"GENEVA (Reuters) - The U.N. human rights office said on Tuesday that at least 40 civilians had been killed "
        b"in the past week, and called on all sides to protect people fleeing the fighting."
    )
    code, out, _ = run("extract", "-", "--published", "2025-05-06", "--source", "Test Wire", stdin=text)
    assert code == 0
    article = json.loads(out)["article"]
    assert article["published"] == "2025-05-06"
    assert article["source"] == "Test Wire"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "input is empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (
            "Les Nations unies ont annoncé lundi que les livraisons d'aide à la région avaient repris après une pause de deux semaines et que des camions étaient en route vers les villes.".encode(),
            "not English",
        ),
        (b"caf\xe9 " * 40, "not valid utf-8"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_output(tmp_path: Path, content: bytes, problem: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run("extract", str(bad))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert str(bad) in err and problem in err


def test_a_json_article_is_read_by_its_fields_and_a_feed_is_sent_to_ingest(tmp_path: Path) -> None:
    row = {
        "text": "KYIV (Reuters) - A Russian missile struck a market in Kharkiv on Thursday, killing at least five "
        "people, the regional governor said.",
        "title": "Missile hits market",
        "published": "2025-03-14",
    }
    one = tmp_path / "one.json"
    one.write_text(json.dumps(row, indent=2))  # pretty-printed, as saved by hand or by a scraper
    code, out, _ = run("extract", str(one))
    article = json.loads(out)["article"]
    assert code == 0 and article["title"] == "Missile hits market" and article["published"] == "2025-03-14"
    assert not article["text"].startswith('"text"')
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([row, row]))
    code, out, err = run("extract", str(feed))
    assert code == 2 and out == "" and "holds 2 articles" in err and "[E110]" in err


def test_the_size_limit_holds_for_a_json_article_too(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"text": "The army said it shelled the town. " * 20}))
    code, out, err = run("extract", str(big), "--max-bytes", "200")
    assert code == 2 and out == "" and "over the limit of 200" in err and "[E104]" in err


def test_size_limit_is_configurable(examples: list[Path]) -> None:
    code, out, err = run("extract", str(examples[0]), "--max-bytes", "100")
    assert code == 2 and out == "" and "over the limit of 100" in err


def test_missing_file() -> None:
    code, _out, err = run("extract", "no/such/file.txt")
    assert code == 2 and "no/such/file.txt" in err


def test_help_reads_like_a_manual() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("extract", "schema", "demo", "eval", "ingest", "serve", "export", "query"):
        assert command in out
    code, out, _ = run("extract", "--help")
    assert code == 0
    assert "--published" in out and "exit status 2" in " ".join(out.split())


def test_demo_runs_through_the_store_and_records_failures(tmp_path: Path, examples: list[Path]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(examples[0].read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "demo.db")
    code, out, _ = run("demo", str(tmp_path / "in"), "--db", db)
    assert code == 0
    assert "1 newly stored, 0 already stored, 1 failed" in out
    assert f"newsledger serve --db {db}" in out  # it ends by telling how to open the dashboard
    assert "FAILED" in out and "empty.txt" in out and "claim:" in out
    code, out, _ = run("demo", str(tmp_path / "in"), "--db", db)
    assert "0 newly stored, 1 already stored, 1 failed" in out
    code, out, _ = run("stats", "--db", db, "--json")
    assert json.loads(out)["articles"] == 1 and json.loads(out)["failures"] == 1


def test_ingest_in_a_pipe_prints_one_summary_and_no_progress(tmp_path: Path, examples: list[Path]) -> None:
    (tmp_path / "in").mkdir()
    for p in examples[:2]:
        (tmp_path / "in" / p.name).write_bytes(p.read_bytes())
    (tmp_path / "in" / "bad.html").write_bytes(b"\x00\x01binary")
    code, out, err = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "x.db"))
    assert code == 0 and err == ""
    assert out.strip().splitlines() == [f"3 inputs: 2 stored, 0 already stored, 1 failed (sqlite:///{tmp_path}/x.db)"]
    code, out, _ = run("failures", "--db", str(tmp_path / "x.db"))
    assert "bad.html" in out and "E102" in out
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_bytes(b"")
    code, _, _ = run("ingest", str(only_bad), "--db", str(tmp_path / "y.db"))
    assert code == 2  # nothing usable at all: non-zero, as for a single bad input


def test_eval_skips_cleanly_without_benchmarks(tmp_path: Path) -> None:
    code, out, _ = run("eval", "all", "--benchmarks", str(tmp_path), "--no-update")
    assert code == 0
    assert out.count("skipped") == len(EVALUATIONS)
