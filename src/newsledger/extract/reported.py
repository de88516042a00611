"""What a reporting verb reports: the token span of its words in the sentence.

A reporting verb's content is its clausal complement ("said the army had withdrawn"), the sentence before a
trailing attribution ("X happened, the office said on Friday."), the that-clause hung on "in a statement", or its
object phrase ("accused Moscow of torturing prisoners", "called for a ceasefire").  Used by :mod:`.quotes` for
indirect quotes.

Limits: the span is the parse's; a complement the small model cuts short or runs on is cut or run on too, except
in the shapes repaired here (a new subject after ", and"; the reporter's own act after ", and"; a denial that
only follows the clause it names).
"""

from __future__ import annotations

from typing import Any

from newsledger.extract.misparse import charge_denied, participle_made_clause
from newsledger.extract.setting import after_comma_and
from newsledger.extract.speakers import speech_verbs, subject

_NOT_DONE = frozenset({"fail", "refuse", "decline", "neglect", "omit"})
_CONTENT_DEPS = ("dobj", "xcomp", "oprd")
_CONTENT_PREPS = ("of", "for", "against", "about")
# What an event "threatens to" do to a process, which is a risk, not a threat someone makes (nor words said).
RISKED = frozenset(
    {"derail", "undermine", "wreck", "unravel", "jeopardise", "jeopardize", "scupper", "overshadow", "complicate",
     "upend", "destabilise", "destabilize", "disrupt", "stall", "collapse", "spill", "engulf", "worsen", "deepen",
     "inflame", "overwhelm", "cripple", "paralyse", "paralyze", "reignite", "unleash", "torpedo", "sink", "shatter",
     "split", "fracture", "divide", "weaken", "erode", "strain", "damage", "harm", "hurt", "delay", "prolong",
     "escalate", "widen", "embolden", "exacerbate", "fuel", "plunge", "drag", "spark", "trigger"}
)  # fmt: skip


