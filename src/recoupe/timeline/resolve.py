"""Resolve a `Mention` to calendar dates against a reference date, the verb's tense and the
date mentioned just before (for "la veille", "deux jours plus tard").

A weekday or a month without a year is read in the direction of the verb: "est arrivé
mardi" is the last Tuesday, "se rendra mardi" the next one, a present tense or an unknown
verb takes the nearest ("un forum qui se termine mercredi", written on a Tuesday, is the
next day). The precision of the result is the precision of the expression: "en 2019" is a
year, never a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from recoupe.timeline.expressions import Mention, find_mentions
from recoupe.timeline.lexicon import Unit

Precision = Literal["day", "week", "month", "year"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class Resolved:
    """The calendar period an expression names: `first` to `last` (inclusive) days."""

    first: dt.date
    last: dt.date
    precision: Precision

    @property
    def value(self) -> str:
        """"2023-09-13", "2023-W37", "2023-09", "2023", or a range "1950/1953"."""
        if self.precision == "week":
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        head, tail = _format(self.first, self.precision), _format(self.last, self.precision)
        return head if head == tail else f"{head}/{tail}"

    @property
    def date(self) -> str:
        """The `YYYY[-MM[-DD]]` of a timeline entry: the start; a week gives its month."""
        if self.precision == "week":
            return _format(self.first + dt.timedelta(days=3), "month")  # ISO: by Thursday
        return _format(self.first, self.precision)


def _format(day: dt.date, precision: Precision) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _period(day: dt.date, unit: Unit) -> Resolved:
    """The day, week (Monday to Sunday), month or year that contains `day`."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return Resolved(monday, monday + dt.timedelta(days=6), "week")
    if unit == "month":
        return Resolved(day.replace(day=1), _month_end(day.year, day.month), "month")
    if unit == "year":
        return Resolved(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")
    return Resolved(day, day, "day")


def shifted(day: dt.date, amount: int, unit: Unit) -> dt.date:
    """`day` moved by `amount` units; months and years keep the day where they can."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _direction(shift: int | None, tense: Tense | None) -> int:
    """-1: on or before the reference, +1: on or after it, 0: the nearest."""
    if shift is not None and shift != 0:
        return shift
    if shift == 0 or tense in (None, "present"):
        return 0
    return -1 if tense == "past" else 1


def _bias(shift: int | None) -> float:
    """"ce samedi" is plainly the nearest one; an unqualified weekday leans to the past."""
    return 1.0 if shift == 0 else PAST_BIAS


# News tell the past more than the future: with no tense to go by, a date ahead is chosen
# only when it is much nearer than the one behind ("un forum qui se termine mercredi",
# written on a Tuesday: tomorrow, not six days ago).
PAST_BIAS = 2.5
# A verb's tense can be overruled by the calendar: "un retour prévu le 25 août", written
# on 21 August, is four days ahead, not a year behind.
TENSE_OVERRULED = 4.0


def _gaps(candidates: list[dt.date], reference: dt.date) -> tuple[dt.date | None, dt.date | None]:
    before = max((c for c in candidates if c <= reference), default=None)
    after = min((c for c in candidates if c > reference), default=None)
    return before, after


def _pick(candidates: list[dt.date], reference: dt.date, direction: int,
          overrule: float | None = None, bias: float = PAST_BIAS) -> dt.date:
    """The candidate on the side the tense says (or the likelier side when unsaid)."""
    before, after = _gaps(candidates, reference)
    if before is None or after is None:
        return before or after or candidates[0]
    behind, ahead = (reference - before).days, (after - reference).days
    if direction == 0:
        return after if ahead * bias < behind else before
    if overrule is not None and direction < 0:
        return after if ahead * overrule < behind else before
    if overrule is not None and direction > 0:
        return before if behind * overrule < ahead else after
    return before if direction < 0 else after


def _weekday(mention: Mention, reference: dt.date, tense: Tense | None) -> Resolved:
    assert mention.weekday is not None
    if mention.day is not None:  # "mardi 12": the 12th of a nearby month that is a Tuesday
        months = [shifted(reference.replace(day=1), k, "month") for k in (-1, 0, 1)]
        days = [m.replace(day=mention.day) for m in months
                if mention.day <= calendar.monthrange(m.year, m.month)[1]]
        fitting = [d for d in days if d.weekday() == mention.weekday] or days
        return _period(_pick(fitting, reference, 0), "day")
    gap = (mention.weekday - reference.weekday()) % 7
    candidates = [reference + dt.timedelta(days=gap - 7), reference + dt.timedelta(days=gap)]
    if mention.shift in (-1, 1):  # "mardi dernier" is never today
        candidates = [reference + dt.timedelta(days=gap + 7 * k) for k in (-1, 0, 1)]
        candidates = [c for c in candidates if c != reference]
    day = _pick(candidates, reference, _direction(mention.shift, tense), bias=_bias(mention.shift))
    return _period(day, "week" if mention.part == "week-end" else "day")


def _overrule(mention: Mention) -> float | None:
    """Only the verb's tense picks the side when "dernier"/"prochain" say nothing."""
    return TENSE_OVERRULED if mention.shift is None else None


def _calendar(mention: Mention, reference: dt.date | None,
              tense: Tense | None) -> Resolved | None:
    if mention.year is None:
        if reference is None or mention.month is None:
            return None
        years = (reference.year - 1, reference.year, reference.year + 1)
        if mention.day is None:
            starts = [dt.date(y, mention.month, 1) for y in years]
            anchor = reference.replace(day=1)
            chosen = _pick(starts, anchor, _direction(mention.shift, tense), _overrule(mention))
            return _calendar_period(mention, chosen.year)
        days = [dt.date(y, mention.month, min(mention.day, _month_end(y, mention.month).day))
                for y in years]
        chosen = _pick(days, reference, _direction(mention.shift, tense), _overrule(mention))
        return _calendar_period(mention, chosen.year)
    return _calendar_period(mention, mention.year)


def _calendar_period(mention: Mention, year: int) -> Resolved | None:
    """The period of a calendar mention whose year is known; None for impossible dates."""
    try:
        if mention.month is None:
            return Resolved(dt.date(year, 1, 1), dt.date(mention.until or year, 12, 31), "year")
        if mention.day is None:
            return Resolved(dt.date(year, mention.month, 1), _month_end(year, mention.month),
                            "month")
        first = dt.date(year, mention.month, mention.day)
        if mention.unit == "week":  # "la semaine du 6 octobre"
            return _period(first, "week")
        return Resolved(first, dt.date(year, mention.month, mention.until or mention.day), "day")
    except ValueError:
        return None


def _relative(mention: Mention, anchor: dt.date) -> Resolved:
    return _period(shifted(anchor, mention.amount, mention.unit), mention.unit)


_ORDER: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


def _antecedent(mention: Mention, previous: Resolved | None,
                reference: dt.date | None) -> dt.date | None:
    """What "la veille" counts from: the date just mentioned if it is precise enough (a
    month cannot have an eve), else the reference date when nothing was mentioned."""
    if previous is None:
        return reference
    return previous.first if _ORDER[previous.precision] <= _ORDER[mention.unit] else None


def resolve(mention: Mention, reference: dt.date | None, tense: Tense | None = None,
            previous: Resolved | None = None) -> Resolved | None:
    """The period `mention` names, or None when it needs a reference that is unknown.

    `previous` is the date mentioned just before in the same article: "la veille" counts
    from it when it is a day, from the reference otherwise.
    """
    if mention.kind == "calendar":
        return _calendar(mention, reference, tense)
    if mention.kind == "decade":
        assert mention.year is not None
        return Resolved(dt.date(mention.year, 1, 1), dt.date(mention.year + 9, 12, 31), "year")
    if mention.kind == "anaphora":
        anchor = _antecedent(mention, previous, reference)
        return None if anchor is None else _relative(mention, anchor)
    if reference is None:
        return None
    if mention.kind == "weekday":
        return _weekday(mention, reference, tense)
    return _relative(mention, reference)


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A mention and what it resolves to (None: it needs a reference that is unknown)."""

    mention: Mention
    resolved: Resolved | None


def read_dates(text: str, reference: dt.date | None, tense: Tense | None = None,
               start: int = 0, end: int | None = None) -> list[TemporalExpression]:
    """Every temporal expression of `text[start:end]`, resolved in text order (each one is
    the antecedent of the next "la veille")."""
    found = []
    previous: Resolved | None = None
    for mention in find_mentions(text, start, end):
        resolved = resolve(mention, reference, tense, previous)
        found.append(TemporalExpression(mention, resolved))
        previous = resolved or previous
    return found
