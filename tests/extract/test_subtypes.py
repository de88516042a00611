"""ACLED-style sub-types from cue words, limited to those that can refine the event's PLOVER action."""

from __future__ import annotations

import pytest

from newsledger.extract.subtypes import subtype


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        ("Russian warplanes bombed the town overnight, killing nine.", "ASSAULT", "AIR_STRIKE"),
        ("Artillery shelling hit the market on Tuesday.", "ASSAULT", "ART_MISS_ATTACK"),
        ("A roadside bomb exploded next to a police patrol.", "ASSAULT", "REM_EXPLOS"),
        ("A suicide bomber blew himself up at the checkpoint.", "ASSAULT", "SUIC_BOMB"),
        ("Militants attacked an army base near the border.", "ASSAULT", "ARMED_CLASH"),
        ("Gunmen shot dead four villagers.", "ASSAULT", "ATTACK"),
        ("Police fired tear gas at the crowd of demonstrators.", "ASSAULT", "FORCE_AGAINST_PROTEST"),
        ("Protesters threw stones at police during the march.", "PROTEST", "VIOL_DEMONSTR"),
        ("Thousands marched peacefully through the capital.", "PROTEST", "PEACE_PROTEST"),
        ("Police seized weapons and ammunition during the raid.", "COERCE", "DISR_WEAP"),
        ("Police arrested 14 people in the district.", "COERCE", "ARREST"),
        ("The two sides signed a ceasefire agreement.", "AGREE", "AGREEMENT"),
        ("The foreign minister urged restraint.", "REQUEST", "DIPLO"),
        ("The group claimed responsibility for the attack.", None, "ATTRIB"),
        ("Militants stormed an army base near the town.", "ASSAULT", "ARMED_CLASH"),  # not a storm
        ("Russian drones struck a power plant in Kharkiv overnight.", "ASSAULT", "AIR_STRIKE"),
        ("Russian forces have dropped more than 1,200 such bombs on the region.", "ASSAULT", "AIR_STRIKE"),
        ("Air defences shot down 51 of the drones.", "ASSAULT", "DISR_WEAP"),
        ("The town fell to the rebels on Monday.", "ASSAULT", "NON_STATE_ACTOR_OVERTAKES_TER"),
        ("A storm flooded the camp overnight.", None, "NATURAL_DISASTER"),
        ("A magnitude 6.3 earthquake struck the province.", None, "NATURAL_DISASTER"),
        ("Border guards of the two countries traded heavy fire near the crossing.", "ASSAULT", "ARMED_CLASH"),
        ("Troops were exchanging gun fire with the rebels late into the night.", "ASSAULT", "ARMED_CLASH"),
    ],
)
def test_cues_give_the_subtype(text: str, action: str | None, expected: str) -> None:
    assert subtype(text, action) == expected


def test_the_action_limits_the_subtype() -> None:
    text = "The minister condemned the air strike on the hospital."
    assert subtype(text, None) == "AIR_STRIKE"  # a snippet with no coded event
    assert subtype(text, "ACCUSE") == "DIPLO"  # a condemnation is not itself an air strike


def test_temperatures_falling_take_no_territory() -> None:
    assert subtype("Strikes cut heating as temperatures fell to minus 15 Celsius.", "ASSAULT") is None


def test_no_cue_no_subtype() -> None:
    assert subtype("The weather was mild in the capital.", "CONSULT") is None


def test_storming_a_palace_is_no_storm() -> None:
    assert subtype("protesters who tried to storm the presidential palace in Tbilisi", "ASSAULT") is None
    assert subtype("Storms flooded the city and cut power to thousands", "ASSAULT") == "NATURAL_DISASTER"
