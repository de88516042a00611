"""Repairs of the small English model's parse that the event coder relies on.

The small spaCy pipeline is fast but misattaches a few constructions that wire copy uses all the time: a second
subject hung from the word that opens the clause, a clause subject taken for a conjunct of the noun before it, a
participle between an adjective and its noun taken for a verb.  Each function here recognises one such
misparse from the tokens around it and says what the parse should have been; none changes the Doc.

Limits: each repair is narrow on purpose (it needs the exact shape it was written for), so a misparse of
another shape is left as it is.
"""

from __future__ import annotations

from typing import Any


def gapped_passive(verb: Any) -> Any | None:
    """The subject of a bare participle that shares the passive it is joined to: "were killed and several posts
    destroyed", "with banks set ablaze"; and "had been detained since Thursday and 113 police officers injured",
    where the small model conjoins the officers to "Thursday" and hangs "injured" from "detained" with no subject.
    What the action was done to; None when the verb is no such participle."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # ("had been killed, and 46 people wounded, when ...": the small model may tag the participle a past tense)
    objectless = verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children)
    if (verb.tag_ == "VBN" or objectless) and subject is not None:
        joined = verb.dep_ == "conj" and (
            any(c.dep_ == "auxpass" for c in verb.head.children)
            # "said 14 civilians had been killed, and 46 people wounded": joined to the report, after its passive
            or (
                verb.head.lemma_ in _REPORTING
                and any(c.dep_ == "ccomp" and any(g.dep_ == "auxpass" for g in c.children) for c in verb.head.children)
            )
        )
        absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with"
        return subject if joined or absolute else None
    shares = subject is None and verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("advcl", "conj")
    if shares and any(c.dep_ == "auxpass" for c in verb.head.children):
        return swallowed(verb)
    return None


def stranded(subject: Any) -> Any | None:
    """The first of two conjoined subjects that the small model hung from the clause's opening word: in "after
    President Tshisekedi and President Kagame met", "Tshisekedi" is parsed as the object of "after" and only
    "Kagame" as the subject of "met"."""
    doc, i = subject.doc, subject.left_edge.i - 1
    if i < 2 or doc[i].dep_ != "cc" or doc[i].lower_ not in ("and", "&"):
        return None
    first = doc[i].head
    if (
        first.i >= subject.i
        or first.pos_ not in ("PROPN", "NOUN")
        or first.dep_ != "pobj"
        or first.right_edge.i != i
        or any(c.dep_ == "conj" for c in first.children)
    ):
        return None
    opener = first.head
    return first if opener.dep_ in ("mark", "prep") and opener.head.i == subject.head.i else None


def partner(actor: Any) -> Any | None:
    """The second conjoined subject: the parsed conjunct, or the one `stranded` left as the clause's subject."""
    joined = next((c for c in actor.children if c.dep_ == "conj"), None)
    if joined is not None:
        return joined
    cc = next((c for c in actor.children if c.dep_ == "cc"), None)
    if cc is None:
        return None
    return next(
        (t for t in actor.doc[cc.i + 1 :] if t.dep_ == "nsubj" and getattr(stranded(t), "i", None) == actor.i), None
    )


