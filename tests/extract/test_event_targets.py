"""Whom a condemnation, a blame, a demand or a mediation is aimed at, and verbs that read as events but name none
(probe round 116-119: the Doha strike, Poland's drones, Mali's fuel blockade, Madagascar's army unit)."""

from __future__ import annotations

from newsledger import nlp
from newsledger.clean import clean
from newsledger.pipeline import parse_input, run_stages
from newsledger.records import Event

STRIKE = "Israel carried out an air strike on a residential compound in Doha on Tuesday, officials said. "


def events_of(text: str) -> tuple[Event, ...]:
    article = clean("DOHA (Reuters) - " + text, "test", published="2025-09-10")
    return run_stages(nlp.parse(parse_input(article)), article).events


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.actor, e.target) for e in events_of(text)]


def test_a_condemned_strike_is_the_doing_of_whoever_the_story_said_struck() -> None:
    assert ("ACCUSE", "Egypt", "Israel") in coded(STRIKE + "Egypt condemned the strike.")


def test_a_condemnation_of_attacks_in_general_names_no_one() -> None:
    assert ("ACCUSE", "Jordan", None) in coded(STRIKE + "Jordan condemned any attack on civilians.")


def test_calling_an_incident_a_crime_or_reckless_is_an_accusation_of_its_doer() -> None:
    assert ("ACCUSE", "Qatar", "Israel") in coded(STRIKE + 'Qatar called the attack "cowardly".')
    assert ("ACCUSE", "Turkey", "Israel") in coded(STRIKE + "Turkey called it a flagrant violation of the law.")
    assert ("ACCUSE", "Iran", "Israel") in coded(STRIKE + "Iran described the raid as a crime.")
    assert ("ACCUSE", "Iran", "Israel") in coded(STRIKE + "Iran branded the raid an act of aggression.")


def test_calling_something_a_good_thing_is_no_accusation() -> None:
    assert coded("The president called the deal historic and said it was a good day for the region.") == []


def test_an_interception_is_not_the_incident_condemned() -> None:
    text = "Poland shot down several drones over its territory overnight, officials said. The NATO chief called " \
           'the incursion "reckless".'  # fmt: skip
    assert [(a, t) for a, _, t in coded(text) if a == "ACCUSE"] == [("ACCUSE", None)]


def test_blame_is_on_whom_it_is_put_not_on_the_ill() -> None:
    assert coded('The army has blamed the fuel shortages on "terrorists" in the north.') == [
        ("ACCUSE", "The army", "terrorists")
    ]


def test_a_demand_made_of_the_government_is_a_request_to_it() -> None:
    events = coded("The group said it had demanded that the government release its imprisoned members.")
    assert ("REQUEST", "The group", "the government") in events


def test_a_mediator_consults_the_sides_it_mediates_between() -> None:
    assert ("CONSULT", "Qatar", "Israel") in coded("Qatar has mediated between Israel and Hamas since the war began.")


def test_hosting_a_base_or_refugees_is_no_meeting_but_hosting_a_leader_is() -> None:
    assert coded("Qatar, which hosts a large U.S. air base, said it was studying the plan.") == []
    assert coded("Turkey hosts 3 million refugees from the war in Syria, officials said.") == []
    assert ("CONSULT", "Recep Tayyip Erdogan", "Volodymyr Zelenskiy") in coded(
        "Turkish President Recep Tayyip Erdogan hosted Ukraine's Volodymyr Zelenskiy in Ankara on Monday."
    )


def test_what_an_escalation_threatens_to_derail_is_no_threat() -> None:
    text = "Israel struck Doha on Tuesday in an escalation that Qatar said threatened to derail efforts to end the war."
    assert [a for a, _, _ in coded(text)] == ["ASSAULT"]
    assert ("THREATEN", "Hamas", "the talks") in coded("Hamas threatened to derail the talks if the strikes went on.")


def test_the_first_time_a_member_is_known_to_have_fired_is_no_second_event() -> None:
    text = "Poland fired on drones over its territory, the first time a NATO member is known to have fired on " \
           "Russian assets since the war began."  # fmt: skip
    assert [e.actor for e in events_of(text)] == ["Poland"]


def test_names_in_a_clause_on_the_counted_or_in_a_list_of_some_of_them_are_not_the_target() -> None:
    text = "The army said troops had killed dozens of militants who ambushed a convoy near Kati last week."
    assert ("ASSAULT", "troops", "dozens of militants") in coded(text)
    hit = next(e for e in events_of(
        STRIKE + "Hamas said the strike killed five of its members, including the son of its exiled Gaza chief."
    ) if e.target and e.target.startswith("five"))  # fmt: skip
    assert (hit.actor, hit.place) == ("Israel", "Doha")


