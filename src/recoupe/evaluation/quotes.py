"""`recoupe eval quotes`: quotes, speakers, roles and cross-article merges against gold.

Gold: `tests/gold/quotes.jsonl` (conventions in tests/gold/QUOTES.md). Span overlap is
shared characters / gold characters; each prediction matches at most one gold quote.
Reported: P/R/F1 at overlap 0.3 and 0.8, speaker and role accuracy (on quotes matched at
0.3), and the pairwise F1 of merging: over pairs of mentions in different articles (the
cross-article merge the issue sets a target for), and apart from it over pairs in one article
(the pieces of one statement an outlet reports in several places, which the gold groups
too).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.embeddings import MultilingualEncoder
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.evaluation.rpm2 import load_clusters
from recoupe.ingest import read_sources
from recoupe.nlp import analyse
from recoupe.nlp.names import name_key
from recoupe.quotes import extract_quotes
from recoupe.records import Article, Quote

SAMPLE_STORY = "vostochny-2023"


@dataclass(frozen=True, slots=True)
class GoldQuote:
    article: str
    start: int
    end: int
    speaker: str
    role: str | None
    group: str | None


@dataclass(frozen=True, slots=True)
class Predicted:
    article: str
    start: int
    end: int
    speaker: str | None
    role: str | None
    quote: str  # the id of the merged quote it belongs to


def load_gold(gold: Path) -> dict[str, list[GoldQuote]]:
    """Story -> gold quotes (articles without quotes contribute none)."""
    stories: dict[str, list[GoldQuote]] = {}
    with (gold / "quotes.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            raw: dict[str, Any] = json.loads(line)
            quotes = stories.setdefault(raw["story"], [])
            quotes += [GoldQuote(raw["article"], q["start"], q["end"], q["speaker"],
                                 q.get("role"), q.get("group")) for q in raw["quotes"]]
    return stories


def _story_articles(story: str, paths: EvalPaths) -> list[Article]:
    if story == SAMPLE_STORY:
        return read_sources([Path("examples") / SAMPLE_STORY]).articles
    cluster = next(c for c in load_clusters(paths.data) if c.id == story)
    return list(cluster.articles)


def _predictions(quotes: Sequence[Quote]) -> list[Predicted]:
    return [Predicted(m.article, m.start, m.end, q.speaker.name, q.speaker.role, q.id)
            for q in quotes for m in q.mentions]


def _shared(p: Predicted, g: GoldQuote) -> int:
    return max(0, min(p.end, g.end) - max(p.start, g.start)) if p.article == g.article else 0


def overlap(p: Predicted, g: GoldQuote) -> float:
    return _shared(p, g) / max(1, g.end - g.start)


def match(predicted: Sequence[Predicted], gold: Sequence[GoldQuote],
          threshold: float) -> dict[int, int]:
    """Gold index -> predicted index, greedily by overlap, one to one; of two gold quotes a
    prediction covers as well, the one holding more of its characters, then the first."""
    pairs = sorted(((overlap(p, g), _shared(p, g), -gi, -pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(predicted)), reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, _, minus_gi, minus_pi in pairs:
        gi, pi = -minus_gi, -minus_pi
        if score < threshold:
            break
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _speaker_words(name: str) -> set[str]:
    """The words of a speaker's name without a leading article: "l'armée colombienne" is
    the gold's "armée colombienne"."""
    words = name.lower().replace("’", "'").split()
    if words and words[0] in ("le", "la", "les"):
        words = words[1:]
    elif words and words[0].startswith("l'"):
        words[0] = words[0][2:]
    return set(words)


