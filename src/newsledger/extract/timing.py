"""When an event happened: the date of an event, from the date extractor's records (:func:`when`), and the
date an event that refers back to an incident already told takes from it (:func:`carry_dates`).

Method: the first date written in the event's own clause, then in the clause it depends on, then in its
sentence.  A date describing a noun ("the 2015 deal"), dating another clause ("Saudi Arabia, which has fought
the Huthis since 2015, called for restraint") or dating the report ("told AFP on Monday") does not date the
event; a date that starts the event's period ("have been killed since January 16") gives an interval.

Limits: one date per event; an event with no date of its own takes its sentence's.  A sentence with no date
that refers back to an incident ("were killed in the clashes") takes the date (and, lacking one, the place) of
the last dated event of its paragraph or the one before; any other dateless event stays so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from newsledger import nlp, settings
from newsledger.extract import gazetteer as gz
from newsledger.extract.anchors import DAY
from newsledger.extract.misparse import (
    finite_conjunct,
    gapped_passive,
    noun_participle,
    shared_modifiers,
    since_taken_by,
)
from newsledger.extract.roles import is_weapon
from newsledger.extract.setting import SEQUENCE, own_clause, ranks_over, root_at, stands_apart, within
from newsledger.extract.speakers import CHARGING, speech_verbs
from newsledger.extract.triggers import code
from newsledger.records import DateRef, Event, Span


def _describes_noun(doc: Any, date: DateRef, verb: Any) -> bool:
    """ "the 2015 nuclear deal", "its June report": a date naming which thing, not when the event happened.  But
    the thing the event happened in is the event: "killed 51 people in an overnight attack"."""
    root = root_at(doc, date.start, date.end)
    if root is not None and ranks_over(root):
        return True
    if (
        root is None
        or root.dep_ not in ("compound", "amod", "nmod", "nummod", "poss")  # "last month's deadly attack"
        or root.head.pos_ not in ("NOUN", "PROPN")
    ):
        return False
    noun = root.head
    if noun.dep_ == "nsubj" and noun.head.i == verb.i and noun.lemma_.lower() in gz.incident_nouns():
        return False  # "Monday's strikes on Hodeidah destroyed radar sites": the strikes are the event
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.i == verb.i)


def _in_other_clause(doc: Any, date: DateRef, verb: Any, published: str | None = None) -> bool:
    """ "Saudi Arabia, which has fought the Huthis since 2015, called for restraint": a date in a relative or
    adverbial clause dates that clause ("the worst fighting since the Taliban returned in 2021"), not another
    verb's event."""
    node = root_at(doc, date.start, date.end)
    if node is not None and any(within(node, m) for m in shared_modifiers(verb)):
        return False  # "were killed and 20 injured in an attack overnight": hung on the gapped participle
    if node is not None and stands_apart(verb) and within(node, verb.head) and not within(node, verb):
        return True  # the date of the pluperfect it was wrongly hung from
    if node is not None and finite_conjunct(verb) is not None and within(node, verb.head) and not within(node, verb):
        return True  # "has kept troops there since the ceasefire took effect on Nov. 27, and has demanded ..."
    if node is not None and (taken := since_taken_by(verb)) is not None and taken.i < node.i < verb.i:
        return True  # "troops deployed in the province since 2021 repelled the attackers": the deployment's
    if (
        node is not None and verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass")
        and not within(node, verb.head)
    ):  # fmt: skip
        # "The deal, signed in Doha by both sides, follows an agreement ... last month": what the noun does in the
        # clause it is the subject of has its own time (not so for an object: "adopted on Friday a resolution
        # demanding a ceasefire" demands it from Friday)
        return True
    if node is not None and _own_subject_clause(verb) and within(node, verb.head) and not within(node, verb):
        # "launched an offensive in 2022, but the group has retaken the territory": a conjunct with a subject of
        # its own is another sentence, and the date of the first is not its date.
        return True
    if node is not None and _earlier_or_later(verb, node):
        return True
    if node is not None and _told_as_later(verb, node):
        return True
    while node is not None and node.head.i != node.i:
        inside = within(verb, node)
        since = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
        if since and not inside and "/" not in (date.value or "") and not (node.head.i == verb.i and _perfect(verb)):
            # "the worst fighting since militants attacked on Oct. 7": where a period of another verb starts.
            # Of the verb's own period ("have been killed since the clashes began on January 16") it is the
            # start, which `when` makes an interval.
            return True
        if node.dep_ == "xcomp" and not inside and any(c.tag_ == "TO" for c in node.children):
            return True  # "welcomed the sanctions and urged the bloc to approve the loan by the end of the year"
        if not inside and noun_participle(node) is not None:
            return True  # "urged all parties to return to the truce agreed in May": the truce's date
        charged = node.dep_ == "prep" and node.lower_ in ("of", "for") and node.head.lemma_ in CHARGING
        if not inside and charged and (node.head.i == verb.i or node.head.dep_ != "acl"):
            # "has been accused by Israel of firing rockets in March", "denied the attack and accused the army of
            # shelling Dilling on the same day": the charged act's date, not the accusation's nor the denial's
            # (but "struck a vessel suspected of carrying narcotics ... on Tuesday", a description the model
            # hangs the strike's day on, dates the strike)
            return True
        if _own_subject_clause(node) and not inside:
            return True  # the reverse: "... in 2022, but the group has retaken it this year" for "launched"
        # "killed 12 farmers working in their fields on Sunday": a present participle on the verb's own object
        # is going on when the event happens, and its date is the event's (the parser hangs it there).
        simultaneous = node.dep_ == "acl" and node.tag_ == "VBG" and node.head.head.i == verb.i
        # "struck a vessel suspected of carrying narcotics off Venezuela on Tuesday": a participle on the verb's
        # object that says what the thing is, with no act of its own (not "a man suspected of killing ..."), the
        # parser hangs the verb's date from
        # ("was killed at a military base controlled by a rival faction ... on Monday evening": the verb's
        # prepositional object too)
        # ("ambushed a convoy of fuel tankers escorted by the army ... on Monday": on the object's "of" noun too)
        owner = node.head
        while owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:
            owner = owner.head
        if owner.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            owner = owner.head
        # ("were wounded when Israeli forces opened fire near an aid site run by the foundation ... early on
        # Sunday": in a "when" clause on the verb, the clause says when)
        described = (
            node.dep_ == "acl" and node.tag_ == "VBN" and (owner.i == verb.i or _when_clause_of(owner, verb))
            and not any(code(t) for t in node.subtree if t.pos_ == "VERB")
            # (not a participle on the subject: "The junta, led by Traore since a coup in September 2022, has
            # expelled French troops")
            and node.head.dep_ not in ("nsubj", "nsubjpass")
        )  # fmt: skip
        # "signed the first phase of a plan to end the war in Gaza on Thursday", the date hung from the aim: an aim
        # is still to come, so a day already past is the signing's
        aim = node.dep_ == "acl" and node.tag_ == "VB" and any(c.tag_ == "TO" for c in node.children)
        simultaneous = simultaneous or described or (aim and _not_after(date.value, published))
        if node.dep_ in ("relcl", "acl", "appos") and not inside and not simultaneous:
            return True
        # ("31 were killed and 170 wounded when troops opened fire on Sunday": both, then)
        if node.dep_ == "advcl" and not inside and node.head.i != verb.i and not _when_clause_of(node, verb):
            return True  # "has occupied ... since it invaded"
        if node.dep_ == "ccomp" and not inside and within(verb, node.head) and node.pos_ in ("VERB", "AUX"):
            # "wrote that the delegations had agreed to meet after a round ... last week was postponed", the
            # postponement parsed as a second complement of "wrote": another reported clause, its own date
            return True
        if (
            node.dep_ == "ccomp" and not inside and node.pos_ in ("VERB", "AUX") and node.head.i != verb.i
            and node.head.lemma_ in speech_verbs()
        ):  # fmt: skip
            # "has accused foreign services of orchestrating the protests, and has said elections will be held
            # before the end of next year": what another verb of saying reports has its own time
            return True
        node = node.head
    return False


