"""Where and when an event happened: the place and the date of an event, from the other extractors' records.

Method: the event's own clause (the trigger's subtree without the clauses hanging from it) is read first, its
sentence second.  A place must be said to be where ("in Jeddah", "the town of Bint Jbeil"), except that a
physical action's object may be its place ("shelled El Fasher") and a visit's destination is ("visited Kyiv").
"Across the province" stands for the last province named in the two paragraphs before it (not the dateline's).
A date describing a noun ("the 2015 deal") or dating another clause ("Saudi Arabia, which has fought the
Huthis since 2015, called for restraint") does not date the event.

Limits: one place and one date per event; an event with no date of its own takes its sentence's, which may be
the date of the report rather than of the act (a date hanging from the reporting verb itself, "told AFP on
Monday", is left out).  A sentence with no date that refers back to an incident ("were killed in the clashes")
takes the date (and, lacking one, the place) of the last dated event of its paragraph or the one before; any
other dateless event stays so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.speakers import speech_verbs
from newsledger.records import DateRef, Event, Place, Span

# "Rwanda-backed M23 rebels", "British-drafted", "Hamas-run", "Russian-occupied": who backs, made, runs or holds
# the thing, not the thing.  "Saudi-led" is kept: a coalition is coded by the state that leads it.
_BACKER = re.compile(r"^[-‐‑–]\s*(?!led\b)(?:\w+ed|run|made|held|built|owned|leaning)\b")


def backs(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by "-backed", "-run", "-occupied" ..."""
    return bool(_BACKER.match(text[end : end + 14]))


def root_at(doc: Any, start: int, end: int) -> Any | None:
    """The head token of the words at these character offsets (a mention, a date), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


PLACE_NOUNS = frozenset({"town", "city", "village", "camp", "district", "province", "region", "port", "capital"})


# Actions done somewhere to something: their target may be the place ("shelled Kharkiv" happened in Kharkiv).
PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT"})


# Prepositions that put something somewhere ("in Jeddah", "throughout the province"); figures uses them too.
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout", "on", "into"})


def _is_locative(
    doc: Any, start: int, end: int, struck: Callable[[Any], bool] | None = None, preps: frozenset[str] = WHERE_PREPS
) -> bool:
    """Whether a mention says where: "in Jeddah", "in Gaza City's Zeitoun neighbourhood", "in the town of Bint
    Jbeil"; not "urged the United States", "cut ties with Kigali" or "Ukraine's ombudsman".  `struck`: whether
    a verb's object may say where; it counts then ("shelled the city of El Fasher", not "blamed Kyiv"), and a
    possessor does not."""
    node = root_at(doc, start, end)
    if node is None:
        return False
    climb = (
        ("conj", "appos", "compound", "amod") if struck is not None else ("conj", "appos", "compound", "poss", "amod")
    )
    for _ in range(6):
        if node.dep_ in climb and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head  # "the town of Bint Jbeil", "a residential area of Sumy"
        else:
            break
    if struck is not None and node.dep_ in ("dobj", "nsubjpass"):
        return struck(node.head)
    return node.dep_ == "pobj" and node.head.lower_ in preps


_TRAVEL = frozenset({"visit", "travel", "fly", "arrive", "go", "come", "head", "return"})


_CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "csubj"})


def own_clause(verb: Any) -> list[tuple[int, int]]:
    """Character ranges of the verb's own clause: its subtree without the clauses hanging from it ("killed 34
    across the Gaza Strip, officials said, as mediators in Cairo struggled" is in the Gaza Strip)."""
    ranges: list[tuple[int, int]] = []

    def walk(tok: Any) -> None:
        if not tok.is_space:  # the blanked dateline is one space token hanging from the first word
            ranges.append((tok.idx, tok.idx + len(tok)))
        subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i
        for c in tok.children:
            if subject and c.dep_ == "appos":
                continue  # "Nicholas Haysom, head of the U.N. mission in South Sudan, urged": who, not where
            if _cause_phrase(c):
                continue  # "attacked Israel in retaliation for a strike in Damascus": the other event's place
            if tok.i == verb.i and verb.lemma_ in _CHARGING and c.dep_ == "prep" and c.lower_ in ("of", "for"):
                continue  # "accused Thailand of using jets to strike targets in Oddar Meanchey": the charge's place
            # "hit fuel depots and the airport in Port Sudan": a conjoined noun is part of the clause.
            if c.dep_ not in _CLAUSES or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
                walk(c)

    walk(verb)
    if verb.dep_ == "acl":  # the misparsed main clause: its subject noun and what modifies it
        walk(verb.head)
    elif verb.dep_ == "relcl" and verb.head.lemma_.lower() in gz.incident_nouns():
        walk(verb.head)  # "an attack on tourists in Pahalgam on April 22 that killed 26 men": the attack's words
    return ranges


