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

import bisect
import itertools
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from recoupe.nlp.quotemarks import quote_regions

Hashes = NDArray[np.uint32]
Labels = NDArray[np.int64]
Rows = NDArray[np.int32]

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
        from datasketch import MinHashLSH  # on use: it imports scipy.integrate (~0.7 s)

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


def _words_between(article: int, lowered: str, start: int, end: int,
                   bounds: Sequence[int]) -> Passage:
    """The passage `[start, end)`; `bounds` are the sorted edges of quoted regions."""
    first, last = bisect.bisect_right(bounds, start), bisect.bisect_left(bounds, end)
    if first == last:  # no quotation mark inside: the common case, no per-word work
        tokens = tuple(TOKEN.findall(lowered, start, end))
        return Passage(article, start, end, tokens, (first % 2 == 1,) * len(tokens))
    words: list[str] = []
    quoted: list[bool] = []
    edges = [start, *bounds[first:last], end]
    for number, (left, right) in enumerate(itertools.pairwise(edges), start=first):
        found = TOKEN.findall(lowered, left, right)
        words += found
        quoted += [number % 2 == 1] * len(found)
    return Passage(article, start, end, tuple(words), tuple(quoted))


def _lowered(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text  # rare letters change length


def passage(article: int, text: str, start: int, end: int) -> Passage:
    """The passage `text[start:end]` with its words and their quotation status."""
    bounds = [start + b for region in quote_regions(text[start:end]) for b in region]
    return _words_between(article, _lowered(text), start, end, bounds)


def _quote_bounds(text: str) -> list[int]:
    """Edges of the quoted regions of each line (a stray mark never spans two lines)."""
    bounds: list[int] = []
    offset = 0
    for line in text.split("\n"):
        if _QUOTE_MARK.search(line):
            bounds += [offset + b for region in quote_regions(line) for b in region]
        offset += len(line) + 1
    return bounds


_QUOTE_MARK = re.compile(r"[«»“”„\"‹›]")
# The final mark stays with its sentence (see `split_passages`); no look-behind: faster.
_SENTENCE_END = re.compile(r"[.!?…][\s»”\"]*\s+(?=[«“\"A-ZÀ-Ý0-9])|\n+")


def split_passages(article: int, text: str) -> list[Passage]:
    """Sentences of a plain text, cut at final punctuation and line breaks.

    For texts that did not go through spaCy (the benchmark, streams); briefs use the
    sentences of `recoupe.nlp` instead.
    """
    lowered, bounds = _lowered(text), _quote_bounds(text)
    found, start = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = (match.start() + (text[match.start()] != "\n")) if match else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = start + len(piece) - len(piece.lstrip())
            found.append(_words_between(article, lowered, lead, lead + len(stripped), bounds))
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
        """The shingle hashes of one passage (duplicates kept: they do not change a min)."""
        flat, _ = self.batch([tokens])
        return flat

    def batch(self, passages: Sequence[Sequence[str]]) -> tuple[Hashes, NDArray[np.int64]]:
        """Shingle hashes of many passages, flat, and how many belong to each passage.

        All the passages' words are hashed in one array; shingles that would straddle two
        passages are dropped. Passages need at least `size` words.
        """
        lengths = np.array([len(p) for p in passages], dtype=np.int64)
        if (lengths < self.size).any():
            raise ValueError(f"a passage needs at least {self.size} words")
        ids = self.word_ids([t for p in passages for t in p])
        padded = np.concatenate((ids, np.zeros(self.size - 1, dtype=np.uint32)))
        mixed = np.zeros(len(ids), dtype=np.uint32)
        for offset in range(self.size):
            mixed ^= padded[offset:offset + len(ids)] * np.uint32(_SHINGLE_MULTIPLIERS[offset])
        ends = np.cumsum(lengths)
        valid = np.ones(len(ids), dtype=bool)
        for back in range(1, self.size):
            valid[ends - back] = False
        return mixed[valid], lengths - self.size + 1


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
        from datasketch import MinHash  # on use: it imports scipy.integrate (~0.7 s)

        reference = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme="affine32")
        self.a = np.asarray(reference.permutations[0], dtype=np.uint32)
        self.b = np.asarray(reference.permutations[1], dtype=np.uint32)

    def signatures(self, sets: Sequence[Hashes]) -> NDArray[np.uint32]:
        """One row per (non-empty) set."""
        counts = np.array([len(s) for s in sets], dtype=np.int64)
        flat = np.concatenate(sets) if sets else np.zeros(0, dtype=np.uint32)
        return self.signed(flat, counts)

    def signed(self, flat: Hashes, counts: NDArray[np.int64], batch: int = 200_000
               ) -> NDArray[np.uint32]:
        """Signatures of consecutive sets of `flat` (`counts` hashes each), by batches."""
        if (counts <= 0).any():
            raise ValueError("cannot sign an empty shingle set")
        rows = [np.zeros((0, len(self.a)), dtype=np.uint32)]
        ends = np.cumsum(counts)
        first = 0
        while first < len(counts):
            start = ends[first - 1] if first else 0
            last = max(first + 1, int(np.searchsorted(ends, start + batch, side="right")))
            rows.append(self._batch(flat[start:ends[last - 1]], counts[first:last]))
            first = last
        return np.concatenate(rows)

    def _batch(self, values: Hashes, counts: NDArray[np.int64]) -> NDArray[np.uint32]:
        # Permutations by rows: reduceat along contiguous memory is 4x faster.
        permuted = self.a[:, None] * _fmix32(values)[None, :] + self.b[:, None]
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        signed: NDArray[np.uint32] = np.minimum.reduceat(permuted, offsets, axis=1).T
        return np.ascontiguousarray(signed)


