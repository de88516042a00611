"""Quotes: who said what, direct, partial and indirect, each tied to a speaker.

Method (after Pareti's PARC attribution relations and the rule systems of Quootstrap and textacy's
``direct_quotations``, extended to indirect speech):

1. Quote marks are paired paragraph by paragraph (curly and straight).  An opening mark left open at the end of
   a paragraph continues the quote when the next paragraph opens with a mark (the wire convention for quotes
   over several paragraphs); any other unpaired mark is dropped, so one odd mark costs that paragraph its
   quote and nothing more.
2. Each quoted span looks for its cue in the dependency parse: a reporting verb (``data/speech_verbs.txt``)
   right after it (``"...," Lammy said`` / ``said Lammy``) or before it in the same sentence (``Lammy told
   reporters: "..."``).  A quote that is a whole clause next to its cue is *direct*; words quoted inside a
   clause (``called the plan "reckless"``) are *partial*; a quote standing alone takes the speaker of the
   quote or reporting sentence just before it.
3. Indirect speech is the clausal complement of a reporting verb (``X said (that) ...``, ``..., the army
   said``), the object phrase of verbs such as ``warned of`` / ``accused ... of``, and ``according to X, ...``.
4. The speaker is the reporting verb's subject, resolved through the entities: a name or role description is
   the entity it is a mention of; ``he``/``she`` the last person mentioned before; ``they``/``it`` the last
   organisation or place; "an RSF commander" the organisation named in it; "the commission" the organisation
   named earlier whose name ends in that word (see :mod:`newsledger.extract.speakers`).  An unresolved subject
   is kept as written, with no id.

Limits: speakers are not checked for gender, so "she said" after two men and a woman takes the last person
mentioned; a cue two sentences away from its quote is not found; nested quotations are read as one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from newsledger.extract.reported import content_span
from newsledger.extract.speakers import (
    NAMING,
    Speaker,
    Speakers,
    resolve_speaker,
    speech_verbs,
    subject,
    subject_span,
    would_say,
)
from newsledger.records import Article, Entity, Quote

EXTRACTOR = "quotes"
OPENING = '“"«„'
CLOSING = '”"»“'
# Each opening mark is closed by its own partner only: a straight quote is not closed by a curly one.
_PARTNER = {"“": "”", '"': '"', "«": "»", "„": "“"}
_WORD = re.compile(r"\w+")
# Between a closing mark and its cue only punctuation and a few words may stand ("...," the ministry said).
_MAX_CUE_GAP_TOKENS = 20
# A quote of this many words or fewer inside a sentence is a partial quote, never a direct one.
_MAX_PARTIAL_WORDS = 4
# A quote cut by its cue resumes within this many characters ('"...," said Caddell, speaking of X. "...').
_MAX_CUT_GAP_CHARS = 250
# A quote standing alone borrows the speaker of a quote that ended at most this many characters before.
_MAX_BORROW_CHARS = 600


@dataclass(frozen=True, slots=True)
class Marked:
    """A stretch of text between quote marks (offsets exclude the marks)."""

    start: int
    end: int
    continued: bool  # runs on into the next paragraph


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“«„":
        return True
    if ch != '"':
        return False
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-:/"


def marked_spans(article: Article) -> list[Marked]:
    """Quoted stretches, paired within paragraphs and carried across paragraphs the wire way."""
    spans: list[Marked] = []
    paragraphs = article.paragraphs
    for index, para in enumerate(paragraphs):
        text = para.text
        open_at: int | None = None
        for i, ch in enumerate(text):
            if open_at is None and ch in OPENING and _is_opening(text, i):
                open_at = i
            elif open_at is not None and ch == _PARTNER[text[open_at]] and i > open_at + 1:
                if ch == '"' and _is_opening(text, i):
                    continue  # a straight mark after a space opens; it cannot close
                spans.append(Marked(para.start + open_at + 1, para.start + i, False))
                open_at = None
        if open_at is not None:
            nxt = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
            if nxt[:1] == text[open_at]:  # the wire reopens a running quote with the same mark
                spans.append(Marked(para.start + open_at + 1, para.end, True))
            elif open_at == 0:
                spans.append(Marked(para.start + 1, para.end, False))  # a quoted paragraph missing its close
            # Otherwise an odd mark: the paragraph keeps its other quotes and this one is dropped.
    return spans


def _cue_after(doc: Any, close_char: int, sent: Any) -> Any | None:
    """A reporting verb right after a closing mark in the same sentence ('"...," the minister said'); the
    subject between them may be long ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told")
    but holds no other verb."""
    tokens = [t for t in sent if t.idx > close_char]
    skip_to = -1
    for t in tokens[:_MAX_CUE_GAP_TOKENS]:
        if t.i <= skip_to:
            continue
        if t.text in OPENING or t.text in CLOSING:
            return None
        clause = next((a for a in (t, *t.ancestors) if a.dep_ == "relcl" and a.head.i < t.i), None)
        if clause is not None and clause.head.i >= tokens[0].i and doc[clause.left_edge.i - 1].text == ",":
            # '"...," a rescue worker, who asked not to be named, told Reuters': the speaker's own relative
            # clause, set off by commas, holds no cue
            skip_to = clause.right_edge.i
            continue
        if t.lemma_ in speech_verbs() and t.pos_ in ("VERB", "AUX"):
            return t
        if t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _cue_before(doc: Any, open_char: int, sent: Any) -> Any | None:
    """The nearest reporting verb before an opening mark in the same sentence ('X told reporters: "..."')."""
    tokens = [t for t in sent if t.idx < open_char]
    for t in reversed(tokens):
        if t.text in CLOSING:
            return None
        if t.lemma_ in speech_verbs() and t.pos_ in ("VERB", "AUX") and not _asked_to(t):
            return t
    return None


# Verbs whose infinitive says what someone else is to do: 'ordered the army to respond "as necessary"'.
_ASKED = frozenset({"order", "urge", "ask", "tell", "call", "instruct", "direct", "press", "push", "encourage",
                    "allow", "force", "authorise", "authorize"})  # fmt: skip


def _asked_to(verb: Any) -> bool:
    """A verb of saying that is only what another verb asks someone to do: nobody has said anything by it."""
    return (
        verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.lemma_ in _ASKED
        and any(c.tag_ == "TO" for c in verb.children)
    )  # fmt: skip


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _quote(index: int, f: _Found, text: str) -> Quote:
    start, end = f.start, f.end
    # A comma before the closing mark belongs to the sentence around the quote, not to the words quoted.
    while end > start and text[end - 1] in ", \n":
        end -= 1
    sp = f.speaker
    return Quote(
        id=f"Q{index}",
        text=text[start:end],
        kind=f.kind,
        speaker=sp.name,
        speaker_id=sp.entity.id if sp.entity else None,
        cue=f.cue,
        start=start,
        end=end,
        confidence=round(f.confidence, 2),
        extractor=EXTRACTOR,
        speaker_text=sp.text,
        speaker_start=sp.start,
        speaker_end=sp.end,
    )


class _Doc:
    """Character-offset lookups over a parsed doc."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def token_at(self, char: int) -> Any:
        i = max(bisect.bisect_right(self.starts, char) - 1, 0)
        return self.doc[i]


