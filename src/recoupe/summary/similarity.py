"""Sentence vectors for one story: TF-IDF over content lemmas, L2-normalised.

IDF is computed over the story's own sentences, so the words every outlet repeats (the
protagonists' names) weigh less than the details that tell two sentences apart.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]


def tfidf_matrix(documents: Sequence[Sequence[str]]) -> Matrix:
    """One L2-normalised row per document (a sequence of terms); empty rows stay zero."""
    vocabulary: dict[str, int] = {}
    frequency: Counter[str] = Counter()
    for terms in documents:
        frequency.update(set(terms))
        for term in terms:
            vocabulary.setdefault(term, len(vocabulary))
    total = len(documents)
    idf = np.zeros(len(vocabulary), dtype=np.float32)
    for term, column in vocabulary.items():
        idf[column] = math.log((1 + total) / (1 + frequency[term])) + 1.0
    matrix = np.zeros((total, len(vocabulary)), dtype=np.float32)
    for row, terms in enumerate(documents):
        for term, count in Counter(terms).items():
            matrix[row, vocabulary[term]] = (1.0 + math.log(count)) * idf[vocabulary[term]]
    return normalise_rows(matrix)


def normalise_rows(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: Matrix = (matrix / norms).astype(np.float32)
    return normalised


def cosine_matrix(rows: Matrix) -> Matrix:
    """Pairwise cosine similarity of L2-normalised rows."""
    return (rows @ rows.T).astype(np.float32)
