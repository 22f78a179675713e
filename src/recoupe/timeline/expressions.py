"""French temporal expressions: find them in text, as typed `Mention`s (not yet resolved).

Rules, not a model: each rule is one regular expression and one small function that turns
its match into a `Mention`, or refuses it ("2000 euros" is not a year, "chaque mardi" is
not a date). Overlapping matches are settled leftmost-longest. Durations ("depuis 18
mois", "pendant deux heures", "dans les 18 mois qui ont suivi") have no rule on purpose:
they must not become dates. A few milliseconds per article.

`recoupe.timeline.resolve` turns a mention into calendar dates against a reference date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from recoupe.timeline.lexicon import (
    MONTH,
    MONTHS,
    NUMBER_WORD,
    PART,
    SHIFT,
    SHIFTS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    Unit,
    number,
)

MentionKind = Literal["calendar", "decade", "weekday", "relative", "anaphora"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression at `text[start:end]`, with the calendar fields it states.

    - calendar: any of year / month / day; `until` is the last year of "1950-1953" or the
      last day of "les 12 et 13 septembre";
    - decade: "les années 1990" (`year` = 1990);
    - weekday: `weekday` (0 = lundi), optional `day` of the month ("mardi 12");
    - relative: `amount` `unit`s from the reference date ("hier" = -1 day);
    - anaphora: `amount` `unit`s from the date mentioned just before ("la veille").
    `shift` is -1 for "dernier", +1 for "prochain", 0 for "ce mardi", None when unsaid.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    until: int | None = None
    weekday: int | None = None
    shift: int | None = None
    amount: int = 0
    unit: Unit = "day"
    part: str | None = None


Build = Callable[[re.Match[str], str], Mention | None]

_B = r"(?<![\w’'-])"  # left word boundary that also refuses "l'…" glued words and "-"
_B_YEAR = r"(?<![\w’'])"  # a year may follow a hyphen: "mi-2008"
_E = r"(?![\w-])"
_APOS = "['’]"
_DAY = r"1er|[0-3]?\d"
_YEAR = r"1[0-9]\d\d|20\d\d"
_FLAGS = re.IGNORECASE


def _where(match: re.Match[str]) -> tuple[int, int, str]:
    """The mention's span: the `span` group when the rule has one (it leaves out "en", "le")."""
    start, end = match.span("span") if match.groupdict().get("span") else match.span()
    return start, end, match.string[start:end]


def _shift(word: str | None) -> int | None:
    return None if word is None else SHIFTS.get(word.lower())


def _valid_day(day: int | None, month: int | None = None) -> bool:
    return day is not None and 1 <= day <= (29 if month == 2 else 31)


# --- calendar dates -----------------------------------------------------------------------

_DATE = re.compile(
    rf"{_B}(?P<span>(?P<week>(?:la\s+)?semaine\s+du\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{_DAY})"
    rf"(?:\s*(?:-|–|et|au|à)\s*(?:le\s+)?(?P<d2>{_DAY}))?\s*(?P<m>{MONTH})"
    rf"(?:\s+(?P<y>\d{{4}})(?!\d))?(?:\s+(?P<shift>dernier|prochain))?){_E}", _FLAGS)


def _date(match: re.Match[str], _: str) -> Mention | None:
    month = MONTHS[match["m"].lower()]
    day = number(match["d"])
    until = number(match["d2"]) if match["d2"] else None
    if not _valid_day(day, month) or (until is not None and not _valid_day(until, month)):
        return None
    year = int(match["y"]) if match["y"] else None
    unit: Unit = "week" if match["week"] else "day"  # "la semaine du 6 octobre"
    return Mention(*_where(match), "calendar", year=year, month=month, day=day, until=until,
                   shift=_shift(match["shift"]), unit=unit)


_NUMERIC = re.compile(
    rf"{_B}(?:(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{{4}}|\d\d)"
    rf"|(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w/.-]\w)")


def _numeric(match: re.Match[str], _: str) -> Mention | None:
    if match["iy"]:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    else:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if year < 100:  # "13/09/23"
            year += 2000 if year < 50 else 1900
    if not 1 <= month <= 12 or not _valid_day(day, month):
        return None
    return Mention(*_where(match), "calendar", year=year, month=month, day=day)


_EDGE = r"début|fin|mi-|courant|mi"
_MONTH_YEAR = re.compile(
    rf"{_B}(?:à\s+la\s+)?(?P<span>(?:(?:{_EDGE})\s*)?(?P<m>{MONTH})\s+(?P<y>\d{{4}})){_E}",
    _FLAGS)


