"""`recoupe eval origins`: do articles that share wire copy end up in the same origin?

Gold: `tests/gold/origins.jsonl`, one story a line, labelled by hand (see its `why` and
`note` fields): the sample story, the sample plus reprints written for the set (edited,
shortened, retitled, two translations into English, two independent articles), and RPM2
clusters whose articles were read for shared copy, with reprint variants built at run time
from lines of the RPM2 texts (never copied into the repository). Articles not listed in a
gold origin are their own origin. Scores are pairwise over the pairs of each story:
precision (pairs put together that should be) and recall (pairs that should be, found).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.embeddings import Encoder, MultilingualEncoder
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.ingest import read_sources
from recoupe.nlp import analyse
from recoupe.origins import find_origins, origin_map
from recoupe.quotes import extract_quotes
from recoupe.records import Article, Origin

GOLD_FILE = "origins.jsonl"


@dataclass(frozen=True, slots=True)
class Variant:
    """A reprint of an RPM2 article: some of its lines, edited, under a new title."""

    id: str
    of: str
    title: str
    lines: tuple[int, ...]
    replace: tuple[tuple[str, str], ...] = ()

    def build(self, original: Article) -> Article:
        lines = original.text.split("\n")
        body = "\n\n".join(lines[i] for i in self.lines)
        for old, new in self.replace:
            if old not in body:
                raise ValueError(f"{self.id}: {old!r} is not in the kept lines of {self.of}")
            body = body.replace(old, new)
        return Article(id=self.id, text=f"{self.title}\n\n{body}", title=self.title,
                       source=f"variante de {self.of}", language="fr")


@dataclass(frozen=True, slots=True)
class Story:
    name: str
    sources: tuple[str, ...]
    rpm2: str | None
    variants: tuple[Variant, ...]
    groups: tuple[frozenset[str], ...]


def _story(raw: dict[str, Any]) -> Story:
    variants = tuple(Variant(v["id"], v["of"], v["title"], tuple(v["lines"]),
                             tuple((old, new) for old, new in v.get("replace", [])))
                     for v in raw.get("variants", []))
    groups = tuple(frozenset(o["articles"]) for o in raw["origins"])
    return Story(raw["story"], tuple(raw.get("sources", [])), raw.get("rpm2"), variants, groups)


def load_gold(gold: Path) -> list[Story]:
    with (gold / GOLD_FILE).open(encoding="utf-8") as stream:
        return [_story(json.loads(line)) for line in stream if line.strip()]


def story_articles(story: Story, data: Path) -> list[Article]:
    articles = list(read_sources([Path(s) for s in story.sources]).articles)
    if story.rpm2:
        cluster = next(c for c in load_clusters(data) if c.id == story.rpm2)
        by_id = {a.id: a for a in cluster.articles}
        articles += cluster.articles
        articles += [v.build(by_id[v.of]) for v in story.variants]
    return [clean_article(a) for a in articles]


def story_origins(articles: Sequence[Article], encoder: Encoder) -> list[Origin]:
    analyses = analyse(articles)
    return find_origins(analyses, encoder, extract_quotes(analyses, None, encoder))


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, story: Story, ids: Sequence[str], predicted: dict[str, str]) -> None:
        gold = {a: i for i, group in enumerate(story.groups) for a in group}
        for x, a in enumerate(ids):
            for b in ids[x + 1:]:
                same = a in gold and gold.get(a) == gold.get(b)
                found = predicted[a] == predicted[b]
                self.pairs += 1
                self.tp += same and found
                self.fp += found and not same
                self.fn += same and not found
                if same != found:
                    self.errors.append(f"{'FP' if found else 'FN'} {story.name}: {a} / {b} "
                                       f"(prédit : {predicted[a]} / {predicted[b]})")


def evaluate(paths: EvalPaths) -> EvalResult:
    encoder = MultilingualEncoder()
    tally = Tally()
    skipped = []
    for story in load_gold(paths.gold):
        if story.rpm2 and not paths.data.exists():
            skipped.append(story.name)
            continue
        articles = story_articles(story, paths.data)
        origins = story_origins(articles, encoder)
        tally.add(story, [a.id for a in articles], origin_map(origins))
    precision = tally.tp / max(1, tally.tp + tally.fp)
    recall = tally.tp / max(1, tally.tp + tally.fn)
    scores = {"pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
              "pair_f1": round(f1(precision, recall), 4)}
    report = (f"article pairs: {tally.pairs}, same origin in gold: {tally.tp + tally.fn}, "
              f"predicted: {tally.tp + tally.fp}\n"
              f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {scores['pair_f1']:.3f}"
              + (f"\nskipped (no RPM2 data): {', '.join(skipped)}" if skipped else ""))
    return EvalResult("origins", scores, report, tally.errors)
