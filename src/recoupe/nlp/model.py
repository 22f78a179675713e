"""Load the spaCy French pipeline once per process, fast."""

from __future__ import annotations

import functools
import threading
from typing import Any

from recoupe.nlp.fastregex import fast_regex_compilation

MODEL_NAME = "fr_core_news_md"
# The lemmatizer's lookup tables take ~1.5 s to load, a third of the start-up; recoupe
# matches words through a Snowball stemmer and reads speech verbs from a lexicon of forms.
# The vocabulary's 700,000 stored strings take ~0.9 s more and serve nothing here: vectors
# are keyed by hash, labels come with their components, and a text's own strings are added
# as it is tokenised (annotations checked identical on 45,000 RPM2 tokens).
EXCLUDED = ("lemmatizer", "strings")


def mark_paragraph_starts(doc: Any) -> Any:
    """A line break always ends a sentence: headlines have no full stop, and without this
    the parser glues them to the next paragraph (and parses both wrongly)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and (("\n" in previous.text_with_ws and previous.is_space)
                                   or "\n" in previous.whitespace_):
            token.is_sent_start = True
    return doc


# The French tokenizer keeps "celui-ci" whole but splits "Celui-ci" into three tokens, and
# the parser then loses the subject of "Celui-ci a déclaré que …" at a sentence start.
_DEMONSTRATIVES = tuple(f"{pronoun}-{place}" for pronoun in ("celui", "celle", "ceux", "celles")
                        for place in ("ci", "là"))


def _keep_demonstratives_whole(nlp: Any) -> None:
    for form in _DEMONSTRATIVES:
        capitalised = form[0].upper() + form[1:]
        nlp.tokenizer.add_special_case(capitalised, [{"ORTH": capitalised}])


# "d'«une suite»", "afin d'\"empêcher", "d’« une" as scraped: the tokenizer keeps the elided
# word and the opening mark in one token ("d'«une"), or splits "d’«" into three, and the
# parser then reads a quotation's first word as a verb or the mark as a word.
_ELIDED = ("d", "l", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu")
_OPENING_MARKS = ("«", '"', "“")
_OPENING_AFTER_ELISION = r"(?<=[^\W\d_]['’])[«\"“]"


def _split_marks_after_elision(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, _OPENING_AFTER_ELISION]).finditer
    for word in _ELIDED:
        for elided in (word, word.capitalize()):
            for apostrophe in ("'", "’"):
                for mark in _OPENING_MARKS:
                    nlp.tokenizer.add_special_case(
                        elided + apostrophe + mark, [{"ORTH": elided + apostrophe}, {"ORTH": mark}])


_LOADING = threading.Lock()


def load_pipeline(name: str = MODEL_NAME) -> Any:
    """The shared spaCy `Language`; loaded on first use, then reused by every stage.

    Thread-safe: a caller arriving while `start_loading_pipeline`'s thread loads waits for
    that load instead of starting a second one.
    """
    with _LOADING:
        return _load(name)


def start_loading_pipeline(name: str = MODEL_NAME) -> None:
    """Begin loading the model in a background thread and return at once.

    The load mostly holds the GIL (regex compilation), but what the caller does meanwhile
    (reading files, py3langid's LZMA model decompression) mostly does not: on two cores
    the two overlap instead of adding up.
    """
    threading.Thread(target=load_pipeline, args=(name,), name="recoupe-spacy-load",
                     daemon=True).start()


@functools.cache
def _load(name: str) -> Any:
    with fast_regex_compilation():
        import spacy
        from spacy.language import Language

        nlp = spacy.load(name, exclude=list(EXCLUDED))
    _keep_demonstratives_whole(nlp)
    _split_marks_after_elision(nlp)
    if "recoupe_paragraphs" not in Language.factories:
        Language.component("recoupe_paragraphs", func=mark_paragraph_starts)
    nlp.add_pipe("recoupe_paragraphs", before="parser")
    from recoupe.entities.components import add_entity_components

    add_entity_components(nlp)
    return nlp
