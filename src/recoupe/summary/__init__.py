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

from recoupe.embeddings import Encoder
from recoupe.matching import SentenceSpace
from recoupe.nlp import Analysis, Sentence
from recoupe.records import Citation, SummarySentence, Support
from recoupe.summary.candidates import judge
from recoupe.summary.features import features

DEFAULT_WORDS = 120


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """Length and ranking weights; the weights were tuned once on RPM2 dev (see README)."""

    words: int = DEFAULT_WORDS
    centrality_weight: float = 1.0
    cross_support_weight: float = 2.0
    corroboration_weight: float = 1.0  # boost per share of other articles carrying it
    lead_weight: float = 0.35
    novelty_power: float = 1.0  # update mode: how hard repeating the known is punished
    diversity: float = 0.35  # MMR: share of the score traded for novelty
    comfortable_words: int = 25  # longer sentences are scored down
    redundancy: float = 0.5  # closeness (lexical+meaning) at which a candidate repeats one chosen

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


def _matches(story: _Story, row: int) -> dict[str, int]:
    """For each other article, its sentence closest to `row`, when it carries the same info."""
    found: dict[str, int] = {}
    space = story.space
    own = space.sentences[row].article
    for analysis in story.analyses:
        rows = [r for r in space.rows_of(analysis.article.id)
                if not space.sentences[r].heading and space.carries(row, r)]
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
    top = max(scores.values(), default=1.0) or 1.0
    remaining = {row: score / top for row, score in scores.items()}  # relevance in [0, 1]
    while remaining and words < options.words:
        def mmr(r: int) -> float:
            overlap = max((story.space.closeness(r, c) for c in chosen), default=0.0)
            return (1 - options.diversity) * remaining[r] - options.diversity * overlap
        best = max(remaining, key=mmr)
        del remaining[best]
        length = len(story.sentences[best].text.split())
        repeats = any(story.space.same_information(best, c)
                      or story.space.closeness(best, c) >= options.redundancy for c in chosen)
        if repeats or (chosen and words + length > options.words * 1.25):
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
              options: SummaryOptions | None = None, encoder: Encoder | None = None,
              known: Sequence[Sentence] = ()) -> list[SummarySentence]:
    """Select, order and cite the summary sentences of one story.

    `known` sentences (an earlier brief of the story) are what the reader already has:
    sentences repeating them are scored down, so the summary tells what is new.
    """
    options = options or SummaryOptions()
    story = _Story(analyses, SentenceSpace.of([s for a in analyses for s in a.sentences],
                                              encoder))
    if not story.sentences:
        return []
    found = features(story.space, known)
    others = max(1, len(analyses) - 1)
    by_article = {a.article.id: a for a in analyses}
    scores: dict[int, float] = {}
    matches: dict[int, dict[str, int]] = {}
    for row, sentence in enumerate(story.sentences):
        verdict = judge(sentence, by_article[sentence.article])
        if not verdict.usable:
            continue
        matches[row] = _matches(story, row)
        # A long sentence spends the word budget on one point: prefer two short ones.
        brevity = min(1.0, options.comfortable_words / len(sentence.text.split())) ** 0.5
        relevance = (options.centrality_weight * float(found.centrality[row])
                     + options.cross_support_weight * float(found.cross_support[row])
                     + options.lead_weight * float(found.lead[row]))
        corroboration = 1.0 + options.corroboration_weight * len(matches[row]) / others
        scores[row] = (verdict.penalty * brevity * relevance * corroboration
                       * float(found.novelty[row]) ** options.novelty_power)
    chosen = _select(story, scores, options)
    groups = [[row, *matches[row].values()] for row in chosen]
    groups.sort(key=lambda g: (round(_relative_position(story, g), 1), -scores[g[0]]))
    return [_cite(story, g, origins or {}) for g in groups]


__all__ = ["DEFAULT_WORDS", "SummaryOptions", "summarise"]
