"""Attribution frames: in one sentence, who is said to have said what.

A frame is read off the dependency parse around a speech verb ("a déclaré que …",
"« … », a-t-il dit", "X a répondu : « … »"), around "selon X", or around a quotation
with no verb at all (a floating quote, attributed later from context). Frames hold token
and character positions only; speakers are resolved to names by `speakers.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from recoupe.nlp.attribution import reports_speech, speech_verb_attribution
from recoupe.nlp.quotemarks import quote_regions
from recoupe.records import QuoteKind

_MARKS = "«»“”\"„‹›"
_TRIM = " \t\n,;:.–—-" + _MARKS
_QUE = frozenset({"que", "qu", "qu'", "qu’", "’", "'"})
_SOURCE_CASES = frozenset({"selon", "d'après", "d’après"})
# Shorter quotations are partial quotes ("une « grande victoire »"), read inside a frame.
_MIN_QUOTE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Frame:
    """One attributed statement: its content span and the token that names its speaker."""

    start: int  # content, character offsets in the article
    end: int
    kind: QuoteKind
    speaker: Any | None  # the spaCy token heading the speaker mention, if any
    verb: Any | None  # the speech verb, if any


def trim(text: str, start: int, end: int, keep_marks: bool = False) -> tuple[int, int]:
    """Shrink [start, end) past spaces, punctuation and (unless kept) quote marks."""
    strip = _TRIM.replace(_MARKS, "") if keep_marks else _TRIM
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _kind(text: str, start: int, end: int, regions: list[tuple[int, int]]) -> QuoteKind:
    """direct when the content is one quotation, mixed when it contains one."""
    inner = [(s, e) for s, e in regions if s < end and start < e]
    if any(s <= start + 1 and end - 1 <= e for s, e in inner):
        return "direct"
    return "mixed" if inner else "indirect"


def _span_chars(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subject_rank(subject: Any, verb: Any) -> tuple[int, int, int]:
    """Prefer a name, then an inverted subject ("…, a déclaré X"), then the first one."""
    is_name = subject.pos_ == "PROPN" or subject.ent_type_ in ("PER", "ORG")
    return (0 if is_name else 1, 0 if subject.i > verb.i else 1, subject.i)


def _speaker_token(verb: Any) -> Any | None:
    """The verb's subject; for "affirmant que …" or "ayant répondu", the governing subject."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children
                    if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.text != "-t"]
        if subjects:
            return min(subjects, key=lambda s: _subject_rank(s, current))
        if current.head is current:
            return None
        current = current.head
    return None


def _is_question(verb: Any) -> bool:
    """ "Lorsqu'on lui a demandé si …": a question put to someone, not a statement."""
    impersonal = any(c.lower_ == "on" and c.dep_.startswith("nsubj") for c in verb.children)
    asks = any(c.lower_ == "si" for cl in verb.children if cl.dep_ == "ccomp"
               for c in cl.children if c.dep_ == "mark")
    return impersonal or asks


def _clause_content(verb: Any, sentence: Any) -> tuple[int, int] | None:
    """The que-clause of "a déclaré que …", without its "que"."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    tokens = [t for t in clause.subtree if sentence.start <= t.i < sentence.end]
    while tokens and tokens[0].lower_ in _QUE:
        tokens = tokens[1:]
    return _span_chars(tokens) if tokens else None


def _outside_attribution(verb: Any, sentence: Any) -> tuple[int, int] | None:
    """ "CLAIM, a déclaré X, directeur de …": the longest run of tokens left of the frame."""
    attribution = speech_verb_attribution(verb)
    runs: list[list[Any]] = [[]]
    for token in sentence:
        if token.i in attribution:
            runs.append([])
        else:
            runs[-1].append(token)
    best = max(runs, key=lambda run: sum(1 for t in run if not t.is_punct))
    return _span_chars(best) if len(best) >= 3 else None


def _verb_frames(sentence: Any, text: str, regions: list[tuple[int, int]]) -> Iterator[Frame]:
    for token in sentence:
        if not reports_speech(token) or _is_question(token):
            continue
        span = _clause_content(token, sentence) or _outside_attribution(token, sentence)
        quoted = [(s, e) for s, e in regions
                  if sentence.start_char <= s and e <= sentence.end_char]
        if span is None and not quoted:
            continue
        if span is None or (quoted and not any(s >= span[0] and e <= span[1]
                                               for s, e in quoted)):
            for s, e in quoted:  # "X a déclaré : « … »"
                if len(text[s:e].split()) >= _MIN_QUOTE_WORDS:
                    yield Frame(*trim(text, s, e), "direct", _speaker_token(token), token)
            continue
        start, end = trim(text, *span, keep_marks=True)
        kind = _kind(text, start, end, regions)
        if kind == "direct":
            start, end = trim(text, start, end)
        yield Frame(start, end, kind, _speaker_token(token), token)


def _source_frames(sentence: Any, text: str,
                   regions: list[tuple[int, int]]) -> Iterator[Frame]:
    """ "Selon X, CLAIM" and "CLAIM, selon X": X said CLAIM."""
    for token in sentence:
        if token.lower_ not in _SOURCE_CASES or token.dep_ != "case":
            continue
        source = token.head
        phrase = {t.i for t in source.subtree} | {token.i}
        rest = [t for t in sentence if t.i not in phrase]
        rest_text = [t for t in rest if not t.is_punct]
        if len(rest_text) < 4:
            continue
        start, end = trim(text, *_span_chars(rest), keep_marks=True)
        yield Frame(start, end, _kind(text, start, end, regions), source, None)


def sentence_frames(sentence: Any, text: str) -> list[Frame]:
    """Every frame of one sentence (a spaCy span over the article's masked text)."""
    regions = [(sentence.start_char + s, sentence.start_char + e)
               for s, e in quote_regions(text[sentence.start_char:sentence.end_char])]
    frames = list(_verb_frames(sentence, text, regions))
    if not frames:
        frames = list(_source_frames(sentence, text, regions))
    covered = [(f.start, f.end) for f in frames]
    for s, e in regions:
        inner = trim(text, s, e)
        words = text[inner[0]:inner[1]].split()
        if len(words) >= _MIN_QUOTE_WORDS + 1 and not any(
                a <= inner[0] and inner[1] <= b for a, b in covered):
            frames.append(Frame(*inner, "direct", None, None))  # floating: speaker from context
    return frames
