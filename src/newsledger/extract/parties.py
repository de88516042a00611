"""Parties: which entity an event's actor or target phrase stands for.

Method: a phrase is the entity a mention inside it names, with the name that modifies its noun first ("Yemen's
Huthi rebels" are the Huthis) and none behind its prepositions for an actor ("a strike on a school in Gaza City"
is not Gaza City's); a nationality stands for its country ("Russian missiles": Russia).  Pronouns stand for the
subject of the report they are in ("the army said it had detained 14") or of the sentence before, else the last
group or state named; "its troops" are the reporting speaker's or the clause subject's; "his country" is the
country of the speaker's title; "the group" is the organisation named last, within a few sentences.

Limits: no coreference beyond what the entity extractor resolved and these rules; an unnamed party stays as
its words ("the army").
"""

from __future__ import annotations

import re
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.antecedents import (
    adverbial_host,
    antecedent,
    earlier_plural_subject,
    own_subject,
    relative_host,
    reporter_subject,
    speaker_above,
)
from newsledger.extract.phrase_parts import (
    WITHIN,
    behind_prepositions,
    doing_phrases,
    from_phrases,
    named_by_of,
    names_a_gang,
    names_a_site,
    of_object,
    owns,
)
from newsledger.extract.setting import PLACE_NOUNS, backs, root_at
from newsledger.extract.speakers import CHARGING, speech_verbs
from newsledger.records import Entity, Quote

# Definite descriptions wire copy uses for an organisation it has just named ("the group", "the militia").
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "coalition"})
# Who stands against or apart from a party, so that "its opponents" are not it.
_OTHER_SIDE = frozenset(
    {"opponent", "critic", "rival", "enemy", "foe", "adversary", "detractor", "victim", "neighbour", "neighbor"}
)
_GROUP_REACH = 700  # characters: about four sentences back
# What a state or an armed group has: "its troops", "their positions" stand for their owner as a target too.
FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "fighter", "position", "base", "convoy", "patrol", "unit", "post", "checkpoint",
     "vessel", "ship", "warship", "aircraft", "jet", "drone", "outpost", "personnel"}
)  # fmt: skip
# Verbs of taking ground, whose "it" is the place last named: "the insurgents seized it" (a town, not the
# region it lies in: "the town of Moqokori in the central Hiiraan region").
_WATERS = re.compile(r"\b(?:Sea|Gulf|Ocean|Strait|Straits|Bay|Channel)\b")
_DIVISION_AFTER = re.compile(r"\s+(?:region|province|state|governorate|district|oblast|county)\b")
_TAKEN = frozenset({"seize", "capture", "take", "retake", "recapture", "overrun", "storm", "enter", "control",
                    "besiege", "encircle", "liberate", "lose", "abandon", "hold"})  # fmt: skip
# What is a person's own, so that an attack on it is on them: "fired on his home", "raided her office".
_PERSONAL_PROPERTY = frozenset({"home", "house", "residence", "office", "car", "convoy", "motorcade", "headquarters"})
# Where people hit were: "in Nasir county", "a man on a motorcycle near Nabatieh", "passengers aboard a bus".
_WHERE_PEOPLE_ARE = WITHIN | {"on", "aboard", "along"}
# The forces that are people, not things: "security forces in Arusha" are not Arusha ("a base in Kursk" is).
_PERSONNEL = frozenset({"troop", "soldier", "force", "fighter", "patrol", "unit", "police", "policeman", "officer"})
_GROUP_NAME_WORDS = frozenset(
    {"army", "front", "movement", "liberation", "forces", "brigade", "brigades", "party", "group", "state",
     "militia", "jihad", "mujahideen", "organisation", "organization", "alliance", "coalition", "council", "guard",
     "resistance", "union", "battalion", "legion", "commission"}
)  # fmt: skip
_CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})
# What a side holds in war beyond its forces and posts (FORCE_NOUNS), which stands for the side when hit: "said
# gunships had bombed its strongholds".
_HELD = frozenset({"stronghold", "garrison", "barracks", "trench"})
_PERSONAL = frozenset({"he", "she", "him", "her", "it", "they", "them", "we", "us", "i", "its", "their"})