def content_span(verb: Any, floor: int = 0) -> tuple[int, int] | None:
    """Token bounds of what a reporting verb reports: its clausal complement, the sentence before a trailing
    reporting clause ('X happened, the office said on Friday.'), or its object phrase.  None for words not said:
    "failed to condemn the attacks", "did not say whether"."""
    if any(c.dep_ == "neg" for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lemma_ in _NOT_DONE):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return None  # "had been killed, without saying whether they were fighters": nothing said
    if verb.lemma_ == "call" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        # "soldiers calling themselves the Military Committee", "officers calling themselves the Military Council
        # said ...": a name taken, not words reported, whatever the parse hangs on it
        return None
    doc = verb.doc
    ccomp = [
        c for c in verb.children
        if c.dep_ == "ccomp"
        # "Moscow blamed Kyiv for the blast; Ukraine said troops had blown up the dam": a clause before a semicolon
        # is a sentence of its own, not what the verb after it reports.
        and not (c.i < verb.i and any(t.text == ";" for t in doc[c.right_edge.i + 1 : verb.i]))
        and not charge_denied(c)  # "X accused Y of Z, a charge Y denies": the accusation is no words of Y's
        # "A group of officers calling itself the High Military Command said ... that": a participle on the
        # subject, which the small model makes a clause of the verb, is no report
        and not participle_made_clause(c, verb)
    ]  # fmt: skip
    if ccomp:
        c, end = ccomp[0], ccomp[0].right_edge.i + 1
        for more in ccomp[1:]:  # "said it was in touch ... and Rubio would speak ...", the second clause
            if more.left_edge.i != end:  # parsed as a complement of its own, right after the first
                break
            end = more.right_edge.i + 1
        # (a trailing "and" or comma, "said he had spoken to both leaders and warned that ...", is trimmed by the
        # caller with the other edges of the words)
        end = _before_new_sentence(c, end)
        # (only a clause before its cue can run into the speaker's title: look the subject up for those alone)
        if c.i < verb.i and (subj := subject(verb, floor=floor)) is not None and subj.left_edge.i == end:
            end = _comma_before_title(doc, end - 1, c.left_edge.i) or end
        first = c.left_edge.i if c.i < verb.i else max(c.left_edge.i, verb.i + 1)  # ("a move that the U.N. warned
        # could plunge ...": the relative pronoun the clause's subject is, before the cue, is not in it)
        # "said on Wednesday he hoped inspectors could return": the day right after the cue is the saying's,
        # however the parser hangs it
        while first == verb.i + 1 and first < c.i and doc[first].head.i == c.i and _a_day(doc[first]):
            first = doc[first].right_edge.i + 1
        return first, end
    # "said in a statement that its division was holding": the parser often hangs the clause from the noun.
    if clauses := _statement_clauses(verb):
        return clauses[0].left_edge.i, clauses[0].right_edge.i + 1
    trailing = _trailing_report(verb, floor)
    if trailing is not None:
        return trailing
    parts = [
        c
        for c in verb.rights
        if c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS) or c.dep_ == "dative"
    ]
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" or c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
        return None  # "militants it blames for the massacre": the noun's description; its words are not here
    if (
        verb.lemma_ == "threaten"
        and any(c.dep_ == "xcomp" and c.lemma_ in RISKED for c in parts)
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in _doers(verb))
    ):
        return None  # "in a move that threatens to split the coalition": a risk, no one's words
    if verb.lemma_ in ("threaten", "continue"):
        # "attacks which threaten the main entry point": endanger; "would continue operations": goes on doing
        parts = [c for c in parts if c.dep_ != "dobj"]
    if verb.lemma_ == "call" and all(c.dep_ == "dobj" and c.lemma_.lower() in _CONVENED for c in parts):
        return None  # "called a protest in Maputo", "called an election": convened, no words reported
    if verb.lemma_ == "dismiss" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _OFFICES) for c in parts
    ):
        return None  # "dismissed the government of Prime Minister X": removed from office, no claim rejected
    if not parts or verb.lemma_ in ("say", "tell", "add", "write", "post", "report"):
        return None  # "said on Tuesday", "told reporters": no content without a clause
    if verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in parts
    ):
        return None  # "claimed responsibility in a statement": the claim is an act; its words, if any, come after
    if verb.lemma_ == "maintain" and not any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD_VIEWS for c in parts):
        return None  # "JNIM maintains a fuel blockade on Bamako": keeps it up (not "maintained his innocence")
    if any(c.dep_ == "dobj" and _an_amount(c) for c in parts):
        return None  # "pledged 522 million euros", "announced $158 million in new funding": money given, no words
    return parts[0].left_edge.i, parts[-1].right_edge.i + 1


# What one "claims" by owning an act, not by saying something: "claimed responsibility", "claimed credit".
_CLAIMED_ACTS = frozenset({"responsibility", "credit"})
# What one "calls" by convening it, not by naming it: "called a protest", "called a snap election".
_CONVENED = frozenset({"protest", "strike", "rally", "march", "demonstration", "election", "meeting", "summit",
                       "vote", "referendum", "ceasefire", "truce", "halt", "session", "conference", "boycott",
                       "shutdown", "poll", "talks", "inquiry", "investigation"})  # fmt: skip


_REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})
# What one "maintains" by asserting it.
_HELD_VIEWS = frozenset({"innocence", "position", "stance", "view", "claim", "denial", "silence"})
# Whom one "dismisses" by removing them: "dismissed the government", "dismissed his army chief".
_OFFICES = frozenset({"government", "cabinet", "minister", "chief", "commander", "head", "governor", "general",
                      "ambassador", "official", "officials", "staff", "director", "president", "premier"})  # fmt: skip


