"""Candidate mentions no NER span gives: known organisation forms, country and place names the model missed,
abbreviations defined in brackets, and the dateline's place (see :mod:`.mentions` for the extractor names).

Split from :mod:`.mentions`, whose NER-span rules it shares (:class:`~.mentions.Candidate`, ``widen``,
``government_of_place``).
"""

from __future__ import annotations

import re
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.mentions import ACRONYM_AFTER, Candidate, government_of_place, widen
from newsledger.extract.toponyms import division_read_as_date, place_by_context
from newsledger.records import Article


def acronym_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Abbreviations defined in brackets right after an organisation: "World Food Programme (WFP)"."""
    out: list[Candidate] = []
    for index, cand in enumerate(cands):
        if cand.label != "ORG":
            continue
        m = ACRONYM_AFTER.match(text[cand.end : cand.end + 20])
        if m:
            start = cand.end + m.start("acr")
            acr = m.group("acr")
            out.append(Candidate(start, start + len(acr), acr, "ORG", "rule:acronym", acr, links=[index]))
    return out


# "the Kachin Independence Army (KIA)": capitalised words (with "of", "and", "for", "the" and a possessive
# "People's" between them) right before an abbreviation in brackets.
_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*(?:'s|’s)?\s+(?:(?:of|and|for|the)\s+)*){1,8})\((?P<acr>[A-Z]{2,6})\)")
_SMALL_WORDS = frozenset({"of", "and", "for", "the"})


def defined_name_candidates(text: str, floor: int = 0) -> list[Candidate]:
    """An organisation's name the text defines by its abbreviation: "The Kachin Independence Army (KIA) said",
    where the small model tagged "Independence" a town.  The name is the shortest run of capitalised words
    before the brackets whose initials spell the abbreviation ("Myanmar's Arakan Army (AA)" is the Arakan
    Army); none when no run spells it."""
    out: list[Candidate] = []
    for m in _DEFINED.finditer(text, floor):
        acr = m.group("acr")
        words = list(re.finditer(r"[\w'’-]+", m.group(1)))
        for k in range(1, len(words) + 1):
            run = words[-k:]
            initials = "".join(w.group(0)[0] for w in run if w.group(0).lower() not in _SMALL_WORDS)
            if run[0].group(0).lower() in _SMALL_WORDS or not initials.isupper():
                continue
            if initials == acr and len(run) >= 2:
                start, end = m.start(1) + run[0].start(), m.start(1) + run[-1].end()
                name = text[start:end]
                out.append(Candidate(start, end, name, "ORG", "rule:defined", name))
                break
    return out


def gazetteer_candidates(text: str, floor: int = 0) -> list[Candidate]:
    """Known organisation forms in the text after `floor` (the dateline's agency is provenance, not news)."""
    out: list[Candidate] = []
    for m in gz.org_form_pattern().finditer(text, floor):
        # "South Sudan's army" is not "Sudan's army": a form whose country is the end of a longer country's name.
        before = re.search(r"([A-Z][a-z]+) $", text[max(0, m.start() - 20) : m.start()])
        first = re.match(r"[\w.]+", m.group(0))
        if before and first and gz.country_of(f"{before.group(1)} {first.group(0)}"):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), "ORG", "gazetteer:orgs", m.group(0)))
    return out


def place_name_candidates(doc: Any) -> list[Candidate]:
    """Country names, and well-known places written in capitals ("BERLIN", "SRI LANKA"), that the model
    missed: capitals defeat the small model, and a country name is never in doubt."""
    out: list[Candidate] = []
    misread = {ent.start for ent in doc.ents if division_read_as_date(ent)}
    # "near the town of Navlya", tagged a number: a proper noun with no digit is no count
    misread |= {
        ent.start for ent in doc.ents
        if ent.label_ in ("CARDINAL", "ORDINAL", "QUANTITY") and len(ent) == 1 and ent.root.pos_ == "PROPN"
        and ent.text.istitle() and not any(ch.isdigit() for ch in ent.text)
    }  # fmt: skip
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (tok.ent_type_ and i not in misread) or not tok.text[:1].isupper():
            i += 1
            continue
        found = None
        for n in (3, 2, 1):  # the longest name first: "SRI LANKA" before "SRI"
            span = doc[i : i + n]
            if len(span) < n or any((t.ent_type_ and t.i not in misread) or t.is_punct for t in span):
                continue
            text = span.text
            written_as_name = text.istitle() or text.isupper() or text.startswith("U.")
            is_country = written_as_name and gz.country_by_name().get(gz.fold(text)) is not None
            is_capitalised_place = (
                len(text) > 3
                and gz.is_known_place(text)
                and (text.isupper() or (span[-1].pos_ == "PROPN" and text.istitle()))
            )
            # "in neighbouring Tigray", "fighting in Amhara": a name the model left untagged, where a place goes.
            placed = (
                len(text) > 3 and written_as_name and span[-1].pos_ == "PROPN"
                and (span.end == len(doc) or doc[span.end].pos_ != "PROPN")  # the whole name: not "Mocímboa" (da Praia)
                and place_by_context(doc, span.start, span.end, text)
            )  # fmt: skip
            if is_country or is_capitalised_place or placed:
                found = span
                break
        if found is None:
            i += 1
            continue
        s, e = widen(doc, found.start, found.end)
        if out and doc[s].idx < out[-1].end:
            s = found.start
        found = doc[s:e]
        name = gz.place_spelling(found.text) if found.text.isupper() and len(found.text) > 3 else found.text
        cand = Candidate(
            found.start_char, found.end_char, found.text, "GPE", "gazetteer:places", name, token=found.root.i
        )
        cand.government_of = government_of_place(doc, found.root.i, name)
        out.append(cand)
        i = found.end
    return out


def dateline_candidates(article: Article) -> list[Candidate]:
    """The dateline place, in the capitals the wire writes it in ("KYIV" -> Kyiv); each of two places a
    story was filed from ("GAZA/CAIRO")."""
    dl = article.dateline
    if dl is None or not dl.place:
        return []
    out = []
    at = dl.start
    for part in dl.place.split(",")[0].split("/"):
        first = part.strip()
        if not first:
            continue
        start = dl.start + article.text[dl.start : dl.end].find(first, at - dl.start)
        at = start + len(first)
        name = gz.place_spelling(first) if first.isupper() else first
        out.append(Candidate(start, start + len(first), first, "GPE", "rule:dateline", name))
    return out
