"""Events written as nouns: "the killing of a senior commander by a U.S. drone strike", "Russia's invasion of
Ukraine", "an Israeli strike on a school in Gaza City", "the arrest of opposition leader Kizza Besigye".

Method: a noun lexicon (``data/nominal_events.tsv``) gives each event noun its PLOVER type and the prepositions
whose object is its target ("strike on", "killing of", "talks with").  The actor is the noun's "by" phrase (a
weapon there stands for whoever used it: "by a U.S. drone strike" is the United States), its possessor
("Russia's invasion") or a party written before it ("an Israeli strike", "the RSF attack"); a country before a
noun whose target comes with "of" is left alone, since "the Ukraine invasion" is Ukraine invaded, and so is a
place that possesses such a noun with no target ("America's school shootings").  Talks "between X and Y" are
X's with Y.  Place and date are those written inside the noun phrase ("Monday's attack on El Fasher") or, when
the noun is the subject of an uncoded verb, in that verb's phrases ("talks ... resumed in Abu Dhabi on
Tuesday"); the rest of the sentence dates another clause ("two weeks after the killing of ...").

What is left out, for precision: a noun that a coded verb governs as its subject or object, or through a
preposition with the same type ("launched an attack on Kharkiv", "a strike killed five", "were killed in an
attack on"): those are the verb's events (:mod:`.events`); a noun with neither a named actor nor a named
target that is not a place ("the attack", "attacks on civilians", "the siege of El Fasher"); "no attack"; a noun
that characterises an event (an apposition, a copula's attribute, a superlative: "the group's boldest raid").
An event foreseen rather than told ("a planned assault", "warned of an attack", "called for talks with
Russia", "an order to kick off the assault") is kept and marked ``hypothetical``.  :func:`merge` drops a noun
its sentence's verb already tells, and a definite noun ("the ELN's assault on the base") for an incident told
earlier in the article, whose date or place it gives to that earlier event.

Limits: only the actor and action tell a definite noun's incident from another, so "Russia's attack" told
twice about two nights is one event; an indefinite noun is always a new one.  Confidence is lower than a verb
event's with the same parties.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from newsledger.extract import gazetteer as gz
from newsledger.extract.event_scope import may_strike, quote_around, sentence_span
from newsledger.extract.modality import hypothetical
from newsledger.extract.parties import Parties
from newsledger.extract.roles import attacker, counts_people, is_territory, is_weapon
from newsledger.extract.setting import where
from newsledger.extract.subtypes import subtype
from newsledger.extract.triggers import code
from newsledger.records import Article, DateRef, Event, Figure, Place, Quote

EXTRACTOR = "events.nominal"
# Modifiers of an event that has not happened: "a planned assault", "any attack on Taiwan".
_FORESEEN = frozenset(
    {"planned", "possible", "potential", "proposed", "threatened", "imminent", "looming", "future", "feared",
     "expected", "would-be", "prospective", "any", "upcoming", "anticipated", "mooted"}
)  # fmt: skip
# Verbs whose object or prepositional object is an event still to come: "warned of an attack", "called for talks",
# "ruled out talks", "prepared for an offensive".
_FORESEE = frozenset(
    {"fear", "warn", "threaten", "plan", "prevent", "avert", "avoid", "deter", "risk", "prepare", "order",
     "authorize", "authorise", "approve", "call", "urge", "seek", "demand", "propose", "consider", "rule",
     "reject", "refuse", "oppose", "push", "press", "want", "offer", "await", "expect", "schedule", "postpone",
     "delay", "cancel", "halt", "stop", "suspend", "need"}
)  # fmt: skip
# Nouns of a want or a plan whose "for"/"of" object has not happened: "calls for talks", "the threat of an attack".
_WANTING = frozenset(
    {"call", "calls", "plan", "plans", "threat", "threats", "demand", "demands", "proposal", "offer", "risk",
     "fear", "fears", "prospect", "possibility", "push", "bid", "request", "appeal", "warning"}
)  # fmt: skip
# Journeys whose destination event is only as real as the journey: "a trip to the summit".
_TRAVEL = frozenset({"trip", "visit", "journey", "flight", "voyage", "tour"})
# Verbs of going somewhere, or of being awaited there, "for talks".
_GOING = frozenset({"travel", "arrive", "fly", "head", "go", "come", "expect", "return", "land"})
# Confidence: below a verb event's (0.5 + 0.2 for a named actor), since a noun refers back as often as it tells.
_BASE, _NAMED_ACTOR, _NAMED_TARGET, _FORESEEN_COST = 0.35, 0.15, 0.05, 0.2


class NounEvent(NamedTuple):
    event: Event
    definite: bool  # "the attack", "the group's raid": may be an incident told already


@dataclass(frozen=True, slots=True)
class NounRule:
    action: str
    preps: frozenset[str]  # prepositions whose object is the target


@lru_cache(maxsize=1)
def nouns() -> dict[str, NounRule]:
    out: dict[str, NounRule] = {}
    for line in gz.data_lines("nominal_events.tsv"):
        action, lemmas, preps = (col.strip() for col in line.split("\t"))
        for lemma in lemmas.split("|"):
            out.setdefault(lemma, NounRule(action, frozenset(preps.split("|"))))
    return out


def _rule(tok: Any) -> NounRule | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    table = nouns()
    return table.get(tok.lemma_.lower()) or table.get(tok.lower_)


def _governor(noun: Any) -> tuple[Any | None, str | None]:
    """The verb the noun hangs from (directly, or as the object of a preposition of it) and the preposition."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head, None
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head, noun.head.lower_
    return None, None


