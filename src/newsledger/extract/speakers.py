"""Who speaks: the speaker a reporting verb's subject names, through the article's entities.

Method: the subject of the reporting verb (or of the verb it hangs from: "... and added", "before asking"), its
phrase without relative clauses, and the entity a mention of it is: a name, a role ("an RSF commander": the
RSF), an apposition ("Ituri's military governor, Lt. Gen. Johnny Luboya Nkashama"), "the ministry" for the
ministry named before, or a pronoun resolved to the subject of its own sentence or the last speaker of its kind.
Limits: the small parser's subjects; a speaker named only in another paragraph's headline is not found.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import asked_clause, finite_conjunct, finite_relative, subject_of_participle
from newsledger.records import Entity

_SUBJECTS = ("nsubj", "nsubjpass")
# Verbs that name or label rather than report: 'called the plan "reckless"' (a partial quote), "called it a
# flagrant violation", "branded the raid an act of aggression" (an accusation of whoever did it).
NAMING = frozenset({"call", "brand", "label", "describe", "term", "dub"})
# Verbs whose "of"/"for" phrase is a charge: "accused Thailand of using jets", "blamed Kyiv for the blast".
CHARGING = frozenset(
    {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "suspect", "convict"}
)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    raw = resources.files("newsledger.extract").joinpath("data/speech_verbs.txt").read_text("utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, str]:
    raw = resources.files("newsledger.extract").joinpath("data/pronouns.txt").read_text("utf-8")
    rows = [ln.split("\t") for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    return {word: kind.strip() for word, kind in rows}


class Speakers:
    """Resolves a subject phrase to a speaker through the article's entities."""

    def __init__(self, entities: tuple[Entity, ...], floor: int = 0) -> None:
        self.floor = floor  # where the body starts after the dateline: nothing before it speaks
        # By offsets only: two entities may share a span, and entities do not compare.
        rows = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda r: (r[0], r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.entities = entities

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), preferring persons, then the widest mention."""
        found = [r for r in self.rows if r[0] < end and r[1] > start]
        if not found:
            return None
        person = [r for r in found if r[2].type == "PERSON"]
        pick = max(person or found, key=lambda r: r[1] - r[0])
        return pick[2]

    def last_before(self, offset: int, kinds: tuple[str, ...]) -> Entity | None:
        i = bisect.bisect_left(self.starts, offset)
        for start, _end, entity in reversed(self.rows[:i]):
            if entity.type in kinds and start < offset:
                return entity
        return None

    def by_head_noun(self, noun: str, offset: int) -> Entity | None:
        """'the commission' -> the last organisation before `offset` whose name ends in 'commission'."""
        i = bisect.bisect_left(self.starts, offset)
        for _start, _end, entity in reversed(self.rows[:i]):
            if entity.type == "ORG" and noun in _head_words(entity.name) and not _rebel_army(noun, entity.name):
                return entity
        return None


def _rebel_army(noun: str, name: str) -> bool:
    """ "the army" is a state's: not the National Liberation Army, the Arakan Army or the Lord's Resistance Army,
    whose names hold no country ("the Pakistan Army", "the Royal Thai Army" are what "the army" means)."""
    return noun == "army" and not any(gz.country_of(word) for word in name.replace("'s", "").split())


def _head_words(name: str) -> tuple[str, ...]:
    """The words a definite description can use for an organisation: the last word of its name, and the
    last word before its first preposition ("UN Commission of Inquiry on Syria": "syria", "commission")."""
    words = gz.fold(name).split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "on", "for", "in", "to")), len(words))
    return tuple(w for w in {words[-1], words[cut - 1] if cut else words[-1]})


@dataclass
class Speaker:
    name: str | None
    entity: Entity | None
    start: int | None
    end: int | None
    text: str | None
    certainty: float


_AND = frozenset({"and", "or", "&", "nor"})


_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PART", "NUM"})  # "two security sources"


def _counted(noun: Any) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _trailing_noun(verb: Any) -> Any | None:
    """ "... killed at least 22 people, including four children, a resistance group and local media said": the
    noun phrase between the last comma and a reporting verb is who said it, however the small model hung it (here
    as one more of the children).  None unless such a phrase stands right before the verb."""
    if verb.lemma_ not in speech_verbs():
        return None
    doc, i = verb.doc, verb.i - 1
    while i > verb.sent.start and doc[i].pos_ in _NOMINAL and doc[i].text != ",":
        i -= 1
    run = doc[i + 1 : verb.i]
    if doc[i].text != "," or not any(t.pos_ in ("NOUN", "PROPN") for t in run):
        return None
    return next((t for t in run if t.pos_ in ("NOUN", "PROPN") and not run.start <= t.head.i < run.end), None)


# Verbs with which a reporter characterises what it reports: "said the RSF had killed 1,500, describing it as a
# genocide".
_CHARACTERISING = frozenset({"describe", "call", "term", "brand", "label", "dub", "characterise", "characterize"})


_MODALS = frozenset({"would", "will", "could", "may", "might", "'ll", "wo", "should"})


def would_say(verb: Any) -> bool:
    """A verb of saying under a modal inside another's report ('Jeri said his government would declare a "war on
    crime" and pledged ...'): what someone would say, not a report of its own."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) and any(
        a.lemma_ in speech_verbs() for a in verb.ancestors
    )


