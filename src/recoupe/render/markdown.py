"""brief.md: readable in a terminal and on GitHub; `[000]` markers name the articles."""

from __future__ import annotations

from recoupe.entities.render import entities_markdown
from recoupe.facts.render import facts_markdown
from recoupe.origins.render import origins_markdown
from recoupe.records import Article, Brief, Quote
from recoupe.render.text import escape, marker_labels, markers, support_phrase
from recoupe.timeline.render import timeline_markdown


def _describe(article: Article) -> str:
    parts = [f"`{article.id}`"]
    if article.outlet:
        parts.append(escape(article.outlet))
    if article.published:
        parts.append(article.published)
    if article.title:
        parts.append(f"« {escape(article.title)} »")
    return " — ".join(parts)


def _summary(brief: Brief, labels: dict[str, str]) -> list[str]:
    lines = ["## Résumé", ""]
    for n, item in enumerate(brief.summary, start=1):
        lines.append(f"{n}. {escape(item.text)} {markers(item.citations, labels)} "
                     f"— _{support_phrase(item.support)}_")
        for citation in item.citations:
            lines.append(f"   > [{labels[citation.article]}] {escape(citation.text)}")
        lines.append("")
    return lines


def quotes_by_speaker(brief: Brief) -> list[tuple[str, str | None, list[Quote]]]:
    """Speakers in order of how many statements they are reported to have made."""
    groups: dict[str, list[Quote]] = {}
    for quote in brief.quotes:
        groups.setdefault(quote.speaker.name or "?", []).append(quote)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [(name, next((q.speaker.role for q in quotes if q.speaker.role), None), quotes)
            for name, quotes in ordered]


def _quotes(brief: Brief, labels: dict[str, str]) -> list[str]:
    if not brief.quotes:
        return []
    lines = ["## Qui a dit quoi", ""]
    for name, role, quotes in quotes_by_speaker(brief):
        lines.append(f"**{escape(name)}**" + (f" — {escape(role)}" if role else ""))
        lines.append("")
        for quote in quotes:
            mark = "«\u00a0{}\u00a0»" if quote.kind == "direct" else "{}"
            lines.append(f"- {mark.format(escape(quote.text))} {markers(quote.mentions, labels)}"
                         f" — _{quote.kind}, {support_phrase(quote.support)}_")
        lines.append("")
    return lines


def _sources(brief: Brief, labels: dict[str, str]) -> list[str]:
    lines = ["## Sources", ""]
    lines += [f"- [{labels[a.id]}] {_describe(a)}" for a in brief.articles]
    if brief.problems:
        lines += ["", "### Entrées non utilisées ou signalées", ""]
        lines += [f"- {p.severity}: {escape(str(p))}" for p in brief.problems]
    return [*lines, ""]


def render_markdown(brief: Brief) -> str:
    labels = marker_labels(brief)
    title = escape(brief.story.title or "Dossier")
    dates = " → ".join(d for d in (brief.story.start, brief.story.end) if d)
    lines = [f"# {title}", "",
             f"_{len(brief.articles)} articles{', ' + dates if dates else ''} — "
             f"chaque phrase cite les passages exacts qui la portent._", ""]
    lines += _summary(brief, labels)
    lines += facts_markdown(brief.facts, labels)
    lines += timeline_markdown(brief.timeline, labels)
    lines += _quotes(brief, labels)
    lines += entities_markdown(brief.entities, labels)
    lines += origins_markdown(brief.origins, labels)
    lines += _sources(brief, labels)
    return "\n".join(lines)
