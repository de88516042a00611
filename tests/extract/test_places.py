"""Places: toponyms resolved in the article's context."""

from __future__ import annotations

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract import geo
from newsledger.extract.entities import extract_entities
from newsledger.extract.places import extract_places
from newsledger.extract.toponyms import A_DATE_WORD
from newsledger.pipeline import parse_input, run_stages
from newsledger.records import Place


def places_of(text: str) -> dict[str, Place]:
    article = clean(text, "test")
    doc = nlp.parse(parse_input(article))
    found = extract_places(doc, article, extract_entities(doc, article))
    for p in found:
        for m in p.mentions:
            assert article.text[m.start : m.end] == m.text
    return {p.name: p for p in found}


def test_a_town_of_the_story_country_after_from_or_to_is_a_place() -> None:
    # The small model calls "Beledweyne" a person; "from"/"to" alone do not make a place ("spoke to Hassan").
    places = places_of(
        "MOGADISHU (Reuters) - Militants stormed a Somali army base, Captain Abdullahi Hassan told Reuters by "
        "phone from Beledweyne. A mother who fled to Beledweyne said the fighting lasted hours."
    )
    assert places["Beledweyne"].country == "SO" and len(places["Beledweyne"].mentions) == 2


def test_a_summit_town_abroad_is_placed() -> None:
    places = places_of(
        "KYIV (Reuters) - President Volodymyr Zelenskiy said he would travel to Davos on Tuesday to press for "
        "more air defence systems for Ukraine."
    )
    assert places["Davos"].country == "CH"


def test_a_name_geonames_writes_with_an_ejective_mark_is_found_without_it() -> None:
    assert any(r.geonameid == 339708 for r in geo.candidates("Debre Markos"))  # GeoNames: "Debre Mark'os"
    assert any(r.country == "ET" for r in geo.candidates("Mekele"))


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


def test_provinces_and_oblasts_are_places() -> None:
    places = places_of(
        "NEW DELHI (Wire) - Floods in Rajasthan killed nine people on Tuesday, officials said, while heavy rain "
        "also hit Punjab and parts of Madhya Pradesh."
    )
    rajasthan = places["Rajasthan"]
    assert (rajasthan.country, rajasthan.kind) == ("IN", "region")
    assert rajasthan.lat is not None and 23 < rajasthan.lat < 30
    from newsledger.extract import geo

    india = geo.Context(countries=frozenset({"IN"}))
    assert geo.resolve("Punjab", india).country == "IN"  # type: ignore[union-attr]
    assert geo.resolve("Punjab", geo.Context(countries=frozenset({"PK"}))).country == "PK"  # type: ignore[union-attr]
    assert geo.resolve("Kaduna State", geo.Context()).country == "NG"  # type: ignore[union-attr]


def test_us_county_by_its_full_name() -> None:
    places = places_of(
        "RICHMOND, Va. (Wire) - Deputies in Henrico County arrested two men on Friday after a shooting near a "
        "shopping centre, the sheriff's office said."
    )
    county = places["Henrico County"]
    assert (county.country, county.kind) == ("US", "county")
    assert county.lat is not None and abs(county.lat - 37.6) < 0.5 and abs(county.lon + 77.4) < 0.5


def test_nearby_toponyms_choose_the_reading() -> None:
    # No state is named: only Lamar County and Hugo, Oklahoma, across the Red River, say which Paris is meant.
    places = places_of(
        "Firefighters from Paris and Lamar County fought a grass fire on Sunday that spread toward Hugo, "
        "officials said."
    )
    paris = places["Paris"]
    assert paris.country == "US" and paris.lat is not None and 33 < paris.lat < 34


def test_a_name_does_not_vouch_for_its_own_country() -> None:
    # "Palestine" canonicalised as the territory must not count as evidence that the story is about the
    # territory: the Texas town near Anderson County is meant.
    places = places_of(
        "A 24-year-old Palestine man was charged on Monday with evading arrest after a chase through Anderson "
        "County in East Texas, deputies said."
    )
    palestine = next(p for p in places.values() if any(m.text == "Palestine" for m in p.mentions))
    assert (palestine.name, palestine.country) == ("Palestine", "US")


