"""Which coded verbs report no event, and which report another action than their lexicon row says.

The trigger lexicon codes a verb by its lemma and its objects; wire copy uses many of those verbs for things that
are no event ("damaged relations", "a drone captured footage", "a militia that fights alongside the army") or
for another action ("the package targets 117 vessels" is a sanction).  Each rule here is a named predicate over
one :class:`Trigger` (the verb, its action so far, its lexicon row, its actor phrase and the article's parties),
with the sentence it was written for; :func:`not_reported` asks them before the event's roles are resolved and
:func:`no_one_acts` after.  ``recoded`` and ``recoded_by_target`` change the action where the clause says
which one it is.

Limits: each rule is as narrow as the sentences it was written for; a verb used another way in a shape no rule
knows is coded as the lexicon says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.antecedents import antecedent, reporter_subject
from newsledger.extract.event_scope import a_force, violent
from newsledger.extract.misparse import named_as_verb, noun_participle
from newsledger.extract.parties import FORCE_NOUNS, GROUP_NOUNS, Parties
from newsledger.extract.phrase_parts import of_object
from newsledger.extract.reported import RISKED
from newsledger.extract.roles import counts_people, is_territory, is_weapon, munition, own_arms
from newsledger.extract.setting import PHYSICAL
from newsledger.extract.sides import GOES_ON
from newsledger.extract.speakers import speech_verbs
from newsledger.extract.triggers import Rule, code

# Aims one gives up: "abandon its ambitions to join NATO" yields, no forces withdraw.
_AIMS = frozenset({"ambition", "plan", "bid", "idea", "claim", "demand", "hope", "effort", "attempt", "policy",
                   "proposal", "goal", "aspiration", "quest", "push"})  # fmt: skip
# What troops are "backed by" that is no party: "backed by drones and bulldozers".
MATERIEL = frozenset({"bulldozer", "tank", "helicopter", "aircraft", "jet", "warplane", "artillery", "vehicle",
                      "armour", "armor", "gunship", "airpower", "air"})  # fmt: skip
# What one "captures" that is no capture: "a drone captured dramatic footage".
_IMAGES = frozenset({"footage", "image", "video", "photo", "photograph", "picture", "moment", "attention", "scene"})
# What is damaged without an attack: "damaged relations".
_INTANGIBLES = frozenset(
    {"relation", "relations", "tie", "ties", "reputation", "credibility", "economy", "trust", "prospect",
     "prospects", "image", "chance", "chances", "confidence", "standing", "morale", "situation", "narrative",
     "agenda", "process"}
)  # fmt: skip
# What is burned as a protest, not in an attack: "burning Indian flags", "burned an effigy of the president".
_SYMBOLS = frozenset({"flag", "effigy", "portrait", "poster", "picture", "photo", "photograph", "banner", "tyre",
                      "tire", "copy", "image"})  # fmt: skip
# What is exchanged in talks: "exchanged views", "exchanged proposals".
_WORDS_EXCHANGED = frozenset(
    {"idea", "view", "opinion", "proposal", "message", "letter", "information", "note", "draft", "document", "paper",
     "position", "greeting", "assessment", "thought"}
)  # fmt: skip
# What hostages are freed in by their rescuers.
_OPERATIONS = frozenset({"operation", "raid", "rescue", "offensive", "assault", "counter-offensive", "mission"})
# What is released as aid: "released funds from its emergency reserve".
_FUNDS = frozenset({"fund", "funds", "funding", "money", "aid", "grant", "tranche", "loan", "supplies"})
# What is signed without agreeing with anyone: "a letter signed by the foreign minister", "signed a decree".
_PAPERS = frozenset({"letter", "decree", "order", "law", "bill", "petition", "statement", "book", "autograph",
                     "register", "warrant", "executive"})  # fmt: skip
# "a resident who asked not to be named": the reporter's anonymity formula, not a request.
_ANONYMITY = frozenset({"name", "identify", "quote"})
# What is agreed, never who agrees: "a ceasefire agreed in May" is a reduced passive.
DEALS = frozenset(
    {"agreement", "deal", "accord", "treaty", "truce", "ceasefire", "pact", "memorandum", "plan", "swap", "exchange"}
)
_MEASURES = frozenset({"package", "sanction", "measure", "law", "resolution", "bill", "decree", "order", "ban"})
# Who frees captives from someone else: "security forces freed 104 passengers".
_RESCUERS = frozenset({"force", "troop", "soldier", "police", "army", "military", "commando", "rescuer", "policeman"})
# Particles that make a verb a withdrawal: "pulled back", "pulled out".
_PARTICLES = frozenset({"back", "out", "away"})
# What is "met" without a meeting: "unless his conditions were met", "met the deadline", "met with resistance".
_NOT_MET = frozenset(
    {"condition", "demand", "need", "target", "requirement", "deadline", "criterion", "criteria", "expectation",
     "goal", "obligation", "standard", "resistance", "fate", "death", "end", "challenge", "threshold", "quota",
     "force", "violence", "gas", "bullet", "fire", "silence", "criticism", "skepticism", "scepticism", "anger",
     "outrage", "condemnation", "retaliation", "response", "attack"}
)  # fmt: skip  # "any attack would be met with force", "protests were met with tear gas"
# Actions that a participle may ascribe to a place or an institution as what it does ("a school sheltering
# families", "a charity supporting widows"), rather than report.
_BENIGN = frozenset({"AID", "SUPPORT", "COOPERATE"})
_INTO = frozenset({"into"})  # the lexicon's forces advancing "into" a place
_FIGHTERS = frozenset({"militant", "rebel", "insurgent", "jihadist", "gunman", "army", "military", "militia"})
# Services halted with no one named who halts them: "flights were suspended", for safety more often than as a
# measure against anyone.
_SERVICES = frozenset({"flight", "flights", "service", "services", "operation", "operations"})
# Fighting as a subject: "the fighting threatens the harvest".
_FIGHTS = frozenset({"fighting", "war", "conflict", "violence", "clash", "clashes", "escalation", "unrest"})
_HAZARDS = frozenset(
    "earthquake quake aftershock magnitude flood floods flooding storm cyclone hurricane typhoon tornado landslide "
    "mudslide fire wildfire blaze drought heatwave avalanche tsunami eruption disease outbreak epidemic "
    "debris wreckage shrapnel fragments landslides mudslides floods storms quakes fires wildfires avalanches "
    "collapse accident crash derailment stampede crush collision capsizing sinking".split()
    # "debris hit a residential building": what fell, not who; "Landslides blocked roads", read as a name;
    # "a canopy collapse that killed 16 people", "the crash killed all 62 on board": an accident, no attack
)
# Subjects that "hit" or "struck" a place only as a circumstance does: "the blockade has also hit Burkina Faso",
# "sanctions hit Russia's economy".  Not an assault by anyone.
_CIRCUMSTANCES = frozenset(
    "blockade blockades crisis shortage shortages sanction sanctions tariff tariffs inflation recession downturn "
    "slowdown closure closures cut cuts price prices cost costs shutdown".split()
)


@dataclass(frozen=True)
class Trigger:
    """A coded verb as the guards see it."""

    tok: Any
    action: str
    rule: Rule
    actor: Any | None  # the actor phrase, before it is resolved to a party
    parties: Parties


def _lemma(tok: Any | None) -> str:
    return tok.lemma_.lower() if tok is not None else ""


def _objects(tok: Any, deps: tuple[str, ...] = ("dobj", "nsubjpass")) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def armed(tok: Any | None) -> bool:
    """A force or fighters: who "enters" a city in an assault."""
    return _lemma(tok) in FORCE_NOUNS | _FIGHTERS


def not_an_event(tok: Any) -> bool:
    """ "Fighting in Sweida ... began on Sunday with clashes between ...": the gerund is the noun, as subject."""
    return (
        tok.tag_ == "VBG" and tok.lower_ == "fighting" and tok.dep_ in ("nsubj", "csubj", "advcl")
        and tok.i < tok.head.i and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)
    )  # fmt: skip


def recoded(tok: Any, action: str, actor: Any | None) -> str:
    """The action the clause says, where it is not the lexicon's."""
    if action == "ASSAULT" and tok.lemma_ == "target" and _lemma(actor) in _MEASURES:
        return "SANCTION"  # "the package also targets 117 vessels": a sanction, not a strike
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test":
        return "MOBILIZE"  # "test-fired two ballistic missiles": a show of force (PLOVER's MOBILIZE), no attack
    if tok.lemma_ == "abandon" and any(c.lemma_ in _AIMS for c in _objects(tok, ("dobj",))):
        return "CONCEDE"  # "demanded that Ukraine abandon its ambitions to join NATO": yielding
    if tok.lemma_ in ("exchange", "swap") and any(_lemma(c) in _WORDS_EXCHANGED for c in _objects(tok)):
        return "CONSULT"  # 'had exchanged "specific ideas" on sanctions relief': talks, not a swap of captives
    if tok.lemma_ == "disarm" and any(
        not any(p.dep_ == "poss" and p.lower_ in ("its", "their", "own") for p in c.children)
        for c in _objects(tok, ("dobj",))
    ):
        return "COERCE"  # "disarmed his bodyguards", "a plan to disarm Hezbollah": disarming others by force
        # ("disarmed its fighters" retreats)
    if tok.lemma_ in ("set", "establish", "build", "open") and any(
        _lemma(c) in ("camp", "camps", "shelter", "shelters") and any(_lemma(m) in _RELIEF for m in c.children)
        for c in _objects(tok)
    ):
        return "AID"  # "more than 400 relief camps have been set up": shelter for the displaced, no forces massed
    if tok.lemma_ == "burn" and any(_lemma(c) in _SYMBOLS for c in _objects(tok)):
        return "PROTEST"  # "chanting slogans and burning Indian flags": a protest, no one is attacked
    return action