def _not_after(value: str | None, published: str | None) -> bool:
    """Whether a calendar value (day, month or year) is on or before the publication day."""
    if not value or not published or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value):
        return False
    return value <= published[: len(value)]


def _earlier_or_later(verb: Any, node: Any) -> bool:
    """ "Gunfire shook Tripoli overnight after the leader of an armed group was killed": the verb is in a clause
    that puts it before or after the one the date belongs to, and another time is not its time."""
    clause = verb
    while clause.head.i != clause.i:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in SEQUENCE), None)
        # A date written before "after" is outside its clause, whatever the parser hung it from.
        if clause.dep_ == "advcl" and mark is not None and (not within(node, clause) or node.i < mark.i):
            return True
        clause = clause.head
    return False


# Adverbs that put a conjunct after the clause it is joined to: "deployed troops in July 2021, and has since
# helped retake the port".
_LATER = frozenset({"since", "later", "then", "subsequently", "afterwards", "afterward", "thereafter"})


def _told_as_later(verb: Any, node: Any) -> bool:
    """The verb, or the conjunct it is part of, says it came after ("has since helped retake"), and the date is
    outside that conjunct: the earlier clause's date."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        if clause.dep_ == "conj":
            # a bare "since" (the small model may call it a mark), not "since 2021"
            later = any(
                c.dep_ in ("advmod", "mark", "prep") and c.lower_ in _LATER and not any(c.children)
                for c in clause.children
            )
            return later and not within(node, clause)
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


def _when_clause_of(clause: Any, verb: Any) -> bool:
    """A "when" clause on the verb, or on the participle sharing its passive ("were killed and 170 wounded when
    troops opened fire"): it says when the verb's event happened."""
    host = clause.head
    return (
        clause.dep_ == "advcl"
        and (host.i == verb.i or (host.dep_ == "conj" and host.head.i == verb.i))
        and any(c.lower_ == "when" for c in clause.children)
    )


def _own_subject_clause(tok: Any) -> bool:
    """A verb coordinated with another that has a subject of its own ("..., but the group has retaken")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        # (not "were killed and 170 wounded": a participle sharing the passive, its count parsed as a subject)
        and gapped_passive(tok) is None
    )


def _dates_the_report(doc: Any, date: DateRef, verb: Any) -> bool:
    """ "Jihadists killed 50 soldiers in an attack, security sources told AFP on Monday": the day the sources
    spoke, not the day of the attack (the verb the date hangs from is another verb, one of speech)."""
    node = root_at(doc, date.start, date.end)
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node is not None and node.i != verb.i and node.pos_ == "VERB" and node.lemma_ in speech_verbs()


# Clauses whose day is another time than the clause hung on them: "since they bombed it in June".
_EARLIER_OR_LATER = frozenset({"since", "after", "before", "until", "till"})


def when(
    doc: Any, verb: Any, dates: list[DateRef], own: list[tuple[int, int]], published: str | None = None
) -> str | None:
    """The value of the event's date: the first in its own clause, else the first in its sentence (`dates`),
    leaving out durations, dates that describe a noun, dates of other clauses and the date of the report.  A
    date that starts the event's period ("have been killed since January 16") gives the interval from it to
    the publication date (open, "..", when that is unknown), as "since the war began" does."""
    found = [
        d for d in dates
        if d.value and d.kind != "duration" and not _describes_noun(doc, d, verb)
        and not _in_other_clause(doc, d, verb, published)
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
        if any(c.dep_ == "mark" and c.lower_ in _EARLIER_OR_LATER for c in node.head.children):
            break  # "since Israel bombed the sites in June, as Britain threatened ...": that clause's day is its own
        node = node.head  # "began on October 7, killing about 1,200 and taking 251 hostages"
        levels.append(own_clause(node))

    def rank(d: DateRef) -> tuple[int, bool]:
        level = next((n for n, lv in enumerate(levels) if any(a <= d.start < b for a, b in lv)), 9)
        # Above its own clause, a period ("since the war began") is the other clause's span, not the event's day.
        return level, level > 0 and "/" in (d.value or "")

    found.sort(key=rank)
    if not (found and rank(found[0])[0] == 0) and (shifted := _days_apart(doc, verb, dates, published)) is not None:
        return shifted  # "resigned on Tuesday, a day after police shot dead 19 people": Monday
    relative = verb
    while relative.dep_ in ("xcomp", "advcl", "conj") and relative.head.pos_ in ("VERB", "AUX"):
        relative = relative.head  # "Burundi, which has deployed troops ... to support Kinshasa, closed ...": up to
    if relative.dep_ == "relcl":
        # "hold a general election in December, which its opponents have dismissed": the relative clause's own
        # date or none (the words of an incident noun it describes are its own: setting.own_clause)
        lo, hi = relative.left_edge.idx, relative.right_edge.idx + len(relative.right_edge)
        found = [d for d in found if rank(d)[0] == 0 or lo <= d.start < hi]
    if not found:
        return None
    first = found[0]
    if first.value and "/" not in first.value and _starts_period(doc, first, verb):
        return f"{first.value}/{published or '..'}"
    if first.value and (last := _range_end(nlp.text_of(doc), first, dates)) is not None:
        return f"{first.value}/{last}"  # "attacked more than 100 ships between November 2023 and December 2024"
    return first.value


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_UNIT_DAYS = {"day": 1, "week": 7}


def _days_apart(doc: Any, verb: Any, dates: list[DateRef], published: str | None) -> str | None:
    """The day of a clause put a number of days or weeks after or before its main clause's dated day ("resigned
    on Tuesday, a day after police shot dead 19 people", "two days before the vote"); None otherwise."""
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS), None)
    if mark is None or span is None:
        return None
    count = next((c for c in span.children if c.dep_ in ("det", "nummod")), None)
    n = _COUNTS.get(count.lower_) if count is not None else None
    if n is None and count is not None and count.text.isdigit():
        n = int(count.text)
    if n is None:
        return None
    main = when(doc, verb.head, dates, own_clause(verb.head), published)
    if main is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", main):
        return None
    shift = dt.timedelta(days=n * _UNIT_DAYS[span.lemma_.lower()])
    day = dt.date.fromisoformat(main) - shift if mark.lower_ == "after" else dt.date.fromisoformat(main) + shift
    return day.isoformat()


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
        and tok.lemma_.lower() not in _WHOLE_WARS  # "The war, which began in April 2023, has killed": all of it
        and any(c.dep_ == "det" and c.lower_ in _BACK for c in tok.children)
        and not any(c.ent_type_ == "DATE" or c.like_num for c in tok.children)
    )