# Verbs that carry the words they quote in part but report nothing else: 'apologised for "anything I may have
# said"' (not verbs of saying: "apologised to the families" reports no statement).
_QUOTES_IN_PART = frozenset({"apologise", "apologize"})


def _speech_ancestor(tok: Any, sent: Any, quoted: tuple[int, int] = (0, 0)) -> Any | None:
    """The nearest reporting verb above `tok` in the parse, within its sentence and outside the quoted
    characters `quoted` (in 'apologised for "anything I may have said"' the "said" is the quote's own)."""
    node, asker = tok, None
    while node.head.i != node.i:
        node = node.head
        if node.i < sent.start or node.i >= sent.end:
            return asker
        if quoted[0] <= node.idx < quoted[1]:
            continue
        reporting = node.lemma_ in speech_verbs() or node.lemma_ in _QUOTES_IN_PART
        if reporting and _asked_to(node):
            # 'ordered the army to respond "as necessary"': not the army's words; the one who ordered it is the
            # speaker when no verb of saying stands above
            asker = asker or node.head
            continue
        if reporting and any(c.dep_ == "nsubjpass" for c in node.children):
            continue  # 'said the five were charged with organising "violent actions"': the charged say nothing
        if reporting and node.pos_ in ("VERB", "AUX") and not would_say(node):
            return node  # ('said his government would declare a "war on crime"': the one who said so)
    return asker


