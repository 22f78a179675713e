"""French quantities with their hedges and units, as intervals over exact character spans.

"plus de quatre heures" -> [4, None] heure (bound); "près de cinq heures" -> [4.5, 5];
"à plusieurs reprises" -> [2, 9] fois (vague); "1950-1953" -> [1950, 1953] année (period);
"quelque 20 millions de dollars" -> [1.9e7, 2.1e7] USD. Dates, times of day, ordinals,
"les deux" (both) and figures that name rather than count ("article 8") are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from recoupe.facts.lexicon import (
    AGE_LEADS,
    AGE_UNITS,
    APPROXIMATE_NOUNS,
    HEDGE_FILLERS,
    HEDGES,
    MONTHS,
    NAMING_WORDS,
    PAIR_DETERMINERS,
    PERSON_NOUNS,
    REPETITION,
    SCALES,
    TIME_OF_DAY_LEADS,
    VAGUE_LEADS,
    VAGUE_SCALES,
    YEARS,
    Family,
    Hedge,
)
from recoupe.facts.units import Measure, counted_noun, measure_after, simple_unit
from recoupe.nlp.numerals import Figure, Token, is_year, read_figure, tokenize

Precision = Literal["exact", "approximate", "bound", "range", "vague"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as written: `text == source[start:end]`, its interval and unit."""

    start: int
    end: int
    text: str
    low: float | None  # in `unit`, scale included: 6e8 for "600 millions d'euros"
    high: float | None  # None: open ("plus de quatre heures")
    unit: str | None  # "heure", "EUR", "%", "fois", "otages" (counted noun); None: bare amount
    family: Family
    precision: Precision
    step: float  # rounding step of the figure as written, in `unit`
    base: float = 1.0  # factor from `unit` to the family's base unit (days for durations)
    loose: bool = False  # whole years or months: "six ans" may mean six years and four months
    figure_start: int = 0  # where the figure itself starts
    figure: float = 0.0  # the figure as written, in `unit`: 5 for "près de cinq heures"


@dataclass(frozen=True, slots=True)
class _Lead:
    """What precedes a figure: a hedge and where the quantity's span starts."""

    hedge: Hedge | None
    first: int  # token index where the span starts
    before: str  # the word before the span, lower-cased ("" at the start)


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def _lead(tokens: list[Token], i: int) -> _Lead:
    j = i
    while j > 0 and tokens[j - 1].low in HEDGE_FILLERS and i - j < 2:
        j -= 1
    for end in dict.fromkeys((i, j)):  # fillers only after a verb: "dépasse déjà les 17"
        for pattern, hedge in HEDGES:
            first = end - len(pattern)
            if first >= 0 and tuple(t.low for t in tokens[first:end]) == pattern and (
                    end == i or pattern[0].startswith("dépass")):
                return _Lead(hedge, first, _word(tokens, first - 1))
    return _Lead(None, i, _word(tokens, i - 1))


def _glued(text: str, token: Token) -> bool:
    """ "1er", "20h08", "Covid-19", "G8": a figure stuck to letters is not a quantity."""
    after = text[token.end:token.end + 1]
    before = text[max(0, token.start - 2):token.start]
    return after.isalpha() or (before[-1:].isalpha()) or (
        before[-1:] == "-" and before[:1].isalpha())


def _interval(figure: Figure, hedge: Hedge | None) -> tuple[float | None, float | None]:
    value = figure.value
    if hedge == "about":
        return value * 0.95, value * 1.05
    if hedge == "nearly":
        return value * 0.9, value
    if hedge == "more":
        return value, None
    if hedge == "less":
        return None, value
    return value, value


_PRECISION: dict[Hedge | None, Precision] = {
    None: "exact", "exact": "exact", "about": "approximate", "nearly": "approximate",
    "more": "bound", "less": "bound", "range": "range"}


def _is_age(tokens: list[Token], lead: _Lead, measure: Measure) -> bool:
    """ "âgée de 46 ans", "Kerviel, 31 ans,", "une femme de 46 ans", "dès 13 ans"."""
    if measure.unit is None or measure.unit.name not in AGE_UNITS:
        return False
    before, earlier = lead.before, _word(tokens, lead.first - 2)
    if before in ("de", "'") and (earlier in AGE_LEADS or _word(tokens, lead.first - 3) == "âge"):
        return True
    if before in ("dès", "à") or (before == "de" and earlier == "partir"):
        return True
    if before == "," and lead.first >= 2 and tokens[lead.first - 2].text[:1].isupper():
        return _word(tokens, measure.end) not in ("de", "d")
    person = earlier if before == "de" else (_word(tokens, lead.first - 3) if before == "'" else "")
    named = (lead.first >= 3 and tokens[lead.first - 2].text[:1].isupper()
             and tokens[lead.first - 2].kind == "word" and person == earlier)  # "une Algérienne"
    return before in ("de", "'") and (person in PERSON_NOUNS or named)


