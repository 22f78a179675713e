"""`recoupe eval timeline`: are the story's dates found and resolved to the right day?

Gold: `tests/gold/timeline.jsonl`, one story a line (the sample story and RPM2 dev
clusters, 4 articles each), annotated by hand. Each article has the reference date the
annotator verified (`reference`, and the `window` of days from which every annotated value
reads the same), and every date expression of its body: span, normalised value
("2008-10-17", "2008-W41", "2008-10", "2008", "1950/1953"; null when the text does not
allow it), precision and whether it is background (`context`). Photo captions and other
debris are `ignore`d. Annotation rules: durations ("depuis 18 mois"), times of day,
seasons, vague words ("récemment", "ces dernières semaines") and "aujourd'hui" meaning
"nowadays" are not dates; a quarter or half-year is annotated with its year.

Two runs. `date_f1` (the pinned score) is the value F1 of expressions with a lenient span
match when RPM2 articles come with their publication date, as a dated feed gives them (the
sample is read as scraped: partial or no dates). `*_inferred` scores and
`reference_accuracy` come from a run where RPM2 articles only have the month ("2008-10",
like the sample's "date 2023-09"), so every day of reference is inferred from the story.
`expression_accuracy`: of the gold expressions found, the share resolved to the right
value. Stories marked `"split": "heldout"` were annotated after the rules were tuned on the
others; `*_heldout` scores count them alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.evaluation.rpm2 import find_article
from recoupe.ingest import read_sources
from recoupe.nlp import Analysis, analyse
from recoupe.records import Article
from recoupe.timeline import read_story
from recoupe.timeline.events import is_context, story_start

GOLD_FILE = "timeline.jsonl"


@dataclass(frozen=True, slots=True)
class GoldExpression:
    start: int
    end: int
    value: str | None
    context: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    reference: str
    window: tuple[str, str]
    expressions: tuple[GoldExpression, ...]
    ignore: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldStory:
    story: str
    source: str  # a directory of the repo, or "rpm2:<cluster id>"
    articles: tuple[GoldArticle, ...]
    split: str = "dev"  # "heldout": annotated after the rules were tuned, never tuned on


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    text: str
    value: str | None
    context: bool


def _gold_article(raw: dict[str, Any]) -> GoldArticle:
    expressions = tuple(GoldExpression(int(x["start"]), int(x["end"]), x["value"],
                                       bool(x["context"])) for x in raw["expressions"])
    return GoldArticle(raw["id"], raw["reference"], (raw["window"][0], raw["window"][1]),
                       expressions, tuple((int(s), int(e)) for s, e in raw["ignore"]))


def load_gold(gold: Path) -> list[GoldStory]:
    stories = []
    with (gold / GOLD_FILE).open(encoding="utf-8") as stream:
        for line in stream:
            raw = json.loads(line)
            stories.append(GoldStory(raw["story"], raw["source"],
                                     tuple(_gold_article(a) for a in raw["articles"]),
                                     raw.get("split", "dev")))
    return stories


def _check_spans(story: GoldStory, articles: Sequence[Article], gold: Path) -> None:
    """The gold offsets must still point at the annotated words (hash or text)."""
    by_id = {a.id: a for a in articles}
    raw_story = next(json.loads(line) for line in (gold / GOLD_FILE).open(encoding="utf-8")
                     if json.loads(line)["story"] == story.story)
    for raw in raw_story["articles"]:
        text = by_id[raw["id"]].text
        for x in raw["expressions"]:
            span = text[x["start"]:x["end"]]
            expected = x.get("text", span)
            digest = hashlib.sha1(span.encode()).hexdigest()[:12]
            if span != expected or x.get("sha1", digest) != digest:
                raise ValueError(f"gold span {raw['id']} [{x['start']}:{x['end']}] has moved")


def story_articles(story: GoldStory, data: Path) -> list[Article]:
    """The story's articles as the pipeline reads them (cleaned), RPM2 ones undated."""
    if story.source.startswith("rpm2:"):
        articles = [find_article(data, a.id) for a in story.articles]
    else:
        wanted = {a.id for a in story.articles}
        articles = [a for a in read_sources([Path(story.source)]).articles if a.id in wanted]
    return [clean_article(a) for a in articles]


def with_publication_dates(story: GoldStory, analyses: Sequence[Analysis],
                           length: int = 10) -> list[Analysis]:
    """RPM2 articles given their verified date as `published` (`length` 10), as a dated
    feed would, or only its month (`length` 7), as a scraper often does ("date 2023-09")."""
    if not story.source.startswith("rpm2:"):
        return list(analyses)
    reference = {a.id: a.reference[:length] for a in story.articles}
    return [Analysis(dataclasses.replace(a.article, published=reference[a.article.id]),
                     a.doc, a.sentences) for a in analyses]


def predictions(analyses: Sequence[Analysis]) -> tuple[dict[str, list[Predicted]],
                                                        dict[str, str | None]]:
    """Every body expression of the story with its value, and each reference date."""
    dates = read_story(analyses)
    start = story_start(dates.references)
    found: dict[str, list[Predicted]] = {}
    for analysis in analyses:
        article_id = analysis.article.id
        found[article_id] = [
            Predicted(e.mention.start, e.mention.end, e.mention.text,
                      e.resolved.value if e.resolved else None,
                      bool(e.resolved and is_context(e.resolved, start)))
            for e in dates.expressions(article_id)]
    return found, {k: r.date for k, r in dates.references.items()}