def reporters_comment(verb: Any) -> Any | None:
    """The reporting verb above a participle that characterises what it reports ("The network said the RSF had
    killed more than 1,500 people, describing it as a genocide": the network describes), which the small model
    hangs on the reported verb; None for any other verb."""
    head = verb.head
    # ("The army said the mines had been newly laid, accusing Cambodia of violating the deal": a passive tells of
    # no one who could accuse, so the reporter does)
    passive = any(c.dep_ == "nsubjpass" for c in head.children) and not any(c.dep_ == "agent" for c in head.children)
    characterises = verb.lemma_ in _CHARACTERISING or (verb.lemma_ in _ACCUSING and passive)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and characterises and head.dep_ == "ccomp":
        return head.head if head.head.lemma_ in speech_verbs() else None
    # "Qassem said the group would not disarm while Israel kept attacking Lebanon and occupied five hilltops,
    # rejecting a government plan": a stance hung on a clause inside a subordinate clause of the report (the
    # small model's nearest verb) is the reporter's
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ in _STANCES and verb.doc[verb.i - 1].text == ",":
        node = head
        while node.dep_ in ("conj", "advcl", "xcomp") and node.head.i != node.i:
            node = node.head
        if node is not head and node.dep_ == "ccomp" and node.head.lemma_ in speech_verbs() and node.head.i < verb.i:
            return node.head
    return None


# Stances a reporter takes after what it reports: "..., rejecting the plan", "..., denying any role".
_STANCES = _CHARACTERISING | frozenset({"reject", "deny", "dismiss", "accuse", "blame", "condemn", "denounce"})


_ACCUSING = frozenset({"accuse", "blame", "condemn", "denounce"})


