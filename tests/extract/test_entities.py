"""Entities canonicalised within one article: one entity per referent, every form it goes by."""

from __future__ import annotations

from collections.abc import Callable

from newsledger.records import Entity
from tests.extract.conftest import find

Run = Callable[[str], tuple[Entity, ...]]


def test_partial_name_and_title_merge_into_the_full_name(entities_of: Run) -> None:
    ents = entities_of(
        "LONDON (Reuters) - Foreign Secretary David Lammy said on Monday that Britain would send more aid to the "
        "region. Lammy told reporters the situation was grave and that talks must resume soon."
    )
    lammy = find(ents, "David Lammy")
    assert lammy.type == "PERSON"
    assert {"Foreign Secretary David Lammy", "Lammy"} <= set(lammy.aliases)
    assert "Foreign Secretary" in lammy.roles
    assert sum(1 for e in ents if e.type == "PERSON") == 1


def test_a_listed_organisation_in_other_capitals_is_the_organisation(entities_of: Run) -> None:
    ents = entities_of(
        "MOGADISHU (Reuters) - The government said al Shabaab had retreated. Al Shabaab said in a statement "
        "on its Andalus radio station that its fighters had killed 41 soldiers."
    )
    shabaab = find(ents, "Al-Shabaab")
    assert shabaab.type == "ORG" and len(shabaab.mentions) == 2
    assert not [e for e in ents if e.type == "PERSON"]


def test_role_description_tied_to_the_named_office_holder(entities_of: Run) -> None:
    ents = entities_of(
        "KYIV, March 4 (Reuters) - Britain's top diplomat arrived in Kyiv on Tuesday for talks with Ukrainian "
        "leaders. Foreign Secretary David Lammy told reporters that support for Ukraine would not waver."
    )
    lammy = find(ents, "David Lammy")
    assert "Britain's top diplomat" in lammy.aliases


def test_role_description_followed_by_a_named_subject(entities_of: Run) -> None:
    ents = entities_of(
        "WARSAW (Reuters) - Britain's top diplomat said on Tuesday that sanctions would be tightened further. "
        "Lammy told reporters in Warsaw that new measures would be announced within days."
    )
    person = next(e for e in ents if e.type == "PERSON")
    assert person.name == "Lammy"
    assert "Britain's top diplomat" in person.aliases


def test_appositive_role_after_the_name(entities_of: Run) -> None:
    ents = entities_of(
        "KYIV (Reuters) - Kyrylo Budanov, Ukraine's military intelligence chief, said Russia was preparing a new "
        "offensive in the north. Budanov gave no details of the intelligence behind the warning."
    )
    budanov = find(ents, "Kyrylo Budanov")
    assert "Ukraine's military intelligence chief" in budanov.aliases
    assert "Budanov" in budanov.aliases


def test_appositive_role_before_the_name(entities_of: Run) -> None:
    ents = entities_of(
        "KYIV (Reuters) - Ukraine's military intelligence chief, Kyrylo Budanov, said on Friday that Russia had "
        "moved troops towards the border. Budanov said the build-up had started weeks ago."
    )
    budanov = find(ents, "Kyrylo Budanov")
    assert "Ukraine's military intelligence chief" in budanov.aliases
    assert sum(1 for e in ents if e.type == "PERSON") == 1


def test_capital_as_government_but_city_as_place(entities_of: Run) -> None:
    ents = entities_of(
        "GENEVA (Reuters) - Moscow said on Wednesday it would not attend the conference, and Russia's envoy "
        "accused the organisers of bias. Several delegations met in Moscow last month to prepare the meeting."
    )
    russia = find(ents, "Russia")
    assert "Moscow" in russia.aliases
    city = find(ents, "Moscow")  # "in Moscow" is the city, a separate referent
    assert city.type == "GPE"
    assert len(city.mentions) == 1


def test_a_capital_whom_one_acts_for_is_its_government(entities_of: Run) -> None:
    ents = entities_of(
        "TEHRAN (Reuters) - Iran accused the Europeans of acting as a tool of Washington and at the behest of "
        "Tel Aviv. The talks will be held in Washington next week."
    )
    us = find(ents, "United States")
    assert "Washington" in us.aliases and len(us.mentions) == 1
    assert len(find(ents, "Washington").mentions) == 1  # "held in Washington" is the city