def _month_year(match: re.Match[str], _: str) -> Mention | None:
    month = MONTHS[match["m"].lower()]
    return Mention(*_where(match), "calendar", year=int(match["y"]), month=month)


# A month alone must be introduced ("en juillet") or qualified ("juillet dernier"): "Mars"
# is also a planet and a brand, "mai" rarely anything else but the rule stays the same.
_MONTH_ALONE = re.compile(
    rf"{_B}(?:(?:en|(?:qu|lorsqu|puisqu|jusqu){_APOS}en|depuis|dès|jusqu{_APOS}à|d{_APOS}ici|au\s+mois\s+de"
    rf"|le\s+mois\s+de|en\s+plein|de|au|à\s+la|à|et|ou|avant|après)\s+)?"
    rf"(?P<span>(?:(?:{_EDGE}|fin\s+de)\s*)?"
    rf"(?P<m>{MONTH})(?:\s+(?P<shift>{SHIFT}))?){_E}(?!\s+\d)", _FLAGS)


def _month_alone(match: re.Match[str], _: str) -> Mention | None:
    introduced = match.start("span") > match.start() or match["span"] != match["m"]
    if not match["m"].islower() or not (introduced or match["shift"]):
        return None
    return Mention(*_where(match), "calendar", month=MONTHS[match["m"].lower()],
                    shift=_shift(match["shift"]))


_YEAR_RANGE = re.compile(
    rf"{_B}(?:(?P<y>{_YEAR})\s*[-–—/]\s*(?P<y2>{_YEAR}|\d\d)"
    rf"|(?:de|entre)\s+(?P<fy>{_YEAR})\s+(?:à|et)\s+(?P<fy2>{_YEAR})"
    rf"|(?P<ty>{_YEAR})\s+à\s+(?P<ty2>{_YEAR})){_E}", _FLAGS)


def _year_range(match: re.Match[str], _: str) -> Mention | None:
    first = int(match["y"] or match["fy"] or match["ty"])
    last_text = match["y2"] or match["fy2"] or match["ty2"]
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    if not first < last <= first + 100:
        return None
    return Mention(*_where(match), "calendar", year=first, until=last)


_YEAR_ALONE = re.compile(rf"{_B_YEAR}(?P<y>{_YEAR}){_E}")
_YEAR_CUES = re.compile(
    rf"(?:\b(?:en|depuis|de|dès|d{_APOS}ici|jusqu{_APOS}en|jusqu{_APOS}à|avant|après|fin|début"
    rf"|vers|an|année|pour|entre|et|à\s+partir\s+de|au|l{_APOS}an|printemps|été|automne"
    rf"|hiver|mi)|[(–-])\s*$", _FLAGS)
# What follows a count, never a year: "2000 personnes", "1500 euros", "2000 km".
_COUNTED = re.compile(r"\s*(?:%|€|\$|euros?\b|dollars?\b|francs?\b|km\b|m\b|mètres?\b"
                      r"|tonnes?\b|habitants?\b|exemplaires\b|\w+[sx]\b)", _FLAGS)
# Plural-looking words that do follow a year: "en 2008 dans", "en 2019 lors", "2020 puis".
_NOT_COUNTED = frozenset({
    "dans", "lors", "puis", "sous", "sans", "mais", "dès", "alors", "après", "depuis", "plus",
    "moins", "pas", "très", "près", "vers", "chez", "jamais", "toujours", "aussi", "ainsi",
    "les", "des", "ces", "ses", "mes", "nos", "vos", "leurs", "ils", "nous", "vous", "avons",
    "avez", "sommes", "êtes", "était", "avait", "tous", "plusieurs", "pendant", "selon", "fois",
    "contre", "parmi", "donc", "toutefois", "cependant", "désormais", "lorsqu", "jusqu",
})
_NAME_BEFORE = re.compile(r"(?-i:[A-ZÉÈ][\w’'-]*)\s+$")  # "Tour de France 2009", "Euro 2008"
_CLOSED_AFTER = re.compile(r"\s*(?:$|[),.;:!?»”\"])")


def _counted(after: str) -> bool:
    """"2000 personnes": the number counts something (a word that is not a function word)."""
    found = _COUNTED.match(after)
    if found is None:
        return False
    word = found.group().strip().lower()
    return not (word.isalpha() and word in _NOT_COUNTED)