class Parties:
    """Who a phrase names: the canonical entity an actor or a target phrase stands for."""

    def __init__(self, entities: tuple[Entity, ...], floor: int, text: str, quotes: tuple[Quote, ...] = ()) -> None:
        # By offsets only: two entities may share a span, and entities do not compare.
        self.rows = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions if m.start >= floor), key=lambda r: (r[0], r[1])
        )
        self.floor = floor
        self.text = text  # the article text (the parsed text but for the blanked dateline); spaCy's doc.text is
        # rebuilt from the tokens on every access
        self.by_name = {e.name: e for e in entities}
        self.by_id = {e.id: e for e in entities}
        self.quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]

    def _country(self, entity: Entity, written: str = "") -> tuple[str, str | None]:
        """'Russian missiles struck': the actor of event data is the country, not the adjective.  `written`: the
        mention's own words; "Israeli warplanes" are Israel's though the entity is the "60,000 Israelis" the story
        also names (the people themselves, "Palestinians" or "ethnic Albanians", stay a people)."""
        if entity.type != "NORP":
            return entity.name, entity.id
        if iso := gz.country_of(entity.name) or (written and gz.country_of(written)):
            return self._state(iso)
        return entity.name, entity.id

    def _state(self, iso: str) -> tuple[str, str | None]:
        """A country's name, and the id of its entity when the article names it."""
        name = gz.countries()[iso].name
        country = self.by_name.get(name)
        return name, country.id if country else None

    def _state_of(self, row: tuple[int, int, Entity]) -> tuple[str, str | None] | None:
        """The state whose organ a mention names: "Russia's Defense Ministry said its forces had captured ...":
        the forces are Russia's."""
        entity = row[2]
        words = entity.name.split()
        if entity.type != "ORG" or not words or words[-1].lower() not in STATE_ORGANS:
            return None
        owner = _OWNER.search(self.text[max(0, row[0] - 40) : row[0]])
        iso = gz.country_of(owner.group(1)) if owner else gz.country_of(words[0])
        return self._state(iso) if iso is not None else None

    def _pronoun(self, tok: Any) -> tuple[str | None, str | None]:
        """What "he", "it" or "they" stands for (a person for he and she, a group or state for it and they).

        Two subjects decide when there is one: the one whose report the pronoun is in ("Yemen's Huthi rebels
        said they had fired": the Huthis; "The army said it had detained 14": the army, which has no name and
        is given by its words when its noun is a sector's, data/plover_sectors.tsv), and, for a pronoun opening
        its sentence, the subject of the sentence before ("The military government did not comment. It has
        said ...").  Otherwise the last such entity named before it that is
        not a location ("in Gaza"): "would not negotiate with the RSF while it besieged cities"."""
        kinds = ("PERSON",) if tok.lower_ in ("he", "she", "him", "her", "his") else ("ORG", "GPE", "NORP")
        # "'They tied their hands,' said X, a leader of a militia": a "they" in a direct quote is not the
        # speaker's side (that is "we").
        quoted = any(a <= tok.idx < b for a, b in self.quoted)
        subjects = [] if quoted else [reporter_subject(tok), relative_host(tok)]
        # "militants from the Jamaa Islamiya group, whom it accused of planning attacks", in what the military
        # said: the one reporting, never the noun the relative clause is about
        in_relative = tok.dep_ == "nsubj" and tok.head.dep_ == "relcl"
        if in_relative and not quoted:
            subjects.append(speaker_above(tok))
        if (host := adverbial_host(tok)) is not None and not quoted:
            # "The ship was sailing off Hodeidah when it was struck": the ship, named or not
            return self.entity(host, owner=True) if self._inside(host, hide=True) else (_words(host), None)
        sent = tok.sent
        # "They came at night, they killed and they burned everything": as the first "they" of the sentence
        first = next((t for t in tok.doc[sent.start : tok.i] if t.lower_ == tok.lower_ and t.dep_ == "nsubj"), None)
        if first is not None:
            return self._pronoun(first)
        if sent.start > 0 and not any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[sent.start : tok.i]):
            prev = tok.doc[sent.start - 1].sent.root
            # "gunmen kidnapped 25 worshippers, and more than 130 pupils were seized ... They were released": the
            # subject of the last clause that has its own, not only the first
            # "Hundreds of fighters overran the base, the sources said. They seized weapons": who did what was
            # reported, not who reported it.
            # (Not when a named speaker reported it: "'It is wrong,' Lammy said. He urged" is Lammy.)
            teller = next((c for c in prev.children if c.dep_ == "nsubj"), None)
            told = next((c for c in prev.children if c.dep_ == "ccomp"), None)
            unnamed = teller is not None and not self._inside(teller, hide=True)
            # "Ortagus will meet Aoun on Saturday, an embassy official said. She met Israeli officials ...": the
            # one told of, not the unnamed official (who is the "he" of "He added").
            person = tok.lower_ in ("he", "she") and tok.head.lemma_ not in speech_verbs()
            if person and teller is not None:  # "a U.S. embassy official" names a country but no person
                unnamed = not any(r[2].type == "PERSON" for r in self._inside(teller, hide=True))
            # ("The soldiers were surrounded, the army said in a statement. It called on ...": "it" is no plural
            # subject of what was told; the army)
            told_subject = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None) if told else None
            no_referent = told_subject is not None and (
                told_subject.tag_ in ("NNS", "NNPS") or told_subject.lemma_.lower() in gz.incident_nouns()
            )  # (nor is it a raid told of: "The raid followed intelligence ..., ISPR said. It blamed ...")
            if (
                told is not None
                and prev.lemma_ in speech_verbs()
                and (tok.lower_ == "they" or (tok.lower_ == "it" and not no_referent) or person)
                and unnamed
            ):
                prev = told
            clauses = [v for v in (prev, *prev.conjuncts) if v.pos_ in ("VERB", "AUX")] or [prev]
            found = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "Gunmen abducted more than 280 pupils ... They were freed two weeks later": a passive's "they" is
            # who the sentence before did something to, when it names people
            # (the last of them, as a passive's subject is: "kidnapped 25 worshippers ..., and ... 130 pupils were
            # seized ... They were released": the pupils)
            done_to = [
                c for v in clauses for c in v.children
                if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lower_ in gz.person_nouns()
            ]  # fmt: skip
            suffered = [c for c in found if c.dep_ == "nsubjpass"]
            if tok.dep_ == "nsubjpass" and tok.lower_ == "they" and done_to:
                last = max([*done_to, *suffered], key=lambda c: c.i)
                if last.dep_ == "dobj":
                    return _words(last), None
            subjects.append(found[-1] if found else None)
        for subject in subjects:
            if subject is None:
                continue
            if subject.pos_ == "PRON" and subject.i < tok.i and subject.lower_ in _PERSONAL:
                return self._pronoun(subject)  # "It has said it targets ...": as the first "it"
            inside = self._inside(subject, hide=True)
            if any(r[2].type in kinds for r in inside):
                return self.entity(subject, owner=True)
            if not inside and subject.pos_ == "NOUN" and tok.lower_ == "they" and subject.tag_ == "NNS":
                # "Police said they had arrested two suspects": the police; "The three juntas have expelled
                # French troops. In January, they announced ...": the juntas
                return _words(subject), None
            if not inside and subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in subject.children):
                organ = subject.lower_ in gz.sector_words() or subject.lower_ in STATE_ORGANS | GROUP_NOUNS
                if tok.lower_ == "it" and subject.tag_ == "NN" and organ:
                    return _words(subject), None  # "The army said it had repelled an attack": the army, unnamed
                return None, None
        if quoted and tok.lower_ == "they":
            return None, None  # "'They burned everything,' said a mother who fled": not the last name before it
        if (earlier := earlier_plural_subject(tok)) is not None:
            # "Government troops ... were drawn into the fighting, and residents accused them of killing civilians"
            return self.entity(earlier, owner=True)
        before = [r for r in self.rows if r[1] <= tok.idx and r[2].type in kinds and not _located(tok.doc, r)]
        if in_relative:
            host = tok.head.head
            before = [r for r in before if not host.left_edge.idx <= r[0] <= host.idx]
        if tok.lower_ in ("him", "her") and before:
            # "The president accepted the resignation and asked him to lead ...": not the president himself
            doer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            doer = doer or next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            own = self.entity(doer)[1] if doer is not None and doer.pos_ != "PRON" else None
            before = [r for r in before if r[2].id != own] or before
        return self._country(before[-1][2]) if before else (None, None)

    def is_place(self, entity_id: str | None) -> bool:
        entity = self.by_id.get(entity_id or "")
        return entity is not None and entity.type in ("GPE", "LOC", "FAC")

    def is_party(self, entity_id: str | None) -> bool:
        """Whether an entity is a person or a state, one that talks with others as a party."""
        entity = self.by_id.get(entity_id or "")
        return entity is not None and entity.type in ("PERSON", "GPE", "NORP")

    def only_placed(self, tok: Any) -> bool:
        """Whether every name in the phrase is a place that does not modify its noun: "the attack on the vessel,
        west of the port of Mokha" names where, not who ("Russian missiles", "Israel's strikes" name who)."""
        rows = self._inside(tok, hide=True)
        return bool(rows) and all(
            r[2].type in ("GPE", "LOC", "FAC") and not _modifies(tok, r, _MODIFIERS | {"poss"}) for r in rows
        )

    def names(self, tok: Any, hide: bool = True) -> bool:
        """Whether the phrase headed by `tok` contains a mention of an entity (with `hide`, not behind its
        prepositions but "of")."""
        return bool(self._inside(tok, hide=hide))

    def names_person(self, tok: Any) -> bool:
        """Whether the phrase headed by `tok` names a person ("dismissed Talon")."""
        return any(r[2].type == "PERSON" for r in self._inside(tok, hide=True))

    def _inside(self, tok: Any, hide: bool, without: Any | None = None) -> list[tuple[int, int, Entity]]:
        """Mentions inside the phrase headed by `tok`; with `hide`, none behind its prepositions but "of"; none
        in the clause headed by `without`."""
        first, last = tok.left_edge, tok.right_edge
        # A relative clause says something else about the phrase, with other parties: "shells that it said had
        # landed on its side of the Naf River" are not the river; nor is what someone is accused of doing
        # ("accused both sides of blocking convoys on the road between Gondar and Bahir Dar").  A participle may
        # say whose the thing is ("bases belonging to AMISOM", "depots used by the PKK"): it is not hidden.
        # "CODECO, a loose association of militias drawn from the Lendu community": an apposition describes a
        # name; the names in it are others; one on a count describes some of those counted.
        # ("dozens of militants who ambushed a convoy near Kati": the counted noun's clause as well)
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        # ("members of a militant group planning attacks on Israeli civilians": a participle with an object of its
        # own tells what they do, to others)
        hidden = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in (*tok.children, *(c for g in counted for c in g.children if c.dep_ in ("relcl", "acl")))
            if c.dep_ == "relcl"
            or (c.dep_ == "acl" and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children))
            or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
            or (c.dep_ == "appos" and tok.pos_ == "PROPN")
            # "accused the militants of ..., a charge the Taliban administration rejected": the charge, not them
            or (c.dep_ == "appos" and c.lemma_.lower() in _CHARGES)
            # "killed 26 men, most of them Hindu tourists", "six sailors, including a Russian national": who some
            # of those counted were, not who was hit
            or (
                (c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "including"))
                and (tok.pos_ == "NUM" or any(g.dep_ == "nummod" for g in tok.children))
            )  # ("killed five of its members, including the son of its exiled Gaza chief")
        ]
        if without is not None:
            hidden.append((without.left_edge.idx, without.right_edge.idx + len(without.right_edge)))
        if hide:
            hidden += behind_prepositions(tok)
            # "the rebels and Congo's government": a conjunct is another party, not a name for this actor
            hidden += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children if c.dep_ == "conj"
            ]
        text = self.text
        return [
            r for r in self.rows
            if first.idx <= r[0] and r[1] <= last.idx + len(last) and not any(a <= r[0] < b for a, b in hidden)
            and not backs(text, r[1])
        ]  # fmt: skip

    def _backer_word(self, tok: Any) -> bool:
        """Whether a word belongs to a "-linked", "-backed" modifier: "al Qaeda-linked" says whose ally it is."""
        doc = tok.doc
        if tok.i > 0 and doc[tok.i - 1].text in ("-", "‐", "‑", "–") and tok.text.endswith("ed"):
            return True
        if tok.text in ("-", "‐", "‑", "–"):
            return True
        return any(r[0] <= tok.idx < r[1] and backs(self.text, r[1]) for r in self.rows)

    def _group(self, tok: Any) -> tuple[str, str | None] | None:
        """ "RSF leader Dagalo said the group had accepted a truce": "the group", "the Islamist group" is the
        organisation named last, within about four sentences (it is how wire copy names it the second time).  A
        faith or a creed inside the phrase ("Islamist", "jihadist") describes the group and does not name it; a
        nationality ("the Palestinian group") is left to the name lookup when no organisation is near."""
        if (
            tok.lemma_.lower() not in GROUP_NOUNS
            or not any(c.lower_ == "the" for c in tok.children)
            or len([t for t in tok.subtree if not self._backer_word(t)]) > 3  # ("The al Qaeda-linked group")
            or any(r[2].type != "NORP" or gz.country_of(r[2].name) for r in self._inside(tok, hide=True))
        ):
            return None
        start = tok.left_edge.idx  # (not a backer inside the phrase: "the al Qaeda-linked group")
        near = [r for r in self.rows if tok.idx - _GROUP_REACH <= r[0] and r[1] <= start and r[2].type == "ORG"]
        # "The Arakan Army, an ethnic armed group fighting the junta, said ... The group said": the organisation
        # the text called a group, before any other named since.
        called = re.compile(rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(tok.lower_)}\b", re.IGNORECASE)
        described = [r for r in near if called.match(self.text, r[1])]
        # "The Baloch Liberation Army ... stormed the Jaffar Express ... The group had demanded": an organisation
        # whose name says it is a group before a train, a company or a newspaper named since
        grouped = [r for r in near if set(gz.fold(r[2].name).split()) & _GROUP_NAME_WORDS]
        chosen = described[-1] if described else grouped[-1] if grouped else (near[-1] if near else None)
        return (chosen[2].name, chosen[2].id) if chosen else None

    def entity(
        self, tok: Any, owner: bool = False, inner: bool = True, without: Any | None = None
    ) -> tuple[str | None, str | None]:
        """Canonical name and id of the entity a phrase names; the phrase itself when it names none.

        `owner`: an actor phrase such as "its forces" stands for the state or group "its" refers to; a target
        phrase ("its warehouses") is kept as words.  `inner` False: a name inside the phrase does not stand for
        it ("thousands of protesters in central Nairobi" are not Nairobi).  `without`: a clause inside the
        phrase whose names are not the phrase's ("rebels backed by Rwanda" are not Rwanda)."""
        if tok is None or tok.idx < self.floor:
            return None, None
        if antecedent(tok) is not tok:
            return self.entity(antecedent(tok), owner, inner)  # "clashes that killed dozens": the clashes
        if tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TAKEN:
            # "recaptured the town of Moqokori ... two months after the insurgents seized it": the town
            town = next((r for r in reversed(self.rows) if r[1] <= tok.idx and tok.idx - r[0] < _GROUP_REACH
                         and r[2].type in ("GPE", "LOC", "FAC") and not gz.country_of(r[2].name)
                         and not _DIVISION_AFTER.match(self.text, r[1])), None)  # fmt: skip
            if town is not None:
                return town[2].name, town[2].id
        if tok.pos_ == "PRON" or tok.lower_ in ("this", "that", "these", "those"):
            if tok.lower_ not in _PERSONAL or tok.lower_ in ("we", "us", "i"):
                return None, None  # "Kabul denies this", "has abandoned us": a claim, or the speaker's own side
            return self._pronoun(tok)
        if owner and any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
            clause = tok.head  # "Uganda, whose special forces were deployed to Juba": Uganda's forces
            for _ in range(3):
                if clause.dep_ == "relcl":
                    return self.entity(clause.head, owner=True, inner=inner)
                clause = clause.head
        if (
            not owner
            and (tok.lemma_.lower() in FORCE_NOUNS or tok.lemma_.lower() in _HELD)
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
        ):
            # "opened fire on its troops in Khan Younis": Israel's; "bombed its positions": the party's
            return self.entity(tok, owner=True, inner=inner)
        whose_branch = next((c for c in tok.children if c.dep_ == "poss"), None)
        if whose_branch is not None and tok.lemma_.lower() in _BRANCHES:
            # "The group's Lebanon branch", "its Syrian affiliate": the group's own, wherever the branch is
            return self.entity(whose_branch, owner=True, inner=inner)
        hits = [r for r in self.rows if r[0] <= tok.idx < r[1]]
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        if not hits and appos is not None and owner:
            # "Ituri's military governor, Lt. Gen. Johnny Luboya Nkashama": the person, not the province
            titled = [r for r in self.rows if r[0] <= appos.idx < r[1] and r[2].type == "PERSON"]
            if titled:
                return titled[0][2].name, titled[0][2].id
        if not hits and tok.lemma_.lower() in GROUP_NOUNS and tok.i + 1 < len(tok.doc):
            # "The al Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed ...": the name that
            # follows the noun is the group, however the parser splits it.
            after = tok.doc[tok.i + 1].idx
            hits = [r for r in self.rows if r[0] == after and r[2].type in ("ORG", "NORP")]
        if not hits and (group := self._group(tok)) is not None:
            return group
        named = named_by_of(tok)
        if not hits and inner and named is not None:  # "the central Haitian town of Mirebalais" is Mirebalais
            hits = [r for r in self.rows if r[0] <= named.idx < r[1]]
        if not hits and inner:  # "the eastern city of Kharkiv", "Russian missiles": a name inside the phrase
            # An actor is never a place its phrase locates ("another strike on a school in Gaza City"); for a
            # target, event data codes the place's country ("attacked a convoy in Syria": Syria), as before.
            # "a Buddhist monastery", "a Shiite mosque": a faith or an ethnic group describing a thing is not the
            # target (a nationality is: "Russian positions" are Russia's; so are people: "Kurdish fighters").
            of = of_object(tok)  # "hundreds of protesters" are people
            thing = (
                not owner and tok.lower_ not in gz.person_nouns() and (of is None or of.lower_ not in gz.person_nouns())
                and tok.lemma_.lower() not in _PERSONNEL  # "clashed with security forces in Arusha": the forces
                and tok.lower_ not in gz.title_words()[1]  # "will meet the head of the committee in Beirut"
            )  # fmt: skip
            owned_by = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if thing and owned_by is not None and tok.lemma_.lower() in _PERSONAL_PROPERTY:
                # "gunmen had fired on his home in Garoua": the person whose home it is, not the town
                whose = self._pronoun(owned_by)
                if whose[1] is not None:
                    return whose
            # People are not where they are: "killed 20 soldiers in Nasir county", "1,200 people in Sinaloa" are
            # the soldiers and the people (a country stands for them, as for a thing: "aid deliveries in Baghdad").
            # ("460 patients and their companions at the Saudi Maternity Hospital": where the last listed were too)
            # ("arrested dozens of people in Garoua": where the counted people were; "the head of the ceasefire
            # monitoring committee in Beirut", however deep the parser hangs the place)
            behind = [] if thing or owner else [
                r for t in (tok, *tok.conjuncts, *(of.subtree if of is not None else []))
                for r in behind_prepositions(t, _WHERE_PEOPLE_ARE)
            ]  # fmt: skip
            # "a fisherman from the coastal town of Taganga": where a person comes from is not who was hit
            origin = [] if thing or owner else [r for t in (tok, *tok.conjuncts) for r in from_phrases(t)]
            doing = [] if owner else doing_phrases(tok, of, people=not thing)
            # "destroyed 47 drones over the Black Sea": what flies over a place is not that place's
            doing += behind_prepositions(tok, _ABOVE)
            hits = [
                r for r in self._inside(tok, hide=owner, without=without)
                if (r[2].type != "NORP" or not thing or gz.country_of(r[2].name))
                and not (r[2].type == "NORP" and _LEANING.match(r[2].name))  # "pro-European protesters"
                and ((gz.country_of(r[2].name) and not names_a_site(tok.doc, r) and not owns(tok.doc, r))
                     or not any(a <= r[0] < b for a, b in behind))
                and not any(a <= r[0] < b for a, b in doing)
                and not (r[2].type in ("GPE", "LOC", "FAC") and any(a <= r[0] < b for a, b in origin))
                # "303 students from a Catholic boarding school": a faith describing where they were taken from
                and not (gz.fold(r[2].name) in gz.creeds() and any(a <= r[0] < b for a, b in origin))
                # "seized a tanker in the Gulf of Oman": waters belong to no one; the tanker is the target
                and not (thing and r[2].type == "LOC" and _WATERS.search(r[2].name))
                and not names_a_gang(tok.doc, r)  # "a leader of a Sinaloa cartel faction": not the state
            ]  # fmt: skip
            # The first name, not the longest: "the town of Bara in North Kordofan" is Bara.  A name nested in a
            # longer mention (the country of "Egypt's foreign minister ...") gives way to it.
            outer = [r for r in hits if not any(o[0] <= r[0] and r[1] <= o[1] and o != r for o in hits)]
            # "Fighters from Colombia's National Liberation Army": the army, not the country that possesses it.
            owned = [r for r in outer if _possesses(tok.doc, r, outer)]
            if owned and len(owned) < len(outer):
                outer = [r for r in outer if r not in owned]
            # "Yemen's Huthi rebels" are the Huthis: a name that modifies the noun itself beats its possessor.
            close = [r for r in outer if _modifies(tok, r)]
            if close and len(close) < len(outer) and tok.lemma_.lower() not in STATE_ORGANS:
                outer = close
            if outer:
                first = min(outer, key=lambda r: r[0])
                # "the government in Damascus": the state; Damascus stays a place
                organ = tok.lemma_.lower() in STATE_ORGANS and first[2].type == "GPE"
                if organ and (seat := gz.country_by_capital().get(gz.fold(first[2].name))):
                    return self._state(seat)
                if owner and _names_a_gang(tok.doc, first):
                    return _words(tok), None  # "rival factions of the Sinaloa cartel": the cartel, not the state
                creed = first[2].type == "NORP" and gz.fold(first[2].name) in gz.creeds()
                if creed and _modifies(tok, first):
                    # "Islamist militants killed 40 soldiers", "killed 50 Islamist militants": no party "Islamist"
                    return _words(tok), None
                return self._country(first[2], self.text[first[0] : first[1]])
        if hits:
            widest = max(hits, key=lambda r: r[1] - r[0])
            return self._country(widest[2], self.text[widest[0] : widest[1]])
        own = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner and own is not None and tok.lemma_.lower() == "country":
            # "Burundian President Ndayishimiye warned that his country would defend itself": Burundi.
            person = self.by_id.get(self._pronoun(own)[1] or "")
            iso = next(
                (c for role in (person.roles if person else ()) for w in role.split() if (c := gz.country_of(w))), None
            )
            if iso is not None:
                return self._state(iso)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner and poss is not None and tok.lemma_.lower() in _OTHER_SIDE:
            return _words(tok), None  # "which its opponents have dismissed": not the junta itself
        if owner and poss is not None:  # "Moscow said its forces had hit ...": the last state or group named
            # "The Israeli military said gunmen had opened fire on its troops": Israel's, not those of the last
            # name before ("Hamas targets"); "The ethnic armed group said its fighters had captured ...": the
            # group's, though it is unnamed.
            reporter = own_subject(poss) or speaker_above(poss)
            named = self._inside(reporter, hide=True) if reporter is not None else []
            if named:
                return next((st for r in named if (st := self._state_of(r))), None) or self.entity(reporter, owner=True)
            # ("The SPLA-IO said gunships had bombed its positions": a group the model did not tag, by its words)
            if (
                reporter is not None
                and reporter.pos_ in ("NOUN", "PROPN")
                and reporter.lemma_.lower() not in STATE_ORGANS
            ):
                return self.entity(reporter, owner=True)
            before = [r for r in self.rows if r[1] <= poss.idx and r[2].type in ("ORG", "GPE", "NORP")]
            if reporter is not None and reporter.lemma_.lower() in STATE_ORGANS:
                # "The army said its positions ... were attacked": a state's, the last country named, not the last
                # province ("Upper Nile state")
                before = [r for r in before if gz.country_of(r[2].name)] or before
            if before:
                return self._state_of(before[-1]) or self._country(before[-1][2])
        if (
            owner
            and tok.lemma_.lower() in _OWN_FORCES
            and all(
                c.dep_ in ("det", "cc", "conj") or (c.dep_ == "compound" and c.lower_ == "air") for c in tok.children
            )
        ):  # "Russia's defence ministry said air defences had destroyed 95 drones": Russia's
            # "The Israeli military said troops had come under fire": a state's organ speaks of its own forces.
            # ("said air defences and the Black Sea Fleet had destroyed": its forces, listed)
            reporter = speaker_above(tok)
            named = self._inside(reporter, hide=True) if reporter is not None else []
            if reporter is not None and reporter.lemma_.lower() in STATE_ORGANS and named:
                # ("Russia's Defence Ministry", an organisation of its own: the state's forces)
                return next((st for r in named if (st := self._state_of(r))), None) or self.entity(reporter, owner=True)
        return _words(tok), None