def test_organisation_with_bracketed_abbreviation(entities_of: Run) -> None:
    ents = entities_of(
        "ROME (Reuters) - The World Food Programme (WFP) said on Thursday it had run out of funds for its "
        "operations in the country. WFP trucks have not moved for a week, a spokesperson said."
    )
    wfp = find(ents, "World Food Programme")
    assert wfp.type == "ORG"
    assert "WFP" in wfp.aliases
    assert len(wfp.mentions) == 3


def test_organisation_forms_from_the_gazetteer(entities_of: Run) -> None:
    ents = entities_of(
        "GENEVA (Reuters) - The U.N. refugee agency said on Tuesday that 20,000 people had crossed the border in "
        "a week. UNHCR said most were women and children. The UN Human Rights Council will debate the crisis, and "
        "the Human Rights Council's president called for calm."
    )
    unhcr = find(ents, "UNHCR")
    assert "U.N. refugee agency" in unhcr.aliases
    council = find(ents, "UN Human Rights Council")
    assert len(council.mentions) == 2


def test_ambiguous_abbreviation_decided_by_context(entities_of: Run) -> None:
    sudan = entities_of(
        "PORT SUDAN (Reuters) - Sudan's army said on Monday it had pushed the RSF back from the outskirts of "
        "Khartoum after days of fighting in which dozens of people were killed."
    )
    assert find(sudan, "Rapid Support Forces").aliases == ("RSF",)
    press = entities_of(
        "PARIS (Reuters) - Press freedom group RSF said on Tuesday that a record number of journalists were in "
        "jail around the world, and called on governments to release reporters held for their work."
    )
    assert find(press, "Reporters Without Borders").aliases == ("RSF",)


def test_abbreviation_defined_in_the_article_wins_over_the_gazetteer(entities_of: Run) -> None:
    ents = entities_of(
        "LONDON (Reuters) - The Royal Society of Fundraisers (RSF) said on Monday that donations for the flood "
        "appeal had passed 10 million pounds. The RSF said most had come from small donors."
    )
    rsf = find(ents, "Royal Society of Fundraisers")
    assert "RSF" in rsf.aliases
    assert not any(e.name in ("Rapid Support Forces", "Reporters Without Borders") for e in ents)


def test_country_variants_are_one_entity(entities_of: Run) -> None:
    ents = entities_of(
        "WASHINGTON (Reuters) - The United States said on Friday it would send envoys to the region. U.S. "
        "officials said America would also raise the matter at the United Nations next week."
    )
    us = find(ents, "United States")
    assert us.type == "GPE"
    assert len(us.mentions) == 3


def test_mentions_point_into_the_text(entities_of: Run) -> None:
    text = (
        "BEIRUT (Reuters) - Caretaker Prime Minister Najib Mikati said on Friday the army would deploy in the "
        "south. Mikati spoke after meeting U.N. envoy Jeanine Hennis-Plasschaert in Beirut."
    )
    from newsledger.clean import clean

    body = clean(text, "t").text
    for entity in entities_of(text):
        for m in entity.mentions:
            assert body[m.start : m.end] == m.text
        assert 0 < entity.confidence <= 1


def test_no_duplicate_entity_for_one_referent(entities_of: Run) -> None:
    ents = entities_of(
        "GOMA (Reuters) - Congo's President Felix Tshisekedi said on Sunday that Rwanda was behind the offensive. "
        "Tshisekedi spoke in Kinshasa. Rwanda's President Paul Kagame denied it, and Kagame said talks were the "
        "only way forward."
    )
    names = [e.name for e in ents]
    assert len(names) == len(set(names))
    assert {"Felix Tshisekedi", "Paul Kagame"} <= set(names)
    assert "Tshisekedi" not in names and "Kagame" not in names


def test_a_town_the_model_calls_an_organisation_once_is_a_place_throughout(entities_of: Run) -> None:
    found = entities_of(
        "The militia said it had seized full control of Babanusa on Monday. The fall of Babanusa would open the "
        "road east toward El Obeid, analysts said."
    )
    babanusa = [e for e in found if e.name.startswith("Babanus")]
    assert len(babanusa) == 1 and babanusa[0].type == "GPE" and len(babanusa[0].mentions) == 2


