"""Events: actions reported in the article, coded actor-action-target in PLOVER's event types.

Method: a trigger lexicon (``data/plover_lexicon.tsv``): reporting and action verbs ("accused", "shelled",
"met") and light verbs with their objects ("held talks", "launched an attack", "imposed sanctions").  For each
trigger in the dependency parse, the actor is its subject (or the agent of a passive), the target its object,
a passive subject, or the object of "against/on/with/at"; both are resolved through the entities.  The object of
a light verb is part of the action ("held talks with Oman": the target is Oman), and with no target a joint
action's second subject is it ("Pakistan and Afghanistan agreed").  A weapon is never the actor ("drone strikes
hit El Obeid" names no one), nor is a backer ("Rwanda-backed M23 rebels" are M23).  Pronouns stand for the
subject of the report they are in ("the army said it had detained 14") or of the sentence before, else the last
group or state named; "his country" is the country of the speaker's title (:mod:`.parties`).  Place and date
are chosen by :mod:`.setting`; figures and the party reporting the event come from the other extractors' records
in the same sentence.

An event under a negation ("did not attack", "denies backing M23") is left out; one under a modal, a condition,
or a verb of intending or threatening ("would attack", "if they attack", "plans to attack", "a planned assault
would be a disaster") is kept and marked ``hypothetical``, for precision downstream.

Each event also gets an ACLED-style ``subtype`` from cue words in its sentence (:mod:`.subtypes`), for
comparison with ACLED and CASE data.

Limits: one trigger, one event: "killed and wounded" gives two; coreference across sentences is limited to
what the entity extractor resolved; PLOVER's modes and contexts are not coded.
"""

from __future__ import annotations

from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.antecedents import antecedent
from newsledger.extract.event_guards import (
    DEALS,
    Trigger,
    no_one_acts,
    not_an_event,
    not_reported,
    recoded,
    recoded_by_target,
)
from newsledger.extract.event_scope import (
    DENIED,
    OFFERS,
    TALKS,
    a_force,
    accusation_answered,
    captor,
    claimant,
    describes_source,
    disaster_story,
    escaped_from,
    figures_of,
    in_sentence,
    may_strike,
    one_per_action,
    participle_of_physical,
    quote_around,
    repelled_attacker,
    sentence_span,
    talks_between,
    told_by_kin,
    whose_accusation,
    whose_incident,
    whose_offer,
)
from newsledger.extract.misparse import (
    coordinated_adjective,
    gapped_passive,
    partner,
)
from newsledger.extract.modality import hypothetical, negated
from newsledger.extract.nominal import merge, no_such_event, nominal_events
from newsledger.extract.parties import GROUP_NOUNS, Parties
from newsledger.extract.phrase_parts import of_object
from newsledger.extract.roles import (
    TARGET_PREPS,
    TO,
    WITH,
    actor_phrase,
    attacker,
    for_whom,
    is_territory,
    is_weapon,
    means_of,
    prep_object,
    struck_device,
    target_phrase,
)
from newsledger.extract.setting import PHYSICAL, own_clause, ranks_over, sentence_words, where
from newsledger.extract.sides import fighting_between
from newsledger.extract.speakers import NAMING
from newsledger.extract.subtypes import subtype
from newsledger.extract.timing import carry_dates, dated_by_incident_told, kind, refers_back, told_as_doer, when
from newsledger.extract.triggers import CAPTIVES, Rule, light, rule_for
from newsledger.records import Article, DateRef, Entity, Event, Figure, Place, Quote

EXTRACTOR = "events"
_OBSTRUCT = frozenset({"block", "blockade", "obstruct", "impede", "hamper"})
_EMBEDDED = frozenset({"ccomp", "relcl", "acl", "xcomp", "pcomp", "csubj"})
# Actions two conjoined subjects do together or against each other: with no object, the second is the target.
_JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT"})
# "fighting between M23 and militias continued": an assault by each side on the other, with no trigger verb.
_FIGHT_GOES_ON = Rule("ASSAULT", frozenset(), frozenset())
# Who is asked to do something, besides people, forces and named parties: "urged all parties to ...".
_ADDRESSEES = frozenset(
    {"party", "parties", "side", "sides", "country", "countries", "state", "states", "nation", "nations",
     "community", "government", "governments", "authority", "authorities", "leader", "leaders", "council", "world",
     "everyone", "all", "both", "member", "members", "ally", "allies", "partner", "partners", "neighbour",
     "neighbor", "neighbours", "neighbors", "regime", "administration", "junta", "court", "congress", "parliament",
     "mediator", "mediators", "negotiator", "negotiators", "envoy", "envoys", "donor", "donors", "organisation",
     "organization", "agency", "agencies", "body", "bodies"}
)  # fmt: skip
# What a threat promises, which is no party: "vowed revenge".
_REPRISALS = frozenset({"revenge", "retaliation", "response", "reprisal", "reprisals", "vengeance", "consequence",
                        "consequences", "retribution", "punishment"})  # fmt: skip