def swallowed(verb: Any) -> Any | None:
    """The subject of a clause that the small model conjoined to the noun before it: in "said it was in touch
    with both governments and Secretary of State Marco Rubio would speak with Sharif", "Rubio" is parsed as a
    second government and "would speak" has no subject."""
    if verb.tag_ not in ("VB", "VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # an infinitive or an order has no subject of its own
    doc, i = verb.doc, verb.left_edge.i - 1
    noun = doc[i] if i > 0 else None
    while noun is not None and noun.dep_ != "conj" and noun.head.i != noun.i and noun.head.right_edge.i == i:
        noun = noun.head  # climb to the head of the phrase that ends just before the clause
    if noun is None or noun.right_edge.i != i or noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    if noun.ent_type_ in ("DATE", "TIME") or doc[i + 1].dep_ == "mark":
        return None  # "struck on Monday and Tuesday as fighting resumed": a day, and a clause of its own
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if before is not None and before.dep_ == "cc" and noun.i < verb.i else None


def taken_for_speaker(verb: Any) -> Any | None:
    """The object of a transitive verb that the small model made the first of the speakers of the sentence's
    report: in "and abducted at least 38 pupils, police and a local official said", "pupils" is parsed as the
    subject of "said", conjoined with "police", and "abducted" has no object."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    for noun in doc[verb.i + 1 : verb.i + 8]:
        if (
            noun.dep_ == "nsubj"
            and noun.left_edge.i == verb.i + 1
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.head.i == noun.right_edge.i + 1  # the report's verb right after the list
            and noun.head.lemma_ in _REPORTING
            # the speakers are conjoined to the object, or to a noun it includes ("killed at least 23 people,
            # including four children, ..., two residents and an opposition group said")
            and any(t.dep_ == "conj" for t in noun.subtree)
        ):
            return noun
    return None


_REPORTING = frozenset({"say", "tell", "report", "confirm", "add"})


def subject_left_behind(verb: Any) -> Any | None:
    """The subject of a past-tense verb the small model made a complement with no subject: in "Violence erupted
    on Thursday when gunmen loyal to the former government ambushed a patrol", "gunmen" is parsed as the
    subject of "loyal" and "ambushed" as a complement of "erupted"."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("xcomp", "ccomp") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    before = next(
        (c for c in verb.head.children if c.dep_ in ("advcl", "acomp") and c.right_edge.i == verb.i - 1), None
    )
    if before is None:
        # "its north, where militants linked to al Qaeda killed 54 soldiers": the participle made a relative
        # clause of the noun before it, holding the subject, and the verb a complement of the main clause
        before = next(
            (a for a in verb.doc[verb.i - 1].ancestors if a.i < verb.i and a.dep_ == "relcl" and a.tag_ in ("VBN", "JJ")
             and a.right_edge.i == verb.i - 1),
            None,
        )  # fmt: skip
    return next((c for c in before.children if c.dep_ == "nsubj"), None) if before is not None else None


# Participles of a disguise: "fighters disguised as soldiers", "gunmen dressed as police".
_DISGUISE = frozenset({"disguise", "dress", "pose", "masquerade", "clad"})


def disguised(verb: Any) -> Any | None:
    """The subject of a verb that the small model made a clause of "as": in "Al-Shabaab fighters disguised as
    soldiers stormed the prison", "as soldiers stormed" is parsed as a clause under "disguised" with the soldiers
    its subject; the fighters stormed it.  None for any other verb."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    acl = verb.head
    if acl.dep_ != "acl" or acl.lemma_.lower() not in _DISGUISE or acl.i > verb.i:
        return None
    return acl.head if acl.head.pos_ in ("NOUN", "PROPN") else None


def coordinated_adjective(tok: Any) -> bool:
    """ "exchange all sick and wounded prisoners": a participle after an adjective and "and", before its noun,
    describes the noun; the small model makes it a verb conjoined with the clause's."""
    doc, i = tok.doc, tok.i
    return (
        tok.tag_ in ("VBN", "VBD") and tok.dep_ == "conj" and 2 <= i < len(doc) - 1
        and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].pos_ == "ADJ" and doc[i + 1].pos_ == "NOUN"
    )  # fmt: skip


def dated_finite(verb: Any) -> bool:
    """ "vowed to defeat the RSF and on Tuesday cut diplomatic ties": a day between "and" and the verb makes a
    form like "cut", which the small model may tag an infinitive, a past tense of its own."""
    return verb.tag_ in ("VB", "VBN") and any(
        c.i < verb.i and c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in verb.children
    )


def finite_conjunct(verb: Any) -> Any | None:
    """The verb a finite conjunct is really coordinated with when the small model joins it to an infinitive: in
    "has promised to end the violence and on Thursday called on the insurgents", "called" is a past tense of
    its own, joined to "promised", not a second thing promised.  None for any other verb."""
    inf = verb.head
    if verb.dep_ != "conj":
        return None
    charged = inf.tag_ == "VBG" and inf.dep_ == "pcomp" and inf.head.head.pos_ == "VERB"
    if charged and (inf.head.head.tag_ == verb.tag_ or {inf.head.head.tag_, verb.tag_} == {"VBD", "VBN"}):
        # "accused Rwanda of violating the accord and called on the United States to ...": the call is the
        # accuser's, joined to "accused", not a second charge (whichever of the two the model tags a participle)
        return inf.head.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if perfect and inf.tag_ == "VBD" and inf.dep_ == "advcl" and any(c.dep_ == "mark" for c in inf.children):
        # "Israel has kept troops there since the ceasefire took effect, and has demanded that ...": a perfect
        # joined to the past tense of a "since" clause goes with the perfect the clause hangs from
        main = inf.head
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children):
            return main
    if verb.tag_ not in ("VBD", "VBZ") and not dated_finite(verb):
        return None
    # ("accused Israel of fabricating pretexts to undermine the truce and called on the mediators": the model
    # may hang the purpose as an adverbial clause too)
    if inf.tag_ != "VB" or not (inf.dep_ == "xcomp" or (inf.dep_ == "advcl" and inf.head.tag_ == verb.tag_)):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in inf.children):
        return None
    above = inf.head
    if above.tag_ == "VBG" and above.dep_ == "pcomp" and above.head.head.pos_ == "VERB":
        # "accused Damascus of trying to impose a siege ... and called on ...": past the charge, to the accusation
        above = above.head.head
    return above