def recoded_by_target(t: Trigger, target: Any | None, target_id: str | None) -> str:
    """The action once its target is known: taking ground is an assault, taking people a coercion."""
    tok, action, actor = t.tok, t.action, t.actor
    if (
        action == "SANCTION"
        and tok.lemma_ == "expel"
        and _lemma(target) in FORCE_NOUNS
        and _lemma(actor) in FORCE_NOUNS
    ):
        return "ASSAULT"  # "forces are pushing to expel Ukrainian troops": driving them out by force (a junta
        # that "expelled French troops" ordered them out: SANCTION)
    if action == "COERCE" and tok.lemma_ == "seize" and (is_territory(target) or t.parties.is_place(target_id)):
        return "ASSAULT"  # "seized two towns", "seizing it" (El Fasher): taking ground, not property
    if action == "ASSAULT" and tok.lemma_ == "capture" and target is not None and counts_people(target):
        return "COERCE"  # "captured six soldiers": taking people, as an abduction is; not a town
    # ("The army said it had freed 43 civilians": the army)
    freer = reporter_subject(actor) if actor is not None and actor.lower_ in ("it", "they") else actor
    if action == "CONCEDE" and tok.lemma_ == "free" and freer is not None and freer.lemma_ in _RESCUERS:
        # "security forces freed 104 passengers": a rescue from captors, not a concession; "freed several
        # villages from the Islamic State": a recapture
        return "ASSAULT" if any(is_territory(c) for c in _objects(tok, ("dobj",))) else "AID"
    if action == "CONCEDE" and tok.lemma_ in ("free", "release", "rescue") and actor is None and any(
        g.dep_ == "pobj" and _lemma(g) in _OPERATIONS
        for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children
    ):  # fmt: skip
        return "AID"  # "More than 300 hostages were freed in the operation": rescued by the forces, not conceded
    if (
        action == "CONCEDE"
        and tok.lemma_ == "release"
        and any(c.ent_type_ == "MONEY" or _lemma(c) in _FUNDS for c in _objects(tok))
    ):
        return "AID"  # "has released $5 million from its emergency fund": money given, no captive freed
    return action