def test_a_site_named_after_its_county_is_placed_there() -> None:
    from newsledger.extract import geo

    texas = geo.Context(countries=frozenset({"US"}), states=frozenset({"TX"}))
    site = geo.locate("Anderson County Courthouse", texas)
    assert site is not None and (site.kind, site.geonameid, site.country) == ("site", None, "US")
    assert site.name == "Anderson County Courthouse" and abs(site.lat - 31.8) < 0.6
    # The county, not the town of Anderson, even when the article names that town too.
    named_town = geo.Context(countries=frozenset({"US"}), states=frozenset({"TX"}), toponyms=frozenset({"anderson"}))
    jail = geo.locate("Anderson County Jail", named_town)
    assert jail is not None and abs(jail.lat - 31.8) < 0.6
    # A town counts only when the article names it as well: "Carnegie Library" is not in Carnegie.
    assert geo.locate("Carnegie Library", geo.Context()) is None
    named = geo.Context(toponyms=frozenset({"springfield"}), states=frozenset({"IL"}))
    mall = geo.locate("Springfield Mall", named)
    assert mall is not None and mall.kind == "site" and mall.country == "US"


def test_demonym_plural_and_self_named_place_beats_an_alternate_name() -> None:
    from newsledger.extract import geo

    assert geo.resolve("Palestinians", geo.Context()).country == "PS"  # type: ignore[union-attr]
    # "Franklin" is a name of its own for many towns and only an old name of Columbus, Ohio.
    franklin = geo.resolve("Franklin", geo.Context())
    assert franklin is not None and franklin.name == "Franklin"


def test_places_the_model_calls_people_or_organisations() -> None:
    places = places_of(
        "GAZA/CAIRO, Nov 20 (Reuters) - Medics said a strike hit a house in the Nuseirat refugee camp. Tanks "
        "pushed into the eastern suburbs of Bani Suheila, residents said, and families fled towards al-Mawasi. "
        "Egypt's foreign minister Badr Abdelatty met Hamas leaders on Tuesday."
    )
    written = {m.text: p for p in places.values() for m in p.mentions}
    assert {"GAZA", "CAIRO", "Nuseirat", "Bani Suheila", "al-Mawasi", "Egypt"} <= set(written)
    assert all(written[name].country == "PS" for name in ("GAZA", "Nuseirat", "Bani Suheila", "al-Mawasi"))


def test_a_division_named_as_such_is_the_division_and_a_village_outside_the_gazetteer_is_put_in_it() -> None:
    places = places_of(
        "KYIV, Dec 13 (Reuters) - Drones struck energy facilities in the Odesa, Dnipropetrovsk and Chernihiv "
        "regions. Russia said it had captured the village of Bratske in the Dnipropetrovsk region."
    )
    written = {m.text: p for p in places.values() for m in p.mentions}
    assert written["Chernihiv"].kind == "region" and written["Dnipropetrovsk"].kind == "region"
    bratske = written["Bratske"]  # the Bratske of the gazetteer is 250 km away, in the Mykolaiv region
    assert bratske.geonameid is None and bratske.confidence < 0.5
    assert (bratske.lat, bratske.lon) == (written["Dnipropetrovsk"].lat, written["Dnipropetrovsk"].lon)


def test_a_dateline_city_named_alone_is_the_well_known_one() -> None:
    # Wire style drops the country only for cities known on their own: the U.S. named in the story does not
    # make GENEVA the Geneva in Illinois.
    places = places_of(
        "GENEVA, Aug 26 (Reuters) - Iran and Britain will hold talks in Geneva on Friday after U.S. strikes on "
        "Iranian nuclear sites, diplomats said."
    )
    assert places["Geneva"].country == "CH"
    texas = places_of("PARIS, Texas (AP) — Storms flooded roads in Paris on Monday, the sheriff said.")
    assert texas["Paris"].country == "US"


def test_names_the_model_mistypes_are_places_by_their_cue() -> None:
    places = places_of(
        "BANGKOK (AP) — Myanmar's military bombed a village, residents said. In western Rakhine state, the "
        "Arakan Army said it had captured a base. Gangs stormed the central Haitian town of Mirebalais."
    )
    assert places["Myanmar"].kind == "country"  # "Myanmar" names the people as well, but it is the country
    assert places["Rakhine"].country == "MM" and places["Mirebalais"].country == "HT"


def test_a_dateline_country_says_which_georgia_and_a_conjunct_of_a_place_is_a_place() -> None:
    places = places_of(
        "TBILISI, Georgia (Reuters) - Thousands rallied in Tbilisi after the United States criticised Georgia's "
        "ruling party. Drones were shot down over Belgorod and Kursk, officials said."
    )
    assert places["Georgia"].country == "GE" and places["Georgia"].kind == "country"
    assert places["Kursk"].country == "RU"


