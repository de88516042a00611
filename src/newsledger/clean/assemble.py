"""Blocks (lines of a scraped page, or elements from HTML) to an :class:`~newsledger.records.Article`.

The page is read in two parts.  Before the body starts (the first real paragraph or a wire dateline) come the
title, byline, date line and navigation; after it come paragraphs with captions, subheads, credits and
boilerplate mixed in.  Each block is classified by :mod:`newsledger.clean.lines`; only paragraphs enter the
cleaned text, so the offsets of every later record point at body text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from newsledger.clean import lines as L
from newsledger.clean.dates import parse_date_line
from newsledger.records import Article, Caption, Dateline, Span, Subhead

PARAGRAPH_SEPARATOR = "\n\n"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class Block:
    """One line or element of the page, with a hint when the markup already says what it is."""

    text: str
    hint: str | None = None  # "title" | "heading" | "caption" | "byline" | "item"
    credit: str | None = None


@dataclass
class Meta:
    """What the caller or the page's metadata already knows."""

    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    captions: list[Caption] = field(default_factory=list)  # found in markup (figcaption)


def normalise(line: str) -> str:
    """NFC, one space between words, no zero-width characters: the form every offset refers to."""
    line = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", line))
    return _SPACES.sub(" ", line).strip()


@dataclass
class _Acc:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    subheads: list[Subhead] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    last: str | None = None  # kind of the last block placed: "paragraph" | "caption" | "subhead"

    def caption(self, text: str, credit: str | None, kind: str | None = None) -> None:
        self.captions.append(Caption(text, credit, kind or L.infer_caption_kind(text), len(self.paragraphs)))
        self.last = "caption"

    def subhead(self, text: str) -> None:
        self.subheads.append(Subhead(text, len(self.paragraphs)))
        self.last = "subhead"

    def paragraph(self, text: str) -> None:
        self.paragraphs.append(text)
        self.last = "paragraph"


def _is_body_start(block: Block, from_html: bool, title: str | None) -> bool:
    if block.hint in ("title", "heading", "caption", "byline") or L.is_boilerplate(block.text):
        return False
    if L.caption_credit(block.text):
        return False
    if from_html:
        # Trafilatura has already removed the page chrome: the body starts at the first block that is not
        # the title, a byline or a date line.
        return block.text != title and not L.is_byline(block.text) and not L.is_date_line(block.text)
    if L.match_dateline(block.text):
        return True
    return L.words(block.text) >= 8 and L.ends_sentence(block.text)


def _read_front(front: list[Block], meta: Meta, acc: _Acc) -> tuple[str | None, str | None, str | None]:
    """Title, byline and published date from the lines before the body; the rest is chrome."""
    title, byline, published = meta.title, meta.byline, meta.published
    for block in front:
        text = block.text
        if block.hint == "caption" or L.caption_credit(text) or L.caption_kind(text):
            pair = L.caption_credit(text)
            acc.caption(*(pair if pair else (text, block.credit)))
        elif L.is_boilerplate(text):
            acc.boilerplate.append(text)
        elif L.is_byline(text) or block.hint == "byline":
            byline = byline or re.sub(r"^(?:By|BY|Written by|Words by)\s+", "", text)
            acc.boilerplate.append(text)
        elif L.is_date_line(text):
            published = published or parse_date_line(text)
            acc.boilerplate.append(text)
        elif title is None and (block.hint == "title" or L.is_headline_like(text)):
            title = text
        elif title is not None and text == title:
            continue
        elif L.words(text) >= 8 and L.ends_sentence(text):
            acc.paragraph(text)  # a standfirst: the editor's summary sentence is article text
        else:
            acc.boilerplate.append(text)
    return title, byline, published


