"""Shared copy between the articles of one story: near-duplicate sentences, verified.

Within one story every pair of sentences sharing enough word 3-shingles is found exactly,
through an inverted index of shingles (a story has a few thousand sentences at most;
MinHash LSH, in `nearduplicates`, is for the stream, where pairs cannot be enumerated);
each pair is then checked word by word. The rule a reader can check by eye (and the one the
gold set `tests/gold/origins.jsonl` is annotated with): two articles share copy when they
have one run of at least 15 identical words outside quotation marks, or at least two
sentences reproduced verbatim or lightly edited. Quotations do not count: everybody
quotes a public statement in the same words; a desk's own sentences are what gets copied.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.nlp import Analysis
from recoupe.origins.nearduplicates import (
    CopyRule,
    LSHSettings,
    Passage,
    ShingleHasher,
    passage,
)

# Two sentences are "the same sentence, lightly edited" above this Jaccard similarity of
# their word 3-shingles (one word in eight changed keeps about half of the shingles).
SAME_SENTENCE = 0.4
MIN_TOKENS = LSHSettings().min_tokens  # shorter sentences are everybody's words


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A sentence of article `a` found again, verbatim or edited, in article `b`."""

    a: Passage
    b: Passage
    run: int  # longest run of identical words outside quotation marks
    similarity: float  # Jaccard similarity of word 3-shingles

    def counts(self, rule: CopyRule) -> bool:
        """A copied sentence of the desk's own words, not a shared quotation."""
        return (self.similarity >= SAME_SENTENCE
                and min(self.a.narrative, self.b.narrative) >= rule.short)


def narrative_run(a: Passage, b: Passage) -> int:
    """Longest run of identical words, quoted words never matching."""
    left = [f"\x00{i}" if q else t
            for i, (t, q) in enumerate(zip(a.tokens, a.quoted, strict=True))]
    right = [f"\x01{i}" if q else t
             for i, (t, q) in enumerate(zip(b.tokens, b.quoted, strict=True))]
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    return matcher.find_longest_match(0, len(left), 0, len(right)).size


def _similarity(a: Passage, b: Passage, hasher: ShingleHasher) -> float:
    sa, sb = set(hasher.hashes(a.tokens).tolist()), set(hasher.hashes(b.tokens).tolist())
    return len(sa & sb) / max(1, len(sa | sb))


def story_passages(analyses: Sequence[Analysis]) -> list[Passage]:
    """The body sentences of each article (headings left out: titles are rewritten)."""
    return [passage(i, a.article.text, s.start, s.end)
            for i, a in enumerate(analyses) for s in a.sentences if not s.heading]


def _similar_pairs(passages: Sequence[Passage], hasher: ShingleHasher, threshold: float
                   ) -> list[tuple[Passage, Passage]]:
    """Every pair of passages of different articles whose shingle Jaccard similarity
    reaches `threshold`, counting shared shingles through an inverted index."""
    kept = [p for p in passages if len(p.tokens) >= MIN_TOKENS]
    shingles = [set(hasher.hashes(p.tokens).tolist()) for p in kept]
    postings: dict[int, list[int]] = defaultdict(list)
    for number, hashes in enumerate(shingles):
        for value in hashes:
            postings[value].append(number)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        for i, first in enumerate(members):
            shared.update((first, other) for other in members[i + 1:]
                          if kept[other].article != kept[first].article)
    return [(kept[a], kept[b]) for (a, b), common in sorted(shared.items())
            if common / (len(shingles[a]) + len(shingles[b]) - common) >= threshold]


def _long_runs(passages: Sequence[Passage], length: int) -> list[tuple[Passage, Passage]]:
    """Pairs of passages of different articles that share `length` narrative words in a
    row: the rule itself, exactly, for runs inside sentences that differ otherwise (which
    MinHash, measuring whole sentences, would not propose)."""
    seen: dict[tuple[str, ...], list[Passage]] = defaultdict(list)
    for item in passages:
        # A quoted word becomes a marker no other word equals: runs stop at quotations.
        words = [f"\x00{i}" if q else t
                 for i, (t, q) in enumerate(zip(item.tokens, item.quoted, strict=True))]
        grams = {tuple(words[i:i + length]) for i in range(len(words) - length + 1)}
        for gram in grams:
            if not any(w.startswith("\x00") for w in gram):
                seen[gram].append(item)
    pairs: set[tuple[Passage, Passage]] = set()
    for group in seen.values():
        for i, first in enumerate(group):
            pairs.update((first, other) for other in group[i + 1:]
                         if other.article != first.article)
    return sorted(pairs, key=lambda p: (p[0].article, p[0].start, p[1].article, p[1].start))


def shared_passages(analyses: Sequence[Analysis]) -> dict[tuple[int, int], list[SharedPassage]]:
    """Verified shared sentences for each pair of articles (indices, smaller first)."""
    passages = story_passages(analyses)
    hasher = ShingleHasher(LSHSettings().shingle)
    found: dict[tuple[int, int], list[SharedPassage]] = defaultdict(list)
    candidates = _similar_pairs(passages, hasher, SAME_SENTENCE)
    candidates += _long_runs(passages, CopyRule().long_run)
    for a, b in candidates:
        if a.article > b.article:
            a, b = b, a
        shared = SharedPassage(a, b, narrative_run(a, b), _similarity(a, b, hasher))
        if shared.similarity >= SAME_SENTENCE or shared.run >= CopyRule().long_run:
            found[(a.article, b.article)].append(shared)
    return {pair: _one_per_sentence(items) for pair, items in sorted(found.items())}


def _one_per_sentence(items: list[SharedPassage]) -> list[SharedPassage]:
    """Keep each sentence in its best pairing only (a repeated lead must not count twice)."""
    best: list[SharedPassage] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for item in sorted(items, key=lambda s: (-s.run, -s.similarity, s.a.start, s.b.start)):
        if item.a.start not in used_a and item.b.start not in used_b:
            best.append(item)
            used_a.add(item.a.start)
            used_b.add(item.b.start)
    return sorted(best, key=lambda s: s.a.start)


def is_copy(shared: Sequence[SharedPassage], rule: CopyRule | None = None) -> bool:
    """The rule: one long identical run, or two sentences of copy."""
    rule = rule or CopyRule()
    return (any(s.run >= rule.long_run for s in shared)
            or sum(s.counts(rule) for s in shared) >= 2)
