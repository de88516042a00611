"""Entities: one record per referent, with a canonical name and every form the article uses for it.

Method: spaCy's OntoNotes NER (small English model) gives the candidate spans; rules and gazetteers add what
it misses and tie forms together within the article:

- persons by name parts: "Lammy" and "Foreign Secretary David Lammy" are one person, canonically the
  fullest proper name ("David Lammy"); a lone surname goes to the nearest person who has it;
- titles and role descriptions: a title written before a name, an appositive ("Kyrylo Budanov, Ukraine's
  military intelligence chief"), or a definite description of the same office elsewhere ("Britain's top
  diplomat" for the foreign secretary, via the role classes in ``data/roles.tsv``);
- governments by capital: "Moscow said" is Russia; "in Moscow" stays the city;
- organisations by gazetteer (``data/orgs.tsv``), bracketed abbreviations, name parts ("the Human Rights
  Council" for "UN Human Rights Council") and initials ("WFP").

Limits: a description that matches no role class and no adjacent name is left out; two people with the same
surname are told apart only by proximity; the small model misses some names entirely, and those are not
recovered unless a gazetteer knows them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.extract.mentions import (
    Candidate,
    missed_person_candidates,
    ner_candidates,
    nickname_candidates,
    repeated_name_candidates,
)
from newsledger.extract.role_mentions import appositive_candidates, role_descriptions
from newsledger.extract.rule_mentions import (
    acronym_candidates,
    dateline_candidates,
    defined_name_candidates,
    gazetteer_candidates,
    place_name_candidates,
)
from newsledger.records import Article, Entity, Mention

EXTRACTOR = "entities"
# A name between commas after one of these roles is a person's: "Machar's spokesman, Pal Mai Deng, said".
_ROLE_BEFORE = re.compile(r"\b([a-z][\w.-]*),\s*$")
# Role nouns before a name in apposition besides the title heads of data/titles.txt.
_ROLES = frozenset({"adviser", "advisor", "aide", "deputy", "lawyer", "administrator", "chairman", "chairwoman"})
# "..., known as Ghnewa": a nickname follows.
_KNOWN_AS = re.compile(r",\s*(?:better |widely |also )?(?:known as|nicknamed|dubbed)\s+[\"\u201c]?$")
# What introduces a source's partial name: "a resident who gave his name only as Tesfaye", "identified only as".
_NAMED_ONLY_AS = re.compile(
    r"\b(?:gave (?:his|her|their) (?:first |last )?name (?:only )?as|(?:identified|named) only as)\s+$"
)
# A name followed by one of these is a medium's: "Mizan news agency", "the Kommersant daily".
_MEDIUM_AFTER = re.compile(r" (?:news agency|newspaper|daily|weekly|television|TV|radio|broadcaster|news website)\b")
# A name followed by one of these is the group's name: "the Gran Grif gang", "the Viv Ansanm coalition".
_GROUP_AFTER = re.compile(r" (?:gang|gangs|militia|cartel|faction|clan|coalition|brigade|battalion)\b")
_PRIORITY = {
    "rule:dateline": 0,
    "rule:title": 1,
    "rule:nickname": 1,  # 'Joaquín "El Chapo" Guzmán': the model reads the same words as an organisation
    "spacy-ner": 2,
    "rule:name": 3,
    "gazetteer:orgs": 4,
    "gazetteer:places": 5,
}
_STOP_INITIALS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "on", "in"})


class _Clusters:
    """Union-find over candidate indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _in_title(place: Candidate, person: Candidate) -> bool:
    """ "Egypt" of "Egypt's foreign minister Badr Abdelatty": the country in a person's title is a use of the
    toponym too, kept as a mention of its own inside the person's."""
    if place.label != "GPE" or person.title is None or person.country is None:
        return False
    title_end = person.start + len(person.text) - len(person.name)
    return person.start <= place.start and place.end <= title_end


def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates; a dropped gazetteer match still names the one kept."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.extractor, 9), c.start))
    kept: list[Candidate] = []
    for cand in order:
        clash = next((k for k in kept if cand.start < k.end and k.start < cand.end), None)
        if clash is None or _in_title(cand, clash):
            kept.append(cand)
        elif cand.org is not None and clash.org is None and gz.fold(clash.name) == gz.fold(cand.name):
            clash.org, clash.label = cand.org, cand.label  # ("Iran Human Rights", tagged an event: the group)
    return sorted(kept, key=lambda c: c.start)


