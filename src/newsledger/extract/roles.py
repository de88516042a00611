"""Who acts and what is hit: the actor and target phrases of an event's trigger verb.

Method: the subject (or a passive's agent) is the actor, the object, a passive subject or the object of
"against/on/with/at/into/upon" the target, with repairs for what the small model misparses (:mod:`.misparse`)
and for wire-copy shapes: a weapon stands for whoever it is by ("an airstrike by Myanmar's military"), a
conjunct or a clause that depends on another verb takes that verb's subject ("captured Bara days after
overrunning El Fasher"), who is asked to act is the actor of the act asked for ("urged Israel to withdraw").

Limits: these are token phrases; naming them (entities, pronouns, countries) is :mod:`.parties`' work, and the
choice of what counts as the target of a light verb ("held talks with Oman") is the event coder's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import (
    CLAIM_NOUNS,
    appositive_subject,
    dated_finite,
    disguised,
    finite_conjunct,
    finite_relative,
    gapped_passive,
    named_as_verb,
    object_behind_adjective,
    object_read_as_clause,
    reduced_passive,
    shared_modifiers,
    since_taken_by,
    stranded,
    subject_left_behind,
    subject_of_participle,
    subject_of_reduced_passive,
    swallowed,
    taken_for_speaker,
)
from newsledger.extract.parties import FORCE_NOUNS, GROUP_NOUNS, STATE_ORGANS
from newsledger.extract.phrase_parts import of_object
from newsledger.extract.setting import PLACE_NOUNS, stands_apart
from newsledger.extract.speakers import reporters_comment, speech_verbs
from newsledger.extract.triggers import DEMANDS, ULTIMATUMS, code, media

# Passives whose subject is the subject of their infinitive: "is expected to meet", "is said to have fired".
RAISING = frozenset({"expect", "schedule", "set", "slate", "believe", "say", "report", "think", "understand", "know"})
ATTACK_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "shelling", "bombardment", "raid", "explosion", "blast", "barrage", "salvo",
     "clash", "fighting", "violence", "gunfire", "rifle", "gun", "weapon", "bomb", "mine", "grenade", "machete",
     "assault", "offensive", "bombing", "ambush", "skirmish", "firefight", "crossfire", "exchange", "incursion",
     "war", "conflict", "insurgency", "unrest", "hostilities", "combat", "campaign", "operation"}
)  # fmt: skip
# Prepositions whose object is what an action is aimed at: "fired at", "sanctions against", "talks with".
TARGET_PREPS = frozenset({"against", "on", "with", "at", "into", "upon"})
WITH = frozenset({"with"})
TO = frozenset({"to"})
ON = frozenset({"on"})


def actor_phrase(verb: Any) -> Any | None:
    """The phrase that does what `verb` says: its subject, a passive's agent, or the subject of the verb it
    depends on; None when the sentence names no one."""
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and struck_device(verb.head):
        return None  # "a bus hit a landmine, killing nine passengers": the bus killed no one
    if (wearer := disguised(verb)) is not None:
        return wearer
    if (reduced := reduced_passive(verb)) is not None:
        return reduced[1]  # "officers backed by the Gang Suppression Force", read as a clause: the force
    if (deployed := since_taken_by(verb)) is not None:
        return actor_phrase(deployed)  # "troops deployed there since 2022 repelled them": the troops
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 2 and subjects[0].lemma_.lower() in CLAIM_NOUNS:
        return subjects[1]  # "..., a charge Kigali has rejected", read with two subjects: Kigali rejects it
    if (joined := finite_conjunct(verb)) is not None and "nsubj" not in deps:
        return actor_phrase(joined)  # "has promised to end the violence and on Thursday called on ...": his call
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and "dobj" in deps and "nsubj" not in deps:
        # "Israeli air strikes killed 34 Palestinians, officials said": the small model hangs "killed" from
        # "strikes" as a participle; a participle has no direct object, so the noun is the subject.  In "gang
        # members armed with rifles killed 70", the noun it hangs from is the rifles: climb to the members.
        # A clause with its own subject ("reports that M23 fighters had executed civilians") is not one.
        # "Suspected jihadists on motorbikes killed 34 civilians": the noun the phrase describes, not the vehicles.
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            if noun.head.head.dep_ == "acl":
                noun = noun.head.head.head
            elif noun.head.head.pos_ in ("NOUN", "PROPN") and noun.head.lower_ != "of":
                noun = noun.head.head
            else:
                break
        return noun
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN" and verb.head.ent_type_ == "PERSON":
        return verb.head  # "NATO Secretary-General Mark Rutte, visiting the White House on Wednesday, praised ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "students protesting against quotas", hung by the small model on "clashes between police and
        # students": the people just before the participle are doing it
        before = verb.doc[verb.i - 1] if verb.i > 0 else verb.head
        doer = before if before.lower_ in gz.person_nouns() else verb.head
        if doer.lower_ in gz.person_nouns() or doer.lemma_.lower() in STATE_ORGANS:
            return doer  # "within 24 hours of the Israeli cabinet approving the accord": the cabinet
    for c in verb.children:
        if c.dep_ == "nsubj":
            # "In Deir al-Balah, a strike on a house killed seven": the small model may take the place for the
            # subject and the strike for its apposition; the strike is the subject.
            c = next((a for a in c.children if a.dep_ == "appos" and is_weapon(a)), c)
            agent = attacker(c) if is_weapon(c) else None
            # "Drones launched by Sudan's paramilitary Rapid Support Forces struck ...": the small model may split
            # the phrase into two subjects; the second is the one the weapon is by.
            second = next((g for g in verb.children if g.dep_ == "nsubj" and g.i > c.i), None)
            if agent is not None and second is not None and second.pos_ == "PROPN":
                return second
            if (
                agent is None and second is not None and second.pos_ == "PROPN" and c.pos_ in ("ADJ", "NOUN")
                and not is_weapon(c)  # ("a drone strike on a base in the state capital Kadugli killed": a place)
                and c.is_lower and not c.ent_type_ and c.right_edge.i + 1 == second.left_edge.i
                and not any(g.dep_ == "cc" for g in c.children)  # ("the bloc ECOWAS and the African Union")
            ):  # fmt: skip
                return second  # "as the paramilitary Rapid Support Forces shelled": a description, then the name
            return agent if agent is not None else (stranded(c) or c)
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "csubj" and c.tag_ == "VBG" and (who := next((g for g in c.children if g.dep_ == "nsubj"), None)):
            return who  # "RSF fighters besieging the city shelled a market", parsed as a clause subject
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if (
        subject := swallowed(verb)
        or subject_left_behind(verb)
        or appositive_subject(verb)
        or finite_relative(verb)
        or subject_of_participle(verb)
        or subject_of_reduced_passive(verb)
    ) is not None:
        return subject
    if passive and (means := means_of(verb)) is not None:
        return means
    head = verb.head
    # ("troops had come under fire and had eliminated three militants": a conjunct with its own object is theirs.)
    # ("had come under fire while detaining members of a group": what the troops were doing, they did)
    doing = any(c.dep_ == "mark" for c in verb.children)
    if (
        (verb.dep_ == "advcl" and not doing)
        or (verb.dep_ == "conj" and not any(c.dep_ == "dobj" for c in verb.children))
    ) and came_under(head):
        return None  # "a U.N. helicopter came under fire, killing a crew member": the helicopter was the target
    if verb.dep_ == "xcomp" and head.lemma_ in RAISING and not passive:
        # "Witkoff is expected to meet Dmitriev", "the group is believed to have carried out the attack": the
        # subject of the passive is who acts.
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:
            return raised
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        if prep.lower_ in ("of", "with", "for"):  # "accused Moscow of torturing prisoners": Moscow tortures
            return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
        return actor_phrase(prep.head)  # "captured Bara days after overrunning El Fasher": the same subject
    if verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.dep_ == "dobj" and code(prep.head.head) == "ACCUSE":
        return prep.head  # "accused the dissidents of attacking its members", "of" hung from the noun
    # "... and accused Kyiv": the subject of the verb it is coordinated with; never the reporter of a
    # passive ("its warehouses had been looted, WFP said" names no looter).
    if stands_apart(verb):  # "reports that M23 fighters had executed civilians, and called on ..."
        above = next((a for a in verb.head.ancestors if a.tag_ == "VBD"), None)
        return actor_phrase(above) if above is not None else None
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "ADP"):
        # "overran the camp, burning vehicles and seizing weapons", "attacked convoys on the main roads, burning
        # trucks and abducting drivers" (misparsed as a noun's conjunct), "setting the building on fire and
        # killing four people" (as the conjunct of "on"): the verb the phrase hangs from
        noun = verb.head
        while noun.dep_ in ("conj", "pobj", "prep", "dobj") and noun.head.i != noun.i and noun.pos_ != "VERB":
            noun = noun.head
        if noun.pos_ == "VERB":
            return actor_phrase(noun)
    if verb.dep_ in ("advcl", "acl") and any(c.tag_ == "TO" for c in verb.children) and code(verb.head) == "THREATEN":
        # "had given Ukraine until Thursday to accept the plan": who is given the time would act
        given = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        if given is not None and given.lemma_.lower() not in ULTIMATUMS:
            return given
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DEMANDS:
        # "issued an ultimatum to Hamas to release the hostages": whom the ultimatum is to
        return prep_object(verb.head, preps=TO) or prep_object(verb.head.head, preps=TO)
    if verb.dep_ == "xcomp" and (code(verb.head) == "REQUEST" or verb.head.lemma_ in _CAUSATIVES):
        # "called on the international community to impose sanctions", "urged Israel to withdraw": who is asked
        # is who would act.
        asked = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        asked = asked or prep_object(verb.head, preps=frozenset({"on", "upon"}))
        if asked is not None:
            return asked
    told = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        verb.dep_ == "conj" and (verb.lemma_ in speech_verbs() or verb.lemma_ in _STANCES)
        and verb.head.lemma_ not in speech_verbs() and told is not None
        and (
            (told.pos_ == "NOUN" and not _could_act(told)) or told.dep_ == "nsubjpass"
            # "said 61 officers had been wounded and 47 protesters arrested, and accused ...": those arrested
            or gapped_passive(verb.head) is not None
        )
        # ("said their prime minister ... were killed in an Israeli strike, and vowed revenge": the dead vow nothing)
    ):  # fmt: skip
        # "the embassy said the situation was volatile and urged Americans to avoid travel": the parser hangs
        # "urged" on "was", whose subject cannot urge; the reporting verb above is the one it is coordinated
        # with ("said the group remained committed and urged mediators" is the group's); so is a stance ("said
        # an attempt to seize power was under way and refused to resign")
        above = next((a for a in verb.ancestors if a.lemma_ in speech_verbs()), None)
        if above is not None:
            return actor_phrase(above)
    if (reporting := reporters_comment(verb)) is not None:
        return actor_phrase(reporting)  # "said the RSF had killed 1,500, describing it as a genocide"
    if (nearer := _nearer_violence(verb)) is not None:
        return actor_phrase(nearer)
    coordinated = not passive and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i
    # "the group claimed to have overrun a base": a perfect infinitive after a verb of saying is its subject's own
    # past act ("vowed to fight on" is an intention, and a conjunct, "said ... and accused Kyiv", keeps the rule
    # above).
    claimed = (
        verb.dep_ == "xcomp"
        and any(c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )
    # ("protested ..., chanting slogans and burning flags": a participle of what the protesters did is no report)
    chanted = verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl"
    # "promised to send more police to the province": what the subject promises to do is the subject's (and
    # hypothetical), as "plans to" is
    promised = verb.dep_ == "xcomp" and verb.head.lemma_ in _PROMISES and code(verb.head) != "THREATEN"
    # "vowed to defeat the RSF and on Tuesday cut diplomatic ties": a finite verb joined to the report is the
    # speaker's own act
    finite = verb.dep_ == "conj" and (verb.tag_ in ("VBD", "VBZ") or dated_finite(verb))
    own_act = claimed or chanted or promised or finite
    if coordinated and (own_act or verb.head.lemma_ not in speech_verbs() or verb.lemma_ in speech_verbs()):
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # "the envoy is due to visit Naypyitaw": the subject of "is"
        shared = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "conj" and shared is not None and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # (not "had been damaged or destroyed": a participle sharing the passive)
            # "it was shocked by the killings and called for an investigation": the subject both share, not the
            # passive's agent
            return shared
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.dep_ == "relcl":
            # "struck more than 20 boats it says were carrying drugs, killing at least 87 people": the model hangs
            # the participle on what the boats were said to do; it is the striking's
            noun = head.head.head
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                return actor_phrase(noun.head)
        if verb.dep_ == "conj" and head.dep_ == "relcl" and head.head.lemma_.lower() in _NO_DOERS:
            # "Russia, which brokered the ceasefire that ended the 2020 war and deployed peacekeepers": a truce
            # deploys no one; the small model joined the deploying to what the truce did
            host = head.head.head
            if host.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i == head.head.i for c in host.children):
                return actor_phrase(host)
        return actor_phrase(head)
    return None


def _nearer_violence(verb: Any) -> Any | None:
    """ "Oli resigned on Tuesday, a day after police fired on protesters ..., killing 19 people": the small model
    hangs the participle on the main verb; the violent clause between them is what killed.  None unless the
    main verb is no assault and such a clause, with its own subject, stands between."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or code(verb) != "ASSAULT" or code(head) == "ASSAULT":
        return None
    between = [
        c for c in head.children
        if c.dep_ in ("advcl", "conj") and head.i < c.i < verb.i and code(c) == "ASSAULT"
        and any(g.dep_ == "nsubj" for g in c.children)
    ]  # fmt: skip
    return between[-1] if between else None


