"""Word stems for matching: "accepté", "accepter" and "acceptation" all give "accept"."""

from __future__ import annotations

import functools

import snowballstemmer

_FRENCH = snowballstemmer.stemmer("french")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball French stem of a lower-cased word (cached: news vocabulary repeats)."""
    return str(_FRENCH.stemWord(word))