_LOCATIVE = frozenset({"in", "at", "near", "across", "into", "from", "to", "inside", "outside", "around", "toward"})


# "Afghanistan's Taliban government", "Russia's Defence Ministry forces": a state's organ acts for the state.
_OWNER = re.compile(r"([A-Z][\w.]+(?: [A-Z][\w.]+)?)['’]s\s+$")
STATE_ORGANS = frozenset(
    {"government", "authority", "authorities", "administration", "army", "military", "force", "forces",
     "ministry", "regime", "cabinet", "navy", "police", "junta", "parliament", "president", "leader", "guard",
     "guards", "command", "office", "staff"}
)  # fmt: skip


_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# Forces a state's army or ministry names without saying whose: its own.
_OWN_FORCES = frozenset({"troop", "soldier", "force", "unit", "forces", "troops", "defence", "defense"})


def _words(tok: Any) -> str | None:
    """The phrase's own words, up to its noun (and the noun after "of": "thousands of protesters")."""
    first = tok.left_edge.i
    while first < tok.i and tok.doc[first].is_space:
        first += 1
    end = tok.i + 1
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if tok.dep_ == "dobj" and tok.head.lemma_ in CHARGING:
        pobj = None  # "accusing the bloc of blackmail": the charge, not the one charged
    if pobj is not None:  # "thousands of protesters", not "thousands"
        end = pobj.i + 1
    # "did not say how many soldiers were killed": the soldiers; "struck 'terrorist' positions": no scare quotes.
    words = re.sub(r"^how (?:many|much) ", "", tok.doc[first:end].text, flags=re.I)
    words = re.sub(r"[\"“”]", "", words).strip(" '‘’")
    return words or None


