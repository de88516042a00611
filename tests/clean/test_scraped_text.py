"""Cleaning of text as scraped from news pages: what stays body text and what is put aside."""

from __future__ import annotations

from newsledger.clean import clean

SCRAPED = """Skip to main content
Menu
World
Aid convoy reaches besieged town after weeks of talks
By Ana Torres
Published 4 May 2025
Share
ALEPPO, Syria, May 4 (Reuters) - A convoy of 20 trucks carrying food and medicine reached the besieged town of Nubl on Sunday, the Syrian Arab Red Crescent said.

Trucks wait at a checkpoint outside Nubl, Syria, May 4, 2025. REUTERS/Omar Sanadiki

"People have been eating grass," a local doctor said by telephone.

Advertisement

— Talks drag on —

Negotiations over the convoy took three weeks, diplomats said, and the route was changed twice.

Map showing the location of Nubl in northern Syria

A second convoy is planned for next week, the Red Crescent said.

Reporting by Ana Torres; Editing by Mark Heinrich
Read more: Syria's war explained
Subscribe to our newsletter
"""


def test_navigation_lines_are_boilerplate_not_paragraphs() -> None:
    article = clean(SCRAPED, "t")
    for line in ("Skip to main content", "Menu", "Share", "Advertisement", "Subscribe to our newsletter"):
        assert line in article.boilerplate
        assert line not in article.text
    assert "Reporting by Ana Torres; Editing by Mark Heinrich" in article.boilerplate
    assert "Read more: Syria's war explained" in article.boilerplate


def test_title_byline_and_date_line_are_read_from_the_top() -> None:
    article = clean(SCRAPED, "t")
    assert article.title == "Aid convoy reaches besieged town after weeks of talks"
    assert article.byline == "Ana Torres"
    assert article.published == "2025-05-04"


def test_caption_with_credit_is_separated() -> None:
    article = clean(SCRAPED, "t")
    photo = next(c for c in article.captions if c.kind == "photo")
    assert photo.text == "Trucks wait at a checkpoint outside Nubl, Syria, May 4, 2025."
    assert photo.credit == "REUTERS/Omar Sanadiki"
    assert photo.position == 1  # it stood between the first and the second paragraph
    assert "Trucks wait" not in article.text


def test_map_title_is_a_caption() -> None:
    article = clean(SCRAPED, "t")
    assert any(c.kind == "map" and c.text.startswith("Map showing") for c in article.captions)
    assert "Map showing" not in article.text


def test_subhead_set_off_by_dashes() -> None:
    article = clean(SCRAPED, "t")
    assert [s.text for s in article.subheads] == ["Talks drag on"]
    assert "Talks drag on" not in article.text


def test_paragraphs_are_the_body_in_order_with_offsets() -> None:
    article = clean(SCRAPED, "t")
    assert len(article.paragraphs) == 4
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
    assert article.paragraphs[0].text.startswith("ALEPPO, Syria, May 4 (Reuters) - A convoy")


def test_dateline_place_agency_and_date() -> None:
    article = clean(SCRAPED, "t")
    assert article.dateline is not None
    assert article.dateline.place == "ALEPPO, Syria"
    assert article.dateline.agency == "Reuters"
    assert article.dateline.date == "May 4"
    assert article.source == "Reuters"
    assert article.text[article.dateline.start : article.dateline.end] == article.dateline.text


def test_caption_followed_by_a_credit_line() -> None:
    text = (
        "Floods cut off villages in the north\n"
        "MAIDUGURI, Nigeria (AFP) - Floodwaters cut off dozens of villages in Borno state on Tuesday, officials said.\n"
        "Residents wade through a flooded street in Maiduguri\n"
        "— Maiduguri, Nigeria (AFP)\n"
        "The state emergency agency said it had moved 400 families to higher ground overnight.\n"
    )
    article = clean(text, "t")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Residents wade through a flooded street in Maiduguri", "Maiduguri, Nigeria (AFP)")
    ]
    assert len(article.paragraphs) == 2


