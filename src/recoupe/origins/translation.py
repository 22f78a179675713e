"""Translated copy: two articles in different languages whose sentences correspond in order.

A translation shares no shingles with its original, but multilingual embeddings (mUSE)
put a sentence and its translation close together, and a translation keeps the order of
the original. Two independent reports of the same event in two languages share facts,
not a sentence-by-sentence correspondence over most of the shorter text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recoupe.embeddings import Encoder, Matrix
from recoupe.nlp import Analysis


@dataclass(frozen=True, slots=True)
class TranslationRule:
    similarity: float = 0.75  # mUSE cosine of a sentence and its translation
    coverage: float = 0.5  # share of the shorter article's sentences with a counterpart
    order: float = 0.8  # share of those counterparts in the same order
    minimum: int = 3  # sentences


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences of article `a` with a mutual best counterpart in `b`, in `a`'s order."""

    a: int
    b: int
    matched: int
    in_order: int
    shorter: int  # sentences of the shorter article

    def is_translation(self, rule: TranslationRule) -> bool:
        return (self.matched >= rule.minimum
                and self.matched >= rule.coverage * self.shorter
                and self.in_order >= rule.order * self.matched)


def _longest_increasing(values: Sequence[int]) -> int:
    tails: list[int] = []
    for value in values:
        place = bisect.bisect_left(tails, value)
        tails[place:place + 1] = [value]
    return len(tails)


def align(a: int, b: int, left: Matrix, right: Matrix, rule: TranslationRule) -> Alignment:
    """Mutual best matches above the similarity threshold between two sentence lists."""
    shorter = min(len(left), len(right))
    if shorter == 0:
        return Alignment(a, b, 0, 0, 0)
    cosine = left @ right.T
    best_right, best_left = cosine.argmax(axis=1), cosine.argmax(axis=0)
    pairs = [(row, int(col)) for row, col in enumerate(best_right)
             if best_left[col] == row and cosine[row, col] >= rule.similarity]
    return Alignment(a, b, len(pairs), _longest_increasing([c for _, c in pairs]), shorter)


def _sentence_vectors(analyses: Sequence[Analysis], encoder: Encoder) -> list[Matrix]:
    texts = [[s.text for s in a.sentences if not s.heading] for a in analyses]
    flat = encoder.encode([t for group in texts for t in group])
    bounds = np.cumsum([0, *(len(group) for group in texts)])
    return [flat[start:end] for start, end in itertools.pairwise(bounds)]


def translations(analyses: Sequence[Analysis], encoder: Encoder | None,
                 rule: TranslationRule | None = None) -> dict[tuple[int, int], Alignment]:
    """Alignments of every pair of articles in different languages that are translations."""
    rule = rule or TranslationRule()
    languages = [a.article.language for a in analyses]
    if encoder is None or len(set(languages)) < 2:
        return {}
    vectors = _sentence_vectors(analyses, encoder)
    found = {}
    for i in range(len(analyses)):
        for j in range(i + 1, len(analyses)):
            if languages[i] != languages[j]:
                alignment = align(i, j, vectors[i], vectors[j], rule)
                if alignment.is_translation(rule):
                    found[(i, j)] = alignment
    return found
