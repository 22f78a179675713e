"""Which news agencies an article credits, and the evidence for each, as exact spans.

A credit says the copy comes (partly) from an agency: a closing "A.G avec AFP", a wire
dateline "PARIS (Reuters) -", a contributor line ("Les rédactrices d'Associated Press …
ont contribué"), a fact attributed "selon l'AFP", or an agency's house style (AP's
"X à Londres … y ont contribué", AFP's "( POOL / NAME )" caption credits together with
"- Intertitre -" dashes). An agency that is only a *quote source* ("a dit à l'AFP",
"interrogé par Reuters") is recorded as evidence of kind `quote_source`, which does not
credit it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from recoupe.clean.furniture import WIRE_DATELINE
from recoupe.clean.paragraphs import Paragraph, split_paragraphs

CreditKind = Literal["credit_line", "dateline", "contributors", "source_mention",
                     "house_style", "quote_source"]

_CANONICAL = {"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
              "france-presse": "AFP", "ap": "AP", "associated press": "AP",
              "reuters": "Reuters", "belga": "Belga", "ats": "ATS", "dpa": "DPA",
              "ansa": "ANSA", "efe": "EFE"}
_NAME = (r"(AFP|AP|Reuters|Associated Press|Belga|ATS|DPA|ANSA|EFE"
         r"|[Aa]gence France[- ]Presse)")
_ART = r"(?:l['’]\s?|la |le )?"
_PEOPLE = (r"(?:(?i:par)\s+)?(?:[A-ZÉÈ][\w.'’-]*|(?i:la rédaction))"
           r"(?:\s+(?:[A-ZÉÈ][\w.'’-]*|de|du|des|le|la|et))*")
_AGENCIES = rf"{_ART}{_NAME}(?:\s*(?:et|,|/)\s*{_ART}{_NAME})?"
# "(AFP)", "Avec AFP", "(avec AP)", "© 2023 AFP", "Source : Reuters", "A.G avec AFP",
# "La rédaction avec AFP et Reuters", "Par Jean Dupont (AFP)".
_CREDIT_LINE = re.compile(
    rf"^\(?\s*(?:(?i:avec|source\s*:)|©(?:\s*\d{{4}})?)?\s*{_AGENCIES}\s*\)?\.?$"
    rf"|^\(?{_PEOPLE}\s+(?i:avec|et)\s+{_AGENCIES}\s*\)?\.?$"
    rf"|^{_PEOPLE}\s*[(,–-]\s*{_AGENCIES}\s*\)?\.?$")
_MENTION = re.compile(
    rf"\b(?:selon|d['’]après)\s+{_ART}{_NAME}\b"
    rf"|,\s*(?:rapporte|indique|précise|annonce|écrit|a rapporté|a indiqué)\s+{_ART}{_NAME}\b")
_QUOTE_SOURCE = re.compile(rf"\b(?:à|par|de)\s+{_ART}{_NAME}\b")
_CONTRIBUTED = re.compile(r"\b(?:y )?(?:ont|a) contribué\b", re.IGNORECASE)
# AP closes translated copy with "<Name> à <City>, <Name> aux Nations Unies … y ont contribué".
_AP_CONTRIBUTOR = re.compile(
    r"^[A-ZÉ][\w.'’-]+(?: [A-ZÉ][\w.'’-]*)+ (?:à|aux?) [A-ZÉ]", re.UNICODE)
_REUTERS_EDITED = re.compile(r",\s+(?:avec [^,]{3,60},\s+)?édité par\s+[A-ZÉ]")
_SPACED_PHOTO_CREDIT = re.compile(r"\(\s[A-Z][A-Z0-9 .&'’-]{1,40}\s/\s[^()]{1,60}\s\)\s*$")
_DASHED_HEADING = re.compile(r"^[-–]\s+.{2,80}\s+[-–]$")


@dataclass(frozen=True, slots=True)
class CreditEvidence:
    """One piece of evidence about an agency: `text == article_text[start:end]`."""

    agency: str
    kind: CreditKind
    start: int
    end: int
    text: str

    @property
    def credits(self) -> bool:
        return self.kind != "quote_source"


def canonical_agency(name: str) -> str:
    return _CANONICAL.get(re.sub(r"\s+", " ", name).strip().lower(), name)


def _evidence(agency: str, kind: CreditKind, p: Paragraph, start: int = 0,
              end: int | None = None) -> CreditEvidence:
    stop = len(p.text) if end is None else end
    return CreditEvidence(canonical_agency(agency), kind, p.at(start), p.at(stop),
                          p.text[start:stop])


def _credit_line(p: Paragraph, total: int) -> list[CreditEvidence]:
    if len(p.words) > 12 or not (p.index < 4 or p.index >= total - 2):
        return []
    match = _CREDIT_LINE.match(p.text)
    if match is None:
        return []
    return [_evidence(name, "credit_line", p) for name in match.groups() if name]


def _dateline(p: Paragraph) -> list[CreditEvidence]:
    match = WIRE_DATELINE.match(p.text) if p.index < 4 else None
    return [_evidence(match.group(1), "dateline", p, 0, match.end())] if match else []


def _contributors(p: Paragraph) -> list[CreditEvidence]:
    if not _CONTRIBUTED.search(p.text):
        return []
    named = [m for m in re.finditer(_NAME, p.text)]
    if named:
        return [_evidence(m.group(1), "contributors", p) for m in named[:1]]
    if _AP_CONTRIBUTOR.match(p.text):
        return [_evidence("AP", "house_style", p)]
    return []


def _mentions(p: Paragraph) -> list[CreditEvidence]:
    found = []
    credited: list[tuple[int, int]] = []
    for match in _MENTION.finditer(p.text):
        name = next(g for g in match.groups() if g)
        found.append(_evidence(name, "source_mention", p, match.start(), match.end()))
        credited.append(match.span())
    for match in _QUOTE_SOURCE.finditer(p.text):
        if not any(s <= match.start() < e for s, e in credited):
            found.append(_evidence(match.group(1), "quote_source", p, match.start(), match.end()))
    return found


def _afp_house_style(paragraphs: list[Paragraph]) -> list[CreditEvidence]:
    """AFP copy on partner sites: "( POOL / NAME )" photo credits and "- Intertitre -"."""
    captions = [p for p in paragraphs if _SPACED_PHOTO_CREDIT.search(p.text)]
    dashes = [p for p in paragraphs if _DASHED_HEADING.match(p.text)]
    if not captions or not dashes:
        return []
    evidence = []
    for p in captions[:2]:
        match = _SPACED_PHOTO_CREDIT.search(p.text)
        assert match is not None
        evidence.append(_evidence("AFP", "house_style", p, match.start(), match.end()))
    return evidence + [_evidence("AFP", "house_style", p) for p in dashes[:2]]


def find_credit_evidence(text: str) -> list[CreditEvidence]:
    """Every piece of agency evidence in the text, in text order."""
    paragraphs = split_paragraphs(text)
    found: list[CreditEvidence] = []
    for p in paragraphs:
        line = _credit_line(p, len(paragraphs)) or _dateline(p) or _contributors(p)
        if not line and _REUTERS_EDITED.search(p.text) and p.index >= len(paragraphs) - 2:
            line = [_evidence("Reuters", "house_style", p)]
        found += line or _mentions(p)
    found += _afp_house_style(paragraphs)
    return sorted(found, key=lambda e: (e.start, e.end))


def credited_agencies(evidence: list[CreditEvidence]) -> list[str]:
    """The agencies credited, each once, in the order of their first evidence."""
    agencies: list[str] = []
    for item in evidence:
        if item.credits and item.agency not in agencies:
            agencies.append(item.agency)
    return agencies


_KIND_WORDS = {
    "credit_line": "ligne de crédit", "dateline": "attaque de dépêche",
    "contributors": "ligne de contributeurs", "source_mention": "information attribuée",
    "house_style": "style maison", "quote_source": "interlocuteur cité (pas un crédit)",
}


def describe(item: CreditEvidence) -> str:
    """'AFP: ligne de crédit « A.G avec AFP » [4370:4382]' — for briefs and reports."""
    return f"{item.agency}: {_KIND_WORDS[item.kind]} « {item.text} » [{item.start}:{item.end}]"
