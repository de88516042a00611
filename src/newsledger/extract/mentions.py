"""Candidate entity mentions: spaCy NER spans, trimmed and relabelled, plus rule and gazetteer mentions.

Sources, each named in the mention's `extractor`:
- ``spacy-ner``: the model's spans, without leading "the", trailing "'s" and person titles;
- ``rule:title``: a person's name together with the title written before it ("Foreign Secretary David Lammy");
- ``rule:appositive``: a role description set beside a name by commas ("Kyrylo Budanov, Ukraine's military
  intelligence chief,"), and ``rule:role`` one with no name beside it (both in :mod:`.role_mentions`);
- ``rule:acronym``: an abbreviation defined in brackets ("World Food Programme (WFP)");
- ``rule:dateline``: the place of the wire dateline ("KYIV, March 12 (Reuters) -");
- ``rule:paired``: the first of two places written with one shared word ("North" of "North and South Kivu");
- ``gazetteer:orgs``: a known organisation form the model missed ("UNHCR", "U.N. refugee agency").

The gazetteer, acronym and dateline mentions and the place names the model missed are made in
:mod:`.rule_mentions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from newsledger import nlp
from newsledger.extract import gazetteer as gz
from newsledger.extract import geo
from newsledger.extract.toponyms import (
    PLACE_NOUNS,
    feature,
    hyphened_towns,
    pair_continued,
    paired_places,
    place_by_context,
    site_words,
)

KEEP_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVE = re.compile(r"\s*['’]s?$")
# A name glued to a participle, which the tokenizer keeps as one word: "U.S.-led", "Iran-backed".
_LED = re.compile(
    r"(.+?)-(?:led|backed|brokered|based|sponsored|funded|allied|aligned|drafted|mediated|run|controlled)"
)
_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
                    "EET", "EEST", "JST", "KST", "IST"})  # fmt: skip
# The prefix navies give their ships' names: "USS Gerald R. Ford", "HMS Prince of Wales", "INS Vikrant".
_SHIP = re.compile(r"(?:USS|USNS|HMS|HMCS|HMAS|HMNZS|INS|RFS|FS|TCG|ROKS|JS)\s+[A-Z]")
ACRONYM_AFTER = re.compile(r"^\s*\((?P<acr>[A-Z][A-Za-z.&-]{1,11})\)")
# Role descriptions that say nothing about which person is meant.
GENERIC_ROLES = frozenset(
    {"official", "officer", "activist", "analyst", "journalist", "correspondent", "reporter", "lawmaker", "mp"}
)


@dataclass
class Candidate:
    """A mention while the article is being read; becomes a records.Mention once clustered."""

    start: int
    end: int
    text: str
    label: str
    extractor: str
    name: str  # the name part ("David Lammy" of "Foreign Secretary David Lammy")
    title: str | None = None
    country: str | None = None  # ISO2 the title or description belongs to
    government_of: str | None = None  # ISO2 when a capital stands for its government
    org: gz.KnownOrg | None = None
    role_of: int | None = None  # index of the person candidate an appositive describes
    token: int = -1  # index of the mention's head token in the doc
    links: list[int] = field(default_factory=list)


def trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Token bounds without leading determiners and trailing possessives, punctuation, numbers or conjunctions
    ("J. Russell 56" in a results table is the name "J. Russell"; "the Artibonite and" is "Artibonite")."""
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ in ("POS", "CD", "CC") or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


# Lower-case words inside Romance and Arabic place names: "Mocímboa da Praia", "Norte de Santander".
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "la", "el", "al", "du", "des", "di"})