def test_a_repeated_acronym_is_the_organisation_not_a_name_in_its_apposition() -> None:
    text = "Colonel Michael Randrianirina, commander of the CAPSAT unit, told reporters that the army had taken " \
           "power from President Andry Rajoelina. CAPSAT, the same unit that helped bring Rajoelina to power in a " \
           "2009 coup, joined the protesters on Saturday."  # fmt: skip
    assert ("PROTEST", "CAPSAT") in [(e.action, e.actor) for e in events_of(text)]


def test_a_rejected_accusation_is_the_accusers() -> None:
    events = coded("The U.S. Treasury imposed sanctions on Colombian President Gustavo Petro on Friday, accusing him "
                   "of letting cartels flourish. Petro rejected the accusation and said he would not back down.")  # fmt: skip
    assert ("REJECT", "Gustavo Petro", "U.S. Treasury") in events


def test_evidence_that_supports_a_claim_is_no_support() -> None:
    assert coded("The minister did not provide evidence to support the claim, officials said.") == []


def test_calling_a_meeting_convenes_it_and_calling_it_a_success_does_not() -> None:
    assert coded("Britain called an emergency meeting of the U.N. Security Council.") == [
        ("CONSULT", "United Kingdom", None)
    ]
    assert coded("Britain called the meeting a success and said more talks would follow.") == []
    assert [a for a, _, _ in coded("Guterres called for talks between the two sides.")] == ["REQUEST"]


def test_a_unit_sent_is_named_by_its_words_and_is_no_target() -> None:
    events = coded("The Pentagon said it was sending an aircraft carrier strike group to the region near Venezuela.")
    assert [(a, t) for a, _, t in events] == [("MOBILIZE", "Venezuela")]


def test_a_killing_hung_on_a_resignation_is_the_deed_of_those_who_fired() -> None:
    text = "The prime minister resigned on Tuesday, a day after police fired on protesters demanding an end to a " \
           "ban and a crackdown on graft, killing 19 people."  # fmt: skip
    assert {actor for action, actor, _ in coded(text) if action == "ASSAULT"} == {"police"}
    assert next(e.subtype for e in events_of(text) if e.action == "ASSAULT") == "FORCE_AGAINST_PROTEST"


def test_a_reporter_describing_what_it_reports_accuses_the_doer() -> None:
    events = coded("The Sudan Doctors Network said the RSF had killed more than 1,500 people in three days, "
                   'describing it as "a genocide".')  # fmt: skip
    assert ("ACCUSE", "Sudan Doctors Network", "Rapid Support Forces") in events


def test_a_country_in_the_name_of_a_hospital_is_not_whom_the_dead_belonged_to() -> None:
    events = coded("The group said RSF fighters had killed at least 460 patients and their companions at the Saudi "
                   "Maternity Hospital in the city.")  # fmt: skip
    assert [t for a, _, t in events if a == "ASSAULT"] == ["at least 460 patients"]


def test_people_and_forces_are_not_the_place_they_are_in() -> None:
    events = coded("Police arrested dozens of people in Garoua and clashed with security forces in Maroua, "
                   "residents said.")  # fmt: skip
    assert ("COERCE", "Police", "dozens of people") in events
    assert ("ASSAULT", "Police", "security forces") in events


def test_an_attack_on_someones_home_is_on_them() -> None:
    events = coded("Opposition leader Issa Tchiroma Bakary said on Monday that gunmen had fired on his home in "
                   "Garoua.")  # fmt: skip
    assert ("ASSAULT", "gunmen", "Issa Tchiroma Bakary") in events


def test_a_main_verb_read_as_a_relative_clause_has_its_subject() -> None:
    events = coded('The army chief, General Jacob Mkunda, on Thursday called the protesters "criminals" and warned '
                   "that the military would not tolerate further unrest.")  # fmt: skip
    assert ("ACCUSE", "Jacob Mkunda", "the protesters") in events


def test_pushing_back_against_a_plan_rejects_it() -> None:
    events = coded("Kyiv and its European allies pushed back against a peace plan drafted by Washington and Moscow.")
    assert [a for a, _, _ in events] == ["REJECT"]


def test_a_plan_to_disarm_a_group_is_a_coercion_of_it_and_disarming_ones_own_a_retreat() -> None:
    events = coded("The Lebanese army says it is deploying in the south under a plan to disarm Hezbollah.")
    assert ("COERCE", None, "Hezbollah") in events
    assert "RETREAT" in [a for a, _, _ in coded("The group agreed to disarm its fighters, officials said.")]


def test_a_war_spoken_of_in_a_direct_quote_is_not_the_incident_condemned() -> None:
    text = 'A suicide bomber killed 12 people outside a court on Tuesday, police said. "Those who think the Pakistan army ' \
           'is fighting this war only in the border areas should wake up," Defence Minister Khawaja Asif said. ' \
           "Prime Minister Shehbaz Sharif condemned the bombing."  # fmt: skip
    assert ("ACCUSE", "Shehbaz Sharif", None) in coded(text)