# Who act for the states they are "of": "the leaders of Armenia and Azerbaijan signed".
_REPRESENTATIVES = frozenset({"leader", "president", "minister", "delegation", "envoy", "representative",
                              "official", "government", "head"})  # fmt: skip
# Spans of time a subject counts the incident by: "five days of clashes".
_SPANS = frozenset({"day", "week", "month", "year", "hour", "night"})
# What a condemnation calls an incident told before: "condemns this violation", "condemned the launch".
_WRONGS = frozenset({"violation", "aggression", "crime", "atrocity", "act", "provocation", "breach", "massacre",
                     "launch", "launches", "firing", "test"})  # fmt: skip
# What a threat threatens to do, not whom: "threatened military action", "threatened sanctions".
_THREATENED = frozenset(
    {"action", "force", "retaliation", "reprisal", "reprisals", "strike", "strikes", "sanction", "sanctions",
     "measure", "measures", "response", "consequence", "consequences", "war", "attack", "attacks", "invasion",
     "escalation", "tariff", "tariffs", "intervention", "operation", "operations"}
)  # fmt: skip
# What is demanded for captives: "demanding their immediate release".
_FREEDOM = frozenset({"release", "freedom", "return"})
# What an accused rejects: the accusation, made by whoever the story said accused it.
_CHARGES = frozenset({"accusation", "allegation", "charge", "claim"})
# Consultations whose object is their topic: "discussed a plan".
_TOPICAL = frozenset({"discuss", "debate", "consider", "review", "examine", "address", "weigh", "exchange", "swap"})