def subject(verb: Any, depth: int = 0, floor: int = 0) -> Any | None:
    """The verb's subject; for a verb without one ("... and added", "before asking her", "speaking to
    reporters"), the subject of the verb it hangs from, a few steps up.  Tokens before `floor` (the
    dateline, which the parser often takes for the subject of the first sentence) are never subjects."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.idx >= floor]
    if (
        depth == 0 and (named := _trailing_noun(verb)) is not None and all(c.i < named.left_edge.i for c in subjects)
        # "Britain, France and Germany threatened": one list; but "killing at least 40 people, three residents
        # and a health worker said": the tellers are no more of the dead, counted before them
        and not any(named in c.conjuncts and not _counted(c) for c in subjects)
    ):  # fmt: skip
        return named
    nearest = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=None)
    first = min(subjects, key=lambda c: c.i, default=None)
    if (
        len(subjects) > 1 and first is not None and nearest is not None and first.pos_ == "PROPN"
        and first.right_edge.i + 2 == nearest.left_edge.i and verb.doc[first.right_edge.i + 1].text == ","
    ):  # fmt: skip
        return first  # "COGAT, the Israeli military agency that coordinates aid, said": the name, in apposition
    if len(subjects) > 1 and nearest is not None and verb.doc[nearest.left_edge.i - 1].lower_ not in _AND:
        # "Gang members killed 70 people in ..., the U.N. office said": the small model may hang the reported
        # clause's subject on the verb too; the speaker is the subject next to the verb.  Not in "ECOWAS and the
        # African Union praised ...", two subjects the parser failed to join: the first leads.
        return nearest
    if subjects:
        return subjects[0]
    if (joined := finite_conjunct(verb)) is not None and depth < 3:
        return subject(joined, depth + 1, floor)  # "has kept troops since the truce took effect, and has demanded"
    if (stray := finite_relative(verb) or subject_of_participle(verb)) is not None:
        # "The army chief, General Jacob Mkunda, on Thursday called ...", read as a relative clause; "A group of
        # officers calling itself ... said", the subject given to the participle
        return stray
    if depth >= 3 or verb.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "prep") or verb.head.i == verb.i:
        return None
    if (reporting := reporters_comment(verb)) is not None:
        return subject(reporting, depth + 1, floor)
    asked = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
    if asked is not None and asked.i < verb.i and any(c.tag_ == "TO" for c in verb.children):
        return asked  # "prompting the U.N. mission to call for an immediate ceasefire": the mission calls
    if (
        verb.dep_ == "conj"
        and verb.lemma_ in speech_verbs()
        and (verb.head.lemma_ not in speech_verbs() or would_say(verb.head))
    ):
        # "OCHA said trucks had entered Gaza, but warned that ...": the parser hangs "warned" on "entered";
        # the reporting verb above it is the one coordinated with it.
        above = verb.head
        while above.head.i != above.i and (above.lemma_ not in speech_verbs() or would_say(above)):
            above = above.head
        if above.lemma_ in speech_verbs():
            return subject(above, depth + 1, floor)
    head = verb.head
    while head.pos_ == "ADP" and head.head.i != head.i:  # "before asking": step over the preposition
        head = head.head
    return subject(head, depth + 1, floor) if head.pos_ in ("VERB", "AUX") else None


def subject_span(tok: Any) -> tuple[int, int]:
    """The subject phrase without a trailing relative clause or apposition."""
    left = tok.left_edge.i
    while left < tok.i and tok.doc[left].is_space:  # the blanked dateline hangs on the first subject
        left += 1
    if left < tok.i and tok.doc[left].lower_ == "what":
        left += 1  # "creating what aid agencies call ...": the model makes the object "what" the subject's det
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "appos", "acl") or child.is_punct:
            break
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            break  # "The electoral commission on Saturday declared ...": when it spoke, not who
        right = child.right_edge.i
    return left, right + 1


def _host_subject(doc: Any, verb: Any, speakers: Speakers, kinds: tuple[str, ...]) -> Speaker | None:
    """The speaker named as the subject of a verb that `verb`'s clause depends on, in the same sentence."""
    node = verb
    while node.head.i != node.i and node.dep_ != "parataxis":  # "the ministry said it would": the ministry
        node = node.head
        if verb.lemma_ in CHARGING and asked_clause(node):
            continue  # "Pakistan wants the Taliban to rein in militants, whom it accuses of ...": who wants it
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if subj is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children):
            continue  # "said its forces target the TTP, which it blames": "its" points further up, to who said
        if subj is not None:
            # What a passive's subject undergoes says nothing of who speaks ("its positions ... were attacked by
            # the White Army, a militia it accuses of ..."): only an agent's subject.
            if subj.dep_ == "nsubjpass":
                return None
            host = resolve_speaker(doc, node, speakers)
            if kinds == ("PERSON",) and host.entity is None and subj.tag_ in ("NNS", "NNPS"):
                continue  # "said 200,000 soldiers would take part in the exercises, which he described as": not "he"
            fits = host.name is not None and (host.entity is None or host.entity.type in kinds)
            if fits:
                return Speaker(host.name, host.entity, host.start, host.end, host.text, 0.8)
            if host.entity is None or host.entity.type not in ("EVENT", "DATE", "LAW", "WORK_OF_ART"):
                return None
            # "... since the Gaza war began in October 2023, in what they say is solidarity": a war is no one's
            # voice; the clause above it names who
    return None


# Unnamed people who tell a story: "two security sources, who said ...", "a resident, who said ...".
_UNNAMED_TELLERS = frozenset(
    {"source", "official", "witness", "resident", "diplomat", "spokesman", "spokesperson", "doctor", "medic",
     "survivor", "commander", "officer", "activist", "relative"}
)  # fmt: skip


