"""Events: actions reported in the article, coded actor-action-target in PLOVER's event types.

Method: a trigger lexicon (``data/plover_lexicon.tsv``): reporting and action verbs ("accused", "shelled",
"met") and light verbs with their objects ("held talks", "launched an attack", "imposed sanctions").  For each
trigger in the dependency parse, the actor is its subject (or the agent of a passive), the target its object,
a passive subject, or the object of "against/on/with/at"; both are resolved through the entities.  The object of
a light verb is part of the action ("held talks with Oman": the target is Oman), and with no target a joint
action's second subject is it ("Pakistan and Afghanistan agreed").  A weapon is never the actor ("drone strikes
hit El Obeid" names no one), nor is a backer ("Rwanda-backed M23 rebels" are M23).  Pronouns stand for the
subject of the report they are in ("the army said it had detained 14") or of the sentence before, else the last
group or state named; "his country" is the country of the speaker's title.  Place and date are chosen by
:mod:`.setting`; figures and the party reporting the event come from the other extractors' records in the same
sentence.

An event under a negation ("did not attack", "denies backing M23") is left out; one under a modal, a condition,
or a verb of intending or threatening ("would attack", "if they attack", "plans to attack", "a planned assault
would be a disaster") is kept and marked ``hypothetical``, for precision downstream.

Each event also gets an ACLED-style ``subtype`` from cue words in its sentence (:mod:`.subtypes`), for
comparison with ACLED and CASE data.

Limits: one trigger, one event: "killed and wounded" gives two; coreference across sentences is limited to
what the entity extractor resolved; PLOVER's modes and contexts are not coded.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.quotes import speech_verbs
from newsledger.extract.setting import PHYSICAL, PLACE_NOUNS, backs, own_clause, root_at, stands_apart, when, where
from newsledger.extract.subtypes import subtype
from newsledger.records import Article, DateRef, Entity, Event, Figure, Place, Quote

EXTRACTOR = "events"
# "will" too: an event still to come has not happened ("the two sides will meet in Istanbul on Nov. 6").
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "will", "shall", "'ll", "wo"})
# Verbs and adjectives whose complement has not happened: intentions ("plans to attack"), readiness ("ready to
# impose tariffs") and requests ("urged the EU to fund a loan").
_INTENT = frozenset(
    {"plan", "threaten", "vow", "intend", "propose", "consider", "want", "seek", "aim", "prepare", "try",
     "ready", "willing", "urge", "ask", "demand", "call", "press", "appeal", "request", "push", "offer",
     "promise", "pledge", "due", "expect", "schedule", "slate", "set", "poise", "likely", "unlikely"}
)  # fmt: skip
# Nouns whose infinitive has not happened either: "rejected calls to negotiate", "a bid to retake the town".
_INTENT_NOUNS = frozenset(
    {"call", "plan", "bid", "effort", "attempt", "proposal", "offer", "threat", "demand", "push", "pressure",
     "request", "appeal", "promise", "pledge", "vow", "readiness", "willingness", "intention", "ultimatum", "order"}
)  # fmt: skip
# Definite descriptions wire copy uses for an organisation it has just named ("the group", "the militia").
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "coalition"})
_GROUP_REACH = 700  # characters: about four sentences back
# Passives whose subject is the subject of their infinitive: "is expected to meet", "is said to have fired".
_RAISING = frozenset({"expect", "schedule", "set", "slate", "believe", "say", "report", "think", "understand", "know"})
# What a state or an armed group has: "its troops", "their positions" stand for their owner as a target too.
_FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "fighter", "position", "base", "convoy", "patrol", "unit", "post", "checkpoint",
     "vessel", "ship", "warship", "aircraft", "jet", "drone", "outpost"}
)  # fmt: skip
_TARGET_PREPS = frozenset({"against", "on", "with", "at", "into", "upon"})
_PERSONAL = frozenset({"he", "she", "him", "her", "it", "they", "them", "we", "us", "i", "its", "their"})
_ATTACK_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "shelling", "bombardment", "raid", "explosion", "blast", "barrage", "salvo",
     "clash", "fighting", "violence", "gunfire", "rifle", "gun", "weapon", "bomb", "mine", "grenade", "machete",
     "assault", "offensive", "bombing", "ambush", "skirmish", "firefight", "crossfire", "exchange", "incursion"}
)  # fmt: skip
# Verbs whose complement did not happen by their subject's account.
_DENY = frozenset({"deny", "refuse", "decline", "reject"})
# What one is given to do something with, not the doing: "emergency powers to send troops".
_CAPACITIES = frozenset({"power", "authority", "right", "mandate", "permission", "licence", "license", "means",
                         "capacity", "ability", "approval", "authorization", "authorisation", "leeway"})  # fmt: skip
# Verbs whose complement is not done from then on: "agreed to stop attacking ships", "refrain from striking".
_HALT = frozenset({"stop", "cease", "halt", "quit", "refrain", "end", "suspend"})
# "a resident who asked not to be named": the reporter's anonymity formula, not a request.
_ANONYMITY = frozenset({"name", "identify", "quote"})
_MEASURES = frozenset({"package", "sanction", "measure", "law", "resolution", "bill", "decree", "order", "ban"})
# Actions two conjoined subjects do together or against each other: with no object, the second is the target.
_JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT"})
# Actions that a participle may ascribe to a place or an institution as what it does ("a school sheltering
# families", "a charity supporting widows"), rather than report.
_BENIGN = frozenset({"AID", "SUPPORT", "COOPERATE"})
_EVENT_FIGURES = frozenset({"killed", "injured", "detained", "hostages", "displaced", "missing"})
_HAZARDS = frozenset(
    "earthquake quake aftershock magnitude flood floods flooding storm cyclone hurricane typhoon tornado landslide "
    "mudslide fire wildfire blaze drought heatwave avalanche tsunami eruption disease outbreak epidemic".split()
)
# Subjects that "hit" or "struck" a place only as a circumstance does: "the blockade has also hit Burkina Faso",
# "sanctions hit Russia's economy".  Not an assault by anyone.
_CIRCUMSTANCES = frozenset(
    "blockade blockades crisis shortage shortages sanction sanctions tariff tariffs inflation recession downturn "
    "slowdown closure closures cut cuts price prices cost costs shutdown".split()
)


@dataclass(frozen=True, slots=True)
class _Rule:
    action: str
    verbs: frozenset[str]
    objects: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> tuple[_Rule, ...]:
    out = []
    for line in gz.data_lines("plover_lexicon.tsv"):
        cols = [*line.split("\t"), ""]
        objects = frozenset(w for w in cols[2].split("|") if w.strip())
        out.append(_Rule(cols[0].strip(), frozenset(cols[1].split("|")), objects))
    return tuple(out)


def code(verb: Any) -> str | None:
    """The PLOVER type of a verb in its clause, or None."""
    rule = _rule_for(verb)
    return rule.action if rule else None


def _may_strike(verb: Any) -> bool:
    """Whether a verb's object may say where things happen ("shelled Kherson", "entered the town of Afrin"):
    not when the verb is one of saying or an action of another kind ("blamed Kyiv", "told Saba")."""
    action = code(verb)
    return (action is None or action in PHYSICAL) and verb.lemma_ not in speech_verbs()


def _rule_for(verb: Any) -> _Rule | None:
    """The first lexicon line a verb and its objects match."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")}
    # "pressing toward Pokrovsk for more than a year": a preposition that only says how long is no object.
    preps = [
        c for c in verb.children if c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    ]
    objects |= {g.lemma_.lower() for c in preps for g in c.children if g.dep_ == "pobj"}
    objects |= {c.lower_ for c in verb.children if c.dep_ == "prt"} | {c.lower_ for c in preps}
    # "sent an aircraft carrier and about 10,000 troops": every object in a list counts.
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.conjuncts}
    # "approved a package of sanctions", "a new round of talks": the noun after "of" says what it is.
    objects |= {
        g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    }  # fmt: skip
    for rule in rules():
        if lemma in rule.verbs and (not rule.objects or objects & rule.objects):
            return rule
    return None


