"""Cues that a name is a place: the words around it, a list it stands in, a site's lower-case words.

The small model tags many toponyms as persons or organisations, or misses them ("pushed into Bani Suheila",
"the Nuseirat refugee camp", "Kadugli and Dilling"); these predicates let :mod:`newsledger.extract.mentions`
take such a name for a place when the gazetteer has a place of that name *and* the text says place.

Limits: a cue alone is never enough ("in Smith's view" names no town), nor a gazetteer entry alone ("Lyman" may
be a person); a town of under 1,000 people needs two cues.
"""

from __future__ import annotations

import re
from typing import Any

from newsledger import nlp
from newsledger.extract import gazetteer as gz
from newsledger.extract import geo
from newsledger.extract.spelled import MONTH_RE

_LOCATIVE = frozenset({"in", "into", "near", "towards", "toward", "outside", "around"})
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "camp", "suburb", "suburbs", "outskirts", "district", "neighbourhood",
     "neighborhood", "area", "province", "region", "state", "governorate", "oblast", "port", "municipality",
     "commune", "prefecture", "capital"}
)  # fmt: skip
# What is done to a town in war: "the fall of Babanusa", "the siege of El Fasher" (a person is captured too, but
# the name must also be a town of the gazetteer, below).
_TAKEN = frozenset({"fall", "siege", "capture", "recapture", "seizure", "encirclement", "liberation", "shelling"})
_SETTLEMENTS = frozenset({"town", "city", "village", "hamlet", "settlement"})
# Who lives in a town or runs it: "two residents of Kukawa", "the mayor of Kenscoff".
_DWELLERS = frozenset({"resident", "inhabitant", "mayor"})
_PLACE_AFTER = frozenset(
    {"camp", "crossing", "refugee", "border", "checkpoint", "district", "governorate", "province", "state", "region",
     "township", "oblast", "exclave", "enclave"}
)  # fmt: skip
# Skipped between a locative cue and the name: "in western Rakhine state", "into northern Gaza", "in
# neighbouring Tigray".
_NEAR_WORDS = frozenset({"the", "neighbouring", "neighboring", "nearby", "adjacent"})
_COMPASS = re.compile(rf"^{gz.COMPASS}$")