def resolve_speaker(doc: Any, verb: Any, speakers: Speakers, recent: Speaker | None = None) -> Speaker:
    """The speaker named by `verb`'s subject.  `recent` is the last group that spoke: "it said" right
    after "the ministry said" is the ministry, not the last country mentioned."""
    subj = subject(verb, floor=speakers.floor)
    if subj is None:
        return Speaker(None, None, None, None, None, 0.0)
    s, e = subject_span(subj)
    span = doc[s:e]
    start, end, text = span.start_char, span.end_char, span.text
    low = subj.lower_
    if low in ("who", "that", "which") and subj.head.dep_ == "relcl":
        # "Opposition leader Venancio Mondlane, who says the vote was rigged", "the U.N. office, which said":
        # the one the clause is about
        owner = subj.head.head
        if owner.pos_ not in ("NOUN", "PROPN"):
            # "according to the U.N. office (OCHA), which said": the model may hang the clause from "according";
            # the clause is about the name just before its comma
            i = subj.i - 1
            while i > 0 and doc[i].text in (",", ")"):
                i -= 1
            owner = doc[i]
        entity = speakers.at(owner.idx, owner.idx + len(owner))
        if entity is not None:
            return Speaker(entity.name, entity, start, end, text, 0.85)
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in _UNNAMED_TELLERS:
            # "according to two security sources, who said the base was overrun": the sources, unnamed
            phrase = doc[owner.left_edge.i : owner.i + 1]
            return Speaker(phrase.text, None, phrase.start_char, phrase.end_char, phrase.text, 0.6)
    if subj.pos_ == "PRON":
        kind = _pronouns().get(low)
        if kind is None:
            return Speaker(None, None, start, end, text, 0.0)
        kinds = ("PERSON",) if kind == "person" else ("ORG", "GPE", "NORP")
        # "Iraq's foreign ministry summoned the ambassador and condemned what it called ...": a pronoun inside the
        # sentence of a named subject is that subject, whoever spoke last.
        host = _host_subject(doc, verb, speakers, kinds)
        if host is not None:  # the speaker named there, spoken of here by the pronoun (its words and offsets)
            return Speaker(host.name, host.entity, start, end, text, host.certainty)
        if low == "they" and (told := _subject_told_before(subj)) is not None:
            # "The three juntas have expelled French troops ... In January, they announced their withdrawal":
            # the group the sentence before was about, not the last one quoted (three sentences up)
            s, e = subject_span(told)
            entity = speakers.at(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
            return Speaker(entity.name if entity else doc[s:e].text, entity, start, end, text, 0.65)
        if low in ("he", "she") and (person := _person_told_before(subj, speakers)) is not None:
            # "Tchiroma Bakary, a former minister who broke with Biya in June, rejected the result ... He urged his
            # supporters": the person the sentence before was about, not the last one it names
            return Speaker(person.name, person, start, end, text, 0.75)
        if (
            kind == "group"
            and recent is not None
            and recent.name
            and (recent.entity is None or recent.entity.type in kinds)
        ):
            return Speaker(recent.name, recent.entity, start, end, text, 0.7)
        # "Eight civilians, including journalist Dmytro Khyliuk, were also returned, he said": a trailing "he"
        # is not a person named in what he reports; the last one named before the sentence
        trailing = subj.i > verb.sent.start and doc[subj.i - 1].text == ","
        # ('President Zelenskiy, who was in Turkey for talks with President Erdogan, called for more pressure ...
        # "Every brazen attack ...," he said': the person the sentence before was about, not the last one named;
        # only when the quote opens the sentence: in 'Sen. McCaskill scolded him: "...," she said' she is named)
        opens = doc[verb.sent.start].text in ('"', "“") and doc[subj.i - 1].text in ('"', "”")
        told = _person_told_before(subj, speakers, trailing=True) if opens and low in ("he", "she") else None
        entity = (
            told
            or (speakers.last_before(verb.sent.start_char, kinds) if trailing else None)
            or speakers.last_before(start, kinds)
        )
        return Speaker(entity.name if entity else None, entity, start, end, text, 0.75 if entity else 0.3)
    entity = speakers.at(subj.idx, subj.idx + len(subj))  # a mention covering the head word
    if entity is not None:
        return Speaker(entity.name, entity, start, end, text, 0.9)
    # "... set at least 45 homes and 34 vehicles on fire, U.N. spokesperson Thameen Al-Kheetan told reporters":
    # the parser joins the trailing speaker to the last object as one subject; the person is the speaker.
    for c in subj.conjuncts:
        person = speakers.at(c.idx, c.idx + len(c)) if c.i > subj.i and doc[c.left_edge.i - 1].is_punct else None
        if person is not None and person.type == "PERSON":
            s, e = subject_span(c)
            return Speaker(person.name, person, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), doc[s:e].text, 0.75)
    # "Ituri's military governor, Lt. Gen. Johnny Luboya Nkashama, ordered ...": the person the role is.
    named = next((c for c in subj.children if c.dep_ == "appos"), None)
    if named is None:
        # "The U.N. humanitarian coordinator for Sudan, Denise Brown, said": the model hangs the name on Sudan;
        # an apposition closing the subject phrase is still the person the role is
        named = next((t for t in subj.subtree if t.dep_ == "appos" and t.i > subj.i and t.right_edge.i >= e - 2), None)
    person = speakers.at(named.idx, named.idx + len(named)) if named is not None else None
    if person is not None and person.type == "PERSON":
        return Speaker(person.name, person, start, end, text, 0.9)
    if span[0].lower_ == "the" and subj.pos_ == "NOUN":
        entity = speakers.by_head_noun(low, start)
        if entity is not None:
            return Speaker(entity.name, entity, start, end, text, 0.7)
    if is_role_noun(subj):
        # "an RSF commander", "a spokesperson for the council": the organisation the role belongs to.
        entity = speakers.at(start, end)
        if entity is None:
            the_nouns = [
                t for t in span if t.pos_ == "NOUN" and t.i > subj.i and t.i > 0 and doc[t.i - 1].lower_ == "the"
            ]
            entity = next((found for t in the_nouns if (found := speakers.by_head_noun(t.lower_, start))), None)
        if entity is not None and entity.type in ("ORG", "GPE"):
            return Speaker(entity.name, entity, start, end, text, 0.75)
        # "a Burundian security official said": a people names no one who speaks; the phrase does, as for
        # "Lebanese officials said"
    return Speaker(text, None, start, end, text, 0.6)