# What fire is meant to do to a crowd: "fired tear gas to disperse protesters".
_DRIVE_OFF = frozenset({"disperse", "push", "drive", "scatter", "repel", "break"})


# Things a relative clause may say did something that cannot act themselves: deals and wars.
_NO_DOERS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "treaty", "war", "conflict"})


@lru_cache(maxsize=1)
def munitions() -> frozenset[str]:
    return frozenset(gz.data_lines("munitions.txt"))


def means_of(verb: Any) -> Any | None:
    """The attack a passive happened in, when it says whose it was: "were killed in an Israeli strike", "in
    Israel's campaign"; or who attacked in a "when" clause on it: "were killed when Pakistani troops shelled
    villages" (the shelling is what killed them)."""
    # ("31 were killed and more than 170 wounded when Israeli forces opened fire": the clause hung on the gapped
    # participle says how both happened)
    gapped = [g for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") for g in c.children]
    for c in (*verb.children, *gapped):
        if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children):
            doer = next((g for g in c.children if g.dep_ == "nsubj"), None)
            # ("when Cambodian rockets hit homes": a weapon whose side is named stands for that side)
            sided = doer is not None and any(
                m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE", "ORG") for m in doer.children
            )
            if struck_device(c):
                return None  # "were killed when their vehicle struck a roadside bomb": the vehicle attacked no one
            if doer is not None and code(c) == "ASSAULT" and (not is_weapon(doer) or sided) and doer.pos_ != "PRON":
                return doer
    for c in (*verb.children, *shared_modifiers(verb)):
        if c.dep_ == "prep" and c.lower_ == "in":
            means = next((g for g in c.children if g.dep_ == "pobj"), None)
            if (
                means is not None
                and is_weapon(means)
                and any(
                    m.dep_ == "poss" or (m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG"))
                    for m in means.children
                )
            ):
                return means
    return None


def target_phrase(verb: Any) -> tuple[Any | None, bool]:
    """The target phrase of a verb, and whether a name inside it may stand for it."""
    downs = verb.lemma_ in ("down", "intercept", "destroy", "neutralise", "neutralize") or (
        verb.lemma_ == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )
    if verb.lemma_ == "blame" and (
        on := prep_object(verb, preps=ON)
        or next((prep_object(c, preps=ON) for c in verb.children if c.dep_ == "dobj"), None)
    ):
        # "attacks it blamed on the paramilitary Rapid Support Forces", 'blamed the shortages on "terrorists"' (the
        # small model hangs "on" on the object): who is blamed, not the ill
        return on, True
    if (reduced := reduced_passive(verb)) is not None:
        return reduced[0], True  # "officers backed by the force": the officers are backed
    named = next((c for c in verb.children if named_as_verb(c)), None)
    whose = next((g for g in named.children if g.dep_ in ("compound", "poss")), None) if named is not None else None
    if whose is not None and not any(c.dep_ == "dobj" for c in verb.children):
        return whose, True  # 'called the U.S. strike an "act of piracy"', "strike" read as a verb: the U.S.'s
    for c in verb.children:
        # ("detonated a car packed with explosives at the gate": what is detonated is the means, whatever it is)
        if c.dep_ in ("dobj", "nsubjpass") and (munition(c) or verb.lemma_ == "detonate") and not downs:
            # "shot down four Houthi drones": what is downed is the target, and whose it is ("Houthi") the party.
            # "fired tear gas at protesters", "grenades were hurled at a patrol": the munition is the means, the
            # target follows "at/on/into".
            # "fired tear gas and live ammunition at protesters", parsed with a second verb "live": the aim of a
            # conjoined verb with a munition of its own counts too.
            shots = [v for v in verb.conjuncts if any(g.dep_ == "dobj" and munition(g) for g in v.children)]
            # ("launched 72 drones and a ballistic missile at Ukraine": the aim hung on the last munition listed)
            aimed = next((a for v in (verb, c, *c.conjuncts, *shots) if (a := prep_object(v)) is not None), None)
            # "fired tear gas to disperse the crowd", "to push the protesters back": whom the shots were meant for
            aimed = aimed or next(
                (o for p in verb.children if p.dep_ in ("xcomp", "advcl") and p.lemma_ in _DRIVE_OFF
                 for o in p.children if o.dep_ == "dobj"),
                None,
            )  # fmt: skip
            if aimed is not None:
                return (None if aimed.lemma_.lower() in ("air", "sky") else aimed), False  # warning shots
            if not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
                continue  # "detonated an explosive device": the means is no target; "a round of talks" is no munition
        # ("had 'eliminated' Ali Mahmoud Hassan": the quote marks make the name an attribute)
        named = c.dep_ == "attr" and verb.lemma_ != "be" and c.pos_ == "PROPN"
        if c.dep_ in ("dobj", "nsubjpass", "dative") or named:
            if (
                c.tag_ in ("WDT", "WP") and any(o.dep_ == "dobj" and o.i > c.i for o in verb.children)
                and verb.lemma_ not in _DECLARING
            ):  # fmt: skip
                continue  # "the TTP, which Islamabad accuses Kabul of sheltering": the pronoun is the inner verb's
                # (but "the coalition, which the U.S. designated a terrorist organization": the coalition)
            return c, True
    described = object_read_as_clause(verb) if verb.lemma_ not in speech_verbs() else None
    if (taken := taken_for_speaker(verb) or object_behind_adjective(verb) or described) is not None:
        return taken, True  # "abducted at least 38 pupils, police and a local official said"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return verb.head, True  # "M23 rebels backed by Rwanda", "a convoy attacked by militants"
    if verb.lemma_ in ("speak", "talk") and (heard := prep_object(verb, preps=TO)) is not None:
        return heard, True  # "Rubio spoke to Pakistan's army chief": who was spoken to ("spoke with" is above)
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.dep_ == "prep" and _subjectless_passive(verb):
        # "sank on Sunday after being struck by gunfire": what was struck is the subject of the verb it hangs on
        subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject, True
    if _zero_relative(verb):
        return verb.head, True  # "militants it blames for the massacre": the noun is what the clause's verb takes
    said = verb.head
    if verb.dep_ == "ccomp" and said.dep_ == "relcl" and said.lemma_ in speech_verbs() and _subjectless_passive(verb):
        return said.head, True  # "21 people it said were executed by government troops": the people
    return prep_object(verb) or next((o for m in media(verb) if (o := prep_object(m)) is not None), None), True


# Verbs whose second object is what the first is declared to be: "designated it a terrorist organization".
_DECLARING = frozenset({"designate", "declare", "brand", "label", "name", "list", "deem", "dub", "term"})


def _subjectless_passive(verb: Any) -> bool:
    """A passive whose subject the parse gives elsewhere ("after being struck", "it said were executed")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "nsubjpass" for c in verb.children)


def _zero_relative(verb: Any) -> bool:
    """A relative clause with a subject of its own and no relative word, whose gap is its object: "a group it
    accuses of kidnapping pilgrims" (not "the town where they fought", "the day they met")."""
    return (
        verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP", "WRB")
                    for c in verb.children)
        and verb.left_edge.i == verb.head.i + 1  # the clause right after its noun
    )  # fmt: skip


