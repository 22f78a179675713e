"""The reference date of each article: the day its "mardi" and "hier" are counted from.

An article's complete publication date is its reference. When it is missing or partial
("date 2023-09" left by a scraper), the story tells: the full dates the article states
(captions included: "photo prise le 13 septembre 2023"), or else the story's date (the
full date its articles state most often); then the article's weekdays, read against that
date, move it to the day of writing: "ce mardi" is the day itself, a weekday told in the
past tense ("a rapporté jeudi") is on or before it. Every reference says, in French, how it
was obtained (`Article.reference_date_source`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from recoupe.records import Article
from recoupe.timeline.reading import ArticleDates, Found

_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre")
_DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def spoken(day: dt.date) -> str:
    """"mercredi 13 septembre 2023"."""
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{_DAY_NAMES[day.weekday()]} {ordinal} {_MONTH_NAMES[day.month - 1]} {day.year}"


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """`date` is `YYYY-MM-DD`, or the partial publication date when nothing better is known."""

    date: str | None
    source: str

    @property
    def day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date) if self.date and len(self.date) == 10 else None

    @property
    def rough_day(self) -> dt.date | None:
        """The middle of a known month ("2023-09"): enough for "en juillet", "l'an dernier",
        never for "mardi" or "hier"."""
        if self.day is not None:
            return self.day
        if self.date and len(self.date) == 7:
            return dt.date(int(self.date[:4]), int(self.date[5:7]), 15)
        return None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A day stated in full by an article, or its complete publication date."""

    day: dt.date
    article: str
    text: str  # the words that state it


def _complete(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published and len(published) == 10 else None
    except ValueError:
        return None


def _year_hint(articles: Sequence[Article], readings: Mapping[str, ArticleDates]) -> int | None:
    """The story's year: from publication dates, else from the full dates the texts state."""
    years = Counter(int(a.published[:4]) for a in articles if a.published)
    if not years:
        years = Counter(f.mention.year for r in readings.values() for f in r.found
                        if f.mention.kind == "calendar" and f.mention.day and f.mention.year)
    return years.most_common(1)[0][0] if years else None


def _stated_day(found: Found, year: int | None) -> dt.date | None:
    """The day a "13 septembre [2023]" states, told in the past (or in a caption): not
    "le vote prévu le 20", nor the week of "la semaine du 6 octobre"."""
    mention = found.mention
    if mention.kind != "calendar" or mention.day is None or mention.unit != "day":
        return None
    if found.tense not in (None, "past"):
        return None
    year = mention.year or year
    if year is None or mention.month is None:
        return None
    try:
        return dt.date(year, mention.month, mention.day)
    except ValueError:
        return None


def _fits(day: dt.date, published: str | None) -> bool:
    """A day agrees with a partial publication date "2023-09" when it falls inside it."""
    return published is None or day.isoformat().startswith(published)


def stated_days(article: Article, reading: ArticleDates, year: int | None) -> list[Evidence]:
    year = int(article.published[:4]) if article.published else year
    found = []
    for item in reading.found:
        day = _stated_day(item, year)
        if day is not None and _fits(day, article.published):
            found.append(Evidence(day, article.id, item.mention.text))
    return found


def story_anchor(evidence: Sequence[Evidence]) -> Evidence | None:
    """The day the story's articles state most often (the latest on a tie)."""
    if not evidence:
        return None
    counts = Counter(e.day for e in evidence)
    best = max(counts, key=lambda day: (counts[day], day))
    return next(e for e in evidence if e.day == best)


def _weekday_near(weekday: int, anchor: dt.date, not_before: dt.date | None = None) -> dt.date:
    """The day of that weekday nearest the anchor (the earlier on a tie), or the first one
    on or after `not_before`: an article is not older than the past events it states."""
    if not_before is not None:
        return not_before + dt.timedelta(days=(weekday - not_before.weekday()) % 7)
    ahead = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=ahead if ahead < 4 else ahead - 7)