def place_by_context(doc: Any, s: int, e: int, name: str) -> bool:
    """A name the model called a person or an organisation is a place when the gazetteer has a town of that
    name and the words around it say place: "pushed into Bani Suheila", "the suburbs of Abasan", "the
    Nuseirat refugee camp".  Both are needed: "in Smith's view" names no town, and "Lyman" alone may be a
    person."""
    kept = [t for t in doc[max(0, s - 4) : s] if t.lower_ not in _NEAR_WORDS and not _COMPASS.match(t.lower_)]
    before = [t.lower_ for t in kept]
    after = doc[e].lower_ if e < len(doc) else ""
    # "the town of", "several neighbourhoods of", "the fall of"
    noun_of = kept[-2].lemma_.lower() if len(kept) >= 2 else ""
    after_of = (noun_of in PLACE_NOUNS or noun_of in _TAKEN or noun_of in _DWELLERS) and before[-1:] == ["of"]
    cue = bool(before[-1:] and before[-1] in _LOCATIVE) or bool(after_of)
    # "the state capital Kadugli", "the border town Tibu": the name in apposition to a place noun right before it
    cue = cue or (s >= 1 and doc[s - 1].lower_ in PLACE_NOUNS and doc[e - 1].dep_ in ("appos", "pobj", "dobj"))
    # "over Belgorod and Kursk": the conjunct of a place the model did recognise.
    root = doc[e - 1]
    partners = [root.head] if root.dep_ == "conj" else [c for c in root.children if c.dep_ == "conj"]
    # "the Jenin, Tulkarm and Nur Shams camps", "in Kadugli and Dilling": the next item of a list that a
    # recognised place opens; after "and" (which also joins unlike things) only a town of the same country.
    opener = nlp.entity_at(doc, s - 2) if s >= 2 else None
    # (an opener the model also missed counts when a locative cue puts it in the list: "in Oddar Meanchey and
    # Preah Vihear provinces", both tagged organisations)
    placed = opener is not None and (
        opener.label_ in ("GPE", "LOC")
        or (opener.start > 0 and doc[opener.start - 1].lower_ in _LOCATIVE and bool(geo.candidates(opener.text)))
    )
    listed = False
    if s >= 2 and (doc[s - 2].ent_type_ in ("GPE", "LOC") or placed):
        text = opener.text if opener is not None else doc[s - 2].text
        joined = doc[s - 1].lower_ == "and" and _same_country(text, name)
        if doc[s - 1].text == "," or joined:
            partners.append(doc[s - 2])
            listed = placed
    cue = cue or listed or any(p.ent_type_ in ("GPE", "LOC") or gz.is_known_place(p.text) for p in partners)
    # "an RSF attack on Babanusa in West Kordofan": a name placed in a place the model recognised
    cue = cue or (after == "in" and e + 1 < len(doc) and doc[e + 1].ent_type_ in ("GPE", "LOC"))
    # "the villages of Sukhetske and Pankivka": a settlement's own name, which needs no gazetteer to be a place
    # (the model tags such names as peoples or persons); the list it opens counts too.
    first = doc[root.head.i] if root.dep_ == "conj" else root
    of = first.head if first.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _SETTLEMENTS and doc[s].is_title:
        return True
    if before[-1:] and before[-1] in _MOTION and _town_of_story(doc, name):
        return True  # "fled to Beledweyne", "arrived from Mahas" in a Somalia story
    if after in ("village", "township", "area", "valley", "pass") and all(t.is_title for t in doc[s:e]):
        return True  # "in Lin Ta Lu village", "the mountainous Bolan area": a place's own name, as in "the village of"
    if not (cue or after in _PLACE_AFTER):
        return False
    if cue and before[-1:] == ["in"] and _town_of_story(doc, name, population=0):
        return True  # "shelling homes in Spin Boldak" in a story naming Afghanistan: GeoNames gives no population
    # Both cues at once ("into the Spin Boldak district") vouch for a town GeoNames gives no population.
    both = cue and after in _PLACE_AFTER
    return any(r.kind not in ("country", "sea") and (r.population >= 1000 or r.geonameid is None or both)
               for r in geo.candidates(name))  # fmt: skip


# "from" and "to" start a place as often as a person ("a letter from Smith", "spoke to Hassan"): a town only
# when it is one of a country the story names, and the name is never part of a person's name in it.
_MOTION = frozenset({"from", "to"})
_STORY_TOWN_POPULATION = 5000


def _town_of_story(doc: Any, name: str, population: int = _STORY_TOWN_POPULATION) -> bool:
    countries = {c for ent in doc.ents if ent.label_ in ("GPE", "NORP") and (c := gz.country_of(ent.text))}
    if not countries or any(ent.label_ == "PERSON" and name in ent.text and ent.text != name for ent in doc.ents):
        return False
    return any(
        r.kind in ("city", "town") and r.country in countries and r.population >= population
        for r in geo.candidates(name)
    )


DIVISION_WORDS = frozenset(
    {"state", "province", "region", "oblast", "governorate", "county", "district", "city", "prefecture", "parish"}
)


def _same_country(place: str, name: str) -> bool:
    """Whether some town or province called `name` lies in a country some place called `place` lies in."""
    countries = {r.country for r in geo.candidates(place)}
    # towns or provinces: "in Kadugli and Dilling", "in Oddar Meanchey and Preah Vihear provinces"
    return any(r.country in countries for r in geo.candidates(name) if r.kind in ("city", "town", "region"))


def feature(name: str) -> bool:
    """ "Ramree Island", "Naf River": a name of two words or more that ends in a natural feature's word."""
    key = gz.fold(name)
    return " " in key and any(key.endswith(w) for w in gz.name_endings("feature_words.txt"))


def site_words(doc: Any, e: int, k: int, name: str) -> bool:
    """Whether the `k` lower-case nouns after a name complete a site's name in the gazetteer."""
    after = doc[e : e + k]
    return (
        e + k <= len(doc) and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in after)
        and after[-1].pos_ == "NOUN" and after[0].lower_ not in DIVISION_WORDS
        and gz.fold(f"{name} {after.text}") in geo.index()
    )  # fmt: skip