def _read_body(body: list[Block], title: str | None, acc: _Acc, from_html: bool) -> None:
    for i, block in enumerate(body):
        text = block.text
        nxt = body[i + 1].text if i + 1 < len(body) else None
        credit = L.credit_line(text)
        if title is not None and text == title:
            continue
        if block.hint == "item":
            acc.paragraph(text)  # a list item is body text, punctuated or not
        elif block.hint == "caption":
            pair = L.caption_credit(text)
            acc.caption(*(pair if pair else (text, block.credit)))
        elif block.hint == "heading":
            acc.subhead(text)
        elif credit is not None:
            _attach_credit(acc, text, credit)
        elif L.is_boilerplate(text):
            acc.boilerplate.append(text)
        elif (kind := L.caption_kind(text)) is not None:
            acc.caption(text, None, kind)
        elif (pair := L.caption_credit(text)) is not None:
            acc.caption(pair[0], pair[1])
        elif L.is_byline(text):
            acc.boilerplate.append(text)
        elif (head := L.marked_subhead(text)) is not None:
            acc.subhead(head)
        elif not L.ends_sentence(text):
            followed_by_credit = nxt is not None and L.credit_line(nxt) is not None
            kind = L.unpunctuated_kind(text)
            if followed_by_credit:
                acc.caption(text, None)
            elif from_html and kind == "caption":
                acc.paragraph(text)  # figures were taken out with the markup; a long line here is text
            elif kind == "caption":
                acc.caption(text, None)
            else:
                acc.subhead(text)
        else:
            acc.paragraph(text)
    # Headings after the last paragraph head nothing: they are "Related topics"-style chrome.
    while acc.subheads and acc.subheads[-1].position == len(acc.paragraphs):
        acc.boilerplate.append(acc.subheads.pop().text)


def _attach_credit(acc: _Acc, text: str, credit: str) -> None:
    """A credit line closes the caption above it; a short unpunctuated 'paragraph' above it was a caption."""
    if acc.last == "caption" and acc.captions and acc.captions[-1].credit is None:
        prev = acc.captions.pop()
        acc.captions.append(Caption(prev.text, credit, prev.kind, prev.position))
    elif acc.last == "subhead" and acc.subheads:
        prev_head = acc.subheads.pop()
        acc.caption(prev_head.text, credit)
    else:
        acc.boilerplate.append(text)
    acc.last = "caption"


def _dateline(text: str) -> Dateline | None:
    m = L.match_dateline(text)
    if not m:
        return None
    place = m.group("place")
    region = (m.group("region") or "").strip(", ")
    agency = m.groupdict().get("agency")
    if agency and not L._AGENCY_OK.match(agency):
        agency = None
    full_place = f"{place}, {region}" if region else place
    stamp = m.group(0).rstrip()
    return Dateline(0, len(stamp), stamp, full_place or None, m.group("date"), agency)


def content_id(title: str | None, text: str) -> str:
    """The article id: a hash of what the article says, so the same story scraped twice gets one id."""
    return hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()[:20]


def assemble(blocks: list[Block], meta: Meta, input_format: str) -> Article:
    """Classify the blocks and build the article."""
    clean = [Block(normalise(b.text), b.hint, b.credit) for b in blocks]
    clean = [b for b in clean if b.text]
    from_html = input_format == "html"
    start = next((i for i, b in enumerate(clean) if _is_body_start(b, from_html, meta.title)), len(clean))
    acc = _Acc()
    title, byline, published = _read_front(clean[:start], meta, acc)
    _read_body(clean[start:], title, acc, from_html)
    acc.captions.extend(meta.captions)
    acc.captions.sort(key=lambda c: c.position)

    text = PARAGRAPH_SEPARATOR.join(acc.paragraphs)
    spans: list[Span] = []
    offset = 0
    for para in acc.paragraphs:
        spans.append(Span(offset, offset + len(para), para))
        offset += len(para) + len(PARAGRAPH_SEPARATOR)
    dateline = _dateline(text) if text else None
    source = meta.source or (dateline.agency if dateline else None)
    if published is None and dateline is not None and dateline.date:
        published = parse_date_line(dateline.date)  # "Port Sudan, 14 March 2025 -": only a date with its year
    return Article(
        id=content_id(title, text),
        title=title,
        published=published,
        source=source,
        url=meta.url,
        byline=byline,
        dateline=dateline,
        text=text,
        paragraphs=tuple(spans),
        captions=tuple(acc.captions),
        subheads=tuple(acc.subheads),
        boilerplate=tuple(acc.boilerplate),
        input_format=input_format,
    )