def test_a_charge_set_beside_the_accusation_is_rejected_against_the_accuser() -> None:
    text = 'Defence Minister Khawaja Asif said Pakistan was "in a state of war" and accused Afghanistan\'s Taliban ' \
           "government of sheltering the militants, a charge Kabul has repeatedly rejected."  # fmt: skip
    assert ("REJECT", "Afghanistan", "Pakistan") in coded(text)


def test_weapons_supplied_to_a_state_are_aid_to_it_and_drones_sent_at_it_are_not() -> None:
    assert ("AID", "Iran", "Russia") in coded("Iran has supplied drones and missiles to Russia, U.S. officials said.")
    assert "AID" not in [a for a, _, _ in coded("Russia sent 400 drones at Ukraine overnight, the air force said.")]


def test_ordering_a_mobilisation_mobilises_and_arming_militias_supports_them() -> None:
    assert ("MOBILIZE", "Eritrea", None) in coded("Eritrea ordered a nationwide mobilisation in February, rights "
                                                  "groups said.")  # fmt: skip
    events = coded("The minister said Eritrea was financing and arming Fano militias in the Amhara region.")
    assert "SUPPORT" in [a for a, _, _ in events]


def test_a_named_person_visiting_somewhere_is_who_visits() -> None:
    events = coded("NATO Secretary-General Mark Rutte, visiting the White House on Wednesday, praised the decision.")
    assert [(a, actor) for a, actor, _ in events if a == "CONSULT"] == [("CONSULT", "Mark Rutte")]


def test_calling_a_measure_an_unfriendly_act_accuses() -> None:
    events = coded('President Vladimir Putin called the move an "unfriendly act" but said it would not hurt.')
    assert [a for a, _, _ in events] == ["ACCUSE"]


def test_water_released_from_dams_and_relief_camps_set_up_are_no_concession_or_mobilisation() -> None:
    assert coded("Floods forced thousands from their homes as India released water from overflowing dams.") == []
    events = coded("The army evacuated residents, and more than 400 relief camps have been set up, officials said.")
    assert "MOBILIZE" not in [a for a, _, _ in events]
    assert ("CONCEDE", "Hamas", "20 hostages") in coded("Hamas released 20 hostages on Monday, officials said.")


def test_pupils_taken_from_a_catholic_school_in_a_state_are_the_target_and_the_state_the_place() -> None:
    events = events_of("Gunmen abducted 303 students and 12 teachers from a Catholic boarding school in Nigeria's "
                       "Niger state before dawn on Friday, a church group said.")  # fmt: skip
    assert [(e.target, e.place) for e in events] == [("303 students", "Niger State")]


def test_visiting_a_school_or_the_wounded_consults_no_one() -> None:
    assert coded("The chairman told reporters after visiting the school that 50 children had escaped.") == []
    assert coded("The minister visited the wounded in hospital on Monday.") == []
    assert ("CONSULT", "Antony Blinken", "Kyiv") in coded("U.S. Secretary of State Antony Blinken visited Kyiv on "
                                                          "Monday.")  # fmt: skip


def test_a_denial_of_involvement_answers_whoever_accused_the_denier() -> None:
    text = "Israel accused Hamas of killing one of its soldiers in Rafah, officials said. Hamas denied any " \
           "involvement in the attack."  # fmt: skip
    assert ("REJECT", "Hamas", "Israel") in coded(text)
    assert ("REJECT", "Hamas", None) in coded("Hamas denied any involvement in the attack, a spokesman said.")


def test_police_outside_a_countrys_parliament_are_the_police() -> None:
    events = coded("Hundreds of protesters clashed with police outside Peru's Congress on Friday, officials said.")
    assert [t for a, _, t in events if a == "ASSAULT"] == ["police"]
    assert ("ASSAULT", "Russia", "Ukraine") in coded("Russian strikes killed 20 soldiers in Ukraine's Donetsk region.")


def test_a_day_listed_before_a_clause_is_no_actor_and_days_of_clashes_are_no_one() -> None:
    events = coded("Thai fighter jets struck Cambodian positions on Monday and Tuesday as fighting along the border "
                   "resumed, killing at least nine civilians, officials said.")  # fmt: skip
    assert "Tuesday" not in [actor for _, actor, _ in events]
    assert coded("Five days of clashes in July killed at least 48 people, officials said.") == [
        ("ASSAULT", None, "at least 48 people")
    ]


def test_it_taken_is_the_town_last_named_and_a_linked_group_is_the_group_named_before() -> None:
    text = "Somali forces recaptured the town of Moqokori in the central Hiiraan region from al Shabaab militants " \
           "on Wednesday, more than two months after the insurgents seized it. The al Qaeda-linked group " \
           "launched an offensive in February."  # fmt: skip
    events = coded(text)
    assert ("ASSAULT", "the insurgents", "Moqokori") in events
    assert [actor for a, actor, _ in events if a == "ASSAULT"][-1] == "Al-Shabaab"


def test_landslides_that_block_roads_are_no_protest() -> None:
    assert coded("Landslides blocked roads to several villages in the Nurgal district, slowing rescue efforts.") == []