def _year_alone(match: re.Match[str], text: str) -> Mention | None:
    """A four-digit number is a year after a temporal cue, in a name ("Tour 2007") or
    closing a phrase, and never before a unit or a counted noun."""
    before = text[max(0, match.start() - 25):match.start()]
    if re.search(r"\d[\s\u00a0\u202f.,]?$", before):
        return None  # "1 2019": part of a larger number
    after = text[match.end():match.end() + 20]
    named = bool(_NAME_BEFORE.search(before))
    if _counted(after) or not (_YEAR_CUES.search(before) or named or _CLOSED_AFTER.match(after)):
        return None
    return Mention(*_where(match), "calendar", year=int(match["y"]))


_DECADE = re.compile(rf"{_B}(?:les\s+)?(?P<span>années\s+(?P<dec>(?:19|20)?\d0)){_E}", _FLAGS)


def _decade(match: re.Match[str], _: str) -> Mention | None:
    digits = match["dec"]
    year = int(digits) if len(digits) == 4 else (1900 if digits != "00" else 2000) + int(digits)
    return Mention(*_where(match), "decade", year=year)


# --- weekdays and days relative to the reference ------------------------------------------

_WEEKDAY = re.compile(
    rf"{_B}(?P<span>(?P<night>(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+)?"
    rf"(?:(?P<this>ce)\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<d>{_DAY})(?!\d|[,.]\d|\s\d{{3}}|\s*(?:h\b|heures?\b|:|%)))?"
    rf"(?:\s+(?P<shift>dernier|prochain|passé))?"
    rf"(?:\s+(?:à|au)\s+(?P<wd2>{WEEKDAY}))?"
    rf"(?:\s+(?P<part>{PART}))?){_E}", _FLAGS)


def _weekday(match: re.Match[str], text: str) -> Mention | None:
    before = text[max(0, match.start() - 12):match.start()].lower()
    if re.search(r"\b(?:chaque|tous\s+les|le)\s+$", before) and not match["d"]:
        return None  # "chaque mardi", "le mardi" (habitual)
    day = number(match["d"]) if match["d"] else None
    if day is not None and not _valid_day(day):
        return None
    part = "nuit" if match["night"] else match["part"]
    shift = 0 if match["this"] else _shift(match["shift"])
    return Mention(*_where(match), "weekday", weekday=WEEKDAYS[match["wd"].lower()], day=day,
                    shift=shift, part=part.lower() if part else None)


_TODAY = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
          "après-demain": 2}
_RELATIVE_DAY = re.compile(
    rf"{_B}(?:(?P<w>aujourd['’]hui|avant-hier|après-demain|hier|demain)"
    rf"(?:\s+(?:{WEEKDAY}))?(?:\s+(?P<part>{PART}))?|(?P<this>ce|cet|cette)\s+(?P<tpart>matin|après-midi|soir|nuit)){_E}",
    _FLAGS)


def _relative_day(match: re.Match[str], _: str) -> Mention | None:
    amount = _TODAY[match["w"].lower()] if match["w"] else 0
    part = match["part"] or match["tpart"]
    return Mention(*_where(match), "relative", amount=amount, unit="day",
                    part=part.lower() if part else None)


_PERIOD = re.compile(
    rf"{_B}(?:(?P<this>cette|cet|ce)\s+(?P<u1>semaine|week-end|mois|année)"
    rf"(?P<there>-ci|-là)?|(?:la|le|l{_APOS})\s*(?P<u2>semaine|week-end|mois|année|an)"
    rf"\s+(?P<shift>{SHIFT})){_E}", _FLAGS)
_PERIOD_UNITS: dict[str, Unit] = {"semaine": "week", "week-end": "week", "mois": "month",
                                  "année": "year", "an": "year"}


def _period(match: re.Match[str], _: str) -> Mention | None:
    word = (match["u1"] or match["u2"]).lower()
    if word == "week-end":  # the weekend's Saturday, read like a weekday, as a week
        shift = 0 if match["this"] else _shift(match["shift"])
        return Mention(*_where(match), "weekday", weekday=5, shift=shift, part="week-end")
    unit = _PERIOD_UNITS[word]
    if match["this"]:  # "cette année-là" points back at the date just mentioned
        kind: MentionKind = "anaphora" if (match["there"] or "").lower() == "-là" else "relative"
        return Mention(*_where(match), kind, amount=0, unit=unit)
    word = match["shift"].lower()
    anaphoric = word.startswith(("précédent", "suivant"))
    return Mention(*_where(match), "anaphora" if anaphoric else "relative", amount=SHIFTS[word],
                    unit=unit)