# Guards asked before the roles are resolved; each names what it leaves out.


def _measure_aims(t: Trigger) -> bool:
    """ "agreed a package of sanctions against Russia, targeting 40 tankers": what the measure hits."""
    return (
        t.tok.lemma_ == "target"
        and t.tok.dep_ in ("advcl", "acl")
        and (code(t.tok.head) == "SANCTION" or t.tok.head.lemma_ in _MEASURES)
    )


def _backed_by_materiel(t: Trigger) -> bool:
    """ "its troops, backed by drones and bulldozers", "a counter-offensive backed by air support": what they had,
    not who supported them."""
    return (
        t.tok.lemma_ == "back"
        and t.action == "SUPPORT"
        and t.actor is not None
        and (
            munition(t.actor)
            or _lemma(t.actor) in MATERIEL
            or (_lemma(t.actor) in _COVER and not t.parties.names(t.actor))
        )
    )  # ("backed by Russian support" is Russia's)


# The help one's own side gives in battle: "backed by air support", "under artillery cover".
_COVER = frozenset({"support", "cover", "fire", "firepower"})


def _signed_paper(t: Trigger) -> bool:
    """ "the letter, signed by the foreign minister", "signed a decree": a paper, no deal with anyone."""
    return t.tok.lemma_ == "sign" and any(_lemma(c) in _PAPERS for c in (*_objects(t.tok), t.tok.head))