def _on_the_day(reading: ArticleDates, anchor: dt.date,
                not_before: dt.date | None) -> list[tuple[dt.date, str]]:
    """Days an article calls its own: "ce mardi" (the Tuesday nearest the anchor)."""
    found = []
    for item in reading.found:
        mention = item.mention
        if mention.kind == "weekday" and mention.shift == 0 and mention.part != "week-end":
            assert mention.weekday is not None
            found.append((_weekday_near(mention.weekday, anchor, not_before), mention.text))
    return found


def _told_in_past(reading: ArticleDates, anchor: dt.date) -> list[tuple[dt.date, str]]:
    """Weekdays told in the past tense ("a rapporté jeudi"): the article is not earlier."""
    found = []
    for item in reading.found:
        mention = item.mention
        if (mention.kind == "weekday" and mention.shift is None and item.tense == "past"
                and mention.part != "week-end"):
            assert mention.weekday is not None
            found.append((_weekday_near(mention.weekday, anchor), mention.text))
    return found


def _where(anchor: Evidence, article: Article) -> str:
    place = "dans l'article" if anchor.article == article.id else f"par l'article {anchor.article}"
    return f"« {anchor.text} », date citée {place}"


def _from_anchor(article: Article, reading: ArticleDates, own: list[Evidence],
                 anchor: Evidence) -> ReferenceDate:
    today = _on_the_day(reading, anchor.day, max((e.day for e in own), default=None))
    if today:
        day, words = Counter(today).most_common(1)[0][0]
        return ReferenceDate(day.isoformat(), f"« {words} » désigne le jour de l'article : "
                             f"{spoken(day)}, le plus proche du {spoken(anchor.day)} "
                             f"({_where(anchor, article)}).")
    past = _told_in_past(reading, anchor.day)
    latest = max([(e.day, e.text) for e in own] + past, default=None)
    if latest is None:
        return ReferenceDate(anchor.day.isoformat(), "aucune date dans l'article : celle du "
                             f"récit, {spoken(anchor.day)} ({_where(anchor, article)}).")
    day, words = latest
    if any(e.day == day and e.text == words for e in own):
        return ReferenceDate(day.isoformat(), f"la date complète la plus récente de l'article,"
                             f" « {words} » ({spoken(day)}).")
    return ReferenceDate(day.isoformat(), f"« {words} », au passé, est le dernier jour "
                         f"évoqué : {spoken(day)}, lu à partir du {spoken(anchor.day)} "
                         f"({_where(anchor, article)}).")


def _partial_note(article: Article, reference: ReferenceDate) -> ReferenceDate:
    if not article.published:
        return reference
    return ReferenceDate(reference.date, f"Date de publication partielle ({article.published})"
                         f" ; jour déduit du texte : {reference.source}")


def infer_references(articles: Sequence[Article],
                     readings: Mapping[str, ArticleDates]) -> dict[str, ReferenceDate]:
    """Article id -> its reference date and how it was obtained."""
    year = _year_hint(articles, readings)
    own = {a.id: stated_days(a, readings[a.id], year) for a in articles}
    published = [Evidence(d, a.id, a.published or "") for a in articles
                 if (d := _complete(a.published))]
    anchor = story_anchor([e for found in own.values() for e in found] + published)
    references = {}
    for article in articles:
        complete = _complete(article.published)
        if complete is not None:
            references[article.id] = ReferenceDate(complete.isoformat(),
                                                   "Date de publication de l'article.")
            continue
        base = max(own[article.id], key=lambda e: e.day, default=None) or anchor
        if base is None or not _fits(base.day, article.published):
            references[article.id] = ReferenceDate(
                article.published, "Aucune date complète dans l'article ni dans le récit : "
                "les dates relatives ne sont pas résolues.")
            continue
        found = _from_anchor(article, readings[article.id], own[article.id], base)
        references[article.id] = _partial_note(article, found)
    return {key: ReferenceDate(r.date, r.source[:1].upper() + r.source[1:])
            for key, r in references.items()}
