"""Quality gate: every evaluation with pinned floors must stay at or above them."""

from pathlib import Path

import pytest

from recoupe.evaluation import EvalPaths, below_floors, evaluate, load_floors

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
DATA = ROOT.parent / "shared" / "eval" / "rpm2-dev"
FLOORS = load_floors(GOLD)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_hold_their_floors(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # gold sets name the sample story by its path in the repo
    result = evaluate(name, EvalPaths(gold=GOLD, data=DATA))
    failures = below_floors(result, FLOORS[name])
    assert not failures, "\n".join(failures + result.details[:10])