def test_an_ultimatum_threatens_whom_it_is_given_to_and_what_it_asks_has_not_happened() -> None:
    events = events_of("President Donald Trump had given Ukraine until Thursday to accept the plan, officials said.")
    assert [(e.action, e.actor, e.target, e.hypothetical) for e in events] == [
        ("THREATEN", "Donald Trump", "Ukraine", False),
        ("AGREE", "Ukraine", None, True),
    ]
    events = events_of("Israel issued an ultimatum to Hamas to release the hostages, officials said.")
    assert [(e.action, e.actor, e.target, e.hypothetical) for e in events] == [
        ("THREATEN", "Israel", "Hamas", False),
        ("CONCEDE", "Hamas", "the hostages", True),
    ]
    assert [e.hypothetical for e in events_of("The army set a deadline for the rebels to surrender.")] == [True]


def test_an_accusation_in_a_relative_clause_is_of_the_party_named_in_it() -> None:
    events = coded("The jets struck hideouts of the militant group, which Islamabad accuses Kabul of sheltering.")
    assert ("ACCUSE", "Pakistan", "Afghanistan") in events


def test_a_denial_by_relative_clause_answers_the_accusation_before_it() -> None:
    events = coded("The Houthis have detained dozens of aid workers, accusing some of spying for Britain, which "
                   "the United Nations denies.")  # fmt: skip
    assert ("REJECT", "United Nations", "Houthis") in events


def test_a_demand_for_release_is_made_of_the_captor() -> None:
    events = coded("Houthi forces raided the offices of the World Food Programme and detained at least 11 U.N. "
                   "staff members, Secretary-General Antonio Guterres said, demanding their immediate release.")  # fmt: skip
    assert ("REQUEST", "Antonio Guterres", "Houthis") in events


def test_fighting_along_a_border_that_killed_people_is_no_act_of_the_reporter() -> None:
    events = coded("The two countries agreed a ceasefire on Sunday, ending a week of fighting along their border "
                   "that killed dozens of soldiers, Qatar's foreign ministry said.")  # fmt: skip
    assert [(a, x) for a, x, _ in events if a == "ASSAULT"] == [("ASSAULT", None)]


def test_an_accident_that_killed_people_is_no_assault() -> None:
    events = coded("Thousands marched on Saturday to mark the anniversary of a station canopy collapse that killed "
                   "16 people.")  # fmt: skip
    assert "ASSAULT" not in [a for a, _, _ in events]


def test_militants_linked_to_a_group_in_a_where_clause_are_the_attackers() -> None:
    events = coded("The country has seen a rise in attacks in its north, where militants linked to al Qaeda killed "
                   "54 soldiers in April.")  # fmt: skip
    assert ("ASSAULT", "militants", "54 soldiers") in events


def test_defending_its_own_borders_supports_no_one_and_dismissing_a_president_is_no_rejection() -> None:
    assert coded("The foreign minister said Kabul wanted peace but would defend its borders.") == []
    events = coded("Soldiers appeared on state television. They said they had dismissed President Patrice Talon.")
    assert "REJECT" not in [a for a, _, _ in events]


def test_ousting_a_president_is_coercion() -> None:
    assert ("COERCE", "Soldiers", "Patrice Talon") in coded("Soldiers said they had ousted President Patrice Talon.")


def test_a_warning_that_an_attack_will_meet_a_response_is_a_threat() -> None:
    events = coded("The army chief warned that any further attack would be met with a robust response.")
    assert [a for a, _, _ in events] == ["THREATEN"]


def test_brussels_acting_in_an_eu_story_is_the_eu_and_otherwise_belgium() -> None:
    events = coded("The European Union urged Serbia to respect the right to assembly. Brussels has frozen part "
                   "of its funding over concerns about the rule of law.")  # fmt: skip
    assert ("European Union", "SANCTION") in [(x, a) for a, x, _ in events]
    assert ("Belgium", "SANCTION") in [(x, a) for a, x, _ in coded("Brussels said it would expel two diplomats.")]


def test_the_date_another_verb_of_saying_reports_is_not_the_accusations() -> None:
    events = events_of("The president has accused foreign spies of orchestrating the protests, and has said "
                       "elections will be held before the end of next year.")  # fmt: skip
    assert [(e.action, e.date) for e in events if e.action == "ACCUSE"] == [("ACCUSE", None)]


def test_it_before_unnamed_tellers_after_the_words_is_not_the_tellers() -> None:
    events = coded("The ruling junta has not commented. It has suspended several foreign media outlets and has "
                   "conscripted critics, rights groups say.")  # fmt: skip
    assert ("MOBILIZE", "The ruling junta", "critics") in events


def test_killings_in_an_attempt_happened() -> None:
    events = events_of("He said he survived an attempt in February 2022 in which 11 people were killed.")
    assert [(e.action, e.hypothetical) for e in events] == [("ASSAULT", False)]


