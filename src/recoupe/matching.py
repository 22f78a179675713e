"""Which sentences of different articles carry the same information.

Sentence vectors are TF-IDF over content stems, L2-normalised, with IDF computed over the
story's own sentences: the words every outlet repeats (the protagonists' names) weigh less
than the details that tell two sentences apart.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recoupe.embeddings import Encoder, Matrix
from recoupe.nlp import Sentence


def _vocabulary(documents: Sequence[Sequence[str]]) -> tuple[dict[str, int], Matrix]:
    """Term columns and their smoothed IDF over these documents."""
    vocabulary: dict[str, int] = {}
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(set(terms))
        for term in terms:
            vocabulary.setdefault(term, len(vocabulary))
    idf = np.zeros(len(vocabulary), dtype=np.float32)
    for term, column in vocabulary.items():
        idf[column] = math.log((1 + len(documents)) / (1 + frequency[term])) + 1.0
    return vocabulary, idf


def tfidf_matrix(documents: Sequence[Sequence[str]]) -> Matrix:
    """One L2-normalised row per document (a sequence of terms); empty rows stay zero."""
    vocabulary, idf = _vocabulary(documents)
    matrix = np.zeros((len(documents), len(vocabulary)), dtype=np.float32)
    for row, terms in enumerate(documents):
        for term, count in Counter(terms).items():
            matrix[row, vocabulary[term]] = (1.0 + math.log(count)) * idf[vocabulary[term]]
    return normalise_rows(matrix)


def containment_matrix(documents: Sequence[Sequence[str]]) -> Matrix:
    """[a, b] = share of a's IDF-weighted distinct terms that b also has."""
    vocabulary, idf = _vocabulary(documents)
    weights = np.zeros((len(documents), len(vocabulary)), dtype=np.float32)
    for row, terms in enumerate(documents):
        for term in set(terms):
            weights[row, vocabulary[term]] = idf[vocabulary[term]]
    totals = np.maximum(weights.sum(axis=1, keepdims=True), 1e-9)
    shared: Matrix = ((weights @ (weights > 0).T.astype(np.float32)) / totals).astype(np.float32)
    return shared


def normalise_rows(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: Matrix = (matrix / norms).astype(np.float32)
    return normalised


def cosine_matrix(rows: Matrix) -> Matrix:
    """Pairwise cosine similarity of L2-normalised rows."""
    return (rows @ rows.T).astype(np.float32)


@dataclass(frozen=True, slots=True)
class MatchThresholds:
    """When two sentences of different articles carry the same information.

    Two signals are compared on the *claim* of each sentence (its words minus the
    attribution): lexical TF-IDF cosine, and multilingual embedding (mUSE) cosine. mUSE
    rates any two sentences of one story around 0.6, so it only counts together with
    lexical overlap (their sum) or when very high. Chosen for precision on
    tests/gold/support_pairs.jsonl (`recoupe eval support`), whose pairs are mostly hard.
    """

    combined: float = 1.15  # lexical + semantic
    lexical_alone: float = 0.75
    semantic_alone: float = 0.90
    lexical_without_semantic: float = 0.65  # when no encoder is available
    # A short claim whose words all reappear in a longer sentence is carried by it.
    contained: float = 0.85
    contained_min_terms: int = 4


def meaning_text(sentence: Sentence) -> str:
    """What the embedding of a sentence is computed on: its claim, without attribution."""
    return sentence.claim_text or sentence.text


@dataclass(slots=True)
class SentenceSpace:
    """The sentences of a story with their vectors and pairwise similarities."""

    sentences: list[Sentence]
    vectors: Matrix  # TF-IDF over all terms (for centrality)
    lexical: Matrix  # claim TF-IDF cosine
    semantic: Matrix | None  # claim mUSE cosine
    contained: Matrix  # [a, b]: share of a's claim found in b
    thresholds: MatchThresholds

    @classmethod
    def of(cls, sentences: Sequence[Sentence], encoder: Encoder | None = None,
           thresholds: MatchThresholds | None = None) -> SentenceSpace:
        sentences = list(sentences)
        vectors = tfidf_matrix([s.terms for s in sentences])
        lexical = cosine_matrix(tfidf_matrix([s.claim for s in sentences]))
        semantic = None
        if encoder is not None:
            semantic = cosine_matrix(encoder.encode([meaning_text(s) for s in sentences]))
        contained = containment_matrix([s.claim for s in sentences])
        return cls(sentences, vectors, lexical, semantic, contained,
                   thresholds or MatchThresholds())

    def carries(self, a: int, b: int) -> bool:
        """Sentence b carries the information of sentence a (it may say more)."""
        t = self.thresholds
        whole = (float(self.contained[a, b]) >= t.contained
                 and len(set(self.sentences[a].claim)) >= t.contained_min_terms)
        return whole or self._similar(a, b)

    def same_information(self, a: int, b: int) -> bool:
        """Either sentence carries the other's information."""
        return self.carries(a, b) or self.carries(b, a)

    def _similar(self, a: int, b: int) -> bool:
        t = self.thresholds
        lexical = float(self.lexical[a, b])
        if self.semantic is None:
            return lexical >= t.lexical_without_semantic
        meaning = float(self.semantic[a, b])
        return (lexical >= t.lexical_alone or meaning >= t.semantic_alone
                or lexical + meaning >= t.combined)

    def closeness(self, a: int, b: int) -> float:
        lexical = float(self.lexical[a, b])
        return lexical if self.semantic is None else (lexical + float(self.semantic[a, b])) / 2

    def rows_of(self, article_id: str) -> list[int]:
        return [i for i, s in enumerate(self.sentences) if s.article == article_id]
