"""Where an event happened: the place of an event, from the other extractors' records (:func:`where`), and the
clause tests that the date side (:mod:`.timing`) shares.

Method: the event's own clause (the trigger's subtree without the clauses hanging from it) is read first, its
sentence second.  A place must be said to be where ("in Jeddah", "the town of Bint Jbeil"), except that a
physical action's object may be its place ("shelled El Fasher") and a visit's destination is ("visited Kyiv").
"Across the province" stands for the last province named in the two paragraphs before it (not the dateline's).

Limits: one place per event; a place named only as a description ("in what it says are acts of solidarity with
Gaza") or as the place of an incident the event only names gives no place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsledger import nlp
from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import shared_modifiers
from newsledger.extract.speakers import CHARGING, speech_verbs
from newsledger.records import Place

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
            if tok.i == verb.i and verb.lemma_ in CHARGING and c.dep_ == "prep" and c.lower_ in ("of", "for"):
                continue  # "accused Thailand of using jets to strike targets in Oddar Meanchey": the charge's place
            # "hit fuel depots and the airport in Port Sudan": a conjoined noun is part of the clause.
            if c.dep_ not in _CLAUSES or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
                walk(c)

    walk(verb)
    for shared in shared_modifiers(verb):  # "were killed and 20 injured in a Russian attack ... overnight"
        walk(shared)
    if verb.dep_ == "acl":  # the misparsed main clause: its subject noun and what modifies it
        walk(verb.head)
    elif verb.dep_ == "relcl" and verb.head.lemma_.lower() in gz.incident_nouns():
        walk(verb.head)  # "an attack on tourists in Pahalgam on April 22 that killed 26 men": the attack's words
    return ranges


_CAUSES = frozenset({"retaliation", "response", "revenge", "reprisal"})


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
            return not within(verb, node)
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
    if tok.lower_ in SEQUENCE | {"following"}:
        return any(g.dep_ == "pobj" and g.lemma_.lower() in _MEETINGS for g in tok.children)
    if tok.lower_ == "over" and any(g.dep_ == "pobj" and g.lemma_.lower() in _GRIEVANCES for g in tok.children):
        return True  # "sanctions against Russia over its war in Ukraine": the reason, not where it was done
    return tok.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CAUSES for g in tok.children)


# What a measure is taken "over": its reason.
_GRIEVANCES = frozenset(
    {"war", "invasion", "conflict", "crackdown", "programme", "program", "role", "support", "treatment", "abuse",
     "abuses", "killing", "killings", "annexation", "occupation"}
)  # fmt: skip
# Words that put one clause before or after another: "after the leader was killed".
SEQUENCE = frozenset({"after", "before", "until", "till"})
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
        # ("the first time a NATO member is known to have fired on Russian assets": through the "to" clause of a
        # passive, not "a second day calling on the military to back them")
        raised = node.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in node.head.children)
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("pcomp", "acl", "relcl") and not raised:
            return False  # a clause of its own: "killed 30 on Wednesday, the deadliest since" stops at "killed"
    return False


def after_comma_and(tok: Any) -> bool:
    """Whether the phrase `tok` heads follows ", and" (", and accused Thailand of ...")."""
    first, doc = tok.left_edge.i, tok.doc
    return bool(first >= 2 and doc[first - 1].dep_ == "cc" and doc[first - 2].text == ",")


def stands_apart(verb: Any) -> bool:
    """ "... by reports that M23 fighters had executed civilians last week, and called on both sides to ...": a
    simple past coordinated with a pluperfect does not share its "had", nor so its subject and date; the parser
    hung it from the wrong verb, and it goes with the clause above.  So does a verb of saying after ", and" joined
    to what another verb of saying reports ("said Thai forces attacked first, ..., and accused Thailand").  Only
    for verbs of saying ("vowed", "called on"), what the speaker above does: "said its forces had captured X and
    shot down 63 drones" is one report of two deeds, whatever tag "shot" gets."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_ not in speech_verbs():
        return False
    if head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return True
    # (the reporter's act, as `reported` reads it for the words reported)
    return head.dep_ == "ccomp" and head.head.lemma_ in speech_verbs() and after_comma_and(verb)


def sentence_words(verb: Any) -> str:
    """The verb's sentence without the clauses put before or after its event that do not hold the verb: for
    "stormed the prison ..., freeing dozens of prisoners before government troops regained control", the
    retaking is another event and says nothing of the storming's kind."""
    sent = verb.sent
    others = [
        t for t in sent
        if t.dep_ == "advcl" and not within(verb, t)
        and any(c.dep_ == "mark" and c.lower_ in SEQUENCE for c in t.children)
    ]  # fmt: skip
    return "".join(t.text_with_ws for t in sent if not any(within(t, o) for o in others))


def within(tok: Any, top: Any) -> bool:
    return bool(top.left_edge.i <= tok.i <= top.right_edge.i)


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
                and not _origin(doc, m.start, m.end)
                and not _a_doer(doc, m.start, m.end, verb)
                and (own_words or not _in_sequenced_clause(doc, m.start, m.end, verb))
                and (own_words or not _where_said(doc, m.start, m.end, verb))
                and (own_words or not _where_met(doc, m.start, m.end, verb))
                and ((own_words and action in PHYSICAL) or _is_locative(doc, m.start, m.end, struck, preps)
                     or (own_words and travel and _is_destination(doc, m.start, m.end)))
            ]  # fmt: skip
            if starts:
                found.append((p.kind == "country", min(starts), p))
        found += [(False, start, p) for start, p in _anaphors(doc, spans, places, actor_id)]
        if found:
            # a place the gazetteer could not put on the map only when no other is named: "captured the villages
            # of Sukhetske and Pankivka in Ukraine's eastern Donetsk region" is mapped by the region
            return min(found, key=lambda f: (f[2].lat is None, f[0], f[1]))[2]
    return None