def test_short_unmarked_heading_between_paragraphs_is_a_subhead() -> None:
    text = (
        "GENEVA (Reuters) - Talks between the two delegations ended without agreement on Friday, a U.N. official said.\n"
        "Next steps\n"
        "The envoy said he would travel to both capitals next week to prepare another round of talks.\n"
    )
    article = clean(text, "t")
    assert [s.text for s in article.subheads] == ["Next steps"]
    assert article.subheads[0].position == 1


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    text = (
        "Flood toll rises in the south as rivers\nburst their banks\n\n"
        "DHAKA, July 2 (Reuters) - Floods in southern Bangladesh have killed\n"
        "at least 40 people since Sunday, officials said on Tuesday, as\n"
        "rivers swollen by monsoon rains burst their banks in several districts.\n\n"
        "Hundreds of thousands of people have been stranded, the disaster\n"
        "management ministry said in a statement issued late on Tuesday.\n"
    )
    article = clean(text, "t")
    assert article.title == "Flood toll rises in the south as rivers burst their banks"
    assert len(article.paragraphs) == 2
    assert "killed at least 40 people" in article.paragraphs[0].text


def test_the_same_story_gets_the_same_id() -> None:
    assert clean(SCRAPED, "a").id == clean(SCRAPED.replace("Menu\n", "Menu\nSearch\n"), "b").id


def test_dateline_with_a_multi_word_region() -> None:
    text = "GOMA, Democratic Republic of Congo, Jan 27 (CNA) - Rebels entered the centre of Goma on Monday after a lightning advance, residents said."
    dateline = clean(text, "t").dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == ("GOMA, Democratic Republic of Congo", "Jan 27", "CNA")


def test_title_case_dateline_with_a_country_and_a_dash() -> None:
    text = (
        "Beirut, Lebanon – Israeli air strikes on southern Lebanon killed five people on Saturday, the ministry said."
    )
    dateline = clean(text, "t").dateline
    assert dateline is not None and (dateline.place, dateline.agency) == ("Beirut, Lebanon", None)
    # A headline of the same shape is not a dateline: it does not read as a paragraph.
    headline = (
        "Biden, Netanyahu – Talks stall\n\nThe talks on a ceasefire in Gaza stalled again on Monday, officials said."
    )
    assert clean(headline, "t").dateline is None


def test_a_situation_report_dateline_gives_place_and_publication_date() -> None:
    article = clean(
        "Port Sudan, 14 March 2025 - Fighting intensified in North Kordofan State in early March, displacing an "
        "estimated 35,000 people, according to the International Organization for Migration.",
        "sitrep",
    )
    assert article.dateline is not None and article.dateline.place == "Port Sudan"
    assert article.published == "2025-03-14"


def test_a_headline_ending_on_a_quoted_phrase_is_the_title_and_a_two_city_dateline_is_read() -> None:
    article = clean(
        "Iran and U.S. to hold fresh nuclear talks in Oman, Tehran rejects 'zero enrichment'\n\n"
        "By Parisa Hafezi\n\n"
        "DUBAI/WASHINGTON, May 8 (Reuters) - Iran and the United States will hold a fourth round of talks in "
        "Muscat on Sunday, Oman's foreign minister said.\n\n"
        '"We will not back down," Iranian Foreign Minister Abbas Araqchi told state television.\n',
        "t",
    )
    assert article.title == "Iran and U.S. to hold fresh nuclear talks in Oman, Tehran rejects 'zero enrichment'"
    assert article.dateline is not None and article.dateline.place == "DUBAI/WASHINGTON"
    assert article.text.endswith(
        '"We will not back down," Iranian Foreign Minister Abbas Araqchi told state television.'
    )


def test_a_dateline_with_a_date_and_an_agency_but_no_place() -> None:
    article = clean("Air strike kills 23\n\nAug 12 (Reuters) - A military air strike on a monastery killed at least "
                    "23 people, residents said on Tuesday.\n", "t")  # fmt: skip
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (None, "Aug 12", "Reuters")
    assert article.text[article.dateline.end :].lstrip().startswith("A military air strike")
