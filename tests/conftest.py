"""Shared fixtures: the sample story, the shared evaluation data, one spaCy load per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "vostochny-2023"
SHARED = ROOT.parent / "shared"
SCHEMA_PATH = SHARED / "brief.schema.json"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def brief_schema() -> dict[str, Any]:
    if not SCHEMA_PATH.exists():
        pytest.skip("../shared/brief.schema.json is not beside the project")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate(brief_schema: dict[str, Any]):  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(brief_schema)

    def check(document: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    return check


@pytest.fixture(scope="session")
def sample_brief():  # type: ignore[no-untyped-def]
    """The brief of the sample story, built once for every test that reads it."""
    from recoupe.pipeline import build_brief

    return build_brief([SAMPLE])