# A whole war, which "the" names as the story's war, not as the last incident told.
_WHOLE_WARS = frozenset({"war", "conflict", "insurgency", "crisis", "uprising", "revolution"})

# The doers of an incident already told, as the next sentence names them: "The militants first detonated a car
# bomb at the gate" after "Al Shabaab militants stormed a base on Wednesday".
_TOLD_DOERS = frozenset({"militant", "attacker", "gunman", "gunmen", "assailant", "insurgent", "raider", "jihadist"})


def _told_weapon(tok: Any) -> bool:
    """ "The drone struck a shelter" after "A drone attack by the RSF ... killed 17": the weapon told already."""
    return (
        is_weapon(tok) and tok.lemma_.lower() not in _WHOLE_WARS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )  # fmt: skip


def _told_doers(tok: Any) -> bool:
    return tok.lemma_.lower() in _TOLD_DOERS and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)


def _told_subject(tok: Any) -> bool:
    """A subject that is an incident, a weapon or doers told already: "The attack", "The drone", "The gunmen"."""
    return _told_incident(tok) or _told_weapon(tok) or _told_doers(tok)


def refers_back(verb: Any) -> bool:
    """Whether the event is an incident already told: it happened in it ("were killed in the clashes"), it is
    the doer ("the attack also destroyed a clinic") or its doers are ("the gunmen then set fire to ...").  An
    incident the event is only about ("urged him to halt the attacks", "claimed responsibility for the
    assault") does not say when the event was."""
    return _told_incident_noun(verb) is not None or any(c.dep_ == "nsubj" and _told_subject(c) for c in verb.children)