def _skip(tokens: list[Token], i: int, figure: Figure, lead: _Lead, measure: Measure,
          scaled: bool) -> bool:
    """Figures that are not reported quantities (dates, times, "les deux", names)."""
    word_after = _word(tokens, measure.end)
    if _word(tokens, i + 1) in MONTHS or lead.before in NAMING_WORDS:
        return True
    if measure.unit is None and measure.noun is None and not scaled:
        return True  # a bare figure: nothing says what it measures
    if measure.unit is not None and measure.unit.name == "point" and figure.words:
        return True  # "un point de presse"
    if figure.words and figure.value == 1 and measure.unit is None:
        return True  # "un homme": an article, not a count
    if measure.unit is REPETITION and _word(tokens, measure.end - 1) == "fois" and (
            figure.value == 1 or word_after in ("plus", "moins", "par", "que", "supérieur")):
        return True  # "une fois arrivés", "trois fois plus", "trois fois par semaine"
    if (measure.unit is not None and measure.unit.name == "heure" and lead.hedge is None
            and lead.before in TIME_OF_DAY_LEADS and word_after not in ("de", "d")):
        return True  # "à 20 heures": a time of day
    if measure.noun and tokens[i].kind == "num" and _listed(tokens, i):
        return True  # "1 Pourquoi ...": a numbered heading
    pair = figure.value == 2 and lead.hedge is None and measure.unit is None
    return pair and (lead.before in PAIR_DETERMINERS or _word(tokens, lead.first - 2) == "l")