def _choose_org(form: str, text: str, defined: set[str]) -> gz.KnownOrg | None:
    """The organisation a known form names here: unambiguous, or decided by the article's words."""
    orgs = gz.org_forms().get(form) or ()
    if len(orgs) == 1:
        return orgs[0]
    if not orgs or form in defined:
        return None
    for org in orgs:
        if any(word in text for word in org.context):
            return org
    return None


# Words a surname of several words starts with: "Von der Leyen", "Van der Bellen", "De Mistura".
_SURNAME_STARTS = frozenset({"von", "van", "de", "der", "den", "du", "da", "di", "la", "le", "ter", "ten"})


def _person_key_tokens(name: str) -> list[str]:
    return [t for t in gz.fold(name).split() if t]


def _cluster_persons(cands: list[Candidate], uf: _Clusters) -> None:
    """Join person mentions by name parts; a lone name part goes to the nearest person who has it."""
    persons = [i for i, c in enumerate(cands) if c.label == "PERSON" and c.role_of is None]
    full: dict[str, int] = {}
    for i in persons:
        tokens = _person_key_tokens(cands[i].name)
        if len(tokens) >= 2 and tokens[0] not in _SURNAME_STARTS:  # "Von der Leyen" is a surname, as "Lammy" is
            key = " ".join(tokens)
            if key in full:
                uf.union(full[key], i)
            else:
                full[key] = i
    # "Garcia Harfuch said": a surname of two words is the person whose full name ends with it ("Omar Garcia
    # Harfuch"), not a person of its own
    for key, i in list(full.items()):
        longer = [j for other, j in full.items() if other.endswith(" " + key) and cands[j].start < cands[i].start]
        if longer:
            uf.union(max(longer, key=lambda j: cands[j].start), i)
    # Non-person one-word mentions that are a person's surname: the small model often calls them ORG or GPE.
    surnames = {" ".join(_person_key_tokens(cands[i].name)[-1:]) for i in full.values()}
    # A one-word name introduced with a title is a person's too ("Prime Minister Sheikh Hasina" ... "Hasina,
    # who won a fourth term", which the model calls a place).
    surnames |= {
        gz.fold(cands[i].name) for i in persons
        if cands[i].title and len(_person_key_tokens(cands[i].name)) == 1
    }  # fmt: skip
    for i, c in enumerate(cands):
        if c.label in ("ORG", "GPE", "NORP") and c.extractor == "spacy-ner" and c.org is None:
            key = gz.fold(c.name)
            if key in surnames and not gz.country_by_name().get(key) and not gz.country_by_capital().get(key):
                c.label = "PERSON"
                persons.append(i)
    for i in persons:
        tokens = _person_key_tokens(cands[i].name)
        if len(tokens) >= 2 and " ".join(tokens) in full:
            continue
        matches = [j for key, j in full.items() if tokens and set(tokens) <= set(key.split())]
        if not matches:
            continue
        before = [j for j in matches if cands[j].start <= cands[i].start]
        best = max(before, key=lambda j: cands[j].start) if before else min(matches, key=lambda j: cands[j].start)
        uf.union(best, i)


def _key(c: Candidate) -> tuple[str, str]:
    if c.government_of:
        return ("C", c.government_of)
    if c.label in ("GPE", "LOC") and (iso := gz.country_by_name().get(gz.fold(c.name))):
        return ("C", iso)
    if c.label in ("GPE", "LOC", "FAC"):
        return ("P", gz.fold(c.name))
    if c.label == "ORG":
        return ("O", c.org.name if c.org else gz.fold(c.name))
    if c.label == "NORP":
        key = gz.fold(c.name)
        return ("N", key[:-1] if key.endswith("s") and gz.country_by_demonym().get(key[:-1]) else key)
    return (c.label, gz.fold(c.name))


def _initials(name: str) -> str:
    return "".join(w[0] for w in gz.fold(name).split() if w not in _STOP_INITIALS).upper()


def _merge_orgs(cands: list[Candidate], uf: _Clusters) -> None:
    """Join organisation clusters by name part ("Human Rights Council") and initials ("WFP")."""
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if c.label == "ORG":
            groups.setdefault(uf.find(i), []).append(i)
    names = {root: max((cands[i].name for i in idx), key=len) for root, idx in groups.items()}
    for root, name in names.items():
        folded = gz.fold(name)
        longer = [r for r, n in names.items() if r != root and len(gz.fold(n)) > len(folded)]
        by_part = [r for r in longer if gz.fold(names[r]).endswith(" " + folded)]
        by_initials = [r for r in longer if name.isupper() and 2 <= len(name) <= 8 and _initials(names[r]) == name]
        for found in (by_part, by_initials):
            if len(found) == 1:
                uf.union(found[0], root)
                break