def _crowd_pushed_in(t: Trigger) -> bool:
    """ "tanks pushed deeper into Gaza City" is an advance; "crowds pushed into the square" is not."""
    return t.rule.objects == _INTO and not (
        t.actor is not None and (_lemma(t.actor) in FORCE_NOUNS | MATERIEL | _FIGHTERS or t.parties.names(t.actor))
    )


def _carried(t: Trigger) -> bool:
    """ "the hostages were driven out of Gaza in Red Cross vehicles": carried, not expelled."""
    return t.tok.lemma_ == "drive" and t.actor is None


def _burning(t: Trigger) -> bool:
    """'"Gaza is burning"': the place burns, no one is attacked; "the Magic Seas sank on Sunday": the ship sank."""
    return t.tok.lemma_ in ("burn", "sink") and not _objects(t.tok)


def _own_weapons(t: Trigger) -> bool:
    """ "fighters burned their weapons at a ceremony": disarming, no attack on anyone."""
    return t.action == "ASSAULT" and own_arms(t.tok)


def _harm_done(t: Trigger) -> bool:
    """ "damaged relations", "damaged its credibility": harm, no attack; "a drone captured dramatic footage"; and
    "regained control of the situation", which takes no ground."""
    lemma = t.tok.lemma_
    return (
        (lemma == "damage" and any(_lemma(c) in _INTANGIBLES for c in _objects(t.tok)))
        or (lemma == "capture" and any(_lemma(c) in _IMAGES for c in _objects(t.tok, ("dobj",))))
        or any(
            _lemma(c) == "control" and any(_lemma(g) in _INTANGIBLES for p in c.children if p.lower_ == "of"
                                           for g in p.children)
            for c in _objects(t.tok, ("dobj",))
        )
    )  # fmt: skip


def _fired_munition(t: Trigger) -> bool:
    """ "missiles fired by Russian forces struck Odesa": the strike is the event, not the firing."""
    return t.tok.dep_ == "acl" and t.tok.tag_ == "VBN" and munition(t.tok.head)


def _deal_background(t: Trigger) -> bool:
    """ "since a ceasefire agreed in May": the deal's background, agreed by no one named."""
    return t.action == "AGREE" and _lemma(t.actor) in DEALS | _MEASURES


def _what_it_is(t: Trigger) -> bool:
    """Participles that say what something is or does, not a reported action: "drone strikes blamed on the RSF"
    (who did it, the attack's actor), "an ethnic armed group fighting Myanmar's junta", "a school sheltering
    displaced families"."""
    tok, action = t.tok, t.action
    if tok.dep_ != "acl":
        return False
    if tok.tag_ == "VBN":
        return action == "ACCUSE"
    return tok.tag_ == "VBG" and ((action in PHYSICAL and tok.head.lemma_.lower() in GROUP_NOUNS) or action in _BENIGN)