def _listed(tokens: list[Token], i: int) -> bool:
    """A figure opening its line, followed by a capitalised word."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (following is not None and following.text[:1].isupper()
            and (i == 0 or (tokens[i - 1].end < tokens[i].start and _word(tokens, i - 1) in (
                "", ".", ":", "-", "–", "•"))))


def _period(tokens: list[Token], i: int, text: str) -> tuple[Quantity, int] | None:
    """ "1950-1953", "de 1985 à 1988", "entre 1984 et 1986": a span of calendar years."""
    first = read_figure(tokens, i)
    if first is None or not is_year(first[0], tokens[i]) or i + 2 >= len(tokens):
        return None
    link, second_token = tokens[i + 1], tokens[i + 2]
    second = read_figure(tokens, i + 2)
    if second is None or not is_year(second[0], second_token):
        return None
    lead = _lead(tokens, i)
    dash = (link.low in ("-", "–") and link.start == tokens[i].end
            and second_token.start == link.end)
    words = ((link.low == "à" and lead.before == "de")
             or (link.low == "et" and lead.hedge == "range"))
    if not (dash or words) or second[0].value <= first[0].value:
        return None
    start_index = i if dash else (lead.first if lead.hedge == "range" else i - 1)
    start, end = tokens[start_index].start, second_token.end
    return Quantity(start, end, text[start:end], first[0].value, second[0].value, YEARS.name,
                    "period", "range", 1.0, figure_start=tokens[i].start), i + 3


def _scaled(tokens: list[Token], figure: Figure, j: int) -> tuple[Figure, int, bool]:
    if _word(tokens, j) in SCALES:
        factor = SCALES[_word(tokens, j)]
        return Figure(figure.value * factor, figure.step * factor, figure.words), j + 1, True
    return figure, j, False


def _range_end(tokens: list[Token], j: int, lead: _Lead,
               figure: Figure) -> tuple[Figure, int, float] | None:
    """ "40 à 50", "3 ou 4", "entre 35 et 40": the upper figure of a range, its end, and the
    scale it carries that the lower figure shares ("40 à 50 milliards")."""
    link = _word(tokens, j)
    if link not in ("à", "ou", "et", "-") or (link == "et" and lead.hedge != "range"):
        return None
    upper = read_figure(tokens, j + 1) if j + 1 < len(tokens) else None
    if upper is None or upper[0].value <= figure.value or _word(tokens, upper[1]) in MONTHS:
        return None
    scaled, end, was_scaled = _scaled(tokens, upper[0], upper[1])
    return scaled, end, (scaled.value / upper[0].value if was_scaled and upper[0].value else 1.0)


def _stated(low: float | None, high: float | None, hedge: Hedge | None) -> float:
    """The figure as written, from its interval: "près de cinq" -> 5, "environ 8" -> 8."""
    if low is None or (high is not None and hedge in ("nearly", "range")):
        return high or 0.0
    if high is not None and hedge == "about":
        return (low + high) / 2
    return low


def _build(tokens: list[Token], text: str, lead: _Lead, figure_index: int, low: float | None,
           high: float | None, measure: Measure, precision: Precision, step: float,
           family: Family | None = None, figure: float | None = None) -> Quantity:
    unit = measure.unit
    start, end = tokens[lead.first].start, tokens[measure.end - 1].end
    name = unit.name if unit is not None else measure.noun
    kind: Family = family or (unit.family if unit is not None else (
        "count" if measure.noun else "amount"))
    stated = figure if figure is not None else _stated(
        low, high, "range" if precision == "range" else lead.hedge)
    return Quantity(start, end, text[start:end], low, high, name, kind, precision, step,
                    unit.base if unit else 1.0, bool(unit and unit.loose),
                    tokens[figure_index].start, stated)


def _figure_range(tokens: list[Token], text: str, i: int, lead: _Lead, figure: Figure,
                  after: int, scaled: bool) -> tuple[Quantity | None, int] | None:
    """The figure at i as the lower end of a range, if a second figure follows."""
    measure = measure_after(tokens, after, scaled)
    link = measure.end if measure.unit else after
    upper = _range_end(tokens, link, lead, figure)
    if upper is None:
        return None
    high, end, factor = upper
    shared = factor if not scaled else 1.0  # "40 à 50 milliards": the scale applies to 40 too
    upper_measure = measure_after(tokens, end, scaled or factor != 1.0)
    unit_measure = measure if measure.unit else upper_measure
    if unit_measure.unit is None and unit_measure.noun is None and factor == 1.0:
        return None, end
    measure = Measure(unit_measure.unit, unit_measure.noun, max(upper_measure.end, end))
    if lead.hedge is None and _word(tokens, link) == "à" and lead.before in ("de", "'"):
        lead = _Lead("range", i - (2 if lead.before == "'" else 1), "")
    return _build(tokens, text, lead, i, figure.value * shared, high.value, measure, "range",
                  figure.step * shared), measure.end


def _figure_quantity(tokens: list[Token], i: int, text: str) -> tuple[Quantity | None, int]:
    """A written figure at i with what surrounds it, or None when it is not a quantity."""
    read = read_figure(tokens, i)
    if read is None or (tokens[i].kind == "num" and _glued(text, tokens[i])):
        return None, i + 1
    figure, j, scaled = _scaled(tokens, *read)
    lead = _lead(tokens, i)
    ranged = _figure_range(tokens, text, i, lead, figure, j, scaled)
    if ranged is not None:
        return ranged
    if lead.hedge == "range":  # "entre les deux" without a second figure
        lead = _Lead(None, i, _word(tokens, i - 1))
    measure = measure_after(tokens, j, scaled)
    if (is_year(figure, tokens[i]) and not measure.unit) or _skip(
            tokens, i, figure, lead, measure, scaled):
        return None, j
    figure = Figure(figure.value + measure.extra, figure.step, figure.words)
    low, high = _interval(figure, lead.hedge)
    family: Family | None = "age" if _is_age(tokens, lead, measure) else None
    if measure.unit is REPETITION and _word(tokens, lead.first - 1) == "à":
        lead = _Lead(lead.hedge, lead.first - 1, _word(tokens, lead.first - 2))
    return _build(tokens, text, lead, i, low, high, measure, _PRECISION[lead.hedge],
                  figure.step, family), max(measure.end, j)


def _vague_quantity(tokens: list[Token], i: int, text: str) -> tuple[Quantity | None, int]:
    """ "à plusieurs reprises", "des dizaines de millions d'obus", "quelques heures"."""
    word = _word(tokens, i)
    first, j, low, high = i, i + 1, 2.0, 9.0
    if word in VAGUE_SCALES and _word(tokens, i - 1) in VAGUE_LEADS:
        low, high = 2 * VAGUE_SCALES[word], 9.99 * VAGUE_SCALES[word]
    elif word in ("nombreuses", "maintes", "multiples") and _word(tokens, i + 1) == "reprises":
        high = 99.0
    elif word not in ("plusieurs", "quelques"):
        return None, i + 1
    while _word(tokens, j) in VAGUE_SCALES or (
            _word(tokens, j) in ("de", "d") and _word(tokens, j + 1) in SCALES):
        j += 1 if _word(tokens, j) in ("de", "d") else 0
        factor = VAGUE_SCALES.get(_word(tokens, j), SCALES.get(_word(tokens, j), 1.0))
        low, high, j = low * factor, high * factor, j + 1
    scaled = j > i + 1 or word in VAGUE_SCALES
    measure = measure_after(tokens, j, scaled)
    if measure.unit is None and (measure.noun is None or not scaled):
        return None, i + 1  # "plusieurs membres": too common to be a reported figure
    if measure.unit is not None and measure.unit.family not in ("duration", "repetition", "money"):
        return None, i + 1
    if measure.unit is REPETITION:
        first = next((k for k in (i - 1, i - 2) if _word(tokens, k) == "à"), i)
    lead = _Lead(None, first, _word(tokens, first - 1))
    return _build(tokens, text, lead, i, low, high, measure, "vague", 1.0), measure.end


def _approximate_noun(tokens: list[Token], i: int, text: str) -> tuple[Quantity | None, int]:
    """ "une vingtaine de militaires", "une petite dizaine", "une trentaine d'années"."""
    value = APPROXIMATE_NOUNS.get(_word(tokens, i))
    previous = _word(tokens, i - 1)
    if value is None or previous not in ("une", "un", "la", "petite", "bonne"):
        return None, i + 1
    first = i - 2 if previous in ("petite", "bonne") else i - 1
    low, high = (0.8 * value, float(value)) if previous == "petite" else (
        (float(value), 1.3 * value) if previous == "bonne" else (0.9 * value, 1.25 * value))
    measure = measure_after(tokens, i + 1, True)
    if measure.unit is None and measure.noun is None:
        return None, i + 1
    lead = _Lead("about", first, _word(tokens, first - 1))
    family: Family | None = "age" if _is_age(tokens, lead, measure) else None
    return _build(tokens, text, lead, i, low, high, measure, "approximate", float(value),
                  family, float(value)), measure.end


def _single(tokens: list[Token], i: int, text: str) -> tuple[Quantity | None, int]:
    """ "un seul trader": a count of one."""
    if _word(tokens, i) not in ("un", "une") or _word(tokens, i + 1) not in ("seul", "seule"):
        return None, i + 1
    noun = counted_noun(tokens, i + 2)
    if noun is None:
        return None, i + 1
    measure = Measure(None, noun[0], noun[1])
    return _build(tokens, text, _Lead("exact", i, _word(tokens, i - 1)), i, 1.0, 1.0, measure,
                  "exact", 1.0), noun[1]


def extract_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity of `text`, spans shifted by `offset` (the text's place in an article)."""
    tokens = tokenize(text)
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        quantity, following = _quantity_at(tokens, i, text)
        if quantity is not None:
            found.append(replace(quantity, start=quantity.start + offset,
                                 end=quantity.end + offset,
                                 figure_start=quantity.figure_start + offset))
        i = max(following, i + 1)
    return found