_ABOVE = frozenset({"over", "above"})
# Parts of a group named after where they are: "the group's Lebanon branch".
_BRANCHES = frozenset({"branch", "wing", "affiliate", "chapter", "franchise", "cell", "office"})
# Armed groups named after a place: "the Sinaloa cartel", "a Jalisco gang".
_GANG_NOUNS = frozenset({"cartel", "gang", "clan", "mafia", "syndicate"})


def _names_a_gang(doc: Any, row: tuple[int, int, Entity]) -> bool:
    root = root_at(doc, row[0], row[1])
    return (
        root is not None and row[2].type != "PERSON" and root.dep_ == "compound"
        and root.head.lemma_.lower() in _GANG_NOUNS
    )  # fmt: skip


def _possesses(doc: Any, row: tuple[int, int, Entity], rows: list[tuple[int, int, Entity]]) -> bool:
    """Whether a mention is the possessor of a named organisation ("Colombia's" of "National Liberation Army"); not
    of a person or a place ("Belarus' President Lukashenko", "Afghanistan's Kunduz province")."""
    root = root_at(doc, row[0], row[1])
    return (
        root is not None and root.dep_ == "poss"
        and any(o[0] <= root.head.idx < o[1] and o[2].type == "ORG" for o in rows if o != row)
    )  # fmt: skip


def _modifies(tok: Any, row: tuple[int, int, Entity], deps: frozenset[str] = _MODIFIERS) -> bool:
    root = root_at(tok.doc, row[0], row[1])
    return root is not None and root.head.i == tok.i and root.dep_ in deps


# A political leaning the model tags as a group: "pro-European", "anti-government" describe, they name no party.
_LEANING = re.compile(r"(?:pro|anti)[-‑ ]", re.IGNORECASE)


def _located(doc: Any, row: tuple[int, int, Entity]) -> bool:
    """Whether a mention names where something is ("in Gaza"), which a later "they" does not stand for."""
    if row[2].type not in ("GPE", "LOC", "FAC"):
        return False  # "their withdrawal from the regional bloc ECOWAS, accusing it": a body, not a place
    root = root_at(doc, row[0], row[1])
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head if root.head.head.lemma_.lower() in PLACE_NOUNS else root  # "near the town of Tame"
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
