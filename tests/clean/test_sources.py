"""Inputs to documents: JSONL lines and WARC archives (written here with warcio's own writer)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger import errors
from newsledger.clean import clean
from newsledger.clean.sources import Document, count_inputs, documents
from newsledger.records import Failure

EXAMPLES = Path(__file__).parents[2] / "examples"


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    """A gzipped WARC with a request and a response record per (url, body, content type)."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, content_type in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    html = sorted(EXAMPLES.glob("*.html"))[:2]
    pages = [(f"https://news.example/{p.stem}", p.read_bytes(), "text/html; charset=utf-8") for p in html]
    pages.insert(1, ("https://news.example/logo.png", b"\x89PNG\r\n", "image/png"))
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages)
    items = [item for item, _ in documents([str(tmp_path)])]
    assert all(isinstance(i, Document) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == [pages[0][0], pages[2][0]]
    assert docs[0].data == html[0].read_bytes()
    assert count_inputs([str(path)]) is None  # unknown without reading the archive twice


def test_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    page = sorted(EXAMPLES.glob("*.html"))[0].read_bytes()
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [("https://a.example/1", page, "text/html"), ("https://a.example/2", page * 3, "text/html")])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    items = [item for item, _ in documents([str(cut)])]
    assert isinstance(items[0], Document) and items[0].url == "https://a.example/1"
    assert isinstance(items[-1], Failure) and items[-1].code == "E109" and "cut.warc.gz" in str(items[-1].input)


def test_not_a_warc_is_one_failure(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a WARC file\n"))
    items = [item for item, _ in documents([str(bad)])]
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code == "E108"


def test_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "One.", "source": "Wire", "published": "2025-01-02"}\n\n[1, 2]\n{"title": "x"}\n')
    items = [item for item, _ in documents([str(feed)])]
    assert isinstance(items[0], Document) and items[0].source == "Wire" and items[0].name.endswith(":1")
    assert [type(i) for i in items[1:]] == [Failure, Failure]
    assert count_inputs([str(feed)]) == 3


def test_a_json_file_is_one_article_or_an_array_of_them(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text('{\n  "text": "One.",\n  "title": "T",\n  "published": "2025-01-02"\n}\n')
    many = tmp_path / "many.json"
    many.write_text('[{"html": "<p>Two.</p>"}, {"title": "no body"}, 3]')
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "cut')
    items = {i.name if isinstance(i, Document) else i.input: i for i, _ in documents([str(tmp_path)])}
    assert isinstance(items[str(one)], Document) and items[str(one)].published == "2025-01-02"
    assert isinstance(items[f"{many}[0]"], Document)
    assert [items[f"{many}[{n}]"].code for n in (1, 2)] == ["E110", "E110"]  # type: ignore[union-attr]
    assert isinstance(items[str(broken)], Failure) and "not a JSON article" in items[str(broken)].message
    assert count_inputs([str(tmp_path)]) == 5


def test_a_feed_article_over_the_size_limit_is_refused_like_a_file() -> None:
    with pytest.raises(errors.InputError) as refused:
        clean("The army said it shelled the town. " * 20, "feed.jsonl:3", max_bytes=200)
    assert refused.value.code == "E104" and "feed.jsonl:3" in str(refused.value)
