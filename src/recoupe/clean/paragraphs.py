"""Split an article's text into paragraphs (non-empty lines) without losing an offset."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line, trimmed: `text == article_text[start:end]`."""

    index: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    def at(self, offset: int) -> int:
        """The article offset of `offset` characters into this paragraph's text."""
        return self.start + offset


def split_paragraphs(text: str) -> list[Paragraph]:
    found: list[Paragraph] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        found.append(Paragraph(len(found), start, start + len(stripped), stripped))
    return found


def normalised(text: str) -> str:
    """Case- and spacing-insensitive form used to spot repeated lines."""
    return " ".join(_WORD.findall(text.casefold()))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
