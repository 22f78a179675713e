"""Shared copy between the articles of one story: near-duplicate sentences, verified.

The LSH clusters of `nearduplicates` propose sentences that look alike; each proposed
pair is then checked word by word. The rule a reader can check by eye (and the one the
gold set `tests/gold/origins.jsonl` is annotated with): two articles share copy when they
have one run of at least 15 identical words outside quotation marks, or at least two
sentences reproduced verbatim or lightly edited. Quotations do not count: everybody
quotes a public statement in the same words; a desk's own sentences are what gets copied.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.nlp import Analysis
from recoupe.origins.nearduplicates import (
    CopyRule,
    LSHSettings,
    Passage,
    PassageIndex,
    ShingleHasher,
    passage,
)

# Two sentences are "the same sentence, lightly edited" above this Jaccard similarity of
# their word 3-shingles (one word in eight changed keeps about half of the shingles).
SAME_SENTENCE = 0.4
# A story has a few thousand sentences at most: twice the permutations and a lower
# threshold cost nothing there, and every shared sentence counts as evidence (a sentence
# at Jaccard 0.4 is found with probability 0.94 instead of 0.75 with the defaults).
STORY_LSH = LSHSettings(num_perm=128, threshold=0.3, verify=0.2)


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


def _candidate_pairs(passages: Sequence[Passage], labels: Sequence[int]
                     ) -> list[tuple[Passage, Passage]]:
    members: dict[int, list[Passage]] = defaultdict(list)
    for item, label in zip(passages, labels, strict=True):
        members[label].append(item)
    pairs = []
    for group in members.values():
        for i, first in enumerate(group):
            pairs += [(first, other) for other in group[i + 1:] if other.article != first.article]
    return pairs


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


def shared_passages(analyses: Sequence[Analysis], settings: LSHSettings | None = None
                    ) -> dict[tuple[int, int], list[SharedPassage]]:
    """Verified shared sentences for each pair of articles (indices, smaller first)."""
    index = PassageIndex(settings or STORY_LSH)
    index.add(story_passages(analyses))
    hasher = ShingleHasher(index.settings.shingle)
    found: dict[tuple[int, int], list[SharedPassage]] = defaultdict(list)
    candidates = _candidate_pairs(index.passages, index.clusters().tolist())
    candidates += _long_runs(story_passages(analyses), CopyRule().long_run)
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
