"""Find quoted regions in text as scraped: « … », “ … ”, " … ", and their mixtures.

Scraped French text mixes marks (« … ” ), loses spaces, and sometimes flips a guillemet
(qu' »il y a …). A region is only returned when its closing mark is found; an opening mark
left unclosed in the text is ignored rather than swallowing everything after it.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"[«»“”„\"‹›]")
_OPENERS = {"«": "»”", "“": "”\"»", "„": "“”", "‹": "›", '"': '"”»'}
_CLOSERS = frozenset("»”›")


def _acts_as_opener(text: str, i: int) -> bool:
    """A closing-looking mark glued to the next word after a space opens a quote: ` »il`."""
    mark = text[i]
    if mark in _OPENERS:
        if mark != '"':
            return True
        before = text[i - 1] if i > 0 else " "
        return before.isspace() or before in "([{'’-–—:"
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return before.isspace() and after.isalpha()


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Outermost quoted regions `(start, end)`, marks included, in order of appearance."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _MARK.finditer(text):
        mark, i = match.group(), match.start()
        if stack and mark in _OPENERS.get(stack[-1][0], "") and not (
                mark == '"' and _acts_as_opener(text, i) and stack[-1][0] != '"'):
            _opener, start = stack.pop()
            if not stack:
                regions.append((start, i + 1))
        elif _acts_as_opener(text, i):
            stack.append((mark if mark not in _CLOSERS else "«", i))
    return regions


def inside_quote(regions: list[tuple[int, int]], offset: int) -> bool:
    """True when `offset` falls strictly inside one of `regions`."""
    return any(start < offset < end for start, end in regions)
