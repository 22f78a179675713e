"""Timeline events: the clause that carries each date, merged across articles.

Two articles report the same dated event when their dates are equal and their sentences
are close enough (lexical + multilingual cosine, `recoupe.matching.SentenceSpace`): the
summit is "la réunion de mercredi" in one outlet and "les discussions de près de cinq
heures mercredi" in another. A merged event cites each article once. Dates before the
story's week are background (history) and marked `context`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.embeddings import Encoder
from recoupe.matching import SentenceSpace
from recoupe.nlp import Analysis, Sentence
from recoupe.records import Citation, TimelineEvent
from recoupe.timeline.clauses import clause_span
from recoupe.timeline.expressions import Mention
from recoupe.timeline.reading import ArticleDates
from recoupe.timeline.reference import ReferenceDate
from recoupe.timeline.resolve import Resolved, TemporalExpression, resolve

CONTEXT_MARGIN = dt.timedelta(days=7)  # a week before the first article is still the story


@dataclass(frozen=True, slots=True)
class MergeThresholds:
    """How close two sentences with the same date must be to report the same event.

    A day of the story is shared by few events, so little agreement is needed; a year is
    shared by many ("en 2019": a meeting, a visit, a law), so more is. Chosen on the sample
    story, where the summit's sentences score 0.25–0.30 and an unrelated sentence of the
    same day (a forum closing) under 0.15.
    """

    day: float = 0.20
    coarser: float = 0.30
    lexical_day: float = 0.12  # without an encoder: lexical cosine alone
    lexical_coarser: float = 0.25


@dataclass(frozen=True, slots=True)
class DatedClause:
    """A resolved date in a body sentence, with the clause that carries it."""

    expression: TemporalExpression
    resolved: Resolved
    sentence: Sentence
    start: int
    end: int
    alone: bool  # the clause carries no other date


def _coarse(mention: Mention) -> bool:
    """Resolvable from the month alone: a calendar date, "l'an dernier", "il y a trois mois"."""
    return mention.kind in ("calendar", "decade") or (
        mention.kind in ("relative", "anaphora") and mention.unit in ("month", "year"))


def resolve_article(dates: ArticleDates, reference: ReferenceDate) -> list[TemporalExpression]:
    """The body's expressions resolved in text order against the article's reference (its
    month alone, when only that is known, for the expressions a month suffices for)."""
    found = []
    previous: Resolved | None = None
    for item in dates.in_body():
        day = reference.day or (reference.rough_day if _coarse(item.mention) else None)
        resolved = resolve(item.mention, day, item.tense, previous)
        found.append(TemporalExpression(item.mention, resolved))
        previous = resolved or previous
    return found


def dated_clauses(analysis: Analysis, dates: ArticleDates,
                  reference: ReferenceDate) -> list[DatedClause]:
    expressions = resolve_article(dates, reference)
    clauses = []
    for item, expression in zip(dates.in_body(), expressions, strict=True):
        if expression.resolved is None or item.sentence is None:
            continue
        others = [e.mention for e in expressions if e.mention.start != item.mention.start
                  and item.sentence.start <= e.mention.start < item.sentence.end
                  and e.resolved is not None and e.resolved.value != expression.resolved.value]
        start, end = clause_span(analysis.doc, analysis.article.text, item.sentence,
                                 item.mention, others)
        alone = not any(start <= o.start < end for o in others)
        clauses.append(DatedClause(expression, expression.resolved, item.sentence, start, end,
                                   alone))
    return clauses


def story_start(references: Mapping[str, ReferenceDate]) -> dt.date | None:
    days = [r.day for r in references.values() if r.day is not None]
    return min(days) - CONTEXT_MARGIN if days else None


def is_context(resolved: Resolved, start: dt.date | None) -> bool:
    """History: over before the story began (without dates, anything coarser than a day)."""
    if start is None:
        return resolved.precision != "day"
    return resolved.last < start


class _Merger:
    """Greedy single-link clustering of same-date clauses, each article cited once."""

    def __init__(self, clauses: Sequence[DatedClause], encoder: Encoder | None,
                 thresholds: MergeThresholds) -> None:
        sentences = list({(c.sentence.article, c.sentence.start): c.sentence
                          for c in clauses}.values())
        self.space = SentenceSpace.of(sentences, encoder)
        self.row = {(s.article, s.start): i for i, s in enumerate(sentences)}
        self.thresholds = thresholds
        self.semantic = encoder is not None

    def closeness(self, a: DatedClause, b: DatedClause) -> float:
        i = self.row[(a.sentence.article, a.sentence.start)]
        j = self.row[(b.sentence.article, b.sentence.start)]
        return self.space.closeness(i, j)

    def threshold(self, resolved: Resolved) -> float:
        t = self.thresholds
        if self.semantic:
            return t.day if resolved.precision == "day" else t.coarser
        return t.lexical_day if resolved.precision == "day" else t.lexical_coarser

    def groups(self, same_date: Sequence[DatedClause]) -> list[list[DatedClause]]:
        cluster = list(range(len(same_date)))
        pairs = sorted(((self.closeness(a, b), i, j)
                        for (i, a), (j, b) in itertools.combinations(enumerate(same_date), 2)
                        if a.sentence.article != b.sentence.article), reverse=True)
        limit = self.threshold(same_date[0].resolved)
        for score, i, j in pairs:
            if score < limit or cluster[i] == cluster[j]:
                continue
            members_i = {same_date[k].sentence.article for k, c in enumerate(cluster)
                         if c == cluster[i]}
            members_j = {same_date[k].sentence.article for k, c in enumerate(cluster)
                         if c == cluster[j]}
            if members_i & members_j:
                continue
            old = cluster[j]
            cluster = [cluster[i] if c == old else c for c in cluster]
        by_cluster: dict[int, list[DatedClause]] = {}
        for k, c in enumerate(cluster):
            by_cluster.setdefault(c, []).append(same_date[k])
        return list(by_cluster.values())

    def representative(self, group: Sequence[DatedClause]) -> DatedClause:
        """The member closest to the others, preferring a clause that tells no other date
        ("la réunion de mercredi a eu lieu…" rather than "…mercredi, a rapporté jeudi…")."""
        return max(group, key=lambda a: (a.alone, sum(self.closeness(a, b)
                                                       for b in group if b is not a)))


def _citation(clause: DatedClause, texts: Mapping[str, str]) -> Citation:
    text = texts[clause.sentence.article]
    return Citation(clause.sentence.article, clause.start, clause.end,
                    text[clause.start:clause.end])


def _one_per_sentence(clauses: Sequence[DatedClause]) -> list[DatedClause]:
    """A sentence that says "mercredi" twice is one event of that day, not two."""
    seen: dict[tuple[str, int, str], DatedClause] = {}
    for clause in clauses:
        seen.setdefault((clause.sentence.article, clause.sentence.start,
                         clause.resolved.value), clause)
    return list(seen.values())


def merge_events(clauses: Sequence[DatedClause], texts: Mapping[str, str],
                 start: dt.date | None, encoder: Encoder | None = None,
                 thresholds: MergeThresholds | None = None) -> list[TimelineEvent]:
    """One event per group of same-date clauses, ordered by date, then by support."""
    clauses = _one_per_sentence(clauses)
    if not clauses:
        return []
    merger = _Merger(clauses, encoder, thresholds or MergeThresholds())
    by_value: dict[str, list[DatedClause]] = {}
    for clause in clauses:
        by_value.setdefault(clause.resolved.value, []).append(clause)
    ordered: list[tuple[Any, TimelineEvent]] = []
    for same_date in by_value.values():
        for group in merger.groups(same_date):
            head = merger.representative(group)
            citations = [_citation(c, texts) for c in sorted(group, key=_order_in_text)]
            event = TimelineEvent(head.resolved.date, _citation(head, texts).text, citations,
                                  is_context(head.resolved, start))
            key = (head.resolved.first, -len(citations), _order_in_text(head))
            ordered.append((key, event))
    return [event for _, event in sorted(ordered, key=lambda item: item[0])]


def _order_in_text(clause: DatedClause) -> tuple[str, int]:
    return clause.sentence.article, clause.start
