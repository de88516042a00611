"""Bytes to text, refusing what is not a readable English document.

Each check raises :class:`newsledger.errors.InputError` with a one-line message naming the input and the problem.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from newsledger import errors, settings

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def check_size(size: int, source: str, max_bytes: int | None = None) -> None:
    """Refuse an input over the size limit (`max_bytes`, else ``settings.MAX_INPUT_BYTES``) before any work."""
    limit = settings.MAX_INPUT_BYTES if max_bytes is None else max_bytes
    if size > limit:
        raise errors.InputError(
            errors.TOO_LARGE,
            source,
            f"input is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes or NEWSLEDGER_MAX_BYTES)",
        )


def decode(data: bytes, source: str, encoding: str | None = None, max_bytes: int | None = None) -> str:
    """Decode `data` strictly: UTF-8 (or the BOM's UTF-16/32, or `encoding` when given).

    A legacy single-byte encoding such as cp1252 decodes *any* bytes, so guessing it would turn a binary or a
    mis-encoded file into garbage text silently; the caller names such an encoding explicitly instead.
    """
    check_size(len(data), source, max_bytes)
    if not data.strip():
        raise errors.InputError(errors.EMPTY, source, "input is empty")
    chosen = encoding
    if chosen is None:
        chosen = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    if b"\x00" in data and not chosen.startswith(("utf-16", "utf-32")):
        raise errors.InputError(errors.BINARY, source, "input is binary (it contains NUL bytes), not text or HTML")
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise errors.InputError(
            errors.UNDECODABLE,
            source,
            f"input is not valid {chosen} (byte {exc.start}: {data[exc.start : exc.start + 4]!r}); "
            "pass --encoding if it is in a legacy encoding",
        ) from None
    except LookupError:
        raise errors.InputError(errors.UNDECODABLE, source, f"unknown encoding {chosen!r}") from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > settings.MAX_CONTROL_CHAR_RATIO * len(text):
        raise errors.InputError(errors.BINARY, source, "input is binary (control characters), not text or HTML")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    raw = resources.files("newsledger.clean").joinpath("data/english_stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in raw.split() if w.strip() and not w.startswith("#"))


def check_english(text: str, source: str) -> None:
    """Refuse text that is not English, by script and by the share of English function words.

    Method: the proportion of word tokens that are among the ~150 most frequent English function words
    (a classic stopword-ratio language identifier).  Limits: under
    ``settings.MIN_WORDS_FOR_LANGUAGE_CHECK`` words the text is let through unchecked, and English text that is
    mostly names and numbers (a results table) may be refused.
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        raise errors.InputError(errors.EMPTY, source, "input has no words")
    non_latin = sum(1 for ch in letters if ord(ch) > 0x024F)
    if non_latin / len(letters) > settings.MAX_NON_LATIN_LETTER_RATIO:
        script = unicodedata.name(next(ch for ch in letters if ord(ch) > 0x024F), "UNKNOWN").split()[0]
        raise errors.InputError(errors.NOT_ENGLISH, source, f"input is not English (mostly {script.title()} script)")
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if len(words) < settings.MIN_WORDS_FOR_LANGUAGE_CHECK:
        return
    ratio = sum(1 for w in words if w in _stopwords()) / len(words)
    if ratio < settings.MIN_ENGLISH_STOPWORD_RATIO:
        raise errors.InputError(
            errors.NOT_ENGLISH,
            source,
            f"input is not English (only {ratio:.0%} of its words are common English words)",
        )
