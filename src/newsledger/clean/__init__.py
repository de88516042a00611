"""Cleaning: a raw document (bytes of plain text or HTML) to an :class:`~newsledger.records.Article`.

The one entry point is :func:`clean`.  It refuses input that is not a readable English news document with an
:class:`~newsledger.errors.InputError` whose message names the input and the problem.
"""

from __future__ import annotations

from newsledger import errors
from newsledger.clean.assemble import Meta, assemble
from newsledger.clean.dates import parse_iso_date
from newsledger.clean.decode import check_english, check_size, decode
from newsledger.clean.html import html_blocks, looks_like_html
from newsledger.clean.text import text_blocks
from newsledger.records import Article

__all__ = ["clean"]


def clean(
    data: bytes | str,
    name: str,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
    require_english: bool = True,
) -> Article:
    """Turn one raw document into a cleaned article.

    `name` is how the input is named in messages (a path, ``<stdin>``, a JSONL line number).  `published`,
    `source`, `url` and `title` are what the caller knows already; they win over what the page says.
    `input_format` is "text" or "html"; by default it is detected from the content.  `max_bytes` overrides
    ``settings.MAX_INPUT_BYTES``.  `require_english` False skips the language check (to clean pages in
    other languages; the extractors downstream still assume English).
    """
    if isinstance(data, bytes):
        text = decode(data, name, encoding, max_bytes)
    else:  # a JSON field or an API body: the same limit, on its UTF-8 size
        check_size(len(data.encode("utf-8")), name, max_bytes)
        text = data
    if not text.strip():
        raise errors.InputError(errors.EMPTY, name, "input is empty")
    if published is not None and parse_iso_date(published) is None:
        raise errors.InputError(errors.BAD_DATE, name, f"published date {published!r} is not YYYY-MM-DD")
    fmt = input_format or ("html" if looks_like_html(text) else "text")
    if fmt == "html":
        found = html_blocks(text)
        if found is None:
            raise errors.InputError(errors.NO_ARTICLE, name, "no article text found in the HTML")
        blocks, meta = found
    else:
        blocks, meta = text_blocks(text), Meta()
    meta.published = parse_iso_date(published) if published else meta.published
    meta.source = source or meta.source
    meta.url = url or meta.url
    meta.title = title or meta.title
    article = assemble(blocks, meta, fmt)
    if not article.text:
        if require_english:  # say "not English" rather than "no article" when that is the real problem
            check_english(" ".join(b.text for b in blocks), name)
        raise errors.InputError(errors.NO_ARTICLE, name, "no article paragraphs found after cleaning")
    if require_english:
        check_english(article.text, name)
    return article