def widen(doc: Any, start: int, end: int) -> tuple[int, int]:
    """A toponym the model cut short, grown to the gazetteer name it is part of: "Praia" of "Mocímboa da Praia",
    "Santander" of "Norte de Santander", "Si Sa" of "Si Sa Ket".  Only capitalised words and name particles
    outside any other entity are taken, only when the longer name is itself in the gazetteer, and to the right
    only when the name found is not (a place name is followed by other names far more often than preceded)."""

    def part(tok: Any) -> bool:
        if tok.ent_type_ or tok.is_punct or tok.lower_ in _DETERMINERS:
            return False
        return tok.text[:1].isupper() or tok.lower_ in _NAME_PARTICLES

    def known(s: int, e: int) -> bool:
        return gz.fold(doc[s:e].text) in geo.index()

    # "Ivano" of "Ivano-Frankivsk", "Guinea" of "Guinea-Bissau": the hyphen the tokenizer split the name at
    def joined(left: int) -> bool:  # a hyphen at `left` + 1, with no space on either side
        return doc[left + 1].text == "-" and not doc[left].whitespace_ and not doc[left + 1].whitespace_

    if end + 1 < len(doc) and joined(end - 1) and doc[end + 1].text[:1].isupper() and known(start, end + 2):
        return start, end + 2
    if start >= 2 and joined(start - 2) and doc[start - 2].text[:1].isupper() and known(start - 2, end):
        return start - 2, end
    for n in (3, 2, 1):
        s = start - n
        if s >= 0 and all(part(t) for t in doc[s:start]) and doc[s].text[:1].isupper() and known(s, end):
            start = s
            break
    if known(start, end):
        return start, end  # "Dublin City Council" is the Dublin the model found, not Ireland's "Dublin City"
    for n in (2, 1):
        e = end + n
        if e <= len(doc) and all(part(t) for t in doc[end:e]) and doc[e - 1].text[:1].isupper() and known(start, e):
            return start, e
    return start, end


def _titled_name(doc: Any, start: int, end: int) -> bool:
    """Two or three capitalised words after a title ("envoy", "Foreign Minister") that name no organisation the
    gazetteer knows and end in no office word: a person's name.  The title may open the span itself: "General
    Sylvain Ekenge", tagged an organisation."""
    if end - start >= 3 and doc[start].lower_ in gz.title_words()[1] and _titled_name(doc, start + 1, end):
        return True
    words = doc[start:end]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words):
        return False
    folded = gz.fold(words.text)
    if folded in gz.org_by_fold() or any(f" {folded}".endswith(w) for w in gz.name_endings("office_words.txt")):
        return False
    if any(t.lower_ in gz.sector_words() for t in words) or words[-1].lower_ in _BODY_NOUNS:
        return False  # "the official National News Agency": a body, whatever word stands before it
    return _title_before(doc, start)[0] < start


# The last word of a body's name, never of a person's.
_BODY_NOUNS = frozenset(
    {"agency", "ministry", "council", "committee", "commission", "office", "bank", "fund", "network",
     "association", "union", "party", "front", "movement", "institute", "court", "authority", "department",
     "bureau", "programme", "program", "service", "corporation"}
)  # fmt: skip


def _title_before(doc: Any, start: int) -> tuple[int, str | None]:
    """Token index where a title written before a name begins, and the country it names, if any.

    Walks left over title words ("Foreign", "Secretary"), nationality adjectives ("British"), and a possessive
    country ("Britain's"); keeps the walk only if it took in a head title word.
    """
    words, heads = gz.title_words()
    i = start
    country = None
    seen_head = False
    while i > 0:
        tok = doc[i - 1]
        low = tok.lower_
        if low in words and not (low in ("of", "the") and i == start):
            seen_head = seen_head or low in heads
            i -= 1
        elif tok.tag_ == "POS" and i >= 2 and gz.country_of(doc[i - 2].text):
            country = gz.country_of(doc[i - 2].text)
            i -= 2
        elif tok.ent_type_ in ("NORP", "GPE") and gz.country_of(tok.text) and tok.is_title:
            country = country or gz.country_of(tok.text)
            i -= 1
        else:
            break
    while i < start and doc[i].lower_ in ("of", "the", "'s", "’s", "and"):
        i += 1
    return (i, country) if seen_head and i < start else (start, None)