def test_an_abbreviation_the_text_defines_names_the_organisation_wherever_it_is_used(entities_of: Run) -> None:
    ents = entities_of(
        "BOGOTA (Reuters) - Fighters from Colombia's National Liberation Army (ELN) have killed at least 80 "
        "people since Thursday. President Gustavo Petro suspended peace talks with the ELN on Friday. The ELN "
        "said it would not stop its offensive."
    )
    eln = find(ents, "National Liberation Army")
    assert [m.text for m in eln.mentions] == ["National Liberation Army", "ELN", "ELN", "ELN"]


def test_a_name_after_a_spokesman_is_a_person_and_south_sudan_s_army_is_not_sudan_s(entities_of: Run) -> None:
    ents = entities_of(
        "JUBA (Reuters) - Fighting between South Sudan's army and forces loyal to Riek Machar killed 20 people. "
        "Machar's spokesman, Pal Mai Deng, said the arrests violated the 2018 peace deal."
    )
    assert find(ents, "Pal Mai Deng").type == "PERSON"
    assert not any(e.name == "Sudanese Armed Forces" for e in ents)


def test_a_one_word_name_introduced_with_a_title_is_a_person_when_the_model_calls_it_a_place(entities_of: Run) -> None:
    found = entities_of("Prime Minister Sheikh Hasina's press secretary spoke to reporters. Hasina, who won a fourth "
                        "straight term in January, has accused the opposition of exploiting the protests.")  # fmt: skip
    assert [e.type for e in found if e.name == "Hasina"] == ["PERSON"]


def test_a_name_after_a_role_and_a_comma_at_the_end_of_a_sentence_is_a_person(entities_of: Run) -> None:
    ents = entities_of(
        "The attacks took place on Monday in Ancuabe district, according to the district administrator, "
        "Sebastião Daniel. He said the militants had also abducted children."
    )
    assert find(ents, "Sebastião Daniel").type == "PERSON"


def test_a_people_the_model_calls_a_person_is_a_people(entities_of: Run) -> None:
    ents = entities_of(
        "Israel said it would protect the Druze. Clashes broke out between Druze militias and Sunni Bedouin "
        "tribes in Sweida."
    )
    assert {e.type for e in ents if e.name in ("Druze", "Sunni Bedouin")} == {"NORP"}


def test_a_nickname_after_known_as_is_the_person_it_follows(entities_of: Run) -> None:
    ents = entities_of("RSF leader Mohamed Hamdan Dagalo, known as Hemedti, has said his forces are open to talks.")
    dagalo = find(ents, "Mohamed Hamdan Dagalo")
    assert "Hemedti" in dagalo.aliases
    assert not [e for e in ents if e.name == "Hemedti"]


def test_a_name_after_a_title_is_a_person_though_the_model_tags_it_an_organisation(entities_of: Run) -> None:
    entities = entities_of("The strikes came a day before U.S. envoy Morgan Ortagus was due to arrive in Beirut. "
                           "Ortagus will meet President Joseph Aoun on Saturday.")  # fmt: skip
    assert find(entities, "Morgan Ortagus").type == "PERSON"


def test_a_town_the_model_tags_a_work_of_art_is_a_place_every_time_it_is_named(entities_of: Run) -> None:
    found = entities_of("MAPUTO (Reuters) - Insurgents attacked the town of Mocimboa da Praia on Tuesday night. "
                        "The attack on Mocimboa da Praia came a week after an ambush near Palma.")  # fmt: skip
    assert find(found, "Mocimboa da Praia").type == "GPE"


def test_two_surnames_the_model_tags_one_organisation_are_no_organisation(entities_of: Run) -> None:
    found = entities_of("JUBA (Reuters) - President Salva Kiir met Riek Machar on Monday. About 400,000 people died "
                        "in the war between forces loyal to Kiir and Machar.")  # fmt: skip
    assert "Kiir and Machar" not in {e.name for e in found}


