"""Figures: the numbers a story claims, what they count, where and over what period, and who claims them.

Method: numbers and their qualifier ranges come from :mod:`newsledger.extract.numbers`.  Each is then read in
its clause of the dependency parse:

- *category*: a currency makes it money; otherwise the category word (``data/figure_categories.tsv``) nearest
  to the number in its clause ("killing at least 12", "12 people were killed", "the death toll rose to 1,136",
  "400 injured", "600 trucks of aid"); a count of people with no such word is ``people``, anything else
  (missiles, houses) ``other``;
- *who*: the counted noun with its modifiers ("civilians", "U.N. peacekeepers", "aid workers");
- *place*: a place named in the same sentence, preferring one after a locative preposition ("in Kharkiv");
- *period*: a period phrase of ``data/periods.txt`` in the same sentence ("in the past 24 hours", "since the
  fighting began");
- *source*: the speaker of the innermost quote, indirect statement or "according to" that contains the
  number ("according to the health ministry", "the army said", "Kyiv estimates").

Limits: a number whose clause names two categories takes the nearer one; "killed 5 and wounded 7" in one
clause relies on the parse to keep the verbs apart; places are entity names here, not yet geocoded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import gapped_passive, taken_for_speaker
from newsledger.extract.numbers import Number, find_numbers
from newsledger.extract.roles import is_people
from newsledger.extract.setting import WHERE_PREPS, characterised, ranks_over
from newsledger.extract.speakers import speech_verbs
from newsledger.records import Article, Entity, Figure, Quote

EXTRACTOR = "figures"
_CLAUSE_BREAKS = ("ccomp", "advcl", "conj", "parataxis", "relcl")
_CLIMB_OVER = frozenset({"include", "including", "among", "of"})


def _rows(name: str) -> list[str]:
    raw = resources.files("newsledger.extract").joinpath(f"data/{name}").read_text("utf-8")
    return [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def categories() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    out = []
    for line in _rows("figure_categories.tsv"):
        category, words = line.split("\t")
        out.append((category, tuple(tuple(w.split()) for w in words.split("|"))))
    return tuple(out)


@lru_cache(maxsize=1)
def phrases_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (phrase, category) pairs, so a token is checked only against phrases it can start."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for category, phrases in categories():
        for phrase in phrases:
            table.setdefault(phrase[0], []).append((phrase, category))
    return {word: tuple(pairs) for word, pairs in table.items()}


@lru_cache(maxsize=1)
def period_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _rows("periods.txt")), re.IGNORECASE)


def _clause_root(doc: Any, tok: Any) -> Any:
    """The verb (or auxiliary) heading the clause a number stands in, stepping over 'including' and 'of'."""
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.lemma_ not in _CLIMB_OVER:
            if node.dep_ == "advcl" and node.head.lemma_ in _RAISES and tok.head.lower_ == "to":
                return node.head  # "raising the number of such deaths since the war began to 271"
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


# Verbs that bring a toll "to" a number, whose "to" the small model may hang on a "since" clause in between.
_RAISES = frozenset({"raise", "bring", "push", "take", "lift", "increase", "put"})


def _clause_tokens(root: Any, number_tokens: set[int]) -> list[Any]:
    """Tokens of the clause: the root's subtree without embedded clauses that do not hold the number."""
    skip: set[int] = set()
    for child in root.children:
        sub = {t.i for t in child.subtree}
        if child.dep_ in _CLAUSE_BREAKS and not (sub & number_tokens):
            skip |= sub
    return [t for t in root.subtree if t.i not in skip]


# Where a number is placed ("the town of", below), and (with buildings) what a toll never counts.
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "camp", "area", "state"})
# Tolls only people make up, and nouns counted in the same clause that are never people.
# Verbs whose "to" says where the people counted went: "deployed 1,000 soldiers to Cabo Delgado".
_SENT_TO = frozenset({"deploy", "send", "dispatch", "rush", "airlift", "move", "flee", "return", "relocate", "arrive"})
_HUMAN_TOLLS = frozenset({"killed", "injured", "hostages", "detained", "displaced", "missing"})
_NOT_PEOPLE = _PLACE_NOUNS | frozenset(
    {"house", "home", "building", "school", "hospital", "position", "base", "target", "site", "neighbourhood",
     "neighborhood", "location", "facility", "installation",
     # "a commander of one group was shot dead": bodies of people, not the people
     "group", "side", "faction", "party", "unit", "camp"}
)  # fmt: skip


