"""Coded error constants.  A code is stable and greppable; the message says what went wrong with which input.

Codes starting with ``E1`` concern the input itself (exit status 2 on the CLI); ``E2`` a stage that failed on one
article, recorded as a Failure while the rest of the article or batch goes on.
"""

from __future__ import annotations

EMPTY = "E101"  # the input has no bytes, or no text after cleaning
BINARY = "E102"  # NUL bytes or control characters: not a text or HTML document
UNDECODABLE = "E103"  # not valid in the expected encoding
TOO_LARGE = "E104"  # over the configured size limit
NOT_ENGLISH = "E105"  # the text is not in English
NO_ARTICLE = "E106"  # HTML or text with no article body we could find
BAD_DATE = "E107"  # a --published value that is not a date
UNREADABLE = "E108"  # the file cannot be opened, or is not the archive its name says
TRUNCATED = "E109"  # an archive or record that ends before the length it declares
NOT_A_RECORD = "E110"  # a JSON or JSONL input that is not an article object with a text or html field
UNKNOWN_HOME = "E111"  # a --home value (where the source reports from) that the gazetteer does not know

STAGE_FAILED = "E201"  # an extractor raised on this article; its records are missing, the rest is kept


class InputError(Exception):
    """The input cannot be turned into an article.  `str()` is a one-line message naming input and problem."""

    def __init__(self, code: str, source: str, problem: str) -> None:
        self.code = code
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem} [{code}]")