def test_an_office_named_after_its_county_says_where_the_story_is() -> None:
    # No place but Athens is named as such; the jail says which Athens (the seat of Henderson County, Texas).
    places = places_of(
        "Man held on assault charge. Police arrested a 33-year-old man in Athens on Monday. He was booked into "
        "the Henderson County Jail on a charge of aggravated assault, police said."
    )
    assert places["Athens"].country == "US" and places["Athens"].lat is not None
    assert 31.5 < places["Athens"].lat < 32.9  # Athens, Texas, not Athens, Georgia or Greece


def test_a_state_read_as_such_in_context_says_which_city() -> None:
    # "Georgia" is a country and a state; read as the state, it tells the Atlanta of Georgia from the one in
    # Texas that the mention of Texas would otherwise favour.
    places = places_of(
        "A statewide helpline could reach more poor families, officials in Atlanta said. In Georgia, a coalition "
        "of United Way agencies will draft a plan; a similar line in Texas took two years to set up."
    )
    assert places["Atlanta"].lat is not None and abs(places["Atlanta"].lat - 33.75) < 0.2


def test_a_possessor_qualifies_and_a_nationality_after_a_comma_does_not() -> None:
    # The gazetteer's only Poonch district is Pakistan's; the possessor says the Indian one (its town, Punch).
    places = places_of("Shelling killed 10 civilians in Indian Kashmir's Poonch district, officials said.")
    assert places["Pūnch"].country == "IN"
    # ", Egyptian officials said" begins a clause: it is not the country of Rafah.
    rafah = places_of("Israeli strikes killed 12 people in Rafah, Egyptian officials said, citing medics in Gaza.")
    assert next(p for p in rafah.values() if p.mentions[0].text == "Rafah").country == "PS"


def test_a_county_vouches_for_its_state_and_names_the_offices_that_start_with_it() -> None:
    # Only a fire district of Rapides Parish is named; the parish says Louisiana, and so which Alexandria.
    places = places_of(
        "Woman charged in trailer fire. An Alexandria woman was charged with arson on Friday. Investigators from "
        "the Rapides Parish Fire District 2 said she set a couch alight with a lighter."
    )
    assert places["Alexandria"].country == "US" and places["Alexandria"].lat is not None
    assert 30.8 < places["Alexandria"].lat < 31.8  # Alexandria, Louisiana, not Virginia or Egypt


def test_a_province_spelt_the_way_news_spells_it() -> None:
    # GeoNames has "Southern Kordofan"; the supplement adds the usual spelling and keeps the state code.
    places = places_of("The RSF has besieged Kadugli, the capital of South Kordofan, since June, aid groups said.")
    assert places["South Kordofan"].country == "SD" and places["South Kordofan"].kind == "region"


def test_a_list_of_countries_or_states_is_not_read_as_town_and_qualifier() -> None:
    countries = places_of(
        "The agency advised travellers to Turkey to take care, and named Armenia, Azerbaijan, Georgia, Iraq "
        "and Iran as countries where cases had been confirmed."
    )
    assert countries["Georgia"].country == "GE"
    states = places_of(
        "Cases were reported in 12 states, among them Ohio, Oregon, South Carolina, Texas and Washington, "
        "the Centers for Disease Control and Prevention said."
    )
    assert states["Oregon"].kind == "region" and states["Oregon"].country == "US"
    assert states["Washington"].kind == "region"


def test_a_list_of_towns_with_their_states_keeps_each_qualifier() -> None:
    places = places_of(
        "The senator held rallies in Springfield, Ill., and Columbus, Ohio, before flying back to the capital "
        "on Tuesday night."
    )
    assert places["Springfield"].country == "US"
    assert abs(places["Springfield"].lat - 39.80) < 0.5  # Illinois, not Massachusetts or Missouri


def test_a_province_or_state_said_so_once_is_that_division_throughout() -> None:
    places = places_of(
        "Hospitals in Ontario are short of neonatal beds. Some mothers in the province of Ontario may be sent "
        "to Buffalo, New York, in the United States, officials said. Ontario has asked Ottawa for help."
    )
    assert places["Ontario"].country == "CA" and places["Ontario"].kind == "region"
    state = places_of("The infected cow was found on a Washington state farm, U.S. agriculture officials said.")
    assert state["Washington"].kind == "region"


def test_an_ocean_does_not_say_where_the_story_is_and_rivers_and_lakes_are_places() -> None:
    places = places_of(
        "Georgia's prime minister was found dead in Tbilisi on Thursday. He had crossed the Atlantic only a "
        "week before. Georgia's parliament will meet on Friday."
    )
    assert places["Georgia"].country == "GE"
    water = places_of(
        "Ukrainian marines crossed the Dnipro River near Kherson, and boats carrying refugees capsized on Lake "
        "Tanganyika, officials said."
    )
    assert water["Dnipro River"].kind == "river" and water["Dnipro River"].country == "UA"
    assert water["Lake Tanganyika"].kind == "lake"