def _band_keys(signatures: NDArray[np.uint32], start: int, rows: int) -> NDArray[np.uint64]:
    keys = np.zeros(len(signatures), dtype=np.uint64)
    for row in range(rows):
        column = signatures[:, start + row].astype(np.uint64)
        keys = (keys ^ column) * _BAND_MULTIPLIERS[row % len(_BAND_MULTIPLIERS)]
    return keys


def _band_edges(signatures: NDArray[np.uint32], start: int, rows: int,
                verify: float) -> tuple[Rows, Rows]:
    """Members of each band bucket joined to the bucket's first member, when close enough."""
    keys = _band_keys(signatures, start, rows)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    new_bucket = np.concatenate(([True], ordered[1:] != ordered[:-1]))
    first = order[np.maximum.accumulate(np.where(new_bucket, np.arange(len(order)), 0))]
    members, heads = order[~new_bucket], first[~new_bucket]
    agreement = (signatures[members] == signatures[heads]).mean(axis=1)
    keep = agreement >= verify
    # int32 rows: 21 bands of edges over millions of passages stay small.
    return members[keep].astype(np.int32), heads[keep].astype(np.int32)


def cluster_signatures(signatures: NDArray[np.uint32], settings: LSHSettings) -> Labels:
    """A cluster label per signature row: rows linked through near-duplicate candidates."""
    count = len(signatures)
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    bands, rows = settings.bands()
    sources, targets = [np.arange(count, dtype=np.int32)], [np.arange(count, dtype=np.int32)]
    for band in range(bands):
        members, heads = _band_edges(signatures, band * rows, rows, settings.verify)
        sources.append(members)
        targets.append(heads)
    return _components(count, np.concatenate(sources), np.concatenate(targets))


@dataclass(frozen=True, slots=True)
class SignedPassages:
    """What the index keeps of passages: signature, article, narrative length."""

    signatures: NDArray[np.uint32]
    articles: Labels
    narrative: Labels


def sign_texts(texts: Sequence[str], first: int = 0, settings: LSHSettings | None = None
               ) -> SignedPassages:
    """Split plain texts (articles `first`, `first + 1`, …) into passages and sign them.

    A pure function of its arguments (hashes are CRC-based, not salted per process), so
    batches can be signed in worker processes and `PassageIndex.extend`-ed in order.
    """
    index = PassageIndex(settings or LSHSettings(), keep=False)
    index.add(p for number, text in enumerate(texts, start=first)
              for p in split_passages(number, text))
    return SignedPassages(index.signatures(), index.articles(), index.narrative())


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
        flat, counts = self._hasher.batch([p.tokens for p in kept])
        self._signatures.append(self._minhasher.signed(flat, counts))
        self._articles.append(np.array([p.article for p in kept], dtype=np.int64))
        self._narrative.append(np.array([p.narrative for p in kept], dtype=np.int64))
        if self.keep:
            self.passages += kept

    def extend(self, signed: SignedPassages) -> None:
        """Add passages signed elsewhere (`sign_texts`, e.g. in a worker process)."""
        self._signatures.append(signed.signatures)
        self._articles.append(signed.articles)
        self._narrative.append(signed.narrative)

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
    similarity: float = 0.5  # estimated Jaccard to the cluster's head (scalable path only)


def _agreement(signatures: NDArray[np.uint32], other: Labels, chunk: int = 500_000
               ) -> NDArray[np.float64]:
    """Share of equal MinHash values between each row and row `other[i]`, by chunks."""
    parts = [(signatures[i:i + chunk] == signatures[other[i:i + chunk]]).mean(axis=1)
             for i in range(0, len(signatures), chunk)]
    return np.concatenate(parts) if parts else np.zeros(0)


def _components(count: int, source: Labels | Rows, target: Labels | Rows) -> Labels:
    from scipy.sparse import coo_matrix  # on use, like datasketch: stories never get here
    from scipy.sparse.csgraph import connected_components

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
    signatures = index.signatures()
    labels, owners, narrative = cluster_signatures(signatures, index.settings), \
        index.articles(), index.narrative()
    if len(labels) == 0:
        return np.arange(article_count, dtype=np.int64)
    _, first = np.unique(labels, return_index=True)
    head_rows = first[labels]
    heads = owners[head_rows]
    # Clusters chain: a passage counts only if it is itself close to the cluster's head.
    close = _agreement(signatures, head_rows) >= rule.similarity
    cross = (owners != heads) & close
    long_copy = cross & (narrative >= rule.long_run)
    shorter = cross & (narrative >= rule.short)
    codes = owners[shorter] * article_count + heads[shorter]
    pairs, counts = np.unique(codes, return_counts=True)
    repeated = pairs[counts >= 2]
    identity = np.arange(article_count)
    source = np.concatenate((identity, owners[long_copy], repeated // article_count))
    target = np.concatenate((identity, heads[long_copy], repeated % article_count))
    return _components(article_count, source, target)