# "at the request of X": who asked for the act, never what it was aimed at.
_BEHESTS = frozenset({"request", "invitation", "behest", "urging", "order", "orders", "direction", "insistence"})
# "with the help of UNICEF": who helped, not whom the act was on.
_HELP = frozenset({"help", "support", "assistance", "backing", "cooperation", "participation", "aid"})


def prep_object(tok: Any, of: bool = False, preps: frozenset[str] = TARGET_PREPS) -> Any | None:
    """The object of the first of `preps` ("against/on/with/at/into/upon"; and "of", when `of`) hanging from
    `tok`."""
    for c in tok.children:
        # "would be sent to Kenscoff": the small model calls some "to" a dative
        if c.dep_ in ("prep", "dative") and (c.lower_ in preps or (of and c.lower_ == "of")):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):  # "vowed on Monday to fight"
                continue
            if c.lower_ == "with" and (is_weapon(pobj) or pobj.lemma_.lower() in _HELP):
                continue  # "launched the attack with long-range drones", "with the help of UNICEF": means, partner
            if c.lower_ == "at" and pobj.lemma_.lower() in _BEHESTS:
                continue  # "deployed at the request of President Salva Kiir": who asked, not who was aimed at
            return pobj
    return None


_TERRITORY = PLACE_NOUNS | {"territory", "base", "airport", "position", "hill", "stronghold", "outskirts", "area"}