def _announcer(tok: Any) -> Any | None:
    """The subject of the verb of announcing or saying whose complement `tok` is, when it is a name."""
    if tok.dep_ != "ccomp" or tok.head.lemma_ not in ("announce", "say", "order", "decide"):
        return None
    who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return who if who is not None and (who.pos_ == "PROPN" or who.ent_type_) else None


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
    resolver = Parties(entities, floor, article.text, quotes)
    persons = frozenset(e.id for e in entities if e.type == "PERSON")
    disaster = disaster_story(article)
    events: list[Event] = []
    back: list[bool] = []  # per event: whether it is an incident already told (timing.refers_back)
    doers: list[bool] = []  # per event: whether that incident is its subject (timing.told_as_doer)
    kinds: list[str] = []  # per event: the sort of incident it is (timing.kind)
    means: list[frozenset[str]] = []  # per event: the lemmas of its verb and of the weapon it was done with
    spoken: list[bool] = []  # per event: whether it is told inside a direct quote
    for tok in doc:
        if (
            tok.pos_ not in ("VERB",)
            or tok.idx < floor
            or coordinated_adjective(tok)
            or escaped_from(tok)
            or describes_source(tok)
        ):
            continue
        if ranks_over(tok) or not_an_event(tok):
            continue  # "one of the deadliest attacks since fighting with Fano flared": the yardstick, not news
        # "rejected the accusation": what is rejected, before the light verb's object is set aside
        # ("..., a charge Kabul has repeatedly rejected", which the small model reads as the charge rejecting)
        charge = next((c for c in tok.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in _CHARGES), None)
        if charge is None and tok.dep_ == "relcl" and tok.head.lemma_.lower() in _CHARGES:
            charge = tok.head
        sides = fighting_between(tok)
        rule = rule_for(tok) or (_FIGHT_GOES_ON if sides is not None else None)
        if rule is None or negated(tok) or no_such_event(tok, rule.action):  # (checked for coded verbs only)
            continue
        actor_tok = actor_phrase(tok) if sides is None else sides[0]
        if actor_tok is not None and actor_tok.lemma_.lower() in _SPANS and (spent := of_object(actor_tok)) is not None:
            actor_tok = spent  # "five days of clashes killed 48 people": the clashes, which are no one
        gapped = gapped_passive(tok)
        if gapped is not None:
            # "five fighters were killed and several posts destroyed": the posts were destroyed; by whoever the
            # attack they were hurt in was ("and 20 injured in a Russian missile attack")
            actor_tok = means_of(tok)
        action = recoded(tok, rule.action, actor_tok)
        if not_reported(Trigger(tok, action, rule, actor_tok, resolver)):
            continue
        sent = tok.sent
        actor, actor_id = resolver.entity(actor_tok, owner=True)
        target_tok, inner = target_phrase(tok) if sides is None else (sides[1], True)
        party = named_side = False
        repelled = None
        if gapped is not None:
            target_tok, inner = gapped, True
        if struck_device(tok):  # "their vehicle struck a roadside bomb": the vehicle was hit
            (target_tok, inner), (actor, actor_id) = (actor_tok, True), (None, None)
        talks = action in ("CONSULT", "AGREE")
        # "spoke to Pakistan's army chief": spoken to, as "with"; "agreed on a swap" is about a thing
        addressed = ("with", "to") if tok.lemma_ in ("speak", "talk") else ("with",)
        if action == "CONSULT" and tok.lemma_ in _TOPICAL and target_tok is not None and target_tok.dep_ == "dobj":
            target_tok = None  # "due to discuss a plan to use frozen Russian assets": what about, not with whom
        if talks and target_tok is not None and target_tok.dep_ == "pobj" and target_tok.head.lower_ not in addressed:
            target_tok = None  # "agreed on a prisoner swap", "met on Ukraine's security": what about, not with whom
        hostile = action in ("ASSAULT", "COERCE")
        summoned = (
            tok.lemma_ == "summon"
        )  # "summoned India's deputy high commissioner": the envoy's state is the target
        if (
            target_tok is not None
            and target_tok.dep_ in ("dobj", "nsubjpass")  # "reinforcements would be sent": the means, as an object
            and light(target_tok, rule.objects, hostile)
            and not summoned
            and not (action == "COERCE" and tok.lemma_ in _OBSTRUCT)  # "blocked aid convoys": the aid is hit
        ):
            # "held talks with Oman", "launched an attack on Kharkiv", "traded fire": the object is part of the
            # action; the target is what it is directed at, if anything.
            # "took control of Bara"; not "a round of talks".  Talks and deals are with someone and about
            # something: "a summit on the future of Gaza" is not with Gaza.
            if action == "MOBILIZE" and target_tok.dep_ == "nsubjpass" and actor_tok is None:
                actor, actor_id = resolver.entity(target_tok, owner=True)  # "security forces were deployed"
                counted = any(c.dep_ == "nummod" for c in target_tok.children)
                if actor_id is None and counted and (announcer := _announcer(tok)) is not None:
                    # "Defense Minister Pedro Sanchez announced that 1,200 troops would be sent": whoever announces
                    # a deployment of a number of forces no one is named for sends them (a count is no one)
                    actor, actor_id = resolver.entity(announcer)
            aimed = prep_object(target_tok, of=action != "MOBILIZE")  # (a deployment "of troops" is of its own)
            if aimed is not None and action == "PROTEST" and aimed.head.lower_ == "with":
                aimed = None  # "blocked roads with burning tyres": what they did it with
            if aimed is not None and aimed.lemma_.lower() in rule.objects:
                # "sanctions against Russia"; but "talks on Tehran's programme" are about it, "with Oman" with it.
                # ("launched a wave of strikes on Iran": the aim hung on the wave)
                aimed = prep_object(aimed, preps=WITH if talks else TARGET_PREPS) or prep_object(
                    target_tok, preps=WITH if talks else TARGET_PREPS
                )
            elif talks:
                aimed = prep_object(target_tok, preps=WITH)
            # "set fire to a police station", "laid siege to the city", "sent aid to Gaza": "to" names the target.
            if target_tok.lemma_.lower() in CAPTIVES:
                # "took 20 villagers hostage", which the small model parses as a compound "villagers hostage";
                # "is holding 59 hostages": the people counted are the target
                held = next((c for c in target_tok.children if c.dep_ == "compound"), None)
                counted = any(c.dep_ == "nummod" for c in target_tok.children)
                target_tok = held or (target_tok if counted else None)
            elif talks:
                target_tok = aimed or prep_object(tok, preps=WITH)
            elif action == "AID":
                # aid goes to whom it is sent, or is for whom it is for; not where it is pledged ("for Sudan at a
                # conference in London")
                target_tok = (
                    aimed or prep_object(tok, preps=TO)
                    # "supplied drones and missiles to Russia": "to" hung on the last thing listed
                    or next((w for c in target_tok.conjuncts if (w := prep_object(c, preps=TO)) is not None), None)
                    or for_whom(tok, target_tok, action, rule.objects) or prep_object(tok)
                )  # fmt: skip
            elif hostile and tok.lemma_ in ("exchange", "trade"):
                # "traded fire at the border": where; the other side is "with" it or joined to the actor
                target_tok = aimed or prep_object(tok, preps=WITH)
            else:
                target_tok = (
                    aimed or prep_object(tok) or prep_object(tok, preps=TO)
                    # "issued an ultimatum to Hamas": "to" hung on the light verb's object
                    or (prep_object(target_tok, preps=TO) if action == "THREATEN" else None)
                    # "suspended flights to Qatar", "military aid for Ukraine": whom the measure or the aid is for
                    or for_whom(tok, target_tok, action, rule.objects)
                    # "suspended a military aid program for Bosnia": the measure's own words name whom it hits
                    or (target_tok if action == "SANCTION" and resolver.names(target_tok) else None)
                )  # fmt: skip
        if target_tok is not None and target_tok.lemma_.lower() in ("air", "sky") and tok.lemma_ in ("fire", "shoot"):
            target_tok = None  # "fired into the air to disperse the crowd": warning shots, aimed at no one
        if tok.lemma_ in ("repel", "repulse", "foil", "thwart") and target_tok is not None and is_weapon(target_tok):
            # "repelled a large attack by al Qaeda-linked militants on Djibo": the attackers are the target.
            # "repelled a second attack on a camp": no attacker named, no target (not the camp it defended)
            # "repelled 47 Russian assaults": the side the attacks are named for
            sided = any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
                        for c in target_tok.children)  # fmt: skip
            by = attacker(target_tok)
            # ("the army said it had repelled the attack": the attack told before, by whoever made it)
            repelled = target_tok if by is None and not sided else None
            target_tok, party = by or (target_tok if sided else None), True
            named_side = by is None and sided
        if (
            action == "REQUEST" and target_tok is not None and target_tok.dep_ == "dobj"
            and not (a_force(target_tok, resolver) or target_tok.lemma_.lower() in _ADDRESSEES | GROUP_NOUNS)
            and not resolver.names(target_tok, hide=False)  # "requested help from the United States"
            and target_tok.pos_ != "PRON"  # "asked him to lead a caretaker government"
        ):  # fmt: skip
            target_tok = None  # "urged restraint", "demanded an investigation": what is asked for, not of whom
        if target_tok is None and action == "REQUEST":
            # "Russia has demanded that Ukraine abandon its ambitions": who is asked is the clause's subject
            target_tok = next(
                (g for c in tok.children if c.dep_ == "ccomp" for g in c.children
                 if g.dep_ in ("nsubj", "nsubjpass")
                 and (g.pos_ == "PROPN" or a_force(g, resolver) or g.lemma_.lower() in _ADDRESSEES)),
                None,
            )  # fmt: skip
        if action == "CONCEDE" and tok.lemma_ == "abandon":
            target_tok = None  # "abandon its ambitions to join NATO": nothing is yielded to NATO
        if action == "THREATEN" and target_tok is not None and target_tok.lemma_.lower() in _REPRISALS:
            target_tok = None  # "vowed revenge": what is threatened, not whom
        if target_tok is None and action == "THREATEN":
            # "threatened to retaliate against European companies", "vowed to crush the rebels": the threatened
            aim = next((c for c in tok.children if c.dep_ == "xcomp"), None)
            target_tok = None if aim is None else next((c for c in aim.children if c.dep_ == "dobj"), prep_object(aim))
            if target_tok is not None and rule_for(target_tok) is not None:
                # "threatened to reimpose U.N. sanctions on Tehran": whom the measure is on
                target_tok = prep_object(target_tok) or prep_object(aim) or target_tok
        if action == "CONSULT" and tok.lemma_ == "mediate":
            # "has mediated between Israel and Hamas": a mediator talks with both sides (the first is coded)
            target_tok = prep_object(tok, preps=frozenset({"between"}))
        if action == "CONSULT" and (target_tok is None or is_territory(target_tok) or resolver.only_placed(target_tok)):
            # "will travel to Addis Ababa for talks with Abiy Ahmed": who the talks are with, not the city
            held = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                         if g.dep_ == "pobj" and g.lemma_.lower() in TALKS), None)  # fmt: skip
            with_whom = prep_object(held, preps=WITH) if held is not None else None
            target_tok = with_whom or target_tok
        # "the cabinet approving the accord", "the exchange was agreed at talks in Istanbul": what is agreed, not
        # with whom; a deal agreed in a clause of its own is news though no party is named
        agreed = (
            action == "AGREE"
            and target_tok is not None
            and target_tok.lemma_.lower() in DEALS | {"accord", "text", "document", "declaration", "communique"}
        )
        told_deal = (
            agreed and target_tok is not None and target_tok.dep_ == "nsubjpass" and tok.dep_ not in ("acl", "relcl")
        )
        if agreed or (
            action == "AGREE"
            and target_tok is not None
            and target_tok.dep_ == "nsubjpass"
            and target_tok.pos_ == "PRON"
        ):
            target_tok = None  # ("it must still be signed and ratified": the text, no party)
        if target_tok is not None and target_tok.dep_ == "dobj" and target_tok.lower_ == "power":
            target_tok = None  # "seized power in a coup": the state it takes over is no party named
        if (
            tok.lemma_ in ("exchange", "swap")
            and actor_tok is not None
            and any(c.dep_ == "conj" for c in actor_tok.children)
        ):
            target_tok = None  # "Russia and Ukraine exchanged 300 prisoners": what is swapped is the means
        if target_tok is None and action in _JOINT and actor_tok is not None and tok.lemma_ != "mediate":
            # "Pakistan and Afghanistan agreed to extend the truce", "troops and militants traded fire": one party
            # acts, the other is its partner or opponent (but "talks mediated by Qatar and Turkey" have two
            # mediators, not two sides).
            target_tok = partner(actor_tok)
            if target_tok is None and actor_tok.lemma_ != "mediator":  # "Iranian and Saudi officials held talks"
                # (not "Egyptian and Qatari mediators resumed talks": they talk with others)
                # ("the leaders of Armenia and Azerbaijan signed": the states the leaders are of)
                of = of_object(actor_tok) if actor_tok.lemma_.lower() in _REPRESENTATIVES else None
                target_tok = next(
                    (g for c in (*actor_tok.children, *([of] if of is not None else []))
                     if c.dep_ in ("amod", "nmod", "compound") or c is of
                     for g in c.children if g.dep_ == "conj"),
                    None,
                )  # fmt: skip
                if target_tok is not None:
                    # the first people's officials act for their state: the modifier, not the noun phrase
                    actor_tok = (
                        of
                        if of is not None and target_tok in of.children
                        else next(c for c in actor_tok.children if target_tok in c.children)
                    )
                    actor, actor_id = resolver.entity(actor_tok, owner=True)
        if (
            action == "THREATEN" and target_tok is not None and target_tok.dep_ == "dobj"
            and target_tok.lemma_.lower() in _THREATENED
        ):  # fmt: skip
            target_tok = prep_object(target_tok)  # "threatened military action (against the SDF)": what, not whom
        if action == "AID" and target_tok is None:
            target_tok = prep_object(tok, preps=TO)  # "supplied drones to Russia": weapons are no target
        if action == "AID" and not rule.objects and target_tok is None:
            continue  # "150 people were sheltering there": aid needs someone it goes to
        # attackers are resolved as an actor is: "militants on the town of Djibo" are not Djibo
        described = target_tok is not None and tok.dep_ == "acl" and target_tok.i == tok.head.i
        # "arrested two ministers allied with Machar": the participle says whose they are, not who was arrested
        allied = (
            next((c for c in target_tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) if target_tok else None
        )
        target, target_id = resolver.entity(target_tok, owner=party, inner=inner, without=tok if described else allied)
        if (
            action == "CONSULT"
            and tok.lemma_ == "speak"
            and not (resolver.is_party(target_id) or gz.country_of(target or ""))
        ):
            continue  # "spoke to reporters", "speaking to Reuters": an interview, not consultations
        if (
            target_id is None and target_tok is not None and target_tok.lemma_.lower() in gz.incident_nouns()
            and not named_side
        ):  # fmt: skip
            target = None  # "condemned the attack": an incident is no party ("the Israeli attack" names one)
            if action == "ACCUSE":  # (a condemnation is of whoever did it, told before: "condemned the strike")
                target, target_id = whose_incident(events, target_tok, actor_id, spoken=spoken)
        elif action == "ACCUSE" and tok.lemma_ in NAMING and target_tok is not None and target_tok.lower_ == "it":
            target, target_id = whose_incident(events, target_tok, actor_id, spoken=spoken)  # 'called it a "flagrant
            # violation"'
        elif (
            action == "ACCUSE" and target_id is None and target_tok is not None
            and target_tok.lemma_.lower() in _WRONGS
            and any(c.dep_ == "det" and c.lower_ in ("this", "that", "the", "these") for c in target_tok.children)
        ):  # fmt: skip
            # "condemns this violation": the wrong told before is the incident, and its doer the target
            target, target_id = whose_incident(events, target_tok, actor_id, spoken=spoken)
        if target_id is not None and target_id == actor_id:
            target, target_id = None, None  # "the RSF had accepted it": a pronoun read as the actor itself
        if (
            action == "REJECT"
            and target is None
            and any(c.lemma_.lower() in DENIED for c in tok.children if c.dep_ == "dobj")
        ):
            target, target_id = whose_accusation(events, actor_id)  # "Hamas denied any involvement in the attack"
        if (
            action == "REJECT" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in tok.children)
            and (answered := accusation_answered(events, actor_id, tok.sent.start_char, tok.idx)) is not None
        ):  # fmt: skip
            target, target_id = answered.actor, answered.actor_id  # "..., which the U.N. denies": the charge before
        if (
            action == "REQUEST" and target_id is None
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _FREEDOM for c in tok.children)
            and (held := captor(events, actor_id)) is not None
        ):  # fmt: skip
            target, target_id = held.actor, held.actor_id  # "demanding their immediate release": of the captor
        if repelled is not None and target_id is None:
            target, target_id = repelled_attacker(events, actor, actor_id)
        if action == "REJECT" and charge is not None and target_id is None:
            target, target_id = whose_incident(events, charge, actor_id, told="ACCUSE")  # "rejected the accusation"
            if target_id is None and charge.lemma_.lower() == "claim" and (who := claimant(charge)) is not None:
                target, target_id = resolver.entity(who, owner=True)  # "said it had captured X, a claim Kyiv denied"
        elif (
            action == "REJECT" and target_tok is not None and target_tok.lemma_.lower() in OFFERS
            and (offered := whose_offer(events, target_tok, actor_id))[1] is not None
        ):  # fmt: skip
            target, target_id = offered  # "dismissed the announcement as a deception": whoever announced it
        action = recoded_by_target(Trigger(tok, action, rule, actor_tok, resolver), target_tok, target_id)
        met = talks_between(tok, TALKS if action == "CONSULT" else DEALS) if action in ("CONSULT", "AGREE") else None
        if actor is None and target is None and met is not None:
            # "talks between tribal elders from both sides were held in Landi Kotal": who met whom ("a deal between
            # Congo and Rwanda was signed": who agreed with whom)
            (actor, actor_id), (target, target_id) = (resolver.entity(s, owner=True) for s in met)
        if actor is None and target is None and not told_deal:
            continue  # "Rwanda-backed rebels": a participle describing someone, not a reported action
        if no_one_acts(Trigger(tok, action, rule, actor_tok, resolver), disaster):
            continue
        quote = quote_around(quotes, tok.idx)
        reporter = quote.speaker if quote else None
        # ('it said its forces had "neutralised dozens"': the report the quoted words are in)
        report = next((q for q in quotes if q.kind == "indirect" and q.start <= tok.idx < q.end), quote)
        if (
            actor_tok is not None
            and report is not None  # (there is one whenever a quote is around the verb)
            and (
                actor_tok.lower_ in ("we", "i")
                # "Fano said its fighters had captured ...", read as the town named last: the group that speaks
                or (
                    _speaker_itself(actor_tok, report, persons)
                    and (resolver.is_place(actor_id) or actor_id is None)  # or left as "its forces"
                    and not gz.country_of(actor or "")
                )
            )
        ):
            actor, actor_id = report.speaker, report.speaker_id  # "We are going to ...," said X: X's side
        elif (
            actor_tok is not None
            and (not resolver.names(antecedent(actor_tok)) or resolver.only_placed(antecedent(actor_tok)))
            and is_weapon(antecedent(actor_tok))
            # "Ukraine's military said its drones hit an oil refinery": whose weapons they are is said.
            and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in antecedent(actor_tok).children)
        ):
            # "a strike hit a house", "drone strikes hit El Obeid": the means, not who used it; nor is a place
            # named inside it ("the attack on the vessel, west of the port of Mokha, set it ablaze"); but the
            # attacks someone launched are theirs ("launched attacks in Catatumbo that have killed 80").
            launcher = attacker(antecedent(actor_tok))
            actor, actor_id = resolver.entity(launcher, owner=True) if launcher is not None else (None, None)
            if launcher is None and action == "ASSAULT":
                # "Pakistani air strikes killed 10 ... Mujahid said the strikes hit the Gurbuz district": the
                # strikes told before, by whoever carried them out
                actor, actor_id = told_by_kin(events, means, antecedent(actor_tok))
        if actor is None and target is None and not told_deal:
            continue  # "when the strike hit": a weapon with no one named who used it, nor anything it hit
        lo = max(sent.start_char, floor)
        own = own_clause(tok)
        # "struck Kharkiv overnight, killing two people": a participle's own clause names no place; its head's does
        scope = own + own_clause(tok.head) if participle_of_physical(tok) else own
        place = where(doc, article.text, tok, places, action, actor_id, scope, (lo, sent.end_char), may_strike)
        date = when(doc, tok, in_sentence(sent.start_char, sent.end_char, list(dates)), own, article.published)
        sent_figures = figures_of(
            in_sentence(sent.start_char, sent.end_char, list(figures)), own, target_tok, action in PHYSICAL
        )
        unreal = hypothetical(tok)
        confidence = 0.5 + 0.2 * (actor_id is not None) + 0.1 * (target is not None) - 0.2 * unreal
        start, end = sentence_span(sent, floor, article.text)
        back.append(refers_back(tok))
        doers.append(told_as_doer(tok))
        kinds.append(kind(tok))
        weapon = actor_tok.lemma_.lower() if actor_tok is not None and is_weapon(actor_tok) else ""
        means.append(frozenset({tok.lemma_.lower(), weapon}))
        spoken.append(quote is not None and quote.kind == "direct")
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
                hypothetical=unreal,
                text=article.text[start:end],
                start=start,
                end=end,
                confidence=round(min(max(confidence, 0.1), 1.0), 2),
                extractor=EXTRACTOR,
                # the event's own clause first: "killed four gang members and arrested two" is no arrest; the
                # sentence only for a clause of its own ("pounded Gaza, killing 20"), not a reported or relative one
                subtype=subtype(" ".join(article.text[a:b] for a, b in sorted(own)), action)
                or (
                    subtype(sentence_words(tok), action)
                    if tok.dep_ not in _EMBEDDED or action not in PHYSICAL
                    else None
                ),
            )
        )
    told = dated_by_incident_told(carry_dates(events, back, article.paragraphs, doers, kinds), doc, dates,
                                  article.paragraphs)  # fmt: skip
    nominal = nominal_events(doc, article, resolver, places, dates, figures, quotes)
    return tuple(one_per_action(merge(told, nominal)))


def _speaker_itself(actor: Any, quote: Quote, persons: frozenset[str]) -> bool:
    """ "Fano said its fighters had captured two positions", "the military says it is fighting extremists": the
    pronoun that opens what a group or an institution reports is that group (not the place named last).  A
    person's "it" is something else."""
    if quote.kind != "indirect" or quote.speaker_id in persons:
        return False
    if quote.speaker_id is None and quote.speaker_start is not None and quote.speaker_start > quote.start:
        return False  # "It has conscripted critics ..., rights groups say": unnamed tellers after the words
    opener = (
        actor
        if actor.lower_ in ("it", "they")
        else next((c for c in actor.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    )
    start = quote.start + (5 if quote.text.startswith("that ") else 0)  # "said that its fighters had ..."
    return opener is not None and opener.idx == start and opener.i == actor.left_edge.i