def _doers(verb: Any) -> list[Any]:
    """The verb's subject words: its own subject's phrase, or the noun a relative clause ("that") hangs on."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and all(c.tag_ in ("WDT", "WP") for c in subjects):
        return [t for t in verb.head.subtree if t.i <= verb.head.i]
    return [t for c in subjects for t in c.subtree]


def _an_amount(tok: Any) -> bool:
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.like_num or tok.lemma_.lower() in _CURRENCIES


_CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "riyal", "dirham"})


def _before_new_sentence(clause: Any, end: int) -> int:
    """Where the reported clause ends when a conjunct after ", and" has a named subject of its own: in "said on
    Saturday it had suspended its partnership with Georgia, and Lithuania, Latvia and Estonia imposed travel
    bans", the bans are the reporter's news, not the speaker's words (the small model hangs them on "suspended").
    So is a reporting verb after ", and" with no subject, wherever the model hangs it: "said 61 officers had been
    wounded and 47 protesters arrested, and accused criminal elements of looting" is the speaker's accusation."""
    for c in clause.subtree:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.i >= end:
            continue
        first = c.left_edge.i
        if (
            c.lemma_ in speech_verbs() and after_comma_and(c)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children)
            # (not a passive, "and accused of looting"; "but did not mention any damage" is the speaker's)
            and not any(g.dep_ == "aux" and g.lemma_ != "do" for g in c.children)
            and any(g.dep_ in ("dobj", "ccomp") for g in c.children)
        ):  # fmt: skip
            return int(first) - 2  # "said 61 officers had been wounded ..., and accused ...": the reporter's act
        if c.head.i != clause.i:
            continue
        subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "PROPN" and after_comma_and(c):
            return int(first) - 2
    return end


def _comma_before_title(doc: Any, last: int, floor: int) -> int | None:
    """The comma before a speaker's title that ends at token `last` when the model hung the title on the name
    before it as an apposition, leaving the person alone as the subject: "..., the head of Ukraine's negotiating
    team Rustem Umerov said"."""
    title = next((a for a in doc[last].ancestors if a.dep_ == "appos" and a.right_edge.i == last), None)
    if title is not None and title.left_edge.i > floor and doc[title.left_edge.i - 1].text == ",":
        return int(title.left_edge.i) - 1
    return None


def _statement_clauses(verb: Any) -> list[Any]:
    """The that-clauses hanging from the noun of "said in a statement / on Telegram / in an interview that ..."."""
    return [
        c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "on")
        for noun in prep.children if noun.dep_ == "pobj"
        for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip


def _trailing_report(verb: Any, floor: int) -> tuple[int, int] | None:
    """'..., the U.N. human rights office said on Friday.': subject and cue after a comma, and nothing after
    them but adverbials: the words before the comma are what was said.  Not for a relative clause ("It was
    welcomed by Massad Boulos, who called it 'a significant step'"): it says what its noun said, not the
    sentence it hangs on."""
    if verb.dep_ == "relcl":
        return None
    subj = subject(verb, floor=floor)
    # "..., said the ministry" puts the subject after the cue: the clause then starts at the cue.
    subj_first = verb.i if subj is None or subj.i > verb.i else subj.left_edge.i
    # "..., the U.N. refugee agency UNHCR said": the model may make two subjects of the name and its description
    # (only a subject right before the other: "People like Scott, he said" has one subject and its words)
    for c in reversed([c for c in verb.lefts if c.dep_ == "nsubj"]):
        if c.right_edge.i == subj_first - 1:
            subj_first = c.left_edge.i
    doc, sent = verb.doc, verb.sent
    comma = subj_first - 1
    if comma > sent.start and doc[comma].text != ",":
        comma = _comma_before_title(doc, comma, sent.start) or comma
    if comma <= sent.start or doc[comma].text != ",":
        return None
    tail = doc[verb.i + 1 : sent.end]
    stop = next((t.i for t in tail if t.text in (",", ";", "—")), sent.end)  # ", a rare sign of ..." may follow
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : stop]):
        return None  # more clauses follow: not a trailing attribution
    addressed = verb.lemma_ in ("tell", "inform", "brief", "assure", "warn")  # "told Reuters": whom, not what
    if any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and not addressed) for c in verb.children):
        return None  # "Late on Wednesday, the ministry announced a new ceasefire": the verb has its own object
    first = sent.start
    while first < comma and doc[first].idx < floor:
        first += 1
    return (first, comma) if comma - first >= 3 else None


def _a_day(tok: Any) -> bool:
    """ "on Wednesday", "Wednesday": a date phrase."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)
