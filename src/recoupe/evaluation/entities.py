"""`recoupe eval entities`: are the mentions of one real-world entity merged, and only them?

Gold: `tests/gold/entities.jsonl`, one story a line (the sample story and RPM2 clusters),
annotated by hand: every named mention of a person, organisation or place in the listed
articles, grouped by real-world entity, plus pairs of entities that must never merge
(namesakes: Kim Jong Un / Kim Jong-dae, James Nixey / James O'Brien). RPM2 mentions are
offsets and a short hash, never the text.

Scores are pairwise over gold mentions: a pair is predicted "same" when both mentions fall
on one predicted entity (the mention of `EntityIndex` that overlaps them most), and is
truly "same" when both belong to one gold entity. A gold mention that no predicted
mention overlaps stands alone. Precision matters most: a false merge gives a quote to the
wrong person.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.entities import EntityIndex, resolve_entities
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.ingest import read_sources
from recoupe.nlp import analyse
from recoupe.records import Article

GOLD_FILE = "entities.jsonl"


@dataclass(frozen=True, slots=True)
class GoldMention:
    article: str
    start: int
    end: int
    entity: str
    text: str | None  # sample story only
    sha1: str | None  # RPM2: the first 8 hex digits of the span's SHA-1


@dataclass(frozen=True, slots=True)
class GoldStory:
    story: str
    source: str  # a directory of the repo, or "rpm2:<cluster id>"
    mentions: tuple[GoldMention, ...]
    must_not_link: tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Tally:
    """Pair counts over gold mentions (contingency-table arithmetic, no pair loop)."""

    true_pairs: int = 0
    predicted_pairs: int = 0
    correct_pairs: int = 0
    kept_apart: int = 0
    must_not_link: int = 0
    skipped: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _story(raw: dict[str, Any]) -> GoldStory:
    mentions = tuple(GoldMention(m["article"], m["start"], m["end"], entity["id"],
                                 m.get("text"), m.get("sha1"))
                     for entity in raw["entities"] for m in entity["mentions"])
    pairs = tuple((a, b) for a, b in raw.get("must_not_link", []))
    return GoldStory(raw["story"], raw["source"], mentions, pairs)


def load_gold(gold: Path) -> list[GoldStory]:
    with (gold / GOLD_FILE).open(encoding="utf-8") as stream:
        return [_story(json.loads(line)) for line in stream if line.strip()]


def story_articles(source: str, data: Path) -> list[Article]:
    """Every article of the story, cleaned: resolution runs on the whole cluster."""
    if source.startswith("rpm2:"):
        cluster_id = source.removeprefix("rpm2:")
        [cluster] = [c for c in load_clusters(data) if c.id == cluster_id]
        articles = list(cluster.articles)
    else:
        articles = read_sources([Path(source)]).articles
    return [clean_article(a) for a in articles]


def check_span(mention: GoldMention, article: Article) -> None:
    """The gold must still point at the characters it was annotated on."""
    span = article.text[mention.start:mention.end]
    digest = hashlib.sha1(span.encode("utf-8")).hexdigest()[:8]
    if (mention.text is not None and span != mention.text) or (
            mention.sha1 is not None and digest != mention.sha1):
        raise ValueError(f"gold mention {mention} no longer matches {article.id}: {span!r}")


def _in_body(mention: GoldMention, article: Article) -> bool:
    return any(s.start <= mention.start and mention.end <= s.end for s in article.body)


def _pairs(counts: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def score_story(story: GoldStory, articles: Sequence[Article],
                index: EntityIndex) -> tuple[Tally, list[str]]:
    by_id = {a.id: a for a in articles}
    tally, labelled = Tally(), []
    for n, mention in enumerate(story.mentions):
        article = by_id[mention.article]
        check_span(mention, article)
        if not _in_body(mention, article):  # cleaning's business, not resolution's
            tally.skipped += 1
            continue
        predicted = index.entity_at(mention.article, mention.start, mention.end)
        labelled.append((mention, predicted or f"<none {n}>"))
    tally.true_pairs = _pairs(Counter(m.entity for m, _ in labelled))
    tally.predicted_pairs = _pairs(Counter(p for _, p in labelled))
    tally.correct_pairs = _pairs(Counter((m.entity, p) for m, p in labelled))
    kept, details = _must_not_link(story, labelled)
    tally.kept_apart, tally.must_not_link = kept, len(story.must_not_link)
    return tally, details + _errors(story.story, labelled)


def _must_not_link(story: GoldStory,
                   labelled: list[tuple[GoldMention, str]]) -> tuple[int, list[str]]:
    predicted: dict[str, set[str]] = {}
    for mention, entity in labelled:
        predicted.setdefault(mention.entity, set()).add(entity)
    kept, details = 0, []
    for a, b in story.must_not_link:
        if predicted.get(a, set()) & predicted.get(b, set()):
            details.append(f"{story.story}: MUST-NOT-LINK merged {a} + {b}")
        else:
            kept += 1
    return kept, details


def _errors(story: str, labelled: list[tuple[GoldMention, str]]) -> list[str]:
    """Wrong merges first (a predicted entity over two gold ones), then splits."""
    gold_of: dict[str, Counter[str]] = {}
    predicted_of: dict[str, Counter[str]] = {}
    for mention, entity in labelled:
        gold_of.setdefault(entity, Counter())[mention.entity] += 1
        predicted_of.setdefault(mention.entity, Counter())[entity] += 1
    merges = [f"{story}: FP {entity} merges {dict(golds)}"
              for entity, golds in gold_of.items() if len(golds) > 1]
    splits = [f"{story}: FN {gold} split into {dict(parts)}"
              for gold, parts in predicted_of.items() if len(parts) > 1]
    return merges + splits


def _report(rows: list[tuple[str, Tally]], total: Tally, scores: dict[str, float]) -> str:
    lines = [f"{'story':<16} {'P':>6} {'R':>6} {'pairs':>7} {'skipped':>7}"]
    for story, t in itertools.chain(rows, [("all", total)]):
        precision = t.correct_pairs / max(1, t.predicted_pairs)
        recall = t.correct_pairs / max(1, t.true_pairs)
        lines.append(f"{story:<16} {precision:6.3f} {recall:6.3f} {t.true_pairs:7d} "
                     f"{t.skipped:7d}")
    lines.append(f"per-story average: P {scores['merge_precision_per_story']:.3f} "
                 f"R {scores['merge_recall_per_story']:.3f}")
    lines.append(f"must-not-link pairs kept apart: {total.kept_apart}/{total.must_not_link}; "
                 f"merge F1 {scores['merge_f1']:.3f}")
    return "\n".join(lines)


def evaluate(paths: EvalPaths) -> EvalResult:
    total, rows, details = Tally(), [], []
    for story in load_gold(paths.gold):
        articles = story_articles(story.source, paths.data)
        tally, errors = score_story(story, articles, resolve_entities(analyse(articles)))
        total.add(tally)
        rows.append((story.story, tally))
        details += errors
    precision = total.correct_pairs / max(1, total.predicted_pairs)
    recall = total.correct_pairs / max(1, total.true_pairs)
    # pairs grow with the square of an entity's mentions: the sample story's Poutine and
    # Kim weigh most in the pooled figures, so the per-story average is given beside them
    per_story = [(t.correct_pairs / max(1, t.predicted_pairs),
                  t.correct_pairs / max(1, t.true_pairs)) for _, t in rows]
    scores = {"merge_precision": round(precision, 4), "merge_recall": round(recall, 4),
              "merge_f1": round(f1(precision, recall), 4),
              "merge_precision_per_story": round(sum(p for p, _ in per_story) / len(rows), 4),
              "merge_recall_per_story": round(sum(r for _, r in per_story) / len(rows), 4),
              "must_not_link_kept": round(total.kept_apart / max(1, total.must_not_link), 4)}
    details.sort(key=lambda d: ("MUST-NOT" not in d, " FP " not in d))
    return EvalResult("entities", scores, _report(rows, total, scores), details)