def _verb_owns(noun: Any, action: str) -> bool:
    """Whether a coded verb already tells this event: "launched an attack on Kharkiv" (its object), "a strike
    killed five" (its subject), "were killed in an attack on a market" (a way of the same action)."""
    verb, prep = _governor(noun)
    if verb is None:
        return False
    verb_action = code(verb)
    return verb_action is not None and (prep is None or verb_action == action)


def _scope(noun: Any) -> list[tuple[int, int]]:
    """Character spans that say where and when the noun's event happened: its own phrase and, where the noun is
    the subject of an uncoded verb, that verb's prepositional and adverbial phrases ("talks between Armenia and
    Azerbaijan resumed in Abu Dhabi on Tuesday"); never a clause of the verb, which tells something else."""
    spans = [_extent(noun)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        spans += [
            _extent(c) for c in noun.head.children
            if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > noun.i
            and (c.lower_ not in _NOT_WHEN or _clock_object(c))
        ]  # fmt: skip
    return spans


# Prepositions of the verb that date something else than the noun's event: "talks have stalled since May".
_NOT_WHEN = frozenset({"since", "until", "till", "before", "after", "for"})


def _clock_object(prep: Any) -> bool:
    """ "after midnight", "before dawn": a preposition whose object is a time of day says when, not what else."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("TIME", "DATE") for g in prep.children)


def _extent(tok: Any) -> tuple[int, int]:
    """The characters of a token's phrase; not the blanked dateline, a space token that hangs from the first word."""
    words = [t for t in tok.subtree if not t.is_space]
    return words[0].idx, words[-1].idx + len(words[-1])


def _restates(noun: Any) -> bool:
    """A noun that characterises an event told already: "the assault on the prison, the group's boldest raid",
    "it was the deadliest attack on the city since 2022"."""
    return noun.dep_ in ("appos", "attr") or any(c.tag_ == "JJS" for c in noun.children)


def _foreseen(noun: Any) -> bool:
    if any(c.dep_ in ("amod", "det", "compound") and c.lower_ in _FORESEEN for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lower_ in _WANTING:
        return True  # "calls for talks with Russia", "the threat of an invasion"
    if _readied(noun) is not None:
        return True  # "was open to face-to-face talks with Trump"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for") and noun.head.head.lemma_.lower() in _TRAVEL:
        noun = noun.head.head  # "cancelled a trip to the G20 summit": the summit is as foreseen as the trip
    verb, _ = _governor(noun)
    if verb is None:
        return False
    # "waiting for an order to kick off the assault on ...": an infinitive's object is still to come
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "talks ... are set to resume next week", "talks are due to begin": what the talks are bound to do is ahead
    bound = (verb.lemma_ in ("set", "slate") and any(c.dep_ == "xcomp" for c in verb.children)) or (
        verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("due", "likely") for c in verb.children)
    )
    return verb.lemma_ in _FORESEE or infinitive or bound or hypothetical(verb)


# Adjectives of readiness: "open to talks", "ready for talks", "willing to hold talks".
_READY = frozenset({"open", "ready", "willing", "prepared", "amenable"})


def _readied(noun: Any) -> Any | None:
    """The subject of "is open (ready) to/for" the noun ("he was open to talks with Trump"), or None."""
    prep, adjective = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for") or adjective.lower_ not in _READY:
        return None
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _pobj(tok: Any, preps: frozenset[str]) -> Any | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    return None


def _named(name: str | None, entity_id: str | None) -> bool:
    """Whether a named entity stands behind a party, or a country a demonym names ("an Iranian attack" is Iran's
    though the article never names Iran)."""
    return entity_id is not None or gz.country_of(name or "") is not None


def _actor(noun: Any, rule: NounRule, resolver: Parties) -> tuple[str | None, str | None]:
    by = _pobj(noun, frozenset({"by"}))
    if by is None and (of := _pobj(noun, frozenset({"of"}))) is not None:
        by = _pobj(of, frozenset({"by"}))  # the parser hangs "by" on the object: "the arrest of X by police"
    if by is not None:
        if is_weapon(by):  # "by a U.S. drone strike": whoever struck
            launcher = attacker(by)
            name, entity_id = resolver.entity(launcher if launcher is not None else by, owner=True)
            return (name, entity_id) if _named(name, entity_id) else (None, None)  # not "a drone strike"
        return resolver.entity(by, owner=True)  # "the arrest of Kizza Besigye by police": the words will do
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    if poss is not None:  # "Russia's invasion", "the group's raid"; not "Monday's attack"
        if "of" in rule.preps and poss.ent_type_ in ("GPE", "LOC") and _pobj(noun, rule.preps) is None:
            return None, None  # "America's school shootings", "Nigeria's killings": where, not who
        if noun.lemma_.lower() in _TAKEN and poss.pos_ == "PRON" and _pobj(noun, frozenset({"of"})) is None:
            return None, None  # "did not confirm its capture": the town's, taken, not its taker
        return resolver.entity(poss, owner=True)
    for c in noun.children:
        if c.dep_ not in ("amod", "compound") or c.i > noun.i or c.ent_type_ in ("DATE", "TIME"):
            continue
        name, entity_id = resolver.entity(c, owner=True)
        if name is None or not _named(name, entity_id):
            continue
        country = gz.country_of(name) is not None
        if entity_id is not None and resolver.is_place(entity_id) and not country:
            continue  # "the Kharkiv strike": where, not who
        if country and "of" in rule.preps and c.ent_type_ != "NORP":
            continue  # "the Ukraine invasion", "the Gaza blockade": the country is what is hit
        return name, entity_id  # "an Israeli strike", "the RSF attack", "a U.S. strike"
    if (ready := _readied(noun)) is not None:
        return resolver.entity(ready, owner=True)  # "he was open to talks with Trump": he would talk
    with_ = noun.head if noun.dep_ == "pobj" else None
    if with_ is not None and with_.lower_ == "for" and with_.head.lemma_ in _GOING:
        # "U.S. envoy Morgan Ortagus is expected in Beirut on Tuesday for talks with ...": who goes there for them
        goer = next((c for c in with_.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if goer is not None:
            return resolver.entity(goer, owner=True)
    if with_ is not None and with_.lower_ == "with" and with_.head.lemma_ in _RESPONSES:
        # "Iran responded with missile barrages on Israeli cities": who responded
        subject = next((c for c in with_.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return resolver.entity(subject, owner=True)
    return None, None


# What a place undergoes, so that its possessor with no "of" object is what was taken: "its capture", "its fall".
_TAKEN = frozenset({"capture", "seizure", "recapture", "takeover", "fall", "liberation", "occupation"})
_RESPONSES = frozenset({"respond", "retaliate", "reply", "react", "answer", "hit"})


def _target(noun: Any, rule: NounRule, resolver: Parties) -> tuple[Any | None, tuple[str | None, str | None]]:
    tok = _pobj(noun, rule.preps)
    if tok is None and (doer := _pobj(noun, frozenset({"by"}))) is not None:
        tok = _pobj(doer, rule.preps - {"of"})  # "a protest by students against the government", parsed on them
    if tok is None:
        return None, (None, None)
    found = resolver.entity(tok, owner=False, inner=True)
    if found[1] is None and rule.action == "PROTEST":
        # "protests against police brutality and the government of President William Ruto": what is protested is
        # a grievance as often as a party; the party listed with it is the target
        for other in tok.conjuncts:
            if (named := resolver.entity(other, owner=False, inner=True))[1] is not None:
                return other, named
    return tok, found


def nominal_events(
    doc: Any,
    article: Article,
    resolver: Parties,
    places: tuple[Place, ...],
    dates: tuple[DateRef, ...],
    figures: tuple[Figure, ...],
    quotes: tuple[Quote, ...],
) -> list[NounEvent]:
    """Events written as nouns, in text order; ids are given by the caller."""
    floor = article.dateline.end if article.dateline else 0
    out: list[NounEvent] = []
    for noun in doc:
        rule = _rule(noun)
        if rule is None or noun.idx < floor or _verb_owns(noun, rule.action) or _restates(noun):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue  # "there was no attack"
        action = rule.action
        target_tok, (target, target_id) = _target(noun, rule, resolver)
        if "between" in rule.preps and target_tok is not None and target_tok.head.lower_ == "between":
            # "talks between Armenia and Azerbaijan": one side's with the other
            other = next((c for c in target_tok.children if c.dep_ == "conj"), None)
            actor, actor_id = resolver.entity(target_tok, owner=True)
            target, target_id = resolver.entity(other, owner=False) if other is not None else (None, None)
        else:
            actor, actor_id = _actor(noun, rule, resolver)
        if (target_id is not None and target_id == actor_id) or (target is not None and target == actor):
            target, target_id = None, None  # "a Russian drone attack on their convoy": not Russia on itself
        named = _named(actor, actor_id)
        if not named and (target_id is None or resolver.is_place(target_id)):
            # "the attack", "attacks on civilians": no party named in the phrase; "last month's attack on tourists
            # in Pahalgam", "the siege of El Fasher": only where, which a noun told again names as often as not
            continue
        if noun.lemma_.lower() in ("capture", "seizure") and target_tok is not None:
            action = "COERCE" if counts_people(target_tok) and not is_territory(target_tok) else "ASSAULT"
        if noun.lemma_.lower() == "raid" and any(c.lower_ in _SEARCHERS for c in noun.children):
            action = "COERCE"  # "an anti-corruption raid on his home", "a police raid": a search, not an attack
        scope = _scope(noun)
        lo, hi = scope[0]
        place = where(doc, article.text, noun, places, action, actor_id, scope, (lo, hi), may_strike)
        inside = [d for d in dates if any(a <= d.start < b for a, b in scope) and d.value and d.kind != "duration"]
        date = inside[0].value if inside else None
        quote = quote_around(quotes, noun.idx)
        unreal = _foreseen(noun)
        start, end = sentence_span(noun.sent, floor, article.text)
        confidence = _BASE + _NAMED_ACTOR * named + _NAMED_TARGET * (target_id is not None)
        definite = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children)
        event = Event(
            id="",
            action=action,
            actor=actor,
            actor_id=actor_id,
            target=target,
            target_id=target_id,
            place=place.name if place else None,
            place_id=place.id if place else None,
            date=date,
            figure_ids=tuple(f.id for f in figures if lo <= f.start < hi),
            reported_by=quote.speaker if quote else None,
            hypothetical=unreal,
            text=article.text[start:end],
            start=start,
            end=end,
            confidence=round(confidence - _FORESEEN_COST * unreal, 2),
            extractor=EXTRACTOR,
            subtype=subtype(article.text[lo:hi], action),
        )
        out.append(NounEvent(event, definite))
    return out


# Who raids to search rather than to fight: "an anti-corruption raid", "a police raid", "a tax raid".
_SEARCHERS = frozenset({"anti-corruption", "police", "tax", "customs", "corruption", "dawn", "search", "fbi", "graft"})


def no_such_event(verb: Any, action: str) -> bool:
    """A verb whose object is an event noun with "no": "held no talks", "launched no attacks", "imposed no new
    sanctions" tell that nothing happened; so does any other object with "no" where the object is what is done
    ("freed no hostages", "sent no aid").  ("killed no one" is left alone: the attack happened.)"""
    return any(
        c.dep_ == "dobj" and (_rule(c) is not None or action != "ASSAULT")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )  # fmt: skip


def merge(told: list[Event], nominal: list[NounEvent]) -> list[Event]:
    """The verbs' events and the nouns' in text order (within a sentence the verb's first).

    A noun that repeats an action its sentence's verb tells is that event, and is dropped: where the verb's event
    lacks an actor the noun names ("five people were killed in an Israeli strike on ..."), the verb's event takes
    it.  A definite noun ("the ELN's assault on the base", "the attack by the rebels") with the actor and action
    of an event told earlier in the article is that incident told again: it is dropped, and gives the earlier
    event the date or place it lacked ("... began shortly after midnight on Tuesday")."""
    out = list(told)
    for noun, definite in nominal:
        same = [i for i, e in enumerate(out) if e.start == noun.start and e.action == noun.action]
        if same and (noun.actor is None or noun.target is None):
            continue  # "killed in an attack on Zaporizhzhia", "an offensive ... with the support of U.S. air strikes"
        if any(out[i].actor == noun.actor or _shared_target(out[i], noun) for i in same):
            continue
        if (blank := next((i for i in same if out[i].actor is None), None)) is not None:
            out[blank] = replace(out[blank], actor=noun.actor, actor_id=noun.actor_id)
            continue
        told_before = [i for i, e in enumerate(out) if e.start < noun.start and _same_incident(e, noun)]
        if definite and told_before:
            first = out[told_before[0]]
            out[told_before[0]] = replace(
                first,
                date=first.date or noun.date,
                place=first.place if first.place_id else noun.place,
                place_id=first.place_id or noun.place_id,
            )
            continue
        out.append(noun)
    return sorted(out, key=lambda e: e.start)


def _same_incident(earlier: Event, noun: Event) -> bool:
    return (
        earlier.action == noun.action
        and noun.actor is not None
        and (earlier.actor_id or earlier.actor) == (noun.actor_id or noun.actor)
        and not earlier.hypothetical
        and (None in (earlier.target_id, noun.target_id) or earlier.target_id == noun.target_id)
    )


def _shared_target(verb: Event, noun: Event) -> bool:
    return noun.target_id is not None and noun.target_id == verb.target_id
