"""HTML goes through trafilatura and then the same cleaning."""

from __future__ import annotations

from newsledger.clean import clean

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Ceasefire holds in border town - Example News</title>
<meta property="og:title" content="Ceasefire holds in border town">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-04-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Ceasefire holds in border town</h1>
<p>KHARTOUM (Example News) - A ceasefire between the army and a rival militia held for a second day in the border
town on Wednesday, residents said, allowing some families to return to their homes for the first time in weeks.</p>
<figure><img src="a.jpg"><figcaption>Families return to the town on April 2, 2025. (AFP)</figcaption></figure>
<p>"It is quiet, for now," said one resident, who asked not to be named because he feared reprisals from both sides.</p>
<h2>Fragile truce</h2>
<p>Mediators said the truce remained fragile and that violations had been reported on its first night near the market.</p>
<p>Both sides have agreed to meet again next week to discuss the withdrawal of fighters from the centre of the town.</p>
</article><footer>Cookie policy | Subscribe</footer></body></html>"""


def test_html_title_source_and_date_come_from_metadata() -> None:
    article = clean(PAGE, "page.html")
    assert article.input_format == "html"
    assert article.title == "Ceasefire holds in border town"
    assert article.source == "Example News"
    assert article.published == "2025-04-02"


def test_html_figcaption_is_a_caption_in_place() -> None:
    article = clean(PAGE, "page.html")
    assert [(c.text, c.credit, c.position) for c in article.captions] == [
        ("Families return to the town on April 2, 2025.", "(AFP)", 1)
    ]


def test_html_headings_are_subheads_and_chrome_is_gone() -> None:
    article = clean(PAGE, "page.html")
    assert [s.text for s in article.subheads] == ["Fragile truce"]
    assert len(article.paragraphs) == 4
    assert "Cookie" not in article.text and "Home" not in article.text
    assert article.title not in article.text