def _cluster_classes(cands: list[Candidate], members: list[int]) -> tuple[set[str], set[str]]:
    classes = {cls for i in members if (title := cands[i].title) and (cls := gz.role_class(title))}
    countries = {country for i in members if (country := cands[i].country)}
    return classes, countries


def _link_roles(cands: list[Candidate], uf: _Clusters, article: Article, doc: Any) -> set[int]:
    """Tie definite role descriptions to the person they describe; return those left unlinked."""
    roles = [i for i, c in enumerate(cands) if c.label == "ROLE"]
    person_roots: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if c.label == "PERSON":
            person_roots.setdefault(uf.find(i), []).append(i)
    para_starts = [p.start for p in article.paragraphs]
    unlinked: set[int] = set()
    for r in roles:
        role = cands[r]
        cls = gz.role_class(role.text)
        matches = []
        for root, members in person_roots.items():
            classes, countries = _cluster_classes(cands, members)
            if cls and cls in classes and (role.country is None or not countries or role.country in countries):
                matches.append(root)
        if len(matches) == 1:
            uf.union(matches[0], r)
            continue
        # A described subject followed, in a later sentence of the same or next paragraph, by a named
        # subject whose title (if any) does not contradict the description: "Britain's top diplomat arrived
        # ... Lammy told reporters".
        if doc[role.token].dep_ not in ("nsubj", "nsubjpass") or matches:
            unlinked.add(r)
            continue
        role_sent_end = doc[role.token].sent.end_char
        role_para = bisect.bisect_right(para_starts, role.start)
        chosen = None
        for i, c in enumerate(cands):
            if not _maybe_person(c) or c.start < role_sent_end or c.role_of is not None:
                continue
            if bisect.bisect_right(para_starts, c.start) - role_para > 1:
                break
            if doc[c.token].dep_ not in ("nsubj", "nsubjpass"):
                continue
            classes, _countries = _cluster_classes(cands, person_roots.get(uf.find(i), [i]))
            if not classes or cls in classes:
                chosen = i
                c.label = "PERSON"
            break
        if chosen is None:
            unlinked.add(r)
        else:
            uf.union(chosen, r)
    return unlinked


def _role_before(text: str, start: int) -> bool:
    """Whether a role noun and a comma come just before `start`: "Machar's spokesman, Pal Mai Deng"."""
    m = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and (m.group(1) in _ROLES or m.group(1) in gz.title_words()[1])


def _maybe_person(c: Candidate) -> bool:
    """A person, or a lone capitalised word the model called an organisation or place that no gazetteer
    knows ("Lammy told reporters" is often tagged ORG)."""
    if c.label == "PERSON":
        return True
    return (
        c.label in ("ORG", "GPE")
        and c.extractor == "spacy-ner"
        and c.org is None
        and " " not in c.name
        and not c.name.isupper()
        and not gz.is_known_place(c.name)
    )


def _canonical(cands: list[Candidate], members: list[int], etype: str, key: tuple[str, str]) -> str:
    if key[0] == "C":
        return gz.countries()[key[1]].name
    known = next((cands[i].org for i in members if cands[i].org), None)
    if known is not None:
        return known.name
    names = [cands[i].name for i in members if cands[i].label not in ("ROLE",) and cands[i].role_of is None]
    names = names or [cands[i].name for i in members]
    if etype == "PERSON":
        return max(names, key=lambda n: (len(n.split()), len(n)))
    # Prefer a spelled-out name to an abbreviation, then the longest form.
    return max(names, key=lambda n: (not n.isupper(), len(n)))


