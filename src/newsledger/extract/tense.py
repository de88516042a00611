"""Which way a date looks from the report: behind it, ahead of it, or either.

A bare weekday or a year-less month is resolved to the one before publication for a past event and the next one
for a future or scheduled one ("will travel to Geneva on Friday"), so the dates extractor asks the verb each
expression hangs from.  Method: walk up the dependency tree from the expression to its verb, reading auxiliaries
("will", "had"), scheduling verbs and adjectives ("plans to", "is due to"), the noun a date labels ("the April 22
attack") or is set for ("elections for December").

Limits: the present tense, infinitives and open modals ("may be resolved the week of March 6") are as often a
schedule as a fact in news copy; they answer "either" (None) and the caller takes the nearer date.
"""

from __future__ import annotations

from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.speakers import CHARGING, speech_verbs

_DEADLINE_WORDS = frozenset({"payable", "effective", "expire", "expires", "expiring", "due", "through", "record"})
_POSTPONE_VERBS = frozenset({"extend", "postpone", "delay", "push", "move", "adjourn", "defer", "reschedule"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_OPEN_MODALS = frozenset({"may", "might", "must", "should", "can"})
_SET_DATES = frozenset({"date", "deadline", "time", "timetable", "timeline", "target", "schedule"})
_FUTURE_VERBS = frozenset({"plan", "schedule", "expect", "due", "set", "intend", "aim", "hope", "prepare"})
_PROMISES = frozenset({"promise", "pledge", "vow"})


def past_perfect(tok: Any) -> bool:
    """Whether the verb an expression hangs from is in the past perfect ("had not called", "had been held")."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def reported_when(tok: Any) -> bool:
    """'said Friday it would ...': a date next to a past reporting verb dates the report, not the plan."""
    doc, sent = tok.doc, tok.sent
    for i in (tok.left_edge.i - 1, tok.left_edge.i - 2, tok.right_edge.i + 1):
        # (in its own sentence: "..., officials said. Two days later" is no report's date)
        if sent.start <= i < sent.end and doc[i].tag_ == "VBD" and doc[i].lemma_ in speech_verbs():
            return True
    return False


# Things one holds at a date set in advance: "elections for December", "announced talks for Monday".
_SCHEDULED_NOUNS = frozenset(
    {"election", "vote", "poll", "referendum", "talk", "summit", "meeting", "conference", "visit", "ceremony",
     "hearing", "trial", "session", "inauguration", "deadline", "ballot", "runoff", "run-off"}
)  # fmt: skip


# Incidents a date names as a label ("the April 22 attack", "the Oct. 7 massacre") are gz.incident_nouns(): a
# date news copy gives an incident as its name lies behind the report, whatever verb the phrase hangs from ("used
# to plan the April 22 attack").  Nobody labels a violent incident still to come by its date.


_ASKING = frozenset({"request", "call", "seek", "demand", "propose", "convene", "schedule", "set"})
# What an opposition calls for a day: "called a protest in Maputo on Saturday" (the call is past, the day not).
_CALLED = _SCHEDULED_NOUNS | {"protest", "rally", "march", "strike", "demonstration", "boycott", "shutdown"}


def _scheduled(tok: Any) -> bool:
    """The date a scheduled thing is set for: "for December" after an election or a summit (or a verb whose
    object is one); "in", "by" or "before" one too when it is promised ("has promised elections in December",
    "pledged a vote by March": a promise is of something to come)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None:
        return False
    owner = prep.head
    objects = [c for c in owner.children if c.dep_ == "dobj"]
    if prep.lower_ == "for":
        return any(n.lemma_.lower() in _SCHEDULED_NOUNS for n in (owner, *objects))
    return (
        prep.lower_ in ("in", "by", "before") and owner.lemma_ in _PROMISES
        and any(c.lemma_.lower() in _SCHEDULED_NOUNS for c in objects)
    )  # fmt: skip


def _schedules(verb: Any) -> bool:
    """ "plans to", "is scheduled for", "a summit set for Washington in April"; not "its record high set on
    Aug. 6": a participle that only describes a noun looks ahead when it is set *for* something or *to* do it."""
    if verb.lemma_ not in _FUTURE_VERBS:
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acl":  # "the peace process, set to resume Monday"
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)
    # "settlers set fire to homes late on Monday": done, not scheduled ("set a Jan. 14 date" is)
    return not (
        verb.lemma_ == "set" and any(c.dep_ == "dobj" and c.lemma_.lower() not in _SET_DATES for c in verb.children)
    )


def _looks_ahead(tok: Any) -> bool:
    """True when the clause of `tok`, or one it depends on, speaks of the future: 'will travel', 'is due to',
    'plans to', 'would resume fighting if Hamas did not free them by Saturday'."""
    if _scheduled(tok):
        return True
    node, verbs = tok, 0
    for _ in range(10):
        if node.pos_ == "ADJ" and node.lemma_ in _FUTURE_VERBS:  # "is due to brief the council on Thursday"
            return not past_perfect(node)  # "had been due to expire Friday": a plan overtaken, its day past
        if node.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in _FUTURE_AUX or c.lower_ == "would" for c in node.children if c.dep_ == "aux"):
                return True
            if (
                node.lemma_ == "go"
                and node.tag_ == "VBG"
                and any(c.lemma_ == "be" for c in node.children)
                and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in node.children)
            ):
                return True  # "is going to start getting beat up in the spring"
            if _schedules(node) or (node.tag_ == "VBG" and node.head.lemma_ == "go"):
                return not (_schedules(node) and past_perfect(node))  # "had been scheduled to expire Friday"
            if (
                node.tag_ == "VBN"
                and node.dep_ == "advcl"
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children)
            ):
                return False  # "would appeal the decision, announced Wednesday by the INS": a done act; not
                # "if approved Monday, the law will take effect"
            if node.tag_ == "VB" and node.dep_ == "xcomp" and node.head.lemma_ == "be" and node.head.tag_ != "VBD":
                return True  # "is to resume trading Tuesday", "ministers are to meet on Monday"
            # ("said the election starting on December 28 will be free": the small model makes the noun the
            # participle's subject and the participle the subject of "be"; it still names the noun)
            named = node.dep_ == "csubj" and any(c.dep_ == "nsubj" and c.i < node.i for c in node.children)
            if (
                node.tag_ == "VBG"
                and (node.dep_ in ("pcomp", "acl") or named)
                and not any(c.dep_ == "aux" for c in node.children)
            ):
                node = node.head  # "with the third departing each Thursday": the gerund takes its clause's tense;
                continue  # so does a participle naming a noun ("will meet the ceasefire monitoring committee")
            verbs += node.dep_ != "xcomp"  # "is going to start getting beat up": one predicate, not two
            # Past and present reports stop the search; an adverbial clause ("if ...") asks its main clause.
            if verbs >= 2 or node.dep_ not in ("advcl", "xcomp", "conj"):
                return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# What only follows an event: "the results of Sunday's election".