def _gapped_passive(verb: Any) -> bool:
    """ "were killed and several posts destroyed": a bare participle joined to a passive shares its "were", and its
    subject is what the action was done to."""
    return (
        verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )  # fmt: skip


def _negated(verb: Any) -> bool:
    """ "did not attack", and "are not going to accept", "refused to meet": a negation on the verb or on a
    verb it is the complement of."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.head.lemma_ in _HALT:
            return True  # "urged both sides to refrain from attacking civilians"
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False
        if node.head.lemma_ in _DENY:  # "Rwanda denies backing M23", "refused to meet"
            return True
        if node.dep_ == "xcomp" and node.head.lemma_ in _HALT:  # "agreed to stop attacking American ships"
            return True
        if node.dep_ != "xcomp":
            return False
        node = node.head
        if node.dep_ == "acomp" and node.head.i != node.i:
            node = node.head  # "had not been able to deliver food": the negation is on "been"
    return False


def _hypothetical(verb: Any) -> bool:
    node = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if any(  # the main clause of a condition: "ready to impose tariffs if allies followed suit"
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in node.children
        ):
            return True
        if node.dep_ in ("acl", "relcl") and node.head.lemma_.lower() in _INTENT_NOUNS:
            return True  # "rejected calls to negotiate with the militants": nobody has negotiated
        if _purpose(node):
            return True
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
        if node.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
            break  # "said Caracas would cooperate ... and had sent aid": the conjunct has its own tense
        complement = node.dep_ in ("xcomp", "ccomp")
        node = node.head
        if complement and node.lemma_ in _INTENT:  # not "called a summit and urged ...": a conjunct is no complement
            return True
    return False


def _purpose(verb: Any) -> bool:
    """An infinitive that says what something is for ("troops, deployed since 2021 to help Mozambique fight the
    insurgency", "emergency powers to send troops"): an aim or a capacity, not a reported action.  Not after an
    ordinal ("the first country to recognise Palestine" did), nor the aim of a reported act, which the act
    carries out ("began a hunger strike to protest the decision", "opened fire to disperse demonstrators")."""
    if verb.dep_ not in ("advcl", "acl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    noun = verb.head
    if verb.dep_ == "advcl":
        # "giving his government emergency powers to send troops": the small model hangs a capacity's infinitive
        # from the verb.
        granted = next((c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i + 2 == verb.i), None)
        if granted is not None and granted.lemma_.lower() in _CAPACITIES:
            return True
        # the aim of a participle that describes a force: "troops, deployed ... to help"
        return noun.tag_ == "VBN" and noun.dep_ == "acl" and noun.head.lemma_.lower() in _FORCE_NOUNS
    return not any(c.lower_ in ("first", "last", "only", "second", "latest") or c.tag_ == "JJS" for c in noun.children)


class _Resolver:
    def __init__(self, entities: tuple[Entity, ...], floor: int, text: str, quotes: tuple[Quote, ...] = ()) -> None:
        self.rows = sorted((m.start, m.end, e) for e in entities for m in e.mentions if m.start >= floor)
        self.floor = floor
        self.text = text  # the article text (the parsed text but for the blanked dateline); spaCy's doc.text is
        # rebuilt from the tokens on every access
        self.by_name = {e.name: e for e in entities}
        self.by_id = {e.id: e for e in entities}
        self.quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]

    def _country(self, entity: Entity) -> tuple[str, str | None]:
        """'Russian missiles struck': the actor of event data is the country, not the adjective."""
        if entity.type == "NORP" and (iso := gz.country_of(entity.name)):
            return self._state(iso)
        return entity.name, entity.id

    def _state(self, iso: str) -> tuple[str, str | None]:
        """A country's name, and the id of its entity when the article names it."""
        name = gz.countries()[iso].name
        country = self.by_name.get(name)
        return name, country.id if country else None

    def _state_of(self, row: tuple[int, int, Entity]) -> tuple[str, str | None] | None:
        """The state whose organ a mention names: "Russia's Defense Ministry said its forces had captured ...":
        the forces are Russia's."""
        entity = row[2]
        words = entity.name.split()
        if entity.type != "ORG" or not words or words[-1].lower() not in _STATE_ORGANS:
            return None
        owner = _OWNER.search(self.text[max(0, row[0] - 40) : row[0]])
        iso = gz.country_of(owner.group(1)) if owner else gz.country_of(words[0])
        return self._state(iso) if iso is not None else None

    def _pronoun(self, tok: Any) -> tuple[str | None, str | None]:
        """What "he", "it" or "they" stands for (a person for he and she, a group or state for it and they).

        Two subjects decide when there is one: the one whose report the pronoun is in ("Yemen's Huthi rebels
        said they had fired": the Huthis; "The army said it had detained 14": the army, which has no name), and,
        for a pronoun opening its sentence, the subject of the sentence before ("The military government did
        not comment. It has said ...": no name either).  Otherwise the last such entity named before it that is
        not a location ("in Gaza"): "would not negotiate with the RSF while it besieged cities"."""
        kinds = ("PERSON",) if tok.lower_ in ("he", "she", "him", "her", "his") else ("ORG", "GPE", "NORP")
        # "'They tied their hands,' said X, a leader of a militia": a "they" in a direct quote is not the
        # speaker's side (that is "we").
        quoted = any(a <= tok.idx < b for a, b in self.quoted)
        subjects = [] if quoted else [_reporter_subject(tok)]
        sent = tok.sent
        if sent.start > 0 and not any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[sent.start : tok.i]):
            prev = tok.doc[sent.start - 1].sent.root
            subjects.append(next((c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass")), None))
        for subject in subjects:
            if subject is None:
                continue
            if subject.pos_ == "PRON" and subject.i < tok.i and subject.lower_ in _PERSONAL:
                return self._pronoun(subject)  # "It has said it targets ...": as the first "it"
            inside = self._inside(subject, hide=True)
            if any(r[2].type in kinds for r in inside):
                return self.entity(subject, owner=True)
            if not inside and subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in subject.children):
                return None, None
        before = [r for r in self.rows if r[1] <= tok.idx and r[2].type in kinds and not _located(tok.doc, r)]
        return self._country(before[-1][2]) if before else (None, None)

    def is_place(self, entity_id: str | None) -> bool:
        entity = self.by_id.get(entity_id or "")
        return entity is not None and entity.type in ("GPE", "LOC", "FAC")

    def is_party(self, entity_id: str | None) -> bool:
        """Whether an entity is a person or a state, one that talks with others as a party."""
        entity = self.by_id.get(entity_id or "")
        return entity is not None and entity.type in ("PERSON", "GPE", "NORP")

    def only_placed(self, tok: Any) -> bool:
        """Whether every name in the phrase is a place that does not modify its noun: "the attack on the vessel,
        west of the port of Mokha" names where, not who ("Russian missiles", "Israel's strikes" name who)."""
        rows = self._inside(tok, hide=True)
        return bool(rows) and all(
            r[2].type in ("GPE", "LOC", "FAC") and not _modifies(tok, r, _MODIFIERS | {"poss"}) for r in rows
        )

    def names(self, tok: Any) -> bool:
        """Whether the phrase headed by `tok` contains a mention of an entity."""
        return bool(self._inside(tok, hide=True))

    def _inside(self, tok: Any, hide: bool) -> list[tuple[int, int, Entity]]:
        """Mentions inside the phrase headed by `tok`; with `hide`, none behind its prepositions but "of"."""
        first, last = tok.left_edge, tok.right_edge
        # A relative clause says something else about the phrase, with other parties: "shells that it said had
        # landed on its side of the Naf River" are not the river; nor is what someone is accused of doing
        # ("accused both sides of blocking convoys on the road between Gondar and Bahir Dar").  A participle may
        # say whose the thing is ("bases belonging to AMISOM", "depots used by the PKK"): it is not hidden.
        hidden = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in tok.children
            if c.dep_ == "relcl" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
        ]
        if hide:
            hidden += _behind_prepositions(tok)
            # "the rebels and Congo's government": a conjunct is another party, not a name for this actor
            hidden += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children if c.dep_ == "conj"
            ]
        text = self.text
        return [
            r for r in self.rows
            if first.idx <= r[0] and r[1] <= last.idx + len(last) and not any(a <= r[0] < b for a, b in hidden)
            and not backs(text, r[1])
        ]  # fmt: skip

    def _group(self, tok: Any) -> tuple[str, str | None] | None:
        """ "RSF leader Dagalo said the group had accepted a truce": "the group", "the Islamist group" is the
        organisation named last, within about four sentences (it is how wire copy names it the second time).  A
        faith or a creed inside the phrase ("Islamist", "jihadist") describes the group and does not name it; a
        nationality ("the Palestinian group") is left to the name lookup when no organisation is near."""
        if (
            tok.lemma_.lower() not in _GROUP_NOUNS
            or not any(c.lower_ == "the" for c in tok.children)
            or len(list(tok.subtree)) > 3
            or any(r[2].type != "NORP" or gz.country_of(r[2].name) for r in self._inside(tok, hide=True))
        ):
            return None
        near = [r for r in self.rows if tok.idx - _GROUP_REACH <= r[0] and r[1] <= tok.idx and r[2].type == "ORG"]
        return (near[-1][2].name, near[-1][2].id) if near else None

    def entity(self, tok: Any, owner: bool = False, inner: bool = True) -> tuple[str | None, str | None]:
        """Canonical name and id of the entity a phrase names; the phrase itself when it names none.

        `owner`: an actor phrase such as "its forces" stands for the state or group "its" refers to; a target
        phrase ("its warehouses") is kept as words.  `inner` False: a name inside the phrase does not stand for
        it ("thousands of protesters in central Nairobi" are not Nairobi)."""
        if tok is None or tok.idx < self.floor:
            return None, None
        if _antecedent(tok) is not tok:
            return self.entity(_antecedent(tok), owner, inner)  # "clashes that killed dozens": the clashes
        if tok.pos_ == "PRON" or tok.lower_ in ("this", "that", "these", "those"):
            if tok.lower_ not in _PERSONAL or tok.lower_ in ("we", "us", "i"):
                return None, None  # "Kabul denies this", "has abandoned us": a claim, or the speaker's own side
            return self._pronoun(tok)
        if (
            not owner
            and tok.lemma_.lower() in _FORCE_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
        ):
            return self.entity(tok, owner=True, inner=inner)  # "opened fire on its troops in Khan Younis": Israel's
        hits = [r for r in self.rows if r[0] <= tok.idx < r[1]]
        if not hits and (group := self._group(tok)) is not None:
            return group
        named = _named_by_of(tok)
        if not hits and inner and named is not None:  # "the central Haitian town of Mirebalais" is Mirebalais
            hits = [r for r in self.rows if r[0] <= named.idx < r[1]]
        if not hits and inner:  # "the eastern city of Kharkiv", "Russian missiles": a name inside the phrase
            # An actor is never a place its phrase locates ("another strike on a school in Gaza City"); for a
            # target, event data codes the place's country ("attacked a convoy in Syria": Syria), as before.
            # "a Buddhist monastery", "a Shiite mosque": a faith or an ethnic group describing a thing is not the
            # target (a nationality is: "Russian positions" are Russia's; so are people: "Kurdish fighters").
            thing = not owner and tok.lower_ not in gz.person_nouns()
            hits = [
                r for r in self._inside(tok, hide=owner) if r[2].type != "NORP" or not thing or gz.country_of(r[2].name)
            ]  # fmt: skip
            # The first name, not the longest: "the town of Bara in North Kordofan" is Bara.  A name nested in a
            # longer mention (the country of "Egypt's foreign minister ...") gives way to it.
            outer = [r for r in hits if not any(o[0] <= r[0] and r[1] <= o[1] and o != r for o in hits)]
            # "Yemen's Huthi rebels" are the Huthis: a name that modifies the noun itself beats its possessor.
            close = [r for r in outer if _modifies(tok, r)]
            if close and len(close) < len(outer) and tok.lemma_.lower() not in _STATE_ORGANS:
                outer = close
            if outer:
                return self._country(min(outer, key=lambda r: r[0])[2])
        if hits:
            return self._country(max(hits, key=lambda r: r[1] - r[0])[2])
        own = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner and own is not None and tok.lemma_.lower() == "country":
            # "Burundian President Ndayishimiye warned that his country would defend itself": Burundi.
            person = self.by_id.get(self._pronoun(own)[1] or "")
            iso = next(
                (c for role in (person.roles if person else ()) for w in role.split() if (c := gz.country_of(w))), None
            )
            if iso is not None:
                return self._state(iso)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner and poss is not None:  # "Moscow said its forces had hit ...": the last state or group named
            # "The Israeli military said gunmen had opened fire on its troops": Israel's, not those of the last
            # name before ("Hamas targets"); "The ethnic armed group said its fighters had captured ...": the
            # group's, though it is unnamed.
            reporter = _own_subject(poss) or _speaker_above(poss)
            named = self._inside(reporter, hide=True) if reporter is not None else []
            if named:
                return next((st for r in named if (st := self._state_of(r))), None) or self.entity(reporter, owner=True)
            if reporter is not None and reporter.pos_ == "NOUN" and reporter.lemma_.lower() not in _STATE_ORGANS:
                return self.entity(reporter, owner=True)
            before = [r for r in self.rows if r[1] <= poss.idx and r[2].type in ("ORG", "GPE", "NORP")]
            if before:
                return self._state_of(before[-1]) or self._country(before[-1][2])
        first = tok.left_edge.i
        while first < tok.i and tok.doc[first].is_space:
            first += 1
        end = tok.i + 1
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:  # "thousands of protesters", not "thousands"
            end = pobj.i + 1
        # "did not say how many soldiers were killed": the soldiers; "struck 'terrorist' positions": no scare quotes.
        words = re.sub(r"^how (?:many|much) ", "", tok.doc[first:end].text, flags=re.I)
        words = re.sub(r"[\"“”]", "", words).strip(" '‘’")
        return (words or None), None