def _told_incident_noun(verb: Any) -> Any | None:
    """The incident already told that the verb's subject names or that it happened in ("the attack destroyed",
    "were killed in the clashes"), or None."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and _told_incident(c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            told = next((g for g in c.children if g.dep_ == "pobj" and _told_incident(g)), None)
            if told is not None:
                return told
    return None


# Incidents with one side doing them: who did one did what was done in it ("were killed in those strikes").
_ONE_SIDED = frozenset(
    {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "assault", "ambush", "shooting"}
)


def kind(verb: Any) -> str:
    """What sort of incident an event is, to match a telling with an earlier one: the incident noun it tells
    again ("wounded in the strike": strike), else its verb's lemma ("struck": strike)."""
    return str((_told_incident_noun(verb) or verb).lemma_.lower())


def told_as_doer(verb: Any) -> bool:
    """Whether the incident already told is the verb's subject ("The attack damaged apartment blocks") or the
    one-sided attack a passive was done in ("330 people have been killed in those strikes"), so that whoever did
    it does this too; not an incident of two sides that others were hurt in ("were killed in the fighting")."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return any(c.dep_ == "nsubj" and _told_subject(c) for c in verb.children) or (passive and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ONE_SIDED and _told_incident(g)
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
    ))  # fmt: skip


def _paragraph_of(paragraphs: Sequence[Span]) -> Callable[[int], int]:
    """The index of the paragraph that holds a character offset (-1 for none), for these paragraphs."""

    def paragraph(offset: int) -> int:
        return next((n for n, p in enumerate(paragraphs) if p.start <= offset < p.end), -1)

    return paragraph


def carry_dates(
    events: Sequence[Event],
    back: Sequence[bool],
    paragraphs: Sequence[Span],
    doers: Sequence[bool] | None = None,
    kinds: Sequence[str] | None = None,
) -> list[Event]:
    """Dates for events whose sentence has none but which are an incident already told (`back`, from
    `refers_back`): "Army troops withdrew from the town overnight after heavy fighting. At least 11 civilians
    were killed in the clashes, they said." The second takes the first's date (and its place, when it names
    none, and its actor, when it names none and does the same), when the two lie in one paragraph or neighbouring
    ones.  `kinds`: per event, the lemma of its trigger or of the incident it tells again (:func:`kind`)."""

    paragraph = _paragraph_of(paragraphs)

    out: list[Event] = []
    last: Event | None = None
    for n, (event, told) in enumerate(zip(events, back, strict=True)):
        doer = doers is not None and doers[n]
        if told and doer and event.date is not None and not event.hypothetical:
            # "A drone attack by the RSF ... killed 17, aid workers said Friday. The drone struck a shelter on
            # Thursday evening": the incident told again dates the telling that gave no day, and takes its doer
            k = next((k for k in range(len(out) - 1, -1, -1) if out[k].action == event.action), None)
            if (
                k is not None
                and (first := out[k]).date is None
                and not first.hypothetical
                and first.start != event.start
                and 0 <= paragraph(event.start) - paragraph(first.start) <= 1
            ):
                out[k] = dataclasses.replace(first, date=event.date)
                if event.actor is None and first.actor is not None:
                    event = dataclasses.replace(event, actor=first.actor, actor_id=first.actor_id)
        # The incident told again is the last one dated before it, unless an earlier one is more surely it: the
        # same actor's ("Israel launched strikes on Iran on June 13 ... The United States struck three sites on
        # June 22 ... more than 1,060 people were killed in the Israeli attacks") or one of the same kind ("Israel
        # struck the defence ministry on Wednesday ... fighting erupted on Sunday between Bedouin tribes and Druze
        # militias ... Three people were wounded in the strike on the ministry building").
        source = last
        near = told and last is not None and 0 <= paragraph(event.start) - paragraph(last.start) <= 1
        if told:
            dated = [
                k for k in range(len(out) - 1, -1, -1)
                if out[k].date is not None and "/" not in (out[k].date or "") and not out[k].hypothetical
                and 0 <= paragraph(event.start) - paragraph(out[k].start) <= settings.TOLD_AGAIN_SAME_KIND_PARAGRAPHS
            ]  # fmt: skip
            own = next((k for k in dated if event.actor is not None and out[k].actor == event.actor), None)
            alike = next((k for k in dated if kinds is not None and kinds[k] == kinds[n]), None)
            pick = own if own is not None else alike
            if pick is not None and out[pick].action == event.action:
                source, near = out[pick], True
        if (
            near
            and event.date is None
            and not event.hypothetical
            and source is not None
            and source.start != event.start  # the sentence's own dates were weighed and are another clause's
        ):
            event = dataclasses.replace(event, date=source.date)
            if event.place_id is None:  # the incident referred to happened where it was told to
                event = dataclasses.replace(event, place=source.place, place_id=source.place_id)
            if doer and event.actor is None and source.action == event.action and source.actor is not None:
                # "... in a Russian missile and drone attack on Zaporizhzhia. The attack damaged apartment blocks"
                event = dataclasses.replace(event, actor=source.actor, actor_id=source.actor_id)
        elif told and doer and event.place_id is None and not event.hypothetical:
            # "Gang members killed at least 70 people in an attack on the town of Pont-Sonde ... The gunmen opened
            # fire on residents": undated both, the doers told again were where they were told to be
            placed = next((e for e in reversed(out) if e.action == event.action and e.place_id), None)
            if placed is not None and 0 <= paragraph(event.start) - paragraph(placed.start) <= 1:
                event = dataclasses.replace(event, place=placed.place, place_id=placed.place_id)
        out.append(event)
        if event.date is not None and not event.hypothetical and "/" not in event.date:
            last = event  # (a toll "since the fighting erupted on Sunday" is a period, not an incident to tell again)
    return out


def dated_by_incident_told(
    events: Sequence[Event], doc: Any, dates: Sequence[DateRef], paragraphs: Sequence[Span]
) -> list[Event]:
    """An undated attack takes the day the next sentence gives its incident by name: "A drone strike ... killed
    at least 50 people, local officials said on Friday.  The attack on Thursday was followed by a second strike":
    Thursday.  Only "the <incident> on <date>", "<date>'s <incident>" or "the <incident> took place <date>" in the
    sentence right after, in the same paragraph or the next, with no other dated attack told between."""

    paragraph = _paragraph_of(paragraphs)

    out = list(events)
    for n, event in enumerate(out):
        if event.date is not None or event.hypothetical or event.action != "ASSAULT":
            continue
        last = doc.char_span(event.start, event.end, alignment_mode="expand")
        i = last.end if last is not None else len(doc)
        while i < len(doc) and (doc[i].is_space or doc[i].sent.start < last.end):  # (the paragraph break)
            i += 1
        if i >= len(doc):
            continue
        after = doc[i].sent
        if any(e.start >= after.start_char and e.start < after.end_char and e.date for e in out[n + 1 :]):
            continue  # the next sentence tells a dated attack of its own
        if not 0 <= paragraph(after.start_char) - paragraph(event.start) <= 1:
            continue
        value = next((v for tok in after if (v := _incident_day(tok, dates)) is not None), None)
        if value is not None:
            out[n] = dataclasses.replace(event, date=value)
    return out


def _incident_day(tok: Any, dates: Sequence[DateRef]) -> str | None:
    """The day "the attack on Thursday" or "Thursday's attack" names, from the date records."""
    if tok.lemma_.lower() not in gz.incident_nouns() or tok.pos_ != "NOUN":
        return None
    named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of") for g in c.children
             if g.dep_ == "pobj" and g.ent_type_ == "DATE"]  # fmt: skip
    named += [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "DATE"]
    verb = tok.head
    if tok.dep_ == "nsubj" and (verb.lemma_ in ("happen", "occur") or (verb.lemma_ == "take" and any(
        c.lower_ == "place" for c in verb.children
    ))):  # fmt: skip
        # "The attack on the base ... took place late on Wednesday": the day the clause gives it
        named += [t for t in verb.subtree if t.ent_type_ == "DATE" and t.i > tok.right_edge.i]
    if not named or (
        not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ == "poss" for c in tok.children)
    ):
        return None
    day = next((d for d in dates if d.start <= named[0].idx < d.end and d.value), None)
    return day.value if day is not None and DAY.fullmatch(day.value or "") else None
