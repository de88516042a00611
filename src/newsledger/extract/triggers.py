"""Event triggers: the PLOVER lexicon (``data/plover_lexicon.tsv``) and how a verb in its clause matches a line.

A line is a type, verb lemmas and, for light verbs, the object lemmas that must go with the verb ("hold talks",
"launch an attack"); the first line that matches wins.  The object of a light verb is part of the action, not
its target (:func:`light`).  Used by :mod:`.events`; no records are made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import named_as_verb

# What "it" or "they" would do by force: "warned it would retaliate" is a threat.
_FORCE_VERBS = frozenset({"retaliate", "respond", "strike", "attack", "hit", "punish", "act", "target", "destroy"})
# Nouns for a body of forces or ships, named by their compounds ("a carrier strike group", "a police team").
_UNITS = frozenset({"group", "team", "unit", "contingent", "squadron", "flotilla", "fleet", "detachment", "column"})
# "took 20 villagers hostage": the people are the target, the word for their state is part of the action.
CAPTIVES = frozenset({"hostage", "captive"})


@dataclass(frozen=True, slots=True)
class Rule:
    action: str
    verbs: frozenset[str]
    objects: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = []
    for line in gz.data_lines("plover_lexicon.tsv"):
        cols = [*line.split("\t"), ""]
        objects = frozenset(w for w in cols[2].split("|") if w.strip())
        out.append(Rule(cols[0].strip(), frozenset(cols[1].split("|")), objects))
    return tuple(out)


def code(verb: Any) -> str | None:
    """The PLOVER type of a verb in its clause, or None."""
    rule = rule_for(verb)
    return rule.action if rule else None


def party_would(clause: Any) -> bool:
    """A clause saying what a named party or "we" would or will do, or what "it" or "they" would do by force
    ("warned it would retaliate"; not "warned it would run out of funds")."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "wo") for c in clause.children)
    return modal and any(
        c.dep_ == "nsubj"
        and (
            c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or c.lower_ == "we"
            or (c.lower_ in ("it", "they") and clause.lemma_ in _FORCE_VERBS)
        )
        for c in clause.children
    )  # fmt: skip


_WARS = frozenset({"war", "battle", "conflict", "clash", "skirmish", "duel", "fight"})


def light(obj: Any, objects: frozenset[str], hostile: bool = False) -> bool:
    """Whether a verb's object is part of its action: "held talks", "held a new round of talks"."""
    people = gz.person_nouns()
    if hostile and obj.lemma_.lower() not in CAPTIVES and (obj.lower_ in people or f"{obj.lemma_.lower()}s" in people):
        return False  # "beat protesters", "eliminated three militants": people are whom it is done to (but one
        # deploys or pulls out one's own troops)
    if hostile and obj.lemma_.lower() in _WARS:
        return True  # "fought a five-day border war", "waged a war against Ukraine": the fighting itself
    if obj.lemma_.lower() in objects or obj.lower_ in objects or obj.ent_type_ == "MONEY":
        return True  # "would send 5 million dollars in humanitarian aid to displaced families": money is the means
    if obj.lemma_.lower() in _UNITS and any(c.dep_ == "compound" and c.lemma_.lower() in objects for c in obj.children):
        return True  # "sent a police team to the border": the team is the police sent
    if any(c.lemma_.lower() in objects or c.lower_ in objects for c in obj.conjuncts):
        return True  # "sent 12 ambulances and medical supplies to hospitals in Herat": all of it is the aid
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in objects or g.lower_ in objects) for g in of.children
    )


# How two sides talk: "spoke by phone with Aliyev", "held talks via video link with Kyiv".
_MEDIA = frozenset({"phone", "telephone", "video", "videolink", "link", "call", "videoconference"})


def media(verb: Any) -> list[Any]:
    """The medium nouns after "by/over/via" hanging from `verb`, which the small model makes hold the "with"."""
    return [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _MEDIA
    ]  # fmt: skip


# An ultimatum, and what sets a time by which something must be done.
ULTIMATUMS = frozenset({"ultimatum", "ultimatums"})
DEMANDS = ULTIMATUMS | {"deadline"}


def gives_until(verb: Any) -> bool:
    """Whether a giving or granting sets a time: "gave Ukraine until Thursday"."""
    return verb.lemma_ in ("give", "grant") and any(
        c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children
    )


def ultimatum_infinitive(verb: Any) -> Any | None:
    """What "gave X until <day> to do" asks done: the infinitive of a giving with an "until" phrase."""
    if not gives_until(verb):
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)),
        None,
    )


