"""Tokens with offsets, and French figures written in digits or in words.

"4", "4,5", "10.600", "500 000" (spaces may be non-breaking), "quatre-vingt-dix",
"deux cent cinquante", "vingt et un". A dot followed by exactly three digits separates
thousands (French usage); otherwise it is a decimal point ("4.9 milliards").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["num", "word", "sym", "punct"]

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)"
    r"|\d+(?:[,.]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<sym>[%€$£])"
    r"|(?P<punct>[^\s\w])")
_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'"}


@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    text: str
    low: str  # lower-cased, apostrophes unified to "'"
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind: TokenKind = "num"
        if match.lastgroup == "word":
            kind = "word"
        elif match.lastgroup == "sym":
            kind = "sym"
        elif match.lastgroup == "punct":
            kind = "punct"
        word = match.group()
        tokens.append(Token(kind, word, _APOSTROPHES.get(word, word.lower()),
                            match.start(), match.end()))
    return tokens


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written: its value and the step of its last significant digit."""

    value: float
    step: float  # 751 -> 1, 750 -> 10, 4,9 -> 0.1: how much rounding the writer allowed
    words: bool  # written in words ("quatre"), not digits


def is_year(figure: Figure, token: Token) -> bool:
    """A calendar year written in four digits ("1999", "2009")."""
    return (not figure.words and token.kind == "num" and len(token.text) == 4
            and 1800 <= figure.value <= 2100)


def parse_digits(text: str) -> Figure:
    compact = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        compact = compact.replace(".", "")
    compact = compact.replace(",", ".")
    if "." in compact:
        decimals = len(compact.split(".")[1])
        return Figure(float(compact), 10.0 ** -decimals, False)
    return Figure(float(compact), _integer_step(int(compact)), False)


def _integer_step(value: int) -> float:
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return float(step)


WORD_VALUES = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}


def is_number_word(word: str) -> bool:
    return all(part in WORD_VALUES for part in word.split("-")) and word != ""


def words_value(words: list[str]) -> int:
    """Value of consecutive number words: ["quatre-vingt-dix"] -> 90, ["deux", "cent"] -> 200."""
    total = current = 0
    for part in (p for word in words for p in word.split("-")):
        value = WORD_VALUES[part]
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 20 and current % 100 == 4:  # quatre-vingt
            current += 76
        else:
            current += value
    return total + current


def read_figure(tokens: list[Token], i: int) -> tuple[Figure, int] | None:
    """The figure starting at token i and the index after it, or None."""
    token = tokens[i]
    if token.kind == "num":
        return parse_digits(token.text), i + 1
    if token.kind != "word" or not is_number_word(token.low):
        return None
    words, j = [token.low], i + 1
    while j < len(tokens):
        if tokens[j].kind == "word" and is_number_word(tokens[j].low) and tokens[j].low not in (
                "un", "une"):
            words.append(tokens[j].low)
        elif (tokens[j].low == "et" and j + 1 < len(tokens)
              and tokens[j + 1].low in ("un", "une", "onze") and words[-1] in (
                  "vingt", "trente", "quarante", "cinquante", "soixante")):
            words.append(tokens[j + 1].low)
            j += 1
        else:
            break
        j += 1
    value = words_value(words)
    return Figure(float(value), _integer_step(value), True), j
