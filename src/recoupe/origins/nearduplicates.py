"""Near-duplicate passages across articles: MinHash over word shingles, LSH banding.

Wire copy survives reprinting sentence by sentence: an outlet retitles, cuts, reorders and
edits a word here and there, but most sentences stay verbatim or nearly so. Sentences are
therefore the unit: each becomes the set of its word 3-shingles, summarised by a MinHash
signature (datasketch's `affine32` scheme and permutations, so signatures equal
`datasketch.MinHash` ones), and LSH banding with the (bands, rows) that datasketch's
`MinHashLSH` chooses for the threshold proposes candidate pairs.

Why not `MinHashLSH` itself: its dict-of-sets tables cost ~3 kB per sentence, so 100,000
articles (2.5 M sentences) would not fit in 4 GB. Here hashing is vectorised with numpy
(one matrix product per batch of sentences) and each band is a sort of 64-bit band keys;
candidates are verified against their bucket's first member with the signature's Jaccard
estimate, and connected components give clusters of near-duplicate passages.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from recoupe.nlp.quotemarks import quote_regions

Hashes = NDArray[np.uint32]
Labels = NDArray[np.int64]

TOKEN = re.compile(r"[^\W_]+")
# Distinct odd multipliers: a shingle's hash depends on the order of its words.
_SHINGLE_MULTIPLIERS = (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1)
_BAND_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                              0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class LSHSettings:
    """How near two passages must be to count as one, and how the index finds them.

    `threshold` is the Jaccard similarity of word 3-shingles the banding aims at: a
    sentence with one word in eight changed keeps about half of its shingles. Recall is
    weighted over precision (0.3 / 0.7) because every candidate is verified afterwards.
    """

    num_perm: int = 64
    threshold: float = 0.4
    weights: tuple[float, float] = (0.3, 0.7)
    verify: float = 0.3  # estimated Jaccard a candidate needs to join its bucket's cluster
    shingle: int = 3
    min_tokens: int = 6  # shorter sentences ("Il a démenti.") are everybody's words
    seed: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.shingle <= len(_SHINGLE_MULTIPLIERS):
            raise ValueError(f"shingle must be between 1 and {len(_SHINGLE_MULTIPLIERS)}")
        if self.min_tokens < self.shingle:
            raise ValueError("min_tokens must be at least the shingle size")

    def bands(self) -> tuple[int, int]:
        """(bands, rows per band), as datasketch's MinHashLSH optimises them."""
        lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=self.weights)
        return lsh.b, lsh.r


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of an article: `text[start:end]`, its words and which are quoted."""

    article: int  # index of the article among those indexed together
    start: int
    end: int
    tokens: tuple[str, ...]  # lower-cased words
    quoted: tuple[bool, ...]  # the word lies inside quotation marks

    @property
    def narrative(self) -> int:
        """Words outside quotation marks: what a desk wrote, not what a speaker said."""
        return len(self.quoted) - sum(self.quoted)


def passage(article: int, text: str, start: int, end: int) -> Passage:
    """The passage `text[start:end]` with its words and their quotation status."""
    chunk = text[start:end]
    regions = quote_regions(chunk)
    tokens, quoted = [], []
    for match in TOKEN.finditer(chunk):
        tokens.append(match.group().lower())
        quoted.append(any(s < match.start() < e for s, e in regions))
    return Passage(article, start, end, tuple(tokens), tuple(quoted))


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s»”\"]*\s+(?=[«“\"A-ZÀ-Ý0-9])|\n+")


def split_passages(article: int, text: str) -> list[Passage]:
    """Sentences of a plain text, cut at final punctuation and line breaks.

    For texts that did not go through spaCy (the benchmark, streams); briefs use the
    sentences of `recoupe.nlp` instead.
    """
    found, start = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            found.append(passage(article, text, start + lead, start + lead + len(piece.strip())))
        start = match.end() if match else len(text)
    return found


@dataclass(slots=True)
class ShingleHasher:
    """Stable 32-bit hashes of word shingles (CRC-32 of words, so runs are reproducible)."""

    size: int = 3
    _words: dict[str, int] = field(default_factory=dict)

    def word_ids(self, tokens: Sequence[str]) -> NDArray[np.uint32]:
        cache = self._words
        for token in set(tokens).difference(cache):
            cache[token] = zlib.crc32(token.encode("utf-8"))
        return np.fromiter((cache[t] for t in tokens), dtype=np.uint32, count=len(tokens))

    def hashes(self, tokens: Sequence[str]) -> Hashes:
        ids = self.word_ids(tokens)
        count = len(ids) - self.size + 1
        if count <= 0:
            return np.zeros(0, dtype=np.uint32)
        mixed = np.zeros(count, dtype=np.uint32)
        for offset in range(self.size):
            mixed ^= ids[offset:offset + count] * np.uint32(_SHINGLE_MULTIPLIERS[offset])
        return np.unique(mixed)


def _fmix32(values: Hashes) -> Hashes:
    """MurmurHash3's finaliser, which datasketch's affine32 scheme applies to inputs."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