def _names_org(doc: Any, org: gz.KnownOrg) -> bool:
    """Whether the text names the organisation by one of its forms."""
    text = nlp.text_of(doc)
    return any(re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", text) for form in (org.name, *org.forms))


def government_of_place(doc: Any, token_index: int, text: str) -> str | None:
    """ISO2 when a capital acts (subject, possessor, agent): "Moscow said", "Kyiv's forces"."""
    iso = gz.country_by_capital().get(gz.fold(text))
    if iso is None:
        return None
    tok = doc[token_index]
    dep = tok.dep_ if tok.dep_ != "conj" else tok.head.dep_
    if dep == "poss" and tok.head.lemma_.lower() in _OF_THE_CITY:
        return None  # "struck Beirut's southern suburbs", "Kyiv's residents": the city itself
    if dep == "dobj" and tok.head.lemma_ in _ADDRESS_A_GOVERNMENT:
        return iso  # "Islamabad accuses Kabul of sheltering militants", "urged Moscow to": the government
    if dep == "pobj" and tok.head.lower_ in ("with", "between") and tok.head.head.lemma_.lower() in _DEALINGS:
        return iso  # "suspended intelligence sharing with Washington", "talks with Moscow": the government
    if dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _OF_A_GOVERNMENT:
        return iso  # "acting as a tool of Washington", "at the behest of Moscow": the government
    return iso if dep in ("nsubj", "nsubjpass", "poss", "agent", "csubj") else None


# What one has with a government, not with a city: "talks with Moscow", "ties with Washington".
_DEALINGS = frozenset(
    {"talk", "talks", "negotiation", "negotiations", "negotiate", "tie", "ties", "relation", "relations", "sharing",
     "cooperation", "cooperate", "deal", "agreement", "dialogue", "contact", "contacts", "trade", "pact", "accord",
     "treaty", "truce", "ceasefire", "alliance", "partnership", "dispute", "row", "standoff", "rift", "tension",
     "tensions"}
)  # fmt: skip


# Nouns whose "of" names whom one acts for or bows to: "a tool of Washington", "under pressure of Moscow".
_OF_A_GOVERNMENT = frozenset(
    {"tool", "proxy", "puppet", "agent", "ally", "behest", "pressure", "demand", "policy", "position", "stance",
     "decision", "request", "bidding", "order", "orders", "instruction", "instructions", "envoy", "ultimatum"}
)  # fmt: skip


# Verbs whose object is a party addressed or judged, never a place struck or visited.
_ADDRESS_A_GOVERNMENT = frozenset(
    {"accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize", "sanction", "threaten", "pressure",
     "recognise", "recognize", "rebuke", "summon", "thank", "praise", "ask", "invite", "call"}
)  # fmt: skip


# What a city's possessive names of the city itself, not of its government.
_OF_THE_CITY = PLACE_NOUNS | frozenset(
    {
        "street",
        "centre",
        "center",
        "airport",
        "resident",
        "people",
        "hospital",
        "skies",
        "sky",
        "mayor",
        "edge",
        # sites of the city: "Kyiv's Maidan Square", "Antananarivo's 13 May Square"
        "square",
        "market",
        "park",
        "bridge",
        "station",
        "stadium",
        "mosque",
        "church",
        "cathedral",
        "university",
        "metro",
        "harbour",
        "harbor",
        "museum",
        "building",
        "avenue",
        "boulevard",
        "road",
        "neighbourhoods",
        "districts",
        "streets",
    }
)


# The words of a surname before its capitalised part: "Ursula von der Leyen", "Ruud van den Berg".
_SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "ter", "ten", "zu", "vom", "la", "le", "du"})


def _surname_rest(doc: Any, prev: tuple[int, int, str], ent: Any) -> bool:
    """Whether `ent` is the last part of a surname whose particles the model left with the first name or
    between the two: "Ursula von" + (der) + "Leyen", which it tags a place."""
    if prev[2] != "PERSON" or len(ent) != 1 or not ent[0].is_title:
        return False
    gap = doc[prev[1] : ent.start]
    tail = doc[prev[0] : prev[1]][-1]
    return all(t.lower_ in _SURNAME_PARTICLES for t in gap) and (
        (tail.lower_ in _SURNAME_PARTICLES and tail.is_lower) or (len(gap) > 0 and gap[0].lower_ in ("von", "van"))
    )