def _name_read_as_verb(t: Trigger) -> bool:
    """'called the U.S. strike an "extrajudicial execution"': the small model reads "strike" as a verb that is
    what the object is called; it is the noun the name is given to, told elsewhere."""
    return named_as_verb(t.tok)


def _unarmed_entry(t: Trigger) -> bool:
    """ "M23 rebels entered Uvira" is an assault; "aid trucks entered Gaza" is not."""
    return t.tok.lemma_ == "enter" and t.action == "ASSAULT" and not armed(t.actor)


def _prices_pulled_back(t: Trigger) -> bool:
    """ "prices pulled back": only a force or a named party pulls back."""
    return t.action == "RETREAT" and bool(t.rule.objects & _PARTICLES) and not a_force(t.actor, t.parties)


def _no_meeting(t: Trigger) -> bool:
    """ "met the deadline", "unless his conditions were met", "protests were met with tear gas"."""
    return t.tok.lemma_ == "meet" and any(
        _lemma(g) in _NOT_MET for c in _objects(t.tok, ("dobj", "nsubjpass", "prep")) for g in (c, *c.children)
    )


def _no_request(t: Trigger) -> bool:
    """'called the agreement "a great day for Israel"', "called the meeting a success": naming it; "who asked
    not to be named"."""
    if t.action not in ("REQUEST", "CONSULT"):
        return False
    return (t.tok.lemma_ == "call" and bool(_objects(t.tok, ("oprd",)))) or any(
        c.lemma_ in _ANONYMITY for c in _objects(t.tok, ("xcomp",))
    )


def _meeting_purpose(t: Trigger) -> bool:
    """ "will meet in Riyadh to discuss ending the war": one meeting, and what it is about."""
    return t.action == "CONSULT" and t.tok.dep_ in ("xcomp", "advcl") and code(t.tok.head) == "CONSULT"


def _what_a_text_says(t: Trigger) -> bool:
    """ "the Ottawa Convention banning anti-personnel mines", "a resolution demanding a ceasefire": what a treaty,
    law or resolution provides, described by a participle, is no act of anyone's."""
    tok = t.tok
    text = tok.head
    if tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and (text.ent_type_ == "LAW" or _lemma(text) in _TEXTS):
        # (but "adopted a resolution demanding a cessation of hostilities": the adopters demand it by adopting)
        return not (text.dep_ in ("dobj", "nsubjpass") and _lemma(text.head) in _ENACT)
    # ("of violating the deal and the Ottawa Convention banning mines": the small model joins the participle to
    # the verb before; right after the treaty's name it is the treaty's)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.tag_ == "VBG" and tok.dep_ == "conj" and before is not None and _lemma(before) in _TEXTS


_ENACT = frozenset({"adopt", "pass", "approve", "sign", "issue", "unveil", "announce", "introduce", "table", "draft"})
_TEXTS = frozenset({"convention", "treaty", "law", "resolution", "accord", "decree", "act", "bill", "protocol",
                    "charter", "statute", "ordinance", "regulation"})  # fmt: skip


def _fighting_goes_on(t: Trigger) -> bool:
    """ "as fighting spreads despite a peace deal", parsed as "fighting" with the object "spreads": the fighting
    is the subject of a verb saying it goes on, no attack on anything."""
    return t.tok.lower_ == "fighting" and any(
        c.dep_ == "dobj" and c.tag_ in ("NNS", "VBZ") and c.lower_.removesuffix("s") in GOES_ON for c in t.tok.children
    )


def _noun_described(t: Trigger) -> bool:
    """ "urged all parties to return to the truce agreed in May": a noun's description, misparsed as a complement
    of the verb above, is no act asked for."""
    return noun_participle(t.tok) is not None