def _category(doc: Any, num: Number, noun: Any | None, root: Any) -> str:
    """The figure's category; `root` is the verb heading the number's clause (_clause_root)."""
    if num.currency:
        return "money"
    tokens = set(range(num.first, num.last))
    whole = noun  # "at least 23 people, including four children": the children are among the people
    while whole is not None and whole.dep_ == "pobj" and whole.head.lower_ in ("including", "among"):
        whole = whole.head.head
    verb = doc[whole.left_edge.i - 1] if whole is not None and whole.left_edge.i > 0 else None
    if whole is not None and verb is not None and getattr(taken_for_speaker(verb), "i", None) == whole.i:
        root = verb  # "abducted at least 38 pupils, police ... said": the count is of whom the verb took
    after = doc[noun.right_edge.i + 1] if noun is not None and noun.right_edge.i + 1 < len(doc) else None
    if noun is not None and after is not None and getattr(gapped_passive(after), "i", None) == noun.i:
        root = after  # "had been detained since Thursday and 113 police officers injured": the officers' verb
    clause = _clause_tokens(root, tokens)
    # "two of the wounded died": a part of a group counted before is counted by what happened to it, so the
    # group's own word ("wounded") decides only when the clause has no other.
    partitive = (
        num.last + 1 < len(doc) and doc[num.last].lower_ == "of" and doc[num.last + 1].lower_ in ("the", "those")
    )
    if noun is not None and partitive:
        found = _closest_category(doc, [t for t in clause if t.i not in {x.i for x in noun.subtree}], tokens, set())
        if found is not None:
            return found
    if noun is not None:
        # "received 184 patients, 19 of whom were declared dead": a clause on the noun that counts a part of it
        # has its own category
        counted_apart = {
            t.i for c in noun.children if c.dep_ in ("relcl", "acl")
            and any(g.like_num and g.i not in tokens for g in c.subtree) for t in c.subtree
        }  # fmt: skip
        clause += [t for t in noun.subtree if t not in clause and t.i not in counted_apart]
        clause = [t for t in clause if t.i not in counted_apart]
    aid_scope = {t.i for t in noun.subtree} if noun is not None else set()
    found = _closest_category(doc, clause, tokens, aid_scope)
    if (
        found in _HUMAN_TOLLS
        and noun is not None
        and (noun.lemma_.lower() in _NOT_PEOPLE or noun.lemma_.lower() in gz.incident_nouns() or noun.lemma_ == "war")
    ):
        # "strikes on two villages killed five people": villages are not the dead; "killed in two wars", "in
        # three attacks": nor are the incidents they died in
        return "other"
    if (
        found == "aid" and noun is not None and noun.lemma_.lower() in _VEHICLES and _wrecked(noun)
        and not any(t.lemma_.lower() in _AID_WORDS for t in noun.subtree)
    ):  # fmt: skip
        return "other"  # "burning dozens of trucks": vehicles destroyed, not aid ("destroyed 40 aid trucks" is)
    if found is None and noun is not None and root.lemma_ in _SNATCH and is_people(noun):
        # "gunmen seized more than 300 students": taken by force, as hostages; by the police, into custody
        doer = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return "detained" if doer is not None and doer.lemma_.lower() in _AUTHORITIES else "hostages"
    if found is not None:
        return found
    if noun is not None and (noun.lower_ in gz.person_nouns() or noun.ent_type_ == "NORP"):
        return "people"
    return "other"


# Verbs of taking people by force, and who takes them into custody rather than hostage.
_SNATCH = frozenset({"seize", "snatch", "grab"})
_AUTHORITIES = frozenset({"police", "army", "troop", "soldier", "force", "authority", "officer", "military", "agent",
                          "government", "junta", "policeman"})  # fmt: skip
# Vehicles that count aid when they deliver it, and what is done to them when they are hit instead.
_VEHICLES = frozenset({"truck", "lorry", "tanker", "vehicle", "ambulance"})
_AID_WORDS = frozenset({"aid", "humanitarian", "relief", "food", "medical", "medicine", "supply", "flour"})
_WRECKED = frozenset({"burn", "torch", "destroy", "damage", "blow", "set", "hit", "strike", "bomb", "shell",
                      "attack", "ambush", "seize", "hijack", "commandeer", "steal"})  # fmt: skip


def _wrecked(noun: Any) -> bool:
    """Whether the verb the counted noun is the object of destroys or takes it: "burned dozens of trucks",
    "40 trucks were destroyed"."""
    head = noun
    while head.dep_ in ("pobj", "prep") or (head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ != "VERB"):
        head = head.head
    verb = head.head if head.dep_ in ("dobj", "nsubjpass", "pobj") else head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _WRECKED


