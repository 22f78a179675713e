"""Scraping debris: what a scraper leaves in article text, one reason code per kind.

Each rule looks at one paragraph in its context and answers with a `Finding` or `None`.
Rules never edit text: they name a span and why it is not article content.
"""

from __future__ import annotations

import re

from recoupe.clean.base import Context, Finding, ends_like_heading, noise
from recoupe.clean.paragraphs import Paragraph, normalised, word_count

# "date 2023-09" left by some scrapers at the very start of the text.
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+", re.IGNORECASE)
# "Suivez les dernières" and similar live-blog tails glued to a headline.
TEASER_TAIL = re.compile(
    r"\s*(?:Suivez les dernières(?: infos| informations| actualités)?|Suivez notre direct"
    r"|En direct|Live)\s*$", re.IGNORECASE)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_FINAL_MARK = (".", "!", "?", "…", "»", '"', "”", ")")
# Photo credits: "( POOL / Vladimir SMIRNOV )", "(AFP/Archives)" (agency in capitals), or
# "(Photo Figaro)", "(© Maxppp)".
_PHOTO_CREDIT = re.compile(
    r"\(\s*[A-Z][A-Z0-9 .&'’-]{1,40}\s*/\s*[^()]{1,60}\)\s*$"
    r"|\((?i:\s*(?:photos?|crédits?(?: photo)?|©))\b[^()]{0,60}\)\s*$")
_CAPTION_START = re.compile(
    r"^(?:©|photo\s*:|crédits?\s*(?:photo)?\s*:|illustration\s*:)"
    r"|^/?\s*photo\b[^/\n]{0,80}/\s*[A-Z][A-Z .-]+/", re.IGNORECASE)
_PHOTO_AGENCIES = (r"(?:AFP|Reuters|AP|Maxppp|MaxPPP|Sipa|SIPA|Abaca|ABACA|Getty Images|DR"
                   r"|Hans Lucas|EPA|Photo12|Le Figaro|Figaro)")
# A credit alone on its line: "Photo AFP.", "(Maxppp)", "© Sipa".
_LONE_PHOTO_CREDIT = re.compile(
    rf"^(?:\(\s*(?:photo\s+|©\s*)?{_PHOTO_AGENCIES}(?:\s*/\s*[\w .-]+)?\s*\)"
    rf"|(?:photo|crédit photo|©)\s+{_PHOTO_AGENCIES}(?:\s*/\s*[\w .-]+)?)\.?$",
    re.IGNORECASE)
_SAYS_PHOTO = re.compile(r"^\(?\s*(?:photo|crédit|©)", re.IGNORECASE)
_MONTH = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
          r"|octobre|novembre|décembre|decembre)")
# A caption without credit: "Nicolas Sarkozy et le dalaï lama, le 6 décembre à Gdansk."
_DATED_CAPTION = re.compile(
    rf"^(?P<who>[^,.;:«»\"“”?!]{{3,120}}),\s+le\s+\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?"
    r",?\s+(?:à|en|au|aux|dans|près de|sur)\s+[A-ZÉÈ][^.;:«»\"]{0,60}\.?$")
_VERB_HINT = re.compile(
    r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|doit|va|vont)\b"
    r"|\b\w+(?:ait|aient|era|eront|é)\b", re.IGNORECASE)
_CONTRIBUTORS = re.compile(
    r"\b(?:y )?(?:ont|a) contribué\b|\bont participé à (?:la rédaction de )?cet article"
    r"|\bcontributed to this report", re.IGNORECASE)
_AGENCY = r"(?:AFP|AP|Reuters|Associated Press|Belga|ATS|DPA|ANSA|EFE|agences?)"
_END_BYLINE = re.compile(
    rf"^\(?(?:(?:par\s+)?[\w.'’ -]{{1,40}}?\s+)?(?:avec|et)\s+(?:l['’])?{_AGENCY}"
    rf"(?:\s+et\s+{_AGENCY})?\)?\.?$"
    rf"|^\(?(?:source\s*:\s*|©\s*(?:\d{{4}}\s*)?)?{_AGENCY}\)?\.?$"
    r"|^propos recueillis par\s+[A-ZÉÈ][\w.'’ -]{1,60}$"
    r"|^[A-ZÉ][\w'’.-]+(?: [\w'’.-]+){1,7},\s+(?:avec [^,]{3,60},\s+)?"
    r"édité par\s+[A-ZÉ][\w'’ .-]+$",
    re.IGNORECASE)
_TOP_BYLINE = re.compile(
    r"^par\s+[A-ZÉÈ][\w.'’-]*(?:\s+(?:et\s+)?[A-ZÉÈ][\w.'’-]*){0,5}(?:\s*,\s*[^.,]{3,60})?$",
    re.IGNORECASE)
_DASHED_HEADING = re.compile(r"^[-–—]\s+.{2,80}\s+[-–—]$")
# An intertitle that quotes: '«Je ne demande aucune indemnité»', 'Lagarde: «Satisfaite»'
# (no full stop inside the closing mark, unlike a quoted sentence of the text).
_QUOTED_HEADING = re.compile(r"^[^«\"“]{0,60}[«\"“][^»\"”]{2,80}[^.,;:»\"”\s]\s?[»\"”]$")
_RUBRIC_DASH = re.compile(r"^[^\W\d_][\w' -]{1,30}\s*[-–—]$")