@dataclass(slots=True)
class Tally:
    """Counts over matched (gold, predicted) expressions; errors kept for the report."""

    span_tp: int = 0
    span_fp: int = 0
    span_fn: int = 0
    date_tp: int = 0
    date_fp: int = 0
    date_fn: int = 0
    found_with_value: int = 0  # gold expressions with a value whose span was found
    context_right: int = 0
    references: int = 0
    references_right: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)

    def scores(self, suffix: str = "") -> dict[str, float]:
        span_p = self.span_tp / max(1, self.span_tp + self.span_fp)
        span_r = self.span_tp / max(1, self.span_tp + self.span_fn)
        date_p = self.date_tp / max(1, self.date_tp + self.date_fp)
        date_r = self.date_tp / max(1, self.date_tp + self.date_fn)
        return {f"span_f1{suffix}": round(f1(span_p, span_r), 4),
                f"date_precision{suffix}": round(date_p, 4),
                f"date_recall{suffix}": round(date_r, 4),
                f"date_f1{suffix}": round(f1(date_p, date_r), 4),
                f"expression_accuracy{suffix}": round(
                    self.date_tp / max(1, self.found_with_value), 4),
                f"context_accuracy{suffix}": round(self.context_right / max(1, self.date_tp), 4)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[GoldExpression],
          predicted: Sequence[Predicted]) -> list[tuple[GoldExpression | None, Predicted | None]]:
    """One-to-one pairs by largest span overlap; unmatched ones paired with None."""
    pairs = sorted(((_overlap((g.start, g.end), (p.start, p.end)), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched: list[tuple[GoldExpression | None, Predicted | None]] = []
    for overlap, i, j in pairs:
        if overlap > 0 and i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            matched.append((gold[i], predicted[j]))
    matched += [(g, None) for i, g in enumerate(gold) if i not in used_gold]
    matched += [(None, p) for j, p in enumerate(predicted) if j not in used_predicted]
    return matched


def _ignored(p: Predicted, ignore: Iterable[tuple[int, int]]) -> bool:
    return any(_overlap((p.start, p.end), span) for span in ignore)


def _count_date(tally: Tally, article: str, g: GoldExpression | None,
                p: Predicted | None) -> None:
    gold_value = g.value if g is not None else None
    predicted_value = p.value if p is not None else None
    right = predicted_value is not None and predicted_value == gold_value
    if predicted_value is not None:
        tally.date_tp += right
        tally.date_fp += not right
    if gold_value is not None:
        tally.date_fn += not right
        tally.found_with_value += p is not None
    if right and g is not None and p is not None and g.context == p.context:
        tally.context_right += 1
    if not right and (gold_value or predicted_value):
        tally.errors.append(_describe(article, g, p))


def tally_article(tally: Tally, gold: GoldArticle, predicted: Sequence[Predicted]) -> None:
    kept = [p for p in predicted if not _ignored(p, gold.ignore)]
    for g, p in match(gold.expressions, kept):
        tally.span_tp += g is not None and p is not None
        tally.span_fp += g is None
        tally.span_fn += p is None
        if g is None or g.value is not None:  # a gold value of null is neither won nor lost
            _count_date(tally, gold.id, g, p)


def _describe(article: str, g: GoldExpression | None, p: Predicted | None) -> str:
    where = p.text if p is not None else f"[{g.start}:{g.end}]" if g is not None else ""
    return (f"{article} {where!r}: gold {g.value if g else '—'} / "
            f"predicted {p.value if p else '—'}")


def tally_references(tally: Tally, story: GoldStory, references: dict[str, str | None]) -> None:
    for article in story.articles:
        inferred = references.get(article.id)
        tally.references += 1
        low, high = article.window
        if inferred is not None and low <= inferred <= high:
            tally.references_right += 1
        else:
            tally.errors.append(f"{article.id} reference {inferred} not in {low}..{high}")


def evaluate(paths: EvalPaths) -> EvalResult:
    dated, undated, heldout = Tally(), Tally(), Tally()
    for story in load_gold(paths.gold):
        articles = story_articles(story, paths.data)
        _check_spans(story, articles, paths.gold)
        analyses = analyse(articles)
        gold_of = {a.id: a for a in story.articles}
        tallies = [dated, heldout] if story.split == "heldout" else [dated]
        found, _ = predictions(with_publication_dates(story, analyses))
        for article_id, predicted in found.items():
            for tally in tallies:
                tally_article(tally, gold_of[article_id], predicted)
        found, references = predictions(with_publication_dates(story, analyses, 7))
        for article_id, predicted in found.items():
            tally_article(undated, gold_of[article_id], predicted)
        tally_references(undated, story, references)
    scores = dated.scores() | undated.scores("_inferred")
    scores |= {k: v for k, v in heldout.scores("_heldout").items()
               if k.startswith(("date_f1", "expression_accuracy"))}
    scores["reference_accuracy"] = round(undated.references_right / max(1, undated.references), 4)
    return EvalResult("timeline", scores, _report(scores, dated, undated),
                      [*dated.errors, "(inferred references)", *undated.errors])


def _report(scores: dict[str, float], dated: Tally, undated: Tally) -> str:
    gold = dated.date_tp + dated.date_fn
    return (f"dates with a value in gold: {gold}; found {dated.span_tp} spans, "
            f"{dated.span_fp} spurious\n"
            f"date F1 {scores['date_f1']:.3f} (P {scores['date_precision']:.3f} "
            f"R {scores['date_recall']:.3f}), expression accuracy "
            f"{scores['expression_accuracy']:.3f}, span F1 {scores['span_f1']:.3f}\n"
            f"held-out stories only: date F1 {scores['date_f1_heldout']:.3f}\n"
            f"references inferred: {undated.references_right}/{undated.references} in window; "
            f"date F1 then {scores['date_f1_inferred']:.3f}")