def appositive_subject(verb: Any) -> Any | None:
    """The subject of a clause that the small model made an apposition of the place opening the sentence: in
    "In the Ukrainian city of Kharkiv, a Russian guided bomb hit a residential building", "bomb" is parsed as
    an apposition of "Kharkiv" and "hit" has no subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    doc, i = verb.doc, verb.i - 1
    if i < 1:
        return None
    noun = doc[i]
    while noun.dep_ != "appos" and noun.head.i != noun.i and noun.head.right_edge.i == i:
        noun = noun.head
    if noun.dep_ != "appos" or noun.right_edge.i != i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    host = noun.head
    comma = noun.left_edge.i - 1
    return noun if comma > 0 and doc[comma].text == "," and host.dep_ == "pobj" and host.i < noun.i else None


def finite_relative(verb: Any) -> Any | None:
    """The subject of a main verb the small model hung on its own subject as a relative clause: in "The army
    chief, General Jacob Mkunda, on Thursday called the protesters criminals and warned ...", "called" is read
    as a relative clause of "chief" (a real one has its own subject, or a "who" or "that" as one; a clause with
    neither is a participle, and a participle is no past tense).  So is a past tense hung on it as a participle:
    in "Saudi Arabia, which backs the government, called on the STC to withdraw", "called" is an "acl"."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VBD" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb.head if verb.head.dep_ in ("nsubj", "nsubjpass", "ROOT") else None


# Participles that wire copy uses as adjectives before a name: "accused neighbouring Eritrea".
_ADJECTIVAL = frozenset({"neighbouring", "neighboring", "bordering", "warring", "ruling", "governing"})


def object_behind_adjective(verb: Any) -> Any | None:
    """The object of a verb that the small model hung from an adjectival participle: in "accused neighbouring
    Eritrea of preparing for war", "neighbouring" is parsed as a complement with "Eritrea" as its object."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lower_ in _ADJECTIVAL and c.i == verb.i + 1:
            return next((g for g in c.children if g.dep_ == "dobj"), None)
    return None


def shared_modifiers(verb: Any) -> list[Any]:
    """Modifiers the small model hung on a gapped passive participle that belong to both passives: in "at least
    four people were killed and 20 injured in a Russian missile attack on Zaporizhzhia overnight", "in ..." and
    "overnight" hang from "injured" but say how and when the four were killed too."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [
        g for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        for g in c.children if g.dep_ in ("prep", "advmod", "npadvmod") and g.i > c.i
    ]  # fmt: skip


# What a clause before a comma can be called when a denial after it names it: "..., a charge Islamabad denies".
CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion", "version"})
_DENIALS = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "contest", "deride"})


def charge_denied(clause: Any) -> bool:
    """Whether `clause` is a statement the small model made the complement of a denial that only follows it as
    a reduced relative: in "India accused Pakistan of backing the gunmen, a charge Islamabad denies", "accused"
    is parsed as what Islamabad denies, so the accusation would read as negated and as Islamabad's words.  The
    clause stands on its own; "a charge" is what is denied."""
    denial = clause.head
    if clause.dep_ != "ccomp" or clause.i > denial.i or denial.lemma_ not in _DENIALS:
        return False
    doc = clause.doc
    # (the model may make "a charge" a second subject: "a charge Kigali denied")
    charge = next((c for c in denial.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in CLAIM_NOUNS), None)
    if charge is None or charge.i > denial.i:
        return False
    comma = charge.left_edge.i - 1
    return bool(comma >= clause.right_edge.i and doc[comma].text == ",")


