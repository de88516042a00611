"""Plain text as scraped from a web page to blocks: one block per paragraph line, hard wraps joined."""

from __future__ import annotations

import re

from newsledger import settings
from newsledger.clean.assemble import Block, normalise
from newsledger.clean.lines import ends_sentence

_BLANK = re.compile(r"\n[ \t]*\n")


def text_blocks(text: str) -> list[Block]:
    """Split scraped text into blocks.

    Scraped pages come either with one paragraph per line, or hard-wrapped at ~70 columns with blank lines
    between paragraphs.  Inside a blank-line-separated chunk, a long line that stops mid-sentence, or a line
    followed by one starting in lower case, is a wrap and is joined to the next; every other line stays a
    block of its own (navigation lines and captions are short lines of their own).
    """
    blocks: list[Block] = []
    hard_wrapped = _is_hard_wrapped(text)
    for chunk in _BLANK.split(text):
        lines = [normalise(ln) for ln in chunk.split("\n")]
        lines = [ln for ln in lines if ln]
        current = ""
        for i, line in enumerate(lines):
            current = f"{current} {line}" if current else line
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            wrapped = nxt is not None and (
                (hard_wrapped and len(line) >= settings.HARD_WRAP_MIN_CHARS and not ends_sentence(line))
                or (nxt[:1].islower() and not ends_sentence(line))
            )
            if not wrapped:
                blocks.append(Block(current))
                current = ""
    return blocks


def _is_hard_wrapped(text: str) -> bool:
    """True when the text was wrapped at a fixed width: no long lines, and many lines near the width.

    Pages scraped one paragraph per line have body lines of hundreds of characters; a wrapped text has none
    over ~100 and many between 55 and 100, so the two cases do not overlap.
    """
    lengths = [len(ln.strip()) for ln in text.split("\n") if ln.strip()]
    if not lengths or max(lengths) > settings.HARD_WRAP_MAX_WIDTH:
        return False
    return sum(1 for n in lengths if n >= settings.HARD_WRAP_MIN_CHARS) >= 3