_CAUSES = frozenset({"retaliation", "response", "revenge", "reprisal"})


_CHARGING = frozenset({"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "suspect"})


def _what_one_calls(tok: Any) -> bool:
    """ "what it says are acts of solidarity", "what it called terrorist infrastructure", "whom it described as
    the head of the rocket unit in southern Lebanon": a description."""
    if tok.dep_ == "relcl" and tok.lemma_ in _DESCRIBING:
        return any(w.lower_ in ("whom", "which", "who") for w in tok.children)
    return tok.dep_ in ("pcomp", "pobj") and any(w.lower_ == "what" for w in tok.children)


_DESCRIBING = frozenset({"describe", "call", "identify", "name", "term", "label", "brand"})


def _in_dated_aside(doc: Any, start: int, end: int, verb: Any) -> bool:
    """A mention inside a clause that says what happened on a date ("since the war began on October 7, 2023,
    when Hamas-led gunmen attacked Israel"): that day's place, not another event's."""
    node = root_at(doc, start, end)
    while node is not None and node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.ent_type_ == "DATE":
            return not _within(verb, node)
        node = node.head
    return False


def characterised(doc: Any, start: int, end: int) -> bool:
    """Whether a mention is inside someone's description of an event ("in what it says are acts of solidarity
    with Palestinians in Gaza"): it says nothing of where the event or a count is."""
    node = root_at(doc, start, end)
    return node is not None and any(_what_one_calls(a) for a in node.ancestors)


def _cause_phrase(tok: Any) -> bool:
    """ "in retaliation for ...", "in response to ...": what the event answers, another event with its own place;
    "after a round in Rome", "before a summit in Doha": a meeting it follows or precedes, held elsewhere."""
    if tok.dep_ != "prep":
        return False
    if tok.lower_ == "in" and any(_what_one_calls(g) for g in tok.children):
        return True  # "in what it says are acts of solidarity with Palestinians in Gaza": how it is described
    if tok.lower_ in _SEQUENCE | {"following"}:
        return any(g.dep_ == "pobj" and g.lemma_.lower() in _MEETINGS for g in tok.children)
    return tok.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CAUSES for g in tok.children)


_MEETINGS = frozenset({"round", "talk", "talks", "meeting", "summit", "visit", "session", "negotiation", "conference"})


def _ranked(word: Any) -> bool:
    """ "third", "deadliest", or a noun they rank ("the deadliest attacks", "the first strike")."""
    return bool(
        word.ent_type_ == "ORDINAL" or word.tag_ == "JJS"
        or any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in word.children)
    )  # fmt: skip