def _relative_time(tokens: list[Token], quantity: Quantity) -> bool:
    """ "il y a deux semaines", "deux jours après sa libération", "à quelques heures de
    l'ouverture", "dans quatre ans": a moment, the timeline's business, not a duration."""
    if quantity.family != "duration":
        return False
    first = next(k for k, t in enumerate(tokens) if t.start >= quantity.start)
    after = next((k for k, t in enumerate(tokens) if t.start >= quantity.end), len(tokens))
    before, following = _word(tokens, first - 1), _word(tokens, after)
    if before in ("voici", "voilà", "dans") or (before == "a" and _word(tokens, first - 2) == "y"):
        return True
    if before not in ("de", "'") and (following in ("après", "avant") or (
            following == "plus" and _word(tokens, after + 1) in ("tard", "tôt"))):
        return True  # ("disposent de deux mois après la parution": a time limit, kept)
    return before == "à" and following in ("de", "d")


def _quantity_at(tokens: list[Token], i: int, text: str) -> tuple[Quantity | None, int]:
    period = _period(tokens, i, text)
    quantity, following = period if period is not None else (None, i + 1)
    for reader in (_single, _approximate_noun, _vague_quantity, _figure_quantity):
        if quantity is not None:
            break
        quantity, following = reader(tokens, i, text)
    if quantity is not None and _relative_time(tokens, quantity):
        return None, following
    return quantity, following


__all__ = ["Precision", "Quantity", "extract_quantities", "simple_unit"]
