"""ROUGE-1/2/L F1 with the RPM2 protocol's tokenizer: `[^\\W_]+`, lower-cased, accents kept.

(rouge-score's default tokenizer deletes accented letters, which is wrong for French.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def cut_words(sentences: Sequence[str], limit: int = 100) -> str:
    """The summary as evaluated: sentences in output order, cut to `limit` words."""
    return " ".join(" ".join(sentences).split()[:limit])


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def _ngrams(words: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    c, r = _ngrams(candidate, n), _ngrams(reference, n)
    return _f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


@dataclass(frozen=True, slots=True)
class Rouge:
    r1: float
    r2: float
    rl: float

    @classmethod
    def mean(cls, scores: Sequence[Rouge]) -> Rouge:
        count = max(1, len(scores))
        return cls(sum(s.r1 for s in scores) / count, sum(s.r2 for s in scores) / count,
                   sum(s.rl for s in scores) / count)


def score(summary: str, references: Sequence[str]) -> Rouge:
    """F1 against each reference, averaged over the references."""
    candidate = tokens(summary)
    per_reference = [Rouge(rouge_n(candidate, tokens(ref), 1), rouge_n(candidate, tokens(ref), 2),
                           rouge_l(candidate, tokens(ref))) for ref in references]
    return Rouge.mean(per_reference)
