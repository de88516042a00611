"""HTML pages to blocks: trafilatura finds the main content, lxml puts the figure captions back in place.

Trafilatura (Barbaresi 2021) is the best open main-text extractor on the Zyte article benchmark; it drops
``<figcaption>`` elements, which analysts still want (captions name places and people), so captions are read from
the page separately and slotted between the paragraphs they stood between.

Limits: tables are left out of the text (a casualty table becomes lines without sentences); pages that render
their text with JavaScript have no article in their HTML.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import trafilatura

from newsledger.clean.assemble import Block, Meta, normalise
from newsledger.clean.dates import parse_iso_date

_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text[:4096]))


def _document_order(html: str) -> list[tuple[str, str]]:
    """(tag, normalised text) of every block element in page order; captions are found here."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    order: list[tuple[str, str]] = []
    for el in root.iter(*_BLOCK_TAGS):
        text = normalise("".join(str(t) for t in el.itertext()))
        if text:
            order.append((el.tag, text))
    return order


def _place_captions(blocks: list[Block], order: list[tuple[str, str]]) -> list[Block]:
    """Insert figcaptions among trafilatura's blocks by their position in the page."""
    captions = [(i, text) for i, (tag, text) in enumerate(order) if tag == "figcaption"]
    if not captions:
        return blocks
    caption_texts = {text for _, text in captions}
    index_of: dict[str, int] = {}
    for i, (tag, text) in enumerate(order):
        if tag != "figcaption":
            index_of.setdefault(text, i)
    placed: list[tuple[float, Block]] = []
    last = -1.0
    for block in blocks:
        if block.text in caption_texts:
            continue  # trafilatura kept a caption as text; the figcaption copy below replaces it
        pos = index_of.get(block.text)
        last = float(pos) if pos is not None and pos > last else last + 0.001
        placed.append((last, block))
    placed.extend((float(i), Block(text, hint="caption")) for i, text in captions)
    placed.sort(key=lambda pair: pair[0])
    return [block for _, block in placed]


def html_blocks(html: str) -> tuple[list[Block], Meta] | None:
    """Blocks and metadata of the page's main content; None when trafilatura finds no article."""
    xml = trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if not xml:
        return None
    root = lxml.etree.fromstring(xml.encode("utf-8"))
    meta = Meta(
        title=normalise(root.get("title") or "") or None,
        published=parse_iso_date(root.get("date") or ""),
        source=root.get("sitename") or None,
        url=root.get("url") or None,
        byline=root.get("author") or None,
    )
    blocks: list[Block] = []
    main = root.find("main")
    for el in main.iter() if main is not None else ():
        if el.tag not in ("p", "head", "item", "quote"):
            continue
        if el.tag == "quote" and el.find("p") is not None:
            continue  # its paragraphs come on their own
        text = "".join(str(t) for t in el.itertext())
        for raw_line in text.split("\n"):
            line = normalise(raw_line)
            if not line:
                continue
            if el.tag == "head":
                hint = "title" if el.get("rend") == "h1" and meta.title is None else "heading"
                blocks.append(Block(line, hint=hint))
            else:
                blocks.append(Block(line, hint="item" if el.tag == "item" else None))
    if meta.title is None:
        first_title = next((b.text for b in blocks if b.hint == "title"), None)
        meta.title = normalise(first_title) if first_title else None
    return _place_captions(blocks, _document_order(html)), meta