def _a_doer(doc: Any, start: int, end: int, verb: Any) -> bool:
    """A place that is a second subject of the verb: "since Israel and the United States bombed Iranian nuclear
    sites" did not happen in the United States (the actor itself is left out by its id)."""
    node = root_at(doc, start, end)
    if node is None or node.dep_ != "conj":
        return False  # the first subject is the actor, left out by its id (or a place the parser took for it)
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return bool(node.dep_ == "nsubj" and node.head.i == verb.i)


def _in_sequenced_clause(doc: Any, start: int, end: int, verb: Any) -> bool:
    """A place in a clause put before or after the event's ("launched exercises around Taiwan on Monday, ...,
    days after Lai stopped over in Hawaii"), or in what a person's relative clause tells of him: where the other
    thing happened."""
    node = root_at(doc, start, end)
    while node is not None and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE for c in node.children):
            return not within(verb, node)
        if node.dep_ == "relcl" and (node.head.ent_type_ == "PERSON" or node.head.lower_ in gz.person_nouns()):
            # "heeding a call from its jailed leader, who has been held on an island prison near Istanbul"
            return not within(verb, node)
        if node.dep_ == "appos" and not within(verb, node):
            # "Fano, a coalition of militias that fought ... in neighbouring Tigray, took up arms": who they are
            return True
        node = node.head
    return False


def _where_met(doc: Any, start: int, end: int, verb: Any) -> bool:
    """A place that says where a meeting of another clause was held, or a deal signed: "agreed to a ceasefire
    after talks in Doha, ending a week of border fighting that killed dozens" (the fighting was not in Doha)."""
    node = root_at(doc, start, end)
    if node is None or node.dep_ != "pobj" or node.head.lower_ not in ("in", "at"):
        return False
    # (the sentence pass runs for physical actions only, so the verb is never the meeting itself)
    host = node.head.head
    # "talks were held in Istanbul", "held talks in Istanbul": the place of the verb that holds a meeting
    held = host.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _MEETINGS for c in host.children
    )
    # "signed a peace declaration in Kuala Lumpur ... after clashes in July killed 48": where it was signed
    signer = host.head if host.dep_ == "dobj" else host  # ("signed a peace declaration in Kuala Lumpur")
    signed = signer.pos_ == "VERB" and signer.lemma_.lower() in ("sign", "ink", "seal")
    return (host.lemma_.lower() in _MEETINGS or held or signed) and not within(verb, node.head)


def _origin(doc: Any, start: int, end: int) -> bool:
    """Where a person or a thing is from: "a fisherman from the coastal town of Taganga had been killed" (at
    sea), "attacked convoys on the main roads from Senegal" (in Mali); not where an act is from ("fired from
    Gaza")."""
    node = root_at(doc, start, end)
    while node is not None and node.dep_ in ("compound", "appos", "pobj", "conj") and node.head.lower_ != "from":
        if node.dep_ == "pobj" and node.head.lower_ != "of":
            return False
        node = node.head.head if node.dep_ == "pobj" else node.head  # "the town of Taganga": the town
    if node is None or node.dep_ != "pobj" or node.head.lower_ != "from":
        return False
    person = node.head.head
    if person.dep_ == "conj" and person.pos_ == "NUM":
        person = person.head  # "nine peacekeepers from South Africa and one from Uruguay"
    return person.pos_ in ("NOUN", "PROPN") or person.lower_ in gz.person_nouns()


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
    the thing is not there; nor is it in the country its place borders ("to the region, which borders
    Venezuela")."""
    root = root_at(doc, start, end)
    if root is not None and root.dep_ == "dobj" and root.head.lemma_ == "border":
        return True
    if root is not None and any(a.dep_ in ("acl", "amod") and a.lemma_.lower() in _TIES for a in root.ancestors):
        # "targeting infrastructure linked to last month's attack on tourists in Pahalgam": deeper in the tie too
        tie = next(a for a in root.ancestors if a.dep_ in ("acl", "amod") and a.lemma_.lower() in _TIES)
        return any(c.dep_ == "prep" and c.lower_ in ("to", "for", "with") for c in tie.children)
    return False


_SETTLEMENTS = frozenset({"town", "city", "village", "camp", "port", "capital"})


def _names_an_incident(doc: Any, start: int, end: int) -> bool:
    """ "denies any role in the Pahalgam attack": the place names which incident, where another action (a denial,
    a condemnation) did not happen."""
    root = root_at(doc, start, end)
    return root is not None and root.dep_ == "compound" and root.head.lemma_.lower() in gz.incident_nouns()


def _modifier_only(doc: Any, start: int, end: int, country: bool) -> bool:
    """A mention that only says which thing its noun is, not where the event is:
    - a country written before a noun says whose the thing is ("with the support of U.S. air strikes", "a U.S.
      warship"), and any place before a title whose office it is ("its exiled Gaza chief");
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
    if root.dep_ == "compound" and noun.lower_ in gz.title_words()[1]:
        return True  # "the son of its exiled Gaza chief": whose office it is, not where anything happened
    if noun.lemma_.lower() not in _SETTLEMENTS or not any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children
    ):  # ("Eritrea's Red Sea port of Assab", as "the Red Sea port of Hodeidah")
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
    parsed = nlp.text_of(doc) if nouns else ""
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
