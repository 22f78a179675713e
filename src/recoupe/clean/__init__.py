"""Clean: mark what is not article content, with a reason, and read metadata from the text.

The text itself is never changed: the stage returns the article with `body` (kept spans),
`removed` (spans and reasons) and `headings` (titles and intertitles, kept but not prose).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from recoupe.clean.paragraphs import Paragraph, normalised, split_paragraphs
from recoupe.clean.rules import DATE_PREFIX, TEASER_TAIL, Context, Finding, classify
from recoupe.records import Article, Removal, Span

_KNOWN_OUTLETS = frozenset(normalised(name) for name in (
    "BFMTV", "BFM TV", "Le Monde", "Libération", "Le Figaro", "France 24", "franceinfo",
    "France Info", "20 Minutes", "Ouest-France", "L'Express", "Le Point", "RFI", "TF1",
    "TF1 Info", "Europe 1", "RTL", "Mediapart", "Le Parisien", "Les Echos", "La Croix",
    "L'Obs", "Le HuffPost", "Huffington Post", "Marianne", "Courrier international",
    "Le Journal du Dimanche", "JDD", "CNews", "LCI", "France Inter", "Le Temps", "RTBF",
    "La Libre", "Le Soir", "Radio-Canada", "Le Devoir", "La Presse", "Sud Ouest",
    "La Dépêche", "Le Progrès", "Nice-Matin", "La Voix du Nord", "Euronews", "TV5Monde",
))


@dataclass(slots=True)
class _Marks:
    """What the rules decided for one article, before it becomes `Article` fields."""

    body: list[Span] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None


def _is_outlet_line(p: Paragraph) -> bool:
    if p.index != 0 or len(p.words) > 4:
        return False
    letters = "".join(p.words)
    shouty = len(p.words) == 1 and len(letters) >= 3 and letters.isupper()
    return normalised(p.text) in _KNOWN_OUTLETS or shouty


def _strip_date_prefix(text: str, paragraphs: list[Paragraph], marks: _Marks) -> str | None:
    """Take a leading `date 2023-09` out of the first paragraph; return the date."""
    match = DATE_PREFIX.match(text)
    if not match or not paragraphs:
        return None
    first, cut = paragraphs[0], match.end()
    paragraphs[0] = Paragraph(0, cut, first.end, text[cut:first.end])
    marks.removed.append(Removal(match.start(1) - len("date "), cut, "metadata"))
    return match.group(1)


def _apply(p: Paragraph, findings: list[Finding], marks: _Marks) -> None:
    end = p.end
    for finding in findings:
        if finding.start is not None:  # a tail: remove it, keep the head
            marks.removed.append(Removal(finding.start, p.end, finding.reason))
            end = finding.start
    whole = next((f for f in findings if f.start is None), None)
    if whole is not None and whole.kind == "noise":
        marks.removed.append(Removal(p.start, p.end, whole.reason))
        return
    marks.body.append(Span(p.start, end))
    if whole is not None:
        marks.headings.append(Span(p.start, end))
        if whole.kind == "title" and marks.title is None:
            marks.title = TEASER_TAIL.sub("", p.text).strip()


def mark_article(text: str) -> tuple[_Marks, str | None]:
    """Classify every paragraph; return the marks and a date found in a metadata prefix."""
    paragraphs = split_paragraphs(text)
    marks = _Marks()
    date = _strip_date_prefix(text, paragraphs, marks)
    seen: dict[str, int] = {}
    for p in paragraphs:
        seen.setdefault(normalised(TEASER_TAIL.sub("", p.text)), p.index)
    ctx = Context(paragraphs, seen)
    for p in paragraphs:
        if _is_outlet_line(p):
            marks.removed.append(Removal(p.start, p.end, "outlet"))
            marks.outlet = p.text
            continue
        findings = classify(p, ctx)
        _apply(p, findings, marks)
        ctx.content_seen = ctx.content_seen or not any(f.start is None for f in findings)
    return marks, date


def clean_article(article: Article) -> Article:
    """The article with spans marked; metadata found in the text fills only empty fields."""
    marks, date = mark_article(article.text)
    return replace(
        article,
        body=marks.body,
        removed=sorted(marks.removed, key=lambda r: r.start),
        headings=marks.headings,
        title=article.title or marks.title,
        outlet=article.outlet or marks.outlet,
        published=article.published or date,
    )


__all__ = ["clean_article", "mark_article"]