def test_the_place_a_public_body_is_named_after_is_a_place_of_the_article() -> None:
    places = places_of(
        "KYIV (Reuters) - A drone hit a school overnight, the Sumy Regional Military Administration said. The "
        "Odesa City Council said two ports had lost power. The Federal Police, the Russian Health Ministry and "
        "the Washington Post gave no figures."
    )
    assert places["Sumy"].kind == "region" and places["Sumy"].entity_id is None
    assert places["Sumy"].mentions[0].text == "Sumy"
    assert places["Odesa"].country == "UA" and places["Odesa"].confidence < 0.7
    assert set(places) == {"Kyiv", "Sumy", "Odesa"}  # not Federal, Russia or Washington


def test_natural_features_the_model_calls_organisations_and_listed_divisions() -> None:
    places = places_of(
        "SITTWE, Myanmar (Reuters) - Fighters captured a naval outpost on Ramree Island near Kyaukphyu, and shells "
        "landed near the Naf River. Gangs in Haiti have expanded into the Artibonite and Centre departments."
    )
    assert places["Ramree Island"].kind == "island" and places["Ramree Island"].country == "MM"
    assert places["Kyaukpyu"].country == "MM"  # "Kyaukphyu" is how news spells GeoNames' Kyaukpyu
    assert places["Naf River"].kind == "river"
    assert places["Artibonite"].country == "HT"  # the model's span was "the Artibonite and"


def test_a_town_in_a_neighbouring_state_and_an_ocean_after_the() -> None:
    places = places_of(
        "MAIDUGURI, Nigeria (Reuters) - Gunmen abducted 25 schoolgirls in Maga, in neighbouring Kebbi state. "
        "The U.S. military struck a boat in the eastern Pacific on Tuesday."
    )
    assert places["Maga"].country == "NG"  # not Maga in Cameroon, the larger town across the border
    assert places["Pacific"].kind == "sea"  # not Pacific, Missouri


def test_a_province_named_with_its_word_is_the_province_and_holds_its_towns() -> None:
    places = places_of(
        "ISLAMABAD (Reuters) - Mortar shells fell into the Spin Boldak district of Kandahar province, and a mosque "
        "in Bahawalpur in Punjab province was among the sites hit, Pakistan's military said."
    )
    assert places["Kandahar"].kind == "region"  # not the city, however near Spin Boldak is to it
    assert next(p for name, p in places.items() if name.startswith("Sp")).country == "AF"  # GeoNames: no people
    assert places["Bahawalpur"].country == "PK"  # Pakistan's Punjab holds it, though India's is listed first


def test_two_entities_read_as_one_record_are_one_place() -> None:
    places = places_of(
        "CAIRO/GAZA (Reuters) - Israeli air strikes killed at least 25 Palestinians across the Gaza Strip on "
        "Wednesday, health authorities in Gaza said."
    )
    strip = [p for p in places.values() if p.name == "Gaza Strip"]
    assert len(strip) == 1 and len(strip[0].mentions) >= 2


def test_a_community_in_a_story_set_elsewhere_is_not_the_foreign_capital() -> None:
    places = places_of(
        "A Paris man was arrested Sunday at Paris City Hall by Paris police, the Henry County sheriff said. "
        "Tennessee law requires a hearing within 72 hours."
    )
    assert places["Paris"].country == "US"  # a community's name; the story names only Tennessee
    capital = places_of("Paris police said the suspect had flown in from Berlin, France's interior ministry said.")
    assert capital["Paris"].country == "FR"


def test_a_name_the_model_cut_short_is_the_whole_gazetteer_name() -> None:
    places = places_of(
        "MAPUTO (Reuters) - Insurgents attacked villages in Mocímboa da Praia district near Palma.\n\n"
        "The Norte de Santander governor, William Villamizar, asked Colombia's government for aid."
    )
    assert places["Mocímboa da Praia"].country == "MZ"  # not Praia, Cape Verde
    assert places["Palma"].country == "MZ"  # not Majorca, in a Mozambique story
    assert places["Norte de Santander Department"].kind == "region"


def test_divisions_under_the_spellings_news_uses() -> None:
    places = places_of(
        "MOGADISHU (Reuters) - Militants seized a town in Somalia's Hiran region. In Burkina Faso, Djibo lies in "
        "Soum province. Shelling killed 10 civilians in Poonch district of Indian-administered Kashmir."
    )
    assert places["Hiiraan"].country == "SO"  # not Hiran in Iraq
    assert places["Province du Soum"].country == "BF"  # not Soum, Senegal
    assert places["Poonch"].country == "IN"  # the Pakistani Poonch district is not in Indian Kashmir


