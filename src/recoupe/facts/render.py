"""The "Convergences et divergences" section of brief.md.

For each fact: its status and topic, then each outlet's wording with its marker. A value an
article repeats is shown once; an article giving two values (a revised figure) shows both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.records import Fact, FactStatus
from recoupe.render.text import escape, support_phrase

STATUS_WORDS: dict[FactStatus, str] = {
    "conflict": "Divergence",
    "less_precise": "Précision inégale",
    "agree": "Concordance",
    "single": "Une seule source",
}
STATUS_NOTES: dict[FactStatus, str] = {
    "conflict": "les valeurs ne peuvent pas être vraies ensemble",
    "less_precise": "compatibles, mais une source est bien moins précise",
    "agree": "les sources disent la même chose",
    "single": "autre périmètre que le fait précédent, à ne pas confondre",
}


@dataclass(frozen=True, slots=True)
class Wording:
    """What one article says of a fact: its distinct wordings, in text order."""

    article: str
    texts: tuple[str, ...]


def wordings(fact: Fact) -> list[Wording]:
    """One entry per article, in the order the fact lists them."""
    by_article: dict[str, list[str]] = {}
    for value in fact.values:
        texts = by_article.setdefault(value.citation.article, [])
        if " ".join(value.text.split()) not in (" ".join(t.split()) for t in texts):
            texts.append(value.text)
    return [Wording(article, tuple(texts)) for article, texts in by_article.items()]


def _wording_line(wording: Wording, labels: dict[str, str]) -> str:
    quoted = ", ".join(f"« {escape(text)} »" for text in wording.texts)
    return f"   - [{labels.get(wording.article, wording.article)}] {quoted}"


def facts_markdown(facts: Sequence[Fact], labels: dict[str, str]) -> list[str]:
    """Markdown lines of the section; none when the story has no compared facts."""
    if not facts:
        return []
    lines = ["## Convergences et divergences", ""]
    for number, fact in enumerate(facts, start=1):
        lines.append(f"{number}. **{STATUS_WORDS[fact.status]}** — {escape(fact.topic)} "
                     f"_({STATUS_NOTES[fact.status]}; {support_phrase(fact.support)})_")
        lines += [_wording_line(w, labels) for w in wordings(fact)]
        lines.append("")
    return lines


__all__ = ["STATUS_WORDS", "Wording", "facts_markdown", "wordings"]
