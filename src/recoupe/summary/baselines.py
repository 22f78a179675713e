"""Unsupervised baselines on recoupe's own sentences, run beside recoupe in `eval summaries`.

LexRank (Erkan & Radev 2004: PageRank over the cosine graph) and centroid (Radev et al.:
similarity to the cluster's TF-IDF centroid); both take whole sentences of >= 5 words.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from recoupe.matching import cosine_matrix, normalise_rows, tfidf_matrix
from recoupe.nlp import Sentence


def _eligible(sentences: Sequence[Sentence]) -> list[Sentence]:
    return [s for s in sentences if not s.heading and len(s.text.split()) >= 5]


def _greedy(ranked: Sequence[Sentence], words: int, redundancy: float,
            similarity: np.ndarray, index: dict[int, int]) -> list[Sentence]:
    chosen: list[Sentence] = []
    total = 0
    for sentence in ranked:
        if total >= words:
            break
        if any(similarity[index[id(sentence)], index[id(c)]] > redundancy for c in chosen):
            continue
        chosen.append(sentence)
        total += len(sentence.text.split())
    return chosen


def lexrank(sentences: Sequence[Sentence], words: int = 100, threshold: float = 0.1,
            damping: float = 0.85) -> list[Sentence]:
    pool = _eligible(sentences)
    if not pool:
        return []
    similarity = cosine_matrix(tfidf_matrix([s.terms for s in pool]))
    graph = (similarity > threshold).astype(np.float64)
    graph /= np.maximum(graph.sum(axis=1, keepdims=True), 1.0)
    rank = np.full(len(pool), 1.0 / len(pool))
    for _ in range(100):
        rank = (1 - damping) / len(pool) + damping * graph.T @ rank
    order = [pool[i] for i in np.argsort(-rank, kind="stable")]
    return _greedy(order, words, 0.5, similarity, {id(s): i for i, s in enumerate(pool)})


def centroid(sentences: Sequence[Sentence], words: int = 100) -> list[Sentence]:
    pool = _eligible(sentences)
    if not pool:
        return []
    vectors = tfidf_matrix([s.terms for s in pool])
    center = normalise_rows(vectors.mean(axis=0, keepdims=True))[0]
    order = [pool[i] for i in np.argsort(-(vectors @ center), kind="stable")]
    similarity = cosine_matrix(vectors)
    return _greedy(order, words, 0.5, similarity, {id(s): i for i, s in enumerate(pool)})


def first_sentences(sentences: Sequence[Sentence], words: int = 100) -> list[Sentence]:
    """The first sentence of each article, in article order."""
    firsts: dict[str, Sentence] = {}
    for s in _eligible(sentences):
        firsts.setdefault(s.article, s)
    chosen, total = [], 0
    for s in firsts.values():
        if total >= words:
            break
        chosen.append(s)
        total += len(s.text.split())
    return chosen
