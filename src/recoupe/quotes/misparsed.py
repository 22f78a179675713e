"""Speakers and content boundaries where the parse errs in a known way.

The parser reads a clause whose subject it hung elsewhere as a relative clause without a
relative pronoun ("des résultats du sommet, Alexandre Vorontsov, …, aurait déclaré":
"déclaré" a relative clause of "résultats", Vorontsov their apposition), and leaves a verb
with no subject ("Ingrid Betancourt, que l'on a vue …, a affirmé"), and takes the qualifier
of a describing noun for the noun ("Le septuple vainqueur"). These readings put the speaker
back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from recoupe.quotes.lexicon import DEMONYMS, EPITHETS, masculine_forms
from recoupe.quotes.regions import Region, inside


def pronounless_relative(clause: Any) -> bool:
    """A "relative clause" without a relative pronoun: the parser's misreading of a clause
    whose subject it hung elsewhere."""
    return clause.dep_ == "acl:relcl" and not any(
        "Rel" in c.morph.get("PronType") for c in clause.children)


def set_off_name(token: Any) -> bool:
    """A person's name set off by a comma that the parser hangs on a content, with the verb
    it is the subject of hung beside it as a relative clause without a pronoun: the content
    ends before the name, the name speaks."""
    return token.dep_ == "appos" and token.ent_type_ == "PER" and token.doc[
        token.i - 1].text == "," and any(
        c.i > token.i and pronounless_relative(c) for c in token.head.children)


def named_later(verb: Any, speaker: Any, sentence: Any) -> Any | None:
    """ "Notant ce qu'il a qualifié de « laconique » …, Alexandre Vorontsov … aurait déclaré":
    a pronoun in a clause fronted by a participle stands for the subject named after it."""
    opening = sentence[0]
    if speaker is None or speaker.pos_ != "PRON" or not (
            opening.pos_ == "VERB" and opening.lower_.endswith("ant")):
        return None
    return next((t for t in sentence.doc[verb.i + 1:sentence.end] if set_off_name(t)), None)


def nearest_name(verb: Any, sentence: Any, regions: Sequence[Region]) -> Any | None:
    """When the parse gives the verb no subject, the closest person or organisation named
    before it, outside quotations."""
    for token in reversed(sentence.doc[sentence.start : verb.i]):
        if token.ent_type_ in ("PER", "ORG") and inside(regions, token.idx) is None:
            return _person_described(token)
    return None


def _person_described(token: Any) -> Any:
    """ "Alexandre Vorontsov, de l'Institut d'études asiatiques de l'Académie russe des
    sciences": the person an organisation's name describes."""
    current = token
    while current.dep_ in ("nmod", "flat:name", "appos") and current.head.i != current.i:
        current = current.head
        if current.ent_type_ == "PER":
            return current
    return token


def misparsed_epithet(token: Any) -> bool:
    """ "Le septuple vainqueur du Tour": the parser makes the qualifier the noun and the
    describing noun its adjective."""
    return any(c.dep_ == "amod" and masculine_forms(c.text) & (EPITHETS - DEMONYMS)
               for c in token.children)