def _closest_category(doc: Any, clause: list[Any], tokens: set[int], aid_scope: set[int]) -> str | None:
    """The category of the category phrase nearest to the number among the clause's tokens."""
    best: tuple[int, str] | None = None
    index = phrases_by_first_word()
    for tok in clause:
        if tok.i in tokens or _at_risk(tok):
            continue
        for first in {tok.lower_, tok.lemma_.lower()}:
            for phrase, category in index.get(first, ()):
                # "600 trucks of aid" counts aid; "25 million people need aid" counts people.
                if category == "aid" and tok.i not in aid_scope:
                    continue
                span = doc[tok.i : tok.i + len(phrase)]
                if (
                    len(phrase) > 1
                    and tuple(t.lower_ for t in span) != phrase
                    and tuple(t.lemma_.lower() for t in span) != phrase
                ):
                    continue
                distance = min(abs(tok.i - i) for i in tokens)
                if best is None or distance < best[0]:
                    best = (distance, category)
    return best[1] if best is not None else None


_RISKS = frozenset({"risk", "threat", "danger", "brink", "verge", "fear", "prospect"})


def _at_risk(tok: Any) -> bool:
    """ "children at risk of death", "on the brink of starvation": what may happen to them, not what did."""
    return tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _RISKS


def _counted_noun(doc: Any, num: Number) -> Any | None:
    """The noun a number counts: '12 people', 'dozens of civilians', '1,000 prisoners'."""
    last = doc[num.last - 1]
    if last.dep_ in ("nummod", "quantmod") and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    if num.last < len(doc) and doc[num.last].lower_ == "of":
        pobj = next((c for c in doc[num.last].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return pobj
    if num.last < len(doc) and doc[num.last].pos_ == "NOUN" and doc[num.last].head.i != num.last - 1:
        return doc[num.last]
    if (verb := _put_verb(doc, num)) is not None:  # "estimated the crowd at 39,000": the crowd is counted
        thing = next(c for c in verb.children if c.dep_ == "dobj")
        return thing if thing.pos_ in ("NOUN", "PROPN") and thing.lemma_.lower() not in _TOLLS else None
    for child in last.children:  # "1,294 wounded" style heads
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _who(doc: Any, noun: Any | None, num: Number) -> str | None:
    """The counted group with its modifiers, without the number and category words ('Russian servicemen')."""
    if noun is None or (noun.lower_ not in gz.person_nouns() and noun.ent_type_ != "NORP"):
        return None
    skip = {w for _, phrases in categories() for p in phrases for w in p}
    mods = [
        c
        for c in noun.lefts
        if c.dep_ in ("compound", "amod", "nmod") and c.i >= num.last and c.lower_ not in skip and not c.like_num
    ]
    first = min([m.left_edge.i for m in mods] + [noun.i])
    return str(doc[first : noun.i + 1].text)


def _place(
    doc: Any, num: Number, entities: tuple[Entity, ...], floor: int, clause: list[Any]
) -> tuple[str | None, str | None]:
    """A place named in the number's sentence as a location ("in Kharkiv", "the city of El Fasher"), the
    nearest such, one in the number's own clause first ("deployed about 1,000 soldiers to Cabo Delgado ... and
    has since helped retake Mocimboa da Praia"); a country that acts ("Russia had launched", "Britain's") is an
    actor, not the place."""
    sent = doc[num.first].sent
    own = {t.idx for t in clause}
    candidates = []
    for entity in entities:
        if entity.type not in ("GPE", "LOC", "FAC"):
            continue
        for m in entity.mentions:
            if not (sent.start_char <= m.start < sent.end_char and m.start >= floor):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not _locative(span.root) or characterised(doc, m.start, m.end):
                continue
            candidates.append((span.root.idx not in own, abs(m.start - doc[num.first].idx), entity))
    if not candidates:
        return None, None
    best = min(candidates, key=lambda c: c[:2])[2]
    return best.name, best.id


def _locative(tok: Any) -> bool:
    if tok.dep_ == "compound" and tok.head.lower_ in _PLACE_NOUNS:
        tok = tok.head  # "from a church in Kwara state": the state's name stands where the state does
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in WHERE_PREPS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in _SENT_TO:
        return True  # "deployed about 1,000 soldiers to Cabo Delgado", "5,000 people fled to Metuge"
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PLACE_NOUNS


def _period(doc: Any, num: Number, root: Any, clause: list[Any]) -> str | None:
    sent = doc[num.first].sent
    at = doc[num.first].idx - sent.start_char
    matches = [
        m for m in period_pattern().finditer(sent.text)
        if not ((span := sent.char_span(m.start(), m.end(), alignment_mode="expand")) and ranks_over(span.root))
    ]  # fmt: skip
    # "The war, which erupted in April 2023, has killed tens of thousands": a relative clause on another noun
    # says when that noun began, not when the number was counted; one on the counted noun ("300 people who died
    # in April") is the number's own.
    tokens = set(range(num.first, num.last))
    counted = {a.i for i in tokens for a in (doc[i], *doc[i].ancestors)}
    foreign = {
        t.idx - sent.start_char for r in sent
        if r.dep_ == "relcl" and r.head.i not in counted and not ({t.i for t in r.subtree} & tokens)
        for t in r.subtree
    }  # fmt: skip
    matches = [m for m in matches if m.start() not in foreign]
    # "the camps around Tawila, where hundreds of thousands of people fled ..., had doubled over the past month":
    # a number inside a relative clause is counted over that clause's period, not its sentence's
    relative = next((a for a in doc[num.first].ancestors if a.dep_ == "relcl"), None)
    if relative is not None:
        inside = {t.idx - sent.start_char for t in relative.subtree}
        matches = [m for m in matches if m.start() in inside]
    if not matches:
        return None
    # "has displaced more than 700,000 people since January and that at least 3,000 were killed during the
    # battle": a period in the number's own clause first
    starts = {t.idx - sent.start_char for t in clause}
    own = [m for m in matches if m.start() in starts or any(m.start() < p < m.end() for p in starts)]
    if not own and root.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        # a conjoined clause with its own subject is another sentence: the first clause's period is not its own
        first = {t.idx - sent.start_char for t in root.head.subtree} - {t.idx - sent.start_char for t in root.subtree}
        matches = [m for m in matches if m.start() not in first]
    if not own:
        # "More than 1.3 million have been displaced ..., and some 5,600 people were killed last year": a clause
        # joined with a subject of its own says when its own count was made
        apart = {
            t.idx - sent.start_char for c in root.children
            if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not ({t.i for t in c.subtree} & tokens)
            for t in c.subtree
        }  # fmt: skip
        matches = [m for m in matches if m.start() not in apart]
    best = min(own or matches, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)), default=None)
    return str(best.group(0)) if best is not None else None


