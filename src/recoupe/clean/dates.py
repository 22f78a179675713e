"""Publication dates written in the text: "Publié le 3 décembre 2008 à 07h45", "le 12/09/2023".

Only lines that are nothing but a date line count (see `DATE_LINE`); a date inside a
sentence is the timeline's business, not metadata.
"""

from __future__ import annotations

import re

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DATE = (rf"(?:\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}"
         r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})")
_TIME = r"(?:\d{1,2}\s?[h:]\s?\d{0,2}(?:\s?min)?|midi|minuit)"
_STAMP = rf"(?:le\s+|:\s*)?(?:{_WEEKDAY}\s+)?{_DATE}(?:\s*(?:à|,)?\s*{_TIME})?"
_VERB = r"(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|posté|créé)"
# "Publié le 3 décembre 2008 à 07h45", "Publié le 12/09/2023 à 09h41, mis à jour le …",
# "Le 12/09/2023 à 9:41" (a bare date line at the top of a page).
DATE_LINE = re.compile(
    rf"^(?:{_VERB}\s*{_STAMP}|(?:le\s+)?{_DATE}(?:\s*(?:à|[|,-])\s*{_TIME})?)"
    r"(?:\s*\(heure de paris\))?"
    rf"(?:\s*[,|–—-]?\s*(?:{_VERB}\s*{_STAMP}|{_VERB}\s+il y a .{{1,20}}))?"
    r"\s*\.?$", re.IGNORECASE)
_PUBLISHED = re.compile(rf"(?:publié|publiée|posté|créé|^le|^(?=\d))\s*(?:le\s+|:\s*)?"
                        rf"(?:{_WEEKDAY}\s+)?({_DATE})", re.IGNORECASE)
_WORDS_DATE = re.compile(rf"(\d{{1,2}})(?:er)?\s+({_MONTH})\s+(\d{{4}})", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE.match(text))


def published_in(text: str) -> str | None:
    """The publication date of a date line, `YYYY-MM-DD`; None for an update-only line."""
    match = _PUBLISHED.search(text)
    return iso_date(match.group(1)) if match else None


def iso_date(text: str) -> str | None:
    """'3 décembre 2008' / '12/09/2023' / '2023-09-12' -> '2008-12-03' (None if impossible)."""
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _WORDS_DATE.fullmatch(text):
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(
            match.group(3))
    elif match := _NUMERIC_DATE.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