def test_a_people_tagged_a_place_is_a_people_and_a_name_before_area_is_a_place(entities_of: Run) -> None:
    found = entities_of("QUETTA (Reuters) - The group demanded the release of Baloch political prisoners held since "
                        "the train passed through the mountainous Bolan area.")  # fmt: skip
    assert (find(found, "Baloch").type, find(found, "Bolan").type) == ("NORP", "GPE")


def test_a_people_tagged_a_person_is_a_people(entities_of: Run) -> None:
    found = entities_of("KIGALI (Reuters) - Kigali says its forces are there to defend against Hutu militiamen "
                        "linked to the 1994 genocide.")  # fmt: skip
    assert find(found, "Hutu").type == "NORP"


def test_a_surname_with_particles_is_one_person_not_a_place(entities_of: Run) -> None:
    ents = entities_of(
        "BRUSSELS (Reuters) - European Commission President Ursula von der Leyen proposed new sanctions against "
        "Moscow on Wednesday. Von der Leyen said the bloc would act quickly."
    )
    person = find(ents, "Ursula von der Leyen")
    assert person.type == "PERSON"
    assert "Von der Leyen" in person.aliases
    assert not any(e.name == "Leyen" for e in ents)


def test_an_acronym_named_again_untagged_is_the_organisation(entities_of: Run) -> None:
    ents = entities_of(
        "ANTANANARIVO (Reuters) - Colonel Michael Randrianirina, commander of the CAPSAT unit, told reporters outside "
        "the presidential palace that the military would rule alongside civilians.\n\nCAPSAT, the same unit that "
        "helped bring Rajoelina to power in a 2009 coup, joined the protesters on Saturday."
    )
    assert len(find(ents, "CAPSAT").mentions) == 2


def test_a_listed_organisation_the_model_calls_a_facility_is_the_organisation(entities_of: Run) -> None:
    ents = entities_of(
        "BOGOTA (Reuters) - President Gustavo Petro blamed the helicopter attack on the Gulf Clan, the country's "
        "largest drug trafficking group, and said soldiers in the municipality of Tibu had been attacked."
    )
    assert find(ents, "Gulf Clan").type == "ORG"
    assert find(ents, "Tibu").type == "GPE"


def test_a_first_name_the_model_cut_off_after_a_lower_case_title_is_part_of_the_name(entities_of: Run) -> None:
    ents = entities_of("YANGON (Reuters) - Junta chief Min Aung Hlaing cast his ballot on Sunday and told reporters "
                       "the vote would be free and fair.")  # fmt: skip
    assert find(ents, "Min Aung Hlaing").type == "PERSON"


def test_an_acronym_stays_with_its_organisation_when_a_surname_tagged_as_one_is_dropped(entities_of: Run) -> None:
    ents = entities_of(
        "COTONOU (Reuters) - Soldiers appeared on state television announcing they had removed President Patrice "
        "Talon. They said they had dismissed Talon, suspended the constitution and closed the country's borders. "
        "A source close to Talon said the president was safe.\n\nThe Economic Community of West African "
        "States (ECOWAS) condemned the attempt. Nigeria's President Bola Tinubu ordered fighter jets to fly over "
        "Cotonou, his spokesman said."
    )
    ecowas = find(ents, "Economic Community of West African States")
    assert ecowas.type == "ORG" and set(ecowas.aliases) == {"ECOWAS"}
    assert find(ents, "Bola Tinubu").type == "PERSON"


def test_an_arabic_name_with_a_hyphened_article_the_model_missed_is_a_person(entities_of: Run) -> None:
    ents = entities_of(
        'SANAA (Reuters) - "We will take revenge," Mahdi al-Mashat, head of the Supreme Political Council, said '
        "in a televised speech."
    )
    assert find(ents, "Mahdi al-Mashat").type == "PERSON"


def test_a_source_named_only_as_is_a_person_and_a_news_agency_no_place(entities_of: Run) -> None:
    ents = entities_of(
        "DAMASCUS (Reuters) - State news agency SANA said the SDF had shelled homes in the Sheikh Maqsoud "
        "district. A resident who gave his name only as Tesfaye said he had fled."
    )
    assert find(ents, "Syrian Arab News Agency").type == "ORG"
    assert find(ents, "Sheikh Maqsoud").type == "GPE"
    assert find(ents, "Tesfaye").type == "PERSON"