def ranks_over(tok: Any) -> bool:
    """Whether a period phrase is the span a ranking runs over: "the third on the city's grid since the start of
    the year", "one of the deadliest attacks since fighting flared in 2023" (not when the event, or what it
    counts, happened).  `tok` is the phrase's preposition, its object, or any word inside it."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "prep" and node.lower_ in ("since", "in", "for") and _ranked(node.head):
            return True
        if node.dep_ in ("acl", "relcl") and node.pos_ in ("VERB", "AUX") and _ranked(node.head):
            return True  # "one of the deadliest quakes to hit the country"
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("pcomp", "acl", "relcl"):
            return False  # a clause of its own: "killed 30 on Wednesday, the deadliest since" stops at "killed"
    return False


def _describes_noun(doc: Any, date: DateRef, verb: Any) -> bool:
    """ "the 2015 nuclear deal", "its June report": a date naming which thing, not when the event happened.  But
    the thing the event happened in is the event: "killed 51 people in an overnight attack"."""
    root = root_at(doc, date.start, date.end)
    if root is not None and ranks_over(root):
        return True
    if (
        root is None
        or root.dep_ not in ("compound", "amod", "nmod", "nummod")
        or root.head.pos_ not in ("NOUN", "PROPN")
    ):
        return False
    noun = root.head
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.i == verb.i)


def stands_apart(verb: Any) -> bool:
    """ "... by reports that M23 fighters had executed civilians last week, and called on both sides to ...": a
    simple past coordinated with a pluperfect does not share its "had", nor so its subject and date; the parser
    hung it from the wrong verb, and it goes with the clause above.  Only for verbs of saying ("vowed",
    "called on"), what the speaker above does: "said its forces had captured X and shot down 63 drones" is
    one report of two deeds, whatever tag "shot" gets."""
    head = verb.head
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and verb.lemma_ in speech_verbs()
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    )  # fmt: skip


def _within(tok: Any, top: Any) -> bool:
    return bool(top.left_edge.i <= tok.i <= top.right_edge.i)


def _in_other_clause(doc: Any, date: DateRef, verb: Any) -> bool:
    """ "Saudi Arabia, which has fought the Huthis since 2015, called for restraint": a date in a relative or
    adverbial clause dates that clause ("the worst fighting since the Taliban returned in 2021"), not another
    verb's event."""
    node = root_at(doc, date.start, date.end)
    if node is not None and stands_apart(verb) and _within(node, verb.head) and not _within(node, verb):
        return True  # the date of the pluperfect it was wrongly hung from
    if (
        node is not None and verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass")
        and not _within(node, verb.head)
    ):  # fmt: skip
        # "The deal, signed in Doha by both sides, follows an agreement ... last month": what the noun does in the
        # clause it is the subject of has its own time (not so for an object: "adopted on Friday a resolution
        # demanding a ceasefire" demands it from Friday)
        return True
    if node is not None and _own_subject_clause(verb) and _within(node, verb.head) and not _within(node, verb):
        # "launched an offensive in 2022, but the group has retaken the territory": a conjunct with a subject of
        # its own is another sentence, and the date of the first is not its date.
        return True
    if node is not None and _earlier_or_later(verb, node):
        return True
    while node is not None and node.head.i != node.i:
        inside = _within(verb, node)
        since = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
        if since and not inside and "/" not in (date.value or "") and not (node.head.i == verb.i and _perfect(verb)):
            # "the worst fighting since militants attacked on Oct. 7": where a period of another verb starts.
            # Of the verb's own period ("have been killed since the clashes began on January 16") it is the
            # start, which `when` makes an interval.
            return True
        if node.dep_ == "xcomp" and not inside and any(c.tag_ == "TO" for c in node.children):
            return True  # "welcomed the sanctions and urged the bloc to approve the loan by the end of the year"
        if _own_subject_clause(node) and not inside:
            return True  # the reverse: "... in 2022, but the group has retaken it this year" for "launched"
        # "killed 12 farmers working in their fields on Sunday": a present participle on the verb's own object
        # is going on when the event happens, and its date is the event's (the parser hangs it there).
        simultaneous = node.dep_ == "acl" and node.tag_ == "VBG" and node.head.head.i == verb.i
        if node.dep_ in ("relcl", "acl", "appos") and not inside and not simultaneous:
            return True
        if node.dep_ == "advcl" and not inside and node.head.i != verb.i:  # "has occupied ... since it invaded"
            return True
        if node.dep_ == "ccomp" and not inside and _within(verb, node.head) and node.pos_ in ("VERB", "AUX"):
            # "wrote that the delegations had agreed to meet after a round ... last week was postponed", the
            # postponement parsed as a second complement of "wrote": another reported clause, its own date
            return True
        node = node.head
    return False


