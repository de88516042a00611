"""Events: who the actor is: pronouns, groups, fighters, organs of a state, speakers and reporters."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.pipeline import parse_input, run_stages
from tests.extract.conftest import events_of, one, only


def test_its_forces_act_for_the_state_named_before() -> None:
    events = events_of(
        'Moscow said its forces had struck "military infrastructure" in Kharkiv and accused '
        "Kyiv of hiding weapons in residential areas. The Red Cross said its warehouses had been looted."
    )
    strike, accuse, looting = events
    assert (strike.action, strike.actor) == ("ASSAULT", "Russia")
    assert (accuse.action, accuse.actor) == ("ACCUSE", "Russia")
    assert (looting.actor, looting.target) == (None, "its warehouses")  # a target's "its" stays words


def test_what_is_fired_is_the_means_and_what_it_is_fired_at_the_target() -> None:
    events = events_of("Kenyan police fired tear gas at thousands of protesters in central Nairobi on Wednesday.")
    assert [(e.action, e.actor, e.target) for e in events] == [("ASSAULT", "Kenya", "thousands of protesters")]


def test_a_subject_parsed_as_a_conjunct_of_the_noun_before_is_the_actor() -> None:
    call = only(
        "CONSULT",
        "The United States said it was in touch with both governments and Secretary of State Marco Rubio "
        "would speak with Pakistani Prime Minister Shehbaz Sharif on Friday.",
    )
    assert (call.actor, call.target, call.reported_by) == ("Marco Rubio", "Shehbaz Sharif", "United States")


def test_travel_for_talks_is_consulting_whom_the_talks_are_with() -> None:
    trip = only(
        "CONSULT",
        "President Hassan Sheikh Mohamud will travel to Addis Ababa next week for talks with Ethiopian Prime "
        "Minister Abiy Ahmed, his office said.",
    )
    assert (trip.actor, trip.target, trip.place) == ("Hassan Sheikh Mohamud", "Abiy Ahmed", "Addis Ababa")


def test_the_pronoun_opening_a_group_s_report_is_the_group() -> None:
    event = only(
        "ASSAULT",
        "Fighting spread near Bahir Dar. Fano, a loose alliance of Amhara militias, said in a statement that its "
        "fighters had captured two army positions near Debre Markos.",
    )
    assert event.actor == "Fano"


def test_attacks_in_a_region_that_killed_are_the_launcher_s_and_a_state_of_commotion_is_coercion() -> None:
    killed = only(
        "ASSAULT",
        "Petro suspended talks with the ELN on Friday after the guerrilla group launched attacks in the "
        "northeastern Catatumbo region that have killed at least 80 people.",
    )
    assert (killed.actor, killed.target, killed.place) == ("the guerrilla group", "at least 80 people", "Catatumbo")
    assert only("COERCE", "Petro declared a state of internal commotion on Monday.").actor == "Petro"


def test_two_leaders_meeting_after_a_preposition_are_actor_and_partner() -> None:
    # The small model takes "Tshisekedi" for the object of "after" and only "Kagame" for the subject.
    meeting = only(
        "CONSULT",
        "The advance came two days after Congolese President Felix Tshisekedi and Rwandan President "
        "Paul Kagame met in Doha.",
    )
    assert (meeting.actor, meeting.target) == ("Felix Tshisekedi", "Paul Kagame")


def test_future_meetings_are_marked_and_demonstratives_name_no_one() -> None:
    (visit,) = events_of("President Volodymyr Zelenskiy will travel to Berlin on Monday for talks, his office said.")
    assert visit.action == "CONSULT" and visit.hypothetical
    (denial,) = events_of("Islamabad accuses the Taliban of sheltering militants. Kabul denies this.")[-1:]
    assert denial.action == "REJECT" and denial.target is None


def test_what_a_relative_clause_reports_is_done_by_its_noun() -> None:
    found = events_of("The truce halted a week of border clashes that killed dozens of soldiers.")
    assert [(e.action, e.actor) for e in found] == [("ASSAULT", None)]


def test_backers_and_describers_are_not_the_actor_or_target() -> None:
    (seized,) = events_of("Rwanda-backed M23 rebels seized two towns in South Kivu province on Sunday.")
    assert (seized.action, seized.actor) == ("ASSAULT", "M23")  # taking towns is an assault, not a confiscation
    hit = [e for e in events_of("The attack hit a Buddhist monastery in the village, residents said.")]
    assert all(e.target != "Buddhist" for e in hit)
    (strike,) = events_of("An airstrike by Myanmar's military killed 18 civilians in Sagaing on Wednesday.")
    assert strike.actor == "Myanmar"
    stormed = events_of("Gang members stormed the central Haitian town of Mirebalais on Monday.")
    assert [(e.action, e.target) for e in stormed] == [("ASSAULT", "Mirebalais")]


def test_pronouns_stand_for_the_subject_that_reports_or_leads() -> None:
    (fired,) = [
        e for e in events_of("Yemen's Huthi rebels said they had fired missiles at a tanker.") if e.action == "ASSAULT"
    ]
    assert fired.actor != "Yemen"
    unnamed = events_of(
        "Fighters from the People's Defense Force sheltered families. The military government did not comment. "
        "It has said it struck only armed groups."
    )
    # Not the People's Defense Force named before: the government, which has no name here.
    assert [e.actor for e in unnamed if e.action == "ASSAULT"] == ["The military government"]
    (repelled,) = [
        e
        for e in events_of("The army said on Wednesday it had repelled an RSF attack and killed dozens of fighters.")
        if e.action == "ASSAULT"
    ]
    # one assault on the side the attack is named for, with the dozens killed among its figures
    assert (repelled.actor, repelled.target, len(repelled.figure_ids)) == ("The army", "RSF", 1)
    (talks,) = events_of("Iran and Britain, France and Germany will hold a new round of talks on Tehran's programme.")
    assert (talks.actor, talks.target) == ("Iran", "United Kingdom")


def test_his_country_is_the_country_in_the_speakers_title() -> None:
    found = events_of("Burundian President Evariste Ndayishimiye warned that his country would attack the rebels.")
    assert [(e.action, e.actor, e.hypothetical) for e in found] == [("ASSAULT", "Burundi", True)]


def test_who_an_attack_is_blamed_on_and_whose_organ_speaks() -> None:
    (blamed,) = events_of("Drone strikes blamed on the militia hit fuel depots and the airport in Port Sudan.")
    assert (blamed.action, blamed.actor, blamed.place) == ("ASSAULT", "the militia", "Port Sudan")
    captured = events_of("Russia's Defense Ministry said its forces had captured the village of Andriivka.")
    assert [(e.action, e.actor) for e in captured] == [("ASSAULT", "Russia")]
    (launched,) = events_of("Russia launched 120 drones at Ukraine overnight.")
    assert (launched.action, launched.target) == ("ASSAULT", "Ukraine")


def test_an_attack_noun_is_not_the_actor() -> None:
    found = events_of("Artillery exchanges along the front line killed at least 10 civilians, police said.")
    assault = next(e for e in found if e.action == "ASSAULT")
    assert assault.actor is None


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Fighters from the Arakan Army seized the town of Paletwa on Monday.", "Arakan Army"),
        ("Militants from Islamic State attacked a checkpoint on Sunday.", "Islamic State"),
        ("Fighters from the Group for the Support of Islam and Muslims (JNIM) overran the camp.", "JNIM"),
    ],
)
def test_fighters_from_a_group_act_for_the_group(sentence: str, actor: str) -> None:
    assert next(e for e in events_of(sentence) if e.action == "ASSAULT").actor == actor


def test_a_clause_with_its_own_subject_names_its_own_actor() -> None:
    # "executed" hangs from "reports" as a clause, but it has a subject of its own: the rebels, not the reports.
    found = events_of("Kenya was alarmed by reports that M23 rebels had executed nine farmers near Goma.")
    assault = next(e for e in found if e.action == "ASSAULT")
    assert assault.actor == "M23"


def test_a_pronoun_read_as_the_actor_is_not_its_target() -> None:
    found = events_of("The envoy said on Friday that Washington had proposed a truce and that the RSF had accepted it.")
    agreed = next(e for e in found if e.action == "AGREE")
    assert agreed.actor == "RSF" and agreed.target is None  # "it" is the truce, not the RSF


def test_a_scheduled_visit_keeps_its_visitor() -> None:
    found = events_of("China's special envoy, Deng Xijun, is due to visit Naypyitaw next week.")
    assert next(e for e in found if e.action == "CONSULT").actor in ("China", "Deng Xijun")


def test_an_unnamed_group_that_reports_its_own_fighters_is_their_actor() -> None:
    found = events_of(
        "The ethnic armed group, which has seized 14 of Rakhine's 17 townships, said on Tuesday its fighters "
        "had captured a naval outpost on Ramree Island."
    )
    captured = next(e for e in found if "Ramree" in (e.target or ""))
    assert captured.actor == "The ethnic armed group"  # not Rakhine, the last name before "its"


def test_they_in_a_direct_quote_is_not_the_speakers_group() -> None:
    found = events_of(
        '"They attacked our village at night," said Babakura Kolo, a leader of the Civilian Joint Task Force.'
    )
    assert next(e for e in found if e.action == "ASSAULT").actor != "Civilian Joint Task Force"


def test_what_a_group_habitually_does_is_not_an_event() -> None:
    found = events_of("Kolo leads the Civilian Joint Task Force, a militia that fights alongside the army.")
    assert not [e for e in found if e.action == "ASSAULT"]


def test_the_subject_of_is_expected_to_is_who_acts() -> None:
    found = events_of(
        "U.S. envoy Steve Witkoff is expected to meet Kremlin aide Kirill Dmitriev in Miami next Tuesday."
    )
    meeting = next(e for e in found if e.action == "CONSULT")
    assert meeting.actor == "Steve Witkoff" and meeting.hypothetical


def test_fire_with_a_shooter_is_no_hazard_and_its_troops_are_the_speakers() -> None:
    found = events_of(
        "More than 300 Palestinians have been killed by Israeli fire since the truce began, the ministry said. "
        "The Israeli military said it had struck Hamas targets after gunmen opened fire on its troops in Khan Younis."
    )
    assert ("Israel", "Palestinians") in {(e.actor, e.target) for e in found}
    assert next(e for e in found if e.actor == "gunmen").target == "Israel"  # not Hamas, the last name before


def test_its_is_the_subject_of_its_own_clause_first() -> None:
    found = events_of("The leadership of al-Hashd al-Shaabi said on Tuesday that ISIS is mobilizing its fighters.")
    mobilised = next(e for e in found if e.action == "MOBILIZE")
    assert mobilised.actor == "Islamic State" and mobilised.target != "al-Hashd al-Shaabi"  # ISIS's own fighters


def test_the_group_is_the_organisation_just_named() -> None:
    found = events_of(
        "RSF leader Mohamed Hamdan Dagalo said on Sunday the group had accepted a humanitarian truce proposed by "
        "the United States."
    )
    assert next(e for e in found if e.action == "AGREE").actor in ("RSF", "Rapid Support Forces")


def test_speaking_with_a_leader_is_consulting_and_speaking_to_reporters_is_not() -> None:
    found = events_of("Lavrov spoke by phone with his Turkish counterpart. Trump spoke to reporters on Air Force One.")
    assert [(e.action, e.actor, e.target) for e in found] == [("CONSULT", "Lavrov", "Turkey")]


def test_who_repelled_an_attack_targets_the_attackers() -> None:
    (repelled,) = events_of(
        "Burkina Faso's army said it had repelled a large attack by jihadist militants on the northern town of Djibo."
    )
    assert repelled.target == "jihadist militants"


def test_a_claimed_act_and_an_accused_act_have_their_subject_as_actor() -> None:
    found = events_of(
        "Al-Shabaab attacked a base in Hiran. The Islamist group claimed to have killed 17 soldiers. "
        "The ELN accused the dissidents of attacking its members."
    )
    assert next(e for e in found if e.target == "17 soldiers").actor == "Al-Shabaab"  # not "Islamist"
    assert next(e for e in found if e.target == "its members").actor == "the dissidents"


def test_a_gerund_of_fighting_is_the_means_not_the_actor() -> None:
    (killed,) = events_of("Fighting between Druze militias and Bedouin fighters killed at least 37 people on Saturday.")
    assert killed.actor is None and killed.target == "at least 37 people"
    (war,) = events_of("The war has killed tens of thousands of people, according to the health ministry.")
    assert war.actor is None  # a war is no actor; "Russia's war" names one


def test_killed_in_a_named_strike_has_the_striker_as_actor() -> None:
    (killed,) = events_of("Five people were killed in an Israeli strike on Gaza City on Tuesday.")
    assert killed.actor == "Israel"
    (burned,) = events_of("Protests erupted in Tripoli on Tuesday, with banks set ablaze and violence boiling over.")
    assert (burned.actor, burned.target) == (None, "banks")  # the banks were set ablaze; they set nothing


def test_who_a_described_name_and_a_titled_role_are() -> None:
    found = events_of(
        "Fano, a loose network of ethnic Amhara militias, fought alongside federal troops. Ituri's military "
        "governor, Lt. Gen. Johnny Luboya Nkashama, vowed to neutralize the attackers. Rival factions of the "
        "Sinaloa cartel fought for control of the city."
    )
    assert [e.actor for e in found if not e.hypothetical] == [
        "Fano",
        "Johnny Luboya Nkashama",
        "Rival factions of the Sinaloa cartel",  # the text's words, as written
    ]
    (blamed,) = events_of("CODECO, a militia drawn mainly from the Lendu community, has been blamed for massacres.")
    assert (blamed.action, blamed.target) == ("ACCUSE", "CODECO")


def test_a_nicknamed_person_is_one_person() -> None:
    (kidnap,) = events_of('Ismael "El Mayo" Zambada has said he was kidnapped by Joaquín "El Chapo" Guzmán.')
    assert (kidnap.actor, kidnap.target) == ("Joaquín Guzmán", "Ismael Zambada")


def test_means_vehicles_and_media_are_not_the_parties() -> None:
    found = events_of(
        "Police fired tear gas and live ammunition at protesters, witnesses said. The attackers detonated an "
        "improvised explosive device, the army said. Suspected jihadists on motorbikes killed 34 civilians, the "
        "government said."
    )
    assert [(e.actor, e.target) for e in found] == [
        ("Police", "protesters"),
        ("The attackers", None),  # the device is the means
        ("Suspected jihadists", "34 civilians"),
    ]
    (call,) = events_of("Russian President Vladimir Putin spoke by phone with Azerbaijani President Ilham Aliyev.")
    assert (call.action, call.actor, call.target) == ("CONSULT", "Vladimir Putin", "Ilham Aliyev")


def test_a_warning_of_what_a_party_would_do_is_a_threat() -> None:
    found = events_of('Defence Minister Yoav Gallant warned that Israel would "take the fight to Beirut".')
    assert [e.action for e in found] == ["THREATEN"]
    assert not events_of("The World Health Organization warned that the famine would worsen.")


def test_they_in_the_report_of_unnamed_police_is_the_police() -> None:
    found = events_of("Conille condemned the killings on X. Police said they had arrested two suspects on Friday.")
    assert next(e for e in found if e.action == "COERCE").actor == "Police"


def test_a_weapon_launched_by_a_party_is_that_party_s_strike() -> None:
    found = events_of("Drones launched by the RSF hit a market in Omdurman on Monday.")
    assert [(e.action, e.actor, e.target) for e in found] == [("ASSAULT", "RSF", "a market")]
    fired = events_of("Missiles fired by Russian forces struck Odesa on Monday.")
    assert [(e.actor, e.target) for e in fired] == [("Russia", "Odesa")]  # the firing is not a second event
    assert not events_of("A drone operated by the agency captured dramatic footage of the landslides.")


def test_a_participle_reports_for_the_subject_it_hangs_from() -> None:
    found = events_of(
        "Al Shabaab, which is allied with al Qaeda, claimed responsibility in a statement, saying its fighters "
        "had killed 47 soldiers."
    )
    assert next(e for e in found if e.action == "ASSAULT").actor == "Al-Shabaab"


def test_it_in_a_relative_clause_is_the_subject_of_the_clause_it_hangs_in() -> None:
    found = events_of("The junta expelled three French diplomats it accused of subversive activities.")
    assert [(e.actor or "").lower() for e in found if e.action == "ACCUSE"] in ([], ["the junta"])  # never France


def test_an_organisation_acts_for_itself_not_for_the_country_that_possesses_it() -> None:
    found = events_of("Fighters from Colombia's National Liberation Army (ELN) killed at least 80 people in Catatumbo.")
    assert next(e for e in found if e.action == "ASSAULT").actor == "National Liberation Army"


def test_a_role_shared_by_an_organisation_and_a_person_does_not_stop_the_article() -> None:
    article = clean(
        "GENEVA (Reuters) - The UN Resident and Humanitarian Coordinator, Clementine Nkweta-Salami, condemned the "
        "attack and called on all parties to respect international humanitarian law.",
        "test",
        published="2025-03-14",
    )
    result = run_stages(nlp.parse(parse_input(article)), article)
    assert not result.failures and result.events


def test_officials_of_two_peoples_meet_each_other() -> None:
    found = events_of("Senior U.S. and Russian officials will meet in Riyadh on Tuesday to discuss ending the war.")
    assert [(e.action, e.actor, e.target, e.hypothetical) for e in found] == [
        ("CONSULT", "United States", "Russia", True)
    ]  # one meeting: what it is to discuss is no second one


def test_who_is_asked_is_the_subject_of_the_demanded_clause() -> None:
    found = events_of("Russia has demanded that Ukraine abandon its ambitions to join NATO.")
    assert ("REQUEST", "Russia", "Ukraine") in {(e.action, e.actor, e.target) for e in found}
    assert "RETREAT" not in {e.action for e in found}  # giving up an ambition is no withdrawal


def test_what_a_group_is_is_no_event_and_the_group_is_the_one_so_called() -> None:
    found = events_of(
        "The Arakan Army, an ethnic armed group fighting Myanmar's junta, said it had captured the Western "
        "Regional Command headquarters in Ann. The group said its fighters had detained dozens of soldiers."
    )
    assert [(e.action, e.actor) for e in found] == [("ASSAULT", "Arakan Army"), ("COERCE", "Arakan Army")]


def test_a_creed_describes_the_actor_and_a_participle_is_not_the_target() -> None:
    event = one(
        "Islamist militants killed hundreds of people digging trenches around the town of Barsalogho in August.",
        "ASSAULT",
    )
    assert event.actor == "Islamist militants"  # not a party called "Islamist"
    assert event.target == "hundreds of people"  # not the town they were digging around
    assert event.place == "Barsalogho"


def test_the_name_after_the_word_group_is_the_group() -> None:
    event = one(
        "The al Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility for the "
        "assault, saying its fighters had seized weapons and vehicles.",
        "COERCE",
    )
    assert event.actor == "JNIM"


def test_what_is_shot_down_is_the_target_and_its_owner_the_party() -> None:
    event = one("U.S. forces shot down four Houthi drones over the Red Sea on Wednesday.", "ASSAULT")
    assert event.target == "Houthis"


def test_owned_weapons_have_an_actor() -> None:
    event = one("Ukraine's military said its drones hit an oil refinery in Russia's Samara region.", "ASSAULT")
    assert event.actor == "Ukraine"


def test_a_state_organ_speaks_of_its_own_troops_and_eliminating_militants_is_an_assault() -> None:
    event = one('The Israeli military said troops had come under fire and had "eliminated" three militants.', "ASSAULT")
    assert (event.actor, event.target) == ("Israel", "three militants")


def test_who_is_called_on_to_act_is_the_actor_of_the_act() -> None:
    event = one(
        "The Palestinian foreign ministry called on the international community to impose sanctions on settlers.",
        "SANCTION",
    )
    assert event.actor == "the international community" and event.hypothetical


def test_fighters_doing_something_are_the_actor_of_what_they_did() -> None:
    # The model parses "RSF fighters besieging the city" as a clause subject; its own subject acts.
    event = one(
        "In North Kordofan, RSF fighters besieging the city of El Obeid shelled a market on Monday, killing 19 "
        "people, the Sudan Doctors Network said.",
        "ASSAULT",
    )
    assert event.actor == "Rapid Support Forces"  # RSF, canonical


def test_forces_sent_are_the_means_and_sent_by_no_one_named_they_are_the_actor() -> None:
    event = one("Kenya deployed 400 police officers to Haiti on Tuesday.", "MOBILIZE")
    assert (event.actor, event.target) == ("Kenya", "Haiti")
    event = one("Police said reinforcements would be sent to Kenscoff on Wednesday.", "MOBILIZE")
    assert event.actor == "reinforcements" and event.target == "Kenscoff" and event.hypothetical


def test_each_abduction_of_a_sentence_has_its_own_count_and_they_are_the_last_clause_subject() -> None:
    text = ("Last month, gunmen kidnapped 25 worshippers from a church in Kwara state, and in March 2024 more than "
            "130 pupils were seized in Kuriga in Kaduna state. They were released about two weeks later.")  # fmt: skip
    events = events_of(text)
    article = clean("GENEVA (Reuters) - " + text, "test", published="2025-03-14")
    figures = run_stages(nlp.parse(parse_input(article)), article).figures
    text_of = {f.id: f.text for f in figures}
    kidnaps = [e for e in events if e.subtype == "ABDUCT_DISSAP"]
    assert [[text_of[i] for i in e.figure_ids] for e in kidnaps] == [["25 worshippers"], ["more than 130 pupils"]]
    released = next(e for e in events if e.action == "CONCEDE")
    assert released.target == "more than 130 pupils"


def test_the_object_the_model_made_a_speaker_is_the_target() -> None:
    # As the model parses it after a dateline: "pupils" is the first subject of "said", and "abducted" has no object.
    article = clean("MAIDUGURI, Nigeria, Dec 4 (Reuters) - Gunmen stormed a boarding school in northwest Nigeria's "
                    "Kebbi state before dawn on Wednesday and abducted at least 38 pupils, police and a local "
                    "official said, the latest in a string of mass kidnappings.", "test", published="2025-12-04")  # fmt: skip
    doc = nlp.parse(parse_input(article))
    pupils = next(t for t in doc if t.text == "pupils")
    assert pupils.dep_ == "nsubj" and pupils.head.lemma_ == "say"  # the misparse this repairs
    (event,) = [e for e in run_stages(doc, article).events if e.action == "COERCE"]
    assert event.target == "at least 38 pupils"


def test_they_after_a_report_by_unnamed_tellers_is_who_the_report_was_about() -> None:
    event = only("COERCE", "Hundreds of fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) overran the base "
                           "in Djibo, the sources said. They seized weapons and vehicles.")  # fmt: skip
    assert event.actor == "JNIM"


def test_it_after_a_bloc_named_after_from_is_the_bloc_and_a_failed_act_is_no_event() -> None:
    events = events_of("The three juntas have expelled French troops. In January, they announced their withdrawal "
                       "from the West African regional bloc ECOWAS, accusing it of failing to help them fight the "
                       "insurgency.")  # fmt: skip
    accused = next(e for e in events if e.action == "ACCUSE")
    assert (accused.actor, accused.target) == ("The three juntas", "Economic Community of West African States")
    assert not [e for e in events if e.action == "ASSAULT"]


def test_speaking_to_a_state_official_is_consulting_the_state() -> None:
    event = only("CONSULT", "Rubio spoke to Pakistan's army chief on Thursday, the State Department said.")
    assert event.target == "Pakistan"


def test_a_participle_sharing_a_passive_has_its_subject_as_target() -> None:
    text = ("The interior ministry said 224 people had been detained since Thursday and 113 police officers "
            "injured, while the opposition said dozens of protesters had been beaten.")  # fmt: skip
    hurt = [e for e in events_of(text) if e.target == "113 police officers"]
    assert [(e.action, e.actor) for e in hurt] == [("ASSAULT", None)]


def test_a_leaning_is_no_party_and_a_charge_is_not_the_one_charged() -> None:
    event = only("COERCE", "Georgian riot police used water cannon and tear gas to disperse thousands of "
                           "pro-European protesters outside parliament in Tbilisi late on Sunday.")  # fmt: skip
    assert event.target == "thousands of pro-European protesters"
    assert only("ACCUSE", "The prime minister accused the bloc of blackmail.").target == "the bloc"


def test_an_abandoned_car_is_no_retreat_and_designating_a_terrorist_group_is_a_sanction() -> None:
    assert not [e for e in events_of("Nine of the victims were found in a car abandoned on a highway south of "
                                     "Culiacan, prosecutors said.") if e.action == "RETREAT"]  # fmt: skip
    event = only("SANCTION", "The U.S. government designated the cartel a foreign terrorist organization in February.")
    assert event.target == "the cartel"


def test_gunmen_the_model_left_on_an_adjective_are_the_ambushers_and_fighters_sent_mobilise() -> None:
    event = only("ASSAULT", "Violence erupted on Thursday when gunmen loyal to the former government ambushed a "
                            "security patrol near Jableh, killing 13 personnel, the defence ministry said.")  # fmt: skip
    assert event.actor == "gunmen"
    sent = only("MOBILIZE", "Thousands of fighters were then sent to the coast to crush the insurgents.")
    assert sent.actor == "Thousands of fighters"


def test_drones_destroyed_are_the_side_that_sent_them_and_debris_is_no_actor() -> None:
    event = only("ASSAULT", "Russia said on Tuesday its air defences had destroyed 337 Ukrainian drones overnight.")
    assert (event.actor, event.target) == ("Russia", "Ukraine")
    assert not [e for e in events_of("Debris hit a residential building in the town of Vidnoye, the mayor said.")
                if e.actor == "Debris"]  # fmt: skip


def test_drones_an_attack_was_launched_with_are_its_means_and_stepping_up_attacks_is_attacking() -> None:
    event = only("ASSAULT", "The army said the RSF had launched the attack with long-range drones, hitting a fuel "
                            "depot near the port.")  # fmt: skip
    assert (event.actor, event.target) == ("RSF", "a fuel depot")
    stepped = only("ASSAULT", "Since then the RSF has stepped up drone attacks on army-held cities.")
    assert (stepped.actor, stepped.target) == ("RSF", "army-held cities")


def test_a_quoted_they_repeated_is_the_first_they_and_never_the_last_name_before_it() -> None:
    events = events_of("He said the militants had also abducted children in Pemba. \"They came at night, they killed "
                       "and they burned everything,\" said Amina Saide, a mother of four.")  # fmt: skip
    assert [e.actor for e in events if e.action == "ASSAULT"] == ["the militants"]


def test_an_approval_a_withdrawal_waits_for_is_still_to_come_and_the_accord_is_no_party() -> None:
    event = only("AGREE", "Israeli troops will pull back within 24 hours of the Israeli cabinet approving the accord, "
                          "a spokeswoman said.")  # fmt: skip
    assert (event.actor, event.target, event.hypothetical) == ("Israel", None, True)


def test_air_defences_a_ministry_speaks_of_and_assaults_named_for_a_side() -> None:
    downed = only("ASSAULT", "Russia's defence ministry said air defences had destroyed 95 Ukrainian drones.")
    assert (downed.actor, downed.target) == ("Russia", "Ukraine")
    repelled = only("ASSAULT", "Ukraine's military said its troops had repelled 47 Russian assaults near Pokrovsk.")
    assert (repelled.actor, repelled.target) == ("Ukraine", "Russia")


def test_aid_for_a_country_named_on_the_aid_noun_is_aid_to_it() -> None:
    event = only("AID", "Canadian Prime Minister Mark Carney announced 2 billion Canadian dollars in military aid "
                        "for Ukraine.")  # fmt: skip
    assert event.target == "Ukraine"


def test_refusing_in_the_breath_of_a_report_is_the_speakers_and_joining_protesters_is_protest() -> None:
    refused = only("REJECT", 'Rajoelina said an "attempt to seize power illegally" was under way and refused to '
                             "resign.")  # fmt: skip
    assert refused.actor == "Rajoelina"
    joined = only("PROTEST", "Soldiers of the CAPSAT unit joined thousands of protesters in the capital on Sunday.")
    assert joined.date == "2025-03-09"


def test_what_is_urged_is_no_target_and_who_is_urged_is() -> None:
    assert only("REQUEST", "The United States and Turkey had urged restraint.").target is None
    assert only("REQUEST", "Hamas urged mediators to press Israel.").target == "mediators"


def test_the_president_asking_him_is_the_president_asking_the_man_named_before() -> None:
    event = only("REQUEST", "Prime Minister K.P. Sharma Oli said in a letter to President Ram Chandra Paudel that "
                            "he was stepping down. The "
                            "president accepted the resignation and asked him to lead a caretaker government, the "
                            "president's office said.")  # fmt: skip
    assert (event.actor, event.target) == ("Ram Chandra Paudel", "K.P. Sharma Oli")


def test_a_shared_subject_not_the_agent_of_the_first_conjunct_acts() -> None:
    event = only("REQUEST", "The United Nations human rights office said it was shocked by the killings and called "
                            "for a prompt and transparent investigation.")  # fmt: skip
    assert event.actor == "United Nations"


def test_what_a_government_says_it_always_does_is_no_event() -> None:
    assert not events_of("The government has previously said it targets only armed groups.")


def test_fighters_burning_their_own_weapons_is_no_assault_and_disbanding_is_retreat() -> None:
    events = events_of("About 30 fighters from the PKK burned their weapons at a ceremony in northern Iraq on "
                       "Friday. The fighters placed their rifles in a cauldron and set them alight.")  # fmt: skip
    assert not [e for e in events if e.action == "ASSAULT"]
    retreat = only("RETREAT", "The PKK announced in May that it would disband, heeding a call from its jailed leader "
                              "Abdullah Ocalan, who has been held on an island prison near Istanbul since 1999.")  # fmt: skip
    assert (retreat.hypothetical, retreat.place) == (True, None)


def test_what_any_member_who_refused_might_do_is_no_event_reported() -> None:
    event = only("REJECT", "Erdogan said security forces would continue operations against any PKK members who "
                           "refused to lay down their arms.")  # fmt: skip
    assert event.hypothetical


def test_the_dead_vow_nothing_and_a_strike_with_no_one_named_is_no_event() -> None:
    event = only("THREATEN", "Yemen's Houthis said on Saturday that their prime minister and several other "
                             "ministers were killed in an Israeli air strike on Sanaa on Thursday, and vowed revenge.")  # fmt: skip
    assert (event.actor, event.target) == ("Houthis", None)
    assert not events_of("The ministers had been attending a workshop when the strike hit, the agency said.")


def test_what_leaders_are_due_to_discuss_is_their_topic_and_to_come() -> None:
    event = only("CONSULT", "EU leaders were also due to discuss a plan to use frozen Russian assets for Ukraine.")
    assert (event.target, event.hypothetical) == (None, True)


def test_the_drones_and_missiles_an_attack_was_made_with_are_its_figures() -> None:
    event = only("ASSAULT", "Russia launched 458 drones and 45 missiles at Ukraine overnight, targeting power plants, "
                            "Ukrainian officials said.")  # fmt: skip
    assert len(event.figure_ids) == 2


def test_fighters_disguised_as_soldiers_are_the_attackers() -> None:
    (stormed,) = events_of("Al-Shabaab fighters disguised as soldiers stormed the central prison in Mogadishu on "
                           "Tuesday, killing at least seven guards.")  # fmt: skip
    assert (stormed.action, stormed.actor) == ("ASSAULT", "Al-Shabaab")


def test_she_after_an_unnamed_official_s_report_is_the_one_reported_on() -> None:
    events = events_of("U.S. envoy Morgan Ortagus will meet President Joseph Aoun and Prime Minister Nawaf Salam on "
                       "Saturday, a U.S. embassy official said. She met Israeli officials in Jerusalem on Tuesday.")  # fmt: skip
    assert [e.actor for e in events if e.action == "CONSULT"] == ["Morgan Ortagus", "Morgan Ortagus"]


def test_who_struck_is_who_killed_those_killed_in_the_strikes_told_before() -> None:
    events = events_of("Israel carried out strikes in southern Lebanon on Thursday. Lebanese authorities say 12 "
                       "people were killed in those strikes.")  # fmt: skip
    assert [(e.actor, e.date) for e in events] == [("Israel", "2025-03-13"), ("Israel", "2025-03-13")]
    fighting = events_of("Army troops and rebels clashed near the town on Thursday. Eleven civilians were killed in "
                         "the fighting.")  # fmt: skip
    assert fighting[-1].actor is None  # two sides fought: neither killed them


def test_a_description_the_model_made_a_second_subject_is_not_the_actor() -> None:
    event = only("ASSAULT", "More than 7,000 people have fled Babanusa since Sunday as the paramilitary Rapid "
                            "Support Forces shelled the army's base there, the IOM said.")  # fmt: skip
    assert event.actor == "Rapid Support Forces"


def test_a_group_s_branch_named_after_a_country_is_the_group() -> None:
    event = only("ACCUSE", "Hamas said the two men were martyrs. The group's Lebanon branch has been accused by "
                           "Israel of firing rockets across the border in March.")  # fmt: skip
    assert (event.actor, event.target, event.date) == ("Israel", "Hamas", None)


def test_a_passive_participle_read_as_a_clause_gives_its_subject_to_the_next() -> None:
    events = events_of("Police chief Andre Paraison said officers backed by the Gang Suppression Force had retaken "
                       "the area by midday.")  # fmt: skip
    assert {(e.action, e.actor, e.target) for e in events} == {
        ("SUPPORT", "Gang Suppression Force", "officers"),
        ("ASSAULT", "officers", "the area"),
    }


def test_whom_one_meets_is_not_the_city_the_parser_hung_under_them() -> None:
    event = only("CONSULT", "President Joseph Aoun will meet the head of the ceasefire monitoring committee in "
                            "Beirut on Monday, his office said.")  # fmt: skip
    assert event.target != "Beirut" and event.place == "Beirut"


def test_two_mediators_of_talks_are_not_each_other_s_target() -> None:
    (event,) = [e for e in events_of("Pakistan and Afghanistan agreed to a ceasefire on Sunday after talks in Doha "
                                     "mediated by Qatar and Turkey.") if e.action == "CONSULT"]  # fmt: skip
    assert event.actor == "Qatar" and event.target != "Turkey"


def test_a_bloc_named_after_its_description_and_a_second_bloc_joined_to_it() -> None:
    event = only("ACCUSE", "The West African bloc ECOWAS and the African Union condemned the takeover.")
    assert event.actor == "Economic Community of West African States"


def test_a_verb_of_saying_after_comma_and_in_a_report_is_the_reporter_s() -> None:
    events = events_of("Cambodia's defence ministry said Thai forces attacked first, targeting Cambodian positions "
                       "in Preah Vihear province, and accused Thailand of violating the ceasefire.")  # fmt: skip
    assert ("ACCUSE", "Cambodia", "Thailand") in {(e.action, e.actor, e.target) for e in events}


def test_a_call_joined_to_the_charge_of_an_accusation_is_the_accuser_s() -> None:
    event = only("REQUEST", "Druze spiritual leader Sheikh Hikmat al-Hijri accused Damascus of trying to impose a "
                            "siege on the province and called on the international community to protect its "
                            "residents.")  # fmt: skip
    assert event.actor == "Hikmat al-Hijri"


def test_a_state_organ_named_as_an_organisation_speaks_of_its_state_s_air_defences() -> None:
    event = only("ASSAULT", "Russia's Defence Ministry said air defences and the Black Sea Fleet had destroyed 47 "
                            "drones over the Black Sea and the Krasnodar region.")  # fmt: skip
    assert (event.actor, event.target) == ("Russia", "47 drones")


def test_the_second_side_of_clashes_joined_to_the_first_side_s_patron() -> None:
    event = only("ASSAULT", "Heavy clashes broke out in Tripoli late on Monday between armed groups loyal to the "
                            "Government of National Unity and the Radaa force, residents said.")  # fmt: skip
    assert event.target == "the Radaa force"


def test_militants_of_a_creed_are_the_target_not_the_creed() -> None:
    event = only("ASSAULT", "Nigeria's air force killed more than 50 Islamist militants near Lake Chad this week, "
                            "the military said.")  # fmt: skip
    assert event.target == "more than 50 Islamist militants"


def test_it_after_an_organ_s_report_of_others_is_the_organ() -> None:
    events = events_of("The soldiers were on patrol near the town of Tame when they were surrounded by armed men, the "
                       "army said in a statement. It called on the group to release them.")  # fmt: skip
    assert ("REQUEST", "the army", "the group") in {(e.action, e.actor, e.target) for e in events}
    assert all(e.target != "Tame" for e in events)


def test_a_participle_hung_on_what_a_struck_boat_was_said_to_do_is_the_striker_s() -> None:
    events = events_of("U.S. forces have struck more than 20 boats it says were carrying drugs, killing at least 87 "
                       "people.")  # fmt: skip
    assert all(e.actor == "United States" for e in events if e.action == "ASSAULT")


def test_an_envoy_expected_somewhere_for_talks_holds_them() -> None:
    event = only("CONSULT", "U.S. envoy Morgan Ortagus is expected in Beirut on Tuesday for talks with President "
                            "Joseph Aoun.")  # fmt: skip
    assert (event.actor, event.target, event.hypothetical) == ("Morgan Ortagus", "Joseph Aoun", True)


def test_talks_set_to_resume_are_to_come() -> None:
    event = only("CONSULT", "Talks between Armenia and Azerbaijan are set to resume next week, a U.S. official said.")
    assert event.hypothetical