def fragment(p: Paragraph, ctx: Context) -> Finding | None:
    """A stray token: punctuation only ("|"), or a lone lowercase word before the text.

    A short lowercase line *with* final punctuation is the end of a sentence broken over
    two lines ("l'économie réelle."), and a short line later in the text is an intertitle.
    """
    if len(p.text) <= 5 and not any(c.isalnum() for c in p.text):
        return noise("fragment")
    words = p.words
    if (not ctx.content_seen and len(words) <= 2 and p.text == p.text.lower()
            and any(c.isalpha() for c in p.text) and len(p.text) <= 20
            and not p.text.endswith(_FINAL_MARK)):
        return noise("fragment")
    return None


def repeated(p: Paragraph, ctx: Context) -> Finding | None:
    key = normalised(TEASER_TAIL.sub("", p.text))
    first = ctx.seen.get(key)
    if first is None or first == p.index or not key:
        return None
    if len(key.split()) < 8 and not _in_repeated_block(p, first, ctx):
        return None  # short lines recur by design: a quoted sentence, an intertitle
    previous = ctx.previous(p)
    if previous is not None and first == previous.index:
        return noise("video_widget" if _next_is_duration(p, ctx) else "duplicate")
    headline_like = len(ctx.paragraphs[first].words) <= 30 and first <= 3
    return noise("repeated_headline" if headline_like else "duplicate")


def _in_repeated_block(p: Paragraph, first: int, ctx: Context) -> bool:
    """A short repeat counts when its neighbour was repeated with it (a block scraped twice)."""
    for step in (-1, 1):
        mine, theirs = p.index + step, first + step
        if not (0 <= mine < len(ctx.paragraphs) and 0 <= theirs < len(ctx.paragraphs)):
            continue
        if theirs == p.index or mine == first:
            continue
        same = normalised(ctx.paragraphs[mine].text) == normalised(ctx.paragraphs[theirs].text)
        if same and word_count(ctx.paragraphs[mine].text) >= 8:
            return True
    return False


def _next_is_duration(p: Paragraph, ctx: Context) -> bool:
    nxt = ctx.following(p)
    return nxt is not None and bool(_DURATION.match(nxt.text))


def video_widget(p: Paragraph, ctx: Context) -> Finding | None:
    if _DURATION.match(p.text):
        return noise("video_widget")
    nxt = ctx.following(p)
    if nxt is not None and normalised(nxt.text) == normalised(p.text) and _next_is_duration(
            nxt, ctx):
        return noise("video_widget")
    return None


def caption(p: Paragraph, ctx: Context) -> Finding | None:
    text = p.text
    if _PHOTO_CREDIT.search(text) or _CAPTION_START.match(text):
        return noise("caption")
    if len(p.words) <= 6 and _LONE_PHOTO_CREDIT.match(text) and (
            ctx.from_end(p) > 1 or _SAYS_PHOTO.match(text)):  # a last "(AFP)" is a signature
        return noise("caption")
    match = _DATED_CAPTION.match(text)
    if match and len(p.words) <= 25 and not _VERB_HINT.search(match.group("who")):
        return noise("caption")
    return None


def contributors(p: Paragraph, ctx: Context) -> Finding | None:
    if _CONTRIBUTORS.search(p.text) and (ctx.from_end(p) <= 2 or len(p.words) <= 40):
        return noise("contributors")
    return None


def byline(p: Paragraph, ctx: Context) -> Finding | None:
    """A signature at the end ("A.G avec AFP", "(avec AP)", "Propos recueillis par …"),
    possibly followed by a share bar or a prompt, or "Par …" above the text."""
    short = len(p.words) <= 12
    if short and ctx.from_end(p) <= 3 and _END_BYLINE.match(p.text):
        return noise("byline")
    if short and not ctx.content_seen and _TOP_BYLINE.match(p.text):
        return noise("byline")
    return None


def teaser_tail(p: Paragraph, ctx: Context) -> Finding | None:
    match = TEASER_TAIL.search(p.text)
    if match and match.start() > 0 and len(p.words) > 4:
        return Finding("noise", "teaser_tail", start=p.at(match.start()))
    return None


def headline(p: Paragraph, ctx: Context) -> Finding | None:
    """Title at the top, section tags above it, intertitles between content paragraphs."""
    text = TEASER_TAIL.sub("", p.text)
    words = len(p.words)
    if _DASHED_HEADING.match(text):
        return Finding("heading", "heading")
    if not ctx.content_seen:
        return _top_heading(p, ctx, text, words)
    if words <= 15 and (ends_like_heading(text) or _QUOTED_HEADING.match(text)
                        or (text.isupper() and words >= 2)):
        return Finding("heading", "heading")
    return None


def _top_heading(p: Paragraph, ctx: Context, text: str, words: int) -> Finding | None:
    if words <= 3 and (_RUBRIC_DASH.match(text) or (p.index == 0 and text.isupper())):
        return noise("section_tag")  # "CYCLISME –": the rubric, not an outlet
    nxt = ctx.following(p)
    if (words <= 4 and ends_like_heading(text) and nxt is not None
            and words < len(nxt.words) <= 30 and ends_like_heading(nxt.text)):
        return noise("section_tag")
    is_repeated = sum(1 for q in ctx.paragraphs if normalised(TEASER_TAIL.sub("", q.text))
                      == normalised(text)) > 1
    if 3 <= words <= 30 and (ends_like_heading(text) or is_repeated):
        return Finding("title", "title")
    if words <= 15 and ends_like_heading(text) and p.index > 0:
        return Finding("heading", "heading")
    return None
