"""Quotes: every pattern of issue #3, each in sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.entities import extract_entities
from newsledger.extract.quotes import extract_quotes
from newsledger.pipeline import parse_input
from newsledger.records import Quote


def quotes_of(text: str) -> tuple[Quote, ...]:
    article = clean(text, "test")
    doc = nlp.parse(parse_input(article))
    found = extract_quotes(doc, article, extract_entities(doc, article))
    for q in found:
        assert article.text[q.start : q.end] == q.text
        assert 0 < q.confidence <= 1
    return found


def one(found: tuple[Quote, ...], kind: str, contains: str) -> Quote:
    matches = [q for q in found if q.kind == kind and contains in q.text]
    assert len(matches) == 1, [(q.kind, q.text) for q in found]
    return matches[0]


LEAD = "LONDON (Reuters) - Foreign Secretary David Lammy arrived in Kyiv on Tuesday for talks with officials. "


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not abandon Ukraine," Lammy said.',
        '"We will not abandon Ukraine," said Lammy.',
        'Lammy told reporters: "We will not abandon Ukraine."',
        "“We will not abandon Ukraine,” Lammy said.",
    ],
)
def test_direct_quote_before_after_or_around_the_cue(sentence: str) -> None:
    q = one(quotes_of(LEAD + sentence), "direct", "We will not abandon Ukraine")
    assert q.speaker == "David Lammy"
    assert q.speaker_id is not None
    assert q.cue in ("said", "told")


def test_quote_cut_by_the_cue_is_one_quote() -> None:
    found = quotes_of(LEAD + '"We will stand with Ukraine," Lammy said, "for as long as it takes."')
    q = one(found, "direct", "We will stand")
    assert q.text.endswith("for as long as it takes.")
    assert q.speaker == "David Lammy"


def test_quote_over_several_paragraphs() -> None:
    text = (
        LEAD + 'Lammy said: "Britain will keep sending air defence systems to Ukraine this winter.\n\n'
        '"We will also fund the repair of power stations damaged by Russian strikes."\n\n'
        "Officials in Kyiv welcomed the announcement on Tuesday evening."
    )
    q = one(quotes_of(text), "direct", "air defence systems")
    assert "repair of power stations" in q.text
    assert q.speaker == "David Lammy"


def test_partial_quotes_inside_reported_speech() -> None:
    found = quotes_of(
        LEAD
        + 'Lammy urged an "urgent" pause in the fighting and called the Russian plan "reckless". '
        + 'Aid workers said families were "running out of everything".'
    )
    assert one(found, "partial", "urgent").speaker == "David Lammy"
    assert one(found, "partial", "reckless").speaker == "David Lammy"
    assert one(found, "partial", "running out of everything").speaker == "Aid workers"


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("Lammy said that Britain would send more air defence systems.", "Britain would send", "said"),
        ("Lammy said Britain would send more air defence systems.", "Britain would send", "said"),
        ("Britain will send more air defence systems, Lammy said.", "Britain will send", "said"),
        ("According to Lammy, Britain will send more air defence systems.", "Britain will send", "according to"),
        ("Lammy warned that the winter would be the hardest of the war.", "the winter would be", "warned"),
        ("Lammy insisted that sanctions were working.", "sanctions were working", "insisted"),
        ("Lammy accused Moscow of targeting the power grid.", "Moscow of targeting", "accused"),
        ("Lammy believes the talks can succeed before the summer.", "the talks can succeed", "believes"),
        ("Lammy announced a new package of military aid worth 300 million pounds.", "a new package", "announced"),
        ("Lammy told Reuters that the talks could start within weeks.", "the talks could start", "told"),
    ],
)
def test_indirect_speech(sentence: str, content: str, cue: str) -> None:
    q = one(quotes_of(LEAD + sentence), "indirect", content)
    assert q.speaker == "David Lammy"
    assert q.cue == cue


def test_two_reported_clauses_parsed_apart_are_one_report() -> None:
    # The small model hangs "Rubio would speak" from "said" as a second complement of its own.
    (q,) = quotes_of(
        "The United States said it was in touch with both governments and Secretary of State Marco Rubio "
        "would speak with Pakistani Prime Minister Shehbaz Sharif on Friday."
    )
    assert q.speaker == "United States" and q.text.endswith("on Friday")


def test_which_said_after_a_bracketed_abbreviation_and_an_anonymity_request() -> None:
    found = quotes_of(
        "The fighting has displaced 1.5 million people, according to the U.N. Office for the Coordination of "
        "Humanitarian Affairs (OCHA), which said last month that aid convoys had been blocked. A health worker, "
        "who asked not to be named for fear of reprisals, said 22 of the dead were children."
    )
    assert one(found, "indirect", "aid convoys had been blocked").speaker == "OCHA"
    assert not [q for q in found if "not to be named" in q.text]


def test_pronoun_speaker_is_the_last_person() -> None:
    q = one(quotes_of(LEAD + 'He said the visit was "long overdue".'), "partial", "long overdue")
    assert q.speaker == "David Lammy"
    assert q.speaker_text == "He"


def test_role_description_as_speaker() -> None:
    text = (
        "KYIV (Reuters) - Kyrylo Budanov, Ukraine's military intelligence chief, met allied officials on Monday. "
        "Ukraine's military intelligence chief said Russia was moving troops north."
    )
    q = one(quotes_of(text), "indirect", "Russia was moving troops")
    assert q.speaker == "Kyrylo Budanov"


def test_institution_and_member_of_a_group_as_speakers() -> None:
    text = (
        "KHARTOUM (Reuters) - The Rapid Support Forces (RSF) shelled the city again on Monday. "
        'An RSF commander told Reuters the group would "liberate" the city within weeks. '
        "The Russian defence ministry said its air defences had destroyed 40 drones overnight."
    )
    found = quotes_of(text)
    assert one(found, "indirect", "the group would").speaker == "Rapid Support Forces"
    ministry = one(found, "indirect", "its air defences")
    assert ministry.speaker is not None and "defence ministry" in ministry.speaker.lower()


def test_definite_description_of_an_organisation_named_earlier() -> None:
    text = (
        "GENEVA (Reuters) - The UN Commission of Inquiry on Syria published its report on Monday. "
        "The commission said both sides had committed war crimes in the past year."
    )
    q = one(quotes_of(text), "indirect", "both sides had committed")
    assert q.speaker is not None and "Commission" in q.speaker


def test_speaker_named_only_in_the_previous_sentence() -> None:
    text = (
        "GENEVA (Reuters) - The envoy Geir Pedersen said on Friday he was worried about the talks. "
        '"There is no time left to waste on procedure."'
    )
    q = one(quotes_of(text), "direct", "no time left")
    assert q.speaker == "Geir Pedersen"


def test_one_odd_quote_mark_degrades_only_its_paragraph() -> None:
    text = (
        'GENEVA (Reuters) - The envoy said the "talks would resume next week in the Swiss city.\n\n'
        "Officials said on Friday that both delegations had confirmed they would attend.\n\n"
        '"We are ready to meet at any time," the envoy Geir Pedersen told reporters.'
    )
    found = quotes_of(text)
    assert one(found, "direct", "We are ready to meet").speaker == "Geir Pedersen"
    assert one(found, "indirect", "both delegations had confirmed").speaker == "Officials"
    assert not [q for q in found if q.kind == "direct" and "Swiss city" in q.text]


def test_scare_quotes_without_a_speaker_are_not_quotes() -> None:
    found = quotes_of(
        'GAZA (Reuters) - Israel\'s operation, codenamed "Iron Swords", entered its second month on Monday '
        "as bombardment continued in the north of the enclave for a third day."
    )
    assert not [q for q in found if "Iron Swords" in q.text]


def test_a_clause_before_a_semicolon_is_not_what_the_next_verb_reports() -> None:
    found = quotes_of(
        "KYIV (Reuters) - Moscow blamed Kyiv for the explosion; Ukraine said Russian troops had blown up the bridge."
    )
    assert one(found, "indirect", "blown up").speaker == "Ukraine"
    assert not [q for q in found if q.speaker == "Ukraine" and "explosion" in q.text]


def test_said_in_a_statement_that_reports_the_clause() -> None:
    found = quotes_of(
        "KHARTOUM (Reuters) - The army said in a statement that its 16th Division was still holding the airport "
        "and had repelled an attack on Sunday."
    )
    assert one(found, "indirect", "holding the airport").speaker == "The army"


def test_a_nickname_is_no_quote_and_a_passive_subject_no_speaker() -> None:
    found = quotes_of(
        'Zambada said he was kidnapped by a son of Joaquín "El Chapo" Guzmán. CODECO has been blamed for repeated '
        "massacres of Hema villagers."
    )
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Zambada")]


def test_a_relative_clause_speaks_for_the_person_it_describes() -> None:
    found = quotes_of(
        "Opposition leader Venancio Mondlane, who says the vote was rigged, called for a week of protests."
    )
    assert one(found, "indirect", "the vote was rigged").speaker == "Venancio Mondlane"


def test_a_pronoun_in_the_sentence_of_a_named_subject_is_that_subject() -> None:
    found = quotes_of(
        "Turkey's defence ministry said its forces had \"neutralised\" three militants. Iraq's foreign ministry "
        'summoned the Turkish ambassador on Tuesday and condemned what it called "a flagrant violation of Iraqi '
        'sovereignty."'
    )
    assert one(found, "partial", "a flagrant violation").speaker == "Iraq's foreign ministry"  # not the last speaker


def test_a_speaker_the_parser_joined_to_the_last_object_still_speaks() -> None:
    found = quotes_of(
        "The attack began before dawn on Thursday, when members of the Gran Grif gang opened fire on residents and "
        "set at least 45 homes and 34 vehicles on fire, U.N. human rights office spokesperson Thameen Al-Kheetan "
        "told reporters in Geneva."
    )
    assert [q.speaker for q in found] == ["Thameen Al-Kheetan"]


def test_a_resolved_pronoun_keeps_its_own_offsets_as_the_speaker_mention() -> None:
    text = (
        "Turkey's defence ministry said its forces had \"neutralised\" three militants. Iraq's foreign ministry "
        'summoned the Turkish ambassador on Tuesday and condemned what it called "a flagrant violation."'
    )
    quote = one(quotes_of(text), "partial", "a flagrant violation")
    assert quote.speaker == "Iraq's foreign ministry"
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "it"


def test_a_trailing_report_after_a_long_sentence_names_its_speaker() -> None:
    found = quotes_of(
        "PORT-AU-PRINCE (AP) - Gang members armed with automatic rifles killed at least 70 people, including 10 "
        "women and three infants, in an attack on the town of Pont-Sonde in Haiti's central Artibonite region, the "
        "United Nations human rights office said on Friday."
    )
    assert [q.speaker for q in found] == ["the United Nations human rights office"]


def test_which_said_is_the_organisation_the_clause_hangs_from() -> None:
    found = quotes_of(
        "Gunmen freed more than 500 inmates, according to the U.N. human rights office, which said at least "
        "4,864 people were killed in Haiti this year."
    )
    quote = one(found, "indirect", "4,864 people were killed")
    assert quote.speaker is not None and "High Commissioner for Human Rights" in quote.speaker


def test_the_noun_phrase_right_before_a_closing_said_is_the_speaker() -> None:
    # The small model makes "a resistance group" one more of the children and "people" the subject of "said".
    found = quotes_of(
        "A Myanmar military air strike on a Buddhist monastery in the central Sagaing region killed at least 22 "
        "people, including four children, who had taken shelter there from fighting, a resistance group and "
        "local media said on Friday."
    )
    assert any(q.speaker == "a resistance group and local media" for q in found)


def test_they_after_a_sentence_about_a_group_is_the_group_not_the_last_speaker() -> None:
    found = quotes_of("OUAGADOUGOU (Reuters) - State broadcaster RTB said on Tuesday that the army had repelled an "
                      "attack. The three juntas have expelled French troops. In January, they announced their "
                      "withdrawal from the regional bloc ECOWAS.")  # fmt: skip
    announced = next(q for q in found if "withdrawal" in q.text)
    assert announced.speaker == "The three juntas"


def test_a_new_sentence_after_and_with_a_named_subject_is_not_the_speakers() -> None:
    found = quotes_of("WASHINGTON (Reuters) - The United States said on Saturday it had suspended its strategic "
                      "partnership with Georgia, and Lithuania, Latvia and Estonia imposed travel bans on 11 "
                      "Georgian officials.")  # fmt: skip
    (said,) = [q for q in found if q.kind == "indirect"]
    assert said.text.endswith("partnership with Georgia")


def test_who_called_it_says_nothing_of_the_sentence_it_hangs_on() -> None:
    found = quotes_of('DOHA (Reuters) - It was welcomed by the African Union and by U.S. Senior Advisor for Africa '
                      'Massad Boulos, who called it "a significant step".')  # fmt: skip
    assert not [q for q in found if q.text.startswith("It was welcomed")]


def test_a_report_conjoined_to_another_keeps_no_joining_word() -> None:
    found = quotes_of("WASHINGTON (Reuters) - U.S. President Donald Trump said on Saturday he had spoken to both "
                      "leaders and warned that trade deals would not go ahead while the fighting continued.")  # fmt: skip
    assert not [q for q in found if q.text.endswith(" and")]


def test_a_tally_closing_a_relative_clause_vouches_for_its_toll_only() -> None:
    found = quotes_of("DHAKA (Reuters) - Bangladesh imposed a nationwide curfew on Saturday after days of clashes, "
                      "in which at least 105 people have been killed, according to a tally of hospital figures.")  # fmt: skip
    (tally,) = [q for q in found if q.speaker == "a tally of hospital figures"]
    assert tally.text == "in which at least 105 people have been killed"


def test_what_attacks_threaten_is_no_one_reported() -> None:
    assert not [q for q in quotes_of("The United Nations said it was alarmed by the attacks, which threaten the "
                                     "main entry point for humanitarian aid.") if q.cue == "threaten"]  # fmt: skip


def test_it_opening_a_sentence_after_a_report_is_the_reporter_not_the_last_one_quoted() -> None:
    found = quotes_of(
        'TAIPEI (Reuters) - China\'s military launched exercises on Monday in what it called a "stern warning".\n\n'
        "Taiwan's defence ministry said it had detected 71 Chinese military aircraft around the island. It "
        'condemned the drills as "irrational provocation".'
    )
    assert [q.speaker for q in found if q.kind == "partial"] == ["China's military", "Taiwan's defence ministry"]


def test_a_quote_after_said_in_a_speech_and_a_colon_is_direct() -> None:
    found = quotes_of("DUBAI (Reuters) - The Israeli military said it had struck a target in Sanaa.\n\nMahdi "
                      "al-Mashat said in a televised speech: \"We vow to avenge the martyrs, and we will continue to "
                      'build our military capabilities."')  # fmt: skip
    assert [(q.kind, q.speaker) for q in found][1:] == [("direct", "Mahdi al-Mashat")]


def test_what_they_say_after_a_war_began_is_the_groups_words() -> None:
    found = quotes_of("The Houthis have fired dozens of missiles at Israel since the Gaza war began in October "
                      "2023, in what they say is solidarity with Palestinians.")  # fmt: skip
    assert [q.speaker for q in found] == ["Houthis"]


def test_a_label_quoted_after_called_is_partial() -> None:
    found = quotes_of('The minister accused unnamed politicians of sponsoring what he called "anarchists".')
    assert [q.kind for q in found if q.text == "anarchists"] == ["partial"]


def test_who_is_prompted_to_call_for_a_ceasefire_calls_for_it() -> None:
    found = quotes_of("Heavy gunfire rocked Tripoli overnight, prompting the U.N. mission to call for an immediate "
                      "ceasefire.")  # fmt: skip
    assert [q.speaker for q in found] == ["the U.N. mission"]


def test_two_cues_of_one_trailing_report_give_one_quote() -> None:
    found = quotes_of("A cholera outbreak in Darfur has killed more than 1,000 people since July, medical charity "
                      "MSF said on Monday, calling it the worst outbreak in years.")  # fmt: skip
    assert len([q for q in found if q.text.startswith("A cholera outbreak")]) == 1


def test_the_army_is_not_a_rebel_group_whose_name_ends_in_army() -> None:
    found = quotes_of("Colombia suspended talks with the National Liberation Army (ELN) on Wednesday. The rebels "
                      "attacked the base on Tuesday, the army said in a statement.")  # fmt: skip
    assert one(found, "indirect", "The rebels attacked").speaker == "the army"
    found = quotes_of("The Pakistan Army moved troops to the border on Monday. The troops were on high alert, the "
                      "army said.")  # fmt: skip
    assert one(found, "indirect", "on high alert").speaker == "Pakistan Army"


def test_a_name_in_apposition_closing_the_subject_is_the_speaker_though_hung_on_a_country() -> None:
    found = quotes_of("The U.N. humanitarian coordinator for Sudan, Denise Brown, said on Sunday that aid convoys "
                      "had not reached the city for months.")  # fmt: skip
    assert one(found, "indirect", "aid convoys").speaker == "Denise Brown"


def test_money_pledged_is_no_quote_and_what_is_not_part_of_the_speaker() -> None:
    found = quotes_of("The European Union pledged 522 million euros on Tuesday. The war has uprooted 12 million "
                      "people, creating what aid agencies call the world's largest humanitarian crisis.")  # fmt: skip
    assert not [q for q in found if "522" in q.text]
    assert one(found, "indirect", "largest humanitarian crisis").speaker == "aid agencies"


def test_a_trailing_he_is_not_a_person_named_in_what_he_reports() -> None:
    found = quotes_of("President Volodymyr Zelenskiy said some of the freed men had been held since 2022. Eight "
                      "civilians, including journalist Dmytro Khyliuk, were also returned, he said.")  # fmt: skip
    assert one(found, "indirect", "Eight civilians").speaker == "Volodymyr Zelenskiy"


def test_according_to_a_named_group_is_the_group_and_vouches_for_the_conjunct_after_it() -> None:
    found = quotes_of("MAPUTO (Reuters) - The conflict has killed more than 6,000 people since 2017, according to "
                      "the monitoring group ACLED, and displaced about 1.3 million at its peak.")  # fmt: skip
    quote = one(found, "indirect", "displaced about 1.3 million")
    assert quote.speaker == "Armed Conflict Location and Event Data"
    found = quotes_of("GENEVA (Reuters) - Israeli strikes killed 20 people, according to medics, and Hamas said it "
                      "fired rockets.")  # fmt: skip
    assert one(found, "indirect", "Israeli strikes").text == "Israeli strikes killed 20 people"


def test_a_protest_called_and_a_noun_s_relative_clause_are_no_words() -> None:
    found = quotes_of("MAPUTO (Reuters) - Opposition leader Venancio Mondlane called a protest in Maputo on "
                      "Saturday. India said it had hit camps used by militants it blames for the massacre.")  # fmt: skip
    assert [q.text for q in found] == ["it had hit camps used by militants it blames for the massacre"]


def test_words_not_said_are_no_quote_and_a_list_of_speakers_is_led_by_its_first() -> None:
    found = quotes_of("GENEVA (Reuters) - Tehran says the agency failed to condemn the attacks on its facilities. "
                      "Britain, France and Germany threatened to reimpose sanctions on Iran.")  # fmt: skip
    assert [(q.speaker, q.text) for q in found] == [
        ("Iran", "the agency failed to condemn the attacks on its facilities"),
        ("United Kingdom", "to reimpose sanctions on Iran"),
    ]


def test_the_day_right_after_the_cue_is_the_saying_s() -> None:
    found = quotes_of("GENEVA (Reuters) - Director General Rafael Grossi said on Wednesday he hoped inspectors "
                      "could return before the end of the year.")  # fmt: skip
    assert one(found, "indirect", "inspectors").text.startswith("he hoped")


def test_a_day_before_a_verb_with_its_own_object_is_no_trailing_report() -> None:
    found = quotes_of("GENEVA (Reuters) - Late on Wednesday, Syria's interior ministry announced a new ceasefire "
                      "with Druze leaders.")  # fmt: skip
    assert all(q.text != "Late on Wednesday" for q in found)


def test_a_name_with_its_description_in_apposition_is_the_speaker() -> None:
    found = quotes_of("GENEVA (Reuters) - COGAT, the Israeli military agency that coordinates aid, said more than "
                      "300 trucks of food had entered the enclave each day.")  # fmt: skip
    assert one(found, "indirect", "300 trucks").speaker_text == "COGAT"


def test_what_the_speaker_did_not_mention_is_no_part_of_the_report() -> None:
    found = quotes_of("MOSCOW (Reuters) - The Russian Defence Ministry said its air defences had destroyed 69 "
                      "Ukrainian drones overnight, but did not mention any damage.")  # fmt: skip
    assert one(found, "indirect", "69").text == "its air defences had destroyed 69 Ukrainian drones overnight"


def test_without_saying_says_nothing() -> None:
    found = quotes_of("TRIPOLI (Reuters) - The health ministry said at least six people had been killed, without "
                      "saying whether they were fighters or civilians.")  # fmt: skip
    assert [q.speaker for q in found] == ["The health ministry"]


def test_a_relative_pronoun_before_the_cue_is_not_in_the_words() -> None:
    found = quotes_of("JUBA (Reuters) - Security forces arrested Riek Machar, a move that the United Nations "
                      "warned could plunge the country back into civil war.")  # fmt: skip
    assert one(found, "indirect", "civil war").text == "could plunge the country back into civil war"


def test_a_reported_phrase_does_not_end_in_and() -> None:
    found = quotes_of("KHARTOUM (Reuters) - General Abdel Fattah al-Burhan vowed to defeat the RSF and on Tuesday "
                      "cut diplomatic ties with the United Arab Emirates.")  # fmt: skip
    assert all(not q.text.endswith(" and") for q in found)


def test_a_tally_by_a_named_group_is_that_group_s() -> None:
    found = quotes_of("ABUJA (Reuters) - More than 500 people have been killed in Benue this year, according to a "
                      "tally by Amnesty International, which accused the authorities of failing to protect rural "
                      "communities.")  # fmt: skip
    tally = one(found, "indirect", "500 people")
    assert (tally.speaker, tally.speaker_text) == ("Amnesty International", "a tally by Amnesty International")


def test_a_participle_describing_what_is_reported_is_the_reporters_words() -> None:
    quotes = quotes_of('The Sudan Doctors Network said the RSF had killed more than 1,500 people in three days, '
                       'describing it as "a genocide".')  # fmt: skip
    assert [(q.speaker, q.text) for q in quotes if q.kind == "partial"] == [("Sudan Doctors Network", "a genocide")]


def test_he_opening_a_sentence_is_the_person_the_sentence_before_was_about() -> None:
    quotes = quotes_of("Opposition candidate Issa Tchiroma Bakary, a former minister who broke with President Paul "
                       'Biya in June, rejected the result. He urged his supporters to "defend their victory".')  # fmt: skip
    assert {q.speaker for q in quotes if "victory" in q.text} == {"Issa Tchiroma Bakary"}


def test_when_a_body_spoke_is_not_part_of_its_name() -> None:
    quotes = quotes_of("The electoral commission on Saturday declared Hassan the winner with 98% of the vote.")
    assert [q.speaker for q in quotes] == ["The electoral commission"]


def test_a_main_verb_read_as_a_relative_clause_is_its_subjects_words() -> None:
    quotes = quotes_of('The army chief, General Jacob Mkunda, on Thursday called the protesters "criminals" and '
                       "warned that the military would not tolerate further unrest.")  # fmt: skip
    assert {q.speaker for q in quotes if q.kind == "partial"} == {"Jacob Mkunda"}


def test_he_after_a_direct_quote_is_the_person_the_sentence_before_was_about() -> None:
    quotes = quotes_of("President Volodymyr Zelenskiy, who was in Turkey for talks with President Tayyip Erdogan, "
                       'called for more pressure on Moscow. "Every attack shows that the pressure on Russia is '
                       'insufficient," he said on Telegram.')  # fmt: skip
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Volodymyr Zelenskiy"]


def test_she_after_a_quote_in_a_sentence_that_names_her_is_her() -> None:
    quotes = quotes_of("“He can’t simply dispense with facts,” said David Gorski, the editor of a blog.\n\nDemocratic "
                       "Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is almost monolithic "
                       "against you in terms of the efficacy of the products,” she said.")  # fmt: skip
    assert {q.speaker for q in quotes if "scientific" in q.text} == {"Claire McCaskill"}


def test_what_someone_would_declare_inside_a_report_is_the_reporters_words() -> None:
    quotes = quotes_of('Peru\'s interim president Jose Jeri said his government would declare a "war on crime" and '
                       "pledged to hold elections as scheduled on April 12.")  # fmt: skip
    assert {q.speaker for q in quotes} == {"Jose Jeri"}


def test_a_quote_in_part_after_an_apology_is_the_apologisers_not_of_a_verb_inside_it() -> None:
    found = quotes_of(
        "BELGRADE (Reuters) - President Aleksandar Vucic spoke on Friday. In a televised address, Vucic apologised "
        'for "anything I may have said that hurt anyone" and called for dialogue.'
    )
    assert one(found, "partial", "anything I may").speaker == "Aleksandar Vucic"


def test_according_to_on_a_closing_relative_clause_vouches_for_that_clause_only() -> None:
    found = quotes_of(
        "COTONOU (Reuters) - A government spokesman, Wilfried Houngbedji, said 14 people had been arrested, "
        "including the suspected ringleader, Pascal Tigri, who was still on the run on Sunday evening according "
        "to two security sources."
    )
    sources = [q for q in found if q.speaker == "two security sources"]
    assert [q.text for q in sources] == ["who was still on the run on Sunday evening"]
    assert one(found, "indirect", "14 people").speaker == "Wilfried Houngbedji"


def test_a_name_taken_or_an_office_dismissed_is_no_quote() -> None:
    assert (
        quotes_of(
            "BISSAU (Reuters) - The officers, who called themselves the High Military Command, read a statement. "
            "The junta leader last week dismissed the government of Prime Minister Apollinaire Kyelem de Tambela."
        )
        == ()
    )


def test_an_accusation_after_a_passive_report_is_the_reporters() -> None:
    found = quotes_of(
        "BANGKOK (Reuters) - Thailand's army said the mines had been newly laid, accusing Cambodia of violating "
        "the deal."
    )
    assert [q.speaker for q in found if q.text == "Cambodia of violating the deal"] == ["Thailand's army"]


def test_an_accusation_before_a_charge_denied_is_not_the_deniers_words() -> None:
    found = quotes_of(
        "GOMA (Reuters) - Congo's government accused Rwanda of violating the accord, a charge Kigali has rejected."
    )
    assert [(q.speaker, q.text) for q in found] == [("Congo's government", "Rwanda of violating the accord")]


def test_what_a_decision_threatens_to_do_is_no_one_s_words() -> None:
    found = quotes_of("BAGHDAD (Reuters) - The Kurdish region halted oil exports on Monday, a decision that "
                      "threatens to deepen the budget crisis, officials said.")  # fmt: skip
    assert not any("deepen" in q.text and q.speaker is None for q in found)


def test_a_main_verb_hung_on_its_subject_as_a_participle_keeps_the_speaker() -> None:
    found = quotes_of('RIYADH (Reuters) - Qatar, which hosts the talks, called on Israel to withdraw and said the "reckless '
                      'escalation" must stop.')  # fmt: skip
    assert one(found, "partial", "reckless").speaker == "Qatar"


def test_words_quoted_in_an_order_are_the_orderer_s() -> None:
    found = quotes_of('BANGKOK (Reuters) - The prime minister ordered the army to respond "as necessary."')
    assert (one(found, "partial", "necessary").speaker or "").endswith("prime minister")


def test_a_speaker_s_own_relative_clause_holds_no_cue() -> None:
    found = quotes_of('YANGON (Reuters) - "The monastery was full of families," a rescue worker, who asked not '
                      "to be named, told Reuters.")  # fmt: skip
    assert one(found, "direct", "monastery").speaker == "a rescue worker"


def test_unnamed_tellers_in_a_who_clause_are_the_speaker() -> None:
    found = quotes_of("NIAMEY (Reuters) - The attack killed 12 soldiers, according to three security sources, who "
                      "said the camp was overrun.")  # fmt: skip
    assert one(found, "indirect", "overrun").speaker == "three security sources"


def test_a_participle_given_the_subject_and_a_stance_hung_deep_in_the_report() -> None:
    found = quotes_of("BISSAU (Reuters) - A group of officers calling itself the High Military Command for the "
                      "Restoration of Order said in a statement read on state television that it had acted to thwart "
                      "a plot to destabilise the country.")  # fmt: skip
    assert one(found, "indirect", "thwart a plot").speaker == "A group of officers"
    found = quotes_of("BISSAU (Reuters) - A group of officers calling itself the Military Council said on state "
                      "television that it had acted to stop a plot.")  # fmt: skip
    assert one(found, "indirect", "stop a plot").text == "that it had acted to stop a plot"
    found = quotes_of("BEIRUT (Reuters) - Qassem said the group would keep its arms while Israel kept striking "
                      "Lebanon and held five hilltops, rejecting a cabinet plan.")  # fmt: skip
    assert [q.speaker for q in found if q.text == "a cabinet plan"] == ["Qassem"]


def test_he_in_a_relative_clause_is_not_a_plural_subject_above_it() -> None:
    found = quotes_of('CARACAS (Reuters) - Defence Minister Ana Ruiz said 50,000 soldiers would join the drills, which '
                      'she described as a reply to "foreign threats."')  # fmt: skip
    assert one(found, "partial", "foreign threats").speaker == "Ana Ruiz"


def test_an_unnamed_official_of_a_people_is_the_speaker_not_the_people() -> None:
    found = quotes_of("GITEGA (Reuters) - Burundi closed its border with Congo at Gatumba on Saturday, a Burundian "
                      "security official said.")  # fmt: skip
    assert one(found, "indirect", "closed its border").speaker == "a Burundian security official"


def test_a_trailing_report_whose_subject_the_model_split_in_two() -> None:
    # "the U.N. refugee agency UNHCR" is parsed as two subjects, and a phrase follows the cue.
    found = quotes_of("GOMA (Reuters) - At least 200,000 people have fled fighting in the Uvira area since early "
                      "December, the U.N. refugee agency UNHCR said, about 30,000 of them across the border into "
                      "Burundi.")  # fmt: skip
    assert one(found, "indirect", "have fled fighting").speaker == "UNHCR"


def test_according_to_after_people_reported_missing_vouches_for_the_whole_toll() -> None:
    found = quotes_of("CULIACAN (Reuters) - More than 1,700 people have been killed and about 2,000 reported "
                      "missing in Sinaloa since the infighting began, according to a tally by state prosecutors.")  # fmt: skip
    assert one(found, "indirect", "infighting").text.startswith("More than 1,700 people")


def test_a_trailing_report_whose_title_the_model_hung_on_the_name_before() -> None:
    found = quotes_of("KYIV (Reuters) - Ukrainian and U.S. officials will hold talks in Abu Dhabi on Sunday on a plan "
                      "to end the war with Russia, the head of Ukraine's negotiating team Rustem Umerov said on "
                      "Thursday.")  # fmt: skip
    quote = one(found, "indirect", "hold talks")
    assert quote.text.endswith("the war with Russia") and "Umerov" in (quote.speaker or "")


def test_maintaining_a_blockade_is_no_claim() -> None:
    found = quotes_of("BAMAKO (Reuters) - The arrests come as the al Qaeda-linked JNIM group maintains a fuel "
                      "blockade on Bamako. The army maintains that the strike hit only fighters.")  # fmt: skip
    assert [q.text for q in found if q.kind == "indirect"] == ["that the strike hit only fighters"]


def test_claiming_responsibility_reports_no_words_but_what_follows_does() -> None:
    found = quotes_of('The group claimed responsibility in a statement, saying it had killed "dozens of soldiers".')
    assert [q.text for q in found if q.kind == "indirect"] == ['it had killed "dozens of soldiers"']


def test_a_closing_quote_mark_the_parser_hung_elsewhere_stays_with_the_words() -> None:
    found = quotes_of('The minister called the shelling "a war crime".')
    assert [q.text for q in found if q.kind == "indirect"] == ['the shelling "a war crime"']


def test_it_in_a_relative_clause_under_a_report_is_the_reporter_not_its_forces() -> None:
    found = quotes_of("Ankara has said its forces target hideouts of the PKK, which it blames for a wave of attacks.")
    assert {q.speaker for q in found if q.kind == "indirect"} == {"Turkey"}


def test_a_passive_verb_of_charging_is_not_the_quote_s_speaker() -> None:
    found = quotes_of('The ministry said the four were charged with "inciting mass unrest".')
    assert [q.speaker for q in found if q.kind == "partial"] == ["The ministry"]