_AFTERMATH = frozenset({"result", "results", "outcome", "aftermath", "wake", "count", "tally", "winner", "toll"})


def tense(tok: Any) -> bool | None:
    """True when the expression's clause looks ahead, False when its verb is in a past tense, None when no verb
    says (a noun phrase such as "a meeting on Nov. 21" or "payable Dec. 15")."""
    if tok.dep_ in ("compound", "nmod", "npadvmod") and tok.head.lemma_.lower() in gz.incident_nouns():
        return False
    # "provisional results of Sunday's presidential election", "the aftermath of Friday's vote": what has results
    # or an aftermath is over, whatever tense the sentence is in
    labelled = tok.head if tok.dep_ in ("poss", "compound", "nmod") else None
    of = labelled.head if labelled is not None and labelled.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _AFTERMATH:
        return False
    if _looks_ahead(tok) and not reported_when(tok):
        return True
    # A deadline ("extended to Nov. 16", "completed by Dec. 15", "payable Dec. 1", "effective Feb. 1") lies
    # ahead of a past-tense report as often as behind it: no tense, so the nearer date is taken.
    prep = tok.head if tok.dep_ == "pobj" else tok if tok.pos_ == "ADP" else None  # "from today through Nov. 17"
    if (
        tok.head.lower_ in _DEADLINE_WORDS
        or (tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ == "record")  # "of record Nov. 22"
        or (tok.dep_ in ("compound", "nmod", "npadvmod") and tok.head.lemma_.lower() in _SCHEDULED_NOUNS)
        # "the elections in December": what is held at a date may lie either side of the report
        or (
            prep is not None and prep.lower_ in ("in", "on") and prep.head.pos_ in ("NOUN", "PROPN")
            and prep.head.lemma_.lower() in _SCHEDULED_NOUNS
        )  # (not "on Tuesday voted to authorize": the verb "vote")
        or (prep is not None and prep.lower_ in ("by", "until", "till", "through"))
        or (prep is not None and prep.lower_ == "to" and prep.head.lemma_ in _POSTPONE_VERBS)
        # "requested a closed-door meeting of the Security Council on Monday": the meeting asked for may lie
        # either side of the report
        or (
            prep is not None and prep.lower_ in ("on", "for") and prep.head.lemma_ in _ASKING
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _CALLED for c in prep.head.children)
        )
    ):  # fmt: skip
        return None
    node = tok
    for _ in range(6):
        if node.pos_ == "ADP" and node.lower_ == "from" and node is not tok:
            return False  # "now costs 100,000, up from 20,000 in January": where a change started lies behind
        if node.pos_ in ("VERB", "AUX"):
            auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
            if node.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries):
                return False
            perfect = any(c.lemma_ == "have" for c in auxiliaries)  # "have been searching since Oct. 23"
            if not perfect and (
                node.tag_ in ("VBZ", "VBP")
                or (node.tag_ == "VB" and node.dep_ == "ROOT" and not auxiliaries)  # "they meet Monday", mis-tagged
                or any(c.tag_ in ("VBZ", "VBP", "TO") or c.lower_ in _OPEN_MODALS for c in auxiliaries)
            ):
                # "the appointment takes effect Nov. 13", "Congress reconvenes Jan. 24", "it is calling for the
                # redemption on Dec. 7", "when the case is heard in May", "guidelines to be published in early
                # November", "may be resolved the week of March 6": the present, the infinitive and these
                # modals are as often a schedule as a fact in news copy
                return None
            if node.tag_ == "VBN":
                return False
            noun = node.head
            if (
                node.tag_ == "VBG"
                and node.dep_ == "acl"
                and noun.dep_ in ("dobj", "nsubjpass")
                and (any(c.dep_ == "nummod" for c in noun.children) or noun.lower_ in gz.person_nouns())
            ):
                # "killed 12 farmers working in their fields on Sunday": what people were doing when it happened
                # has the tense of what happened to them.
                node = noun
                continue
            charge = node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.lower_ in ("of", "for")
            if charge and node.head.head.lemma_ in CHARGING:
                return False  # "the militia, which it accuses of attacking a garrison in March": a deed done
            # "resolved in a court hearing the week of March 6": a gerund has no tense; nor has a participle the
            # date is on ("holds an election, starting on Dec. 28"): its verb's tense is the date's
            on_it = tok.head.i == node.i or (tok.dep_ == "pobj" and tok.head.head.i == node.i)
            if node.tag_ == "VBG" and not auxiliaries and (node.dep_ == "pcomp" or (node.dep_ == "advcl" and on_it)):
                node = node.head
                continue
            if node.tag_ in ("VB", "VBG") and (
                node.dep_ in ("xcomp", "acl", "relcl")
                or (node.dep_ == "advcl" and any(c.tag_ == "TO" for c in auxiliaries))
            ):
                return None  # "invited them to a ceremony ... on March 12 to mark the accession"
            return False
        if node.head.i == node.i:
            return None
        node = node.head
    return None