def test_a_possessor_country_with_no_such_place_leaves_it_unresolved() -> None:
    places = places_of("DAMASCUS (Reuters) - Government troops entered Syria's Springfield on Monday, officials said.")
    assert places["Springfield"].lat is None  # no Springfield in Syria: no reading rather than one in Illinois


def test_a_place_naming_a_treaty_is_the_famous_one() -> None:
    places = places_of(
        "WASHINGTON (AP) - U.S. officials said Cambodia had violated the Ottawa treaty, which bans landmines."
    )
    assert places["Ottawa"].country == "CA"


def test_a_state_or_a_province_the_model_missed_or_called_a_date() -> None:
    places = places_of(
        "ABUJA (Reuters) - In neighbouring Katsina state, bandits killed 27 worshippers. Schoolchildren were seized "
        "in Kaduna state.\n\nFano fought federal troops in neighbouring Tigray. A drone strike killed 19 civilians "
        "in Amhara on Wednesday."
    )
    assert (places["Katsina State"].kind, places["Kaduna State"].kind) == ("region", "region")  # not the cities
    assert places["Tigray"].country == "ET" and places["Amhara"].country == "ET"


def test_a_small_town_abroad_nothing_points_to_is_no_reading() -> None:
    places = places_of(
        "BUNIA, Congo (AP) - The attack on the Lala camp in Djugu territory was carried out by the CODECO militia.\n\n"
        "Refugees reached the town of Adre on the Chadian border."
    )
    assert places["Lala"].geonameid is None  # not Lala, India
    assert places["Adre"].country == "TD"  # a people named ("Chadian") points to it


def test_a_people_with_a_plural_is_no_place_and_an_alias_abroad_no_reading() -> None:
    places = places_of(
        "ERBIL, Iraq (Reuters) - A drone killed three members of a Yazidi armed group near Sinjar. Islamic State "
        "militants killed thousands of Yazidis in Sinjar in 2014."
    )
    assert "Yazidi" not in places and places["Sinjar"].country == "IQ"
    places = places_of(
        "BAMENDA, Cameroon (Reuters) - Gunmen abducted 11 students in Kumbo, in neighbouring Bui department."
    )
    assert places["Bui department"].country == "CM"  # the supplement's; never Bowie, Maryland ('Bui' is its alias)


def test_a_town_named_as_a_community_is_no_country_or_province_of_that_name() -> None:
    places = places_of(
        "A Jordan resident was flown to North Memorial Medical Center in Robbinsdale after his motorcycle left "
        "the road, the Scott County sheriff said. The Jordan man was in stable condition, U.S. officials said."
    )
    assert places["Jordan"].kind == "city" and places["Jordan"].country == "US"
    country = places_of("AMMAN (Reuters) - Jordan said on Sunday it would reopen its border with Syria.")
    assert country["Jordan"].kind == "country"


def test_a_state_office_or_college_says_which_state_the_story_is_in() -> None:
    places = places_of(
        "An Albany man was arrested on Wednesday after Albany police and Georgia Bureau of Investigation agents "
        "raided his home, officials said."
    )
    assert places["Albany"].lat < 35  # Albany, Georgia, not New York's capital
    college = places_of(
        "Deann Smith is a graduate of Mount Pleasant High School and attended Northeast Texas Community "
        "College. She served for years in Mount Pleasant."
    )
    assert college["Mount Pleasant"].country == "US" and college["Mount Pleasant"].lon < -94  # Texas


def test_a_village_the_gazetteer_lacks_is_placed_in_the_division_the_text_names() -> None:
    places = places_of(
        "GOMA (Reuters) - M23 rebels captured the town of Nyabibwe in South Kivu province on Tuesday, residents "
        "said, while members of the Gran Grif gang attacked a market in Haiti."
    )
    nyabibwe = places["Nyabibwe"]
    assert (nyabibwe.country, nyabibwe.kind, nyabibwe.geonameid) == ("CD", "locality", None)
    assert "Gran Grif" not in places and "the Gran Grif" not in places  # a gang's name


def test_a_district_of_the_city_is_in_that_city() -> None:
    places = places_of(
        "KYIV (Reuters) - Russian glide bombs struck Kharkiv on Thursday. The bombs damaged a school in the city's "
        "Kyivskyi district, the governor said."
    )
    district, city = places["Kyivskyi"], places["Kharkiv"]
    assert district.kind == "district" and (district.lat, district.lon) == (city.lat, city.lon)


