"""ACLED-style event sub-types (the CASE 2021 Task 2 labels) from cue phrases in a sentence.

Method: an ordered cue lexicon (``data/event_subtypes.tsv``), most specific means first (chemical, suicide,
air strike, artillery, explosive) and generic acts last (attack, clash), then non-violent and non-political
types.  The first line with a cue in the text, and whose actions admit the event's PLOVER action (any line
for a text with no coded event, as a CASE snippet), gives the sub-type.  It refines an event: "Russian
missiles struck Kharkiv" is ASSAULT and ART_MISS_ATTACK.

Limits: a cue word, not a parse: "a rally against the air strikes" is AIR_STRIKE; one sub-type per
sentence, so a sentence reporting two acts gets the earlier line's.  Tuned on even-numbered CASE 2021 test
snippets; the odd ones are reported (``newsledger eval case2021``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract import gazetteer as gz


@dataclass(frozen=True, slots=True)
class _Line:
    subtype: str
    actions: frozenset[str]  # empty = any
    pattern: re.Pattern[str]


def _cue(phrase: str) -> str:
    phrase = phrase.strip()
    if phrase.startswith("re:"):  # as written: lower-casing would turn \W into \w (matching is case-blind anyway)
        return f"(?:{phrase[3:]})"
    phrase = phrase.lower()
    if phrase.endswith("*"):
        return re.escape(phrase[:-1]) + r"[\w-]*"
    return re.escape(phrase) + r"\b"


def _split(cues: str) -> list[str]:
    """Cues are |-separated; a | inside a regex's parentheses belongs to the regex."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(cues):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cues[start:i])
            start = i + 1
    out.append(cues[start:])
    return [c for c in out if c.strip()]


@lru_cache(maxsize=1)
def lexicon() -> tuple[_Line, ...]:
    out = []
    for line in gz.data_lines("event_subtypes.tsv"):
        subtype, actions, cues = line.split("\t")
        allowed = frozenset() if actions.strip() == "*" else frozenset(actions.split("|"))
        alternatives = "|".join(_cue(c) for c in _split(cues))
        out.append(_Line(subtype.strip(), allowed, re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)))
    return tuple(out)


def subtype(text: str, action: str | None = None) -> str | None:
    """The sub-type of the event reported in `text` (a sentence or snippet), or None when no cue is there.

    With `action` (the event's PLOVER type) only the sub-types that can refine it are considered: a REQUEST
    is never an AIR_STRIKE because the sentence mentions one."""
    for line in lexicon():
        if action is not None and line.actions and action not in line.actions:
            continue
        if line.pattern.search(text):
            return line.subtype
    return None
