"""`recoupe eval NAME`: score a component against its gold set, compare with pinned floors.

Each evaluation is a module of this package with `evaluate(paths: EvalPaths) -> EvalResult`.
Floors live in `tests/gold/floors.json`; CI fails when a score drops below its floor.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from dataclasses import dataclass, field
from pathlib import Path

EVALUATIONS = ("support", "summaries", "clean", "quotes", "entities", "origins", "facts",
               "timeline")


@dataclass(frozen=True, slots=True)
class EvalPaths:
    gold: Path = Path("tests/gold")
    data: Path = Path("../shared/eval/rpm2-dev")


@dataclass(slots=True)
class EvalResult:
    name: str
    scores: dict[str, float]
    report: str = ""  # a human-readable table
    details: list[str] = field(default_factory=list)  # errors worth reading


def available() -> list[str]:
    """Evaluations whose module exists (the list grows as capabilities land)."""
    return [n for n in EVALUATIONS if importlib.util.find_spec(f"{__name__}.{n}") is not None]


def evaluate(name: str, paths: EvalPaths | None = None) -> EvalResult:
    if name not in available():
        raise ValueError(f"unknown evaluation {name!r}; available: {', '.join(available())}")
    module = importlib.import_module(f"{__name__}.{name}")
    result: EvalResult = module.evaluate(paths or EvalPaths())
    return result


def load_floors(gold: Path) -> dict[str, dict[str, float]]:
    path = gold / "floors.json"
    if not path.exists():
        return {}
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return {name: floors for name, floors in data.items() if not name.startswith("_")}


def below_floors(result: EvalResult, floors: dict[str, float]) -> list[str]:
    """Each metric under its floor, as a sentence; empty when all floors hold."""
    failures = []
    for metric, floor in floors.items():
        value = result.scores.get(metric)
        if value is None or value + 1e-9 < floor:
            failures.append(f"{result.name}.{metric} = {value} < floor {floor}")
    return failures


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


__all__ = ["EVALUATIONS", "EvalPaths", "EvalResult", "available", "below_floors", "evaluate",
           "f1", "load_floors"]