_LOCATIVE = frozenset({"in", "at", "near", "across", "into", "from", "to", "inside", "outside", "around", "toward"})


# "Afghanistan's Taliban government", "Russia's Defence Ministry forces": a state's organ acts for the state.
_OWNER = re.compile(r"([A-Z][\w.]+(?: [A-Z][\w.]+)?)['’]s\s+$")
_STATE_ORGANS = frozenset(
    {"government", "authority", "authorities", "administration", "army", "military", "force", "forces",
     "ministry", "regime", "cabinet", "navy", "police", "junta", "parliament", "president", "leader", "guard",
     "guards", "command"}
)  # fmt: skip


def _light(obj: Any, objects: frozenset[str]) -> bool:
    """Whether a verb's object is part of its action: "held talks", "held a new round of talks"."""
    if obj.lemma_.lower() in objects:
        return True
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(g.dep_ == "pobj" and g.lemma_.lower() in objects for g in of.children)


_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _modifies(tok: Any, row: tuple[int, int, Entity], deps: frozenset[str] = _MODIFIERS) -> bool:
    root = root_at(tok.doc, row[0], row[1])
    return root is not None and root.head.i == tok.i and root.dep_ in deps


def _reporter_subject(tok: Any) -> Any | None:
    """The subject of the reporting verb whose report `tok` is the subject of ("The army said it had detained
    14"); not of a clause deeper down ("said it would not talk to the RSF until the group left cities it had
    seized": that "it" is the RSF)."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or speech.lemma_ not in speech_verbs():
        return None
    return next((c for c in speech.children if c.dep_ == "nsubj" and c.i < tok.i), None)


def _own_subject(poss: Any) -> Any | None:
    """The subject of the clause "its" or "their" is in, when it agrees in number and is a name: "ISIS is
    mobilising its members" (ISIS's); not "gunmen opened fire on its troops" (plural: someone else's)."""
    verb = poss.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    plural = subject.tag_ == "NNPS"
    return subject if plural == (poss.lower_ == "their") else None


