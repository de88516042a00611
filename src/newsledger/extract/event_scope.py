"""What surrounds an event's trigger: the records of its sentence that go with it (the tolls of its clause), the
story it is told in (a natural disaster's), and the merging of an action a sentence repeats.  Used by
:mod:`.events`; plain functions over records and tokens.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.parties import FORCE_NOUNS, Parties
from newsledger.extract.roles import is_people, is_weapon, munitions
from newsledger.extract.setting import PHYSICAL
from newsledger.extract.speakers import speech_verbs
from newsledger.extract.triggers import code
from newsledger.records import Article, Event, Figure, Quote

# Tolls an event reports: a count of people killed, hurt, held or driven out.
_EVENT_FIGURES = frozenset({"killed", "injured", "detained", "hostages", "displaced", "missing"})


def escaped_from(verb: Any) -> bool:
    """ "sheltering from fighting nearby", "fled from shelling": what people got away from, a circumstance of
    theirs with no one doing it, not an event of its own."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children)
    )


TALKS = frozenset({"talk", "talks", "meeting", "consultation", "negotiation", "discussion"})


def may_strike(verb: Any) -> bool:
    """Whether a verb's object may say where things happen ("shelled Kherson", "entered the town of Afrin"):
    not when the verb is one of saying or an action of another kind ("blamed Kyiv", "told Saba")."""
    action = code(verb)
    return (action is None or action in PHYSICAL) and verb.lemma_ not in speech_verbs()


def talks_between(verb: Any, nouns: frozenset[str] = TALKS) -> tuple[Any, Any | None] | None:
    """The two sides of talks a light verb holds ("talks between X and Y were held"), or of a deal (`nouns`: "a
    peace deal between Congo and Rwanda was signed"), else None."""
    talks = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns), None)
    between = next((p for p in talks.children if p.dep_ == "prep" and p.lower_ == "between"), None) if talks else None
    first = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
    second = next((g for g in first.children if g.dep_ == "conj"), None) if first is not None else None
    return (first, second) if first is not None else None  # "between elders from both sides": one group


def a_force(tok: Any | None, parties: Parties) -> bool:
    """Whether a subject is an armed force or names a party: "Israeli troops", "Russia", "the rebels"."""
    if tok is None:
        return False
    return tok.lemma_.lower() in FORCE_NOUNS or is_people(tok) or parties.names(tok)