def _first_name_left_out(doc: Any, start: int) -> bool:
    """Whether the capitalised word before a person's name is the first part of it, cut off by the model: one
    outside any entity, no title itself, right after a lower-case title ("Junta chief Min Aung Hlaing")."""
    if start < 2:
        return False
    word, before = doc[start - 1], doc[start - 2]
    titles, heads = gz.title_words()
    return (
        word.pos_ == "PROPN" and word.is_alpha and word.is_title and len(word) >= 2 and not word.ent_type_
        and word.lower_ not in titles and word.lower_ not in heads and word.whitespace_ != ""
        and before.is_lower and before.lower_ in heads  # (after a title's head word only: a weaker test cost
        # CoNLL and WorldWide a little person F1)
    )  # fmt: skip


def _surname_left_out(doc: Any, ent: Any) -> bool:
    """Whether the capitalised word after a two-word person's name is its last part, cut off by the model: outside
    any entity, before a comma or a verb, with the name right after a lower-case title ("Opposition leader Maria
    Corina Machado, who ...").  As narrow as its twin `_first_name_left_out`, for the same reason."""
    if len(ent) != 2 or ent.start < 1 or ent.end + 1 >= len(doc):
        return False
    word, after, before = doc[ent.end], doc[ent.end + 1], doc[ent.start - 1]
    heads = gz.title_words()[1]
    return (
        word.pos_ == "PROPN" and word.is_alpha and word.is_title and not word.ent_type_ and word.lower_ not in heads
        and (after.text == "," or after.pos_ in ("VERB", "AUX")) and before.is_lower and before.lower_ in heads
    )  # fmt: skip


def _merged_ents(doc: Any) -> list[tuple[int, int, str]]:
    """NER spans, with a person split in two by the model joined again ("Mohammed bin Abdulrahman" +
    "Al Thani", "Ursula von" + "der Leyen"); a name opening with "Von der" or "Van" is a person's surname."""
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        prev = spans[-1] if spans else None
        if (prev and ent.label_ == "PERSON" and prev[2] == "PERSON" and prev[1] == ent.start) or (
            prev and _surname_rest(doc, prev, ent)
        ):
            spans[-1] = (prev[0], ent.end, "PERSON")
        elif len(ent) >= 2 and ent[0].lower_ in ("von", "van") and ent[1].lower_ in _SURNAME_PARTICLES | {"t"}:
            spans.append((ent.start, ent.end, "PERSON"))  # "Von der Leyen said", tagged an organisation
        elif ent.label_ == "PERSON" and _first_name_left_out(doc, ent.start):
            spans.append((ent.start - 1, ent.end, "PERSON"))  # "Junta chief Min Aung Hlaing", tagged "Aung Hlaing"
        elif ent.label_ == "PERSON" and _surname_left_out(doc, ent):
            spans.append((ent.start, ent.end + 1, "PERSON"))  # "Opposition leader Maria Corina Machado", tagged
            # "Maria Corina"
        elif prev and prev[2] == "ORG" and ent.label_ == "GPE" and prev[1] == ent.start and _is_branch(doc, prev, ent):
            spans[-1] = (prev[0], ent.end, "ORG")  # "Amnesty International Kenya": the country branch
        else:
            spans.append((ent.start, ent.end, ent.label_))
    return spans


def _is_branch(doc: Any, org: tuple[int, int, str], place: Any) -> bool:
    """An organisation name directly followed by a country it modifies is that organisation's branch."""
    return len(place) == 1 and any(
        doc[i].head.i == place.start and doc[i].dep_ == "compound" for i in range(org[0], org[1])
    )