def is_territory(tok: Any | None) -> bool:
    """Ground one takes: a town, a base, "a chunk of territory"."""
    if tok is None:
        return False
    ground = [t for t in (tok, of_object(tok)) if t is not None]
    return any(t.lemma_.lower() in _TERRITORY or t.ent_type_ in ("GPE", "LOC", "FAC") for t in ground)


_UNDER = ATTACK_NOUNS | {"fire"}


def came_under(verb: Any) -> bool:
    """ "came under fire", "came under attack": the subject is what was attacked."""
    return verb.lemma_ == "come" and any(
        p.dep_ == "prep" and p.lower_ == "under" and any(g.lemma_.lower() in _UNDER for g in p.children)
        for p in verb.children
    )


def attacker(weapon: Any) -> Any | None:
    """Who a weapon or an attack is by or blamed on: "an airstrike by Myanmar's military", "drone strikes blamed
    on the RSF"."""
    for c in weapon.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := next((g for g in c.children if g.dep_ == "agent"), None)):
            return next((g for g in agent.children if g.dep_ == "pobj"), None)  # "drones launched by the RSF"
        if c.dep_ == "acl" and c.lemma_ in ("blame", "attribute"):
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "to")), None)
            return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if weapon.dep_ == "dobj" and weapon.head.lemma_ in ("launch", "carry", "conduct", "mount", "stage"):
        # "the group launched attacks in Catatumbo that have killed 80": the attacks are the launcher's
        return next((g for g in weapon.head.children if g.dep_ == "nsubj"), None)
    # "killed by police gunfire", "army shelling": the force the noun before the weapon names
    return next((c for c in weapon.children if c.dep_ == "compound" and c.lemma_.lower() in _ARMED_ORGANS), None)