def _left_behind(t: Trigger) -> bool:
    """ "found in a car abandoned on a highway": a thing left; "forcing its crew to abandon ship"."""
    tok = t.tok
    return tok.lemma_ == "abandon" and (
        (tok.dep_ == "acl" and tok.tag_ == "VBN") or any(c.lower_ == "ship" for c in _objects(tok, ("dobj",)))
    )


def _habitual(t: Trigger) -> bool:
    """What a party habitually does or holds: "a militia that fights alongside the army", "which opposes the
    junta" (not "who reject ..."); "has said it targets only armed groups"; and, in a clause describing a noun,
    whatever is done "often" or "usually" ("the hotel, where lawmakers often meet", "attacks often blamed on
    herders"), in any tense.  A clause of its own that says so reports a practice, which event data codes
    ("soldiers routinely beat detainees")."""
    tok, action = t.tok, t.action
    if tok.dep_ in ("relcl", "acl") and any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for c in tok.children):
        return True
    # ("said its forces target hideouts", the present tagged a bare verb: a subject and no auxiliary make it finite)
    bare_present = (
        tok.tag_ == "VB"
        and tok.dep_ == "ccomp"
        and not _objects(tok, ("aux", "auxpass", "mark"))
        and any(c.dep_ == "nsubj" for c in tok.children)
    )
    if tok.tag_ not in ("VBZ", "VBP") and not bare_present:
        return False
    if tok.dep_ == "relcl":
        return (action in PHYSICAL or action in _BENIGN or tok.lemma_ == "oppose") and not _objects(tok, ("aux",))
    return (
        tok.dep_ == "ccomp" and action in PHYSICAL and not _objects(tok, ("aux", "auxpass"))
        and tok.head.lemma_ in speech_verbs()
    )  # fmt: skip


# Adverbs of frequency: what they qualify happens again and again.
_FREQUENCY = frozenset({"often", "usually", "routinely", "regularly", "frequently", "typically", "sometimes",
                        "generally", "habitually", "seldom", "rarely", "never"})  # fmt: skip


_DISMISSALS = frozenset({"dismiss", "sack", "fire", "remove", "replace", "reshuffle"})
_STAFF = frozenset({"cabinet", "government", "staff", "team", "deputy", "deputies", "aide", "aides"})


def _defends_its_own(t: Trigger) -> bool:
    """ "would defend its borders", "to protect our sovereignty": a party guarding what is its own supports no
    one (not "defend Ukraine", "protect civilians")."""
    # ("defend every inch of our territory": the ground named after "of")
    grounds = [g for c in _objects(t.tok, ("dobj",)) for g in (c, of_object(c)) if g is not None]
    return t.tok.lemma_ in ("defend", "protect", "guard", "safeguard") and any(
        _lemma(c) in _OWN_GROUND and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children) for c in grounds
    )


_OWN_GROUND = frozenset(
    {"border", "territory", "sovereignty", "land", "homeland", "country", "soil", "independence", "interest",
     "airspace", "waters", "position", "frontier", "integrity", "security", "right"}
)  # fmt: skip


def _defends_against(t: Trigger) -> bool:
    """ "its forces are there to defend against Hutu militiamen": whom one guards against is no one supported
    (not "France defended Chad against the rebels": Chad is)."""
    return (
        t.tok.lemma_ in ("defend", "protect", "guard")
        and not _objects(t.tok, ("dobj",))
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in t.tok.children)
    )


def _dismissed_from_office(t: Trigger) -> bool:
    """ "dismiss most of his cabinet", "sacked the army chief": a leader's own appointments, no rejection or
    attack on anyone (PLOVER codes no such event)."""
    if t.tok.lemma_ not in _DISMISSALS:
        return False
    titles = gz.title_words()[0]
    return any(
        _lemma(g) in _STAFF or g.lower_ in titles or g.ent_type_ == "PERSON" or t.parties.names_person(g)
        for c in _objects(t.tok) for g in (c, *(o for p in c.children if p.lower_ == "of" for o in p.children))
    )  # fmt: skip