def participle_of_physical(verb: Any) -> bool:
    """ "Russian drones struck Kharkiv overnight, killing two people": a participle with no subject of its own
    that goes on from a physical action, whose place is the action's."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj", "xcomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and code(verb.head) in PHYSICAL
    )


def describes_source(verb: Any) -> bool:
    """ "a resident who helped with the burials told Reuters": a relative clause on who reports, saying why they
    know, not an event reported."""
    source = verb.head
    return (
        verb.dep_ == "relcl"
        and source.dep_ == "nsubj"
        and source.pos_ == "NOUN"  # a named speaker's relative clause tells news: "Zelenskiy, who met Trump, said"
        and (is_people(source) or f"{source.lemma_.lower()}s" in gz.person_nouns())  # "a resident" too
        and source.head.lemma_ in _TELLING
    )


# Verbs of telling a reporter what one saw.
_TELLING = frozenset({"say", "tell", "report", "recount", "describe", "add", "confirm"})


def quote_around(quotes: tuple[Quote, ...], offset: int) -> Quote | None:
    """The innermost quote with a speaker that holds the character at `offset`: whose claim the event is."""
    holding = [q for q in quotes if q.start <= offset < q.end and q.speaker]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def sentence_span(sent: Any, floor: int, text: str) -> tuple[int, int]:
    """An event's text: its sentence, after the dateline (`floor`) and without the spaces around it, so that its
    offsets point at the first and last characters of the words."""
    start, end = max(sent.start_char, floor), sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def figures_of(
    figures: list[Figure], own: list[tuple[int, int]], target: Any | None, physical: bool
) -> tuple[str, ...]:
    """The ids of the sentence's tolls (and of the count that is the target: "more than 130 pupils were seized")
    reported for the event; those inside its own clause when there are any, so that "kidnapped 25 worshippers ...,
    and more than 130 pupils were seized" gives each abduction its own count.  Only a physical action takes the
    tolls of the rest of its sentence ("struck the town, killing 16"): "as world powers urged restraint" did not
    kill the 16 the sentence counts."""
    span = (target.left_edge.idx, target.right_edge.idx + len(target.right_edge)) if target is not None else (0, 0)

    def in_own(f: Figure) -> bool:
        return any(a <= f.start < b for a, b in own)

    eligible = [
        f for f in figures
        if f.category in _EVENT_FIGURES or span[0] <= f.start < f.end <= span[1]
        # "launched 458 drones and 45 missiles at Ukraine": what the attack was made with, in its own clause
        or (physical and _munitions_counted(f) and in_own(f))
    ]  # fmt: skip
    inside = [f for f in eligible if in_own(f)]
    return tuple(f.id for f in (inside or eligible if physical else inside))


def _munitions_counted(figure: Figure) -> bool:
    """A count of drones, missiles or shells ("458 drones")."""
    last = figure.text.split()[-1].lower() if figure.text.split() else ""
    return last in munitions() or last.removesuffix("s") in munitions()


def in_sentence(start: int, end: int, items: list[Any]) -> list[Any]:
    """The records (figures, dates) that lie wholly between `start` and `end`."""
    return [x for x in items if start <= x.start and x.end <= end]


# Words in a story's title or lead that make it the story of a natural disaster.
_DISASTERS = frozenset(
    "earthquake quake floods flood flooding cyclone hurricane typhoon landslide landslides tsunami avalanche "
    "eruption drought heatwave monsoon tornado".split()
)


def disaster_story(article: Article) -> bool:
    """Whether the title or the first paragraph names a natural disaster (a quake, a flood, a cyclone)."""
    lead = article.text[article.paragraphs[0].start : article.paragraphs[0].end] if article.paragraphs else ""
    words = set(re.findall(r"[a-z]+", f"{article.title or ''} {lead}".lower()))
    return bool(words & _DISASTERS)


def violent(tok: Any) -> bool:
    """An attack, a weapon or a violent incident named in the sentence."""
    lemma = tok.lemma_.lower()
    return is_weapon(tok) or (lemma in gz.incident_nouns() and lemma not in _DISASTERS)


def one_per_action(events: list[Event]) -> list[Event]:
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
            continue
        first = kept[same]
        if first.target is None and event.target is not None:
            first, event = event, first  # "launched missiles and destroyed Armenian artillery": the verb with a target
        # "46 people wounded when Cambodian rockets hit homes in Sisaket": one assault, where and when either says
        kept[same] = dataclasses.replace(
            first,
            place=first.place or event.place,
            place_id=first.place_id or event.place_id,
            date=first.date or event.date,
        )
    return [dataclasses.replace(e, id=f"V{i}") for i, e in enumerate(kept, 1)]


def whose_incident(
    events: list[Event], target_tok: Any, actor_id: str | None, told: str = "ASSAULT", spoken: list[bool] | None = None
) -> tuple[str | None, str | None]:
    """Who did "the strike" that is condemned: the actor of the last attack the article told before it.

    "Israel carried out an air strike on Hamas leaders in Doha ... Saudi Arabia condemned the strike": the
    incident named with "the" (or "it", when it is called something) is the one told last; an attack by the
    condemner itself, one only threatened, an interception or one told in a direct quote is not it.  Limits:
    the incident must have been told as a verb with its doer ("the strike, which Israel said it carried out" is
    not seen).  With `told` "ACCUSE": whose is "the accusation" rejected ("The Treasury imposed sanctions on
    Petro, accusing him of ... Petro rejected the accusation")."""
    definite = target_tok.lower_ == "it" or any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
        for c in target_tok.children
    )  # ("Tuesday's attack")
    left = target_tok.left_edge.i
    # "accused Kabul of sheltering the militants, a charge Kabul has rejected": the charge set beside it
    definite = definite or (told == "ACCUSE" and left > 0 and target_tok.doc[left - 1].text == ",")
    if not definite:
        return None, None  # "condemned any attack on civilians": no incident told
    for n in range(len(events) - 1, -1, -1):
        event = events[n]
        if spoken is not None and n < len(spoken) and spoken[n]:
            continue  # '"Those who think the army is fighting this war ...," he said': words, no incident told
        if event.subtype == "DISR_WEAP":
            continue  # "Poland shot down drones ... NATO called the incursion reckless": the defence is not it
        if event.action == told and _named_doer(event) and not event.hypothetical:
            # (only a named doer: "militants stormed a base ... the African Union condemned the attack" is left
            # with no target, as words are no party)
            own = event.actor_id is not None and event.actor_id == actor_id  # the condemner's own attack
            return (None, None) if own else (event.actor, event.actor_id)
    return None, None


# What a rejection dismisses that someone else put forward: "dismissed the announcement as a deception".
OFFERS = frozenset({"announcement", "offer", "proposal", "truce", "ceasefire", "initiative", "plan", "declaration"})
# What putting something forward is coded as.
_PUT_FORWARD = frozenset({"AGREE", "REQUEST", "CONCEDE", "COOPERATE", "AID"})


def whose_offer(events: list[Event], target_tok: Any, actor_id: str | None) -> tuple[str | None, str | None]:
    """Who made "the announcement" or "the offer" a party rejects: the named actor of the last event that put
    something forward ("The RSF announced a unilateral truce ... The army dismissed the announcement"), when the
    noun is definite.  Limits: only events told before, with a named actor other than the rejecter."""
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in target_tok.children
    ):
        return None, None
    for event in reversed(events):
        if event.action in _PUT_FORWARD and event.actor_id is not None and event.actor_id != actor_id:
            return event.actor, event.actor_id
    return None, None


# What is denied when an accusation is: "denied any involvement in the attack", "rejects any role".
DENIED = frozenset(
    {"involvement", "role", "responsibility", "wrongdoing", "link", "links", "part", "hand", "allegation",
     "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims"}
)  # fmt: skip