def test_a_war_fought_is_the_fighting_not_its_target() -> None:
    events = coded("The two countries fought a five-day border war in July that killed at least 48 people.")
    assert ("ASSAULT", "The two countries", None) in events
    assert ("ASSAULT", "Russia", "Ukraine") in coded("Russia has waged a war against Ukraine since 2022.")


def test_a_search_raid_is_coercion_and_scrambled_jets_a_mobilisation() -> None:
    events = events_of("The chief of staff Andriy Yermak resigned after an anti-corruption raid on his home.")
    assert [(e.action, e.target) for e in events] == [("COERCE", "Andriy Yermak")]
    assert [a for a, _, _ in coded("Polish aircraft were scrambled early on Saturday.")] == ["MOBILIZE"]


def test_what_a_treaty_bans_is_no_sanction() -> None:
    events = coded("The army said the mines had been newly laid, accusing Cambodia of violating the deal and the "
                   "Ottawa Convention banning anti-personnel mines.")  # fmt: skip
    assert [a for a, _, _ in events] == ["ACCUSE"]


def test_a_conjunct_joined_to_a_purpose_is_the_accusers_act() -> None:
    events = coded('Hamas accused Israel of "fabricating pretexts" to undermine the truce and called on the '
                   "mediators to rein in Israel.")  # fmt: skip
    assert ("REQUEST", "Hamas", "the mediators") in events


def test_the_war_is_not_the_last_incident_told_again() -> None:
    events = coded("More than 460 people were killed in El Fasher when the RSF captured the city in late October. "
                   "The war, which began in April 2023, has killed tens of thousands of people.")  # fmt: skip
    assert ("ASSAULT", None, "tens of thousands of people") in events


def test_its_capture_names_no_captor() -> None:
    events = coded("A military source told Reuters that troops had withdrawn from the town on Sunday night, and did "
                   "not confirm its capture.")  # fmt: skip
    assert [a for a, _, _ in events] == ["RETREAT"]


def test_a_relative_clause_on_a_groups_description_is_the_named_groups() -> None:
    events = coded("The strike hit a hospital in Mrauk-U, a town controlled by the Arakan Army (AA), an ethnic "
                   "armed group that has seized most of Rakhine.")  # fmt: skip
    assert ("ASSAULT", "Arakan Army", "Rakhine") in events


def test_designating_a_terrorist_organisation_is_a_sanction() -> None:
    events = coded("The United States designated the Cartel de los Soles, which Washington says Maduro leads, a "
                   "foreign terrorist organisation.")  # fmt: skip
    assert events == [("SANCTION", "United States", "Cartel de los Soles")]


def test_talks_one_is_open_to_are_ones_own_and_to_come() -> None:
    events = events_of("Maduro told supporters he was open to face-to-face talks with President Donald Trump.")
    assert [(e.action, e.actor, e.target, e.hypothetical) for e in events] == [
        ("CONSULT", "Maduro", "Donald Trump", True)
    ]


def test_a_threat_of_action_has_no_target_in_the_action_and_its_condition_does_not_undo_it() -> None:
    events = events_of("Turkey has threatened military action if the deal is not carried out.")
    assert [(e.action, e.target, e.hypothetical) for e in events] == [("THREATEN", None, False)]


def test_powers_to_arrest_and_acts_charged_to_people_unnamed_are_not_told_as_done() -> None:
    events = events_of("The council voted on Sept. 30 to transform the mission into a larger force of up to 5,500 "
                       "personnel with powers to arrest gang members.")  # fmt: skip
    assert [(e.action, e.hypothetical) for e in events if e.action == "COERCE"] == [("COERCE", True)]
    events = events_of("Iran has stepped up executions of people accused of collaborating with Israel.")
    assert all(e.hypothetical for e in events if e.action == "COOPERATE")


def test_a_charge_the_model_makes_a_second_subject_is_what_the_denier_rejects() -> None:
    events = coded("Congo's government accused Rwanda of violating the accord, a charge Kigali has rejected.")
    assert ("ACCUSE", "Democratic Republic of the Congo", "Rwanda") in events
    assert [(a, t) for a, x, t in events if a == "REJECT"] == [("REJECT", "Democratic Republic of the Congo")]
    assert "a charge" not in [x for _, x, _ in events]


def test_a_day_hung_on_a_participle_of_the_objects_of_noun_dates_the_act() -> None:
    events = events_of("Gunmen ambushed a column of supply trucks guarded by soldiers near Gao on Sunday, "
                       "killing nine people, local officials said.")  # fmt: skip
    assert next((e.action, e.date) for e in events if e.action == "ASSAULT") == ("ASSAULT", "2025-09-07")


def test_a_main_verb_the_model_hangs_on_its_subject_as_a_participle_keeps_the_subject() -> None:
    events = events_of("Egypt, which mediates between the sides, called on Hamas to free the hostages.")
    assert ("REQUEST", "Egypt", "Hamas") in [(e.action, e.actor, e.target) for e in events]
    assert all(e.hypothetical for e in events if e.action == "CONCEDE")  # asked for, not done


