"""spaCy's French patterns compile fast, to exactly the patterns CPython would build."""

import re
from pathlib import Path

import pytest

from recoupe.nlp.fastregex import CACHED_FROM_CHARS, _cache_file, fast_regex_compilation

LETTERS = "a-zà-öø-ÿĀ-ſƀ-ɏḀ-ỿА-я"
WORDS = ["anti-Poutine", "AUTO-école", "néo-libéral", "anti-", "pro-russe", "Néo-Kyiv",
         "préfixe12-x", "préfixe9999-été"]


def large_pattern(salt: str) -> str:
    """Thousands of hyphenated-prefix alternatives, as in spaCy's French tokenizer."""
    prefixes = ["anti", "auto", "néo"] + [f"préfixe{i}" for i in range(2500)]
    pattern = "(?iu)" + "|".join(f"(?:^{p}[-][{LETTERS}]+$)" for p in prefixes) + f"|{salt}"
    assert len(pattern) >= CACHED_FROM_CHARS
    return pattern


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RECOUPE_CACHE", str(tmp_path))
    return tmp_path


def matches(pattern: re.Pattern[str]) -> list[bool]:
    return [bool(pattern.match(w)) for w in WORDS]


def test_a_small_pattern_compiles_as_usual_and_matches_the_same_strings(cache: Path) -> None:
    pattern = "(?iu)" + "|".join(f"(?:^{p}[-][{LETTERS}]+$)" for p in ("anti", "auto", "néo"))
    with fast_regex_compilation():
        fast = re.compile(pattern + "|(?:y)")
    assert matches(fast) == matches(re.compile(pattern + "|(?:x)"))
    assert not list(cache.iterdir())


def test_a_large_pattern_is_compiled_once_then_read_back_identical(cache: Path) -> None:
    pattern = large_pattern("first")
    with fast_regex_compilation():
        compiled = re.compile(pattern)
    assert _cache_file(pattern, 0).exists()
    re.purge()  # not re's own in-memory cache: the file this time
    with fast_regex_compilation():
        read_back = re.compile(pattern)
    assert read_back is not compiled and read_back.pattern == pattern
    assert matches(read_back) == matches(compiled) == [True, True, True, False, False, True,
                                                      True, False]


def test_an_unreadable_cache_file_is_compiled_again(cache: Path) -> None:
    pattern = large_pattern("second")
    _cache_file(pattern, 0).write_bytes(b'{"flags": 34}\n\x00\x01garbage')
    with fast_regex_compilation():
        compiled = re.compile(pattern)
    assert matches(compiled)[:3] == [True, True, True]
    re.purge()
    with fast_regex_compilation():
        assert matches(re.compile(pattern)) == matches(compiled)


def test_an_unwritable_cache_only_costs_time(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("RECOUPE_CACHE", str(blocker / "cache"))
    with fast_regex_compilation():
        assert matches(re.compile(large_pattern("third")))[0]
