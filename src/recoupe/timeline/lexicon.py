"""French words for dates: months, weekdays, number words, units, parts of the day.

Kept apart from the patterns so that the patterns read as sentences and the word lists
can grow (abbreviations, spelling variants of scraped text) without touching them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

Unit = Literal["day", "week", "month", "year"]

MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2, "mars": 3,
    "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11,
    "nov.": 11, "décembre": 12, "decembre": 12, "déc.": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
}
UNITS: dict[str, Unit] = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}
# "dernier"/"prochain" after a noun: the previous / next one.
SHIFTS: dict[str, int] = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "précédent": -1,
    "précédente": -1, "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1,
}
PARTS = ("matin", "midi", "après-midi", "soir", "nuit", "matinée", "soirée")


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that "juil." beats "juil"."""
    keys = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(k) for k in keys)


def number(word: str) -> int | None:
    """"3" -> 3, "trois" -> 3, "1er" -> 1; None for anything else."""
    word = word.lower()
    if word.endswith("er") and word[:-2].isdigit():
        word = word[:-2]
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


MONTH = alternatives(MONTHS)
WEEKDAY = alternatives(WEEKDAYS)
NUMBER_WORD = alternatives(NUMBERS)
UNIT = alternatives(UNITS)
SHIFT = alternatives(SHIFTS)
PART = alternatives(PARTS)
