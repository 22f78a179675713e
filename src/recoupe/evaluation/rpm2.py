"""RPM2 (de Loupy et al., LREC 2010, GPL-3.0): French news clusters with human summaries.

Read from `../shared/eval/rpm2-dev/rpm2_dev.jsonl`; its texts are never copied into the
project. An article's id is `<cluster_id>/<doc_id>`.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from recoupe.records import Article

FILE_NAME = "rpm2_dev.jsonl"


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    topic: str
    slice: str  # "C1" (generic) or "C2" (update: a month later)
    articles: tuple[Article, ...]
    references: tuple[str, ...]


def _article(cluster_id: str, document: dict[str, str], source: str) -> Article:
    return Article(id=f"{cluster_id}/{document['doc_id']}", text=document["text"],
                   title=document.get("title") or None, source=source, language="fr")


@functools.cache
def load_clusters(data: Path) -> tuple[Cluster, ...]:
    path = data / FILE_NAME if data.is_dir() else data
    clusters = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            raw = json.loads(line)
            articles = tuple(_article(raw["cluster_id"], d, f"rpm2:{raw['cluster_id']}")
                             for d in raw["documents"])
            clusters.append(Cluster(raw["cluster_id"], raw["topic"], raw["slice"], articles,
                                    tuple(r["text"] for r in raw["references"])))
    return tuple(clusters)


def find_article(data: Path, article_id: str) -> Article:
    cluster_id = article_id.split("/", 1)[0]
    for cluster in load_clusters(data):
        if cluster.id == cluster_id:
            for article in cluster.articles:
                if article.id == article_id:
                    return article
    raise KeyError(f"no RPM2 article {article_id!r} in {data}")
