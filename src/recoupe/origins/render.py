"""The "Origines" section of brief.md (the HTML partial is templates/origins.html.j2)."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.records import Origin
from recoupe.render.text import escape


def with_markers(text: str, labels: dict[str, str]) -> str:
    """Article ids in an evidence sentence replaced by their markers ("[000]")."""
    for article_id in sorted(labels, key=len, reverse=True):
        text = text.replace(article_id, f"[{labels[article_id]}]")
    return text


def origins_markdown(origins: Sequence[Origin], labels: dict[str, str]) -> list[str]:
    """A table: each origin, its articles by marker, the evidence; [] when there is none."""
    if not origins:
        return []
    lines = ["## Origines", "",
             f"{len(origins)} origine{'s' if len(origins) > 1 else ''} indépendante"
             f"{'s' if len(origins) > 1 else ''} pour "
             f"{sum(len(o.articles) for o in origins)} articles.", "",
             "| Origine | Articles | Preuves |", "| --- | --- | --- |"]
    for origin in origins:
        articles = "".join(f"\\[{labels.get(a, a)}\\]" for a in origin.articles)
        evidence = " ; ".join(escape(with_markers(e, labels)) for e in origin.evidence)
        lines.append(f"| {escape(origin.name)} | {articles} | {evidence} |")
    return [*lines, ""]