_ARMED_ORGANS = frozenset({"police", "army", "military", "navy", "militia", "troop", "soldier", "rebel", "guard"})


def is_weapon(tok: Any) -> bool:
    """An attack noun or a munition standing as the subject ("a strike", "drone strikes", "shelling")."""
    return munition(tok) or tok.lemma_.lower() in ATTACK_NOUNS or tok.lower_ in ATTACK_NOUNS  # a gerund too


def munition(tok: Any) -> bool:
    """A munition's noun; "Grenades" opening a sentence is taken for a name, with itself as its lemma."""
    return tok.lemma_.lower() in munitions() or tok.lower_.removesuffix("s") in munitions()


def is_people(tok: Any) -> bool:
    """A noun for people, by its lemma or as written (person_nouns lists plurals as news writes them: "rebels")."""
    people = gz.person_nouns()
    return tok.lemma_.lower() in people or tok.lower_ in people


def counts_people(tok: Any) -> bool:
    """A phrase that counts or names people ("six soldiers", "dozens of civilians")."""
    of = of_object(tok)
    return is_people(tok) or (of is not None and is_people(of))


# What one promises to do is one's own act (what one vows to do is the threat coded on "vowed").
_PROMISES = frozenset({"promise", "pledge"})
# "forced Ruto to withdraw the finance bill": who is made to act acts.
_CAUSATIVES = frozenset(
    {"force", "compel", "oblige", "pressure", "pressurise", "pressurize", "prompt", "persuade", "require"}
)
# Stances a speaker takes in the same breath as a report: "said ... and refused to resign".
_STANCES = frozenset({"refuse", "reject", "decline", "deny", "vow", "pledge", "insist"})


