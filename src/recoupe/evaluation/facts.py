"""`recoupe eval facts`: are the values about one thing grouped, and is each group judged right?

Gold: `tests/gold/facts.jsonl`, one group a line: the values (article id and character
offsets; a short hash of the span for RPM2 articles, whose text stays outside the project)
that different articles give for one thing, and the group's status. Annotated by hand on
the sample story and ten RPM2 dev clusters, following these rules:

- a value is a quantity an article asserts: durations, ages, counts, money, percentages,
  repetitions ("à deux reprises"), spans of years ("1950-1953"). Dates and times of day
  ("le 5 août", "il y a deux semaines") belong to the timeline and are left out, as are
  "les deux" meaning "both" and figures inside rhetorical quotes;
- a group holds every mention of one measured thing in every article, including repeats
  within an article and superseded figures (600, then 695, then 751 million euros lost);
  "14 autres otages" and "15 otages" count different sets; a narrower scope ("discussions
  officielles" vs the whole meeting) is another thing;
- status: `conflict` when two articles' values cannot both hold once news rounding is
  allowed ("5 milliards" covers 4,9; "six ans" covers six years and four months);
  `less_precise` when they can but one gives no figure ("à plusieurs reprises" beside
  "à deux reprises") or only a bound far from the other's figure; `agree` otherwise.

Scores: a predicted group (a fact reported by at least two articles) matches a gold group
when the Jaccard overlap of their mentions is at least 0.5 (one-to-one, best first);
group precision, recall and F1 follow, and status accuracy is measured on matched groups.
Link scores count pairs of mentions from two articles put in one group.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.embeddings import Encoder, MultilingualEncoder
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.facts import find_facts
from recoupe.ingest import read_sources
from recoupe.nlp import Analysis, analyse
from recoupe.records import Article, Fact

SAMPLE_STORIES = {"vostochny-2023": Path("examples/vostochny-2023")}
MATCH = 0.5  # Jaccard overlap for a predicted group to count as a gold group

Key = tuple[str, int, int]  # article, start, end


@dataclass(frozen=True, slots=True)
class GoldGroup:
    story: str
    topic: str
    status: str
    values: tuple[Key, ...]
    hashes: tuple[str | None, ...]


def load_gold(gold: Path) -> dict[str, list[GoldGroup]]:
    stories: dict[str, list[GoldGroup]] = {}
    with (gold / "facts.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            raw: dict[str, Any] = json.loads(line)
            values = tuple((str(v["article"]), int(v["start"]), int(v["end"]))
                           for v in raw["values"])
            hashes = tuple(v.get("sha1") for v in raw["values"])
            stories.setdefault(raw["story"], []).append(
                GoldGroup(raw["story"], raw["topic"], raw["status"], values, hashes))
    return stories


def story_articles(story: str, data: Path) -> list[Article]:
    if story in SAMPLE_STORIES:
        return list(read_sources([SAMPLE_STORIES[story]]).articles)
    for cluster in load_clusters(data):
        if cluster.id == story:
            return list(cluster.articles)
    raise KeyError(f"unknown story {story!r}")


def check_spans(groups: Sequence[GoldGroup], articles: Sequence[Article]) -> list[str]:
    """Gold spans whose text no longer hashes as annotated (the data changed)."""
    texts = {a.id: a.text for a in articles}
    problems = []
    for group in groups:
        for (article, start, end), digest in zip(group.values, group.hashes, strict=True):
            span = texts[article][start:end]
            if digest and hashlib.sha1(span.encode()).hexdigest()[:8] != digest:
                problems.append(f"gold span changed: {article} [{start}:{end}]")
    return problems


def story_analyses(story: str, data: Path) -> list[Analysis]:
    return analyse([clean_article(a) for a in story_articles(story, data)])


@dataclass(slots=True)
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    status_right: int = 0
    links_gold: int = 0
    links_predicted: int = 0
    links_right: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "matched", "status_right", "links_gold",
                     "links_predicted", "links_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.details += other.details


def _mapped(fact: Fact, gold_keys: dict[str, list[Key]]) -> set[Key]:
    """The gold mentions a predicted group covers; uncovered values keep their own key."""
    keys = set()
    for value in fact.values:
        c = value.citation
        hits = [k for k in gold_keys.get(c.article, []) if k[1] < c.end and c.start < k[2]]
        keys.add(hits[0] if hits else (c.article, c.start, c.end))
    return keys


def _links(groups: Sequence[set[Key]]) -> set[frozenset[Key]]:
    return {frozenset((a, b)) for g in groups for a in g for b in g if a[0] != b[0] and a < b}


def _matches(predicted: Sequence[set[Key]], gold: Sequence[set[Key]]) -> list[tuple[int, int]]:
    """Predicted and gold groups paired one to one, best Jaccard overlap first."""
    pairs = sorted(((len(p & g) / len(p | g), i, j) for i, p in enumerate(predicted)
                    for j, g in enumerate(gold) if p & g), reverse=True)
    matched: list[tuple[int, int]] = []
    for overlap, i, j in pairs:
        if overlap >= MATCH and all(i != a and j != b for a, b in matched):
            matched.append((i, j))
    return matched


def score_story(gold: Sequence[GoldGroup], facts: Sequence[Fact]) -> Counts:
    gold_keys: dict[str, list[Key]] = {}
    for group in gold:
        for key in group.values:
            gold_keys.setdefault(key[0], []).append(key)
    compared = [f for f in facts if f.status != "single"]
    predicted = [_mapped(f, gold_keys) for f in compared]
    gold_sets = [set(g.values) for g in gold]
    counts = Counts(len(gold), len(compared))
    matches = _matches(predicted, gold_sets)
    used_p, used_g = {i for i, _ in matches}, {j for _, j in matches}
    for i, j in matches:
        counts.matched += 1
        right = compared[i].status == gold[j].status
        counts.status_right += right
        if not right:
            counts.details.append(f"STATUS {gold[j].story} « {gold[j].topic} »: gold "
                                  f"{gold[j].status}, predicted {compared[i].status}")
    counts.details += [f"MISSED {g.story} « {g.topic} »" for j, g in enumerate(gold)
                       if j not in used_g]
    counts.details += [f"EXTRA « {f.topic} »: " + " | ".join(v.text for v in f.values[:6])
                       for i, f in enumerate(compared) if i not in used_p]
    gold_links, predicted_links = _links(gold_sets), _links(predicted)
    counts.links_gold, counts.links_predicted = len(gold_links), len(predicted_links)
    counts.links_right = len(gold_links & predicted_links)
    return counts


def scores_of(counts: Counts) -> dict[str, float]:
    precision = counts.matched / max(1, counts.predicted)
    recall = counts.matched / max(1, counts.gold)
    link_p = counts.links_right / max(1, counts.links_predicted)
    link_r = counts.links_right / max(1, counts.links_gold)
    return {"group_precision": round(precision, 4), "group_recall": round(recall, 4),
            "group_f1": round(f1(precision, recall), 4),
            "status_accuracy": round(counts.status_right / max(1, counts.matched), 4),
            "link_precision": round(link_p, 4), "link_recall": round(link_r, 4),
            "link_f1": round(f1(link_p, link_r), 4)}


def evaluate(paths: EvalPaths, encoder: Encoder | None = None) -> EvalResult:
    encoder = encoder or MultilingualEncoder()
    total, problems = Counts(), []
    lines = []
    for story, groups in load_gold(paths.gold).items():
        analyses = story_analyses(story, paths.data)
        problems += check_spans(groups, [a.article for a in analyses])
        counts = score_story(groups, find_facts(analyses, encoder))
        lines.append(f"{story:16} gold {counts.gold:3}  predicted {counts.predicted:3}  "
                     f"matched {counts.matched:3}  status right {counts.status_right:3}")
        total.add(counts)
    scores = scores_of(total)
    report = "\n".join([*lines, "", "  ".join(f"{k} {v:.3f}" for k, v in scores.items())])
    return EvalResult("facts", scores, report, problems + total.details)
