"""Whether an event the text reports happened: negations, modals, conditions, intentions and purposes.

Method: the dependency path from the event's verb up through the complements it hangs from ("refused to meet",
"plans to attack", "ready to impose tariffs if allies followed suit", "troops deployed to rescue the victims").
Limits: the small parser's attachments; a negation or a modal written far from the verb (another sentence, a
quotation's frame) is not seen.
"""

from __future__ import annotations

from typing import Any

from newsledger.extract.misparse import charge_denied, finite_conjunct
from newsledger.extract.parties import FORCE_NOUNS
from newsledger.extract.speakers import reporters_comment
from newsledger.extract.triggers import DEMANDS, gives_until

# "will" too: an event still to come has not happened ("the two sides will meet in Istanbul on Nov. 6").
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "will", "shall", "'ll", "wo"})
# Verbs and adjectives whose complement has not happened: intentions ("plans to attack"), readiness ("ready to
# impose tariffs") and requests ("urged the EU to fund a loan").
_INTENT = frozenset(
    {"plan", "threaten", "vow", "intend", "propose", "consider", "want", "seek", "aim", "prepare", "try",
     "ready", "willing", "attempt", "urge", "ask", "demand", "call", "press", "appeal", "request", "push", "offer",
     "promise", "pledge", "due", "expect", "schedule", "slate", "set", "poise", "likely", "unlikely", "agree",
     "decide", "need", "order", "instruct", "direct", "authorise", "authorize", "require"}
)  # fmt: skip  # ("ordered security agencies to arrest the perpetrators": not arrested yet; "a plan that requires
# Ukraine to withdraw": not withdrawn)
_ASKING = frozenset({"call", "urge", "ask", "press", "appeal", "push", "order", "instruct", "direct"})
# Nouns whose infinitive has not happened either: "rejected calls to negotiate", "a bid to retake the town".
_INTENT_NOUNS = frozenset(
    {"call", "plan", "bid", "effort", "attempt", "proposal", "offer", "threat", "demand", "push", "pressure",
     "request", "appeal", "promise", "pledge", "vow", "readiness", "willingness", "intention", "ultimatum", "order"}
)  # fmt: skip
# Verbs whose "of" names an act charged, not an act the story tells: "accused of collaborating".
_CHARGED = frozenset({"accuse", "suspect", "allege", "charge"})
# Verbs whose condition is part of what they say, not a condition on their being said.
_WARNINGS = frozenset({"threaten", "warn", "vow", "pledge", "promise"})
# Verbs whose complement did not happen by their subject's account ("Congo had failed to disarm the FDLR").
_DENY = frozenset({"deny", "refuse", "decline", "reject", "fail"})
# What one is given to do something with, not the doing: "emergency powers to send troops".
_CAPACITIES = frozenset({"power", "authority", "right", "mandate", "permission", "licence", "license", "means",
                         "capacity", "ability", "approval", "authorization", "authorisation", "leeway"})  # fmt: skip
# Verbs whose complement is not done from then on: "agreed to stop attacking ships", "refrain from striking".
_HALT = frozenset({"stop", "cease", "halt", "quit", "refrain", "end", "suspend"})
# Verbs that send forces somewhere; what they are sent to do is an aim ("deployed to rescue the victims").
_DEPLOY = frozenset({"deploy", "send", "dispatch", "station", "mobilise", "mobilize", "rush", "conscript", "recruit"})
# What sending forces already does: "sending troops across the border to support the offensive" supports it.
_BY_SENDING = frozenset({"support", "back", "reinforce", "bolster", "boost", "strengthen"})


def _nobody(subject: Any) -> bool:
    """ "no facilities", "nobody", "no one", "none of them": a subject that says no one did it, or had it done."""
    if subject.lower_ in ("nobody", "none", "no-one", "nothing"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) or (
        subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no"
    )


