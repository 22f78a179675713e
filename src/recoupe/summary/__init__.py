"""Summary: a multi-document extractive summary whose every sentence cites every article
that carries the same information.

Ranking rewards what a story-level view offers: centrality over the whole story, how many
articles carry the information, and lead position. Redundancy is removed with MMR; the
selected sentences are ordered by where the story tells them (lead first), then by score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from recoupe.embeddings import Encoder, Matrix
from recoupe.matching import SentenceSpace, normalise_rows
from recoupe.nlp import Analysis, Sentence
from recoupe.records import Citation, SummarySentence, Support
from recoupe.summary.candidates import judge

DEFAULT_WORDS = 120


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    words: int = DEFAULT_WORDS
    support_weight: float = 0.6
    position_weight: float = 0.25
    diversity: float = 0.35  # MMR: share of the score traded for novelty
    comfortable_words: int = 25  # longer sentences are scored down

    def __post_init__(self) -> None:
        if self.words < 10:
            raise ValueError(f"summary length must be at least 10 words, not {self.words}")


@dataclass(slots=True)
class _Story:
    analyses: Sequence[Analysis]
    space: SentenceSpace

    @property
    def sentences(self) -> list[Sentence]:
        return self.space.sentences


def _centrality(story: _Story) -> Matrix:
    """Similarity to the story centroid; each article weighs the same in the centroid."""
    vectors = story.space.vectors
    means = [vectors[rows].mean(axis=0) for a in story.analyses
             if (rows := story.space.rows_of(a.article.id))]
    centroid = normalise_rows(np.mean(means, axis=0, keepdims=True))[0]
    scores: Matrix = (vectors @ centroid).astype(np.float32)
    return scores


def _matches(story: _Story, row: int) -> dict[str, int]:
    """For each other article, its sentence closest to `row`, when it carries the same info."""
    found: dict[str, int] = {}
    space = story.space
    own = space.sentences[row].article
    for analysis in story.analyses:
        rows = [r for r in space.rows_of(analysis.article.id)
                if not space.sentences[r].heading and space.same_information(row, r)]
        if analysis.article.id != own and rows:
            found[analysis.article.id] = max(rows, key=lambda r: space.closeness(row, r))
    return found


def _relative_position(story: _Story, rows: list[int]) -> float:
    """Mean position (0 = lead, 1 = last sentence) of a piece of information."""
    positions = []
    for r in rows:
        sentence = story.sentences[r]
        count = len(story.space.rows_of(sentence.article))
        positions.append(sentence.index / max(1, count - 1))
    return float(np.mean(positions))


def _select(story: _Story, scores: dict[int, float], options: SummaryOptions) -> list[int]:
    chosen: list[int] = []
    words = 0
    remaining = dict(scores)
    while remaining and words < options.words:
        def mmr(r: int) -> float:
            overlap = max((story.space.closeness(r, c) for c in chosen), default=0.0)
            return (1 - options.diversity) * remaining[r] - options.diversity * overlap
        best = max(remaining, key=mmr)
        del remaining[best]
        length = len(story.sentences[best].text.split())
        if chosen and words + length > options.words * 1.25:
            continue
        chosen.append(best)
        words += length
    return chosen


def _cite(story: _Story, rows: list[int], origins: Mapping[str, str]) -> SummarySentence:
    by_id = {a.article.id: a.article for a in story.analyses}
    order = {a.article.id: n for n, a in enumerate(story.analyses)}
    cited = sorted(rows, key=lambda r: order[story.sentences[r].article])
    citations = [Citation.of(by_id[story.sentences[r].article], story.sentences[r].start,
                             story.sentences[r].end) for r in cited]
    articles = {c.article for c in citations}
    support = Support(len(articles), len({origins.get(a, a) for a in articles}))
    return SummarySentence(story.sentences[rows[0]].text, citations, support)


def summarise(analyses: Sequence[Analysis], origins: Mapping[str, str] | None = None,
              options: SummaryOptions | None = None,
              encoder: Encoder | None = None) -> list[SummarySentence]:
    """Select, order and cite the summary sentences of one story."""
    options = options or SummaryOptions()
    story = _Story(analyses, SentenceSpace.of([s for a in analyses for s in a.sentences],
                                              encoder))
    if not story.sentences:
        return []
    centrality = _centrality(story)
    others = max(1, len(analyses) - 1)
    by_article = {a.article.id: a for a in analyses}
    scores: dict[int, float] = {}
    matches: dict[int, dict[str, int]] = {}
    for row, sentence in enumerate(story.sentences):
        verdict = judge(sentence, by_article[sentence.article])
        if not verdict.usable:
            continue
        matches[row] = _matches(story, row)
        lead = 1.0 / np.sqrt(1.0 + sentence.index)
        # A long sentence spends the word budget on one point: prefer two short ones.
        brevity = min(1.0, options.comfortable_words / len(sentence.text.split())) ** 0.5
        scores[row] = verdict.penalty * brevity * (float(centrality[row])
                                         + options.support_weight * len(matches[row]) / others
                                         + options.position_weight * lead)
    chosen = _select(story, scores, options)
    groups = [[row, *matches[row].values()] for row in chosen]
    groups.sort(key=lambda g: (round(_relative_position(story, g), 1), -scores[g[0]]))
    return [_cite(story, g, origins or {}) for g in groups]


__all__ = ["DEFAULT_WORDS", "SummaryOptions", "summarise"]
