"""The cleaning gold set meets the issue's bar: `recoupe eval clean` on the labelled articles."""

from pathlib import Path

import pytest

from recoupe.evaluation import EvalPaths
from recoupe.evaluation.clean import evaluate, load_cases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "rpm2-dev"
PATHS = EvalPaths(gold=ROOT / "tests" / "gold", data=DATA)

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="RPM2 dev data is not beside the repo")


def test_the_gold_set_holds_at_least_30_real_articles_of_three_kinds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the gold names the sample story by its path in the repo
    kinds = [case.id.split("/", 1)[0] for case in load_cases(PATHS)]
    assert len(kinds) >= 30 and set(kinds) == {"sample", "rpm2", "html"}


def test_noise_is_removed_and_content_kept_as_the_issue_requires(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = evaluate(PATHS)
    assert result.scores["noise_recall"] >= 0.95, result.details
    assert result.scores["content_kept"] >= 0.99, result.details
    assert result.scores["rpm2_content_kept"] == 1.0, result.details
