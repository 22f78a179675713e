"""Quotes of one article: frames read sentence by sentence, speakers resolved in context."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from recoupe.nlp import Analysis
from recoupe.quotes.frames import Frame, sentence_frames
from recoupe.quotes.speakers import StoryNames, mention_counts, read_mention
from recoupe.records import QuoteKind

# A pronoun or a floating quote looks this many sentences back for its speaker.
_LOOKBACK = 3


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One attributed statement in one article; `text == article.text[start:end]`."""

    article: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    role: str | None
    sentence: int
    text: str


@dataclass(slots=True)
class _Context:
    """The article's speakers so far, for pronouns, floating quotes and repeated roles."""

    names: StoryNames
    counts: Counter[str]
    latest: tuple[str, int] | None = None  # speaker, sentence index
    subject: tuple[str, int] | None = None  # latest person named as a subject
    roles: dict[str, str] = field(default_factory=dict)

    def recent(self, sentence: int) -> str | None:
        """The antecedent of "il" / a floating quote: the closest speaker or subject."""
        candidates = [c for c in (self.latest, self.subject)
                      if c and 0 <= sentence - c[1] <= _LOOKBACK]
        return max(candidates, key=lambda c: c[1])[0] if candidates else None

    def full(self, name: str) -> str:
        return self.names.full(name, self.counts)

    def note_subject(self, sentence: Any, index: int) -> None:
        """Remember the person this sentence is about, for the next pronoun."""
        root = sentence.root
        for child in root.children:
            if child.dep_.startswith("nsubj") and child.ent_type_ == "PER":
                self.subject = (self.full(read_mention(child).text), index)


def _speaker(frame: Frame, sentence: int, ctx: _Context) -> tuple[str | None, str | None]:
    if frame.speaker is None:
        return ctx.recent(sentence), None
    mention = read_mention(frame.speaker)
    if mention.kind == "pronoun":
        return ctx.recent(sentence), None
    if mention.kind == "none":
        return None, None
    if mention.kind == "title":
        bound = ctx.names.bound_title(frame.speaker)
        return (bound, mention.text) if bound else (mention.text, None)
    return ctx.full(mention.text), mention.role


def article_quotes(analysis: Analysis, names: StoryNames) -> list[QuoteMention]:
    """Every attributed statement of the article, in reading order."""
    text = analysis.article.text
    ctx = _Context(names, mention_counts(analysis.doc))
    found: list[QuoteMention] = []
    for sentence in analysis.sentences:
        if sentence.heading:
            continue
        span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        for frame in sentence_frames(span, text):
            speaker, role = _speaker(frame, sentence.index, ctx)
            if speaker is None or frame.end - frame.start < 3:
                continue
            if role:
                ctx.roles.setdefault(speaker, role)
            ctx.latest = (speaker, sentence.index)
            found.append(QuoteMention(
                analysis.article.id, frame.start, frame.end, frame.kind, speaker,
                role or ctx.roles.get(speaker), sentence.index, text[frame.start:frame.end]))
        ctx.note_subject(span, sentence.index)
    return found