def _speaker_above(tok: Any) -> Any | None:
    """The subject of the verb of saying whose report `tok` is in, however deep: "The Israeli military said it
    had struck Hamas targets after gunmen opened fire on its troops" -> "military"."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ in speech_verbs():
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        node = node.head
    return None


def _located(doc: Any, row: tuple[int, int, Entity]) -> bool:
    """Whether a mention names where something is ("in Gaza"), which a later "they" does not stand for."""
    root = root_at(doc, row[0], row[1])
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


def _behind_prepositions(tok: Any) -> list[tuple[int, int]]:
    """Character ranges of the phrases hanging from `tok` by a preposition other than "of": a name there is
    where or what, not who ("another strike on a school in Gaza City" is not Gaza City's strike)."""
    # "Fighters from the Group for the Support of Islam and Muslims": people *from* a group are its members.
    member = tok.lower_ in gz.person_nouns() or tok.lemma_.lower() in gz.person_nouns()
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "of" and not (member and c.lower_ == "from")
    ]


def _actor(verb: Any) -> Any | None:
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and "dobj" in deps and "nsubj" not in deps:
        # "Israeli air strikes killed 34 Palestinians, officials said": the small model hangs "killed" from
        # "strikes" as a participle; a participle has no direct object, so the noun is the subject.  In "gang
        # members armed with rifles killed 70", the noun it hangs from is the rifles: climb to the members.
        # A clause with its own subject ("reports that M23 fighters had executed civilians") is not one.
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "acl":
            noun = noun.head.head.head
        return noun
    for c in verb.children:
        if c.dep_ == "nsubj":
            agent = _attacker(c) if _is_weapon(c) else None
            return agent if agent is not None else c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in _RAISING and not passive:
        # "Witkoff is expected to meet Dmitriev", "the group is believed to have carried out the attack": the
        # subject of the passive is who acts.
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:
            return raised
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        if prep.lower_ in ("of", "with", "for"):  # "accused Moscow of torturing prisoners": Moscow tortures
            return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
        return _actor(prep.head)  # "captured Bara days after overrunning El Fasher": the same subject
    if verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.dep_ == "dobj" and code(prep.head.head) == "ACCUSE":
        return prep.head  # "accused the dissidents of attacking its members", "of" hung from the noun
    # "... and accused Kyiv": the subject of the verb it is coordinated with; never the reporter of a
    # passive ("its warehouses had been looted, WFP said" names no looter).
    if stands_apart(verb):  # "reports that M23 fighters had executed civilians, and called on ..."
        above = next((a for a in verb.head.ancestors if a.tag_ == "VBD"), None)
        return _actor(above) if above is not None else None
    if verb.dep_ == "conj" and verb.head.dep_ == "dobj" and verb.head.pos_ == "NOUN":
        return _actor(verb.head.head)  # "overran the camp, burning vehicles and seizing weapons" (misparsed)
    coordinated = not passive and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i
    # "the group claimed to have overrun a base": a perfect infinitive after a verb of saying is its subject's own
    # past act ("vowed to fight on" is an intention, and a conjunct, "said ... and accused Kyiv", keeps the rule
    # above).
    claimed = (
        verb.dep_ == "xcomp"
        and any(c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )
    if coordinated and (claimed or verb.head.lemma_ not in speech_verbs() or verb.lemma_ in speech_verbs()):
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # "the envoy is due to visit Naypyitaw": the subject of "is"
        return _actor(head)
    return None


@lru_cache(maxsize=1)
def munitions() -> frozenset[str]:
    return frozenset(gz.data_lines("munitions.txt"))


def _target(verb: Any) -> tuple[Any | None, bool]:
    """The target phrase of a verb, and whether a name inside it may stand for it."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and _munition(c):
            # "fired tear gas at protesters", "grenades were hurled at a patrol": the munition is the means, the
            # target follows "at/on/into".
            aimed = _prep_object(verb) or _prep_object(c)
            if aimed is not None:
                return aimed, False
        if c.dep_ in ("dobj", "nsubjpass", "dative"):
            return c, True
    return _prep_object(verb), True


def _prep_object(tok: Any, of: bool = False, preps: frozenset[str] = _TARGET_PREPS) -> Any | None:
    """The object of the first of `preps` ("against/on/with/at/into/upon"; and "of", when `of`) hanging from
    `tok`."""
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in preps or (of and c.lower_ == "of")):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):  # "vowed on Monday to fight"
                return pobj
    return None


_TERRITORY = PLACE_NOUNS | {"territory", "base", "airport", "position", "hill", "stronghold", "outskirts", "area"}


def _is_territory(tok: Any | None) -> bool:
    return tok is not None and (tok.lemma_.lower() in _TERRITORY or tok.ent_type_ in ("GPE", "LOC", "FAC"))


def _named_by_of(tok: Any) -> Any | None:
    """The name in "the town of X", "the port city of X"."""
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _antecedent(tok: Any) -> Any:
    """The noun a relative pronoun stands for ("clashes that killed dozens"), or the token itself."""
    if tok.lower_ in ("that", "which", "who") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _attacker(weapon: Any) -> Any | None:
    """Who a weapon or an attack is by or blamed on: "an airstrike by Myanmar's military", "drone strikes blamed
    on the RSF"."""
    for c in weapon.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_ in ("blame", "attribute"):
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "to")), None)
            return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return None