def _sentence_before(pronoun: Any, trailing: bool = False) -> tuple[Any, Any | None] | None:
    """The root of the sentence before and its subject, when `pronoun` opens its clause's subjects or
    (`trailing`) follows what it reports; None otherwise."""
    doc, sent = pronoun.doc, pronoun.sent
    if sent.start == 0 or (not trailing and any(t.dep_ in _SUBJECTS for t in doc[sent.start : pronoun.i])):
        return None
    root = doc[sent.start - 1].sent.root
    return root, next((c for c in root.children if c.dep_ == "nsubj"), None)


def _subject_told_before(pronoun: Any) -> Any | None:
    """The plural subject of the sentence before, when `pronoun` opens its clause's subjects and that sentence
    tells what its subject did rather than reporting what someone said."""
    before = _sentence_before(pronoun)
    if before is None:
        return None
    root, found = before
    if root.lemma_ in speech_verbs() or root.pos_ not in ("VERB", "AUX"):
        return None
    return found if found is not None and found.tag_ in ("NNS", "NNPS") else None


def _person_told_before(pronoun: Any, speakers: Speakers, trailing: bool = False) -> Entity | None:
    """The person who is the subject of the sentence before, when `pronoun` opens its clause's subjects or
    (`trailing`) follows what it reports ('"Every brazen attack ...," he said')."""
    before = _sentence_before(pronoun, trailing)
    found = before[1] if before is not None else None
    if found is None or found.pos_ == "PRON":
        return None
    named = next((c for c in found.children if c.dep_ == "appos"), None)  # "The army chief, General X, ..."
    for tok in (found, *([named] if named is not None else [])):
        entity = speakers.at(tok.idx, tok.idx + len(tok))
        if entity is not None and entity.type == "PERSON":
            return entity
    return None


def is_role_noun(tok: Any) -> bool:
    _words, heads = gz.title_words()
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in heads
