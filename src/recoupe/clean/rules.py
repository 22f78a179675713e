"""The order in which cleaning rules are asked, and the verdict for one paragraph.

Scraping debris (`clean.debris`) and page furniture (`clean.furniture`) each have one rule
per kind of noise, with its own reason code. The first whole-paragraph rule that answers
decides; partial findings (a live-blog tail, a wire dateline before the first sentence)
trim a paragraph that is otherwise kept.
"""

from __future__ import annotations

from recoupe.clean import debris, furniture
from recoupe.clean.base import Context, Finding, Rule
from recoupe.clean.paragraphs import Paragraph

# Order matters: the first rule that answers decides.
RULES: tuple[Rule, ...] = (
    debris.video_widget, debris.fragment, debris.repeated, debris.caption,
    debris.contributors, debris.byline,
    furniture.cookie, furniture.newsletter, furniture.share, furniture.advert,
    furniture.paywall, furniture.comments, furniture.related_links, furniture.footer,
    furniture.navigation, furniture.date_line, furniture.wire_dateline,
    debris.headline,
)
REASONS = frozenset({
    "metadata", "outlet", "fragment", "section_tag", "teaser_tail", "repeated_headline",
    "duplicate", "caption", "video_widget", "related_links", "contributors", "byline",
    "cookie", "newsletter", "share", "ad", "paywall", "comments", "footer", "nav", "dateline",
})


def classify(p: Paragraph, ctx: Context) -> list[Finding]:
    """All findings for one paragraph: a whole-paragraph verdict and/or partial removals."""
    partials: list[Finding] = []
    for rule in RULES:
        finding = rule(p, ctx)
        if finding is None:
            continue
        if finding.partial:
            partials.append(finding)
            continue
        if finding.kind != "noise":
            partials += [f for f in (debris.teaser_tail(p, ctx),) if f is not None]
        return [finding, *partials] if finding.kind != "noise" else [finding]
    tail = debris.teaser_tail(p, ctx)
    return partials + ([tail] if tail is not None else [])


__all__ = ["REASONS", "RULES", "Context", "Finding", "classify"]