def _source(start: int, end: int, quotes: tuple[Quote, ...]) -> tuple[str | None, str | None]:
    holding = [q for q in quotes if q.start <= start and end <= q.end and q.speaker]
    if not holding:
        return None, None
    # The report that opens nearest before the number: the inner of two nested reports, and of two that overlap
    # ("X says 54,000 were killed ..., according to Y", where Y's phrase reaches back over "X says") the one
    # whose words the number is in.
    inner = max(holding, key=lambda q: (q.start, -(q.end - q.start)))
    return inner.speaker, inner.speaker_id


def _reported_sentence(doc: Any, num: Number, quotes: tuple[Quote, ...]) -> tuple[str | None, str | None]:
    """The one speaker of a sentence that is all a report, for a number its quote's span leaves out: "Local
    activists accused the RSF of killing at least 1,500 people ..., including more than 460 patients"."""
    sent = doc[num.first].sent
    if sent.root.lemma_ not in speech_verbs():
        return None, None
    node = doc[num.first]
    while node.head.i != node.i:
        node = node.head
        if node.dep_ == "conj" and node.head.i == sent.root.i and any(c.dep_ == "nsubj" for c in node.children):
            return None, None  # "The U.N. said it was sending teams, and Britain announced 1 million pounds"
    told = {(q.speaker, q.speaker_id) for q in quotes if q.speaker and sent.start_char <= q.start < sent.end_char}
    return next(iter(told)) if len(told) == 1 else (None, None)


_PUT = frozenset({"put", "place", "estimate", "set"})
_TOLLS = frozenset({"toll", "number", "figure", "count", "total", "tally"})


def _put_verb(doc: Any, num: Number) -> Any | None:
    """The verb of "put/placed/estimated X at N" whose "at" governs the number, or None."""
    prep = doc[num.last - 1].head
    if doc[num.last - 1].dep_ == "nummod" and prep.dep_ == "pobj":
        prep = prep.head  # "put the national toll at 2,400 deaths": the number counts the noun after "at"
    verb = prep.head if prep.dep_ == "prep" and prep.lower_ == "at" else None
    if verb is None or verb.lemma_ not in _PUT:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "set" places many things at a number ("set the price at"); a toll is what it sets here
    return verb if thing is not None and (verb.lemma_ != "set" or thing.lemma_.lower() in _TOLLS) else None