_SEQUENCE = frozenset({"after", "before", "until", "till"})


def _earlier_or_later(verb: Any, node: Any) -> bool:
    """ "Gunfire shook Tripoli overnight after the leader of an armed group was killed": the verb is in a clause
    that puts it before or after the one the date belongs to, and another time is not its time."""
    clause = verb
    while clause.head.i != clause.i:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE), None)
        # A date written before "after" is outside its clause, whatever the parser hung it from.
        if clause.dep_ == "advcl" and mark is not None and (not _within(node, clause) or node.i < mark.i):
            return True
        clause = clause.head
    return False


def _perfect(verb: Any) -> bool:
    """ "has occupied", "have been killed", "had fought": a perfect, whose "since" is where its period starts
    ("Since the talks collapsed, the army shelled the town" may be a reason)."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for h in heads for c in h.children)


def _starts_period(doc: Any, date: DateRef, verb: Any) -> bool:
    """The date is where the verb's own period begins: "since 2015", "since the clashes began on January 16"."""
    node = root_at(doc, date.start, date.end)
    if node is None or not _perfect(verb):
        return False
    while node.head.i != node.i and node.i != verb.i:
        if node.head.i == verb.i:
            marked = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
            return marked or (node.dep_ == "prep" and node.lower_ == "since")
        node = node.head
    return False


def _describes_subject(verb: Any) -> bool:
    """A relative clause on the subject ("Zelenskiy, who will attend the summit, welcomed ..."): it says something
    of another time than its sentence's, and only a date of its own dates it."""
    return verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass")


def _own_subject_clause(tok: Any) -> bool:
    """A verb coordinated with another that has a subject of its own ("..., but the group has retaken")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _is_destination(doc: Any, start: int, end: int) -> bool:
    root = root_at(doc, start, end)
    return root is not None and (root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ in ("to", "in")))


def where(
    doc: Any, text: str, verb: Any, places: tuple[Place, ...], action: str, actor_id: str | None,
    own: list[tuple[int, int]],
    sentence: tuple[int, int],
    may_strike: Callable[[Any], bool],
) -> Place | None:  # fmt: skip
    """The event's place: the first named in its own clause, else in its sentence; a town before a country.

    A party is not a place: "Israel struck Gaza" is in Gaza, not Israel.  A physical action's target may be its
    place ("shelled El Fasher"), and one reported in a sentence that says where, or what was struck, happened
    there; any other action has a place only where its own clause says where ("met in Jeddah"): "urged the
    United States" and "cut ties with Kigali" happen nowhere in particular.  A visit happens where it goes
    ("visited Kyiv", "will travel to Berlin for talks")."""
    travel = verb.lemma_ in _TRAVEL
    # "strikes on Gaza" hit it, but "talks on Sudan", "met Zelenskiy on Ukraine's security" are about it.
    preps = WHERE_PREPS if action in PHYSICAL else WHERE_PREPS - {"on"}
    for spans, own_words in ((own, True), ([sentence], False)):
        if not own_words and action not in PHYSICAL:
            break  # "accused Kyiv of hiding weapons" is not where "its forces had hit ... in Kharkiv" happened
        struck = None if own_words else may_strike  # in the sentence, what an action hits says where
        found = []
        for p in places:
            if p.entity_id is not None and p.entity_id == actor_id:
                continue
            starts = [
                m.start for m in p.mentions if any(a <= m.start < b for a, b in spans)
                and not backs(text, m.end)  # "the Iran-backed Huthis" are not in Iran
                and not gz.names_a_document(text, m.end)  # "in violation of the Ottawa treaty"
                and not _modifier_only(doc, m.start, m.end, p.kind == "country")
                and (action in PHYSICAL or not _names_an_incident(doc, m.start, m.end))
                and not characterised(doc, m.start, m.end)
                and (own_words or not _in_dated_aside(doc, m.start, m.end, verb))
                and not _tied_to(doc, m.start, m.end)
                and (own_words or not _where_said(doc, m.start, m.end, verb))
                and ((own_words and action in PHYSICAL) or _is_locative(doc, m.start, m.end, struck, preps)
                     or (own_words and travel and _is_destination(doc, m.start, m.end)))
            ]  # fmt: skip
            if starts:
                found.append((p.kind == "country", min(starts), p))
        found += [(False, start, p) for start, p in _anaphors(doc, spans, places, actor_id)]
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2]
    return None


def _where_said(doc: Any, start: int, end: int, verb: Any) -> bool:
    """A place that says where the report was made, by another verb than the event's: "opened fire on residents
    ..., a U.N. spokesperson told reporters in Geneva", "his spokesman said in New York"."""
    root = root_at(doc, start, end)
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    host = root.head.head
    while host.pos_ == "NOUN" and host.dep_ in ("dobj", "pobj") and host.head.i != host.i:
        host = host.head  # "told reporters in Geneva": the parser may hang "in Geneva" on "reporters"
    return host.i != verb.i and host.lemma_ in speech_verbs()