def test_a_government_seat_named_as_a_speaker_is_no_neighbour() -> None:
    places = places_of(
        "DUBAI (Reuters) - Iran fired missiles at Israel after a strike on its consulate in Damascus, and the United "
        "States said it would not join a counter-offensive, a White House official said."
    )
    assert places["Damascus"].country == "SY"  # not Damascus, Maryland, near the White House


def test_l_a_is_los_angeles_and_la_dot_is_louisiana() -> None:
    # All three fold to "la"; AP writes Louisiana "La.", and "L.A." is only ever the city.
    la = geo.resolve("L.A.", geo.Context(countries=frozenset({"US"})))
    assert la is not None and la.name == "Los Angeles" and la.admin1 == "CA"
    louisiana = geo.resolve("La.", geo.Context())
    assert louisiana is not None and louisiana.admin1 == "LA" and louisiana.kind == "region"


def test_a_site_named_with_its_lower_case_word() -> None:
    # The model tags "Philadelphi" alone (as a people); with "corridor" it is the supplement's site.
    found = places_of(
        "CAIRO (AP) - The talks would focus on the withdrawal of Israeli troops from the Philadelphi corridor, "
        "two Egyptian officials said. Israeli forces still hold the Netzarim corridor."
    )
    assert found["Philadelphi corridor"].kind == "site" and found["Philadelphi corridor"].country == "PS"
    assert "Netzarim corridor" in found
    # A division's word stays outside the name: the context reads it ("Washington state").
    assert "Washington" in places_of("SEATTLE (AP) - Wildfires forced evacuations across Washington state on Monday.")


def test_a_governor_is_a_division_s_and_a_refugee_camp_its_site() -> None:
    places = places_of(
        "KYIV (Reuters) - Drones hit a refinery in Russia's Samara region, Samara Governor Vyacheslav Fedorishchev "
        "said. Israeli forces raided the Jenin refugee camp and the Jenin, Tulkarm and Nur Shams camps."
    )
    assert places["Samara Oblast"].kind == "region"  # not the city, though a use alone names it
    assert places["Jenin camp"].kind == "camp"
    assert places["Tulkarm"].country == "PS"  # the second item of a list a recognised place opens


def test_a_place_a_thing_is_tied_to_is_not_where_the_event_is() -> None:
    article = clean("DUBAI (AP) - The Houthis said they would keep targeting ships linked to Israel.", "test")
    events = run_stages(nlp.parse(parse_input(article)), article).events
    assert all(e.place != "Israel" for e in events)


def test_a_venue_city_beats_a_small_namesake_in_a_country_the_story_names() -> None:
    places = places_of(
        "PORT SUDAN (Reuters) - The United States urged Sudan's warring parties to return to talks, a U.S. envoy "
        "told reporters in Geneva on Tuesday."
    )
    assert places["Geneva"].country == "CH"
    # A state the story names still wins: the venue weight is less than a named state's.
    assert (
        places_of("ALBANY, N.Y. (AP) - Flooding closed roads in Geneva, New York, on Monday.")["Geneva"].country == "US"
    )


def test_the_town_after_and_in_a_list_a_place_opens_is_a_place_of_the_same_country() -> None:
    places = places_of(
        "PORT SUDAN (Reuters) - The World Food Programme said it had delivered food to 200,000 people in Kadugli "
        "and Dilling in South Kordofan since September."
    )
    assert places["Dilling"].country == "SD"


def test_two_divisions_sharing_their_last_word_are_two_places() -> None:
    places = places_of(
        "GOMA, Congo (Reuters) - Fighting in North and South Kivu provinces has killed about 7,000 people since "
        "January, the prime minister said."
    )
    assert places["North Kivu"].kind == "region" and places["North Kivu"].mentions[0].text == "North"
    assert places["South Kivu"].country == "CD"


def test_the_islamic_republic_is_iran() -> None:
    found = places_of("Iranian officials rejected a U.S. demand that the Islamic Republic give up uranium enrichment.")
    assert "Islamic Republic" in [m.text for m in found["Iran"].mentions]


def test_a_state_whose_officials_act_is_a_story_country() -> None:
    # The U.S. is named, but Greek officials speak: "Athens" is the Greek capital, not Athens, Georgia.
    found = places_of("A U.S. bombing campaign ended in May. Greek maritime officials identified the ship as the "
                      "Magic Seas, owned by an Athens-based company. Houthis vowed to attack ships in the Arabian Sea.")  # fmt: skip
    assert found["Athens"].country == "GR"
    assert found["Arabian Sea"].kind == "sea"


