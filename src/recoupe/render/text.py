"""Text helpers every Markdown section shares: escaping, article markers, support."""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.records import Brief, Citation, Support

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax so that source text renders as text."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def marker_labels(brief: Brief) -> dict[str, str]:
    """Article id -> its footnote marker: 000, 001, … in brief order."""
    return {a.id: f"{n:03d}" for n, a in enumerate(brief.articles)}


def support_phrase(support: Support) -> str:
    articles = f"{support.articles} article{'s' if support.articles > 1 else ''}"
    origins = f"{support.origins} origine{'s' if support.origins > 1 else ''}"
    return f"{articles}, {origins}"


def markers(citations: Sequence[Citation], labels: dict[str, str]) -> str:
    """ "[000][003]": each cited article once, in citation order."""
    seen = dict.fromkeys(labels.get(c.article, c.article) for c in citations)
    return "".join(f"[{label}]" for label in seen)