def extract_entities(doc: Any, article: Article) -> tuple[Entity, ...]:
    """Entities of one parsed article, in order of first mention."""
    text = article.text
    base = ner_candidates(doc) + missed_person_candidates(doc) + place_name_candidates(doc)
    base += nickname_candidates(doc, text)
    for cand in gazetteer_candidates(text, article.dateline.end if article.dateline else 0):
        cand.org = gz.org_forms()[cand.name][0] if len(gz.org_forms()[cand.name]) == 1 else None
        base.append(cand)
    base.extend(dateline_candidates(article))
    base.extend(defined_name_candidates(text, article.dateline.end if article.dateline else 0))
    for cand in base:
        if cand.label == "ORG" and cand.org is None and cand.extractor != "gazetteer:orgs":
            cand.org = gz.org_by_fold().get(gz.fold(cand.name))
    cands = _resolve_overlaps(base)
    defined: set[str] = set()
    acronyms = acronym_candidates(text, cands)
    for acr in acronyms:
        defined.add(acr.text)
        same = next((i for i, c in enumerate(cands) if c.start == acr.start and c.end == acr.end), None)
        if same is None:
            cands.append(acr)
        else:
            cands[same].links = acr.links
            cands[same].org = None
    # "National Liberation Army (ELN) ... peace talks with the ELN": an abbreviation the text defines names the
    # organisation wherever it is used afterwards, though the tagger missed those uses.
    for acr in acronyms:
        for m in re.finditer(rf"\b{re.escape(acr.text)}\b", text[acr.end :]):
            start, end = acr.end + m.start(), acr.end + m.end()
            if not any(c.start < end and start < c.end for c in cands):
                cands.append(Candidate(start, end, acr.text, "ORG", "rule:acronym", acr.text, links=list(acr.links)))
    for cand in cands:
        if cand.label == "ORG" and cand.org is None and cand.name in gz.org_forms():
            cand.org = _choose_org(cand.name, text, defined)
    # The small model names one town "Babanusa" an organisation in one sentence and a place in the next ("seized
    # control of Babanusa ... the fall of Babanusa"): a name the article uses as a place is a place throughout,
    # unless it is a known organisation's name.
    for cand in cands:
        if (  # "a Yazidi armed group ... thousands of Yazidis": a name with a plural is a people, not a place
            cand.label in ("GPE", "ORG") and cand.org is None and cand.extractor == "spacy-ner" and " " not in cand.name
            and not gz.is_known_place(cand.name) and re.search(rf"\b{re.escape(cand.name)}s\b", text)
        ):  # fmt: skip
            cand.label = "NORP"
    for cand in cands:
        if (  # "Machar's spokesman, Pal Mai Deng, said": a person named after the role, not a place
            cand.label in ("GPE", "LOC", "FAC", "ORG") and cand.extractor == "spacy-ner" and " " in cand.name
            and not gz.is_known_place(cand.name) and _role_before(text, cand.start)
            and text.startswith((",", "."), cand.end)  # "according to the district administrator, Sebastião Daniel."
        ):  # fmt: skip
            cand.label = "PERSON"
        if (  # "a powerful armed group leader, Abdulghani al-Kikli, known as Ghnewa": his nickname, not a place
            cand.label in ("GPE", "LOC", "FAC", "ORG") and cand.extractor == "spacy-ner"
            and not gz.is_known_place(cand.name) and _KNOWN_AS.search(text, max(0, cand.start - 60), cand.start)
            and (named := next(
                (i for i, o in enumerate(cands) if o.label == "PERSON" and 0 <= cand.start - o.end <= 20), None
            )) is not None
        ):  # fmt: skip
            cand.label = "PERSON"
            cand.links.append(named)  # the same person: "Mohamed Hamdan Dagalo, known as Hemedti"
        if cand.label == "PERSON" and cand.title and gz.is_known_place(cand.text):
            # "the Sheikh Maqsoud district": a place named for a sheikh, not the sheikh
            cand.label, cand.name, cand.title = "GPE", cand.text, None
        if (  # "a resident who gave his name only as Tesfaye": a person's name, whatever the model took it for
            cand.label != "PERSON" and cand.extractor == "spacy-ner"
            and _NAMED_ONLY_AS.search(text, max(0, cand.start - 60), cand.start)
        ):  # fmt: skip
            cand.label = "PERSON"
        if (  # "the judiciary's Mizan news agency", "the Kommersant newspaper": a medium named, not a place
            cand.label in ("GPE", "LOC", "FAC", "PERSON") and cand.extractor == "spacy-ner"
            and _MEDIUM_AFTER.match(text, cand.end)
        ):  # fmt: skip
            cand.label = "ORG"
        if (  # "members of the Gran Grif gang": the gang's name, not a place
            cand.label in ("GPE", "LOC", "FAC") and cand.extractor == "spacy-ner" and not gz.is_known_place(cand.name)
            and _GROUP_AFTER.match(text, cand.end)
        ):  # fmt: skip
            cand.label = "ORG"
    places = {gz.fold(c.name) for c in cands if c.label in ("GPE", "LOC")}
    for cand in cands:
        known_org = cand.org is not None or cand.extractor != "spacy-ner"
        # ("The attack on Mocimboa da Praia", tagged a work of art again after "the town of Mocimboa da Praia")
        if cand.label in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART") and not known_org and gz.fold(cand.name) in places:
            cand.label = "GPE"
        elif (  # "a police spokesman for Zamfara", after "Nigeria's Zamfara state": a one-word "person"
            cand.label == "PERSON" and cand.extractor == "spacy-ner" and " " not in cand.name
            and gz.fold(cand.name) in places
        ):  # fmt: skip
            cand.label = "GPE"
    # "forces loyal to Kiir and Machar", tagged one organisation: two persons named before, by their surnames
    surnames = {c.name.split()[-1] for c in cands if c.label == "PERSON" and " " in c.name}
    kept = [
        i for i, c in enumerate(cands)
        if not (c.label == "ORG" and c.extractor == "spacy-ner" and set(c.name.split(" and ")) <= surnames)
    ]  # fmt: skip
    # links are indices into the list: renumber them, or an acronym links to whoever moved into its
    # organisation's place ("ECOWAS" joined to "Nigeria's President Bola Tinubu")
    new_index = {old: new for new, old in enumerate(kept)}
    cands = [cands[i] for i in kept]
    for cand in cands:
        cand.links = [new_index[j] for j in cand.links if j in new_index]
    taken = [(c.start, c.end) for c in cands]
    cands.extend(repeated_name_candidates(doc, [c for c in cands if c.label in ("PERSON", "ORG")], taken))
    persons = [(i, c) for i, c in enumerate(cands) if c.label == "PERSON"]
    cands.extend(appositive_candidates(doc, persons))
    cands.extend(role_descriptions(doc, [(c.start, c.end) for c in cands if c.label in ("PERSON", "ORG")]))

    uf = _Clusters(len(cands))
    by_key: dict[tuple[str, str], int] = {}
    for i, c in enumerate(cands):
        for j in c.links:
            uf.union(j, i)
        if c.role_of is not None:
            uf.union(c.role_of, i)
        if c.label not in ("PERSON", "ROLE"):
            key = _key(c)
            if key in by_key:
                uf.union(by_key[key], i)
            else:
                by_key[key] = i
    _cluster_persons(cands, uf)
    _merge_orgs(cands, uf)
    unlinked = _link_roles(cands, uf, article, doc)
    return _build(cands, uf, unlinked | _lone_capitalised_words(cands, uf, doc))


