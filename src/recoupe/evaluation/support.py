"""`recoupe eval support`: do two sentences of different articles carry the same information?

Gold: `tests/gold/support_pairs.jsonl`, sentence pairs of one story labelled by hand, most
of them hard (same speaker or same topic, different claim). Precision matters most: a false
"same information" is a citation of an article that does not say what the summary says.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.embeddings import MultilingualEncoder
from recoupe.evaluation import EvalPaths, EvalResult, f1
from recoupe.ingest import read_sources
from recoupe.matching import SentenceSpace
from recoupe.nlp import analyse

STORIES = {"vostochny-2023": Path("examples/vostochny-2023")}


@dataclass(frozen=True, slots=True)
class Pair:
    a: tuple[str, int]
    b: tuple[str, int]
    same: bool
    text: str


def load_pairs(gold: Path) -> dict[str, list[Pair]]:
    by_story: dict[str, list[Pair]] = {}
    with (gold / "support_pairs.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            raw: dict[str, Any] = json.loads(line)
            pair = Pair((raw["a"]["article"], raw["a"]["start"]),
                        (raw["b"]["article"], raw["b"]["start"]), bool(raw["same"]),
                        f"{raw['a']['text'][:60]} | {raw['b']['text'][:60]}")
            by_story.setdefault(raw["story"], []).append(pair)
    return by_story


def story_space(directory: Path) -> SentenceSpace:
    articles = [clean_article(a) for a in read_sources([directory]).articles]
    sentences = [s for a in analyse(articles) for s in a.sentences]
    return SentenceSpace.of(sentences, MultilingualEncoder())


def _row_at(space: SentenceSpace, where: tuple[str, int]) -> int:
    """The sentence containing a gold offset (robust to changes in sentence splitting)."""
    article, offset = where
    return next(i for i, s in enumerate(space.sentences)
                if s.article == article and s.start <= offset < s.end)


def predictions(space: SentenceSpace, pairs: Sequence[Pair]) -> list[bool]:
    return [space.same_information(_row_at(space, p.a), _row_at(space, p.b)) for p in pairs]


def evaluate(paths: EvalPaths) -> EvalResult:
    tp = fp = fn = 0
    details = []
    for story, pairs in load_pairs(paths.gold).items():
        space = story_space(STORIES[story])
        for pair, predicted in zip(pairs, predictions(space, pairs), strict=True):
            tp += predicted and pair.same
            fp += predicted and not pair.same
            fn += pair.same and not predicted
            if predicted != pair.same:
                details.append(f"{'FP' if predicted else 'FN'} {pair.text}")
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    scores = {"precision": round(precision, 4), "recall": round(recall, 4),
              "f1": round(f1(precision, recall), 4)}
    report = (f"same-information pairs: {tp + fn} positive, {tp + fp} predicted\n"
              f"precision {precision:.3f}  recall {recall:.3f}  F1 {scores['f1']:.3f}")
    return EvalResult("support", scores, report, details)