def ner_candidates(doc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    for ent_start, ent_end, label in _merged_ents(doc):
        if label not in KEEP_LABELS:
            continue
        s, e = trim(doc, ent_start, ent_end)
        if s >= e:
            continue
        title_start, country = (s, None)
        if s > 0 and _SHIP.match(f"{doc[s - 1].text} {doc[s].text}"):
            s -= 1  # "HMS Duncan", the model's span the name alone
        if _SHIP.match(doc[s:e].text):
            label = "PRODUCT"  # "the aircraft carrier USS Gerald R. Ford", tagged a person: a vessel
        if label == "ORG" and _titled_name(doc, s, e):
            label = "PERSON"  # "U.S. envoy Morgan Ortagus", tagged ORG by the small model
        if label == "PERSON":
            words, _heads = gz.title_words()
            while s < e - 1 and doc[s].lower_ in words:  # a title inside the NER span
                s += 1
            title_start, country = _title_before(doc, s)
        name_span = doc[s:e]
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in name_span):
            continue  # "the health ministry": a description, not a name
        name = _POSSESSIVE.sub("", name_span.text)
        extra = next((k for k in (2, 1) if site_words(doc, e, k, name)), 0)
        if extra:
            # "the Philadelphi corridor", "the Jenin refugee camp": the model tags the name alone (as a people
            # or a group); with its lower-case words it is a site the gazetteer knows.  ("the Donetsk region" and
            # "Washington state" stay the place and a word the context reads.)
            e = e + extra
            label = label if label in ("GPE", "LOC", "FAC") else "FAC"
            name_span = doc[s:e]
            name = name_span.text
        if (
            (label in ("PERSON", "ORG", "NORP") and gz.is_known_place(name))
            or (label in ("PERSON", "ORG") and gz.fold(name) in gz.listed_regions())  # "peacekeepers to Karabakh"
        ) or (
            label in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")
            and (place_by_context(doc, s, e, name) or feature(name))
        ):
            label = "GPE"  # the small model calls some toponyms persons, organisations, products or even titles
            # ("the town of Mocimboa da Praia", tagged a work of art)
        if label in ("PERSON", "GPE", "NORP", "FAC", "LOC") and (
            gz.org_forms().get(name) or (" " in name and gz.org_by_fold().get(gz.fold(name)))
        ):
            label = "ORG"  # "Al Shabaab said": a listed form in other capitals (one word must match exactly: "WHO");
            # "the Gulf Clan", tagged a facility
        demonym = gz.country_by_demonym().get(gz.fold(name).removesuffix("s"))
        if label in ("ORG", "PERSON", "GPE") and demonym and gz.fold(gz.countries()[demonym].name) != gz.fold(name):
            label = "NORP"  # "Pakistanis", "Afghans"; but "Myanmar" is the country's name as well as its people's
        if (label in ("PERSON", "ORG") or (label == "GPE" and not gz.is_known_place(name))) and (
            name.split()[-1].lower() in gz.peoples()
        ):
            label = "NORP"  # "Druze fighters", "Sunni Bedouin tribes", "Baloch political prisoners": a people
        if e - s == 1 and doc[s].lower_ in gz.title_words()[0]:
            continue  # "Caretaker" at the start of a sentence is a title word, not a name
        if name in _ZONES:
            continue  # "(2240 GMT Thursday)": a time zone, which the model tags as an organisation
        if (led := _LED.fullmatch(name)) is not None and e - s == 1:
            # "the U.S.-led committee", one token: the country that leads, or nothing
            if gz.country_by_name().get(gz.fold(led.group(1))) is None:
                continue
            first = doc[s].idx
            prefix = led.group(1)
            out.append(Candidate(first, first + len(prefix), prefix, "GPE", "spacy-ner", prefix, token=s))
            continue
        span = doc[title_start:e]
        cand = Candidate(
            start=span.start_char,
            end=span.start_char + len(_POSSESSIVE.sub("", span.text)),
            text=_POSSESSIVE.sub("", span.text),
            label=label,
            extractor="rule:title" if title_start < s else "spacy-ner",
            name=name,
            title=doc[title_start:s].text if title_start < s else None,
            country=country,
            token=name_span.root.i,
        )
        if label in ("GPE", "LOC") and (widened := widen(doc, s, e)) != (s, e):
            s, e = widened
            span = doc[s:e]
            cand.start, cand.end, cand.text, cand.name = span.start_char, span.end_char, span.text, span.text
        if label == "GPE":
            cand.government_of = government_of_place(doc, name_span.root.i, name)
            seated = gz.seats().get(gz.fold(name))
            if cand.government_of and seated and _names_org(doc, seated):
                # "Brussels has frozen part of its funding" in a story about the EU: the EU, not Belgium
                cand.label, cand.government_of, cand.org, cand.name = "ORG", None, seated, seated.name
        if label in ("GPE", "LOC", "FAC") and (pair := hyphened_towns(cand.text)) is not None:
            first, second, at = pair  # "the Chaman-Spin Boldak crossing": both towns
            out.append(replace(cand, end=cand.start + len(first), text=first, name=first, label="GPE",
                               extractor="rule:paired", government_of=None))  # fmt: skip
            cand = replace(cand, start=cand.start + at, text=second, name=second, label="GPE", government_of=None)
        elif label in ("GPE", "LOC") and (pair := paired_places(cand.text)) is not None:
            # "North and South Kivu provinces": two divisions, the first named by its word alone
            first, second, at = pair
            word = cand.text.split(" ", 1)[0]
            out.append(
                replace(
                    cand, end=cand.start + len(word), text=word, name=first, extractor="rule:paired", government_of=None
                )
            )
            cand = replace(cand, start=cand.start + at, text=cand.text[at:], name=second, government_of=None)
        out.append(cand)
    text = nlp.text_of(doc)  # (built once: Doc.text joins every token again on each call)
    for i, a in enumerate(list(out)):
        # "West and Central Darfur", tagged "West" (and "Central Darfur", or not at all)
        found = pair_continued(text, a.text, a.end) if a.label in ("GPE", "LOC") else None
        span = doc.char_span(found[2], found[3]) if found is not None else None
        if found is None or span is None:
            continue
        out[i] = replace(a, name=found[0], extractor="rule:paired", government_of=None)
        if not any(c.start == span.start_char for c in out):
            out.append(replace(a, start=span.start_char, end=span.end_char, text=span.text, name=found[1],
                               token=span.root.i, extractor="rule:paired", government_of=None))  # fmt: skip
    return sorted(out, key=lambda c: c.start)


