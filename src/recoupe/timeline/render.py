"""The "Chronologie" section of brief.md (the HTML partial is templates/timeline.html.j2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from recoupe.records import TimelineEvent
from recoupe.render.text import escape, markers
from recoupe.timeline.reference import spoken

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")


def date_label(date: str) -> str:
    """"2023-09-13" -> "mercredi 13 septembre 2023", "2023-07" -> "juillet 2023"."""
    try:
        if len(date) == 10:
            return spoken(dt.date.fromisoformat(date))
        if len(date) == 7:
            return f"{_MONTHS[int(date[5:7]) - 1]} {date[:4]}"
    except (ValueError, IndexError):
        pass
    return date


def _entry(event: TimelineEvent, labels: dict[str, str]) -> list[str]:
    lines = [f"- **{date_label(event.date)}** — {escape(event.text)} "
             f"{markers(event.citations, labels)}"]
    for citation in event.citations:
        lines.append(f"  > [{labels.get(citation.article, citation.article)}] "
                     f"{escape(citation.text)}")
    return lines


def timeline_markdown(events: Sequence[TimelineEvent], labels: dict[str, str]) -> list[str]:
    """The story's events in date order, then the background ("Contexte"); [] when empty."""
    if not events:
        return []
    lines = ["## Chronologie", ""]
    for event in (e for e in events if not e.context):
        lines += _entry(event, labels)
    background = [e for e in events if e.context]
    if background:
        lines += ["", "### Contexte", ""]
        for event in background:
            lines += _entry(event, labels)
    return [*lines, ""]