def test_what_a_move_threatens_to_split_is_a_risk_not_a_threat() -> None:
    text = "Rebels seized the port on Monday, in a step that threatens to fracture the ruling coalition."
    assert "THREATEN" not in [a for a, _, _ in coded(text)]


def test_whoever_announces_a_deployment_of_unnamed_troops_sends_them() -> None:
    events = coded("Interior Minister Ana Lopez announced that 800 more police officers would be sent to the port.")
    assert [(a, x) for a, x, _ in events if a == "MOBILIZE"] == [("MOBILIZE", "Ana Lopez")]


def test_people_on_a_vehicle_near_a_town_are_the_target_not_the_town() -> None:
    events = coded("A drone strike killed a farmer on a tractor near Khiam, the health ministry said.")
    assert [(a, t) for a, _, t in events if a == "ASSAULT"] == [("ASSAULT", "a farmer")]


def test_calling_a_strike_an_extrajudicial_execution_accuses_the_striker() -> None:
    events = coded('Cuba on Tuesday called the latest U.S. strike on a fishing boat in the Caribbean an "extrajudicial '
                   'execution".')  # fmt: skip
    assert ("ACCUSE", "Cuba", "United States") in events


def test_suspending_intelligence_sharing_with_a_capital_sanctions_its_state() -> None:
    assert ("SANCTION", "Netherlands", "United States") in coded(
        "The Netherlands suspended intelligence sharing with Washington over the strikes."
    )


def test_condemning_this_violation_accuses_whoever_struck() -> None:
    events = coded('Pakistan struck a house in Khost overnight, officials said. "The Islamic Emirate strongly '
                   'condemns this violation," a Taliban spokesman said.')  # fmt: skip
    assert [(a, x, t) for a, x, t in events if a == "ACCUSE"] == [("ACCUSE", "Taliban", "Pakistan")]


def test_what_a_relative_clause_designates_is_its_noun() -> None:
    events = coded("The Gulf Clan, which Washington designated a terrorist group in December, denied the charges.")
    assert ("SANCTION", "United States", "Gulf Clan") in events


def test_pressing_on_with_an_operation_is_no_request_and_a_launch_condemned_is_its_launcher() -> None:
    assert coded("Israel pressed on with its operation in the northern West Bank.") == []
    events = coded("North Korea fired a ballistic missile into the sea on Friday. Japan condemned the launch.")
    assert ("ACCUSE", "Japan", "North Korea") in events


def test_retook_is_retake_and_initialled_an_agreement_agrees() -> None:
    assert ("ASSAULT", "Azerbaijan", "Lachin") in coded("Azerbaijan retook the town of Lachin in August.")
    assert [a for a, _, _ in coded("Serbia and Kosovo initialled an agreement in Brussels.")] == ["AGREE"]


def test_it_in_a_relative_clause_on_a_group_is_the_reporter_not_the_group() -> None:
    events = coded("The Israeli army said its troops clashed with gunmen from the Hamas movement, whom it accused "
                   "of planning attacks.")  # fmt: skip
    assert ("ACCUSE", "Israel", "Hamas") in events


def test_fighting_between_two_sides_joined_before_their_noun() -> None:
    events = coded("Fighting between the army and SPLM-N rebels continued in South Kordofan.")
    assert [(a, t) for a, _, t in events] == [("ASSAULT", "SPLM-N")]


def test_a_rejected_announcement_is_rejected_of_whoever_made_it() -> None:
    events = coded("The Rapid Support Forces announced a unilateral truce on Monday. The army dismissed the "
                   "announcement as a trick aimed at hiding abuses in Nyala.")  # fmt: skip
    assert [(a, t) for a, _, t in events if a == "REJECT"] == [("REJECT", "Rapid Support Forces")]


def test_an_object_the_model_made_a_clause_subject_is_the_target() -> None:
    events = coded("A drone struck a group of herders gathered near the well.")
    assert [(a, t) for a, _, t in events if a == "ASSAULT"] == [("ASSAULT", "a group of herders")]


def test_ending_an_agreement_with_a_body_sanctions_it() -> None:
    events = coded("Iran said it was ending its cooperation agreement with the International Atomic Energy Agency.")
    assert ("SANCTION", "Iran", "International Atomic Energy Agency") in events


def test_an_ordered_deployment_mobilises_and_stones_are_no_actor() -> None:
    events = coded("The president ordered a massive deployment of troops across the country on Tuesday.")
    assert [(a, t) for a, _, t in events] == [("MOBILIZE", None)]
    assert [x for _, x, _ in coded("Police said 12 officers were wounded by stones.")] == [None]