# Lower-case joints inside Arabic names, written with a hyphen before the next name: "Mahdi al-Mashat".
_ARTICLE_JOINTS = frozenset({"al", "el", "ad", "ash", "as", "bin", "ibn", "abu", "bint"})


def _propn_runs(doc: Any) -> list[tuple[int, int]]:
    """Runs of 2-4 capitalised proper nouns outside any NER span (names the model missed); an Arabic article
    joined by a hyphen to the next name ("al-Mashat") is part of the run and does not count as a word."""

    def free(k: int) -> bool:
        tok = doc[k]
        return bool(tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_)

    def joint(k: int) -> bool:  # "al" "-" Name, read only where a run would end
        return k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k].lower_ in _ARTICLE_JOINTS and free(k + 2)

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if free(i):
            j, words = i + 1, 1
            while j < len(doc):
                if free(j):
                    j, words = j + 1, words + 1
                elif joint(j):
                    j, words = j + 3, words + 1
                else:
                    break
            if 2 <= words <= 4:
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def missed_person_candidates(doc: Any) -> list[Candidate]:
    """Names the model missed that a title before them or a role after them marks as persons."""
    words, _heads = gz.title_words()
    out: list[Candidate] = []
    for s, e in _propn_runs(doc):
        while s < e - 1 and doc[s].lower_ in words:  # "Secretary David Lammy": the title is not the name
            s += 1
        if e - s < 2:
            continue
        title_start, country = _title_before(doc, s)
        followed = e < len(doc) - 1 and doc[e].text == "," and role_after(doc, e) is not None
        if title_start == s and not followed:
            continue
        span = doc[title_start:e]
        out.append(
            Candidate(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label="PERSON",
                extractor="rule:title" if title_start < s else "rule:name",
                name=doc[s:e].text,
                title=doc[title_start:s].text if title_start < s else None,
                country=country,
                token=e - 1,
            )
        )
    return out


