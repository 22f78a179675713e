"""One statement, reported by several outlets in different words, becomes one quote.

Two mentions in different articles are the same statement when their speakers are
compatible and their words mean the same: multilingual embeddings (mUSE) catch two desks'
translations of one English quote ("raclait le fond du baril" / "gratte le fond du baril");
word overlap catches copy. One speaker's different statements stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.embeddings import Encoder
from recoupe.nlp.stems import stem
from recoupe.quotes.extract import QuoteMention
from recoupe.quotes.resolve import same_speaker


@dataclass(frozen=True, slots=True)
class MergeThresholds:
    semantic: float = 0.72  # mUSE cosine of the two statements
    lexical: float = 0.45  # Jaccard of their word stems


def compatible_speakers(a: QuoteMention, b: QuoteMention) -> bool:
    """The same entity, or names that agree ("Yang" / "Yang Uk")."""
    if a.entity and b.entity:
        return a.entity == b.entity
    return same_speaker(a.speaker, b.speaker)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in text.lower().split() if len(w) > 3}


def _lexical(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    return len(sa & sb) / max(1, len(sa | sb))


def group_mentions(mentions: Sequence[QuoteMention], encoder: Encoder | None,
                   thresholds: MergeThresholds | None = None) -> list[list[int]]:
    """Groups of mention indices; each group has at most one mention per article."""
    t = thresholds or MergeThresholds()
    vectors = encoder.encode([m.text for m in mentions]) if encoder and mentions else None
    pairs = []
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if a.article == b.article or not compatible_speakers(a, b):
                continue
            meaning = float(vectors[i] @ vectors[j]) if vectors is not None else 0.0
            words = _lexical(a.text, b.text)
            if meaning >= t.semantic or words >= t.lexical:
                pairs.append((max(meaning, words), i, j))
    group_of = {i: {i} for i in range(len(mentions))}
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or {mentions[x].article for x in gi} & {mentions[x].article for x in gj}:
            continue
        merged = gi | gj
        for x in merged:
            group_of[x] = merged
    unique = {id(g): sorted(g) for g in group_of.values()}
    return sorted(unique.values(), key=lambda g: g[0])
