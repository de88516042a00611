"""Inputs that are not a readable English article are refused with a coded, named message."""

from __future__ import annotations

import pytest

from newsledger import errors
from newsledger.clean import clean

ENGLISH = (
    "GENEVA (Reuters) - The United Nations said on Monday that aid deliveries to the region had resumed after a "
    "pause of two weeks, and that trucks carrying food and medicine were on their way to the worst-hit towns. "
    "Officials said the situation was still very difficult for the people who remain in their homes."
)


def refused(data: bytes | str, **kwargs: object) -> errors.InputError:
    with pytest.raises(errors.InputError) as info:
        clean(data, "input.txt", **kwargs)  # type: ignore[arg-type]
    assert str(info.value).startswith("input.txt: ")
    return info.value


def test_empty_and_whitespace() -> None:
    assert refused(b"").code == errors.EMPTY
    assert refused(b"  \n\t\n").code == errors.EMPTY


def test_binary() -> None:
    assert refused(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20).code == errors.BINARY


def test_not_utf8() -> None:
    err = refused(ENGLISH.replace("United", "Unit\xe9d").encode("latin-1"))
    assert err.code == errors.UNDECODABLE
    assert "--encoding" in err.problem


def test_legacy_encoding_when_named() -> None:
    article = clean(ENGLISH.replace("United", "Unit\xe9d").encode("latin-1"), "x", encoding="latin-1")
    assert "Unitéd" in article.text


def test_utf16_with_bom_is_read() -> None:
    assert clean(ENGLISH.encode("utf-16"), "x").text.startswith("GENEVA")


def test_too_large() -> None:
    err = refused(ENGLISH.encode() * 10, max_bytes=1000)
    assert err.code == errors.TOO_LARGE
    assert "1,000" in err.problem


def test_french_is_not_english() -> None:
    french = (
        "GENÈVE (AFP) - Les Nations unies ont annoncé lundi que les livraisons d'aide à la région avaient repris "
        "après une pause de deux semaines, et que des camions transportant de la nourriture et des médicaments "
        "étaient en route vers les villes les plus touchées par les combats dans le nord du pays."
    )
    err = refused(french)
    assert err.code == errors.NOT_ENGLISH


def test_cyrillic_is_not_english() -> None:
    russian = "МОСКВА, 12 марта - Министерство обороны России заявило во вторник, что его силы нанесли удары " * 3
    err = refused(russian)
    assert err.code == errors.NOT_ENGLISH
    assert "Cyrillic" in err.problem


def test_html_without_article() -> None:
    err = refused("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert err.code in (errors.NO_ARTICLE, errors.EMPTY)


def test_truncated_html_still_yields_its_text() -> None:
    page = f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p><p>Residents said the"
    article = clean(page, "cut.html")
    assert article.text.startswith("GENEVA")


def test_bad_published_date() -> None:
    assert refused(ENGLISH, published="12/03/2025").code == errors.BAD_DATE
