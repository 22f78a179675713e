"""One name per speaker across the story.

Outlets name a speaker differently, and the brief groups quotes by speaker: a first name
alone in one outlet and the full name in another ("Khaldia" / "Khaldia Dussourt"), a title
capitalised at the head of a sentence in one article and not in the next ("Les enquêteurs"
/ "les enquêteurs"). A first name takes the full name when the story gives exactly one
person that first name ("Kim" stays "Kim": Kim Jong Un and Kim Jong-dae); a title takes the
spelling most mentions use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from recoupe.entities import EntityIndex
from recoupe.quotes.extract import QuoteMention


def _people(entities: EntityIndex) -> set[str]:
    """Entities that may be persons: the tagger calls some full names MISC ("Khaldia
    Dussourt"), never ORG or LOC ("Washington" is no first name of the "Washington Post")."""
    return {e.id for e in entities.entities if e.type in ("PER", "MISC")}


def _full_names(mentions: Sequence[QuoteMention],
                people: set[str]) -> dict[str, set[tuple[str, str]]]:
    """First word -> the (name, entity) of the persons whose name it starts."""
    full: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.speaker and m.entity in people and len(m.speaker.split()) > 1:
            full.setdefault(m.speaker.split()[0], set()).add((m.speaker, m.entity))
    return full


def story_names(mentions: Sequence[QuoteMention],
                entities: EntityIndex) -> list[QuoteMention]:
    """The mentions, each speaker named as the story names them elsewhere."""
    people = _people(entities)
    full = _full_names(mentions, people)
    forms = Counter(m.speaker for m in mentions if m.speaker)
    spelling: dict[str, str] = {}  # lower case -> the form most mentions use
    for form in sorted(forms, key=lambda f: (forms[f], f)):
        spelling[form.lower()] = form
    named = []
    for m in mentions:
        speaker, entity = m.speaker, m.entity
        first_name = entity is None or entity in people
        if speaker and first_name and len(speaker.split()) == 1 and len(full.get(speaker, ())) == 1:
            speaker, entity = next(iter(full[speaker]))  # "Khaldia" -> "Khaldia Dussourt"
        elif speaker and entity is None:
            speaker = spelling[speaker.lower()]  # "Les enquêteurs" / "les enquêteurs"
        named.append(m if (speaker, entity) == (m.speaker, m.entity) else replace(
            m, speaker=speaker, entity=entity))
    return named
