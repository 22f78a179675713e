"""Readers raise `InputError` for an input they cannot use; it becomes an `InputProblem`."""

from __future__ import annotations

from recoupe.records import InputProblem


class InputError(Exception):
    """Raised by a reader for an input it cannot use; turned into an `InputProblem`."""


__all__ = ["InputError", "InputProblem"]