# Ills a government "fights": "promised to fight corruption" is a policy, no assault on anyone.
_ILLS = frozenset(
    {"corruption", "graft", "poverty", "inflation", "crime", "hunger", "famine", "disease", "impunity",
     "unemployment", "fraud", "misinformation", "disinformation", "pandemic", "epidemic", "outbreak", "cholera",
     "malaria", "climate", "drought", "inequality", "smuggling"}
)  # fmt: skip


# What firefighters and rescuers battle: "battled the blaze" (not "opened fire": a light verb's object).
_BLAZES = frozenset({"fire", "fires", "blaze", "wildfire", "flames", "flood", "floods", "flooding"})


def _fights_an_ill(t: Trigger) -> bool:
    """ "promised to fight corruption", "efforts to combat cholera", "firefighters battled the blaze": a policy
    or a rescue against an ill, no assault."""
    ills = _ILLS | _BLAZES if t.tok.lemma_ in ("fight", "battle", "combat", "tackle") else _ILLS
    return t.action == "ASSAULT" and any(_lemma(c) in ills for c in _objects(t.tok, ("dobj",)))


# What is "supported" by evidence or argument, which is no support for a party: "to support the claim".
_PROPOSITIONS = frozenset(
    {"claim", "allegation", "assertion", "argument", "view", "theory", "notion", "idea", "hypothesis", "accusation",
     "account", "conclusion", "finding", "case", "contention", "suspicion", "assessment", "estimate", "figure"}
)  # fmt: skip


# What makes a camp a shelter: "relief camps", "displacement camps", "tent camps".
_RELIEF = frozenset({"relief", "aid", "refugee", "displacement", "tent", "evacuation", "emergency", "shelter"})
# Seats of power a visit to which consults those who sit there: "visited the capital", "the ministry".
_SEATS = frozenset({"capital", "ministry", "palace", "parliament", "headquarters", "embassy", "government",
                    "country"})  # fmt: skip
# What is released that no one held captive: water from dams, statements, footage, figures.
_NOT_CAPTIVE = frozenset(
    {"water", "statement", "report", "video", "footage", "image", "images", "photo", "photos", "data", "figure",
     "figures", "result", "results", "detail", "details", "list", "document", "documents", "finding", "findings",
     "name", "names", "recording", "audio", "transcript", "album", "film", "information", "balloon", "balloons",
     "gas", "smoke", "pressure", "steam", "budget", "schedule", "plan", "version", "update", "guidance", "tranche"}
)  # fmt: skip


def _released_no_captive(t: Trigger) -> bool:
    """ "as India released water from overflowing dams", "released a video": nothing conceded to anyone."""
    return (
        t.action == "CONCEDE" and t.tok.lemma_ == "release" and any(_lemma(c) in _NOT_CAPTIVE for c in _objects(t.tok))
    )


def _supports_a_claim(t: Trigger) -> bool:
    """ "He did not provide evidence to support the claim": evidence bears a claim out; no party backs another."""
    return t.action == "SUPPORT" and any(_lemma(c) in _PROPOSITIONS for c in _objects(t.tok, ("dobj",)))


_GUESTS = frozenset({"delegation", "counterpart", "him", "counterparts", "delegations", "ministers", "leaders",
                     "her", "them", "us", "talks", "summit", "meeting"})  # fmt: skip


@lru_cache(maxsize=1)
def _guests() -> frozenset[str]:
    """Words for whom a host or a visitor receives: title heads, groups, delegations (built once)."""
    return gz.title_words()[1] | GROUP_NOUNS | _GUESTS


def _received(t: Trigger, obj: Any, also: frozenset[str] = frozenset()) -> bool:
    """Whether a visit's or a host's object is someone received: a named party, or a word for guests (or one of
    `also`)."""
    words = (obj.lower_, _lemma(obj))
    return any(r[0] <= obj.idx < r[1] for r in t.parties.rows) or any(w in _guests() or w in also for w in words)