# 'Ismael "El Mayo" Zambada', 'Mohamed Hamdan "Hemedti" Dagalo': a nickname in quotation marks inside a name.
_NAME_WORD = r"[A-Z][\w'’.-]+"
_NICKNAMED = re.compile(
    rf"\b({_NAME_WORD}(?: {_NAME_WORD}){{0,3}}) "  # the first names, a title perhaps among them
    rf"[\"“]([A-Z][\w'’.-]*(?: [\w'’.-]+){{0,2}})[\"”] "  # the nickname
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"  # the surname, without the full stop that may end the sentence
)


def nickname_candidates(doc: Any, text: str) -> list[Candidate]:
    """Persons written with a nickname in quotation marks between their names; the model cuts them into pieces
    (an organisation "El Mayo", a work of art "Zambada").  The name is the names around the nickname, the
    title before them kept apart ("Sudanese General Mohamed Hamdan ..." is Mohamed Hamdan Dagalo)."""
    words, _heads = gz.title_words()
    out: list[Candidate] = []
    for m in _NICKNAMED.finditer(text):
        first = m.group(1).split()
        titled = 0
        while titled < len(first) - 1 and first[titled].lower() in words:
            titled += 1
        if titled == len(first) - 1 and first[-1].lower() in words:
            continue
        start = m.start(1) + len(" ".join(first[:titled])) + (1 if titled else 0)
        name = " ".join([*first[titled:], m.group(3)])
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None or gz.is_known_place(m.group(3)):
            continue
        out.append(Candidate(start, m.end(), text[start : m.end()], "PERSON", "rule:nickname", name, token=span[-1].i))
    return out


def repeated_name_candidates(doc: Any, named: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Later bare uses of a known person's surname that the model did not tag ("Budanov gave no details"), and
    of an organisation's acronym ("CAPSAT, the same unit that ..., joined the protesters")."""
    surnames = {p.name.split()[-1] for p in named if p.label == "PERSON" and len(p.name.split()) >= 2}
    acronyms = {
        o.name for o in named if o.label == "ORG" and len(o.name) >= 3 and o.name.isupper() and o.name.isalpha()
    }
    out: list[Candidate] = []
    for tok in doc:
        if tok.text not in surnames and tok.text not in acronyms:
            continue  # (checked first: the overlap test below is slow, and most words are neither)
        if any(s < tok.idx + len(tok) and tok.idx < e for s, e in taken):
            continue
        if tok.text in surnames:
            out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "PERSON", "rule:name", tok.text, token=tok.i))
        elif tok.text in acronyms:
            out.append(Candidate(tok.idx, tok.idx + len(tok), tok.text, "ORG", "rule:name", tok.text, token=tok.i))
    return out


def is_role_head(tok: Any) -> bool:
    _words, heads = gz.title_words()
    return tok.tag_ in ("NN", "NNP") and tok.lower_ in heads and tok.lower_ not in GENERIC_ROLES


def role_after(doc: Any, comma: int) -> tuple[int, int] | None:
    """A role phrase right after `comma`, up to the next punctuation ("..., a spokesman for the ministry,")."""
    start = comma + 1
    end = start
    while end < len(doc) and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX", "PRON"):
        end += 1
    if end == start or end >= len(doc) or not doc[end].is_punct:
        return None
    heads = [t for t in doc[start:end] if is_role_head(t)]
    if not heads or doc[start].lower_ in ("who", "which", "whose"):
        return None
    # The role noun must come before any preposition: "a spokesman for the ministry", not "the head of X".
    first_prep = next((t.i for t in doc[start:end] if t.tag_ == "IN"), end)
    return (start, end) if heads[0].i < first_prep else None
