"""What the ranking knows about each sentence of a story.

Every feature is in [0, 1] and computed for all sentences at once; the ranking is a small
weighted sum of them (weights in `SummaryOptions`), tuned once on RPM2 dev, not per story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recoupe.embeddings import Matrix
from recoupe.matching import SentenceSpace, cosine_matrix, normalise_rows, tfidf_matrix
from recoupe.nlp import Sentence


@dataclass(frozen=True, slots=True)
class Features:
    centrality: Matrix  # TF-IDF cosine to the story centroid (articles weigh the same)
    cross_support: Matrix  # mean over the other articles of the best similarity there
    lead: Matrix  # 1 for an article's first sentence, decaying with position
    novelty: Matrix  # 1 - similarity to the closest already known sentence


def _article_rows(space: SentenceSpace) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for i, sentence in enumerate(space.sentences):
        rows.setdefault(sentence.article, []).append(i)
    return rows


def centrality(space: SentenceSpace, rows: dict[str, list[int]]) -> Matrix:
    means = [space.vectors[r].mean(axis=0) for r in rows.values()]
    centroid = normalise_rows(np.mean(means, axis=0, keepdims=True))[0]
    result: Matrix = np.clip(space.vectors @ centroid, 0, 1).astype(np.float32)
    return result


def cross_support(space: SentenceSpace, rows: dict[str, list[int]]) -> Matrix:
    """How well the other articles echo each sentence: a soft count of corroboration."""
    similarity = cosine_matrix(space.vectors)
    support = np.zeros(len(space.sentences), dtype=np.float32)
    if len(rows) < 2:
        return support
    for article, own in rows.items():
        others = [r for other, rs in rows.items() if other != article for r in rs]
        best = [similarity[own][:, rows[o]].max(axis=1) for o in rows if o != article]
        support[own] = np.mean(best, axis=0) if others else 0.0
    return support


def lead(space: SentenceSpace) -> Matrix:
    return np.array([1.0 / np.sqrt(1.0 + s.index) for s in space.sentences], dtype=np.float32)


def novelty(space: SentenceSpace, known: Sequence[Sentence]) -> Matrix:
    if not known:
        return np.ones(len(space.sentences), dtype=np.float32)
    vectors = tfidf_matrix([s.terms for s in [*space.sentences, *known]])
    mine, theirs = vectors[: len(space.sentences)], vectors[len(space.sentences):]
    result: Matrix = (1.0 - (mine @ theirs.T).max(axis=1)).astype(np.float32)
    return result


def features(space: SentenceSpace, known: Sequence[Sentence] = ()) -> Features:
    rows = _article_rows(space)
    return Features(centrality(space, rows), cross_support(space, rows), lead(space),
                    novelty(space, known))