def _visits_a_thing(t: Trigger) -> bool:
    """ "told reporters after visiting the school", "visited the wounded in hospital": a place or people seen, no
    party consulted (not "visited Kyiv", "visited his Turkish counterpart", "visited the White House")."""
    if t.tok.lemma_ != "visit" or t.action != "CONSULT":
        return False
    return any(c.pos_ not in ("PROPN", "PRON") and not _received(t, c, _SEATS) for c in _objects(t.tok, ("dobj",)))


def _hosts_a_thing(t: Trigger) -> bool:
    """ "which hosts the largest U.S. military base", "hosts 1.5 million refugees": a thing or people it houses,
    no visit (not "hosted Zelenskiy", "hosted a delegation from Kyiv")."""
    if t.tok.lemma_ != "host" or t.rule.objects:
        return False
    return any(not _received(t, c) for c in _objects(t.tok, ("dobj",)))


_BEFORE_ROLES: tuple[Callable[[Trigger], bool], ...] = (
    _measure_aims, _backed_by_materiel, _signed_paper, _crowd_pushed_in, _carried, _burning, _own_weapons, _harm_done,
    _fired_munition, _deal_background, _what_it_is, _name_read_as_verb, _unarmed_entry, _prices_pulled_back,
    _no_meeting, _no_request, _meeting_purpose, _what_a_text_says, _noun_described, _fighting_goes_on, _left_behind,
    _habitual, _dismissed_from_office, _fights_an_ill, _defends_against, _defends_its_own, _hosts_a_thing,
    _supports_a_claim, _released_no_captive, _visits_a_thing,
)  # fmt: skip


def not_reported(t: Trigger) -> str | None:
    """The name of the first guard that says the trigger reports no event, or None."""
    return next((g.__name__ for g in _BEFORE_ROLES if g(t)), None)


def no_agent(tok: Any, parties: Parties) -> bool:
    """An incident, a weapon or a hazard, which endangers but threatens no one: not a named party."""
    lemma = tok.lemma_.lower()
    named = parties.names(tok) and not parties.only_placed(tok)
    return not named and (is_weapon(tok) or lemma in gz.incident_nouns() or lemma in _HAZARDS or lemma in _FIGHTS)


def no_one_acts(t: Trigger, disaster: bool) -> bool:
    """After the roles: the doer is a hazard or a circumstance, or the act is part of another."""
    tok, action, actor = t.tok, t.action, t.actor
    doer = antecedent(actor) if actor is not None else None  # "a canopy collapse that killed 16": the collapse
    if doer is not None and _lemma(doer) in _HAZARDS and (not t.parties.names(doer) or t.parties.only_placed(doer)):
        # "the earthquake killed 1,000": a disaster, not an actor's action (figures keep the toll); but "killed
        # by Israeli fire" names who fired.
        return True
    if action == "ASSAULT" and _lemma(actor) in _CIRCUMSTANCES:
        return True  # "sanctions hit Russia's economy"
    if disaster and action == "ASSAULT" and actor is None and not any(violent(w) for w in tok.sent):
        return True  # "More than 3,640 people were injured", in an earthquake story: the quake's toll, no attack
    if action == "THREATEN" and actor is not None and no_agent(antecedent(actor), t.parties):
        return True  # "the attacks, which threaten the main entry point for aid": a danger, not a threat made
    if (
        action == "THREATEN"
        and any(c.dep_ == "xcomp" and c.lemma_ in RISKED for c in tok.children)
        and (actor is None or not t.parties.names(antecedent(actor)))
    ):
        return True  # "an escalation that threatened to derail efforts to end the war": a risk, no one's threat
    if action == "SANCTION" and actor is None and any(_lemma(c) in _SERVICES for c in _objects(tok, ("nsubjpass",))):
        return True  # "flights were suspended at Port Sudan airport": a halt for safety, no one's measure
    # "gunmen stormed the prison and freed 500 inmates", "stormed the prison, freeing dozens", "freed 40
    # prisoners and killed three guards": part of the assault, not a concession
    return action == "CONCEDE" and (
        ((tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")) and code(tok.head) == "ASSAULT")
        or any(c.dep_ == "conj" and code(c) == "ASSAULT" for c in tok.children)
    )
