"""Who "il", "elle", "ce spécialiste" and a floating quotation refer to, within an article.

No French coreference model ships on PyPI, so the antecedent is the closest earlier
speaker or sentence subject (outside quotation marks: "Les Farc ont toujours voulu …"
inside Betancourt's quotation is not a candidate) that agrees with the pronoun in gender
and number. Gender is only trusted where French marks it: a determiner or a noun's
inflection ("la candidate", "le gouvernement"), a courtesy title ("Mme", "M."), the pronoun
itself. A name alone has no gender here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from recoupe.quotes.resolve import Who

# A pronoun or a floating quotation looks this many sentences back for its antecedent.
LOOKBACK = 4
_PRONOUNS = {
    "il": ("Masc", "Sing"), "-il": ("Masc", "Sing"), "lui": ("Masc", "Sing"),
    "celui-ci": ("Masc", "Sing"), "celui": ("Masc", "Sing"), "elle": ("Fem", "Sing"),
    "-elle": ("Fem", "Sing"), "celle-ci": ("Fem", "Sing"), "celle": ("Fem", "Sing"),
    "ils": (None, "Plur"), "-ils": (None, "Plur"),
    "eux": (None, "Plur"), "ceux-ci": (None, "Plur"), "elles": ("Fem", "Plur"),
    "-elles": ("Fem", "Plur"), "celles-ci": ("Fem", "Plur"),
}
_FEMININE = frozenset({"Mme", "Mmes", "Mlle", "madame", "Madame"})
_MASCULINE = frozenset({"M.", "MM.", "monsieur", "Monsieur"})


@dataclass(frozen=True, slots=True)
class Agreement:
    gender: str | None
    number: str | None

    def fits(self, other: Agreement) -> bool:
        return (None in (self.gender, other.gender) or self.gender == other.gender) and (
            None in (self.number, other.number) or self.number == other.number)


def pronoun_agreement(token: Any) -> Agreement:
    gender, number = _PRONOUNS.get(token.lower_, (None, None))
    return Agreement(gender, number)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _adjective_gender(noun: Any) -> str | None:
    """An epicene noun takes its gender from an adjective whose ending shows it."""
    for child in noun.children:
        gender = child.morph.get("Gender")
        if child.dep_ == "amod" and gender and (gender[0] == "Fem") == child.lower_.endswith(
                ("e", "es")):
            return str(gender[0])
    return None


def mention_agreement(token: Any) -> Agreement:
    """What the words around a speaker mention say about its gender and number."""
    if token.lower_ in _PRONOUNS:
        return pronoun_agreement(token)
    # Coordinated with "et"/"ou": "le président, Hans-Gert Pöttering" read as two conjuncts
    # is one man.
    plural = any(c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children)
                 for c in token.children)
    determiners = [c for c in token.children if c.dep_ == "det"]
    number = "Plur" if plural else _first([n for d in determiners for n in d.morph.get("Number")])
    if token.pos_ == "PROPN" or token.ent_type_ == "PER":  # "Lance" parsed as a noun
        before = token.doc[token.left_edge.i - 1].text if token.left_edge.i > 0 else ""
        gender = "Fem" if before in _FEMININE else "Masc" if before in _MASCULINE else None
        return Agreement(gender, number or "Sing")
    gender = _first(token.morph.get("Gender")) if token.pos_ == "NOUN" else None
    gender = _adjective_gender(token) or gender  # "l'otage française"
    gender = _first([g for d in determiners for g in d.morph.get("Gender")]) or gender
    return Agreement(None if plural else gender, number or _first(token.morph.get("Number")))


@dataclass(frozen=True, slots=True)
class _Candidate:
    who: Who
    sentence: int
    agreement: Agreement
    spoke: bool  # a speaker of a frame, not only a subject
    medium: bool = False  # "La télévision RCN a diffusé … Elle révèle": only right after


@dataclass(slots=True)
class History:
    """The article's speakers and subjects so far, most recent last."""

    entries: list[_Candidate] = field(default_factory=list)

    def add(self, who: Who, sentence: int, agreement: Agreement, spoke: bool,
            medium: bool = False) -> None:
        known = next((e.agreement for e in reversed(self.entries) if e.who == who), None)
        if known is not None and agreement.gender is None:
            agreement = Agreement(known.gender, agreement.number or known.number)
        self.entries.append(_Candidate(who, sentence, agreement, spoke, medium))

    def _recent(self, sentence: int) -> list[_Candidate]:
        """The candidates of the last sentences, most recent first; a medium only while it
        is the subject of the sentence just before and the last one written of."""
        recent = [e for e in reversed(self.entries) if 0 <= sentence - e.sentence <= LOOKBACK]
        return [e for k, e in enumerate(recent) if not e.medium or (
            k == 0 and sentence - e.sentence == 1)]

    def antecedent(self, agreement: Agreement, sentence: int,
                   named: bool = False) -> Who | None:
        """The closest earlier candidate that agrees with the pronoun (`named`: only one
        the story names, for a description such as "le coureur texan")."""
        return next((e.who for e in self._recent(sentence) if e.agreement.fits(agreement)
                     and (e.who.entity is not None or not named)), None)

    def named_speaker(self, agreement: Agreement, sentence: int,
                      within: int = LOOKBACK) -> Who | None:
        """The latest speaker, if the story names them, they agree with the mention and they
        spoke at most `within` sentences before."""
        latest = next((e for e in self._recent(sentence) if e.spoke), None)
        if latest is None or latest.who.entity is None or not latest.agreement.fits(
                agreement) or sentence - latest.sentence > within:
            return None
        return latest.who

    def last_speaker(self, sentence: int) -> Who | None:
        """Who a floating quotation continues: the latest speaker, else the latest subject."""
        recent = self._recent(sentence)
        spoke = next((e.who for e in recent if e.spoke), None)
        return spoke or next((e.who for e in recent if not e.medium), None)