class MinHasher:
    """MinHash signatures of many shingle sets at once, equal to datasketch's."""

    def __init__(self, settings: LSHSettings) -> None:
        reference = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme="affine32")
        self.a = np.asarray(reference.permutations[0], dtype=np.uint32)
        self.b = np.asarray(reference.permutations[1], dtype=np.uint32)

    def signatures(self, sets: Sequence[Hashes], batch: int = 200_000) -> NDArray[np.uint32]:
        """One row per non-empty set; rows are computed in batches of ~`batch` shingles."""
        rows: list[NDArray[np.uint32]] = []
        start = 0
        while start < len(sets):
            stop, size = start, 0
            while stop < len(sets) and (size == 0 or size + len(sets[stop]) <= batch):
                size += len(sets[stop])
                stop += 1
            rows.append(self._batch(sets[start:stop]))
            start = stop
        if not rows:
            return np.zeros((0, len(self.a)), dtype=np.uint32)
        return np.concatenate(rows)

    def _batch(self, sets: Sequence[Hashes]) -> NDArray[np.uint32]:
        lengths = np.array([len(s) for s in sets])
        if (lengths == 0).any():
            raise ValueError("cannot sign an empty shingle set")
        values = _fmix32(np.concatenate(sets))
        permuted = values[:, None] * self.a[None, :] + self.b[None, :]
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        signed: NDArray[np.uint32] = np.minimum.reduceat(permuted, offsets, axis=0)
        return signed


def _band_keys(signatures: NDArray[np.uint32], start: int, rows: int) -> NDArray[np.uint64]:
    keys = np.zeros(len(signatures), dtype=np.uint64)
    for row in range(rows):
        column = signatures[:, start + row].astype(np.uint64)
        keys = (keys ^ column) * _BAND_MULTIPLIERS[row % len(_BAND_MULTIPLIERS)]
    return keys


def _band_edges(signatures: NDArray[np.uint32], start: int, rows: int,
                verify: float) -> tuple[Labels, Labels]:
    """Members of each band bucket joined to the bucket's first member, when close enough."""
    keys = _band_keys(signatures, start, rows)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    new_bucket = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    first = order[np.maximum.accumulate(np.where(new_bucket, np.arange(len(order)), 0))]
    members, heads = order[~new_bucket], first[~new_bucket]
    if len(members) == 0:
        return members, heads
    agreement = (signatures[members] == signatures[heads]).mean(axis=1)
    keep = agreement >= verify
    return members[keep], heads[keep]


def cluster_signatures(signatures: NDArray[np.uint32], settings: LSHSettings) -> Labels:
    """A cluster label per signature row: rows linked through near-duplicate candidates."""
    count = len(signatures)
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    bands, rows = settings.bands()
    sources, targets = [np.arange(count)], [np.arange(count)]
    for band in range(bands):
        members, heads = _band_edges(signatures, band * rows, rows, settings.verify)
        sources.append(members)
        targets.append(heads)
    return _components(count, np.concatenate(sources), np.concatenate(targets))


