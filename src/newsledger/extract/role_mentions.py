"""Role descriptions as candidate mentions: one set beside a person's name by commas, in either order
("Kyrylo Budanov, Ukraine's military intelligence chief,", "Ukraine's military intelligence chief, Kyrylo
Budanov"), and a definite one with no name beside it ("Britain's top diplomat", "the Ukrainian president"),
which entity resolution ties to the office holder.

Split from :mod:`.mentions`, whose :class:`~.mentions.Candidate` and span trimming it shares.  Limits: a role is
recognised by its head noun being a title word (titles.txt) or a role class (roles.tsv); an indefinite one ("a
senior commander") is no mention of anyone in particular and is left out.
"""

from __future__ import annotations

from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract.mentions import GENERIC_ROLES, Candidate, is_role_head, role_after, trim


def _role_chunk(chunk: Any) -> bool:
    root = chunk.root
    _words, heads = gz.title_words()
    if root.tag_ not in ("NN", "NNP") or root.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    low = root.lower_
    return (low in heads and low not in GENERIC_ROLES) or gz.role_class(chunk.text) is not None


def _chunk_country(chunk: Any) -> str | None:
    for tok in chunk:
        if tok.ent_type_ in ("GPE", "NORP") and (iso := gz.country_of(tok.text)):
            return iso
    return None


_NP_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNP", "NNPS", "POS", "HYPH", "CD", "PRP$", "NNS", "VBN"})


def _role_before(doc: Any, comma: int, floor: int) -> tuple[int, int] | None:
    """A role phrase ending right before `comma` ("Ukraine's military intelligence chief, Kyrylo Budanov")."""
    end = comma
    if end - 1 < floor or not is_role_head(doc[end - 1]):
        return None
    start = end - 1
    while start - 1 >= floor and doc[start - 1].tag_ in _NP_TAGS and not doc[start - 1].is_sent_end:
        start -= 1
    return start, end


def appositive_candidates(doc: Any, persons: list[tuple[int, Candidate]]) -> list[Candidate]:
    """Role descriptions set beside a person's name by commas, in either order."""
    out: list[Candidate] = []
    for index, person in persons:
        head = doc[person.token]
        name_tokens = [t for t in head.sent if person.start <= t.idx < person.end]
        if not name_tokens:
            continue
        first, last = name_tokens[0].i, name_tokens[-1].i + 1
        found = None
        if last < len(doc) - 1 and doc[last].text == ",":
            found = role_after(doc, last)
        if found is None and first >= 2 and doc[first - 1].text == ",":
            found = _role_before(doc, first - 1, head.sent.start)
        if found is None:
            continue
        s, e = trim(doc, *found)
        if s >= e:
            continue
        out.append(_role_candidate(doc[s:e], "PERSON", "rule:appositive", person.name, role_of=index))
    return out


def role_descriptions(doc: Any, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Definite role descriptions not beside a name ("Britain's top diplomat", "the Ukrainian president")."""
    out: list[Candidate] = []
    for chunk in doc.noun_chunks:
        if not _role_chunk(chunk) or any(s < chunk.end_char and chunk.start_char < e for s, e in taken):
            continue
        definite = chunk[0].lower_ == "the" or any(t.tag_ == "POS" for t in chunk)
        if not definite:
            continue
        s, e = trim(doc, chunk.start, chunk.end)
        span = doc[s:e]
        out.append(_role_candidate(span, "ROLE", "rule:role", span.text))
    return out


def _role_candidate(span: Any, label: str, extractor: str, name: str, role_of: int | None = None) -> Candidate:
    """A role phrase as a mention: its words are its title, and a country written in it is its country."""
    return Candidate(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label=label,
        extractor=extractor,
        name=name,
        title=span.text,
        country=_chunk_country(span),
        role_of=role_of,
        token=span.root.i,
    )