def test_summoning_a_charge_d_affaires_accuses_the_state_and_a_government_in_a_capital_is_the_state() -> None:
    assert ("ACCUSE", "Pakistan", "India") in coded("Pakistan's foreign ministry summoned India's charge d'affaires on "
                                                    "Wednesday to lodge a protest.")  # fmt: skip
    assert ("AGREE", "Syrian Democratic Forces", "Syria") in coded(
        "The Kurdish-led Syrian Democratic Forces and the government in Damascus agreed on Thursday to integrate the "
        "SDF's fighters into the national army."
    )


def test_the_other_side_of_traded_fire_is_the_target_not_where_it_was_traded() -> None:
    assert ("ASSAULT", "Israel", "Hezbollah") in coded("Israeli troops and Hezbollah fighters traded fire at the "
                                                       "border on Friday.")  # fmt: skip
    assert ("ASSAULT", "Pakistan", "Afghan Taliban") in coded(
        "Pakistani and Afghan Taliban forces exchanged heavy fire at the Torkham crossing on Friday."
    )


def test_what_a_bomber_detonates_is_the_means_not_the_target() -> None:
    events = coded("A suicide bomber detonated a truck packed with explosives outside a police station in Bannu.")
    assert [(a, t) for a, _, t in events] == [("ASSAULT", None)]


def test_a_charge_in_a_relative_clause_under_a_wish_is_the_wisher_s() -> None:
    # "it" accuses: the one who wants the militants reined in, not the one asked to rein them in.
    events = coded("Kenya wants Somalia to rein in al Shabaab militants, whom it accuses of attacking Mandera, a "
                   "charge Mogadishu denies.")  # fmt: skip
    assert ("ACCUSE", "Kenya", "Al-Shabaab") in events
    assert ("REJECT", "Somalia", "Kenya") in events


def test_what_people_often_do_is_a_habit_not_an_event() -> None:
    events = coded("Gunmen stormed the cafe, where ministers and diplomats often meet, on Tuesday evening.")
    assert [a for a, _, _ in events] == ["ASSAULT"]


def test_troops_under_fire_while_detaining_are_the_detainers() -> None:
    assert ("COERCE", "officers", "suspects") in coded("Jamaica's police said officers came under fire while arresting "
                                                "suspects in Kingston on Monday.")  # fmt: skip


def test_a_participle_with_an_object_does_not_name_the_target() -> None:
    assert ("COERCE", "Troops", "fighters of a militia") in coded("Troops detained fighters of a militia carrying out "
                                                                  "attacks on Ukrainian villages.")  # fmt: skip


def test_a_deal_between_two_states_signed_in_the_passive_is_their_agreement() -> None:
    assert ("AGREE", "Armenia", "Azerbaijan") in coded("A peace deal between Armenia and Azerbaijan was initialled in "
                                                       "Washington in August.")  # fmt: skip


def test_a_rejected_claim_is_the_claimant_s() -> None:
    assert ("REJECT", "Ukraine", "Russia") in coded("Russia said its troops had captured Siversk, a claim Kyiv denied.")


def test_what_a_plan_requires_a_party_to_do_is_that_party_s_and_not_done() -> None:
    (event,) = [e for e in events_of("The plan requires Ukraine to withdraw from Donetsk.") if e.action == "RETREAT"]
    assert (event.actor, event.hypothetical) == ("Ukraine", True)


def test_air_support_backs_no_one_but_a_state_s_support_does() -> None:
    assert [a for a, _, _ in coded("Soldiers repelled the raid in an operation backed by air support.")] == ["ASSAULT"]
    assert ("SUPPORT", "Russia", "The army") in coded("The army, backed by Russian support, retook the town.")


def test_a_perfect_joined_to_a_since_clause_is_the_main_subject_s() -> None:
    text = ("Israel has kept soldiers at three posts inside Lebanon since the truce took effect on November 27, 2024, "
            "and has demanded that Hezbollah be disarmed.")  # fmt: skip
    (event,) = [e for e in events_of(text) if e.action == "REQUEST"]
    assert (event.actor, event.target, event.date) == ("Israel", "Hezbollah", None)


def test_regaining_control_of_the_situation_takes_no_ground() -> None:
    assert coded("The minister said the armed forces had regained control of the situation.") == []


def test_calling_a_takeover_a_coup_accuses_whoever_took_over() -> None:
    events = coded("Forces of the Southern Transitional Council took control of the city of Mukalla on Wednesday. "
                   "The government called the takeover a coup.")  # fmt: skip
    assert ("ACCUSE", None, "Southern Transitional Council") in [(a, None, t) for a, _, t in events]


def test_its_positions_in_a_report_are_the_reporter_s() -> None:
    events = coded("The UN said on Monday it was concerned. The SPLA-IO said army gunships had bombed its positions "
                   "near Ayod.")  # fmt: skip
    assert [t for a, _, t in events if a == "ASSAULT"] == ["The SPLA-IO"]


def test_suspending_a_country_the_model_took_for_an_organisation_sanctions_it() -> None:
    assert ("SANCTION", "Economic Community of West African States", "Guinea-Bissau") in coded(
        "The West African bloc ECOWAS suspended Guinea-Bissau from its decision-making bodies on Friday."
    )


