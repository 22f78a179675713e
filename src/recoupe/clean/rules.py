"""Rules that recognise scraping debris and page furniture, one reason code per kind.

Each rule looks at one paragraph in its context and answers with a `Finding` or `None`.
Rules never edit text: they name a span and why it is not article content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from recoupe.clean.paragraphs import Paragraph, normalised

Kind = Literal["noise", "heading", "title"]

# "date 2023-09" left by some scrapers at the very start of the text.
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+", re.IGNORECASE)
# "Suivez les dernières" and similar live-blog tails glued to a headline.
TEASER_TAIL = re.compile(
    r"\s*(?:Suivez les dernières(?: infos| informations| actualités)?|Suivez notre direct"
    r"|En direct|Live)\s*$", re.IGNORECASE)
_RELATED = re.compile(
    r"^(?:[àa] lire (?:aussi|également|dans l['’]actualit[ée])|lire (?:aussi|également)\b"
    r"|voir aussi\b|[àa] voir (?:aussi|également)|sur le même sujet|pour aller plus loin"
    r"|(?:nos|les) articles? (?:similaires|liés)|plus d['’]actualités?|en savoir plus\b"
    r"|regarder la vidéo|vidéo\s*[:-])", re.IGNORECASE)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# "( POOL / Vladimir SMIRNOV )", "( KCNA VIA KNS / STR )", "(Photo AFP)".
_PHOTO_CREDIT = re.compile(
    r"\(\s*(?:[A-Z0-9][A-Z0-9 .&'’-]*\s*/\s*[^()]{1,60}|(?:photo|crédit|credit|©)[^()]{0,60})"
    r"\s*\)\s*$", re.IGNORECASE)
_CAPTION_START = re.compile(r"^(?:©|photo\s*:|crédits?\s*(?:photo)?\s*:|illustration\s*:)",
                            re.IGNORECASE)
_CONTRIBUTORS = re.compile(
    r"\b(?:y )?(?:ont|a) contribué\b|\bont participé à (?:la rédaction de )?cet article"
    r"|\bcontributed to this report", re.IGNORECASE)
_AGENCY = r"(?:AFP|AP|Reuters|Associated Press|Belga|ATS|DPA|ANSA|EFE|agences?)"
_END_BYLINE = re.compile(
    rf"^(?:(?:par\s+)?[\w.'’ -]{{1,40}}?\s+)?(?:avec|\(?et)\s+(?:l['’])?{_AGENCY}\)?\.?$"
    rf"|^\(?{_AGENCY}\)?\.?$", re.IGNORECASE)
_TOP_BYLINE = re.compile(r"^par\s+\w[\w.'’ -]{1,60}$", re.IGNORECASE)
_DASHED_HEADING = re.compile(r"^[-–—]\s+.{2,80}\s+[-–—]$")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a paragraph (or the part of it from `start`) is, when it is not plain content."""

    kind: Kind
    reason: str
    start: int | None = None  # a finding on the tail of a paragraph starts here


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


def ends_like_heading(text: str) -> bool:
    """Headlines and section titles end without a full stop (or with ? / !)."""
    return not text.endswith((".", ":", ";", ",", "»", '"', "”", "…")) or text.endswith(
        ("?", "!"))


def fragment(p: Paragraph, ctx: Context) -> Finding | None:
    words = p.words
    if len(words) <= 2 and p.text == p.text.lower() and len(p.text) <= 20:
        return Finding("noise", "fragment")
    return None


def repeated(p: Paragraph, ctx: Context) -> Finding | None:
    key = normalised(TEASER_TAIL.sub("", p.text))
    first = ctx.seen.get(key)
    if first is None or first == p.index or not key:
        return None
    previous = ctx.previous(p)
    if previous is not None and first == previous.index:
        return Finding("noise", "video_widget" if _next_is_duration(p, ctx) else "duplicate")
    headline_like = len(ctx.paragraphs[first].words) <= 30 and first <= 3
    return Finding("noise", "repeated_headline" if headline_like else "duplicate")


def _next_is_duration(p: Paragraph, ctx: Context) -> bool:
    nxt = ctx.following(p)
    return nxt is not None and bool(_DURATION.match(nxt.text))


def video_widget(p: Paragraph, ctx: Context) -> Finding | None:
    if _DURATION.match(p.text):
        return Finding("noise", "video_widget")
    nxt = ctx.following(p)
    if nxt is not None and normalised(nxt.text) == normalised(p.text) and _next_is_duration(
            nxt, ctx):
        return Finding("noise", "video_widget")
    return None


def related_links(p: Paragraph, ctx: Context) -> Finding | None:
    if _RELATED.match(p.text) and len(p.words) <= 25:
        return Finding("noise", "related_links")
    return None


def caption(p: Paragraph, ctx: Context) -> Finding | None:
    if _PHOTO_CREDIT.search(p.text) or _CAPTION_START.match(p.text):
        return Finding("noise", "caption")
    return None


def contributors(p: Paragraph, ctx: Context) -> Finding | None:
    if _CONTRIBUTORS.search(p.text) and (ctx.from_end(p) <= 2 or len(p.words) <= 40):
        return Finding("noise", "contributors")
    return None


def byline(p: Paragraph, ctx: Context) -> Finding | None:
    short = len(p.words) <= 8
    if short and ctx.from_end(p) <= 1 and _END_BYLINE.match(p.text):
        return Finding("noise", "byline")
    if short and not ctx.content_seen and _TOP_BYLINE.match(p.text):
        return Finding("noise", "byline")
    return None


def teaser_tail(p: Paragraph, ctx: Context) -> Finding | None:
    match = TEASER_TAIL.search(p.text)
    if match and match.start() > 0 and len(p.words) > 4:
        return Finding("noise", "teaser_tail", start=p.start + match.start())
    return None


def headline(p: Paragraph, ctx: Context) -> Finding | None:
    """Title at the top, section tags above it, intertitles between content paragraphs."""
    text = TEASER_TAIL.sub("", p.text)
    words = len(p.words)
    if _DASHED_HEADING.match(text):
        return Finding("heading", "heading")
    if not ctx.content_seen:
        return _top_heading(p, ctx, text, words)
    if words <= 15 and ends_like_heading(text):
        return Finding("heading", "heading")
    return None


def _top_heading(p: Paragraph, ctx: Context, text: str, words: int) -> Finding | None:
    nxt = ctx.following(p)
    if (words <= 4 and ends_like_heading(text) and nxt is not None
            and words < len(nxt.words) <= 30 and ends_like_heading(nxt.text)):
        return Finding("noise", "section_tag")
    is_repeated = sum(1 for q in ctx.paragraphs if normalised(TEASER_TAIL.sub("", q.text))
                      == normalised(text)) > 1
    if 3 <= words <= 30 and (ends_like_heading(text) or is_repeated):
        return Finding("title", "title")
    return None


# Order matters: the first rule that answers decides.
RULES: tuple[Rule, ...] = (
    video_widget, fragment, repeated, related_links, caption, contributors, byline,
    headline, teaser_tail,
)


def classify(p: Paragraph, ctx: Context) -> list[Finding]:
    """All findings for one paragraph: a whole-paragraph verdict and/or a tail removal."""
    for rule in RULES:
        finding = rule(p, ctx)
        if finding is not None:
            tail = teaser_tail(p, ctx) if finding.kind != "noise" else None
            return [finding] + ([tail] if tail else [])
    return []