_EDGES = re.compile(
    rf"{_B}(?:(?:la|le|cette)\s+)?(?:fin|début|milieu)\s+(?:de\s+)?(?:(?P<year>l{_APOS}année)"
    rf"(?:\s+(?P<y>\d{{4}}))?|(?:la\s+)?(?P<week>semaine))"
    rf"|{_B}(?:(?:au|le|du|ce|cette)\s+)?(?:premier|second|deuxième|troisième|quatrième|dernier)"
    rf"\s+(?:trimestre|semestre)(?:\s+(?P<qy>\d{{4}}))?{_E}", _FLAGS)


def _edges(match: re.Match[str], _: str) -> Mention | None:
    """"la fin de l'année", "cette fin de semaine", "au premier semestre": the period."""
    year = match["y"] or match["qy"]
    if year:
        return Mention(*_where(match), "calendar", year=int(year))
    unit: Unit = "week" if match["week"] else "year"
    return Mention(*_where(match), "relative", amount=0, unit=unit)


_AMOUNT = rf"(?P<n>\d+|{NUMBER_WORD})\s+(?P<unit>{UNIT})"
_OFFSET = re.compile(
    rf"{_B}(?:il\s+y\s+a\s+(?:(?:près\s+de|environ|presque)\s+)?(?P<ago>{_AMOUNT})"
    rf"|(?:dans|d{_APOS}ici)\s+(?P<later>(?P<n2>\d+|{NUMBER_WORD})\s+(?P<unit2>{UNIT}))){_E}",
    _FLAGS)


def _offset(match: re.Match[str], _: str) -> Mention | None:
    amount = number(match["n"] or match["n2"])
    if amount is None:
        return None
    unit = UNITS[(match["unit"] or match["unit2"]).lower()]
    signed = -amount if match["ago"] else amount
    return Mention(*_where(match), "relative", amount=signed, unit=unit)


_ANAPHORA = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
             "le même jour": 0, "le jour même": 0, "ce jour-là": 0}
_BACK_REFERENCE = re.compile(
    rf"{_B}(?:(?P<w>la\s+veille|l{_APOS}avant-veille|le\s+lendemain|le\s+surlendemain"
    rf"|le\s+même\s+jour|le\s+jour\s+même|ce\s+jour-là)(?:\s+(?:au\s+)?(?P<part>{PART}))?"
    rf"(?!\s+(?:de|du|des|d{_APOS})(?![\w]))"
    rf"|{_AMOUNT}\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant)){_E}", _FLAGS)


def _back_reference(match: re.Match[str], _: str) -> Mention | None:
    if match["w"]:
        key = re.sub(r"\s+", " ", match["w"].lower()).replace("’", "'")
        return Mention(*_where(match), "anaphora", amount=_ANAPHORA[key], unit="day",
                        part=match["part"].lower() if match["part"] else None)
    amount = number(match["n"])
    if amount is None:
        return None
    sign = 1 if match["dir"].lower().startswith("plus tard") else -1
    unit = UNITS[match["unit"].lower()]
    return Mention(*_where(match), "anaphora", amount=sign * amount, unit=unit)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Build


# Order breaks ties between matches of the same span: the more specific rule first.
RULES = (
    Rule("date", _DATE, _date), Rule("numeric", _NUMERIC, _numeric),
    Rule("month_year", _MONTH_YEAR, _month_year), Rule("year_range", _YEAR_RANGE, _year_range),
    Rule("weekday", _WEEKDAY, _weekday), Rule("relative_day", _RELATIVE_DAY, _relative_day),
    Rule("period", _PERIOD, _period), Rule("edges", _EDGES, _edges),
    Rule("offset", _OFFSET, _offset),
    Rule("back_reference", _BACK_REFERENCE, _back_reference),
    Rule("month", _MONTH_ALONE, _month_alone), Rule("decade", _DECADE, _decade),
    Rule("year", _YEAR_ALONE, _year_alone),
)


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Temporal expressions of `text[start:end]` (offsets into `text`), in text order."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, Mention]] = []
    for rank, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text, start, end):
            mention = rule.build(match, text)
            if mention is not None:
                found.append((mention.start, mention.start - mention.end, rank, mention))
    found.sort(key=lambda item: item[:3])
    kept: list[Mention] = []
    for _, _, _, mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