def _is_weapon(tok: Any) -> bool:
    """An attack noun or a munition standing as the subject ("a strike", "drone strikes", "shelling")."""
    return _munition(tok) or tok.lemma_.lower() in _ATTACK_NOUNS or tok.lower_ in _ATTACK_NOUNS  # a gerund too


def _munition(tok: Any) -> bool:
    """A munition's noun; "Grenades" opening a sentence is taken for a name, with itself as its lemma."""
    return tok.lemma_.lower() in munitions() or tok.lower_.removesuffix("s") in munitions()


def _in_sentence(start: int, end: int, items: list[Any]) -> list[Any]:
    return [x for x in items if start <= x.start and x.end <= end]


def extract_events(
    doc: Any,
    article: Article,
    entities: tuple[Entity, ...] = (),
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
    places: tuple[Place, ...] = (),
    dates: tuple[DateRef, ...] = (),
) -> tuple[Event, ...]:
    """PLOVER events of one article, each with actor, target, place, date, figures and reporter."""
    floor = article.dateline.end if article.dateline else 0
    resolver = _Resolver(entities, floor, article.text, quotes)
    events: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB",) or tok.idx < floor or _negated(tok):
            continue
        rule = _rule_for(tok)
        if rule is None:
            continue
        action = rule.action
        actor_tok = _actor(tok)
        gapped = _gapped_passive(tok)
        if gapped:
            actor_tok = None  # "five fighters were killed and several posts destroyed": the posts were destroyed
        if action == "ASSAULT" and tok.lemma_ == "target" and actor_tok is not None and actor_tok.lemma_ in _MEASURES:
            action = "SANCTION"  # "the package also targets 117 vessels": a sanction, not a strike
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and action == "ACCUSE":
            continue  # "drone strikes blamed on the RSF": who did it (the attack's actor), not an accusation
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and action in _BENIGN:
            continue  # "a school sheltering displaced families": what a place does, not a reported action
        if action == "REQUEST" and any(c.dep_ == "xcomp" and c.lemma_ in _ANONYMITY for c in tok.children):
            continue  # "who asked not to be named"
        if (
            action in PHYSICAL and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ == "aux" for c in tok.children)
        ):  # fmt: skip
            continue  # "a militia that fights alongside the army": what it habitually does; not "who reject ..."
        sent = tok.sent
        actor, actor_id = resolver.entity(actor_tok, owner=True)
        target_tok, inner = _target(tok)
        party = False
        if gapped:
            target_tok, inner = next(c for c in tok.children if c.dep_ == "nsubj"), True
        if target_tok is not None and target_tok.dep_ == "dobj" and _light(target_tok, rule.objects):
            # "held talks with Oman", "launched an attack on Kharkiv", "traded fire": the object is part of the
            # action; the target is what it is directed at, if anything.
            aimed = _prep_object(target_tok, of=True)  # "took control of Bara"; not "a round of talks"
            if aimed is not None and aimed.lemma_.lower() in rule.objects:
                # "sanctions against Russia"; but "talks on Tehran's programme" are about it, "with Oman" with it.
                aimed = _prep_object(aimed) if action not in ("CONSULT", "AGREE") else next(
                    (g for c in aimed.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
            # "set fire to a police station", "laid siege to the city", "sent aid to Gaza": "to" names the target.
            target_tok = aimed or _prep_object(tok) or _prep_object(tok, preps=frozenset({"to"}))
        if tok.lemma_ in ("repel", "repulse", "foil", "thwart") and target_tok is not None and _is_weapon(target_tok):
            # "repelled a large attack by al Qaeda-linked militants on Djibo": the attackers are the target.
            attackers = _attacker(target_tok)
            target_tok, party = (attackers, True) if attackers is not None else (target_tok, False)
        if target_tok is None and action in _JOINT and actor_tok is not None:
            # "Pakistan and Afghanistan agreed to extend the truce", "troops and militants traded fire": one party
            # acts, the other is its partner or opponent.
            target_tok = next((c for c in actor_tok.children if c.dep_ == "conj"), None)
        if action == "AID" and not rule.objects and target_tok is None:
            continue  # "150 people were sheltering there": aid needs someone it goes to
        # attackers are resolved as an actor is: "militants on the town of Djibo" are not Djibo
        target, target_id = resolver.entity(target_tok, owner=party, inner=inner)
        if (
            action == "CONSULT"
            and tok.lemma_ == "speak"
            and not (resolver.is_party(target_id) or gz.country_of(target or ""))
        ):
            continue  # "spoke to reporters", "speaking to Reuters": an interview, not consultations
        if target_id is not None and target_id == actor_id:
            target, target_id = None, None  # "the RSF had accepted it": a pronoun read as the actor itself
        if action == "COERCE" and tok.lemma_ == "seize" and (_is_territory(target_tok) or resolver.is_place(target_id)):
            action = "ASSAULT"  # "seized two towns", "seizing it" (El Fasher): taking ground, not property
        if actor is None and target is None:
            continue  # "Rwanda-backed rebels": a participle describing someone, not a reported action
        if (
            actor_tok is not None and actor_tok.lemma_.lower() in _HAZARDS
            and (not resolver.names(actor_tok) or resolver.only_placed(actor_tok))
        ):  # fmt: skip
            # "the earthquake killed 1,000": a disaster, not an actor's action (figures keep the toll); but
            # "killed by Israeli fire" names who fired.
            continue
        if action == "ASSAULT" and actor_tok is not None and actor_tok.lemma_.lower() in _CIRCUMSTANCES:
            continue
        if action == "CONCEDE" and tok.dep_ == "conj" and code(tok.head) == "ASSAULT":
            continue  # "gunmen stormed the prison and freed 500 inmates": part of the assault, not a concession
        holding = [q for q in quotes if q.start <= tok.idx < q.end and q.speaker]
        quote = min(holding, key=lambda q: q.end - q.start) if holding else None
        reporter = quote.speaker if quote else None
        if actor_tok is not None and quote is not None and actor_tok.lower_ in ("we", "i"):
            actor, actor_id = quote.speaker, quote.speaker_id  # "We are going to ...," said X: X's side
        elif (
            actor_tok is not None
            and (not resolver.names(_antecedent(actor_tok)) or resolver.only_placed(_antecedent(actor_tok)))
            and _is_weapon(_antecedent(actor_tok))
        ):
            # "a strike hit a house", "drone strikes hit El Obeid": the means, not who used it; nor is a place
            # named inside it ("the attack on the vessel, west of the port of Mokha, set it ablaze").
            actor, actor_id = None, None
        lo = max(sent.start_char, floor)
        own = own_clause(tok)
        place = where(doc, article.text, tok, places, action, actor_id, own, (lo, sent.end_char), _may_strike)
        date = when(doc, tok, _in_sentence(sent.start_char, sent.end_char, list(dates)), own)
        sent_figures = [
            f.id for f in _in_sentence(sent.start_char, sent.end_char, list(figures)) if f.category in _EVENT_FIGURES
        ]
        hypothetical = _hypothetical(tok)
        confidence = 0.5 + 0.2 * (actor_id is not None) + 0.1 * (target is not None) - 0.2 * hypothetical
        start, end = max(sent.start_char, floor), sent.end_char  # a first sentence starts after the dateline
        while end > start and article.text[end - 1].isspace():
            end -= 1
        events.append(
            Event(
                id=f"V{len(events) + 1}",
                action=action,
                actor=actor,
                actor_id=actor_id,
                target=target,
                target_id=target_id,
                place=place.name if place else None,
                place_id=place.id if place else None,
                date=date,
                figure_ids=tuple(sent_figures),
                reported_by=reporter,
                hypothetical=hypothetical,
                text=article.text[start:end],
                start=start,
                end=end,
                confidence=round(min(max(confidence, 0.1), 1.0), 2),
                extractor=EXTRACTOR,
                subtype=subtype(article.text[start:end], action),
            )
        )
    return tuple(_one_per_action(events))


def _one_per_action(events: list[Event]) -> list[Event]:
    """'killing at least 12 people and wounding 31': one assault, not two, when a sentence repeats the action
    with the same actor."""
    kept: list[Event] = []
    for event in events:
        # Another place is another event: "captured Bara days after overrunning El Fasher".
        same = next((
            n for n, k in enumerate(kept)
            if (k.start, k.action, k.actor) == (event.start, event.action, event.actor)
            and (k.place_id == event.place_id or None in (k.place_id, event.place_id))
        ), None)  # fmt: skip
        if same is None:
            kept.append(event)
        elif kept[same].target is None and event.target is not None:
            kept[same] = event  # "launched missiles and destroyed Armenian artillery": the verb with a target
    return [dataclasses.replace(e, id=f"V{i}") for i, e in enumerate(kept, 1)]
