"""The parse helpers that stand in for spaCy properties rebuilt on every access."""

from __future__ import annotations

from newsledger import nlp


def test_entity_at_is_the_model_s_span_holding_the_token() -> None:
    doc = nlp.parse("Foreign Secretary David Lammy met Volodymyr Zelenskyy in Kyiv on Tuesday.")
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            found = nlp.entity_at(doc, i)
            assert found is not None
            assert (found.start, found.end, found.label_) == (ent.start, ent.end, ent.label_)
    outside = [t.i for t in doc if not t.ent_type_]
    assert outside and all(nlp.entity_at(doc, i) is None for i in outside)


def test_text_of_is_the_doc_text_read_once() -> None:
    doc = nlp.parse("Russian drones struck Kharkiv overnight.")
    assert nlp.text_of(doc) == doc.text
    assert nlp.text_of(doc) is nlp.text_of(doc)


def test_a_capital_and_full_stop_before_a_pronoun_end_a_sentence_and_initials_stay() -> None:
    doc = nlp.parse("He is a rescue worker in Mrauk-U. He said a jet dropped two bombs. Harry S. Truman met them.")
    assert [s.text for s in doc.sents] == [
        "He is a rescue worker in Mrauk-U.",
        "He said a jet dropped two bombs.",
        "Harry S. Truman met them.",
    ]
    assert doc.text == "He is a rescue worker in Mrauk-U. He said a jet dropped two bombs. Harry S. Truman met them."


def test_a_sentence_never_starts_right_after_a_word() -> None:
    doc = nlp.parse("The Thai army said Cambodian forces fired rockets toward Thai positions near the Ta Muen Thom "
                    "temple in Surin province at about 5 a.m., and that Thailand responded with artillery.")  # fmt: skip
    assert len(list(doc.sents)) == 1
    doc = nlp.parse("Troops entered the town. They met no resistance.\n\nResidents fled")
    assert len(list(doc.sents)) == 3
