"""Load the spaCy French pipeline once per process, fast."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MODEL_NAME = "fr_core_news_md"
# The lemmatizer's lookup tables take ~1.5 s to load, a third of the start-up; recoupe
# matches words through a Snowball stemmer and reads speech verbs from a lexicon of forms.
# The vocabulary's 700,000 stored strings take ~0.9 s more and serve nothing here: vectors
# are keyed by hash, labels come with their components, and a text's own strings are added
# as it is tokenised (annotations checked identical on 45,000 RPM2 tokens).
EXCLUDED = ("lemmatizer", "strings")


@contextmanager
def memoised_charset_optimisation() -> Iterator[None]:
    """Cache CPython's character-class optimisation while spaCy's French module loads.

    spaCy's French tokenizer builds a 1.4 MB regular expression whose ~800 alternatives
    repeat the same huge case-insensitive Unicode letter classes; CPython optimises every
    copy from scratch, which takes ~5 s on our machines. The optimisation is a pure function
    of its arguments, so caching it compiles exactly the same pattern in a fraction of the
    time. Only CPython's `re._compiler` (3.11+) is patched, and only inside this block.
    """
    compiler: Any = getattr(re, "_compiler", None)
    original = getattr(compiler, "_optimize_charset", None)
    if original is None:
        yield
        return
    cache: dict[tuple[Any, ...], Any] = {}

    def optimise(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        key = (tuple(charset), iscased, fixup, id(fixes))
        if key not in cache:
            cache[key] = original(charset, iscased, fixup, fixes)
        optimised, hascased = cache[key]
        return list(optimised), hascased

    compiler._optimize_charset = optimise
    try:
        yield
    finally:
        compiler._optimize_charset = original


def mark_paragraph_starts(doc: Any) -> Any:
    """A line break always ends a sentence: headlines have no full stop, and without this
    the parser glues them to the next paragraph (and parses both wrongly)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and (("\n" in previous.text_with_ws and previous.is_space)
                                   or "\n" in previous.whitespace_):
            token.is_sent_start = True
    return doc


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
    with memoised_charset_optimisation():
        import spacy
        from spacy.language import Language

        nlp = spacy.load(name, exclude=list(EXCLUDED))
    if "recoupe_paragraphs" not in Language.factories:
        Language.component("recoupe_paragraphs", func=mark_paragraph_starts)
    nlp.add_pipe("recoupe_paragraphs", before="parser")
    from recoupe.entities.components import add_entity_components

    add_entity_components(nlp)
    return nlp
