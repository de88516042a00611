"""The two sides of fighting a verb says went on or broke out: "fighting between M23 and pro-government militias
continued", "clashes erupted on Sunday between Bedouin tribes and Druze militias".

Limits: only fighting named as the subject of a verb of going on or beginning (or "with clashes between ...");
the sides are the first two conjoined nouns after "between", however the small model hangs them.
"""

from __future__ import annotations

from typing import Any

# Verbs that say fighting went on or began, with the fighting as their subject: "fighting between M23 and
# pro-government militias continued on Friday", "clashes between the army and the RSF erupted".
GOES_ON = frozenset({"continue", "erupt", "rage", "intensify", "escalate", "resume", "flare", "break", "spread"})
_FIGHTS = frozenset({"fighting", "clash", "clashes", "battle", "hostilities", "skirmish", "combat", "violence"})


def fighting_between(verb: Any) -> tuple[Any, Any] | None:
    """The two sides of fighting that `verb` says went on or broke out: ("M23", "militias") in "fighting between
    M23 and pro-government militias continued"; None unless the subject is fighting "between" two named sides."""
    if verb.lemma_ not in GOES_ON | {"begin", "start"}:
        return None
    fight = next((c for c in verb.children if c.dep_ == "nsubj" and _fights(c)), None)
    if fight is None or not any(c.dep_ == "prep" and c.lower_ == "between" for c in fight.children):
        # "Fighting in Sweida began on Sunday with clashes between Druze militias and Sunni Bedouin tribes"
        fight = next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _FIGHTS),
            None,
        )  # fmt: skip
    between = next((c for c in fight.children if c.dep_ == "prep" and c.lower_ == "between"), None) if fight else None
    if between is None and any(c.dep_ == "nsubj" and _fights(c) for c in verb.children):
        # "fighting erupted on Sunday between Bedouin tribes and Druze militias": "between" hung on the verb
        between = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
    second = next((g for g in first.children if g.dep_ == "conj"), None) if first is not None else None
    if first is not None and second is None:
        # "between the army and M23 rebels", parsed as "[the army and M23] rebels": the two joined modifiers
        paired = next((g for g in first.children if g.dep_ in ("nmod", "compound", "amod")
                       and any(c.dep_ == "conj" for c in g.children)), None)  # fmt: skip
        if paired is not None:
            first, second = paired, next(c for c in paired.children if c.dep_ == "conj")
        else:
            # "between armed groups loyal to the Government of National Unity and the Radaa force": the model
            # joins the second side to the last noun of the first side's phrase
            second = next(
                (g for g in reversed(list(first.subtree)) if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")), None
            )
    return (first, second) if first is not None and second is not None else None


def _fights(tok: Any) -> bool:
    """ "fighting", "clashes": the small model tags a subject "Fighting" as a verb, lemma "fight"."""
    return tok.lemma_.lower() in _FIGHTS or tok.lower_ in _FIGHTS
