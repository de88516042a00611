"""Dates resolved against the publication date, the way news uses them."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.dates import extract_dates
from newsledger.extract.timex import normalise
from newsledger.pipeline import parse_input
from newsledger.records import DateRef

FRIDAY = "2025-03-14"  # a Friday


def dates_of(text: str, published: str = FRIDAY) -> dict[str, DateRef]:
    article = clean("GENEVA (Reuters) - " + text, "test", published=published)
    found = extract_dates(nlp.parse(parse_input(article)), article)
    for d in found:
        assert article.text[d.start : d.end] == d.text
    return {d.text: d for d in found}


def test_bare_weekday_in_a_past_report_is_the_one_before() -> None:
    assert dates_of("The envoy met both delegations on Tuesday, officials said.")["Tuesday"].value == "2025-03-11"


def test_bare_weekday_of_a_scheduled_event_is_the_next_one() -> None:
    d = dates_of("The envoy will travel to Geneva on Tuesday for a new round of talks, officials said.")
    assert d["Tuesday"].value == "2025-03-18"


def test_same_day_weekday() -> None:
    assert dates_of("The envoy said on Friday that talks had failed.")["Friday"].value == FRIDAY


def test_reporting_day_is_not_the_planned_day() -> None:
    d = dates_of("The ministry said Wednesday it would hold talks with the rebels, officials said.")
    assert d["Wednesday"].value == "2025-03-12"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The offensive began on February 24, officials said.", "February 24", "2025-02-24"),
        ("The ceasefire took effect on December 24, officials said.", "December 24", "2024-12-24"),
        ("Elections will be held on April 27, officials said.", "April 27", "2025-04-27"),
        ("The attack on Oct. 7, 2023, killed about 1,200 people, officials said.", "Oct. 7, 2023", "2023-10-07"),
    ],
)
def test_dates_without_a_year_take_the_nearest_in_the_right_direction(sentence: str, text: str, value: str) -> None:
    assert dates_of(sentence)[text].value == value


@pytest.mark.parametrize(
    ("expression", "value", "kind"),
    [
        ("yesterday", "2025-03-13", "date"),
        ("overnight", "2025-03-14", "date"),
        ("last week", "2025-W10", "date"),
        ("earlier this month", "2025-03", "date"),
        ("last month", "2025-02", "date"),
        ("last year", "2024", "date"),
        ("March 2024", "2024-03", "date"),
        ("the past 24 hours", "PT24H", "duration"),
        ("two weeks", "P2W", "duration"),
        ("a decade", "P10Y", "duration"),
        ("three days ago", "2025-03-11", "date"),
        ("Tuesday night", "2025-03-11TNI", "time"),
        ("now", "PRESENT_REF", "date"),
        ("the third quarter", "2024-Q3", "date"),  # past tense: the latest third quarter begun
        ("the next couple of years", "P2Y", "duration"),
        ("4 in the morning", "2025-03-14T04:00", "time"),
        ("eight o'clock in the evening", "2025-03-14T20:00", "time"),
        ("the day Tuesday", "2025-03-11", "date"),
        ("a few days later", "PXD", "duration"),  # no count to place the day by
        ("months-long", "PXM", "duration"),  # "a months-long operation"
    ],
)
def test_normaliser(expression: str, value: str, kind: str) -> None:
    assert normalise(expression, dt.date.fromisoformat(FRIDAY)) == (kind, value)


@pytest.mark.parametrize(
    ("expression", "future", "value"),
    [
        ("Dec. 15", None, "2024-12-15"),  # no tense: the nearer one (FRIDAY is in March)
        ("April 2", None, "2025-04-02"),
        ("April 2", False, "2024-04-02"),  # past tense: the most recent past one
        ("the third quarter", None, "2025-Q3"),
        ("nineteen ninety-six", False, "1996"),
        ("two and a half years", False, "P2Y6M"),
        ("the nineties", False, "199"),
        ("the 20th century", False, "19"),
        ("June last year", False, "2024-06"),
        ("last night", False, "2025-03-13TNI"),
        ("late yesterday", False, "2025-03-13"),
        ("the weekend", False, "2025-W10-WE"),
        ("several years ago", False, "PAST_REF"),
        ("the end of October", False, "2024-10"),
        ("noon Thursday", False, "2025-03-13T12:00"),
        ("Thursday evening", False, "2025-03-13TEV"),
        ("mid-afternoon yesterday", False, "2025-03-13TAF"),
        ("last April", True, "2024-04"),  # "last" looks back whatever the tense
        ("weeks", False, "PXW"),
        ("centuries", False, "PXC"),
        ("a few days", False, "PXD"),
        ("the past two quarters", False, "P2Q"),
        ("early next year", False, "2026"),
        ("the first nine months of the year", False, "P9M"),
        ("this year's first quarter", False, "2025-Q1"),
        ("the fourth quarter", True, "2024-Q4"),  # ended ten weeks ago: its results are still to come
        ("the next two years or so", True, "P2Y"),
        ("0300 GMT", False, "2025-03-14T03:00Z"),
        ("16:00 UTC yesterday", False, "2025-03-13T16:00Z"),
        ("6:40 p.m. (GMT+8)", False, "2025-03-14T10:40Z"),  # a zone offset is taken back to UTC
        ("2 a.m. (GMT+3)", False, "2025-03-13T23:00Z"),  # ... and the day with it
        ("10 p.m. EST", False, "2025-03-14T22:00"),  # other zones: the clock as written, as TimeBank does
        ("two consecutive quarters", False, "P2Q"),
        ("the past five trading days", False, "P5D"),
        ("the third quarter of last year", True, "2024-Q3"),
        ("the '70s", False, "197"),
        ("the past decade", False, "P10Y"),
        ("the time being", True, "PRESENT_REF"),
        ("March eighth", False, "2025-03-08"),  # a day of the month spelt out: the ordinal is the day
        ("the twenty-first of May", False, "2024-05-21"),
        ("this coming Sunday, March sixteenth", True, "2025-03-16"),
        ("June thirty-first", False, None),  # no such day
        ("the eighth day", False, None),  # an ordinal with no month is not a day of the month
        ("a decade ago", False, "2015"),  # a year, as "ten years ago" is
        ("March 3 last year", False, "2024-03-03"),  # the day in the year named, not this year's
        ("the 5th of June last year", True, "2024-06-05"),
        ("March 3 next year", None, "2026-03-03"),
        ("two decades ago", False, "2005"),
    ],
)
def test_normaliser_with_tense(expression: str, future: bool | None, value: str | None) -> None:
    assert normalise(expression, dt.date.fromisoformat(FRIDAY), future)[1] == value


def test_since_the_war_began_is_tied_to_the_start_the_article_gives() -> None:
    d = dates_of(
        "The war began in February 2022. More than 10,000 civilians have been killed since the war began, "
        "the U.N. said."
    )
    assert d["since the war began"].value == "2022-02/2025-03-14"
    assert d["since the war began"].kind == "interval"


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    article = clean("GENEVA (Reuters) - The envoy met both sides on Tuesday and on March 3, 2025.", "t")
    found = {d.text: d.value for d in extract_dates(nlp.parse(parse_input(article)), article)}
    assert found["Tuesday"] is None
    assert found["March 3, 2025"] == "2025-03-03"


def test_ages_are_not_dates() -> None:
    assert "45 years old" not in dates_of("The victim was 45 years old, police said on Friday.")


def test_a_day_and_its_time_of_day_are_one_expression() -> None:
    article = clean(
        "GENEVA (Reuters) - The ceasefire took effect at noon Thursday, officials said.", "t", published=FRIDAY
    )
    dates = extract_dates(nlp.parse(parse_input(article)), article)
    assert [(d.text, d.value) for d in dates] == [("noon Thursday", "2025-03-13T12:00")]


def test_two_days_later_counts_from_the_day_named_before() -> None:
    article = clean(
        "GENEVA (Reuters) - Troops entered the town on March 3, officials said. Two days later, the army "
        "withdrew. The next day talks began.",
        "t",
        published=FRIDAY,
    )
    dates = extract_dates(nlp.parse(parse_input(article)), article)
    assert [(d.text, d.value) for d in dates] == [
        ("March 3", "2025-03-03"),
        ("Two days later", "2025-03-05"),
        ("The next day", "2025-03-06"),
    ]


def test_a_year_earlier_in_a_quarterly_report_is_the_year_ago_quarter() -> None:
    found = dates_of(
        "Net income rose to $12 million in the fourth quarter, the company said, compared with $9 million a "
        "year earlier."
    )
    assert found["fourth quarter"].value == "2024-Q4"
    assert found["a year earlier"].value == "2023-Q4"


def test_a_deadline_lies_ahead_of_a_past_report() -> None:
    found = dates_of("The ministry said the ceasefire was extended to April 2 and aid would flow until Tuesday.")
    assert found["April 2"].value == "2025-04-02"  # not the April 2 of last year
    assert found["Tuesday"].value == "2025-03-18"


def test_present_tense_schedule_takes_the_nearer_date() -> None:
    assert dates_of("Parliament reconvenes April 7 to vote on the truce.")["April 7"].value == "2025-04-07"


def test_a_quarterly_dividend_is_not_a_date() -> None:
    assert "quarterly" not in dates_of("The board declared a quarterly dividend of 10 cents a share on Tuesday.")


def test_the_year_ended_is_a_span_of_a_year() -> None:
    found = dates_of("The company lost $3 million in the year ended June 30, it said on Tuesday.")
    assert next(d for t, d in found.items() if t.endswith("year")).value == "P1Y"


def test_a_range_is_two_dates() -> None:
    found = dates_of("Shelling killed dozens of people between 2019 and 2021, the monitor said on Tuesday.")
    assert found["2019"].value == "2019" and found["2021"].value == "2021"


def test_holidays_resolve_to_their_day() -> None:
    assert normalise("Christmas", dt.date.fromisoformat(FRIDAY))[1] == "2024-12-25"
    assert normalise("Thanksgiving Day", dt.date(2000, 1, 7))[1] == "1999-11-25"


def test_utc_times_the_model_misses_are_found() -> None:
    found = dates_of("Air raid sirens sounded across the capital at 0300 GMT, and again at 14:40 UTC.")
    assert found["0300 GMT"].value == "2025-03-14T03:00Z"
    assert found["14:40 UTC"].value == "2025-03-14T14:40Z"


def test_days_the_model_tags_as_another_name_or_leaves_untagged_are_found() -> None:
    found = dates_of(
        "Bookings collapsed after the Aug. 7 Embassy bombings. Families will apply for visas today at the consulate."
    )
    assert found["Aug. 7"].value == "2024-08-07"
    assert found["today"].value == "2025-03-14"


def test_a_noun_the_model_takes_into_a_count_of_days_is_left_out() -> None:
    found = dates_of(
        "The clashes erupted on March 11, in retaliation for what Kabul said were air strikes on the capital two "
        "days earlier."
    )
    assert found["two days earlier"].value == "2025-03-09"


def test_a_clock_time_takes_no_day_from_a_day_that_names_a_thing() -> None:
    found = dates_of(
        "Officers took control, a day before the results of Sunday's election were due. The president said he "
        "had been arrested at around midday in his office."
    )
    assert found["around midday"].value == "2025-03-14T12:00"


def test_a_participle_takes_the_tense_of_its_verb() -> None:
    found = dates_of("The attack came weeks before the junta holds an election, starting on March 28, which critics "
                     "have dismissed.")  # fmt: skip
    assert found["March 28"].value == "2025-03-28"  # present tense, no past: the nearer March 28


def test_later_in_the_day_is_the_day_told_and_a_clock_shortly_after_is_on_its_day() -> None:
    found = dates_of("One girl escaped on Tuesday and returned home later in the day. The blast came shortly after "
                     "3 p.m. on Wednesday.")  # fmt: skip
    assert found["later in the day"].value == "2025-03-11"
    assert found["shortly after 3 p.m. on Wednesday"].value == "2025-03-12T15:00"
    assert normalise("just before midnight", dt.date.fromisoformat(FRIDAY), False)[1] == "2025-03-13T24:00"


def test_a_month_naming_a_thing_told_before_is_that_month() -> None:
    found = dates_of("The two sides signed an agreement in May. The envoy urged both sides to implement the May "
                     "agreement.")  # fmt: skip
    assert [d.value for d in found.values()] == ["2024-05"]  # (the next May, ahead, is the nearer)


def test_names_that_hold_a_day_are_not_dates() -> None:
    found = dates_of("USA Today said crowds filled the March 23 Movement's offices in the capital.")
    assert found == {}


def test_the_same_month_a_year_ago_is_the_month_reported_a_year_back() -> None:
    found = dates_of("Arrivals at the border fell 35% in January compared with the same month a year ago.")
    assert found["January"].value == "2025-01"
    assert next(d for t, d in found.items() if "same month" in t).value == "2024-01"


def test_fractions_scores_and_ages_are_not_dates() -> None:
    found = dates_of(
        "The agency closed about a quarter of its 3,200 clinics. The index ended at 8,579.19. "
        "The commander died at the age of 56."
    )
    assert not any("quarter" in t or "8,579" in t or "56" in t for t in found)


def test_since_the_war_began_counts_from_the_invasion_the_article_dates() -> None:
    found = dates_of(
        "Russia launched its full-scale invasion on Feb. 24, 2022. Ukraine says Russia has lost more than a "
        "million troops since the war began."
    )
    assert found["since the war began"].value == "2022-02-24/2025-03-14"


def test_what_is_due_or_set_for_a_date_lies_ahead() -> None:
    due = dates_of("The U.N. envoy is due to brief the Security Council on Thursday.")
    assert due["Thursday"].value == "2025-03-20"
    elections = dates_of("The military has announced elections for December, which opposition groups reject.")
    assert elections["December"].value == "2025-12"
    assert dates_of("Exports fell in December, data showed.")["December"].value == "2024-12"


def test_an_approximate_clock_time_joins_its_day_and_a_tenseless_weekday_is_the_nearer() -> None:
    found = dates_of("The strike happened at around 3 a.m. on Wednesday, police said.")
    assert found["around 3 a.m. on Wednesday"].value == "2025-03-12T03:00"
    # A Friday story: the Saturday a deadline "expires" on is tomorrow, not six days ago.
    assert dates_of("The deadline expires at midnight on Saturday.")["midnight on Saturday"].value == "2025-03-15T24:00"


def test_a_weekday_settles_the_year_of_a_date_without_one() -> None:
    # Published Friday 14 March 2025: March 15, 2025 is a Saturday; March 15, 2024 was a Friday.
    assert dates_of("The talks open on Saturday, March 15, in Doha.")["Saturday, March 15"].value == "2025-03-15"
    assert dates_of("The truce collapsed on Friday, March 15.")["Friday, March 15"].value == "2024-03-15"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # present progressive, present passive, infinitive purpose, "to be" + participle, open modals: a
        # schedule as often as a fact, so the nearer date (April 2 is 19 days ahead, 346 days back)
        ("The ministry said it is calling for a ceasefire on April 2.", "April 2", "2025-04-02"),
        ("Rebels said the case is heard in April at the court in The Hague.", "April", "2025-04"),
        ("The envoy invited both sides to Geneva to sign the accord on April 2.", "April 2", "2025-04-02"),
        ("Guidelines to be published in early April will set the quotas, he said.", "early April", "2025-04"),
        ("The dispute may finally be resolved at a hearing on April 2, lawyers said.", "April 2", "2025-04-02"),
        ("The agency gave no reason for the April 2 deadline.", "April 2", "2025-04-02"),
        ("The company declared a dividend payable April 30 to holders of record April 2.", "April 2", "2025-04-02"),
        # "is to", "set to": ahead
        ("The crossing is to reopen on Tuesday, officials said.", "Tuesday", "2025-03-18"),
        ("The peace talks, set to resume Monday in Cairo, stalled.", "Monday", "2025-03-17"),
        # a participle describing a noun is not a schedule; a perfect is a past
        ("The index fell within 70 points of its record high set on Aug. 6.", "Aug. 6", "2024-08-06"),
        ("Police have been searching for him since the March 20 shooting.", "March 20", "2024-03-20"),
    ],
)
def test_tense_of_a_year_less_date(sentence: str, text: str, value: str) -> None:
    assert dates_of(sentence)[text].value == value


def test_a_bare_weekday_with_no_tense_is_the_nearer() -> None:
    # A Friday story: "meet Monday" is three days ahead, not four days back.
    found = dates_of("He and the Palestinian leader meet separately Monday with the U.S. envoy.")
    assert found["Monday"].value == "2025-03-17"


def test_midnight_in_a_past_clause_began_the_day_and_a_change_started_in_the_past() -> None:
    found = dates_of("Residents said they heard loud explosions shortly after midnight.")
    assert found["midnight"].value == "2025-03-13T24:00"
    # A March story: the May a price rose from is last year's, though the sentence is in the present (the
    # nearer May would be two months ahead).
    prices = dates_of("A bag of sorghum now costs 100,000 pounds, up from 20,000 in May, the WFP said.")
    assert prices["May"].value == "2024-05"


def test_a_pace_is_not_a_date() -> None:
    found = dates_of('"Prices rise by the day," a trader said. Shelling has grown worse day by day, residents said.')
    assert not [d for d in found.values() if "day" in d.text]
    assert dates_of("The plan was to halve poverty by the year 2030, he said.")["year 2030"].value == "2030"


def test_months_and_years_later_count_from_the_month_named_before() -> None:
    found = dates_of(
        "Troops retook the town in November 2022. Seven months later, a dam upstream burst. Two years later the "
        "town was still half empty."
    )
    assert found["Seven months later"].value == "2023-06"
    assert found["Two years later"].value == "2025"  # after the burst, the last date named


def test_the_start_of_the_year_is_the_year() -> None:
    assert (
        dates_of("At least 180 civilians have been killed since the start of the year.")["start of the year"].value
        == "2025"
    )


def test_since_a_month_is_a_past_start_and_dates_the_war() -> None:
    found = dates_of(
        "The militia, at war with the army since April 2023, has besieged the town since June. More than 12 "
        "million people have fled their homes since the war began, the IOM said.",
        published="2025-12-01",
    )
    assert found["June"].value == "2025-06"  # not next June: "since" looks back
    assert found["since the war began"].value == "2023-04/2025-12-01"


def test_a_bound_before_a_date_is_not_part_of_it() -> None:
    found = dates_of("Schools will stay shut until at least March 24, the ministry said.")
    assert "March 24" in found and not any("least" in text for text in found)
    assert found["March 24"].value == "2025-03-24"


def test_parts_of_a_day_join_their_date_and_halves_and_ordinal_days_resolve() -> None:
    found = dates_of(
        "Fighting erupted on the night of Nov. 3-4, officials said. A drone hit the depot last Thursday night. "
        "The summit is due to start on the 20th. Attacks rose in the first half of the year. "
        "He was freed in the early hours of Sunday."
    )
    assert found["night of Nov. 3-4"].value == "2024-11-03"  # one expression, not "night of" and a date
    assert found["last Thursday night"].value == "2025-03-13TNI"
    assert found["20th"].value == "2025-03-20"  # this month's 20th, still ahead
    assert found["the first half of the year"].value == "2025-H1"
    assert found["early hours of Sunday"].value == "2025-03-09"


def test_the_same_day_is_the_day_named_before() -> None:
    found = dates_of("Rebels shelled the town on Saturday. The army said it had shot down drones on the same day.")
    assert found["the same day"].value == found["Saturday"].value == "2025-03-08"


def test_an_incident_labelled_by_its_date_lies_behind_the_report() -> None:
    found = dates_of(
        "India said it was targeting infrastructure used to plan the April 22 attack on tourists.", "2025-05-07"
    )
    assert found["April 22"].value == "2025-04-22"  # not 2026: nobody labels an attack still to come by its date


def test_the_future_of_a_place_is_no_date() -> None:
    found = dates_of("Trump co-chaired a summit on the future of Gaza. Talks will continue in the near future.")
    assert "the future" not in found and found["the near future"].value == "FUTURE_REF"


def test_a_province_the_model_tagged_as_a_date_is_no_date() -> None:
    found = dates_of(
        "Drones killed 19 civilians in Amhara. The commission counted 80 deaths in Amhara between July and September."
    )
    assert sorted(d.text for d in found.values()) == ["July", "September"]


def test_a_count_from_another_date_is_never_from_publication() -> None:
    found = dates_of("Kidnappers seized 300 pupils in March 2024. They were freed about two weeks later.")
    assert found["about two weeks later"].value is None  # no day to count from
    found = dates_of("On March 7, gunmen seized 300 pupils. About two weeks later, they were freed.")
    assert found["About two weeks later"].value == "2025-03-21"


def test_a_clock_and_the_day_it_falls_on() -> None:
    found = dates_of("The offer was extended until 5 p.m. EST March 20. About $14 million left Friday Feb. 28.")
    assert found["5 p.m. EST March 20"].value == "2025-03-20T17:00"
    assert found["Friday Feb. 28"].value == "2025-02-28"  # one expression, though the model tags two
    found = dates_of("The blast occurred at about 10:35 a.m. (0735 GMT) Thursday, toppling a building.")
    assert found["about 10:35 a.m."].value == "2025-03-13T10:35"  # Thursday's, not the publication day's
    found = dates_of("The father will leave at 4 a.m. EDT Monday, Castro said.")
    assert found["4 a.m. EDT Monday"].value == "2025-03-17T04:00"


def test_tense_of_until_a_participle_and_ahead_of() -> None:
    assert dates_of("Until Thursday, police had not called him a suspect.")["Thursday"].value == "2025-03-13"
    assert dates_of("The offer was extended until Tuesday.")["Tuesday"].value == "2025-03-18"
    found = dates_of("They said they would appeal the ruling, announced Wednesday by the court.")
    assert found["Wednesday"].value == "2025-03-12"  # a done act, though the clause it hangs from looks ahead
    assert dates_of("Traders squared positions ahead of the weekend.")["weekend"].value == "2025-W11-WE"


def test_half_years_however_written() -> None:
    pub = dt.date(1989, 11, 1)
    assert normalise("the last half of 1989", pub) == ("date", "1989-H2")
    assert normalise("the first two quarters of 1990", pub) == ("date", "1990-H1")


def test_a_weekly_rite_is_no_day() -> None:
    found = dates_of("In March, gunmen killed 44 worshippers during Friday prayers at a mosque, officials said.")
    assert sorted(found) == ["March"]


def test_that_day_and_a_bare_clock_take_the_day_the_story_last_named() -> None:
    d = dates_of(
        "Hezbollah said it fired rockets at Kiryat Shmona on Tuesday night in response to strikes that killed "
        "three of its fighters earlier that day."
    )
    assert d["earlier that day"].value == "2025-03-11"  # Tuesday's, not the publication day
    clock = dates_of("An air strike killed 34 people on Sunday. The jet dropped two bombs at around 8 a.m.")
    assert clock["around 8 a.m."].value == "2025-03-09T08:00"


def test_a_distance_is_no_date() -> None:
    d = dates_of("The tanker was hit about 77 nautical miles west of Hodeidah on Wednesday, UKMTO said.")
    assert set(d) == {"Wednesday"}


def test_a_bare_clock_is_not_on_the_day_of_the_report() -> None:
    d = dates_of(
        "Drones struck the hospital late Tuesday, a doctors' group said Wednesday. The group said the drones hit "
        "the hospital around 10 p.m."
    )
    assert d["around 10 p.m."].value == "2025-03-11T22:00"


def test_the_day_before_yesterday_and_a_week_of_a_month() -> None:
    d = dates_of("Fighting resumed the day before yesterday. The offensive began in the second week of January.")
    assert d["day before yesterday"].value == "2025-03-12"
    assert d["second week of January"].value == "2025-W02"


def test_a_bare_day_in_a_range_takes_the_month_of_the_other_end() -> None:
    d = dates_of("About 35,000 people fled between 1 and 10 March, the IOM said.")
    assert (d["1"].value, d["10 March"].value) == ("2025-03-01", "2025-03-10")


def test_setting_fire_is_done_and_setting_a_date_looks_ahead() -> None:
    fire = dates_of("Israeli settlers set fire to homes in the village late on Monday, the Palestinian Authority said.")
    assert fire["Monday"].value == "2025-03-10"
    talks = dates_of("The talks are set for Monday in Geneva.")
    assert talks["Monday"].value == "2025-03-17"


def test_a_plan_in_the_past_perfect_was_for_a_day_gone_by() -> None:
    # Published on Monday 30 October 1989: a deadline that "had been due" is last Friday's, one "due" is next.
    found = dates_of(
        "The offer, which had been due to expire Friday evening, was extended to Nov. 16. The talks are due to "
        "resume on Tuesday.",
        published="1989-10-30",
    )
    assert found["Friday evening"].value == "1989-10-27TEV"
    assert found["Tuesday"].value == "1989-10-31"


def test_a_range_the_model_cut_after_and_keeps_no_joining_word() -> None:
    found = dates_of(
        "At least 4,864 people were killed in Haiti between October 2024 and June this year, the U.N. said."
    )
    assert found["October 2024"].value == "2024-10"
    assert found["June this year"].value == "2025-06"
    assert not [t for t in found if t.endswith(" and")]


def test_a_promised_election_lies_ahead() -> None:
    found = dates_of("Junta chief Min Aung Hlaing has promised elections in December.", published="2025-07-11")
    assert found["December"].value == "2025-12"
    # Held, it lies behind.
    assert dates_of("The junta held elections in December.", published="2025-07-11")["December"].value == "2024-12"


def test_the_following_year_counts_from_the_year_the_narrative_named() -> None:
    found = dates_of("The commander was arrested in 2019 and released the following year, officials said.")
    assert found["the following year"].value == "2020"
    month = dates_of("Fighting broke out in March 2021. The following month, rebels took the town.")
    assert month["The following month"].value == "2021-04"


def test_the_previous_and_following_weekday_count_from_the_day_named() -> None:
    found = dates_of("Talks collapsed on Wednesday, March 5. The rebels had attacked the previous Friday and "
                     "withdrew the following Monday.")  # fmt: skip
    assert found["the previous Friday"].value == "2025-02-28"
    assert found["the following Monday"].value == "2025-03-03"


def test_a_list_of_years_is_one_expression_per_year() -> None:
    found = dates_of("His car crossed the border in 1994, 1995 and 1997, police said.")
    assert [(t, d.value) for t, d in found.items()] == [("1994", "1994"), ("1995", "1995"), ("1997", "1997")]


def test_seasons_take_the_tense_of_their_clause() -> None:
    # Published on Friday 30 October 2026.
    found = dates_of("The unit was scrapped this past spring. Orders rose from the low levels of the early "
                     "summer. The sector is going to start getting hit in the winter.", published="2026-10-30")  # fmt: skip
    assert found["this past spring"].value == "2026-SP"
    assert found["early summer"].value == "2026-SU"
    assert found["winter"].value == "2026-WI"
    assert dates_of("Talks will resume in the spring.", published="2026-10-30")["spring"].value == "2027-SP"


def test_the_week_of_a_day_is_its_iso_week_and_a_gerund_takes_its_clause_tense() -> None:
    found = dates_of("The dispute may be resolved in a court hearing the week of March 20.")
    assert found["week of March 20"].value == "2025-W12"


def test_every_weekday_is_a_set() -> None:
    found = dates_of("Protesters have rallied every Friday since January.")
    assert (found["every Friday"].kind, found["every Friday"].value) == ("set", "XXXX-WXX-5")


def test_since_year_end_is_the_last_year_end() -> None:
    assert dates_of("Shares are down 8% since year-end.")["year-end"].value == "2024-12-31"


def test_days_later_after_a_month_count_from_no_day() -> None:
    found = dates_of("Officials said on Thursday the search went on. In March 2024 more than 130 pupils were "
                     "seized. They were released about two weeks later.")  # fmt: skip
    assert found["about two weeks later"].value is None


def test_since_the_fighting_began_is_dated_by_the_violence_that_erupted() -> None:
    found = dates_of("Gunmen killed 19 people over the weekend, prosecutors said on Monday, as a war between rival "
                     "factions entered its second year. The violence erupted on Sept. 9, 2024, weeks after the "
                     "leader was arrested. More than 1,700 people have been killed since the fighting began.")  # fmt: skip
    assert "Sept. 9, 2024" in found  # not "Sept. 9, 2024, weeks"
    assert found["since the fighting began"].value == "2024-09-09/2025-03-14"


def test_a_meeting_requested_for_a_weekday_is_the_nearer_one() -> None:
    # Published on Sunday 9 March 2025: the meeting asked for "on Monday" is tomorrow's.
    found = dates_of("Russia and the United States requested a closed-door meeting of the U.N. Security Council on "
                     "Monday.", published="2025-03-09")  # fmt: skip
    assert found["Monday"].value == "2025-03-10"


def test_a_ceasefire_from_midnight_starts_at_the_coming_midnight() -> None:
    found = dates_of("Thailand and Cambodia agreed on Monday to an immediate ceasefire from midnight.",
                     published="2025-07-28")  # fmt: skip
    assert found["midnight"].value == "2025-07-28T24:00"


def test_a_duration_the_model_ran_into_and_keeps_no_and() -> None:
    found = dates_of("All four Moscow airports were closed for several hours and dozens of flights were diverted.")
    assert (found["several hours"].kind, found["several hours"].value) == ("duration", "PTXH")


def test_a_weekday_before_the_verb_vote_is_in_its_past_tense() -> None:
    article = clean("NEW YORK (Reuters) - The U.N. Security Council on Tuesday voted to authorize a new force.",
                    "test", published="2025-10-05")  # fmt: skip
    (found,) = extract_dates(nlp.parse(parse_input(article)), article)
    assert found.value == "2025-09-30"


def test_a_deictic_month_the_model_leaves_untagged_is_a_date() -> None:
    found = dates_of("Russian forces captured the town of Siversk in the east earlier this month, Russia's defence "
                     "ministry said.")  # fmt: skip
    assert found["earlier this month"].value == "2025-03"


def test_a_time_word_inside_a_span_the_model_overstretched_is_the_date() -> None:
    found = dates_of("Gunmen killed at least 12 people and abducted dozens in an overnight raid on a farming village "
                     "in Zamfara state, police said on Saturday.")  # fmt: skip
    assert "overnight" in found and not any("dozens" in text for text in found)


def test_midday_after_a_named_day_is_that_day_s_and_a_place_before_this_year_is_not_a_date() -> None:
    found = dates_of("A drone strike killed at least 30 civilians on Monday, witnesses said. The strike hit the "
                     "market at around midday, a health worker said. At least 200 civilians had been killed in "
                     "drone strikes in Amhara this year.")  # fmt: skip
    assert found["around midday"].value == "2025-03-10T12:00"
    assert found["this year"].value == "2025" and not any("Amhara" in text for text in found)


def test_the_day_a_protest_is_called_for_is_the_nearer_one() -> None:
    found = dates_of("Opposition leader Venancio Mondlane called a protest in Maputo on Saturday.", "2025-10-03")
    assert found["Saturday"].value == "2025-10-04"  # the day after a Friday's report, not six days before


def test_a_date_in_the_name_of_a_square_or_a_movement_is_no_date() -> None:
    found = dates_of("Soldiers escorted thousands into the capital's May 13 Square on Saturday, and the March 23 "
                     "Movement said it backed them.")  # fmt: skip
    assert list(found) == ["Saturday"]


def test_the_weekend_before_what_followed_it_is_the_weekend_alone() -> None:
    found = dates_of("The president fled over the weekend following weeks of youth-led protests.")
    assert found["weekend"].value == "2025-W10-WE"
    assert "weeks" in found


def test_a_holiday_or_a_named_day_beside_a_day_is_that_day() -> None:
    found = dates_of("Trump had given Ukraine until Thursday, the Thanksgiving holiday, to accept the plan.",
                     published="2025-11-24")  # fmt: skip
    assert found["Thursday"].value == found["Thanksgiving"].value == "2025-11-27"
    found = dates_of("Voters went to the polls on Wednesday, election day, amid an internet shutdown.")
    assert found["election day"].value == found["Wednesday"].value == "2025-03-12"


def test_a_day_and_its_year_before_a_noun_are_one_date() -> None:
    found = dates_of("Hamas fighters took 251 hostages in the Oct. 7, 2023 attack that started the war.")
    assert found["Oct. 7, 2023"].value == "2023-10-07"


def test_a_bare_part_of_the_day_is_of_the_day_named_last() -> None:
    found = dates_of("An air strike hit a building on Sunday, killing five people. It struck during the afternoon, "
                     "and rescuers worked into the night.")  # fmt: skip
    assert (found["afternoon"].value, found["night"].value) == ("2025-03-09TAF", "2025-03-09TNI")
    assert dates_of("The strike hit a building during the afternoon.")["afternoon"].value is None


def test_a_proper_name_with_no_calendar_word_is_no_date() -> None:
    found = dates_of("Police arrested four people near the town of Ramtha, close to the border crossing at Jaber, "
                     "on Monday.")  # fmt: skip
    assert list(found) == ["Monday"]
    assert "Ramadan" in dates_of("Muslims began fasting for Ramadan in March, officials said.")


def test_a_noun_or_a_count_the_model_takes_into_a_time_is_left_out() -> None:
    found = dates_of("The general fled the capital after a coup d'etat last year, his aides said.")
    assert found["last year"].value == "2024"
    found = dates_of("The agency now runs 13 clinics in the camp, up from seven a year ago.")
    assert found["a year ago"].value == "2024"
    found = dates_of("The envoy said so in an interview several months before the talks collapsed.")
    assert list(found) == ["several months"]


def test_shortly_after_midnight_on_a_day_is_the_start_of_that_day() -> None:
    found = dates_of("A drone hit a fuel depot shortly after midnight on Tuesday, the governor said.")
    assert found["shortly after midnight on Tuesday"].value == "2025-03-11T00:00"


def test_a_zoned_clock_joins_its_day_and_a_schedule_takes_the_nearer_day() -> None:
    found = dates_of("The rocket was fired at 6:10 a.m. (2310 GMT Wednesday), the army said.")
    assert found["2310 GMT Wednesday"].value == "2025-03-12T23:10Z"
    assert dates_of("Talks open at 0900 GMT on Monday.")["0900 GMT on Monday"].value == "2025-03-17T09:00Z"


def test_a_day_before_days_after_and_most_recently_before_a_year() -> None:
    found = dates_of("The junta said on Friday, days after militants attacked a base, that 40 were killed.")
    assert found["Friday"].value == "2025-03-14"
    found = dates_of("The two countries fought three wars, most recently in 1999.")
    assert list(found) == ["1999"]


def test_earlier_in_the_day_and_the_results_of_a_weekday_s_vote() -> None:
    found = dates_of("The junta said on Tuesday it had seized power. Shots were heard near the palace in the "
                     "capital Bamako earlier in the day, witnesses said.")  # fmt: skip
    assert found["earlier in the day"].value == "2025-03-11"
    found = dates_of("Troops moved in a day before the results of Sunday's presidential vote were due.")
    assert found["Sunday"].value == "2025-03-09"


def test_a_date_hung_on_a_participle_naming_a_noun_takes_the_clause_s_tense() -> None:
    # The model hangs "on Monday" on "monitoring"; the meeting is ahead (told on a Thursday, the Monday before is
    # the nearer one).
    d = dates_of("President Joseph Aoun will meet the head of the ceasefire monitoring committee in Beirut on "
                 "Monday, his office said.", published="2025-03-13")  # fmt: skip
    assert d["Monday"].value == "2025-03-17"


def test_an_ordinal_before_a_noun_is_a_rank_not_a_day() -> None:
    assert "17th" not in dates_of("The ministry said the exchange was its 17th mediation between the two sides.")
    assert dates_of("The ministry said talks are set for the 17th.")["17th"].value == "2025-03-17"


def test_last_weekday_said_the_day_after_is_the_week_before() -> None:
    d = dates_of("Thailand suspended the accord last Thursday after a landmine wounded two soldiers.")
    assert d["last Thursday"].value == "2025-03-06"  # not yesterday, which news calls "Thursday"
    assert dates_of("The army said the talks failed last Tuesday.")["last Tuesday"].value == "2025-03-11"


def test_what_someone_is_accused_of_lies_behind_a_present_tense_accusation() -> None:
    d = dates_of("The army struck targets of the White Army militia, which it accuses of attacking a garrison in "
                 "Nasir in May.")  # fmt: skip
    assert d["May"].value == "2024-05"  # not the May ahead, nearer to a March story


def test_the_name_of_a_town_the_model_took_for_a_date() -> None:
    assert "Mahaday" not in dates_of("Troops repelled the attack on the base near the town of Mahaday.")


def test_since_the_conflict_began_takes_the_start_the_text_gives_not_the_day_of_a_report() -> None:
    d = dates_of("Fighters seized the town overnight after clashes with federal troops, a spokesman said on Thursday, "
                 "in one of the biggest gains since the conflict began in August 2023.")  # fmt: skip
    assert d["since the conflict began"].value == "2023-08/2025-03-14"


def test_the_same_day_is_the_day_of_the_deed_not_of_its_report() -> None:
    d = dates_of("A drone struck a kindergarten in Kadugli on Monday, the army said on Tuesday. The RSF accused the "
                 "army of shelling civilian areas in Dilling on the same day.")  # fmt: skip
    assert d["the same day"].value == "2025-03-10"


def test_a_year_with_a_prefix_the_model_calls_a_name_is_a_date() -> None:
    assert dates_of("Ethiopia is scheduled to hold national elections in mid-2026.")["mid-2026"].value == "2026"


def test_overnight_is_the_night_before_the_day_of_the_report_that_tells_it() -> None:
    # Published on a Friday; the report is Wednesday's, so the night is the one before Wednesday.
    found = dates_of("Drones struck a fuel depot near Odesa overnight, the regional governor said on Wednesday.")
    assert found["overnight"].value == "2025-03-12"


def test_overnight_without_a_dated_report_in_its_sentence_is_the_publication_day() -> None:
    found = dates_of("Drones struck a fuel depot near Odesa overnight. The governor said on Wednesday it was repaired.")
    assert found["overnight"].value == FRIDAY


def test_a_participle_naming_the_subject_of_a_future_takes_the_future() -> None:
    # The small model makes "election" the participle's subject; the election is still to come.
    found = dates_of("The junta has said the election starting on December 28 will be free and fair.")
    assert found["December 28"].value == "2025-12-28"


def test_two_years_joined_by_a_hyphen_are_both_dates() -> None:
    found = dates_of("Eritrea fought alongside federal troops during the 2020-2022 war.")
    assert (found["2020"].value, found["2022"].value) == ("2020", "2022")


def test_early_in_the_day_is_the_day_the_sentence_names() -> None:
    found = dates_of("The government said on Tuesday that soldiers had seized the broadcaster early in the day.")
    assert found["early in the day"].value == "2025-03-11"


def test_a_weekday_before_a_count_of_days_is_the_weekday() -> None:
    found = dates_of("The army, which seized power on Wednesday a day before the results were due, named a leader.")
    assert found["Wednesday"].value == "2025-03-12"


def test_a_state_the_model_took_into_a_date_is_left_out_of_it() -> None:
    found = dates_of("Pupils were seized from a school in Niger state days after the Kebbi abduction.")
    assert "days" in found and not any("Niger" in text for text in found)


def test_that_month_is_the_month_named_last() -> None:
    found = dates_of("Fighting began in August 2023. The government declared a state of emergency that month.")
    assert found["that month"].value == "2023-08"


def test_a_count_the_model_took_into_last_week_is_left_out() -> None:
    found = dates_of("Two grenade attacks in the capital killed three people and wounded 38 last week, police said.")
    assert found["last week"].value == "2025-W10"
