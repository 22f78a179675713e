"""Group the values that talk about the same thing across articles, and judge each group.

Two mentions can only be grouped when their units are of one family (durations with
durations, euros with euros or with a bare "950 millions"). Then their context decides: the
words the quantity hangs from ("réunion"/"discussions", "perte"), the words around it, the
meaning of the words around it (multilingual embeddings when an encoder is given), the
entity that owns it in a list, what a count counts; a narrowing adjective on one side only
("discussions officielles") counts against. The values weigh in last: the same specific
figure twice ("751 millions") says a lot, "trois" or "40 %" twice says little, values far
apart say no.

Grouping runs in two steps. Average linkage over all the signals first, so that one
good-looking pair cannot chain unrelated numbers. Then groups whose values differ by less
than 40% are joined when their context alone reads alike: those are the conflicts
("600 millions" then "751 millions" lost, "13 jours" or "12 jours" of lies).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from recoupe.embeddings import Encoder, Matrix
from recoupe.facts.context import Mention, concept
from recoupe.facts.intervals import ratio, relation
from recoupe.facts.quantities import Quantity
from recoupe.records import FactStatus

NEVER = -1e9
COMPATIBLE = {frozenset({"money", "amount"}), frozenset({"count", "amount"})}


@dataclass(frozen=True, slots=True)
class AlignWeights:
    """Log-odds that two mentions are about one thing, one weight per signal.

    Fitted as a (lightly regularised) logistic regression on the cross-article mention pairs
    of tests/gold/facts.jsonl, then rounded; the thresholds were chosen on the same gold.
    Refitted with each story held out in turn, group F1 drops from 0.85 to about 0.80:
    expect the latter on new stories.
    """

    anchor: float = 1.3  # share of the words the quantities hang from
    window: float = 0.3  # Jaccard of the content words around them
    semantic: float = 0.4  # cosine of the embeddings of the words around them
    owner: float = 0.8  # the same entity owns both in a list (+), another one (-)
    noun: float = 0.6  # counts of the same noun (+), of another noun (-)
    value: float = 2.3  # values that agree (up to +1 as the figure is specific), far apart
    narrowing: float = 1.3  # a scope adjective on one side only ("discussions officielles")
    same_figure: float = 1.2  # the very same figure, as written, times its specificity
    unrelated: float = 1.6  # nothing around links them and the figure is a common one
    bias: float = -0.6
    # how often two values of a family are about one thing: percentages seldom are
    family_prior: tuple[tuple[str, float], ...] = (
        ("percent", -1.1), ("money", 1.2), ("amount", -0.2), ("count", 0.2), ("age", 0.2))
    same_article: float = 0.5  # two mentions in one article: a repetition, or a list
    threshold: float = 0.0  # average log-odds a merged group must keep
    conflict_threshold: float = 1.0  # log-odds from the context alone to join differing values
    conflict_ratio: float = 1.4  # outlets that disagree seldom differ by more (600 vs 751)


def compatible(a: Quantity, b: Quantity) -> bool:
    if a.family != b.family:
        return frozenset({a.family, b.family}) in COMPATIBLE
    if a.family == "money":
        return a.unit == b.unit
    return True


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _value_score(a: Mention, b: Mention) -> float:
    """+1 for values that say the same, 0 when one is much vaguer, down to -2 when far."""
    x, y = a.quantity, b.quantity
    kind = relation(x, y)
    if kind == "disjoint":
        return -min(2.0, math.log(ratio(x, y)) / math.log(1.5))
    if kind == "vaguer" or "vague" in (x.precision, y.precision):
        return 0.0
    agreement = min(_specificity(x), _specificity(y))
    if _noun_score(a, b) < 0:
        return 0.25 * agreement  # "90 chefs d'Etat", "une centaine d'athlètes"
    return 0.5 + 0.5 * agreement


GENERIC_NOUNS = frozenset(concept(w) for w in ("personnes", "gens", "individus"))


def _noun_score(a: Mention, b: Mention) -> float:
    """+1 for counts of the same thing ("trois Américains", "trois otages américains"),
    -1 for another thing; "personnes" may be anyone."""
    x, y = a.quantity, b.quantity
    if x.family != "count" or y.family != "count" or not x.unit or not y.unit:
        return 0.0
    if x.unit.startswith("autres") != y.unit.startswith("autres"):
        return -1.0  # "14 autres otages" and "15 otages" count different sets
    if a.counted & b.counted:
        return 1.0
    return 0.0 if (a.counted | b.counted) & GENERIC_NOUNS else -1.0


def _specificity(quantity: Quantity) -> float:
    """How telling it is to find the same figure twice: 751 more than 3, 2,5 more than 40."""
    value = quantity.figure
    if not value or quantity.precision == "vague":
        return 0.0
    digits = f"{abs(value) / quantity.step:.6g}" if quantity.step > 0 else f"{abs(value):.6g}"
    significant = len(digits.replace(".", "").strip("0"))
    return min(1.0, 0.4 * max(1, significant))


def _same_figure(a: Mention, b: Mention) -> float:
    x, y = a.quantity, b.quantity
    if (x.low, x.high, x.base) != (y.low, y.high, y.base) or x.precision == "vague":
        return 0.0
    if _noun_score(a, b) < 0:
        return 0.0  # "trois traders", "trois dirigeants": the figure alone says nothing
    return _specificity(x)


def _unrelated(a: Mention, b: Mention, semantic: float | None) -> bool:
    """No shared anchor, few shared words, unlike sentences, and a figure as common as
    "trois" or "40 %": two such values are about the same thing by chance only."""
    if a.anchors & b.anchors or _jaccard(a.window, b.window) >= 0.1 or (semantic or 0) >= 0.35:
        return False
    return _same_figure(a, b) < 0.8


def context_score(a: Mention, b: Mention, semantic: float | None,
                  weights: AlignWeights) -> float:
    """Log-odds from what surrounds two compatible quantities, their values aside."""
    w = weights
    priors = dict(w.family_prior)
    score = w.bias + w.anchor * _overlap(a.anchors, b.anchors)
    score += max(priors.get(a.quantity.family, 0.0), priors.get(b.quantity.family, 0.0))
    score += w.window * _jaccard(a.window, b.window)
    score += w.semantic * (semantic or 0.0)
    if a.owner and b.owner:
        score += w.owner if a.owner == b.owner else -w.owner
    score += w.noun * _noun_score(a, b)
    if _unrelated(a, b, semantic):
        score -= w.unrelated
    if a.narrowing != b.narrowing:
        score -= w.narrowing
    if a.article == b.article:
        score -= w.same_article
    return score


def value_score(a: Mention, b: Mention, weights: AlignWeights) -> float:
    """Log-odds from the values: the same figure twice says a lot, far values say no."""
    return weights.value * _value_score(a, b) + weights.same_figure * _same_figure(a, b)


def embed(mentions: Sequence[Mention], encoder: Encoder | None) -> Matrix | None:
    """One vector per mention: the words around it, the quantity itself left out."""
    if encoder is None or not mentions:
        return None
    texts = list(dict.fromkeys(m.text_around for m in mentions))  # wire copy repeats itself
    vectors = encoder.encode(texts)
    row = {text: n for n, text in enumerate(texts)}
    return vectors[[row[m.text_around] for m in mentions]]


def _listed(a: Mention, b: Mention) -> bool:
    """Two different values in one sentence are a list ("3 milliards pour le Crédit
    agricole, 2,55 milliards pour BNP Paribas"), never one fact."""
    return a.sentence is b.sentence and relation(a.quantity, b.quantity) == "disjoint"


@dataclass(frozen=True, slots=True)
class Scores:
    """Pairwise log-odds: with the values (to group), and without them (to find conflicts)."""

    full: Matrix
    context: Matrix


def score_matrices(mentions: Sequence[Mention], vectors: Matrix | None,
                   weights: AlignWeights) -> Scores:
    n = len(mentions)
    full = np.full((n, n), NEVER, dtype=np.float64)
    context = np.full((n, n), NEVER, dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            if not compatible(a.quantity, b.quantity) or _listed(a, b):
                continue
            semantic = float(vectors[i] @ vectors[j]) if vectors is not None else None
            around = context_score(a, b, semantic, weights)
            full[i, j] = full[j, i] = around + value_score(a, b, weights)
            if ratio(a.quantity, b.quantity) <= weights.conflict_ratio:
                context[i, j] = context[j, i] = around
    return Scores(full.astype(np.float32), context.astype(np.float32))


def average_linkage(scores: Matrix, threshold: float) -> list[list[int]]:
    """Merge the two groups of highest average pair score while it stays above threshold."""
    groups: dict[int, list[int]] = {i: [i] for i in range(len(scores))}
    sums = scores.astype(np.float64).copy()
    np.fill_diagonal(sums, NEVER)
    while len(groups) > 1:
        keys = list(groups)
        sizes = np.array([len(groups[k]) for k in keys], dtype=np.float64)
        block = sums[np.ix_(keys, keys)] / np.outer(sizes, sizes)
        np.fill_diagonal(block, -np.inf)
        row, column = np.unravel_index(int(np.argmax(block)), block.shape)
        if block[row, column] < threshold:
            break
        keep, gone = keys[int(row)], keys[int(column)]
        groups[keep] += groups.pop(gone)
        sums[keep, :] += sums[gone, :]
        sums[:, keep] += sums[:, gone]
        sums[keep, keep] = NEVER
    return list(groups.values())


def _best_matches(block: Matrix) -> float:
    """Mean, over the smaller group's members, of each one's best score in the other group."""
    if block.min() <= NEVER / 2:
        return NEVER
    best = block.max(axis=1) if block.shape[0] <= block.shape[1] else block.max(axis=0)
    return float(best.mean())


def join_differing(scores: Matrix, threshold: float,
                   groups: list[list[int]]) -> list[list[int]]:
    """Join groups that read alike though their values differ: the conflicts.

    Each member of the smaller group must resemble some member of the other (a large group
    worded many ways is not held back by its least similar wording, and one lucky pair is
    not enough)."""
    groups = [list(g) for g in groups]
    while len(groups) > 1:
        best, pair = threshold, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                score = _best_matches(scores[np.ix_(groups[a], groups[b])])
                if score >= best:
                    best, pair = score, (a, b)
        if pair is None:
            break
        groups[pair[0]] += groups.pop(pair[1])
    return groups


def status_of(mentions: Sequence[Mention]) -> FactStatus:
    """conflict: two outlets' values cannot both hold; less_precise: one is much vaguer."""
    if len({m.article for m in mentions}) < 2:
        return "single"
    relations = {relation(a.quantity, b.quantity) for i, a in enumerate(mentions)
                 for b in mentions[i + 1:] if a.article != b.article}
    if "disjoint" in relations:
        return "conflict"
    return "less_precise" if "vaguer" in relations else "agree"


def group_mentions(mentions: Sequence[Mention], encoder: Encoder | None = None,
                   weights: AlignWeights | None = None) -> list[list[Mention]]:
    """Groups of mentions about one thing, each in article then text order."""
    weights = weights or AlignWeights()
    scores = score_matrices(mentions, embed(mentions, encoder), weights)
    groups = average_linkage(scores.full, weights.threshold)
    groups = join_differing(scores.context, weights.conflict_threshold, groups)
    return [sorted((mentions[i] for i in group), key=lambda m: (m.article, m.quantity.start))
            for group in groups]
