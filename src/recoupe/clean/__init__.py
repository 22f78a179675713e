"""Clean: mark what is not article content, with a reason, and read metadata from the text.

The text itself is never changed: the stage returns the article with `body` (kept spans),
`removed` (spans and reasons) and `headings` (titles and intertitles, kept but not prose),
and fills the metadata the text reveals (outlet, byline, publication date, agency
credits) where the source left it empty. `credit_evidence` tells why each credit was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from recoupe.clean.base import Context, Finding
from recoupe.clean.credits import (
    CreditEvidence,
    credited_agencies,
    describe,
    find_credit_evidence,
)
from recoupe.clean.dates import published_in
from recoupe.clean.debris import DATE_PREFIX, TEASER_TAIL
from recoupe.clean.meta import byline_name, is_outlet_line
from recoupe.clean.paragraphs import Paragraph, normalised, split_paragraphs
from recoupe.clean.rules import REASONS, classify
from recoupe.records import Article, Removal, Span


@dataclass(slots=True)
class Marks:
    """What the rules decided for one text, before it becomes `Article` fields."""

    body: list[Span] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None


def _strip_date_prefix(text: str, paragraphs: list[Paragraph], marks: Marks) -> None:
    """Take a leading `date 2023-09` out of the first paragraph; keep its date."""
    match = DATE_PREFIX.match(text)
    if not match or not paragraphs:
        return
    first, cut = paragraphs[0], match.end()
    paragraphs[0] = Paragraph(0, cut, first.end, text[cut:first.end])
    marks.removed.append(Removal(match.start(1) - len("date "), cut, "metadata"))
    marks.published = match.group(1)


def _kept_spans(p: Paragraph, partials: list[Finding]) -> list[Span]:
    """The paragraph minus its partial removals, each piece trimmed of spaces."""
    cuts = sorted(f.span_in(p) for f in partials)
    spans, position = [], p.start
    for start, end in [*cuts, (p.end, p.end)]:
        piece = p.text[position - p.start:start - p.start]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append(Span(position + lead, position + lead + len(piece.strip())))
        position = max(position, end)
    return spans


def _note_metadata(p: Paragraph, reason: str, marks: Marks) -> None:
    if reason == "byline" and marks.byline is None:
        marks.byline = byline_name(p.text)
    elif reason == "metadata" and marks.published is None:
        marks.published = published_in(p.text)


def _apply(p: Paragraph, findings: list[Finding], marks: Marks) -> None:
    partials = [f for f in findings if f.partial]
    marks.removed += [Removal(*f.span_in(p), f.reason) for f in partials]
    whole = next((f for f in findings if not f.partial), None)
    if whole is not None and whole.kind == "noise":
        marks.removed.append(Removal(p.start, p.end, whole.reason))
        _note_metadata(p, whole.reason, marks)
        return
    kept = _kept_spans(p, partials)
    marks.body += kept
    if whole is not None and kept:
        marks.headings += kept
        if whole.kind == "title" and marks.title is None:
            marks.title = TEASER_TAIL.sub("", p.text).strip()


def mark_article(text: str) -> Marks:
    """Classify every paragraph of a text: kept spans, removals with reasons, metadata."""
    paragraphs = split_paragraphs(text)
    marks = Marks()
    _strip_date_prefix(text, paragraphs, marks)
    seen: dict[str, int] = {}
    for p in paragraphs:
        seen.setdefault(normalised(TEASER_TAIL.sub("", p.text)), p.index)
    ctx = Context(paragraphs, seen)
    for p in paragraphs:
        if is_outlet_line(p):
            marks.removed.append(Removal(p.start, p.end, "outlet"))
            marks.outlet = p.text
            continue
        findings = classify(p, ctx)
        _apply(p, findings, marks)
        ctx.content_seen = ctx.content_seen or not any(not f.partial for f in findings)
    return marks


def _merged(given: list[str], found: list[str]) -> list[str]:
    return given + [agency for agency in found if agency not in given]


def clean_article(article: Article) -> Article:
    """The article with spans marked; metadata found in the text fills only empty fields."""
    marks = mark_article(article.text)
    credits = credited_agencies(find_credit_evidence(article.text))
    return replace(
        article,
        body=marks.body,
        removed=sorted(marks.removed, key=lambda r: (r.start, r.end)),
        headings=marks.headings,
        title=article.title or marks.title,
        outlet=article.outlet or marks.outlet,
        published=article.published or marks.published,
        byline=article.byline or marks.byline,
        credits=_merged(article.credits, credits),
    )


def credit_evidence(article: Article) -> list[str]:
    """Why each agency is (or is not) credited, one sentence per piece of evidence.

    'AFP: ligne de crédit « A.G avec AFP » [4370:4382]'; quote sources are listed too,
    marked as not crediting ('AFP: interlocuteur cité (pas un crédit) « à l'AFP » […]').
    """
    return [describe(item) for item in find_credit_evidence(article.text)]


__all__ = ["REASONS", "CreditEvidence", "Marks", "clean_article", "credit_evidence",
           "find_credit_evidence", "mark_article"]