# Participles that tie a thing to a place without putting it there: "ships linked to Israel", "a vessel bound for
# Eilat", "militias loyal to Tehran".
_TIES = frozenset({"link", "tie", "connect", "belong", "affiliate", "associate", "bind", "destine", "loyal", "own"})


def _tied_to(doc: Any, start: int, end: int) -> bool:
    """Whether a mention is what a participle ties a thing to ("would keep targeting ships linked to Israel"):
    the thing is not there."""
    root = root_at(doc, start, end)
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ not in ("to", "for", "with"):
        return False
    tie = root.head.head
    return tie.dep_ in ("acl", "amod") and tie.lemma_.lower() in _TIES


_SETTLEMENTS = frozenset({"town", "city", "village", "camp", "port", "capital"})


def _names_an_incident(doc: Any, start: int, end: int) -> bool:
    """ "denies any role in the Pahalgam attack": the place names which incident, where another action (a denial,
    a condemnation) did not happen."""
    root = root_at(doc, start, end)
    return root is not None and root.dep_ == "compound" and root.head.lemma_.lower() in gz.incident_nouns()


def _modifier_only(doc: Any, start: int, end: int, country: bool) -> bool:
    """A mention that only says which thing its noun is, not where the event is:
    - a country written before a noun says whose the thing is ("with the support of U.S. air strikes", "a U.S.
      warship");
    - "the Red Sea port of Hodeidah", "the Black Sea city of Odesa": the sea only says which port, and the place
      is the one named after "of".  With "the" and a settlement only: in "Bani Atban village of Arhab district"
      the village is Bani Atban, and in "the Spin Boldak district of Kandahar province" "of" names where the
      district lies."""
    root = root_at(doc, start, end)
    if root is None or root.dep_ not in ("compound", "nmod", "amod"):
        return False
    noun = root.head
    if country and root.dep_ == "compound" and noun.pos_ == "NOUN":
        return True
    if noun.lemma_.lower() not in _SETTLEMENTS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
               for c in noun.children)  # fmt: skip


