"""Figures: values, qualifier ranges, categories, counted groups, places, periods and sources."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.entities import extract_entities
from newsledger.extract.figures import extract_figures
from newsledger.extract.quotes import extract_quotes
from newsledger.pipeline import parse_input
from newsledger.records import Figure

LEAD = "KYIV (Reuters) - "


def figures_of(text: str) -> tuple[Figure, ...]:
    article = clean(LEAD + text, "test")
    doc = nlp.parse(parse_input(article))
    entities = extract_entities(doc, article)
    found = extract_figures(doc, article, entities, extract_quotes(doc, article, entities))
    for f in found:
        assert article.text[f.start : f.end] == f.text
    return found


def only(text: str) -> Figure:
    found = figures_of(text)
    assert len(found) == 1, [(f.text, f.category) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "low", "high", "qualifier"),
    [
        ("At least 25 people were killed in the attack on Tuesday.", 25, 25, None, "at_least"),
        ("More than 300 people were killed in the attack on Tuesday.", 300, 301, None, "more_than"),
        ("Close to 15,000 people have fled the region, officials said.", 15000, None, 15000, "nearly"),
        ("Nearly 40 people were wounded in the shelling, officials said.", 40, None, 40, "nearly"),
        ("Up to 4,000 soldiers are deployed in the region, officials said.", 4000, None, 4000, "up_to"),
        ("Fewer than 50 people remain in the village, officials said.", 50, None, 49, "fewer_than"),
        ("About 200 people were arrested during the protests, police said.", 200, None, None, "about"),
        ("Some 1,320 people were injured in the quake, officials said.", 1320, None, None, "about"),
        ("Twelve people were killed in the attack, officials said.", 12, 12, 12, None),
    ],
)
def test_qualifier_becomes_a_range(
    sentence: str, value: float, low: float | None, high: float | None, qualifier: str | None
) -> None:
    f = only(sentence)
    assert (f.value, f.low, f.high, f.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("sentence", "value", "low"),
    [
        ("Four soldiers were killed in the ambush, the army said.", 4, 4),
        ("The blast killed 1.5 million chickens at the farm, officials said.", 1_500_000, 1_500_000),
        ("Dozens of civilians were killed in the strike, residents said.", 24, 24),
        ("Hundreds of people were detained after the protest, police said.", 200, 200),
        ("A dozen aid workers were wounded in the attack, officials said.", 12, 12),
        ("Tens of thousands of people have fled the fighting, the U.N. said.", 20_000, 20_000),
    ],
)
def test_numbers_in_digits_and_words(sentence: str, value: float, low: float) -> None:
    f = only(sentence)
    assert (f.value, f.low) == (value, low)


@pytest.mark.parametrize(
    ("sentence", "category", "who"),
    [
        ("At least 12 civilians were killed in the strike, officials said.", "killed", "civilians"),
        ("The shelling killed 12 soldiers near the border, officials said.", "killed", "soldiers"),
        ("The death toll rose to 1,136 on Monday, officials said.", "killed", None),
        ("At least 30 people were wounded in the blast, officials said.", "injured", "people"),
        ("Gunmen abducted 40 students from a school on Sunday, police said.", "hostages", "students"),
        ("Police arrested 485 protesters in the capital, officials said.", "detained", "protesters"),
        ("More than 12 million people have been displaced by the war, the U.N. said.", "displaced", "people"),
        ("Some 200 people are still missing after the flood, officials said.", "missing", "people"),
        ("Around 600 trucks of aid entered the enclave last week, the U.N. said.", "aid", None),
        ("Russia launched 43 missiles at the city overnight, the air force said.", "other", None),
        ("About 20,000 families are living in tents in the camp, the agency said.", "people", "families"),
        ("Two of the wounded died in hospital on Sunday, the governor said.", "killed", None),
        ("Two of the wounded were flown to Kyiv on Sunday, the governor said.", "injured", None),
    ],
)
def test_category_and_counted_group(sentence: str, category: str, who: str | None) -> None:
    f = only(sentence)
    assert (f.category, f.who) == (category, who)


def test_money_with_currency() -> None:
    found = figures_of("Britain will give 40 million pounds in aid, and the U.N. appealed for $160 million on Monday.")
    assert [(f.value, f.unit, f.category) for f in found] == [
        (40_000_000, "GBP", "money"),
        (160_000_000, "USD", "money"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 45-year-old teacher was among those who spoke at the meeting on Monday.",
        "The minister made his third visit to the country on Monday.",
        "The ceasefire began with a 30-day truce on Monday.",
        "The offensive began on February 24, 2022, and talks stalled in March.",
        "Turnout was 61.3% in the vote on Sunday, the commission said.",
        "The quake struck 40 km northwest of the city at 10:30 on Monday.",
        "The M23 rebels met the G7 envoys on Monday.",
    ],
)
def test_ages_ordinals_durations_dates_and_measures_are_not_figures(sentence: str) -> None:
    assert figures_of(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "At least 25 people were killed, according to the health ministry in the rebel-held region.",
            "the health ministry in the rebel-held region",
        ),
        ("At least 25 soldiers were killed in the fighting, the army said.", "The army"),
        ("At least 25 people were killed, according to a Reuters count based on official figures.", "a Reuters count"),
        ("Kyiv estimates that 40,000 soldiers have been wounded since the war began.", "Ukraine"),
        (
            "The local Red Cross said 17 volunteers were injured in the attack.",
            "International Committee of the Red Cross",
        ),
    ],
)
def test_source_the_text_attributes_the_number_to(sentence: str, source: str) -> None:
    f = figures_of(sentence)[0]
    assert f.source is not None and f.source.lower() == source.lower()


def test_no_source_without_attribution() -> None:
    assert only("At least 25 people were killed in the attack on Tuesday.").source is None


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("At least 112 people were wounded in the past 24 hours, medics said.", "in the past 24 hours"),
        (
            "More than 3,000 civilians have been killed since the fighting began, the U.N. said.",
            "since the fighting began",
        ),
        ("The army said 40 fighters had surrendered by Tuesday.", "by Tuesday"),
    ],
)
def test_period(sentence: str, period: str) -> None:
    assert figures_of(sentence)[0].period == period


def test_place_is_where_not_who() -> None:
    f = only("Russian strikes killed at least 12 people in Kharkiv on Wednesday, officials said.")
    assert f.place == "Kharkiv"
    f = only("Russia launched 43 missiles overnight, the air force said.")
    assert f.place is None


def test_the_people_who_tell_the_story_are_no_figure() -> None:
    found = figures_of(
        "Security forces freed 104 passengers by Tuesday night, two security officials said on condition of anonymity."
    )
    assert [f.text for f in found] == ["104 passengers"]


def test_an_age_limit_is_no_count() -> None:
    found = figures_of(
        "Russia and Ukraine agreed to exchange 300 wounded prisoners and those under 25, officials said."
    )
    assert [f.low for f in found] == [300]


def test_a_ranking_period_and_a_temperature_are_not_the_figure_s() -> None:
    (injured,) = figures_of(
        "The governor said three workers were injured in the attack, the third on the city's energy system since "
        "the start of the year, as temperatures fell to minus 15 Celsius."
    )
    assert (injured.low, injured.period) == (3, None)


def test_how_many_children_a_parent_has_is_no_count() -> None:
    found = figures_of(
        '"We heard the explosion at dawn," said Halima Ali, a mother of five who fled to the city with 40 families.'
    )
    assert [f.low for f in found] == [40]


def test_villages_counted_beside_a_toll_are_not_the_dead() -> None:
    found = {
        f.text: f for f in figures_of("Israeli air strikes on two villages in southern Lebanon killed five people.")
    }
    assert found["two villages"].category == "other"
    assert found["five people"].category == "killed"


def test_an_object_the_model_made_a_speaker_is_counted_by_its_verb() -> None:
    found = figures_of("Gunmen stormed a boarding school in northwest Nigeria's Kebbi state before dawn on Wednesday "
                       "and abducted at least 38 pupils, police and a local official said.")  # fmt: skip
    pupils = next(f for f in found if f.who == "pupils")
    assert (pupils.category, pupils.low, pupils.place) == ("hostages", 38, "Kebbi")


def test_a_month_and_year_is_the_period_and_a_state_is_where() -> None:
    found = figures_of("Last month, gunmen kidnapped 25 worshippers from a church in Kwara state, and in March 2024 "
                       "more than 130 pupils were seized in Kuriga in Kaduna state.")  # fmt: skip
    by_who = {f.who: f for f in found}
    assert (by_who["worshippers"].place, by_who["worshippers"].period) == ("Kwara", "Last month")
    assert (by_who["pupils"].place, by_who["pupils"].period) == ("Kuriga", "in March 2024")


def test_tellers_the_model_joins_to_the_dead_are_not_counted() -> None:
    found = figures_of("Militants attacked an army base in the north on Sunday, killing at least 50 soldiers and "
                       "volunteer fighters, two security sources and a local resident told Reuters.")  # fmt: skip
    assert [f.text for f in found] == ["at least 50 soldiers"]
    assert found[0].source == "two security sources and a local resident"


def test_zero_before_a_mass_noun_is_no_count() -> None:
    assert not figures_of("Iranian officials rejected a U.S. demand for zero enrichment on Thursday.")
    assert only("The army reported zero casualties in the raid.").value == 0


def test_a_distance_at_sea_is_no_count() -> None:
    assert not figures_of("The vessel was struck about 51 nautical miles southwest of Hodeidah late on Sunday.")


def test_the_count_of_a_participle_sharing_a_passive_is_its_own() -> None:
    found = figures_of("The interior ministry said 224 people had been detained since Thursday and 113 police "
                       "officers injured, while the opposition said dozens of protesters had been beaten.")  # fmt: skip
    assert [(f.text, f.category) for f in found][:2] == [("224 people", "detained"), ("113 police officers", "injured")]


def test_a_conjoined_clause_does_not_take_the_period_of_the_first() -> None:
    found = figures_of("The United Nations says the fighting has displaced more than 700,000 people since January "
                       "and that at least 3,000 were killed during the battle for Goma alone.")  # fmt: skip
    assert [f.period for f in found] == ["since January", None]


def test_who_puts_the_toll_at_a_number_is_its_source() -> None:
    found = only("A Reuters tally based on local sources put the civilian toll at about 500.")
    assert (found.value, found.source) == (500, "A Reuters tally based on local sources")


def test_patients_received_are_not_the_dead_counted_among_them() -> None:
    found = figures_of("The Red Cross said its field hospital received 184 patients, 19 of whom were declared dead "
                       "on arrival.")  # fmt: skip
    assert [(f.text, f.category) for f in found] == [("184 patients", "people"), ("19 of whom", "killed")]


def test_a_tally_vouching_for_an_aside_does_not_source_the_report_around_it() -> None:
    found = figures_of("Gaza's health ministry says more than 54,000 Palestinians have been killed since the war "
                       "began on October 7, 2023, when Hamas-led gunmen attacked Israel, killing about 1,200 people "
                       "and taking 251 hostages, according to Israeli tallies.")  # fmt: skip
    assert [f.source for f in found] == ["Gaza's health ministry", "Israeli tallies", "Israeli tallies"]


def test_one_guard_with_an_adjective_between_is_a_count_and_one_big_ocean_is_not() -> None:
    found = figures_of("Border forces exchanged fire late on Sunday, killing one Afghan guard and wounding three "
                       "Pakistani soldiers, officials said.")  # fmt: skip
    assert [(f.text, f.category) for f in found] == [
        ("one Afghan guard", "killed"),
        ("three Pakistani soldiers", "injured"),
    ]
    assert not figures_of("The strait links the gulf to one big ocean.")


def test_when_the_war_began_is_no_period_of_the_toll_it_took() -> None:
    found = only("The war, which erupted in April 2023, has killed tens of thousands of people.")
    assert (found.category, found.period) == ("killed", None)
    counted = only("At least 300 people who died in April were buried in the camp.")
    assert counted.period == "in April"


def test_a_count_is_placed_in_its_own_clause_and_where_it_was_sent() -> None:
    found = only("Rwanda deployed about 1,000 soldiers to Cabo Delgado province in July 2021, and has since helped retake "
                 "the port town of Mocimboa da Praia.")  # fmt: skip
    assert found.place == "Cabo Delgado"


def test_a_nationality_before_the_currency_word_names_the_currency() -> None:
    found = only("Canada announced 2 billion Canadian dollars in military aid for Ukraine.")
    assert (found.category, found.unit, found.value) == ("money", "CAD", 2_000_000_000)


def test_over_as_a_preposition_of_place_is_no_qualifier() -> None:
    found = figures_of("Russia said air defences had destroyed 95 drones over several regions.")
    assert [f.qualifier for f in found] == [None, None]
    assert only("The blast killed over 300 people.").low == 301


def test_a_persons_age_between_commas_is_no_count() -> None:
    found = figures_of('"We have no tents," said Mohammad Ismail, 45, who lost six members of his family.')
    assert [f.text for f in found] == ["six members"]


def test_a_joined_clause_with_its_own_subject_keeps_its_period() -> None:
    found = figures_of("More than 1.3 million Haitians have been displaced by the violence, and some 5,600 people "
                       "were killed in gang-related violence last year.")  # fmt: skip
    assert [(f.category, f.period) for f in found] == [("displaced", None), ("killed", "last year")]


def test_since_the_full_scale_invasion_is_a_period() -> None:
    found = only("Since the full-scale invasion in February 2022, Britain has sanctioned more than 2,700 people.")
    assert found.period == "Since the full-scale invasion in February 2022"


def test_since_a_group_took_up_arms_is_a_period() -> None:
    found = only("More than 40,000 people have been killed in the conflict since the PKK took up arms in 1984.")
    assert found.period == "since the PKK took up arms in 1984"


def test_people_charged_with_a_murder_are_not_the_dead() -> None:
    found = figures_of("Six people, including three police officers, have been charged with his murder.")
    assert [f.category for f in found] == ["detained", "detained"]


def test_a_count_a_reports_quote_leaves_out_is_still_its_speakers() -> None:
    found = figures_of("Local activists accused the RSF of killing at least 1,500 people as fighters swept through "
                       "the city, including more than 460 patients at the Saudi Maternity Hospital.")  # fmt: skip
    assert [f.source for f in found] == ["Local activists", "Local activists"]


def test_locations_struck_are_not_the_wounded() -> None:
    found = figures_of("The military said 26 people had been killed and 46 wounded in the strikes on six locations.")
    assert [f.category for f in found] == ["killed", "injured", "other"]


def test_who_puts_a_toll_at_a_count_of_deaths_is_its_source_since_the_outbreak_began() -> None:
    found = only("The World Health Organization put the national toll at 2,400 deaths since the outbreak began in "
                 "August 2024.")  # fmt: skip
    assert (found.source, found.period) == (
        "The World Health Organization",
        "since the outbreak began in August 2024",
    )


def test_a_count_in_a_relative_clause_takes_no_period_of_the_sentence() -> None:
    found = only("Weekly cases in the camps around Tawila, where hundreds of thousands of people fled, had doubled "
                 "over the past month.")  # fmt: skip
    assert (found.category, found.period) == ("displaced", None)


def test_the_last_twenty_hostages_handed_over_are_counted_exactly() -> None:
    found = only("Hamas handed over the last 20 living Israeli hostages to the Red Cross on Monday.")
    assert (found.category, found.low, found.qualifier) == ("hostages", 20, None)
    assert only("Hamas handed over 20 living Israeli hostages.").qualifier is None


def test_a_count_included_in_a_toll_taken_for_the_speakers_is_a_toll_too() -> None:
    found = figures_of("A Myanmar military air strike on a Buddhist monastery in the central Sagaing region killed "
                       "at least 23 people, including four children, who were sheltering there from fighting "
                       "nearby, two residents and an opposition group said.")  # fmt: skip
    assert [(f.text, f.category) for f in found] == [("at least 23 people", "killed"), ("four children", "killed")]


def test_the_two_sides_are_no_count() -> None:
    assert not figures_of("The two sides agreed at talks in Istanbul in June to free all severely wounded prisoners.")


def test_half_a_million_is_500000_and_an_age_limit_is_no_count() -> None:
    found = figures_of("The IPC said more than half a million people faced catastrophic conditions, and that at "
                       "least 132,000 children under five were at risk of death from acute malnutrition.")  # fmt: skip
    assert [(f.text, f.low, f.category) for f in found] == [
        ("more than half a million people", 500001, "people"),
        ("at least 132,000 children", 132000, "people"),  # at risk of death: not dead
    ]
    assert only("A quarter of a million people fled to Chad.").value == 250000


def test_a_toll_raised_to_a_number_counts_the_dead_though_a_since_clause_stands_between() -> None:
    found = figures_of("Eight more people had died of malnutrition, raising the number of such deaths since the "
                       "war began to 271, the ministry said.")  # fmt: skip
    assert [(f.text, f.category) for f in found] == [("Eight more people", "killed"), ("271", "killed")]


def test_a_building_s_storeys_are_no_count() -> None:
    assert not figures_of("A nine-storey apartment block was partly destroyed in the attack.")


def test_the_incidents_people_died_in_and_the_two_parties_named_again_are_no_tolls() -> None:
    found = figures_of("Thousands of people were killed in two wars over the region. The two countries also asked "
                       "the OSCE to dissolve the Minsk Group.")  # fmt: skip
    assert [(f.text, f.category) for f in found] == [("Thousands of people", "killed"), ("two wars", "other")]


def test_a_crew_counts_people() -> None:
    assert only("All 22 crew were rescued by a passing vessel and taken to Djibouti.").category == "people"


def test_a_count_between_two_numbers_is_one_range_and_hundreds_of_thousands_closes_a_clause() -> None:
    (troops,) = figures_of("Rwanda had deployed between 6,000 and 7,000 troops in eastern Congo.")
    assert (troops.text, troops.low, troops.high) == ("between 6,000 and 7,000 troops", 6000, 7000)
    assert only("Fighting has displaced hundreds of thousands, according to the United Nations.").low == 200000
    assert not figures_of("Talks between 2 and 3 p.m. were held.")


def test_a_number_inside_the_name_of_a_war_or_an_article_is_no_count() -> None:
    assert figures_of('"This is the closest we have been to open conflict since World War Two," Tusk said.') == ()
    assert figures_of("Poland invoked Article 4 of the NATO treaty on Wednesday, Tusk said.") == ()


def test_a_number_joined_to_a_singular_noun_or_counting_batches_is_no_count() -> None:
    assert figures_of("Washington drafted a 28-point plan, which the 15-member council discussed on Monday.") == ()
    assert figures_of("The hostages were handed over to the Red Cross in two groups, the military said.") == ()


def test_an_amount_joined_by_hyphens_is_money() -> None:
    found = figures_of("Leaders agreed to fund a 90-billion-euro loan for Ukraine and a $1.5-billion aid package.")
    assert [(f.value, f.unit) for f in found] == [(90_000_000_000, "EUR"), (1_500_000_000, "USD")]


def test_people_forced_from_their_homes_are_displaced() -> None:
    found = only("Floods have forced more than 1.2 million people from their homes over the past week.")
    assert (found.category, found.low) == ("displaced", 1_200_001)


def test_an_amount_in_a_clause_with_its_own_subject_is_not_the_reporters() -> None:
    found = figures_of("The United Nations said it was sending medical teams, and Britain announced 1 million pounds "
                       "in emergency funding.")  # fmt: skip
    assert [(f.text, f.source) for f in found] == [("1 million pounds", None)]


def test_who_puts_a_number_on_a_crowd_or_losses_is_its_source() -> None:
    found = figures_of(
        "Police estimated the crowd at 39,000, while a monitoring group, the Archive of Public Gatherings, put it "
        "at about 110,000, saying it was one of the largest gatherings. Kabul put its own losses at nine."
    )
    by_text = {f.text: f for f in found}
    assert (by_text["39,000"].source, by_text["39,000"].category) == ("Police", "people")
    assert by_text["about 110,000"].source == "a monitoring group, the Archive of Public Gatherings"
    assert by_text["nine"].source == "Kabul"


def test_sources_named_with_according_to_are_not_counted() -> None:
    found = figures_of(
        "A spokesman said 14 people had been arrested, including the ringleader, who was still on the run "
        "according to two security sources."
    )
    assert [f.text for f in found] == ["14 people"]


def test_a_number_in_a_broadcasters_name_is_no_count() -> None:
    assert figures_of("The president told France 24 by telephone that he had been arrested.") == ()


def test_a_million_takes_the_qualifier_before_its_article() -> None:
    found = only("Aid agencies say nearly a million people are living in blockaded towns.")
    assert (found.text, found.low, found.high) == ("nearly a million people", None, 1_000_000)


def test_the_weight_of_a_bomb_is_no_count() -> None:
    assert [f.text for f in figures_of("He said a jet dropped two 500-lb bombs on the building.")] == []


def test_tellers_after_a_count_of_the_dead_are_its_source() -> None:
    found = only("A drone strike hit a busy market in Ethiopia's Amhara region on Tuesday, killing at least 40 "
                 "people, three residents and a health worker said, in one of the deadliest attacks.")  # fmt: skip
    assert (found.text, found.source) == ("at least 40 people", "three residents and a health worker")


def test_vehicles_destroyed_are_no_aid_but_aid_trucks_are() -> None:
    found = {f.text: f.category for f in figures_of("Gunmen attacked the depot on Friday, torching 30 trucks, "
                                                    "police said.")}  # fmt: skip
    assert found["30 trucks"] == "other"
    assert only("Air strikes destroyed 12 aid trucks on the road to Sanaa.").category == "aid"
    assert only("About 250 trucks entered the enclave on Sunday.").category == "aid"


def test_people_seized_by_gunmen_are_hostages_and_by_police_detained() -> None:
    assert only("Bandits seized 40 farmers from their fields near Zurmi on Sunday.").category == "hostages"
    assert only("Police seized 12 suspects in a dawn raid in Kano.").category == "detained"


def test_a_count_before_a_reporting_clause_with_its_own_teller_is_counted() -> None:
    found = only("The governor ordered the hiring of 5,000 more police officers, his spokesman said.")
    assert (found.value, found.source) == (5000, "his spokesman")


def test_one_protester_who_speaks_is_no_count_and_sanctioned_commanders_are() -> None:
    assert figures_of('"We want the truth," said one protester.') == ()
    found = only("The bloc's new sanctions on two army commanders, announced on Monday, freeze their assets.")
    assert found.value == 2


def test_asking_for_a_number_is_no_count() -> None:
    found = figures_of("Police said officers killed several bandits. He did not give a number.")
    assert [f.text for f in found] == ["several bandits"]
    assert [f.text for f in figures_of("A number of people were killed in the raid.")] == ["A number of people"]


def test_a_bomb_s_weight_in_pounds_is_no_money_and_no_count() -> None:
    found = figures_of("The group said a jet dropped two 500-pound bombs on the hospital. He was fined 500 pounds.")
    assert [(f.text, f.category) for f in found] == [("500 pounds", "money")]


def test_a_group_a_killed_commander_belonged_to_is_not_the_dead() -> None:
    (fig,) = figures_of(
        "Fighting erupted after a commander of one group was shot dead at a checkpoint, residents said."
    )
    assert fig.category == "other"
