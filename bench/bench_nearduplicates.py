"""Benchmark near-duplicate detection (wire copy) on many synthetic article variants.

    .venv/bin/python bench/bench_nearduplicates.py [--articles 100000] [--unrelated 0.3]

Variants are generated at run time from a few real texts (the sample story, and the first
article of each RPM2 C1 cluster when ../shared is present; RPM2 texts are never written
anywhere): paragraphs truncated, shuffled, words edited, retitled, page furniture added.
The rest are unrelated texts drawn word by word from the same vocabulary. Articles stream
through `PassageIndex` in batches (sentences, shingles, MinHash signatures), then LSH
banding clusters the sentences and `copy_clusters` groups the articles.

Texts are generated in the main process while `--workers` processes split and sign them
(MinHash signatures are pure functions of the text, so batches can be signed anywhere);
the main process then clusters. Reported: articles/s over the whole run (generation
included), wall time, peak memory of the main process and of the largest worker
(`resource.getrusage`), and pairwise precision/recall of the article groups against the
generator's truth (variants of one base text belong together). Target: 100,000 articles
in under 5 minutes and 4 GB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from recoupe.origins.nearduplicates import (
    PassageIndex,
    SignedPassages,
    copy_clusters,
    sign_texts,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "vostochny-2023"
RPM2 = ROOT.parent / "shared" / "eval" / "rpm2-dev"
# 002 shares copy with 000 (both AP): keep one of them so that bases are independent.
SAMPLE_BASES = ("000_", "001_", "003_", "004_")
FURNITURE = ("Lire aussi : ", "A Lire Dans l'Actualité", "Partager cet article",
             "Abonnez-vous à notre newsletter", "(avec AFP)", "Publicité")


def base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))
             if p.name.startswith(SAMPLE_BASES)]
    if RPM2.exists():
        from recoupe.evaluation.rpm2 import load_clusters

        texts += [c.articles[0].text for c in load_clusters(RPM2) if c.slice == "C1"]
    return texts


@dataclass(slots=True)
class Generator:
    """Seeded variants of the bases, and unrelated texts from their vocabulary."""

    bases: list[list[str]]  # paragraphs of each base text
    words: list[str]
    cumulative: list[int]  # cumulative word counts, for weighted draws
    rng: random.Random

    @classmethod
    def of(cls, texts: Sequence[str], seed: int) -> Generator:
        counts = Counter(w for t in texts for w in t.split())
        words = sorted(counts)
        return cls([[p.strip() for p in t.split("\n") if p.strip()] for t in texts],
                   words, list(itertools.accumulate(counts[w] for w in words)),
                   random.Random(seed))

    def draw(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def phrase(self, low: int, high: int) -> str:
        return " ".join(self.draw(self.rng.randint(low, high)))

    def edit(self, paragraph: str) -> str:
        """About one word in fifteen replaced, dropped or doubled."""
        words = paragraph.split()
        for _ in range(len(words) // 15):
            at = self.rng.randrange(len(words))
            action = self.rng.random()
            if action < 0.5:
                words[at] = self.draw(1)[0]
            elif action < 0.8 and len(words) > 1:
                del words[at]
            else:
                words.insert(at, words[at])
        return " ".join(words)

    def variant(self, base: int) -> str:
        paragraphs = self.bases[base]
        keep = self.rng.randint(min(len(paragraphs), max(2, int(0.4 * len(paragraphs)))),
                                len(paragraphs))
        kept = [self.edit(p) if self.rng.random() < 0.5 else p for p in paragraphs[:keep]]
        if self.rng.random() < 0.3:
            head, tail = kept[:1], kept[1:]
            self.rng.shuffle(tail)
            kept = head + tail
        if self.rng.random() < 0.3:
            kept.insert(self.rng.randint(1, len(kept)), self.rng.choice(FURNITURE))
        return "\n\n".join([self.phrase(6, 12).capitalize(), *kept])

    def unrelated(self) -> str:
        sentences = [self.phrase(12, 25).capitalize() + "."
                     for _ in range(self.rng.randint(10, 30))]
        return "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))

    def articles(self, count: int, unrelated: float) -> Iterator[tuple[str, int]]:
        """(text, truth) pairs; truth is the base index, or a unique negative number."""
        for number in range(count):
            if self.rng.random() < unrelated:
                yield self.unrelated(), -1 - number
            else:
                base = self.rng.randrange(len(self.bases))
                yield self.variant(base), base


def _pairs(counts: np.ndarray) -> int:
    return int((counts * (counts - 1) // 2).sum())


def pairwise_scores(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Pairwise precision and recall from the contingency counts (no pair enumeration)."""
    _, cells = np.unique(np.stack([predicted, truth]), axis=1, return_counts=True)
    together = _pairs(cells)
    found = _pairs(np.unique(predicted, return_counts=True)[1])
    expected = _pairs(np.unique(truth, return_counts=True)[1])
    return together / max(1, found), together / max(1, expected)


def _chunks(generator: Generator, count: int, unrelated: float, batch: int,
            truth: list[int]) -> Iterator[tuple[list[str], int]]:
    """Batches of generated texts with the number of their first article."""
    stream = generator.articles(count, unrelated)
    for first in range(0, count, batch):
        chunk = [next(stream) for _ in range(min(batch, count - first))]
        truth += [label for _, label in chunk]
        yield [text for text, _ in chunk], first


def _sign(job: tuple[list[str], int]) -> SignedPassages:
    texts, first = job
    return sign_texts(texts, first)


def _peak_mb() -> tuple[int, int]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def run(count: int, unrelated: float, seed: int, batch: int, workers: int) -> dict[str, float]:
    """Generate and sign in `workers` processes (texts stream in), then cluster here."""
    generator = Generator.of(base_texts(), seed)
    index = PassageIndex(keep=False)
    truth: list[int] = []
    start = time.perf_counter()
    jobs = _chunks(generator, count, unrelated, batch, truth)
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for signed in pool.imap(_sign, jobs):
                index.extend(signed)
    else:
        for job in jobs:
            index.extend(_sign(job))
    signed_at = time.perf_counter()
    labels = copy_clusters(index, count)
    done = time.perf_counter()
    precision, recall = pairwise_scores(labels, np.array(truth))
    own, child = _peak_mb()
    return {"articles": count, "passages": len(index.articles()),
            "bases": len(generator.bases), "workers": workers,
            "generate_and_sign_seconds": round(signed_at - start, 1),
            "cluster_seconds": round(done - signed_at, 1),
            "articles_per_second": round(count / max(done - start, 1e-9)),
            "peak_memory_mb_main": own, "peak_memory_mb_worker": child,
            "groups": len(np.unique(labels)),
            "pair_precision": round(precision, 4), "pair_recall": round(recall, 4)}


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--unrelated", type=float, default=0.3,
                        help="share of unrelated texts (default 0.3)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--batch", type=int, default=2000, help="articles signed at a time")
    parser.add_argument("--workers", type=int, default=2, help="signing processes (default 2)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = run(args.articles, args.unrelated, args.seed, args.batch, args.workers)
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}  {value}")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