def _could_act(noun: Any) -> bool:
    """A noun for people, a force or a group, which can say or do things ("the group", "officials")."""
    lemma = noun.lemma_.lower()
    # "The president accepted the resignation and asked him to ...": an office holder acts
    return lemma in FORCE_NOUNS | GROUP_NOUNS | STATE_ORGANS or lemma in gz.title_words()[1] or is_people(noun)


# The prepositions on a measure's or an aid's own noun that name whom it is for ("sanctions for abuses" give
# the reason).
FOR_WHOM = {"SANCTION": frozenset({"to"}), "AID": frozenset({"to", "for"})}
_ARMS = frozenset({"weapon", "weapons", "arm", "arms", "rifle", "rifles", "gun", "guns", "ammunition"})


def own_arms(verb: Any) -> bool:
    """The verb's object is the doers' own weapons ("burned their weapons"), or "them" after such an object in
    the clause it is joined to ("placed their rifles in a cauldron and set them alight")."""

    def own(tok: Any) -> bool:
        return tok.lemma_.lower() in _ARMS and any(
            c.dep_ == "poss" and c.lower_ in ("their", "its") for c in tok.children
        )

    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(own(o) for o in objects):
        return True
    before = verb.head if verb.dep_ == "conj" else None
    return (
        before is not None and any(o.lower_ in ("them", "it") for o in objects)
        and any(c.dep_ == "dobj" and own(c) for c in before.children)
    )  # fmt: skip


def for_whom(verb: Any, obj: Any, action: str, objects: frozenset[str]) -> Any | None:
    """Whom a measure or an aid is for, named on its own noun: "suspended flights to Qatar", "announced 2
    billion Canadian dollars in military aid for Ukraine" (the aid noun after "in" or "of")."""
    preps = FOR_WHOM.get(action)
    if preps is None:
        return None
    # ... and the verb itself: "pledged $1.5 billion in humanitarian aid for Sudan" hangs "for" on the verb
    nouns = [obj, *(
        g for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in objects
    ), verb]  # fmt: skip
    return next((found for n in nouns if (found := prep_object(n, preps=preps)) is not None), None)


# Devices that go off where they lie: what runs into one is hit, not hitting.
_LAID = frozenset({"mine", "landmine", "bomb", "ied", "device", "explosive", "explosives"})


def struck_device(verb: Any) -> bool:
    """ "their vehicle struck a roadside bomb", "a bus hit a landmine": the subject ran into a device; it was
    the one hit, and whoever laid the device, unnamed here, the attacker."""
    return verb.lemma_ in ("strike", "hit") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LAID for c in verb.children
    )
