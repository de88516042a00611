"""Antecedents of pronouns in news copy: the token a "he", "it", "they" or "its" stands for, found from the parse
alone (who reports the clause it is in, the clause a relative clause hangs in, the subject of the clause joined
before), and the noun a relative pronoun stands for ("clashes that killed dozens").  Used by :mod:`.parties`,
which turns the token into a named party.

Limits: syntactic only; a pronoun whose antecedent is two sentences up, or that agrees with none of these, is
left to the caller's fallbacks (the last group or state named).
"""

from __future__ import annotations

from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.misparse import asked_clause
from newsledger.extract.setting import PLACE_NOUNS
from newsledger.extract.speakers import CHARGING, speech_verbs


def reporter_subject(tok: Any) -> Any | None:
    """The subject of the reporting verb whose report `tok` is the subject of ("The army said it had detained
    14"); not of a clause deeper down ("said it would not talk to the RSF until the group left cities it had
    seized": that "it" is the RSF)."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or speech.lemma_ not in speech_verbs():
        return None
    said = next((c for c in speech.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if said is None and ((speech.tag_ == "VBG" and speech.dep_ == "advcl") or speech.dep_ == "conj"):
        # "India launched missile strikes ..., saying it was targeting 'terrorist infrastructure'": India; "The
        # junta has denied targeting civilians and says it is fighting 'terrorists'": the junta
        said = next((c for c in speech.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return said


def relative_host(tok: Any) -> Any | None:
    """The subject of the clause a relative clause hangs in, when the pronoun subject of the relative clause
    agrees with it: "the junta expelled three French diplomats it accused of subversion" (the junta)."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "relcl" or tok.lower_ not in ("it", "they"):
        return None
    verb = tok.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "Pakistan wants the Taliban to rein in TTP militants, whom it accuses of using Afghan soil": the one who
    # wants (asks, urges) it done is the one who charges, not the one asked, whom the parser makes the subject
    while tok.head.lemma_ in CHARGING and asked_clause(verb):
        verb = verb.head
    # "accused Rwanda of arming the RED-Tabara group, which it blamed for the attacks": the accuser blames
    # (the small model may join "arming" to "accused" itself, with no subject of its own)
    charged = verb
    while charged.dep_ == "conj" and charged.tag_ == "VBG" and charged.head.lemma_ not in CHARGING:
        charged = charged.head
    if charged.tag_ == "VBG" and charged.dep_ == "pcomp" and charged.head.head.lemma_ in CHARGING:
        verb = charged.head.head
    elif charged.tag_ == "VBG" and charged.dep_ == "conj" and charged.head.lemma_ in CHARGING:
        verb = charged.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > tok.i or (subject.pos_ == "PRON" and subject.lower_ not in ("it", "they")):
        return None
    plural = subject.lower_ == "they" if subject.pos_ == "PRON" else subject.tag_ in ("NNS", "NNPS")
    return subject if plural == (tok.lower_ == "they") else None


def own_subject(poss: Any) -> Any | None:
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


def speaker_above(tok: Any) -> Any | None:
    """The subject of the verb of saying whose report `tok` is in, however deep: "The Israeli military said it
    had struck Hamas targets after gunmen opened fire on its troops" -> "military"."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ in speech_verbs():
            speech = node.head
            # "Al Shabaab claimed responsibility, saying its fighters had killed 47 soldiers": a participle
            # speaks for the subject of the verb it hangs from.
            while not any(c.dep_ == "nsubj" for c in speech.children) and speech.dep_ in ("advcl", "xcomp", "conj"):
                speech = speech.head
            return next((c for c in speech.children if c.dep_ == "nsubj"), None)
        node = node.head
    return None


def earlier_plural_subject(tok: Any) -> Any | None:
    """For "they" or "them" in a clause joined to an earlier one, the earlier clause's plural noun subject, which
    the clause's own subject is not: "Government troops were drawn into the fighting, and residents accused
    them ..."."""
    if tok.lower_ not in ("they", "them"):
        return None
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "conj":
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("NNS", "NNPS") and own is not None and own.i != tok.i:
        return subject
    if tok.lower_ == "them" and own is None:
        # "spoke to the national security advisers of both countries and urged them": the advisers
        objects = [c for c in clause.head.children if c.dep_ == "dobj"] + [
            g for c in clause.head.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"
        ]
        return next((o for o in objects if o.tag_ in ("NNS", "NNPS")), None)
    return None


# Lines along which fighting runs: "fighting along their shared border that killed dozens".
_LINES = frozenset({"border", "frontier", "front", "frontline", "coast", "road", "highway", "river"})


def antecedent(tok: Any) -> Any:
    """The noun a relative pronoun stands for ("clashes that killed dozens", "the ministers, whom they had taken
    hostage"), or the token itself."""
    if tok.lower_ in ("that", "which", "who", "whom") and tok.head.dep_ == "relcl":
        noun = tok.head.head
        # "a strike on its consulate on April 1 that killed seven officers": the clause the parser hangs on the
        # date describes the noun the date dates.
        while noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        # "attacks in the Catatumbo region that have killed 80": a region kills nobody; the clause is the incident's
        if (
            tok.dep_ == "nsubj" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "near", "across", "on", "along")
            and (noun.ent_type_ in ("GPE", "LOC") or noun.lemma_.lower() in (*PLACE_NOUNS, *_LINES))
            and noun.head.head.lemma_.lower() in gz.incident_nouns()
        ):  # fmt: skip
            noun = noun.head.head
        if noun.dep_ == "appos" and noun.pos_ == "NOUN":
            # "Mrauk-U, a town controlled by the Arakan Army (AA), an ethnic armed group that has seized most of
            # Rakhine": the name just before the apposition (whatever the model hangs it on) is the group
            i = noun.left_edge.i - 1
            while i > 0 and (noun.doc[i].is_punct or (noun.doc[i].is_upper and noun.doc[i - 1].text == "(")):
                i -= 1
            before = noun.doc[i]
            if before.ent_type_ in ("ORG", "PERSON", "NORP"):
                noun = before
            elif noun.head.ent_type_ in ("ORG", "PERSON", "NORP"):
                noun = noun.head
        # A date does nothing: when the parser leaves the clause on one, the pronoun stands for nobody known.
        return tok if noun.ent_type_ in ("DATE", "TIME") else noun
    return tok


def adverbial_host(tok: Any) -> Any | None:
    """The subject of the clause a "when" or "as" clause hangs on, for an "it" that undergoes what the "when"
    clause tells: "The ship was sailing off Hodeidah when it was struck" (the ship).  None otherwise, and for an
    "it" that acts ("the army would not negotiate with the RSF while it besieged cities": the RSF)."""
    clause = tok.head
    if tok.lower_ not in ("it", "they") or tok.dep_ != "nsubjpass" or clause.dep_ != "advcl":
        return None
    if not any(c.lower_ in ("when", "as", "while") and c.dep_ in ("advmod", "mark") for c in clause.children):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > tok.i:
        return None
    # ("The Kairos and Virat were heading to Novorossiysk when they were hit": both ships)
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural == (tok.lower_ == "they") and subject.tag_ in ("NN", "NNP", "NNS", "NNPS") else None