# "fighting in the province", "shelling across the region": the noun stands for the last place of its kind named
# before it.
_ANAPHOR_KINDS = {
    "province": frozenset({"region"}), "region": frozenset({"region"}), "state": frozenset({"region"}),
    "oblast": frozenset({"region"}), "governorate": frozenset({"region"}),
    "city": frozenset({"city", "capital"}), "town": frozenset({"city", "town"}),
}  # fmt: skip
_ANAPHOR_REACH = 600  # characters: about two wire paragraphs


def _anaphors(
    doc: Any, spans: list[tuple[int, int]], places: tuple[Place, ...], actor_id: str | None
) -> list[tuple[int, Place]]:
    """(offset, place) for each "in the province" (a bare "the" + place noun after a where-preposition) in the
    spans whose antecedent is the nearest place of that kind named before it.  Only "the" and nothing else: "the
    eastern province" or "the province of Ontario" name or describe another place."""
    found = []
    nouns = [
        tok for a, b in spans if (span := doc.char_span(a, b, alignment_mode="expand")) is not None
        for tok in span if tok.lower_ in _ANAPHOR_KINDS
    ]  # fmt: skip
    parsed = doc.text if nouns else ""  # spaCy rebuilds doc.text on each access: read it once
    for tok in nouns:
        children = list(tok.children)
        if not (len(children) == 1 and children[0].lower_ == "the" and tok.dep_ == "pobj"):
            continue
        if tok.head.lower_ not in WHERE_PREPS:
            continue
        kinds = _ANAPHOR_KINDS[tok.lower_]
        # Near before it, and not the dateline (blanked in the parsed text): "KHARTOUM, Dec 1 - ... holding its
        # positions in the town" is about a town the gazetteer lacks, not the capital the story was filed from.
        before = [
            (m.start, p) for p in places if p.kind in kinds and p.entity_id != actor_id
            for m in p.mentions if tok.idx - _ANAPHOR_REACH <= m.start and m.end <= tok.idx
            and parsed[m.start : m.end] == m.text
        ]  # fmt: skip
        if before:
            found.append((tok.idx, max(before, key=lambda b: b[0])[1]))
    return found


def _dates_the_report(doc: Any, date: DateRef, verb: Any) -> bool:
    """ "Jihadists killed 50 soldiers in an attack, security sources told AFP on Monday": the day the sources
    spoke, not the day of the attack (the verb the date hangs from is another verb, one of speech)."""
    node = root_at(doc, date.start, date.end)
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node is not None and node.i != verb.i and node.pos_ == "VERB" and node.lemma_ in speech_verbs()


def when(
    doc: Any, verb: Any, dates: list[DateRef], own: list[tuple[int, int]], published: str | None = None
) -> str | None:
    """The value of the event's date: the first in its own clause, else the first in its sentence (`dates`),
    leaving out durations, dates that describe a noun, dates of other clauses and the date of the report.  A
    date that starts the event's period ("have been killed since January 16") gives the interval from it to
    the publication date (open, "..", when that is unknown), as "since the war began" does."""
    found = [
        d for d in dates
        if d.value and d.kind != "duration" and not _describes_noun(doc, d, verb) and not _in_other_clause(doc, d, verb)
        and not (_describes_subject(verb) and not any(a <= d.start < b for a, b in own))
        and not (verb.lemma_ not in speech_verbs() and _dates_the_report(doc, d, verb))
    ]  # fmt: skip
    if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in verb.children):
        # "since the war began on October 7, 2023, when Hamas-led gunmen attacked Israel": that day
        told = next((d for d in dates if d.value and d.start <= verb.head.idx < d.end), None)
        if told is not None:
            return told.value
    # The date written in the event's own clause first ("suspended cooperation in July after strikes in June"),
    # then in the clause it depends on ("the war began on October 7, killing ..."), then the rest.
    levels, node = [own], verb
    while len(levels) < 4 and node.dep_ in ("advcl", "conj", "xcomp") and node.head.pos_ == "VERB":
        node = node.head  # "began on October 7, killing about 1,200 and taking 251 hostages"
        levels.append(own_clause(node))

    def rank(d: DateRef) -> tuple[int, bool]:
        level = next((n for n, lv in enumerate(levels) if any(a <= d.start < b for a, b in lv)), 9)
        # Above its own clause, a period ("since the war began") is the other clause's span, not the event's day.
        return level, level > 0 and "/" in (d.value or "")

    found.sort(key=rank)
    if not found:
        return None
    first = found[0]
    if first.value and "/" not in first.value and _starts_period(doc, first, verb):
        return f"{first.value}/{published or '..'}"
    if first.value and (last := _range_end(doc.text, first, dates)) is not None:
        return f"{first.value}/{last}"  # "attacked more than 100 ships between November 2023 and December 2024"
    return first.value


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|until|-|–)\s*", re.IGNORECASE)