def test_a_territory_the_gazetteer_lacks_is_placed_in_the_province_the_text_puts_it_in() -> None:
    found = places_of("Fighting continued in the highlands of Mwenga territory in South Kivu province.")
    assert (found["Mwenga"].kind, found["Mwenga"].country) == ("locality", "CD")


def test_the_second_of_two_provinces_the_model_took_for_organisations_is_a_place() -> None:
    found = places_of("Cambodia's defence ministry accused Thailand of using cluster munitions and F-16 jets to "
                      "strike targets in Oddar Meanchey and Preah Vihear provinces.")  # fmt: skip
    assert (found["Preah Vihear"].country, found["Preah Vihear"].kind) == ("KH", "region")


def test_sulaimaniyah_is_the_iraqi_city_under_its_news_spelling() -> None:
    (rec,) = [r for r in geo.candidates("Sulaimaniyah") if r.kind == "city"]
    assert (rec.country, rec.geonameid) == ("IQ", 98463)


def test_of_two_provinces_of_one_name_the_one_the_article_s_towns_lie_in_is_meant() -> None:
    text = ("NEW DELHI (Reuters) - India fired missiles at sites in Pakistan on Wednesday, hitting the cities of "
            "Bahawalpur and Muridke in Punjab province, Pakistan's military said.")  # fmt: skip
    assert places_of(text)["Punjab"].country == "PK"
    text = ("NEW DELHI (Reuters) - Farmers blocked roads near Amritsar and Ludhiana in Punjab on Wednesday, "
            "police said, as talks with Pakistan stalled.")  # fmt: skip
    assert places_of(text)["Punjab"].country == "IN"


def test_a_listed_region_or_an_exclave_the_model_calls_a_group_or_a_person_is_a_place() -> None:
    found = places_of("BAKU (Reuters) - The route would link Azerbaijan to its Nakhchivan exclave. Russia deployed "
                      "peacekeepers to Karabakh in 2020.")  # fmt: skip
    assert found["Nakhchivan"].country == "AZ" and found["Nagorno-Karabakh"].kind == "region"


def test_the_dateline_city_lends_no_weight_to_its_namesakes_abroad() -> None:
    # Geneva, Washington is a small town of Washington state: a GENEVA dateline does not make "Washington" the state
    found = places_of("GENEVA (Reuters) - Officials said on Monday that he could travel to Washington next week "
                      "for talks with the president.")  # fmt: skip
    assert (found["Washington"].kind, found["Washington"].lat) == ("capital", 38.89511)


def test_a_name_placed_in_a_recognised_place_is_a_town() -> None:
    found = places_of("PORT SUDAN (Reuters) - The army said on Wednesday it had repelled an attack on Babanusa in West "
                      "Kordofan and killed dozens of fighters.")  # fmt: skip
    assert found["Babanusa"].country == "SD"


def test_a_hyphenated_name_the_tokenizer_split_is_one_place() -> None:
    found = places_of("KYIV (Reuters) - Drones hit energy facilities in Ivano-Frankivsk overnight, and officials met "
                      "envoys from Bosnia-Herzegovina on Monday.")  # fmt: skip
    assert found["Ivano-Frankivsk"].country == "UA"
    assert found["Bosnia and Herzegovina"].country == "BA"
    assert "Ivano" not in found


def test_pakistans_tribal_districts_are_placed() -> None:
    found = places_of("ISLAMABAD (Reuters) - Security forces foiled an attack on a college in Wana, in the South "
                      "Waziristan district, and raided hideouts in Bajaur, the army said.")  # fmt: skip
    assert {found["South Waziristan"].country, found["Bajaur"].country} == {"PK"}


def test_an_oil_field_and_a_city_district_from_the_supplement() -> None:
    places = places_of(
        "KHARTOUM (Reuters) - The army said it had repelled an RSF drone attack on the Heglig oil field. In Kyiv, "
        "an apartment building in the Darnytskyi district partly collapsed."
    )
    assert (places["Heglig"].country, places["Heglig"].kind) == ("SD", "site")
    assert (places["Darnytskyi"].country, places["Darnytskyi"].kind) == ("UA", "district")


def test_a_town_in_apposition_to_capital_and_a_province_the_model_dates_are_places() -> None:
    found = places_of("KHARTOUM (Reuters) - Fighters shelled the state capital Kadugli in Sudan on Monday, "
                      "residents said.")  # fmt: skip
    assert found["Kadugli"].country == "SD"
    found = places_of("ADEN (Reuters) - Separatists marched into the eastern province of Hadramout this week and "
                      "took the city of Seiyun, officials said.")  # fmt: skip
    assert {"Hadramout", "Seiyun"} <= set(found)


