"""Benchmark quote extraction: what it adds to the spaCy pass over the quote gold's articles.

Run with `.venv/bin/python bench/bench_quotes.py [--runs N]`. The texts are the sample story
and the RPM2 articles of `tests/gold/quotes.jsonl` (the sample alone if RPM2 is not beside
the project). In one process, on the same cleaned texts, each run times back to back:
  - the bare pass: `analyse` (spaCy `nlp.pipe` and sentence splitting);
  - quote extraction over those analyses, given the story's entities (the pipeline resolves
    them once for every stage): frames, speakers, roles, and the merge across articles by
    word overlap;
  - the merge's multilingual embeddings (mUSE), timed apart: the encoder is shared with the
    other stages and loaded once per process.
The issue's target is extraction / bare pass < 30%, from medians over the runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from recoupe.clean import clean_article
from recoupe.embeddings import MultilingualEncoder
from recoupe.entities import resolve_entities
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.ingest import read_sources
from recoupe.nlp import analyse
from recoupe.quotes import all_mentions, extract_quotes
from recoupe.records import Article

ROOT = Path(__file__).resolve().parent.parent
RPM2 = ROOT.parent / "shared" / "eval" / "rpm2-dev"
SAMPLE = ROOT / "examples" / "vostochny-2023"
GOLD = ROOT / "tests" / "gold" / "quotes.jsonl"


def stories() -> list[list[Article]]:
    """The sample story, then each RPM2 story of the quote gold (its annotated articles)."""
    found = [read_sources([SAMPLE]).articles]
    if RPM2.exists():
        wanted: dict[str, set[str]] = {}
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if raw["story"] != SAMPLE.name:
                wanted.setdefault(raw["story"], set()).add(raw["article"])
        for cluster in load_clusters(RPM2):
            if cluster.id in wanted:
                found.append([a for a in cluster.articles if a.id in wanted[cluster.id]])
    return [[clean_article(a) for a in articles] for articles in found]


def one_run(groups: list[list[Article]]) -> tuple[float, float]:
    """Seconds for: the bare pass over every story; quote extraction without embeddings."""
    start = time.perf_counter()
    analysed = [analyse(articles) for articles in groups]
    bare = time.perf_counter()
    entities = [resolve_entities(analyses) for analyses in analysed]  # shared stage, not timed
    resolved = time.perf_counter()
    for analyses, index in zip(analysed, entities, strict=True):
        extract_quotes(analyses, entities=index)
    quotes = time.perf_counter()
    return bare - start, quotes - resolved


def embedding_seconds(groups: list[list[Article]]) -> float:
    """mUSE over every mention's words (the encoder already loaded)."""
    encoder = MultilingualEncoder()
    encoder.warm_up()
    texts = [m.text for articles in groups for m in all_mentions(analyse(articles))]
    start = time.perf_counter()
    encoder.encode(texts)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    groups = stories()
    one_run(groups)  # warm-up: lazy initialisation of the model's layers
    runs = [one_run(groups) for _ in range(args.runs)]
    bare, quotes = (statistics.median(c) for c in zip(*runs, strict=True))
    embeddings = embedding_seconds(groups)
    articles = sum(len(g) for g in groups)
    words = sum(len(a.text.split()) for g in groups for a in g)
    print(f"quotes on {articles} articles ({words} words), {args.runs} runs, median:")
    print(f"  bare spaCy pass (analyse)           {bare * 1000:8.1f} ms")
    print(f"  + quote extraction (rules, merge)   {quotes * 1000:8.1f} ms"
          f"  ({quotes / bare:.1%}, target < 30%)")
    print(f"  + mUSE vectors for the merge        {embeddings * 1000:8.1f} ms"
          f"  ({embeddings / bare:.1%}, encoder shared with other stages)")


if __name__ == "__main__":
    main()