def object_read_as_clause(verb: Any) -> Any | None:
    """The object of a verb that the small model made the subject of a clause: in "the jet struck a group of
    farmers gathered near the village", "group" is parsed as the subject of "gathered", a complement of "struck"
    (a verb that takes no clause, which the caller checks: its "complement" is its object with a description)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD") or clause.i < verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.left_edge.i == verb.i + 1:
            return subject
    return None


def subject_of_participle(verb: Any) -> Any | None:
    """The subject of a verb that the small model gave to a participle on it, made a clause of the verb: in "A
    group of officers calling itself the High Military Command said ...", "group" is parsed as the subject of
    "calling", a complement before "said"."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for clause in verb.children:
        if participle_made_clause(clause, verb):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return None


def participle_made_clause(clause: Any, verb: Any) -> bool:
    """Whether `clause`, a complement of `verb` before it, is a bare present participle (no auxiliary): a phrase
    on the subject ("calling itself ..."), never what the verb reports."""
    return (
        clause.dep_ == "ccomp" and clause.i < verb.i and clause.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    )  # fmt: skip


def reduced_passive(verb: Any) -> tuple[Any, Any] | None:
    """(subject, agent's noun) of a passive participle the small model read as a finite verb with a subject:
    in "said officers backed by the force had retaken the area", "officers" is parsed as the subject of "backed"
    and "had retaken" as a second complement with none."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    return (subject, noun) if subject is not None and noun is not None else None


def subject_of_reduced_passive(verb: Any) -> Any | None:
    """The subject of a complement with none, which the small model gave to the passive participle on it right
    before ("officers backed by the force had retaken the area": the officers retook it)."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for sibling in verb.head.children:
        found = reduced_passive(sibling) if sibling.dep_ == "ccomp" and sibling.i < verb.i else None
        if found is not None and sibling.right_edge.i + 1 == verb.left_edge.i:
            return found[0]
    return None


def noun_participle(verb: Any) -> Any | None:
    """The noun a past participle describes when the small model made it a complement of the verb above: in
    "urged all parties to return to the truce agreed in May", "agreed" is parsed as a second thing urged; it is
    the truce's description.  None for any other verb."""
    if verb.dep_ != "xcomp" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    return noun if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.i > verb.head.i else None


def since_taken_by(verb: Any) -> Any | None:
    """The participle whose "since" the small model gave to `verb`: in "Rwandan troops deployed in the province
    since 2021 repelled the attackers", it makes "deployed" the clause's verb and "since 2021 repelled" a clause
    on it, so "since 2021" seems to start the repelling (or, "since 2022 repelled", the year to do it).  The
    year says how long the troops have been deployed; the troops repelled.  Returns "deployed" when `verb` is
    such a verb (a past tense right after "since" and a date, with no other subject); None otherwise."""
    since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if since is None or verb.dep_ != "advcl" or verb.tag_ != "VBD" or since.i + 1 >= verb.i:
        return None
    between = verb.doc[since.i + 1 : verb.i]
    if not all(t.ent_type_ == "DATE" for t in between):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.ent_type_ != "DATE" for c in verb.children):
        return None
    participle = verb.head
    subject = any(c.dep_ == "nsubj" and c.i < participle.i for c in participle.children)
    return participle if participle.tag_ in ("VBN", "VBD") and subject and participle.i < since.i else None


def asked_clause(verb: Any) -> bool:
    """Whether `verb` is an infinitive under a verb of wanting or asking, whose subject the small model made the
    one asked: in "Pakistan wants the Taliban to rein in the militants", "Taliban" is parsed as the subject of
    "rein"; the one who wants it is the subject above."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" and any(c.tag_ == "TO" for c in verb.children)


def named_as_verb(verb: Any) -> bool:
    """Whether `verb` is a noun the small model read as a verb under a verb of naming: in 'called the U.S. strike
    an "act of piracy"', "strike" is parsed as what the object is called (or as a clause with no subject), with
    the name as its object."""
    return (
        verb.dep_ in ("oprd", "ccomp") and verb.head.lemma_ in _NAMING
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)
    )  # fmt: skip


_NAMING = frozenset({"call", "brand", "label", "term", "dub", "deem"})