def whose_accusation(events: list[Event], actor_id: str | None) -> tuple[str | None, str | None]:
    """Who accused the party that now denies: "Israel accused Hamas of killing one of its soldiers ... Hamas denied
    any involvement in the attack": Israel.  The last accusation told before with this party as its target."""
    if actor_id is None:
        return None, None
    for event in reversed(events):
        if event.action == "ACCUSE" and event.target_id == actor_id and event.actor_id and not event.hypothetical:
            return event.actor, event.actor_id
    return None, None


def accusation_answered(events: list[Event], actor_id: str | None, sent_start: int, before: int) -> Event | None:
    """The accusation a denial by relative clause answers: "accusing some of spying for the United States, which
    the United Nations denies" denies what the sentence charged before it (whatever noun the small model hangs
    "which" on).  The last named accuser's ACCUSE between `sent_start` and `before`, not the denier's own."""
    return next(
        (e for e in reversed(events) if e.action == "ACCUSE" and sent_start <= e.start < before
         and e.actor_id and e.actor_id != actor_id),
        None,
    )  # fmt: skip


def captor(events: list[Event], actor_id: str | None) -> Event | None:
    """Whoever holds the captives a demand is for: "detained at least 11 U.N. staff members, Guterres said,
    demanding their immediate release" is made of the captor told last (an arrest or abduction that happened, by
    a named party other than the one demanding)."""
    return next(
        (e for e in reversed(events) if e.subtype in ("ARREST", "ABDUCT_DISSAP") and e.actor_id
         and e.actor_id != actor_id and not e.hypothetical),
        None,
    )  # fmt: skip


def claimant(claim: Any) -> Any | None:
    """Who made the claim set beside what they said: in "the ministry said its troops had captured Pokrovsk, a
    claim Ukraine rejected", the subject of the verb of saying whose report the claim is in; None when the claim
    is in no one's report."""
    node = claim
    while node.head.i != node.i:
        # (the small model may hang ", a claim Kyiv denied" on the verb of saying itself)
        if node.dep_ in ("ccomp", "dep", "appos", "npadvmod") and node.head.lemma_ in speech_verbs():
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        node = node.head
    return None


# One-sided incidents a later "the ..." names again, and the lemmas (of the verb or of the weapon that did it)
# that told them first: "Pakistani air strikes killed 10 ... the strikes hit the Gurbuz district", "Israel struck
# ... the strike targeted".  Wars and fighting have two sides; they are left out.
INCIDENT_KIN = {
    "strike": frozenset({"strike", "airstrike"}), "airstrike": frozenset({"strike", "airstrike"}),
    "attack": frozenset({"attack"}), "raid": frozenset({"raid"}), "bombing": frozenset({"bomb", "bombing"}),
    "shelling": frozenset({"shell", "shelling"}), "ambush": frozenset({"ambush"}),
    "drone": frozenset({"drone"}), "missile": frozenset({"missile"}),  # "Russian drones struck ... the drones hit"
}  # fmt: skip


def _named_doer(event: Event) -> bool:
    """Whether an event's actor is a party with a name: an entity, or a state named by its people's adjective
    ("Israeli warplanes struck"), which has no entity of its own; not words ("militants")."""
    return event.actor_id is not None or gz.country_by_name().get(gz.fold(event.actor or "")) is not None


_BACK_POINTING = frozenset({"the", "this", "that", "these", "those", "one"})


def told_by_kin(events: list[Event], means: list[frozenset[str]], noun: Any) -> tuple[str | None, str | None]:
    """Who did the one-sided incident that `noun` ("the strikes") names again: the named actor of the last attack
    told with a verb or a weapon of its kind (`means`, per event); (None, None) when none was, or when the noun
    carries a date of its own ("the April 22 attack" is another incident)."""
    kin = INCIDENT_KIN.get(noun.lemma_.lower())
    if kin is None or any(c.ent_type_ in ("DATE", "TIME") for c in noun.children):
        return None, None
    # ("the strikes", "one strike": those told, or one of them; not "a strike", which may be another's)
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in _BACK_POINTING for c in noun.children):
        return None, None
    for event, lemmas in zip(reversed(events), reversed(means), strict=False):
        if event.action == "ASSAULT" and event.actor is not None and not event.hypothetical and lemmas & kin:
            return event.actor, event.actor_id
    return None, None


def repelled_attacker(events: list[Event], actor: str | None, actor_id: str | None) -> tuple[str | None, str | None]:
    """Who made "the attack" a party repelled: the doer of the last attack told by someone else, when it is
    named ("the RSF launched an assault on El Obeid ... the army said it had repelled the attack"); (None,
    None) when that doer is unnamed ("militants attacked the convoy ... the escort repelled the attack"), as an
    older attack by someone named is not the one repelled."""
    for event in reversed(events):
        if event.action != "ASSAULT" or event.hypothetical or event.actor is None or event.actor == actor:
            continue
        if actor_id is not None and event.actor_id == actor_id:
            continue
        return (event.actor, event.actor_id) if _named_doer(event) else (None, None)
    return None, None
