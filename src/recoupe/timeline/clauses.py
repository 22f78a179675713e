"""The clause that carries a date, when a sentence carries several dates.

"A l'issue d'une rencontre mercredi, « … », a rapporté jeudi l'agence KCNA" tells two
events: the meeting (Wednesday) and the agency's report (Thursday). Each date keeps the
subtree of the verb that governs it, minus the other date's clause when that clause sits
at one of its edges. A sentence with one date (or one distinct date) stays whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from recoupe.nlp import Sentence
from recoupe.timeline.expressions import Mention

MIN_WORDS = 5  # shorter than this, a clause does not say what happened: keep the sentence
NEAR_EDGE = 3  # a clause this close to the sentence's edge extends to it (names the parser cut)
_CLIMB = 8
_EDGE_PUNCTUATION = " \n\t,;:–—-"


def _heads_a_clause(token: Any) -> bool:
    """A conjugated verb, or one with its own subject or auxiliary: not "dévoilée mardi"
    hanging from a noun, whose subtree would not say who did what."""
    if token.pos_ not in ("VERB", "AUX") or _words(token) < MIN_WORDS + 1:
        return False
    if "Fin" in token.morph.get("VerbForm") or token.dep_ == "ROOT":
        return True
    return any(c.dep_.startswith(("nsubj", "aux")) for c in token.children)


def _governing_verb(doc: Any, mention: Mention) -> Any | None:
    """The first verb above the date that heads a clause of some length."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(_CLIMB):
        if _heads_a_clause(token):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _punctuation(text: str) -> bool:
    """Nothing but punctuation and spaces: the final full stop a root clause keeps."""
    return all(not c.isalnum() for c in text)


def _words(token: Any) -> int:
    return sum(1 for t in token.subtree if not t.is_punct)


def _subtree_span(doc: Any, mention: Mention, sentence: Sentence) -> tuple[int, int] | None:
    verb = _governing_verb(doc, mention)
    if verb is None:
        return None
    left, right = verb.left_edge, verb.right_edge
    start = max(left.idx, sentence.start)
    end = min(right.idx + len(right.text), sentence.end)
    return (start, end) if start < mention.start and mention.end <= end else None


_QUOTE_PAIRS = (('"', '"'), ("«", "»"), ("“", "”"))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the punctuation a cut leaves at the edges, and a quote mark left unmatched."""
    start, end = _strip(text, start, end)
    for opening, closing in _QUOTE_PAIRS:
        piece = text[start:end]
        unmatched = (piece.count(opening) % 2 == 1 if opening == closing
                     else piece.count(opening) != piece.count(closing))
        if unmatched and piece.startswith(opening) and closing not in piece[1:]:
            start += 1
        elif unmatched and piece.endswith(closing) and opening not in piece[:-1]:
            end -= 1
    return _strip(text, start, end)


def _cut_off(text: str, own: tuple[int, int], theirs: tuple[int, int],
             mention: Mention) -> tuple[int, int]:
    """`own` minus `theirs` when theirs sits at one of its edges (punctuation aside)."""
    start, end = own
    if theirs[1] <= mention.start and (theirs[0] <= start < theirs[1]
                                       or _punctuation(text[start:theirs[0]])):
        return theirs[1], end
    if mention.end <= theirs[0] < end and (end <= theirs[1]
                                           or _punctuation(text[theirs[1]:end])):
        return start, theirs[0]
    return own


def clause_span(doc: Any, text: str, sentence: Sentence, mention: Mention,
                others: Sequence[Mention]) -> tuple[int, int]:
    """`[start, end)` of the clause carrying `mention`; the whole sentence when alone.

    `text` is the article's (`doc.text` equals it inside sentences, but spaCy rebuilds
    `doc.text` from every token at each access)."""
    own = _subtree_span(doc, mention, sentence) if others else None
    if own is None:
        return sentence.start, sentence.end
    for other in others:
        theirs = _subtree_span(doc, other, sentence)
        if own[0] <= other.start < own[1] and theirs is not None and theirs != own:
            own = _cut_off(text, own, theirs, mention)
    start, end = _trim(text, *own)
    if len(text[start:end].split()) < MIN_WORDS:
        return sentence.start, sentence.end
    if len(text[sentence.start:start].split()) <= NEAR_EDGE:
        start = sentence.start
    if len(text[end:sentence.end].split()) <= NEAR_EDGE - 1:
        end = sentence.end
    return start, end