def _range_end(text: str, first: DateRef, dates: list[DateRef]) -> str | None:
    """The value of the other end when `first` opens a range ("between November 2023 and December 2024", "from
    Aug. 26 to Oct. 20"), which the date extractor gives as two expressions."""
    if not _RANGE_OPEN.search(text[max(0, first.start - 10) : first.start]):
        return None
    after = next((d for d in dates if d.start >= first.end), None)
    if after is None or not after.value or "/" in after.value:
        return None
    if not _RANGE_JOIN.fullmatch(text[first.end : after.start]):
        return None
    return after.value


_BACK = frozenset({"the", "this", "that", "these", "those"})


def _told_incident(tok: Any) -> bool:
    """ "the clashes", "that attack": an incident named as one already told (not "a new attack", nor "the 2015
    attack", which dates itself)."""
    return (
        tok.lemma_.lower() in gz.incident_nouns()
        and any(c.dep_ == "det" and c.lower_ in _BACK for c in tok.children)
        and not any(c.ent_type_ == "DATE" or c.like_num for c in tok.children)
    )


# The doers of an incident already told, as the next sentence names them: "The militants first detonated a car
# bomb at the gate" after "Al Shabaab militants stormed a base on Wednesday".
_TOLD_DOERS = frozenset({"militant", "attacker", "gunman", "gunmen", "assailant", "insurgent", "raider", "jihadist"})


def refers_back(verb: Any) -> bool:
    """Whether the event is an incident already told: it happened in it ("were killed in the clashes"), it is
    the doer ("the attack also destroyed a clinic") or its doers are ("the gunmen then set fire to ...").  An
    incident the event is only about ("urged him to halt the attacks", "claimed responsibility for the
    assault") does not say when the event was."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and _told_incident(c):
            return True
        if (
            c.dep_ == "nsubj"
            and c.lemma_.lower() in _TOLD_DOERS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "during")
            and any(g.dep_ == "pobj" and _told_incident(g) for g in c.children)
        ):
            return True
    return False


def carry_dates(events: Sequence[Event], back: Sequence[bool], paragraphs: Sequence[Span]) -> list[Event]:
    """Dates for events whose sentence has none but which are an incident already told (`back`, from
    `refers_back`): "Army troops withdrew from the town overnight after heavy fighting. At least 11 civilians
    were killed in the clashes, they said." The second takes the first's date (and its place, when it names
    none), when the two lie in one paragraph or neighbouring ones."""

    def paragraph(offset: int) -> int:
        return next((n for n, p in enumerate(paragraphs) if p.start <= offset < p.end), -1)

    out: list[Event] = []
    last: Event | None = None
    for event, told in zip(events, back, strict=True):
        if (
            told
            and event.date is None
            and not event.hypothetical
            and last is not None
            and 0 <= paragraph(event.start) - paragraph(last.start) <= 1
        ):
            event = dataclasses.replace(event, date=last.date)
            if event.place_id is None:  # the incident referred to happened where it was told to
                event = dataclasses.replace(event, place=last.place, place_id=last.place_id)
        out.append(event)
        if event.date is not None and not event.hypothetical:
            last = event
    return out
