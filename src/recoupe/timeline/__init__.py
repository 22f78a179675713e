"""The story's dated timeline, with relative French dates resolved.

`build_timeline(analyses, encoder)` reads every article for temporal expressions, infers
each article's reference date (its publication date when complete, otherwise from the
story), resolves the expressions against it and merges the events that several articles
report. Rules, not models: a few milliseconds per article on top of the spaCy pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe.embeddings import Encoder
from recoupe.nlp import Analysis
from recoupe.records import TimelineEvent
from recoupe.timeline.events import (
    DatedClause,
    MergeThresholds,
    dated_clauses,
    merge_events,
    resolve_article,
    story_start,
)
from recoupe.timeline.reading import ArticleDates, read_article
from recoupe.timeline.reference import ReferenceDate, infer_references
from recoupe.timeline.resolve import TemporalExpression


@dataclass(slots=True)
class Timeline:
    """The events in date order, and how each article's reference date was obtained."""

    events: list[TimelineEvent] = field(default_factory=list)
    references: dict[str, ReferenceDate] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StoryDates:
    """What the story's articles say about dates, before events are made of it."""

    readings: dict[str, ArticleDates]
    references: dict[str, ReferenceDate]

    def expressions(self, article_id: str) -> list[TemporalExpression]:
        """The article body's temporal expressions, resolved against its reference."""
        return resolve_article(self.readings[article_id], self.references[article_id])


def read_story(analyses: Sequence[Analysis]) -> StoryDates:
    readings = {a.article.id: read_article(a) for a in analyses}
    return StoryDates(readings, infer_references([a.article for a in analyses], readings))


def story_clauses(analyses: Sequence[Analysis]) -> tuple[list[DatedClause],
                                                         dict[str, ReferenceDate]]:
    """Every dated clause of the story's bodies, and the articles' reference dates."""
    dates = read_story(analyses)
    clauses = [clause for a in analyses for clause in dated_clauses(
        a, dates.readings[a.article.id], dates.references[a.article.id])]
    return clauses, dates.references


def build_timeline(analyses: Sequence[Analysis], encoder: Encoder | None = None,
                   thresholds: MergeThresholds | None = None) -> Timeline:
    """The story's timeline; `encoder` (multilingual embeddings) helps merge paraphrases."""
    clauses, references = story_clauses(analyses)
    texts = {a.article.id: a.article.text for a in analyses}
    events = merge_events(clauses, texts, story_start(references), encoder, thresholds)
    return Timeline(events, references)


__all__ = ["MergeThresholds", "ReferenceDate", "StoryDates", "Timeline", "build_timeline",
           "read_story", "story_clauses"]