def _lone_capitalised_words(cands: list[Candidate], uf: _Clusters, doc: Any) -> set[int]:
    """Persons known only by one capitalised word at the start of a sentence ("Gunfire and explosions ...").

    The small model reads such words as names; a real person named by surname alone is almost always
    introduced in full elsewhere in the article, which puts the surname in a larger cluster.
    """
    size = Counter(uf.find(i) for i in range(len(cands)))
    return {
        i
        for i, c in enumerate(cands)
        if c.label == "PERSON"
        and c.extractor == "spacy-ner"
        and size[uf.find(i)] == 1
        and " " not in c.name
        and doc[c.token].is_sent_start
    }


def _build(cands: list[Candidate], uf: _Clusters, unlinked: set[int]) -> tuple[Entity, ...]:
    groups: dict[int, list[int]] = {}
    for i in range(len(cands)):
        if i not in unlinked:
            groups.setdefault(uf.find(i), []).append(i)
    entities: list[tuple[int, Entity]] = []
    for members in groups.values():
        members.sort(key=lambda i: cands[i].start)
        labels = Counter(cands[i].label for i in members if cands[i].label != "ROLE")
        if not labels:
            continue
        keys = [_key(cands[i]) for i in members if cands[i].label not in ("PERSON", "ROLE")]
        country_key = next((k for k in keys if k[0] == "C"), None)
        etype = "PERSON" if "PERSON" in labels else ("GPE" if country_key else labels.most_common(1)[0][0])
        key = country_key or (keys[0] if keys else ("PERSON", ""))
        name = _canonical(cands, members, etype, key)
        mentions = tuple(Mention(cands[i].start, cands[i].end, cands[i].text, cands[i].extractor) for i in members)
        aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != name))
        roles = tuple(dict.fromkeys(t for i in members if (t := cands[i].title)))
        confirmed = any(
            cands[i].org is not None or cands[i].extractor in ("rule:acronym", "rule:dateline", "gazetteer:places")
            for i in members
        )
        if confirmed or country_key:
            confidence = settings.CONFIDENCE_GAZETTEER
        elif len(mentions) > 1:
            confidence = settings.CONFIDENCE_NER_REPEATED
        else:
            confidence = settings.CONFIDENCE_NER_ONLY
        entity = Entity("", name, etype, aliases, mentions, confidence, roles)
        entities.append((mentions[0].start, entity))
    entities.sort(key=lambda pair: pair[0])
    return tuple(
        Entity(f"E{n}", e.name, e.type, e.aliases, e.mentions, e.confidence, e.roles)
        for n, (_, e) in enumerate(entities, start=1)
    )