@dataclass(slots=True)
class PassageIndex:
    """Passages of many articles, signed as they come, clustered at the end.

    With `keep=False` only each passage's article and narrative length are kept (what
    `copy_clusters` needs), so that millions of passages fit in memory.
    """

    settings: LSHSettings = field(default_factory=LSHSettings)
    keep: bool = True
    passages: list[Passage] = field(default_factory=list)
    _hasher: ShingleHasher = field(init=False)
    _minhasher: MinHasher = field(init=False)
    _signatures: list[NDArray[np.uint32]] = field(default_factory=list)
    _articles: list[NDArray[np.int64]] = field(default_factory=list)
    _narrative: list[NDArray[np.int64]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._hasher = ShingleHasher(self.settings.shingle)
        self._minhasher = MinHasher(self.settings)

    def add(self, passages: Iterable[Passage]) -> None:
        """Index the passages long enough to be evidence of copy."""
        kept = [p for p in passages if len(p.tokens) >= self.settings.min_tokens]
        sets = [self._hasher.hashes(p.tokens) for p in kept]
        self._signatures.append(self._minhasher.signatures(sets))
        self._articles.append(np.array([p.article for p in kept], dtype=np.int64))
        self._narrative.append(np.array([p.narrative for p in kept], dtype=np.int64))
        if self.keep:
            self.passages += kept

    def signatures(self) -> NDArray[np.uint32]:
        if not self._signatures:
            return np.zeros((0, self.settings.num_perm), dtype=np.uint32)
        return np.concatenate(self._signatures)

    def articles(self) -> Labels:
        """The article of each indexed passage."""
        return np.concatenate(self._articles) if self._articles else np.zeros(0, np.int64)

    def narrative(self) -> Labels:
        return np.concatenate(self._narrative) if self._narrative else np.zeros(0, np.int64)

    def clusters(self) -> Labels:
        """A cluster label per indexed passage, in the order they were added."""
        return cluster_signatures(self.signatures(), self.settings)


@dataclass(frozen=True, slots=True)
class CopyRule:
    """When shared passages make two articles copies of one text (see `evidence`)."""

    long_run: int = 15  # one shared passage with this many narrative words is enough
    short: int = 8  # otherwise two shared passages of at least this many narrative words


def _components(count: int, source: Labels, target: Labels) -> Labels:
    graph = coo_matrix((np.ones(len(source), dtype=np.int8), (source, target)),
                       shape=(count, count)).tocsr()
    _, labels = connected_components(graph, directed=False)
    components: Labels = np.asarray(labels, dtype=np.int64)
    return components


def copy_clusters(index: PassageIndex, article_count: int, rule: CopyRule | None = None
                  ) -> Labels:
    """A label per article: articles joined when they share near-duplicate passages.

    The scalable approximation of the pairwise rule: each passage is compared with the
    first passage of its cluster, and a passage's own narrative length stands for the
    length of the shared run.
    """
    rule = rule or CopyRule()
    labels, owners, narrative = index.clusters(), index.articles(), index.narrative()
    if len(labels) == 0:
        return np.arange(article_count, dtype=np.int64)
    _, first = np.unique(labels, return_index=True)
    heads = owners[first[labels]]
    cross = owners != heads
    long_copy = cross & (narrative >= rule.long_run)
    shorter = cross & (narrative >= rule.short)
    codes = owners[shorter] * article_count + heads[shorter]
    pairs, counts = np.unique(codes, return_counts=True)
    repeated = pairs[counts >= 2]
    identity = np.arange(article_count)
    source = np.concatenate((identity, owners[long_copy], repeated // article_count))
    target = np.concatenate((identity, heads[long_copy], repeated % article_count))
    return _components(article_count, source, target)
