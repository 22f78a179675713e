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
    story_start,
)
from recoupe.timeline.reading import read_article
from recoupe.timeline.reference import ReferenceDate, infer_references


@dataclass(slots=True)
class Timeline:
    """The events in date order, and how each article's reference date was obtained."""

    events: list[TimelineEvent] = field(default_factory=list)
    references: dict[str, ReferenceDate] = field(default_factory=dict)


def story_clauses(analyses: Sequence[Analysis]) -> tuple[list[DatedClause],
                                                         dict[str, ReferenceDate]]:
    """Every dated clause of the story's bodies, and the articles' reference dates."""
    readings = {a.article.id: read_article(a) for a in analyses}
    references = infer_references([a.article for a in analyses], readings)
    clauses = [clause for a in analyses
               for clause in dated_clauses(a, readings[a.article.id], references[a.article.id])]
    return clauses, references


def build_timeline(analyses: Sequence[Analysis], encoder: Encoder | None = None,
                   thresholds: MergeThresholds | None = None) -> Timeline:
    """The story's timeline; `encoder` (multilingual embeddings) helps merge paraphrases."""
    clauses, references = story_clauses(analyses)
    texts = {a.article.id: a.article.text for a in analyses}
    events = merge_events(clauses, texts, story_start(references), encoder, thresholds)
    return Timeline(events, references)


__all__ = ["MergeThresholds", "ReferenceDate", "Timeline", "build_timeline", "story_clauses"]
