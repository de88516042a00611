"""What the words around a name in a noun phrase say of it: where the people or things are ("20 soldiers in Nasir
county"), where they came from ("students from a Catholic school"), what they were doing ("civilians trapped in El
Fasher"), whose a building is ("Peru's Congress"), or that the name is part of a site's ("the Saudi Maternity
Hospital").  Character ranges and tests over spaCy tokens, used by :class:`.parties.Parties` to tell a name that
stands for a phrase from one that only places or describes it.
"""

from __future__ import annotations

from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.setting import PLACE_NOUNS
from newsledger.records import Entity

# Prepositions that say where a thing is: "20 soldiers in Nasir county".
WITHIN = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout"})


def from_phrases(tok: Any) -> list[tuple[int, int]]:
    """Character ranges of the "from" phrases hanging from `tok`: "a fisherman from the town of Taganga"."""
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "from"
    ]


def owns(doc: Any, row: tuple[int, int, Entity]) -> bool:
    """Whether a mention is the possessor of another noun: "Peru" of "police outside Peru's Congress" says whose
    the building is, not where the police are from."""
    span = doc.char_span(row[0], row[1], alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return False
    owned = span.root.head  # ("20 soldiers in Ukraine's Donetsk region": a place of the country is the country's)
    return owned.lemma_.lower() not in PLACE_NOUNS and owned.ent_type_ not in ("GPE", "LOC")


def names_a_gang(doc: Any, row: tuple[int, int, Entity]) -> bool:
    """Whether a place names a criminal or armed group it is part of the name of: "a leader of a Sinaloa cartel
    faction" is no one in Sinaloa's name, and not the state."""
    span = doc.char_span(row[0], row[1], alignment_mode="expand")
    if span is None or span.root.dep_ != "compound":
        return False
    # ("a Jalisco cartel cell", both words compounds of "cell": the word right after names the gang too)
    after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
    return span.root.head.lemma_.lower() in _GANGS or after in _GANGS


_GANGS = frozenset({"cartel", "gang", "clan", "syndicate", "mafia"})


def names_a_site(doc: Any, row: tuple[int, int, Entity]) -> bool:
    """Whether a mention is part of a site's name: "Saudi" of "the Saudi Maternity Hospital" says no country."""
    span = doc.char_span(row[0], row[1], alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ == "compound"
        and span.root.head.pos_ == "PROPN"
        and (
            span.root.head.i > span.end  # (a word between: "Maternity"; not "the Saudi Arabia" read in two)
        )
    )


def behind_prepositions(tok: Any, only: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Character ranges of the phrases hanging from `tok` by a preposition other than "of" (by one of `only`,
    when given): a name there is where or what, not who ("another strike on a school in Gaza City" is not Gaza
    City's strike)."""
    # "Fighters from the Group for the Support of Islam and Muslims": people *from* a group are its members.
    member = tok.lower_ in gz.person_nouns() or tok.lemma_.lower() in gz.person_nouns()
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "of" and not (member and c.lower_ == "from")
        and (only is None or (c.dep_ == "prep" and c.lower_ in only))
    ]  # fmt: skip


# Participles that say whose people are ("fighters loyal to", "soldiers belonging to"), not what they do.
_WHOSE = frozenset({"belong", "loyal", "affiliate", "link", "ally", "associate", "align", "back", "support"})


def doing_phrases(tok: Any, of: Any | None, people: bool) -> list[tuple[int, int]]:
    """Character ranges of the participles that say what a target was doing or where ("hundreds of people digging
    trenches around the town of Barsalogho", "European companies still operating in Russia"; of people, "civilians
    trapped in El Fasher" too): the names there are not the target.  One that says whose it is stays ("fighters
    loyal to Haftar", "depots used by the PKK")."""
    heads = [tok] + ([of] if of is not None and of.lower_ in gz.person_nouns() else [])
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for h in heads
        for c in h.children
        if c.dep_ == "acl" and c.lemma_.lower() not in _WHOSE
        and (c.tag_ == "VBG" or (people and c.tag_ == "VBN" and not any(g.dep_ == "agent" for g in c.children)))
    ]  # fmt: skip


def of_object(tok: Any) -> Any | None:
    """The object of the "of" phrase on `tok` ("dozens of civilians", "a chunk of territory"), else None."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def named_by_of(tok: Any) -> Any | None:
    """The name in "the town of X", "the port city of X"."""
    return of_object(tok) if tok.lemma_.lower() in PLACE_NOUNS else None