def negated(verb: Any) -> bool:
    """ "did not attack", and "are not going to accept", "refused to meet": a negation on the verb or on a
    verb it is the complement of."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and _nobody(c)) for c in node.children):
            return True  # "no military facilities had been targeted", "none of the hostages was freed"
        if node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.head.lemma_ in _HALT:
            return True  # "urged both sides to refrain from attacking civilians"
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i or charge_denied(node):
            return False
        if node.head.lemma_ in _DENY:  # "Rwanda denies backing M23", "refused to meet"
            return True
        if node.dep_ == "xcomp" and node.head.lemma_ in _HALT:  # "agreed to stop attacking American ships"
            return True
        if node.dep_ != "xcomp" and not (node.dep_ == "ccomp" and node.tag_ == "VB"):
            return False  # a bare infinitive climbs on: "failing to help them fight the insurgency"
        node = node.head
        if node.dep_ == "acomp" and node.head.i != node.i:
            node = node.head  # "had not been able to deliver food": the negation is on "been"
    return False


def _modal(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _under_ultimatum(node: Any) -> bool:
    """An infinitive that says what an ultimatum or a deadline asks for ("an ultimatum to Hamas to release the
    hostages", "set a deadline for the rebels to surrender", "gave Ukraine until Thursday to accept")."""
    if not any(c.tag_ == "TO" for c in node.children) or node.dep_ not in ("acl", "advcl", "xcomp"):
        return False
    return node.head.lemma_.lower() in DEMANDS or gives_until(node.head)


def hypothetical(verb: Any) -> bool:
    if reporters_comment(verb) is not None:
        return False  # "..., rejecting a government plan", the reporter's own stance: taken, whatever it reports
    node = verb
    # "would not withdraw ... until a deal with the government was reached": what a refusal or a plan waits for
    # has not happened
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children):
        # (the small model may hang the clause on a relative clause in between: "from the territory it controls")
        waiting = [a for a in list(verb.ancestors)[:4] if a.pos_ in ("VERB", "AUX")]
        if any(any(c.dep_ == "neg" for c in a.children) or _modal(a) for a in waiting):
            return True
    for _ in range(4):
        if _modal(node):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if any(  # the main clause of a condition: "ready to impose tariffs if allies followed suit"
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in node.children
        ) and not (node.i == verb.i and verb.lemma_ in _WARNINGS and not _modal(verb)):
            # ("has threatened military action if the deal is not carried out": the threat is made; its act waits)
            return True
        if (
            node.dep_ in ("acl", "relcl") and node.head.lemma_.lower() in _INTENT_NOUNS
            and not (node.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") and c.dep_ == "pobj" for c in node.subtree))
        ):  # fmt: skip
            # "rejected calls to negotiate with the militants": nobody has negotiated (but "an attempt in which
            # 11 people were killed" tells what happened in it)
            return True
        if node.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ == "any" for c in node.head.children):
            return True  # "operations against any PKK members who refused to lay down their arms": whoever may
        if purpose(node):
            return True
        charged = node.head.head
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and charged.lemma_ in _CHARGED and charged.dep_ == "acl":
            # "executions of people accused of collaborating with Israel": what someone unnamed charges, not told
            # (a named accuser's charge is a claim, reported by the accuser: "accused Moscow of torturing")
            return True
        if _under_ultimatum(node):
            return True  # "gave Ukraine until Thursday to accept the plan", "an ultimatum to Hamas to release"
        if (
            node.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            and any(c.dep_ == "acomp" and c.lemma_ in _INTENT for c in node.head.children)
        ):  # fmt: skip
            return True  # "were also due to discuss a plan", parsed with "due" as a complement of "were"
        if (
            node.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            and node.head.lemma_ == "need"
        ):  # fmt: skip
            return True  # "says it needs $4.2 billion to help 21 million people": help still to be paid for
        if (timed := _timed_by(node)) is not None:
            node = timed  # "will pull back within 24 hours of the cabinet approving the accord": not yet approved
            continue
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
        if (
            node.dep_ == "advcl" and node.tag_ == "VBD" and any(c.dep_.startswith("nsubj") for c in node.children)
            and not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for a in node.ancestors for c in a.children)
        ):  # fmt: skip
            break  # "is due to press both sides ..., weeks after they invaded Ukraine": a past tense is a fact (but
            # "would not negotiate while it besieged cities" may tell of a time to come, shifted back by "would")
        if node.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children):
            break  # "said Caracas would cooperate ... and had sent aid": the conjunct has its own tense
        if finite_conjunct(node) is not None:
            break  # "has promised to end the violence and on Thursday called on ...": a past tense, no promise
        complement = node.dep_ in ("xcomp", "ccomp") or (
            # "called on Hamas to free the hostages", the infinitive parsed as an adverbial clause of "called"
            node.dep_ == "advcl"
            and node.head.lemma_ in _ASKING
            and any(c.tag_ == "TO" for c in node.children)
            and any(  # right after whom it asks ("call for calm and several embassies to urge ..." is not)
                c.right_edge.i + 1 == node.left_edge.i
                for c in node.head.children
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
            )
        )
        node = node.head
        if complement and node.lemma_ in _INTENT:  # not "called a summit and urged ...": a conjunct is no complement
            return True
    return False


# Modals that shift a clause under them back a tense in reported speech.
_BACKSHIFT = frozenset({"would", "could", "might", "should"})


# Prepositions that time one act by another: "within 24 hours of the cabinet approving the accord".
_TIMING = frozenset({"within", "after", "before", "until", "upon"})


def _timed_by(verb: Any) -> Any | None:
    """The verb whose time a participle's act sets ("will pull back within 24 hours of the cabinet approving the
    accord": "pull back"), through the noun and prepositions the participle hangs from; None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "pcomp"):
        return None
    node, timed = verb.head, False
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node if timed else None
        timed = timed or (node.dep_ == "prep" and node.lower_ in _TIMING)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def purpose(verb: Any) -> bool:
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
        if verb.i >= 2 and verb.doc[verb.i - 2].lemma_.lower() in _CAPACITIES:
            return True  # "a force of 5,500 personnel with powers to arrest gang members", hung from another verb
        # the aim of a participle that describes a force: "troops, deployed ... to help"; of a deployment
        # ("security forces had been deployed to rescue the victims")
        return (noun.tag_ == "VBN" and noun.dep_ == "acl" and noun.head.lemma_.lower() in FORCE_NOUNS) or (
            noun.lemma_ in _DEPLOY and verb.lemma_ not in _BY_SENDING
        )
    return not any(c.lower_ in ("first", "last", "only", "second", "latest") or c.tag_ == "JJS" for c in noun.children)