def _only_punct(doc: Any, first: int, last: int) -> bool:
    return all(t.is_punct or t.is_space for t in doc[first:last])


def _direct_after_cue(doc: Any, cue: Any, open_tok: Any, close_tok: Any, sent: Any) -> bool:
    """'X said: "..."' / 'X told reporters, "..."': the cue, a short verbless gap, a colon or comma, the quote,
    and nothing after it.  'urged all parties to "seek ..."' is a partial quote."""
    gap = [t for t in doc[cue.i + 1 : open_tok.i] if not t.is_punct]
    nothing_after = _only_punct(doc, close_tok.i + 1, sent.end)
    introduced = open_tok.i - 1 == cue.i or doc[open_tok.i - 1].text in (":", ",")
    # ("in a televised speech": a participle describing the noun is no verb of another clause)
    verbs = [t for t in gap if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"]
    return introduced and nothing_after and len(gap) <= 4 and not verbs


_ANONYMITY = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified)|anonymity|that\s+(?:his|her|their)\s+name)", re.I)


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    cue: str | None
    speaker: Speaker
    confidence: float
    cue_at: int | None = None  # character offset of the cue word
    continued: bool = False
    explicit: bool = True  # the cue was found for this part itself, not borrowed from a quote before


def extract_quotes(doc: Any, article: Article, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Direct, partial and indirect quotes of one article, each with its speaker where the text gives one."""
    text = article.text
    speakers = Speakers(entities, article.dateline.end if article.dateline else 0)
    lookup = _Doc(doc)
    found: list[_Found] = []
    last: _Found | None = None  # the last quote with a speaker
    previous_continued = False
    marked = marked_spans(article)
    # 'Joaquín "El Chapo" Guzmán': a nickname inside a name is no quote.
    names = [(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions]
    for span in marked:
        if any(a < span.start and span.end < b for a, b in names):
            continue
        try:
            item = _attribute(doc, lookup, span, text, speakers, last, previous_continued)
        except (IndexError, ValueError):  # an unparseable stretch degrades to no quote, never to no article
            item = None
        previous_continued = span.continued
        if item is None:
            continue
        item.continued = span.continued
        found.append(item)
        if item.speaker.name is not None:
            last = item
    found = _merge_cut_quotes(found, text)
    direct = [(f.start, f.end) for f in found if f.kind == "direct"]
    inside_marks = [(m.start, m.end) for m in marked]
    floor = article.dateline.end if article.dateline else 0
    for item in _indirect(doc, speakers, direct, inside_marks):
        if _ANONYMITY.match(text, item.start):
            continue  # "who asked not to be named": the source's condition, not something it said
        if item.start < floor:
            item.start = _after_dateline(text, floor)
        found.append(item)
    found.sort(key=lambda f: (f.start, f.end))
    # "..., MSF said on Monday, calling it ...": two cues for one trailing report give one quote
    seen: set[tuple[int, int, str, str | None]] = set()
    unique: list[_Found] = []
    for f in found:
        key = (f.start, f.end, f.kind, f.speaker.name)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return tuple(_quote(n, f, text) for n, f in enumerate(unique, 1))


def _merge_cut_quotes(found: list[_Found], text: str) -> list[_Found]:
    """One quote for one utterance: parts around their cue ('"We will stand," Lammy said, "with Ukraine."') and
    paragraphs of a quote running over several paragraphs become one record spanning them all."""
    merged: list[_Found] = []
    for item in found:
        prev = merged[-1] if merged else None
        # The second part of a cut quote may read as partial ('"...," Tester said, referring to X, "you ...')
        # when it hangs from the same cue as the first.
        same_cue = prev is not None and item.kind == "partial" and item.cue_at == prev.cue_at
        if prev is None or prev.kind != "direct" or (item.kind != "direct" and not same_cue):
            merged.append(item)
            continue
        between = text[prev.end + 1 : item.start - 1]  # without the marks that close prev and open item
        next_paragraph = (
            prev.continued and "\n" in text[prev.end : item.start] and not text[prev.end : item.start - 1].strip()
        )
        cut_by_cue = (
            prev.cue_at is not None
            and prev.end <= prev.cue_at < item.start
            and len(between) <= _MAX_CUT_GAP_CHARS
            and "\n" not in between
            and not any(mark in between for mark in OPENING)
            and (prev.speaker.name == item.speaker.name or not item.explicit)
        )
        if not (cut_by_cue or next_paragraph):
            merged.append(item)
            continue
        if next_paragraph and item.explicit and not prev.explicit:
            # The cue of a quote over several paragraphs often comes only in its last paragraph.
            prev.speaker, prev.cue, prev.cue_at, prev.explicit = item.speaker, item.cue, item.cue_at, True
        prev.end = item.end
        prev.continued = item.continued
        prev.confidence = max(prev.confidence, item.confidence) if prev.speaker.name else item.confidence
    return merged


def _attribute(
    doc: Any,
    lookup: _Doc,
    span: Marked,
    text: str,
    speakers: Speakers,
    last: _Found | None,
    previous_continued: bool,
) -> _Found | None:
    if not text[span.start : span.end].strip():
        return None
    open_tok = lookup.token_at(span.start - 1)
    close_tok = lookup.token_at(max(span.end - 1, span.start))
    first_word = lookup.token_at(span.start)
    sent = open_tok.sent
    close_sent = close_tok.sent
    starts_sentence = _only_punct(doc, sent.start, open_tok.i + (0 if open_tok.is_punct else 1))
    n_words = _words(text[span.start : span.end])
    recent = last.speaker if last is not None else None
    told = _previous_reporting_verb(doc, sent, speakers.floor)
    if told is not None and (last is None or told.idx > last.end):
        # "Taiwan's defence ministry said it had detected 71 aircraft. It condemned the drills as 'irrational
        # provocation'": the one who reported in the sentence before, not the last one quoted in marks
        reported = resolve_speaker(doc, told, speakers, recent)
        recent = reported if reported.name is not None else recent

    def found(kind: str, verb: Any, factor: float) -> _Found:
        sp = resolve_speaker(doc, verb, speakers, recent)
        return _Found(kind, span.start, span.end, verb.text, sp, sp.certainty * factor, cue_at=verb.idx)

    cue = None if span.continued else _cue_after(doc, span.end, close_sent)
    if cue is not None and starts_sentence:
        return found("direct", cue, 1.0)
    before = _cue_before(doc, span.start - 1, sent)
    if before is None and open_tok.i > 0 and doc[open_tok.i - 1].text == ":" and doc[open_tok.i - 1].sent != sent:
        # 'said in a televised speech: "We vow ..."': the model may start a new sentence at the quote
        before = _cue_before(doc, span.start - 1, doc[open_tok.i - 1].sent)
    naming = before is not None and before.lemma_ in NAMING  # 'what he called "anarchists"': a label, in part
    if (
        before is not None
        and not naming
        and (span.continued or _direct_after_cue(doc, before, open_tok, close_tok, close_sent))
    ):
        return found("direct", before, 1.0)
    ends_sentence = _only_punct(doc, close_tok.i + 1, close_sent.end)
    if (starts_sentence and (n_words > _MAX_PARTIAL_WORDS or ends_sentence)) or span.continued or previous_continued:
        # A quote standing alone: the speaker of the quote just before, or of a reporting verb in the
        # sentence before ("Lammy was blunt. 'We will ...'" keeps the last named speaker).  With neither, the
        # quote is kept with no speaker rather than lost.
        if last is not None and span.start - last.end < _MAX_BORROW_CHARS:
            borrowed = _Found("direct", span.start, span.end, last.cue, last.speaker, last.speaker.certainty * 0.7)
            borrowed.explicit = False
            return borrowed
        prev = _previous_reporting_verb(doc, sent, speakers.floor)
        if prev is not None:
            item = found("direct", prev, 0.7)
            item.explicit = False
            return item
        unknown = Speaker(None, None, None, None, None, 0.3)
        return _Found("direct", span.start, span.end, None, unknown, 0.3, explicit=False)
    verb = _speech_ancestor(first_word, sent, (span.start, span.end)) or cue or before
    if verb is None:
        return None  # quote marks with no one saying anything: a title or scare quotes, not a quote
    return found("partial", verb, 0.85)


def _previous_reporting_verb(doc: Any, sent: Any, floor: int) -> Any | None:
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.lemma_ in speech_verbs() and tok.pos_ in ("VERB", "AUX") and subject(tok, floor=floor) is not None:
            return tok
    return None


def _overlap(a: tuple[int, int], spans: list[tuple[int, int]]) -> float:
    best = 0
    for s, e in spans:
        best = max(best, min(a[1], e) - max(a[0], s))
    return best / max(a[1] - a[0], 1)


def _indirect(
    doc: Any, speakers: Speakers, direct: list[tuple[int, int]], inside_marks: list[tuple[int, int]]
) -> list[_Found]:
    out: list[_Found] = []
    recent: Speaker | None = None
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            item = _according_to(doc, tok, speakers)
        elif tok.lemma_ in speech_verbs() and tok.pos_ == "VERB":
            if _overlap((tok.idx, tok.idx + len(tok)), inside_marks) > 0:
                continue  # a verb inside someone's quoted words is theirs, not the article's
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                continue  # "CODECO has been blamed for massacres", "he was told": its subject says nothing
            if would_say(tok):
                continue  # 'said his government would declare a "war on crime"': what it would say, in his report
            bounds = content_span(tok, speakers.floor)
            if bounds is None:
                if any(c.dep_ == "neg" for c in tok.children):
                    # "The army did not comment on the toll. ... it said its forces had ...": the group that last
                    # spoke, or would not, is who "it" is
                    sp = resolve_speaker(doc, tok, speakers, recent)
                    if sp.name and (sp.entity is None or sp.entity.type != "PERSON"):
                        recent = sp
                continue
            s, e = bounds
            while s < e and (doc[s].is_punct or doc[s].is_space) and not _opens_inner_quote(doc, s, e):
                s += 1
            while (
                e > s
                and (
                    doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].dep_ == "cc"  # "to defeat the RSF and"
                )
                and not _closes_inner_quote(doc, s, e)
            ):
                e -= 1
            if e < len(doc) and _closes_inner_quote(doc, s, e + 1):
                e += 1  # 'saying it had killed "dozens of apostates".': the parser hung the closing mark elsewhere
            if e - s < 3:
                continue
            sp = resolve_speaker(doc, tok, speakers, recent)
            if sp.text is None:
                continue
            if sp.name and (sp.entity is None or sp.entity.type != "PERSON"):
                recent = sp
            end_char = doc[e - 1].idx + len(doc[e - 1])
            item = _Found("indirect", doc[s].idx, end_char, tok.text, sp, sp.certainty * 0.8, cue_at=tok.idx)
        else:
            continue
        if item is None or _overlap((item.start, item.end), direct) > 0.5:
            continue
        out.append(item)
    return out


_CLAUSE_OPENERS = frozenset({"when", "as", "after", "since", "while", "before"})


def _according_to(doc: Any, tok: Any, speakers: Speakers) -> _Found | None:
    """'According to X, ...' and '..., according to X.'"""
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    s_i, e_i = subject_span(pobj)
    src = doc[s_i:e_i]
    entity = speakers.at(pobj.idx, pobj.idx + len(pobj))  # "a Reuters count" is a count, not Reuters
    named = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if entity is None and named is not None:  # "according to the monitoring group ACLED": the group named
        entity = speakers.at(named.idx, named.idx + len(named))
    by = next(
        (g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if entity is None and by is not None:
        # "according to a tally by Amnesty International, which accused ...": the tally's maker, and the words
        # up to it (not its relative clause)
        entity = speakers.at(by.idx, by.idx + len(by))
        e_i = min(e_i, by.i + 1) if entity is not None else e_i  # (a name's head is its last word)
        src = doc[s_i:e_i]
    sp = Speaker(
        entity.name if entity else src.text, entity, src.start_char, src.end_char, src.text, 0.9 if entity else 0.6
    )
    sent = tok.sent
    phrase_end = max(e_i, to.right_edge.i + 1)
    if tok.i == sent.start or _only_punct(doc, sent.start, tok.i):
        first, last = phrase_end, sent.end
    else:
        first, last = sent.start, tok.i
        # "Gaza's health ministry says 54,000 have been killed since the war began on Oct. 7, when gunmen
        # attacked Israel, killing about 1,200, according to Israeli tallies": the tallies vouch for the clause
        # the phrase hangs on, inside another's report, not for the report
        verb = next((t for t in reversed(doc[sent.start : tok.i]) if t.pos_ == "VERB"), None)
        if tok.head.dep_ == "relcl" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
            verb = tok.head  # "..., Pascal Tigri, who was still on the run according to two sources": the clause
        # ("clashes ..., in which at least 105 people have been killed, according to a tally of hospital figures":
        # a tally vouches for the toll it closes, not for the curfew the sentence opens with)
        toll = (  # a relative clause ("in which ..."), not "..., killing 5, according to witnesses"
            verb is not None
            and verb.dep_ in ("relcl", "advcl")
            and any(t.like_num for t in verb.subtree)
            and any(t.tag_ in ("WDT", "WP") and t.i < verb.i for t in verb.subtree)
        )
        while (
            not toll and
            verb is not None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ == "VERB"
            and not any(c.dep_ in ("advmod", "mark") and c.lower_ in _CLAUSE_OPENERS for c in verb.children)
        ):  # fmt: skip
            verb = verb.head  # "attacked Israel, killing about 1,200 and taking 251 hostages": one clause
        reported = any(
            t.lemma_ in speech_verbs() and t.i < (verb.i if verb is not None else 0) and not _described_as(t)
            for t in sent
        )
        if (
            verb is not None
            and (reported or toll)
            and verb.lemma_ not in speech_verbs()
            and verb.dep_ in ("relcl", "advcl")
        ):
            first = max(first, verb.left_edge.i)
        # "has killed more than 6,000 people, according to ACLED, and displaced about 1.3 million": the clause
        # the phrase interrupts goes on after it, in a conjunct of the same verb
        goes_on = [
            c for c in (verb.children if verb is not None else ())
            if c.dep_ == "conj" and c.i > phrase_end and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]  # fmt: skip
        if goes_on and not toll:
            last = max(last, goes_on[-1].right_edge.i + 1)
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if last - first < 3:
        return None
    end_char = doc[last - 1].idx + len(doc[last - 1])
    return _Found("indirect", doc[first].idx, end_char, "according to", sp, sp.certainty * 0.8, cue_at=tok.idx)


def _described_as(verb: Any) -> bool:
    """ "about 2,000 reported missing": a verb of saying that gives its subject a state, not words."""
    return not any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ in ("xcomp", "acomp", "oprd") and c.pos_ in ("ADJ", "VERB") for c in verb.children
    )


def _after_dateline(text: str, floor: int) -> int:
    while floor < len(text) and text[floor].isspace():
        floor += 1
    return floor


def _opens_inner_quote(doc: Any, start: int, end: int) -> bool:
    """True when the first token opens a quotation closed inside [start, end): 'accused "criminal elements" of
    looting' keeps both marks."""
    first = doc[start].text
    if first not in OPENING:
        return False
    inner = doc[start + 1 : end].text
    return inner.count(first) % 2 == 1 if first == '"' else any(mark in inner for mark in "”»“")


def _closes_inner_quote(doc: Any, start: int, end: int) -> bool:
    """True when the last token closes a quotation opened inside [start, end): keep it in the content."""
    last = doc[end - 1].text
    if last not in CLOSING:
        return False
    inner = doc[start : end - 1].text
    return inner.count(last) % 2 == 1 if last == '"' else any(mark in inner for mark in "“«„")