def test_an_ocean_does_not_vote_for_the_towns_named_after_it() -> None:
    found = places_of("BOGOTA (Reuters) - The U.S. military struck a boat in the eastern Pacific on Monday. Brazil "
                      "said it would raise the strikes with Washington.")  # fmt: skip
    assert (found["Washington"].lat, found["Washington"].country) == (38.89511, "US")


def test_a_palestinian_camp_in_lebanon_and_a_town_after_a_plural_place_noun() -> None:
    places = places_of(
        "TRIPOLI, Lebanon (Reuters) - The strike hit a car near the entrance to the Beddawi refugee camp. In Haiti, "
        "gang members attacked several neighbourhoods of Kenscoff, the mayor said."
    )
    assert (places["Beddawi"].country, places["Beddawi"].kind) == ("LB", "camp")
    assert places["Kenscoff"].country == "HT"


def test_tripoli_districts_and_a_town_whose_residents_speak() -> None:
    places = places_of(
        "TRIPOLI (Reuters) - The fighting spread to the Souq al-Juma and Ain Zara districts. In Nigeria, two "
        "residents of Kukawa said a strike hit a fishing settlement."
    )
    assert places["Souq al-Juma"].country == places["Ain Zara"].country == "LY"
    assert places["Kukawa"].country == "NG"


def test_a_town_the_model_took_for_a_date_is_a_place() -> None:
    places = places_of("MOGADISHU (Reuters) - Troops repelled the attack on the base near the town of Mahaday.")
    assert places["Mahaday"].country == "SO"


def test_the_province_of_a_name_is_the_province_not_its_capital() -> None:
    places = places_of("BOGOTA (Reuters) - Rebels kidnapped seven soldiers in the eastern province of Arauca.")
    assert places["Arauca Department"].kind == "region"


def test_a_somali_river_is_placed() -> None:
    places = places_of("MOGADISHU (Reuters) - Floods along the Shabelle river have forced about 100,000 people from "
                       "their homes around Beledweyne.")  # fmt: skip
    assert (places["Shabelle river"].country, places["Shabelle river"].kind) == ("SO", "river")


def test_a_town_the_model_took_for_a_number_is_a_place() -> None:
    places = places_of("KYIV (Reuters) - Ukraine's military said on Wednesday it had struck a depot storing attack "
                       "drones near the town of Navlya in Russia's Bryansk region overnight.")  # fmt: skip
    assert places["Navlya"].country == "RU"


def test_a_town_whose_name_starts_like_a_month_is_no_date_word() -> None:
    # "the town of Decatur" must not be read as "the town of Dec.": only whole month names and their
    # abbreviations are date words.
    assert not any(A_DATE_WORD.fullmatch(w) for w in ("decatur", "marawi", "augustow", "junction", "mayo"))
    assert all(A_DATE_WORD.fullmatch(w) for w in ("dec.", "december", "sept.", "may", "monday", "ramadan"))


def test_a_town_of_the_story_country_after_in_is_a_place_whatever_its_population() -> None:
    # GeoNames gives Spin Boldak no population and the model tags it an organisation.
    found = places_of("KABUL (Reuters) - Afghan officials accused Pakistan of shelling homes in Spin Boldak on Sunday.")
    assert found["Spin Boldak"].country == "AF"


def test_two_towns_joined_by_a_hyphen_are_both_placed() -> None:
    found = places_of("QUETTA (Reuters) - Troops exchanged fire at the Chaman-Spin Boldak crossing on Sunday.")
    assert (found["Chaman"].country, found["Spin Boldak"].country) == ("PK", "AF")
    assert "Ivano-Frankivsk" in places_of("KYIV (Reuters) - Drones struck Ivano-Frankivsk on Sunday.")


def test_a_compass_word_before_and_takes_the_name_of_the_place_after() -> None:
    found = places_of(
        "KHARTOUM (Reuters) - The aid would reach 200,000 people in West and Central Darfur, the agency said."
    )
    assert {p.name for p in found.values()} >= {"Western Darfur", "Central Darfur"}
    assert [m.text for m in found["Western Darfur"].mentions] == ["West"]


def test_a_state_the_model_tagged_with_a_time_is_placed() -> None:
    found = places_of(
        "ABUJA (Reuters) - Pupils were seized from a school in Niger state days after the Kebbi abduction."
    )
    assert found["Niger State"].kind == "region"


def test_a_continent_named_in_full_is_the_continent_not_a_town_of_the_story_country() -> None:
    found = places_of("MANILA (Reuters) - Troops clashed with rebels near Kabankalan on Monday. The insurgency, one of "
                      "Asia's longest-running, has killed thousands.")  # fmt: skip
    assert found["Asia"].kind == "continent"