def test_what_runs_into_a_roadside_bomb_is_hit_not_hitting() -> None:
    events = coded("Four soldiers were killed when their truck struck a roadside bomb near Garissa on Monday.")
    assert [a for _, a, _ in events] == [None]
    assert [a for _, a, _ in coded("A minibus hit a landmine near Gao on Monday, killing six passengers.")] == [None]


def test_what_a_state_s_forces_are_said_to_target_is_a_habit() -> None:
    assert coded("Islamabad has previously said its forces target hideouts of the Pakistani Taliban.") == []


def test_it_in_a_when_clause_is_the_subject_of_the_clause_it_hangs_on() -> None:
    events = coded("The tanker was sailing off Mokha when it was struck by a missile.")
    assert [t for a, _, t in events if a == "ASSAULT"] == ["The tanker"]


def test_the_strikes_told_again_are_by_whoever_carried_them_out() -> None:
    events = coded("Russian air strikes on a village in Sumy region killed four people on Monday, officials said. "
                   "A rescuer said on Tuesday the strikes hit the school and two houses.")  # fmt: skip
    assert [(a, t) for act, a, t in events if act == "ASSAULT"][-1] == ("Russia", "the school")


def test_a_name_the_model_read_as_a_verb_is_no_event_and_the_naming_accuses() -> None:
    events = coded('Cuba called the U.S. strike an "act of piracy".')
    assert events == [("ACCUSE", "Cuba", "United States")]


def test_a_place_after_a_strike_the_model_made_a_second_subject_is_no_actor() -> None:
    events = coded("A drone strike on a base in the state capital Kadugli killed six peacekeepers on Saturday.")
    assert [a for _, a, _ in events] == [None]


def test_a_ship_seized_at_sea_is_the_target_not_the_sea() -> None:
    assert coded("Iran's Revolutionary Guards seized a foreign oil tanker in the Gulf of Oman on Friday.") == [
        ("COERCE", "Islamic Revolutionary Guard Corps", "a foreign oil tanker")
    ]


def test_shots_fired_into_the_air_hit_no_one() -> None:
    events = coded("Police fired into the air to disperse the crowd in Harare on Sunday.")
    assert ("ASSAULT", "Police", "the air") not in events


def test_its_personnel_are_the_reporting_state_s() -> None:
    events = coded("Syria's interior ministry said gunmen had opened fire on its personnel in Homs.")
    assert [t for a, _, t in events if a == "ASSAULT"] == ["Syria"]


def test_they_that_undergo_a_when_clause_are_the_ships_it_hangs_on() -> None:
    events = coded("The two tankers were heading to Novorossiysk when they were hit.")
    assert [t for a, _, t in events if a == "ASSAULT"] == ["The two tankers"]


def test_a_place_in_a_cartel_s_name_is_not_the_target() -> None:
    events = coded("Mexican troops arrested a suspected leader of a Jalisco cartel cell in Guadalajara on Monday.")
    assert [t for a, _, t in events if a == "COERCE"] == ["a suspected leader of a Jalisco cartel cell"]


def test_a_condemned_strike_by_a_state_named_by_its_adjective_is_that_state_s() -> None:
    events = coded("Israeli warplanes struck several sites in the Bekaa Valley on Tuesday, killing three people. "
                   "Lebanese President Joseph Aoun condemned the strikes.")  # fmt: skip
    assert ("ACCUSE", "Joseph Aoun", "Israel") in events


def test_captives_an_army_says_it_freed_were_rescued() -> None:
    events = coded("The army said it had freed 27 villagers held by the militia near Bambari.")
    assert [(a, t) for a, _, t in events] == [("AID", "27 villagers")]


def test_defending_every_inch_of_one_s_own_territory_supports_no_one() -> None:
    assert coded('"We will defend every inch of our territory," the defence minister said.') == []


def test_the_group_an_accused_state_is_said_to_arm_is_blamed_by_the_accuser() -> None:
    events = coded("Burundi's government accused Rwanda on Wednesday of training and arming the RED-Tabara rebel "
                   "group, which it blamed for two grenade attacks in Bujumbura.")  # fmt: skip
    assert ("ACCUSE", "Rwanda", "RED-Tabara") not in events


def test_the_attack_an_army_repelled_is_by_whoever_was_told_to_make_it() -> None:
    events = coded("M23 rebels launched an assault on the town of Uvira on Tuesday, residents said, as the army said it "
                   "had repelled the attack.")  # fmt: skip
    assert ("ASSAULT", "the army", "M23") in events
    # an attack by someone unnamed: no older attacker stands in for it
    events = coded("Israel struck a depot in Gaza on Monday. Gunmen attacked the town on Tuesday and the army said it "
                   "had repelled the attack.")  # fmt: skip
    assert [t for a, actor, t in events if actor == "the army"] == [None]
