"""What follows a figure: its unit, or the noun it counts.

"600 millions d'euros", "18 mois", "six ans et quatre mois", "30 %", "0,75 point",
"trois Américains", "14 autres otages", "29.000 feux d'artifice".
"""

from __future__ import annotations

from dataclasses import dataclass

from recoupe.facts.lexicon import (
    BASIS_POINTS,
    COUNT_ADJECTIVES,
    DISTANCES,
    DURATIONS,
    MASSES,
    MONEY,
    MONTHS,
    NOT_NOUNS,
    PERCENT,
    REPETITION,
    Unit,
)
from recoupe.nlp.numerals import Token, is_number_word, read_figure


@dataclass(frozen=True, slots=True)
class Measure:
    """The unit read after a figure, where it ends, and what it adds ("et demi")."""

    unit: Unit | None  # None: a counted noun (see `noun`) or nothing
    noun: str | None  # "otages", "autres otages", "obus"
    end: int  # index of the first token after the unit
    extra: float = 0.0  # "ans et quatre mois" -> 4/12, in the unit


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word not in ("mois", "fois") else word


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if i < len(tokens) else ""


def _de(tokens: list[Token], i: int) -> int | None:
    """Index after "de" / "d'" at i, or None."""
    if _word(tokens, i) == "de":
        return i + 1
    if _word(tokens, i) == "d" and _word(tokens, i + 1) == "'":
        return i + 2
    return None


def simple_unit(tokens: list[Token], i: int) -> tuple[Unit, int] | None:
    """A unit word or symbol at i (no counted noun)."""
    word = _word(tokens, i)
    if word == "%" or word in ("pourcent", "pour-cent"):
        return PERCENT, i + 1
    if word == "pour" and _word(tokens, i + 1) == "cent":
        return PERCENT, i + 2
    if word in ("point", "points"):
        after = _de(tokens, i + 1)
        if after is not None and _word(tokens, after) == "base":
            return BASIS_POINTS, after + 1
        return Unit("percent", "point"), i + 1
    name = singular(word)
    if name in MONEY and (name != "livre" or _word(tokens, i + 1) == "sterling"):
        return Unit("money", MONEY[name]), i + 1
    for table in (DURATIONS, DISTANCES, MASSES):
        if name in table:
            return table[name], i + 1
    return None


def _duration_extra(tokens: list[Token], i: int, unit: Unit) -> tuple[float, int]:
    """ "et demi", "et quatre mois" after a duration: the addition, in `unit`."""
    if _word(tokens, i) != "et":
        return 0.0, i
    if _word(tokens, i + 1) in ("demi", "demie"):
        return 0.5, i + 2
    figure = read_figure(tokens, i + 1) if i + 1 < len(tokens) else None
    if figure is None:
        return 0.0, i
    smaller = simple_unit(tokens, figure[1])
    if smaller is None or smaller[0].family != "duration" or smaller[0].base >= unit.base:
        return 0.0, i
    return figure[0].value * smaller[0].base / unit.base, smaller[1]


def counted_noun(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The noun a figure counts: "trois otages américains" -> "otages"."""
    qualifier = ""
    while _word(tokens, i) in COUNT_ADJECTIVES or _word(tokens, i) == "autres":
        if _word(tokens, i) == "autres":
            qualifier = "autres "
        i += 1
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    word = tokens[i].low
    if (word in NOT_NOUNS or word in MONTHS or is_number_word(word) or len(word) < 2
            or simple_unit(tokens, i) is not None):
        return None
    return qualifier + word, i + 1


def measure_after(tokens: list[Token], i: int, scaled: bool) -> Measure:
    """What follows a figure at i; `scaled` when a "millions"/"dizaines" came before."""
    k = i
    while _word(tokens, k) in COUNT_ADJECTIVES and _word(tokens, k) != "plus":
        k += 1  # "les 18 derniers mois", "les 100 prochaines années"
    found = simple_unit(tokens, k) if k > i else simple_unit(tokens, i)
    if found is None and scaled:
        after_de = _de(tokens, i)
        if after_de is not None:
            found = simple_unit(tokens, after_de)
            if found is None:
                noun = counted_noun(tokens, after_de)
                if noun is not None:
                    return Measure(None, noun[0], noun[1])
    if found is not None:
        unit, end = found
        if unit.family == "duration":
            extra, end = _duration_extra(tokens, end, unit)
            return Measure(unit, None, end, extra)
        return Measure(unit, None, end)
    if _word(tokens, i) in ("reprise", "reprises", "fois"):
        return Measure(REPETITION, None, i + 1)
    noun = None if scaled else counted_noun(tokens, i)
    after_de = _de(tokens, i)
    if noun is None and not scaled and after_de is not None and _word(tokens, after_de) in (
            "ses", "leurs", "ces", "nos", "vos"):
        noun = counted_noun(tokens, after_de + 1)  # "trois de ses traders"
    if noun is not None:
        return Measure(None, noun[0], noun[1])
    return Measure(None, None, i)
