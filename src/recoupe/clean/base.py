"""What every cleaning rule shares: the finding it answers and the context it may read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from recoupe.clean.paragraphs import Paragraph

Kind = Literal["noise", "heading", "title"]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a paragraph (or part of it) is, when it is not plain content.

    A whole-paragraph finding has no offsets. A partial one names the noisy part with
    article offsets: `start` alone means "from here to the end of the paragraph", `end`
    alone "from the paragraph start to here" (a wire dateline before the first sentence).
    """

    kind: Kind
    reason: str
    start: int | None = None
    end: int | None = None

    @property
    def partial(self) -> bool:
        return self.start is not None or self.end is not None

    def span_in(self, p: Paragraph) -> tuple[int, int]:
        return (p.start if self.start is None else self.start,
                p.end if self.end is None else self.end)


@dataclass(slots=True)
class Context:
    """What rules may know about the article besides the paragraph they look at."""

    paragraphs: list[Paragraph]
    seen: dict[str, int]  # normalised text -> index of its first paragraph
    content_seen: bool = False

    def previous(self, p: Paragraph) -> Paragraph | None:
        return self.paragraphs[p.index - 1] if p.index > 0 else None

    def following(self, p: Paragraph) -> Paragraph | None:
        return self.paragraphs[p.index + 1] if p.index + 1 < len(self.paragraphs) else None

    def from_end(self, p: Paragraph) -> int:
        return len(self.paragraphs) - 1 - p.index


Rule = Callable[[Paragraph, Context], Finding | None]


def noise(reason: str) -> Finding:
    return Finding("noise", reason)


def ends_like_heading(text: str) -> bool:
    """Headlines and section titles end without a full stop (or with ? / !)."""
    return not text.endswith((".", ":", ";", ",", "»", '"', "”", "…")) or text.endswith(
        ("?", "!"))