def _put_at(doc: Any, num: Number) -> str | None:
    """Who puts a number on something: the subject of "put/placed/estimated the toll (the crowd, its losses) at
    N", which is the figure's source though no verb of saying is written."""
    verb = _put_verb(doc, num)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    # (the blanked dateline is a space token the parser may hang on the subject)
    return str(doc[subject.left_edge.i : subject.right_edge.i + 1].text).strip(" ,;:") or None


def _number(x: float | None) -> float | None:
    return None if x is None else (int(x) if float(x).is_integer() else x)


# People who tell a story rather than figure in it: "two security officials said", "three witnesses told Reuters".
_TELLERS = frozenset({"official", "source", "witness", "resident", "diplomat", "officer", "doctor", "medic",
                      "spokesman", "spokesperson", "analyst", "person", "protester", "activist", "survivor",
                      "relative", "lawmaker", "commander"})  # fmt: skip


def _speaks(noun: Any) -> bool:
    """Whether the counted noun is a teller and the subject of a reporting verb, or a teller the next verb of
    the sentence reports for ("killing at least 50 soldiers, two security sources and a local resident told
    Reuters", where the small model conjoins the sources to the dead)."""
    if noun.lemma_.lower() not in _TELLERS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True  # "... was still on the run, according to two security sources"
    if noun.dep_ == "nsubj" and noun.head.lemma_ in speech_verbs():
        return True
    verb = next((t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in speech_verbs() or verb.i - noun.i > 8 or verb.i <= noun.right_edge.i:
        return False
    if verb.dep_ in ("acl", "relcl", "amod"):
        return False  # "sanctions on two RSF commanders, announced on Monday": the sanctions were announced
    # "ordered the recruitment of 20,000 more police officers, his spokesman said": the verb has a teller of its
    # own between them
    return not any(c.dep_ == "nsubj" and noun.right_edge.i < c.i < verb.i for c in verb.children)


def extract_figures(
    doc: Any, article: Article, entities: tuple[Entity, ...] = (), quotes: tuple[Quote, ...] = ()
) -> tuple[Figure, ...]:
    """Every count of people, money, aid or things in the article, with range, category and source."""
    floor = article.dateline.end if article.dateline else 0
    figures: list[Figure] = []
    for num in find_numbers(doc):
        if doc[num.first].idx < floor:
            continue
        noun = _counted_noun(doc, num)
        if noun is not None and _speaks(noun):
            continue  # "two security officials said": who tells the story, not a count the story reports
        root = _clause_root(doc, doc[num.last - 1])  # the number's clause, for its category and its period
        category = _category(doc, num, noun, root)
        first = doc[num.qualifier_first]
        last_tok = doc[num.last - 1]
        end_tok = noun if noun is not None and 0 <= noun.i - num.last <= 3 else last_tok
        start, end = first.idx, end_tok.idx + len(end_tok)
        source, source_id = _source(start, end, quotes)
        if source is None:
            # "A Reuters tally based on local sources put the civilian toll at 500"; "Police estimated the crowd
            # at 39,000, while a monitoring group put it at 110,000, saying ...": who puts the number, before
            # whoever else the sentence reports
            source, source_id = _put_at(doc, num), None
        if source is None:
            source, source_id = _reported_sentence(doc, num, quotes)
        clause = _clause_tokens(root, set(range(num.first, num.last)))  # for its place and its period
        place, _place_id = _place(doc, num, entities, floor, clause)
        confidence = 0.6 + (0.15 if category not in ("people", "other") else 0) + (0.15 if source else 0)
        confidence -= 0.1 if num.vague else 0
        figures.append(
            Figure(
                id=f"F{len(figures) + 1}",
                text=article.text[start:end],
                value=_number(num.value) or 0,
                low=_number(num.low),
                high=_number(num.high),
                qualifier=num.qualifier,
                category=category,
                unit=num.currency,
                who=_who(doc, noun, num),
                place=place,
                period=_period(doc, num, root, clause),
                source=source,
                source_id=source_id,
                start=start,
                end=end,
                confidence=round(confidence, 2),
                extractor=EXTRACTOR,
            )
        )
    return tuple(figures)