def division_read_as_date(ent: Any) -> bool:
    """ "fighting in Amhara", "in Amhara between July and September": the small model tags some provinces
    DATE (a capitalised proper noun that the gazetteer knows as a division, first in the span, alone, before a
    preposition or before a deictic time: "the province of Hadramout this week")."""
    first = ent[0]
    if ent.label_ not in ("DATE", "TIME") or first.pos_ != "PROPN" or not first.text.istitle():
        return False
    doc = ent.doc
    # "near the town of Mahaday": a settlement's own name, whatever the gazetteer knows, and never a date's word
    settlement = (
        len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lemma_.lower() in _SETTLEMENTS and not A_DATE_WORD.fullmatch(first.lower_)
    )  # fmt: skip
    # ("in Niger state days after the Kebbi abduction": the division's word, then the time)
    divided = len(ent) > 2 and ent[1].lower_ in DIVISION_WORDS and ent[2].lemma_.lower() in _TIME_WORDS
    return settlement or (
        (len(ent) == 1 or ent[1].pos_ == "ADP" or ent[1].lower_ in _DEICTIC or divided) and geo.is_division(first.text)
    )


_TIME_WORDS = frozenset({"day", "week", "month", "year", "hour", "earlier", "later", "ago"})


# The words a one-word date is: "of Monday", "of March", "of Christmas".
# The month's pattern is the normaliser's own, so "Decatur" or "Marawi" is no month.
A_DATE_WORD = re.compile(rf"{MONTH_RE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|easter|ramadan|eid")
# Words that open a time said from the day of writing: "this week", "last month", "earlier this year".
_DEICTIC = frozenset({"this", "last", "next", "earlier", "later", "early", "late", "overnight", "yesterday",
                      "today", "tomorrow"})  # fmt: skip


_PAIRED = re.compile(
    r"^(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central) (?:and|&) "
    r"(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central) (.+)$"
)


def paired_places(name: str) -> tuple[str, str, int] | None:
    """ "North and South Kivu": two places sharing their last word, as ("North Kivu", "South Kivu", offset of
    "South" in `name`), when the gazetteer knows both; None otherwise."""
    m = _PAIRED.match(name)
    if m is None:
        return None
    first, second = f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"
    return (first, second, m.start(2)) if geo.candidates(first) and geo.candidates(second) else None


# What follows the first word of "West and Central Darfur": the second place, a compass word and a name.
_SECOND_OF_PAIR = re.compile(r" (?:and|&) ([A-Z][a-z]+ [A-Z][\w'-]+)")


def pair_continued(text: str, word: str, end: int) -> tuple[str, str, int, int] | None:
    """ "West and Central Darfur", where the model tagged "West" alone (ending at `end` in `text`): the two
    places ("West Darfur", "Central Darfur") and the offsets of the second, when the gazetteer knows both."""
    m = _SECOND_OF_PAIR.match(text, end)
    pair = paired_places(f"{word} and {m.group(1)}") if m is not None else None
    return (pair[0], pair[1], m.start(1), m.end(1)) if pair is not None and m is not None else None


def hyphened_towns(name: str) -> tuple[str, str, int] | None:
    """ "the Chaman-Spin Boldak crossing": two towns joined by a hyphen, as (first, second, offset of the second
    in `name`), when the gazetteer knows each as a town and not the whole ("Ivano-Frankivsk",
    "Port-au-Prince" are one place); None otherwise.  Countries are left joined ("the Russia-Ukraine war")."""
    if name.count("-") != 1 or gz.is_known_place(name) or geo.candidates(name):
        return None
    first, second = name.split("-")
    if len(first) < 3 or len(second) < 3 or not first[0].isupper() or not second[0].isupper():
        return None
    kinds = [{r.kind for r in geo.candidates(part)} for part in (first, second)]
    towns = all(k & {"city", "town"} and "country" not in k for k in kinds)
    return (first, second, len(first) + 1) if towns else None
