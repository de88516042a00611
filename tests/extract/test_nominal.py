"""Events written as nouns ("Russia's invasion of Ukraine", "the arrest of X by police"), and what is left out."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.nominal import EXTRACTOR
from newsledger.pipeline import parse_input, run_stages
from newsledger.records import Event


def events_of(text: str) -> tuple[Event, ...]:
    article = clean("GENEVA (Reuters) - " + text, "test", published="2025-03-14")
    return run_stages(nlp.parse(parse_input(article)), article).events


def nominal(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.extractor == EXTRACTOR]


@pytest.mark.parametrize(
    ("sentence", "action", "actor", "target"),
    [
        ("Russia's invasion of Ukraine entered its fourth year.", "ASSAULT", "Russia", "Ukraine"),
        ("The killing of Hezbollah commander Ibrahim Aqil by an Israeli strike angered Lebanon.", "ASSAULT",
         "Israel", "Ibrahim Aqil"),
        ("Hundreds of people fled after the RSF attack on Zamzam camp.", "ASSAULT", "RSF", "Zamzam camp"),
        ("The arrest of a senior al-Shabaab financier by Kenyan police in Mombasa raised fears of reprisals.",
         "COERCE", "Kenya", "Al-Shabaab"),
        ("The abduction of 200 schoolgirls by Boko Haram shocked the world.", "COERCE", "Boko Haram",
         "200 schoolgirls"),
        ("Talks between Armenia and Azerbaijan resumed in Abu Dhabi on Tuesday.", "CONSULT", "Armenia", "Azerbaijan"),
        ("The European Union's sanctions on Russian oil took effect on Friday.", "SANCTION", "European Union",
         "Russia"),
    ],
)  # fmt: skip
def test_an_event_noun_with_its_parties(sentence: str, action: str, actor: str, target: str) -> None:
    (event,) = nominal(sentence)
    assert (event.action, event.actor, event.target, event.hypothetical) == (action, actor, target, False)
    assert event.text == sentence and event.confidence < 0.8  # below a verb event with the same parties


def test_place_and_date_are_the_noun_s_own_or_its_verb_s() -> None:
    (talks,) = nominal("Talks between Armenia and Azerbaijan resumed in Abu Dhabi on Tuesday.")
    assert (talks.place, talks.date) == ("Abu Dhabi", "2025-03-11")
    (arrest,) = nominal("The arrest of opposition leader Kizza Besigye in Nairobi in November drew protests.")
    assert (arrest.actor, arrest.target, arrest.place, arrest.date) == (None, "Kizza Besigye", "Nairobi", "2024-11")


def test_a_foreseen_event_is_marked_hypothetical() -> None:
    (warned,) = nominal("Leaders warned of an Iranian attack on Israel.")
    assert (warned.actor, warned.target, warned.hypothetical) == ("Iran", "Israel", True)
    (planned,) = nominal("A planned Israeli assault on Rafah would be a disaster, the U.N. said.")
    assert planned.hypothetical and planned.actor == "Israel" and planned.confidence < 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack damaged dozens of homes.",  # no party named
        "Attacks on civilians must stop.",
        "The Ukraine invasion has cost Russia dearly.",  # the country is the one invaded
        "The assault on the prison, the group's boldest raid on the capital, began at dawn.",  # told again
        "It was the deadliest Israeli attack on Lebanon since 2024.",
        "There was no Russian attack on Kyiv overnight.",
        "Last month's attack on tourists in Pahalgam shocked India.",  # only where, with no one named
    ],
)
def test_no_event_from_a_noun_that_names_no_party_or_tells_an_event_again(sentence: str) -> None:
    assert nominal(sentence) == []


def test_a_noun_that_a_verb_governs_is_the_verb_s_event() -> None:
    (launched,) = events_of("Israel launched an attack on Rafah on Tuesday.")
    assert (launched.extractor, launched.actor, launched.target) == ("events", "Israel", "Rafah")
    killed = events_of("Five people were killed in an Israeli strike on a house in Khan Younis on Monday.")
    assert [(e.extractor, e.actor) for e in killed] == [("events", "Israel")]


def test_a_verb_event_without_an_actor_takes_the_noun_s() -> None:
    (strike,) = events_of("Officials said two days after a U.S. airstrike on al-Shabaab positions near Jilib, "
                          "in the Middle Juba region, killed 12 militants.")  # fmt: skip
    assert (strike.extractor, strike.actor, strike.place) == ("events", "United States", "Jilib")


def test_no_event_where_the_verb_s_object_is_no_event() -> None:
    assert events_of("The two sides have held no talks since March.") == ()
    assert events_of("Russia launched no attacks on Kyiv on Monday.") == ()


def test_a_definite_noun_for_an_incident_told_before_dates_it_instead_of_adding_one() -> None:
    events = events_of("An attack by the National Liberation Army (ELN) on an army base killed three soldiers, officials "
                       "said. The ELN's assault on the base began shortly after midnight on Tuesday.")  # fmt: skip
    assert [(e.extractor, e.actor, e.date) for e in events] == [
        ("events", "National Liberation Army", "2025-03-11T00:00")
    ]
    # an indefinite noun tells a new one
    events = events_of("Russia attacked Kharkiv on Monday. On Tuesday, a Russian attack on Odesa killed two people.")
    assert [e.actor for e in events if e.action == "ASSAULT"] == ["Russia", "Russia"]


def test_a_protest_by_a_people_against_a_named_leader_is_a_protest() -> None:
    (protest,) = nominal("Police detained dozens during a protest by Serbian students against corruption and the "
                         "government of President Aleksandar Vucic in Belgrade on Saturday.")  # fmt: skip
    assert (protest.action, protest.target, protest.place) == ("PROTEST", "Aleksandar Vucic", "Belgrade")
    (rally,) = nominal("A rally by opposition supporters against President William Ruto drew thousands.")
    assert (rally.action, rally.actor, rally.target) == ("PROTEST", "opposition supporters", "William Ruto")
    assert not nominal("Last year's protests against tax increases left at least 60 people dead.")


def test_an_event_a_cancelled_trip_was_for_is_only_foreseen() -> None:
    events = nominal("The president cancelled a trip to the ASEAN summit in Kuala Lumpur to deal with the floods.")
    assert events and all(e.hypothetical for e in events)
