"""Benchmark entity resolution: what it adds to the spaCy pass of a 10-article story.

Run with `.venv/bin/python bench/bench_entities.py [--cluster T01_C1] [--runs N]`. In one
process, on the same cleaned texts, each run times three things back to back:
  - the bare pass: `nlp.pipe` with recoupe's entity components switched off;
  - the two components (agency ruler, `recoupe_entity_repair`) over the Docs of that pass,
    which is exactly what the pipeline runs after `ner` (timed apart: the difference of two
    noisy one-second passes would drown a few tens of milliseconds);
  - `resolve_entities` over those Docs (clustering, recovery, roles, index).
The cost of entities is (components + resolve) / bare, from medians over the runs (the
machine is shared and noisy, so the three are interleaved rather than run in blocks).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from recoupe.clean import clean_article
from recoupe.entities import resolve_entities
from recoupe.entities.components import REPAIR, RULER
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.ingest import read_sources
from recoupe.nlp import Analysis, masked_text
from recoupe.nlp.model import load_pipeline
from recoupe.records import Article

ROOT = Path(__file__).resolve().parent.parent
RPM2 = ROOT.parent / "shared" / "eval" / "rpm2-dev"
SAMPLE = ROOT / "examples" / "vostochny-2023"


def story(cluster: str) -> list[Article]:
    """An RPM2 cluster (10 articles); the 5-article sample story if RPM2 is not there."""
    if RPM2.exists():
        [found] = [c for c in load_clusters(RPM2) if c.id == cluster]
        articles = list(found.articles)
    else:
        articles = read_sources([SAMPLE]).articles
    return [clean_article(a) for a in articles]


def one_run(articles: list[Article]) -> tuple[float, float, float]:
    """Seconds for: the bare pass; the entity components run over its Docs; resolution."""
    nlp = load_pipeline()
    texts = [masked_text(a) for a in articles]
    start = time.perf_counter()
    with nlp.select_pipes(disable=[RULER, REPAIR]):
        docs = list(nlp.pipe(texts))
    bare = time.perf_counter()
    ruler, repair = nlp.get_pipe(RULER), nlp.get_pipe(REPAIR)
    docs = [repair(ruler(doc)) for doc in docs]  # exactly what the pipeline runs after `ner`
    components = time.perf_counter()
    resolve_entities([Analysis(a, doc, []) for a, doc in zip(articles, docs, strict=True)])
    resolved = time.perf_counter()
    return bare - start, components - bare, resolved - components


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cluster", default="T01_C1", help="RPM2 cluster id (10 articles)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = story(args.cluster)
    one_run(articles)  # warm-up: lazy initialisation of the model's layers
    runs = [one_run(articles) for _ in range(args.runs)]
    bare, components, resolve = (statistics.median(c) for c in zip(*runs, strict=True))
    words = sum(len(a.text.split()) for a in articles)
    print(f"entities on {len(articles)} articles ({words} words), {args.runs} runs, median:")
    print(f"  bare spaCy pass (nlp.pipe)          {bare * 1000:8.1f} ms")
    print(f"  + entity components in the pass     {components * 1000:8.1f} ms"
          f"  ({components / bare:.1%})")
    print(f"  + resolve_entities                  {resolve * 1000:8.1f} ms"
          f"  ({resolve / bare:.1%})")
    print(f"  entity cost / spaCy pass            {(components + resolve) / bare:8.1%}"
          f"  (target < 10%)")


if __name__ == "__main__":
    main()
