"""Places: toponyms resolved in the article's context."""

from __future__ import annotations

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.entities import extract_entities
from newsledger.extract.places import extract_places
from newsledger.pipeline import parse_input
from newsledger.records import Place


def places_of(text: str) -> dict[str, Place]:
    article = clean(text, "test")
    doc = nlp.parse(parse_input(article))
    found = extract_places(doc, article, extract_entities(doc, article))
    for p in found:
        for m in p.mentions:
            assert article.text[m.start : m.end] == m.text
    return {p.name: p for p in found}


def test_tripoli_in_a_lebanon_story_is_in_lebanon() -> None:
    places = places_of(
        "BEIRUT (Reuters) - Clashes in the northern Lebanese city of Tripoli killed three people overnight, "
        "Lebanon's army said, and troops were sent to Tripoli to restore calm."
    )
    assert places["Tripoli"].country == "LB"
    assert places["Beirut"].country == "LB"


def test_tripoli_in_a_libya_story_is_in_libya() -> None:
    places = places_of(
        "CAIRO (Reuters) - Fighting between rival armed groups in Tripoli killed 12 people on Monday, Libya's "
        "health ministry said, as the U.N. mission called for calm in Tripoli."
    )
    assert places["Tripoli"].country == "LY"


def test_paris_texas_by_its_qualifier() -> None:
    places = places_of(
        "DALLAS (Reuters) - A tornado struck Paris, Texas, on Sunday night, destroying dozens of homes, the "
        "county sheriff said, and emergency crews from Dallas were sent to help."
    )
    paris = places["Paris"]
    assert paris.country == "US"
    assert paris.lat is not None and 33 < paris.lat < 34


def test_spelling_variants_and_supplement_places() -> None:
    places = places_of(
        "KYIV (Reuters) - Russian shelling hit Kharkov and the Zaporizhzhia nuclear power plant on Monday, "
        "Ukrainian officials said, while aid reached Khan Yunis in the Gaza Strip."
    )
    assert places["Kharkiv"].geonameid == 706483  # written "Kharkov", named as GeoNames names it
    assert next(p for name, p in places.items() if name.startswith("Zaporizh")).country == "UA"
    assert next(p for name, p in places.items() if name.startswith("Khan Y")).country == "PS"
    assert places["Gaza Strip"].kind == "region"  # from the supplement: GeoNames' city list lacks it


def test_capital_as_government_is_not_a_use_of_the_country_name() -> None:
    places = places_of(
        "GENEVA (Reuters) - Moscow said on Wednesday that Russia would not attend the talks, which open in "
        "Geneva next week, and that its envoy would stay in Moscow."
    )
    assert [m.text for m in places["Russia"].mentions] == ["Russia"]
    assert places["Moscow"].country == "RU"


def test_unknown_toponym_kept_without_coordinates() -> None:
    places = places_of(
        "KHARTOUM (Reuters) - Fighters attacked the village of Umm Kadadaxa in Sudan on Monday, residents said, "
        "and dozens of families fled to Umm Kadadaxa's neighbouring hills."
    )
    unknown = [p for p in places.values() if p.geonameid is None and p.lat is None]
    assert all(p.confidence < 0.5 for p in unknown)
    assert places["Sudan"].country == "SD"


def test_washington_is_the_capital_unless_the_state_is_meant() -> None:
    places = places_of(
        "NEW YORK (Wire) - Officials in Washington said on Monday that talks with Ottawa would resume in New York, "
        "after a week in which the United States and Canada traded tariffs."
    )
    washington = places["Washington"]
    assert abs(washington.lat - 38.9) < 0.5 and abs(washington.lon + 77.0) < 0.5  # D.C., not the state