def test_a_known_organisation_the_model_tags_as_an_event_or_a_place_is_the_organisation(entities_of: Run) -> None:
    ents = entities_of(
        "DUBAI (Reuters) - Iran executed a man on Tuesday, the judiciary's Mizan news agency reported. Norway-based "
        "Iran Human Rights says Iran executed more than 1,000 people this year."
    )
    assert find(ents, "Mizan").type == "ORG"
    assert find(ents, "Iran Human Rights").type == "ORG"


def test_a_body_after_an_adjective_that_is_also_a_title_is_no_person(entities_of: Run) -> None:
    ents = entities_of("AMMAN (Reuters) - The figures were published by the official Jordan News Agency on Monday.")
    assert ("Jordan News Agency", "ORG") in [(e.name, e.type) for e in ents]


def test_a_navy_ship_is_no_person(entities_of: Run) -> None:
    ents = entities_of("ATHENS (Reuters) - The destroyer HMS Duncan arrived in the Aegean on Friday, the navy said.")
    assert ("HMS Duncan", "PRODUCT") in [(e.name, e.type) for e in ents]


def test_islamic_emirate_is_the_taliban(entities_of: Run) -> None:
    ents = entities_of('KABUL (Reuters) - "The Islamic Emirate strongly condemns this violation," he wrote on X.')
    assert [(e.name, e.type) for e in ents if e.name != "Kabul"] == [("Taliban", "ORG")]


def test_a_time_zone_is_no_organisation_and_viv_ansanm_is_one(entities_of: Run) -> None:
    ents = entities_of("PORT-AU-PRINCE (Reuters) - Members of the Viv Ansanm gang coalition attacked the town at "
                       "about 0400 GMT on Friday, police said.")  # fmt: skip
    names = [(e.name, e.type) for e in ents]
    assert ("Viv Ansanm", "ORG") in names and not any(n == "GMT" for n, _ in names)


def test_a_title_inside_a_name_tagged_an_organisation_makes_it_a_person(entities_of: Run) -> None:
    ents = entities_of("GOMA (Reuters) - A spokesman for the Congolese army, General Sylvain Ekenge, accused M23 of "
                       "attacking army positions.")  # fmt: skip
    assert ("Sylvain Ekenge", "PERSON") in [(e.name, e.type) for e in ents]


def test_a_surname_the_model_leaves_after_a_titled_two_word_name(entities_of: Run) -> None:
    ents = entities_of("CARACAS (Reuters) - Opposition leader Maria Corina Machado, who won this year's Nobel Peace "
                       "Prize, urged the armed forces to act.")  # fmt: skip
    assert ("Maria Corina Machado", "PERSON") in [(e.name, e.type) for e in ents]


def test_a_country_glued_to_a_participle_is_the_country(entities_of: Run) -> None:
    ents = entities_of("BEIRUT (Reuters) - Lebanese army chief Rodolphe Haykal met members of the U.S.-led committee "
                       "monitoring the ceasefire in Naqoura.")  # fmt: skip
    assert "U.S.-led" not in [e.name for e in ents]
    assert find(ents, "United States").mentions[0].text == "U.S."


def test_a_two_word_surname_is_the_person_whose_full_name_ends_with_it(entities_of: Run) -> None:
    ents = entities_of("LIMA (Reuters) - Interior Minister Juan Perez Castillo said the man was arrested. "
                       "Perez Castillo said the man had led the gang for years.")  # fmt: skip
    assert [m.text for m in find(ents, "Juan Perez Castillo").mentions][-1] == "Perez Castillo"


def test_a_name_defined_by_its_abbreviation_is_one_organisation(entities_of: Run) -> None:
    ents = entities_of("BANGKOK (Reuters) - The Shan State Progress Army (SSPA) said on Friday it had taken Mong Hsu.")
    assert [m.text for m in find(ents, "Shan State Progress Army").mentions] == ["Shan State Progress Army", "SSPA"]
    assert not any(e.name in ("Progress", "Shan State") for e in ents)
