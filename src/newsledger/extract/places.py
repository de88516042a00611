"""Places: each toponym entity of the article resolved to a GeoNames (or supplement) record with coordinates.

Method: the place entities (GPE, LOC, FAC) of the entity extractor are resolved by :func:`geo.resolve` in the
article's context: the countries it names, the dateline's country, the provinces and states it names (a name
that is both, like "Georgia", once read in context), the other toponyms it names (a reading near them wins; an
office or site named after a county, "Henderson County Jail", counts as the county), and a qualifier written
right after the name ("Paris, Texas") or as its possessor ("Indian Kashmir's Poonch district"), but not the next
item of a list ("Azerbaijan, Georgia, Iraq"), whose neighbours say instead whether a country or a state is meant.
A name the article calls a province or a state once ("the province of Ontario", "Washington state") is that
division wherever else it stands, unless the reading chosen lies inside it (a city in its own province).  A site the
gazetteer lacks but that is named after a county or a town the article names ("Anderson County Courthouse") is
placed there, as a site with no GeoNames id.  A state's office or college ("Georgia Bureau of Investigation",
"University of Kentucky") names its state.  A name used as a community's ("Jordan police", "a Berea man") prefers
a town to a country or province of that name.  Street addresses ("6016 Dublin Road") are not evidence about the
town a street is named after.  A country entity's mentions that name its government by
the capital ("Moscow said") are left out of the place's mentions: they are not uses of the toponym.

Limits: toponyms the entity extractor missed are not places; unknown names are kept with no coordinates and a
low confidence rather than guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.extract import geo, regions
from newsledger.extract.context import (
    DIVISION_AFTER,
    DIVISION_BEFORE,
    PLACE_TYPES,
    STANDALONE,
    STATE_AFTER,
    article_context,
    division_cue,
    is_street,
)
from newsledger.records import Article, Entity, Mention, Place

EXTRACTOR = "places"
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
# A list goes on before the toponym ("Azerbaijan, Georgia") or after its would-be qualifier ("Georgia, Iraq, Iran";
# "China, Japan, and the United Kingdom"; "Georgia, Oklahoma and Ohio").
_LIST_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_LIST_AFTER = re.compile(r"^\s*(?:,|,? (?:and|or) (?:the )?[A-Z])")
# The items next to a toponym in a list, after it and before it.
_ITEM = r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
_NEXT_ITEM = re.compile(r"^(?:,\s*|,? (?:and|or) )(?:the )?" + _ITEM)
_PREVIOUS_ITEM = re.compile(_ITEM + r"(?:,\s*|,? (?:and|or) )(?:the )?$")
_LIST_KINDS = frozenset({"country", "region"})
_OFFICE_KINDS = frozenset({"country", "region", "city", "capital", "county", "district"})
# "Bratske in the Dnipropetrovsk region", "a village in eastern Donetsk province".
_IN_DIVISION = re.compile(  # "Nyabibwe in South Kivu province", "Mwenga territory in South Kivu province"
    r"^(?:\s+(?:territory|district|county|village|town|area|locality|chiefdom))?"
    rf",?\s+in (?:the )?(?:(?:{gz.COMPASS}|neighbou?ring|nearby|adjacent)\s+)?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (region|province|oblast|state|governorate|district|county|township|"
    r"territory|municipality|commune)\b"
)
# Divisions named after their main town, which the gazetteer has as the town: "Kanbalu township", "Kalehe territory".
_TOWN_DIVISIONS = frozenset({"township", "territory", "municipality", "commune"})
_DIVISIONS = frozenset({"region", "county", "district"})
_GOVERNOR_AFTER = re.compile(r"^(?:['’]s)? (?:regional |provincial )?[Gg]overnor\b")
_TOWN_KINDS = frozenset({"city", "town", "capital", "region", "county", "district"})
# "Poonch district of Indian-administered Kashmir", "the Hasakah province of Syria": the division's state.
# Kinds no country contains: a qualifier that seems to put one in a country is a list or a misreading.
_UNCONTAINED = frozenset({"country", "continent", "sea"})
_DIVISION_OF = re.compile(
    r"^ (?:district|province|region|county|governorate|state|department) of (?:the )?"
    r"([A-Z][\w'’]+(?:-[a-z]+)?(?: [A-Z][\w'’-]+)?)"
)
_POSSESSOR = re.compile(r"([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)['’]s\s+$")
# "the eastern Donetsk region", "the Odesa, Dnipropetrovsk and Chernihiv regions": the name is the division's.
# "the eastern Pacific", "the Atlantic", "the Caribbean": a town is never written with "the"; an ocean, a sea, a
# river or a region is, and when the name has such a reading it is meant (not Pacific, Missouri).
_EXPANSE_BEFORE = re.compile(rf"\bthe\s+(?:(?:{gz.COMPASS}|upper|lower|wider)\s+)?$", re.I)
# ... and the name ends its noun phrase: in "the Washington workspace" or "the Da Nang airport", "the" is the
# workspace's and the airport's.
_EXPANSE_AFTER = re.compile(
    r"^(?:\s*[.,;:!?)'’\"]|\s*$|\s+(?:on|in|at|to|from|and|or|off|near|between|since|by|for|with|where|which|that|"
    r"is|was|were|has|have|had|as|into|across|through|after|before|but)\b)"
)
_EXPANSE_KINDS = frozenset({"sea", "region", "river", "lake", "continent", "country", "island"})


def comma_qualifier(after: str, before: str = "", name: str | None = None) -> str | None:
    """The country or state written after a toponym and a comma ("Paris, Texas"), from the text after it; not
    a nationality that begins the next clause ("in Poonch, Indian police said").

    With `before` (the text before the toponym) and `name` (the toponym): not the next item of a list of states
    or countries ("Armenia, Azerbaijan, Georgia, Iraq and Iran"; "Oregon, South Carolina, Tennessee"), where the
    comma only separates names.  Only a name that is itself a country or a state is read so: "Springfield, Ill.,
    and Columbus, Ohio" keeps both qualifiers.
    """
    m = _QUALIFIER.match(after)
    if m is None:
        return None
    words = m.group(1).strip()
    rest = after[m.end() :]
    if rest[:1].islower() and words.lower() in gz.country_by_demonym():
        return None
    if name is not None and (_LIST_BEFORE.search(before) or _LIST_AFTER.match(rest)) and geo.names_a_state(name):
        return None
    return words


def list_kinds(text: str, start: int, end: int, context: geo.Context) -> frozenset[str] | None:
    """The kind every neighbour of a toponym in a list is read as, when they are all countries or all states:
    "Armenia, Azerbaijan, Georgia, Iraq" (countries), "Ohio, Oregon, South Carolina" (states, not Oregon,
    Ohio).  Two neighbours at least; lists of cities ("Kharkiv, Odesa and Zaporizhzhia") set nothing."""
    neighbours = []
    after, before = text[end : end + 120], text[max(0, start - 120) : start]
    for _ in range(2):
        if m := _NEXT_ITEM.match(after):
            neighbours.append(m.group(1))
            after = after[m.end() :]
        if m := _PREVIOUS_ITEM.search(before):
            neighbours.append(m.group(1))
            before = before[: m.start()]
    read = [r for n in neighbours if (r := geo.resolve(n, context)) is not None]
    kinds = {r.kind for r in read}
    if len(read) >= 2 and len(kinds) == 1 and kinds <= _LIST_KINDS:
        return frozenset(kinds)
    return None


def resolve_mention(
    text: str, start: int, end: int, context: geo.Context, name: str | None = None
) -> geo.GeoRecord | None:
    """One toponym read where it stands, with its qualifier and its list (the evaluation's unit: gold spans).
    `name` defaults to the text's own words at start:end."""
    name = name or text[start:end]
    qualifier = comma_qualifier(text[end : end + 40], text[max(0, start - 40) : start], name)
    kinds = (
        _DIVISIONS if division_cue(text, start, end)
        else list_kinds(text, start, end, context) or expanse_kinds(name, text, start, end)
    )  # fmt: skip
    record = (kinds and geo.resolve(name, context, qualifier, kinds)) or geo.locate(name, context, qualifier)
    return _division_elsewhere(name, record, context, qualifier) or record


def expanse_kinds(name: str, text: str, start: int, end: int) -> frozenset[str] | None:
    """The kinds a toponym written after "the" can be ("the eastern Pacific" is the ocean), when the name has a
    reading of such a kind; else None."""
    if not (_EXPANSE_BEFORE.search(text[max(0, start - 30) : start]) and _EXPANSE_AFTER.match(text[end : end + 20])):
        return None
    return _EXPANSE_KINDS if any(r.kind in _EXPANSE_KINDS for r in geo.candidates(name)) else None


def _standalone_dateline(article: Article, uses: list[Mention]) -> str | None:
    """The text of the entity's mention in a dateline that names no country or state, if it has one."""
    dl = article.dateline
    if dl is None or not dl.place or "," in dl.place:
        return None
    return next((m.text for m in uses if dl.start <= m.start < dl.end), None)


def _qualifier(article: Article, mention: Mention) -> str | None:
    after = article.text[mention.end : mention.end + 80]
    if m := _IN_DIVISION.match(after):
        return f"{m.group(1)} {m.group(2)}"
    if found := comma_qualifier(after, article.text[max(0, mention.start - 40) : mention.start], mention.text):
        return found
    if (m := _DIVISION_OF.match(after)) and geo.names_a_state(m.group(1)):
        return m.group(1)
    # "Indian Kashmir's Poonch district", "Syria's Idlib province": the possessor is the country or region.
    if m := _POSSESSOR.search(article.text[max(0, mention.start - 60) : mention.start]):
        possessor: str = m.group(1)
        for words in (possessor, *possessor.split()):
            if geo.names_a_state(words):
                return words
    return None


def _lies_in(record: geo.GeoRecord, division: geo.GeoRecord) -> bool:
    if record.admin1 and division.admin1 and division.kind == "region":
        return record.country == division.country and record.admin1 == division.admin1
    return geo.distance_km(record.lat, record.lon, division.lat, division.lon) <= settings.GEO_QUALIFIER_REGION_KM


def _division_elsewhere(
    name: str, record: geo.GeoRecord | None, context: geo.Context, qualifier: str | None
) -> geo.GeoRecord | None:
    """The division a toponym names, when the article calls it a province or a state elsewhere and the reading
    chosen lies outside it: "Ontario" after "the province of Ontario" is not Ontario, California.  A city in
    its own province stays ("Kherson" beside "the Kherson region")."""
    if record is None or record.kind in _DIVISIONS or gz.fold(name) not in context.divisions:
        return None
    division = geo.resolve(name, context, qualifier, _DIVISIONS)
    return division if division is not None and not _lies_in(record, division) else None


def _outside_division(record: geo.GeoRecord, name: str, qualifier: str | None) -> geo.GeoRecord | None:
    """The division `qualifier` names, as the place of `name`, when the reading chosen lies outside it."""
    if qualifier is None or not _IN_DIVISION.match(f" in {qualifier}"):
        return None
    divisions = [d for d in geo.candidates(qualifier) if d.kind in _DIVISIONS]
    if not divisions or record.kind not in ("city", "town", "camp", "site"):
        return None
    if any(_lies_in(record, d) for d in divisions):
        return None  # "Bahawalpur in Punjab province": Pakistan's Punjab, though India's is listed first
    return _locality(name, divisions[0])


def _locality(name: str, division: geo.GeoRecord) -> geo.GeoRecord:
    """A place the gazetteer lacks, put at the middle of the division it lies in, with no GeoNames id."""
    return geo.GeoRecord(name, None, division.lat, division.lon, division.country, "locality", 0, division.admin1)


# "in the city's Kyivskyi district", "the capital's eastern Shuja'iyya neighbourhood": a part of the last city named.
_CITY_PART_BEFORE = re.compile(rf"\b[Tt]he (?:city|capital|town)['’]s (?:{gz.COMPASS} )?$")
_CITY_PART_AFTER = re.compile(r" (?:district|neighbourhood|neighborhood|area|quarter|suburb)\b")


def _last_city(places: list[Place], before: int) -> Place | None:
    """The city or town named last before offset `before`."""
    named = [(m.start, p) for p in places if p.kind in ("city", "capital", "town") for m in p.mentions]
    earlier = [(start, p) for start, p in named if start < before]
    return max(earlier, key=lambda sp: sp[0])[1] if earlier else None


def _unknown_in_division(name: str, qualifier: str | None, context: geo.Context) -> geo.GeoRecord | None:
    """A village the gazetteer lacks, placed at the middle of the division the text puts it in ("Pazigyi village
    in Kanbalu township", "Nyabibwe in South Kivu province"), as a locality with no GeoNames id."""
    m = _IN_DIVISION.match(f" in {qualifier}") if qualifier else None
    if m is None:
        return None
    word = m.group(2)
    kinds = _TOWN_KINDS if word in _TOWN_DIVISIONS else _DIVISIONS
    division = geo.resolve(m.group(1) if word in _TOWN_DIVISIONS else f"{m.group(1)} {word}", context, None, kinds)
    return _locality(name, division) if division is not None else None


def extract_places(doc: Any, article: Article, entities: tuple[Entity, ...] = ()) -> tuple[Place, ...]:
    """One place per toponym entity, resolved against the gazetteer in the article's context."""
    context = article_context(article, entities)
    # Countries the text names by their people anywhere, titles included ("Egyptian President ...").
    peoples = frozenset(
        iso for w in set(_CAPITALISED.findall(article.text)) if (iso := gz.country_by_demonym().get(gz.fold(w)))
    )
    places: list[Place] = []
    for entity in entities:
        if entity.type not in PLACE_TYPES:
            continue
        uses = [m for m in entity.mentions if m.extractor not in ("rule:role", "rule:appositive")]
        qualifier = next((q for m in uses if (q := _qualifier(article, m))), None)
        record, elsewhere, famous = None, False, False
        if filed_from := _standalone_dateline(article, uses):
            record = geo.resolve(filed_from, STANDALONE)
        elif famous := all(gz.names_a_document(article.text, u.end) for u in uses):
            record = geo.resolve(entity.name, STANDALONE)  # "the Ottawa treaty" in a story naming the US
        after = [article.text[u.end : u.end + 80] for u in uses]
        divisions = (
            [m.group(1) if m else "state" for a in after if (m := DIVISION_AFTER.match(a)) or STATE_AFTER.match(a)]
            + [  # "the eastern province of Arauca": the department, not its capital
                m.group(1).lower()
                for u in uses
                if (m := DIVISION_BEFORE.search(article.text[max(0, u.start - 30) : u.start]))
            ]
        )
        # Every use says it ("the Chernihiv region"): the division, not its capital.  A governor is a division's
        # ("Russia's Samara region ... Samara Governor Vyacheslav Fedorishchev"), once another use says which.
        governed = sum(1 for a in after if _GOVERNOR_AFTER.match(a))
        if record is None and divisions and len(divisions) + governed == len(uses):
            record = geo.resolve(f"{entity.name} {divisions[0]}", context, qualifier, _DIVISIONS)
        # "Armenia, Azerbaijan, Georgia and Iraq": a list of countries (or of states) says which Georgia.
        listed = next((k for u in uses if (k := list_kinds(article.text, u.start, u.end, context))), None) or next(
            (k for u in uses if (k := expanse_kinds(entity.name, article.text, u.start, u.end))), None
        )
        if record is None and listed:
            record = geo.resolve(entity.name, context, qualifier, listed)
        for name in (entity.name, *entity.aliases):
            if record is not None:
                break
            record = geo.resolve(name, context, qualifier)
        if record is not None and qualifier and geo.names_a_state(qualifier) and not geo.qualifies(record, qualifier):
            # "Indian Kashmir's Poonch district": the gazetteer's only Poonch district is in Pakistan, but the
            # text says India; a reading of the name (or of its short form, the district's town) there wins.
            short = regions.short_form(entity.name)
            agreeing = [
                r for n in (entity.name, short) if n for r in geo.candidates(n) if geo.qualifies(r, qualifier)
            ]  # fmt: skip
            if agreeing:
                record = max(agreeing, key=lambda r: r.population)
            elif record.kind not in _UNCONTAINED and any(p.kind == "country" for p in geo.candidates(qualifier)):
                # "Somalia's Hiran region" with only an Iraqi Hiran known: no reading rather than a wrong country.
                record, elsewhere = None, True
        # The entity's canonical name may be one reading of what the text wrote ("Palestine" canonicalised as
        # the territory): when the written name can mean that place, the written name is resolved instead, so
        # that its other readings (the town in Texas) are weighed too.
        written = Counter(m.text for m in uses).most_common(1)
        said_division = record is not None and record.kind in _DIVISIONS and bool(divisions)
        if (
            record is not None
            and written
            and not said_division
            and not filed_from
            and not famous
            and record in geo.candidates(written[0][0])
        ):
            record = (listed and geo.resolve(written[0][0], context, qualifier, listed)) or (
                geo.resolve(written[0][0], context, qualifier) or record
            )
        record = _division_elsewhere(entity.name, record, context, qualifier) or record
        if (
            record is not None and not (qualifier or filed_from or famous)
            and _stray_town(record, entity.name, context, peoples)
        ):  # fmt: skip
            record, elsewhere = None, True
        placed_in_division = False
        if record is not None and (division := _outside_division(record, entity.name, qualifier)):
            record, placed_in_division = division, True
        if record is None and not elsewhere and not is_street(entity.name):
            record = geo.locate(entity.name, context, qualifier)  # "Anderson County Courthouse"
        if record is None and not elsewhere and (division := _unknown_in_division(entity.name, qualifier, context)):
            record, placed_in_division = division, True  # "Nyabibwe in South Kivu province"
        if all(_CITY_PART_BEFORE.search(article.text, 0, u.start) and _CITY_PART_AFTER.match(article.text, u.end)
               for u in uses) and (city := _last_city(places, uses[0].start)) is not None:  # fmt: skip
            # "in the city's Kyivskyi district" (of Kharkiv, not the town of Kyivskyi in Donetsk oblast)
            record = geo.GeoRecord(entity.name, None, city.lat or 0.0, city.lon or 0.0, city.country, "district", 0)
            placed_in_division = True
        if record is not None:
            mentions = tuple(
                m for m in uses if record in geo.candidates(m.text) or gz.fold(m.text) == gz.fold(entity.name)
                or m.extractor == "rule:paired"  # "North" of "North and South Kivu"
            )  # fmt: skip
            if placed_in_division:
                mentions = tuple(uses)
        else:
            mentions = tuple(uses)
        if not mentions:
            continue
        n_candidates = len(geo.candidates(entity.name))
        if record is None:
            confidence = 0.3
        elif placed_in_division:
            confidence = 0.4  # a village the gazetteer lacks, placed at the middle of its region
        elif record.kind == "site" and record.geonameid is None and not n_candidates:
            confidence = 0.5  # placed at the town or county it is named after
        else:
            confidence = 0.9 if n_candidates == 1 or record.kind == "country" else 0.7
        places.append(
            Place(
                id=f"P{len(places) + 1}",
                name=_display_name(record, entity.name) if record else entity.name,
                geonameid=record.geonameid if record else None,
                lat=record.lat if record else None,
                lon=record.lon if record else None,
                country=record.country if record else None,
                kind=record.kind if record else "unknown",
                entity_id=entity.id,
                mentions=mentions,
                confidence=confidence,
                extractor=EXTRACTOR,
            )
        )
    return tuple(_offices(article, entities, context, _one_per_place(places)))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _stray_town(record: geo.GeoRecord, name: str, context: geo.Context, peoples: frozenset[str]) -> bool:
    """A small town abroad that nothing else in a datelined story points to, not even a people ("the Chadian
    border"): the only reading the gazetteer has of a camp or a village it lacks ("the Lala camp" in a story
    filed from Bunia is not Lala, India; "Bui department" in one from Bamenda is not Bowie, Maryland)."""
    others = (context.countries - context.own_evidence.get(gz.fold(name), frozenset())) | peoples
    # A town that only has the name as an alternate ("Bui" for Bowie, Maryland, in a Cameroon story) is stray up to
    # a larger size than one that is called so.
    limit = (
        settings.GEO_FOREIGN_TOWN_MAX_POPULATION if gz.fold(record.name) == gz.fold(name)
        else settings.GEO_FOREIGN_ALIAS_MAX_POPULATION
    )  # fmt: skip
    return (
        context.dateline_country is not None and record.country != context.dateline_country
        and record.kind in ("city", "town") and 0 < record.population < limit
        and record.country not in others and record.admin1 not in context.states
        and not geo.is_venue(record)  # "would travel to Davos": a town abroad that summits make known
    )  # fmt: skip


def _one_per_place(places: list[Place]) -> list[Place]:
    """Two entities the text keeps apart ("GAZA" in the dateline, "the Gaza Strip") that resolve to one gazetteer
    record are one place: the first keeps its entity and takes the other's mentions."""
    kept: list[Place] = []
    for place in places:
        same = next(
            (
                k
                for k in kept
                if place.lat is not None
                and (k.name, k.lat, k.lon, k.kind) == (place.name, place.lat, place.lon, place.kind)
            ),
            None,
        )
        if same is None:
            kept.append(place)
            continue
        mentions = tuple(sorted({*same.mentions, *place.mentions}, key=lambda m: m.start))
        kept[kept.index(same)] = dataclasses.replace(
            same, mentions=mentions, confidence=max(same.confidence, place.confidence)
        )
    return [dataclasses.replace(p, id=f"P{i}") for i, p in enumerate(kept, 1)]


def _offices(article: Article, entities: tuple[Entity, ...], context: geo.Context, places: list[Place]) -> list[Place]:
    """The place a public body is named after, as a use of that place: "the Kharkiv Regional Military
    Administration said" names Kharkiv.  The use joins the place's record when the article names it otherwise
    too; else it is a place of its own, with no entity and a lower confidence."""
    for entity in entities:
        if entity.type != "ORG":
            continue
        for m in entity.mentions:
            key = gz.fold(m.text)
            ending = next(
                (e for e in gz.name_endings("office_words.txt") if key.endswith(e) and len(key) > len(e)), None
            )
            if ending is None:
                continue
            words = m.text.split()[: len(key[: -len(ending)].split())]
            name = " ".join(words)
            # Not a demonym ("Russian Health Ministry"), an acronym ("UN Police") or an organisation ("Hamas
            # Interior Ministry": Hamas is also an alternate name of Hamm in Germany).
            if name.isupper() or gz.fold(name) in gz.country_by_demonym() or name in gz.org_forms():
                continue
            regional = ending.split()[0] in ("regional", "oblast")  # the region's body, not the city's
            record = (regional and geo.resolve(f"{name} region", context, None, _DIVISIONS)) or geo.resolve(
                name, context
            )
            if record is None or record.kind not in _OFFICE_KINDS:
                continue
            if record.kind != "region" and record.kind != "country" and record.country not in context.countries:
                continue  # a town abroad the story never goes to: "Federal Police" is not Federal, Argentina
            use = Mention(m.start, m.start + len(name), name, "rule:office")
            if article.text[use.start : use.end] != name:
                continue  # a name broken over a line or spaced oddly: no offsets to give
            same = next(
                (
                    i
                    for i, p in enumerate(places)
                    if (p.geonameid, p.lat, p.lon) == (record.geonameid, record.lat, record.lon)
                ),
                None,
            )
            if same is not None:
                uses = sorted((*places[same].mentions, use), key=lambda u: u.start)
                places[same] = dataclasses.replace(places[same], mentions=tuple(uses))
                continue
            places.append(
                Place(
                    id=f"P{len(places) + 1}", name=_display_name(record, name), geonameid=record.geonameid,
                    lat=record.lat,
                    lon=record.lon, country=record.country, kind=record.kind, entity_id=None, mentions=(use,),
                    confidence=0.6, extractor=EXTRACTOR,
                )
            )  # fmt: skip
    return places


def _display_name(record: geo.GeoRecord, written: str) -> str:
    """The place's name as the article writes it when GeoNames spells it in transliteration ("Jenin", not
    "Janīn"; "Herat", not "Herāt"), provided the written name is one of that place's names."""
    if record.name.isascii() or not written.isascii() or record not in geo.candidates(written):
        return record.name
    return written