def same_speaker(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    if name_key(predicted) == name_key(gold):
        return True
    p, g = _speaker_words(predicted), _speaker_words(gold)
    return bool(p & g) and (p <= g or g <= p)


def same_role(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    p, g = set(predicted.lower().split()), set(gold.lower().split())
    return len(p & g) / max(1, len(g)) >= 0.5


def _pairs(groups: dict[int, str | None]) -> set[tuple[int, int]]:
    return {(a, b) for a, b in combinations(sorted(groups), 2)
            if groups[a] is not None and groups[a] == groups[b]}


@dataclass(slots=True)
class _Pairs:
    gold: int = 0
    predicted: int = 0
    right: int = 0

    def add(self, gold: set[tuple[int, int]], predicted: set[tuple[int, int]]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.right += len(gold & predicted)

    def scores(self, prefix: str) -> dict[str, float]:
        p, r = self.right / max(1, self.predicted), self.right / max(1, self.gold)
        return {f"{prefix}_precision": p, f"{prefix}_recall": r, f"{prefix}_f1": f1(p, r)}


@dataclass(slots=True)
class Tally:
    """The counts of a quote evaluation, story by story."""

    gold: int = 0
    predicted: int = 0
    matched_03: int = 0
    matched_08: int = 0
    speakers: int = 0
    roles: int = 0
    roles_gold: int = 0
    merges: _Pairs = field(default_factory=_Pairs)  # mentions in different articles
    pieces: _Pairs = field(default_factory=_Pairs)  # mentions in one article

    def add_story(self, gold: list[GoldQuote], predicted: list[Predicted],
                  details: list[str]) -> None:
        annotated = {g.article for g in gold}
        predicted = [p for p in predicted if p.article in annotated]
        self.gold += len(gold)
        self.predicted += len(predicted)
        loose, strict = match(predicted, gold, 0.3), match(predicted, gold, 0.8)
        self.matched_03 += len(loose)
        self.matched_08 += len(strict)
        for gi, pi in loose.items():
            g, p = gold[gi], predicted[pi]
            self.speakers += same_speaker(p.speaker, g.speaker)
            if not same_speaker(p.speaker, g.speaker):
                details.append(f"SPEAKER {g.article} {g.start}: {p.speaker!r} != {g.speaker!r}")
            if g.role:
                self.roles_gold += 1
                self.roles += same_role(p.role, g.role)
        self._merges(gold, predicted, loose)
        for gi in set(range(len(gold))) - set(loose):
            details.append(f"MISSED {gold[gi].article} {gold[gi].start}-{gold[gi].end} "
                           f"({gold[gi].speaker})")
        for pi in set(range(len(predicted))) - set(loose.values()):
            details.append(f"SPURIOUS {predicted[pi].article} {predicted[pi].start}-"
                           f"{predicted[pi].end} ({predicted[pi].speaker})")

    def _merges(self, gold: list[GoldQuote], predicted: list[Predicted],
                loose: dict[int, int]) -> None:
        gold_pairs = _pairs({i: g.group for i, g in enumerate(gold)})
        predicted_pairs = _pairs({gi: predicted[pi].quote for gi, pi in loose.items()})
        within = {(a, b) for a, b in gold_pairs | predicted_pairs
                  if gold[a].article == gold[b].article}
        self.merges.add(gold_pairs - within, predicted_pairs - within)
        self.pieces.add(gold_pairs & within, predicted_pairs & within)

    def scores(self) -> dict[str, float]:
        scores: dict[str, float] = {}
        for label, hits in (("03", self.matched_03), ("08", self.matched_08)):
            p, r = hits / max(1, self.predicted), hits / max(1, self.gold)
            scores |= {f"precision_{label}": p, f"recall_{label}": r, f"f1_{label}": f1(p, r)}
        scores["speaker_accuracy"] = self.speakers / max(1, self.matched_03)
        scores["role_accuracy"] = self.roles / max(1, self.roles_gold)
        scores |= self.merges.scores("merge") | self.pieces.scores("pieces")
        return {k: round(v, 4) for k, v in scores.items()}


def evaluate(paths: EvalPaths) -> EvalResult:
    encoder = MultilingualEncoder()
    tally, details = Tally(), list[str]()
    for story, gold in load_gold(paths.gold).items():
        analyses = analyse([clean_article(a) for a in _story_articles(story, paths)])
        tally.add_story(gold, _predictions(extract_quotes(analyses, encoder=encoder)), details)
    s = tally.scores()
    report = (f"quotes: {tally.gold} gold, {tally.predicted} predicted\n"
              f"overlap 0.3: P {s['precision_03']:.3f} R {s['recall_03']:.3f} "
              f"F1 {s['f1_03']:.3f}\n"
              f"overlap 0.8: P {s['precision_08']:.3f} R {s['recall_08']:.3f} "
              f"F1 {s['f1_08']:.3f}\n"
              f"speaker accuracy {s['speaker_accuracy']:.3f}, role accuracy "
              f"{s['role_accuracy']:.3f}\n"
              f"cross-article merges: P {s['merge_precision']:.3f} R {s['merge_recall']:.3f} "
              f"F1 {s['merge_f1']:.3f}\n"
              f"pieces within an article: P {s['pieces_precision']:.3f} "
              f"R {s['pieces_recall']:.3f} F1 {s['pieces_f1']:.3f}")
    return EvalResult("quotes", s, report, details)
