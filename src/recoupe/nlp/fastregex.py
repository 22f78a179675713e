"""Compile spaCy's French tokenizer patterns fast, to exactly the same patterns.

spaCy's French module builds, when imported, a 1.4 MB regular expression: ~800 alternatives
that each repeat huge case-insensitive Unicode letter classes. CPython compiles it from
scratch in every process. Two remedies, both exact, applied only while the model loads:

- the character-class optimisation is a pure function of its arguments, repeated ~800
  times on the same classes: it is memoised (~5 s saved);
- parsing the pattern still takes ~1.3 s, so the compiled program of a pattern that large
  is kept on disk, like a `.pyc`: later runs rebuild the pattern object from it with
  `_sre.compile`, which validates the program. The key covers the pattern, its flags and
  the regex engine's version; anything unreadable is recompiled, anything unwritable is
  simply not cached.

Only CPython's `re._compiler` (3.11+) is patched, and only inside the block.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine has no stubs
import array
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CACHED_FROM_CHARS = 100_000  # smaller patterns compile in milliseconds: not worth a file
_FORMAT = 1


def cache_directory() -> Path:
    """`$RECOUPE_CACHE`, else the user's cache directory (XDG), else ~/.cache."""
    explicit = os.environ.get("RECOUPE_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "recoupe"


def _cache_file(pattern: str, flags: int) -> Path:
    key = hashlib.sha256(f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{flags}|"
                         .encode() + pattern.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_directory() / f"regex-{key[:32]}.bin"


def _build(pattern: str, meta: dict[str, Any], code: list[int]) -> Any:
    return _sre.compile(pattern, meta["flags"], code, meta["groups"], meta["groupindex"],
                        tuple(meta["indexgroup"]))


def _read_program(path: Path, pattern: str) -> Any | None:
    """The pattern object rebuilt from its stored program, or None when there is none."""
    try:
        header, _, body = path.read_bytes().partition(b"\n")
        code = array.array("I")
        code.frombytes(body)
        return _build(pattern, json.loads(header), code.tolist())
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None  # absent, truncated, or from another engine: compile instead


def _write_program(path: Path, meta: dict[str, Any], code: list[int]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            out.write(json.dumps(meta).encode() + b"\n" + array.array("I", code).tobytes())
        os.replace(out.name, path)  # whole or not at all, even with two runs at once
    except OSError:
        pass  # a read-only home only makes the next run as slow as this one


def _compile_program(compiler: Any, pattern: str, flags: int) -> tuple[dict[str, Any], list[int]]:
    """What `re._compiler.compile` does, keeping the program and its group tables."""
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    meta = {"flags": flags | state.flags, "groups": state.groups - 1,
            "groupindex": dict(state.groupdict), "indexgroup": indexgroup}
    return meta, code


def _cached_compile(compiler: Any) -> Any:
    original = compiler.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or len(pattern) < CACHED_FROM_CHARS or (
                array.array("I").itemsize != _sre.CODESIZE):
            return original(pattern, flags)
        path = _cache_file(pattern, flags)
        found = _read_program(path, pattern)
        if found is not None:
            return found
        try:
            meta, code = _compile_program(compiler, pattern, flags)
            found = _build(pattern, meta, code)
        except (AttributeError, TypeError):  # another CPython's internals: the plain way
            return original(pattern, flags)
        _write_program(path, meta, code)
        return found

    return compile_


def _memoised_optimisation(original: Any) -> Any:
    cache: dict[tuple[Any, ...], Any] = {}

    def optimise(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        key = (tuple(charset), iscased, fixup, id(fixes))
        if key not in cache:
            cache[key] = original(charset, iscased, fixup, fixes)
        optimised, hascased = cache[key]
        return list(optimised), hascased

    return optimise


@contextmanager
def fast_regex_compilation() -> Iterator[None]:
    """Inside the block, `re.compile` gives the same patterns as outside, faster."""
    compiler: Any = getattr(re, "_compiler", None)
    if compiler is None or not hasattr(compiler, "_optimize_charset"):
        yield
        return
    saved = compiler._optimize_charset, compiler.compile
    compiler._optimize_charset = _memoised_optimisation(saved[0])
    compiler.compile = _cached_compile(compiler)
    try:
        yield
    finally:
        compiler._optimize_charset, compiler.compile = saved
