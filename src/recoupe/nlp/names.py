"""Spelling-insensitive keys for names: transliterations of one name meet on one key.

"Vostotchny" (French) and "Vostochny" (English), "Choïgou" and "Shoigu", "Kim Jong-un"
and "Kim Jong Un" differ in how a desk transliterated them, not in what they name.
"""

from __future__ import annotations

import re
import unicodedata

# Applied in order, on lower-cased, accent-free text.
_TRANSLITERATION = (
    (re.compile(r"tch"), "ch"),
    (re.compile(r"sch|sh"), "ch"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"y"), "i"),
    (re.compile(r"[-‐‑’'. ]+"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """'Vostotchny' and 'Vostochny' -> 'vostochni'; 'Kim Jong-un' -> 'kimjongun'."""
    key = strip_accents(name.casefold())
    for pattern, replacement in _TRANSLITERATION:
        key = pattern.sub(replacement, key)
    return key