def rule_for(verb: Any) -> Rule | None:
    """The first lexicon line a verb and its objects match."""
    lemma = verb.lemma_.lower()
    # Lemma and written form both: the lexicon writes some plurals ("reinforcements", "tanks") as news does.
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")]
    objects = {w for c in heads for w in (c.lemma_.lower(), c.lower_)}
    # "pressing toward Pokrovsk for more than a year": a preposition that only says how long is no object.
    preps = [
        c for c in verb.children if c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
    ]
    if lemma == "end":  # "the war, which ended with a peace deal": how it ended, no deal ended
        preps = []
    if lemma == "call":  # 'called the strike on a boat an "execution"': "on" after an object is no "call on"
        preps = [c for c in preps if not any(o.dep_ == "dobj" and o.i < c.i for o in verb.children)]
    preps += [p for m in media(verb) for p in m.children if p.dep_ == "prep"]  # "spoke by phone with Aliyev"
    objects |= {g.lemma_.lower() for c in preps for g in c.children if g.dep_ == "pobj"}
    # "pulled back": the particle, which the small model often calls an adverb
    # (but "on" with no one after it is no one called on: "pressed on with the operation" goes on with it)
    called = any(c.dep_ == "dobj" for c in verb.children)
    objects |= {
        c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")
        and (c.lower_ != "on" or called or any(g.dep_ == "pobj" for g in c.children))
    }  # fmt: skip
    objects |= {c.lower_ for c in preps}
    # "sent an aircraft carrier and about 10,000 troops": every object in a list counts.
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for g in c.conjuncts}
    # "approved a package of sanctions", "a new round of talks", "$500 million in military aid": the noun after
    # "of" or "in" says what it is.
    objects |= {
        w
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in", "as")
        for g in p.children
        if g.dep_ == "pobj"
        for w in (g.lemma_.lower(), g.lower_)
    }  # fmt: skip  ("Thousands of fighters were sent to the coast", "10 tonnes of medical supplies"; "described
    # the attack as a crime", where the small model hangs "as" on the object)
    # "sending the USS Gerald R. Ford aircraft carrier strike group": a unit is of what its words say
    objects |= {
        g.lemma_.lower()
        for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _UNITS
        for g in c.children if g.dep_ == "compound"
    }  # fmt: skip
    # "called it a cowardly act of aggression": what something is called is said by the words on its noun too
    objects |= {
        g.lemma_.lower()
        for c in verb.children if c.dep_ == "oprd"
        for g in (*c.children, *(p for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for p in p.children))
        if g.dep_ in ("amod", "compound", "pobj")
    }  # fmt: skip
    # "warned that Israel would take the fight to Beirut": what a party says it would do, written "~would" in the
    # lexicon's object column; not "warned that prices would rise".
    if any(c.dep_ == "ccomp" and party_would(c) for c in verb.children):
        objects.add("~would")
    # "designated the Cartel de los Soles, which ..., a foreign terrorist organisation": what a party is declared
    # to be, which the small model hangs on the object as an apposition
    if lemma in ("designate", "declare", "list", "blacklist", "brand", "label", "call", "term", "dub"):
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        named = [g for c in dobjs for g in c.children if g.dep_ == "appos"]
        if lemma != "designate" and dobjs:  # (the name hung on a noun of a phrase after the object)
            named += [g for p in verb.children if p.dep_ == "prep" and p.i > dobjs[0].i
                      for g in p.subtree if g.dep_ == "appos"]  # fmt: skip
        objects |= {g.lemma_.lower() for g in named}
        if lemma != "designate":  # 'called the strike an "extrajudicial execution"': the words on the name too
            objects |= {a.lemma_.lower() for g in named for a in g.children if a.dep_ in ("amod", "compound")}
        # 'called the U.S. strike an "extrajudicial execution"', with "strike" read as a verb whose object is
        # the name: the name and its words
        objects |= {
            w.lemma_.lower()
            for c in verb.children if named_as_verb(c)
            for g in c.children if g.dep_ == "dobj"
            for w in (g, *(a for a in g.children if a.dep_ in ("amod", "compound")),
                      *(o for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children))
        }  # fmt: skip
    # "warned that any further attack would be met with a robust response": what an act will meet with
    objects |= {
        g.lemma_.lower()
        for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "meet"
        for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ == "pobj"
    }  # fmt: skip
    # "pressing both sides to accept a truce": someone to do something, written "~to"; not "pressed ahead".
    if any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    ):
        objects.add("~to")
    # "had given Ukraine until Thursday to accept the plan": an ultimatum, written "~until"
    if ultimatum_infinitive(verb) is not None:
        objects.add("~until")
    # "said it had eliminated Ali Mahmoud Hassan": a person named as the object, written "~person"
    if any(c.dep_ in ("dobj", "nsubjpass", "attr") and c.ent_type_ == "PERSON" for c in verb.children):
        objects.add("~person")
    # "pledged 522 million euros": an amount of money, written "money" as the word itself is
    if any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "MONEY" for c in verb.children):
        objects.add("money")
    # "M23 rebels entered Uvira": a place named as the object, written "~place"
    # ("suspended Guinea-Bissau", a country the model tagged an organisation)
    if any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.ent_type_ in ("GPE", "LOC", "FAC")
            or (c.pos_ == "PROPN" and gz.country_of(c.doc[c.left_edge.i : c.i + 1].text))
        )
        for c in verb.children
    ):
        objects.add("~place")
    for rule in rules():
        if lemma in rule.verbs and (not rule.objects or objects & rule.objects):
            return rule
    return None
