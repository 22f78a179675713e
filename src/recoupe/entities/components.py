"""spaCy components that correct fr_core_news_md's entities where news copy trips it up.

The md model reads "Kim Jong Un" as "Kim Jong" + the article "Un", tags a surname alone
("Park", "Yang") as a place, "Kim" as MISC, "Washington" as a person, misses agencies
("AP", "Yonhap"), and keeps photo credits ("REUTERS/Jean-Paul Pélissier") as people of
the story. Two components run after `ner`: an `entity_ruler` for the agencies, and
`recoupe_entity_repair`, which works on one Doc with what that Doc itself says (a name
seen in full elsewhere in the article), so it costs one pass over the tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from recoupe.entities.gazetteer import (
    AGENCIES,
    NOT_ENTITIES,
    PLACE_METONYMS,
    ROLE_NOUNS,
    SEATS_OF_POWER,
    SURNAME_FIRST,
)

RULER = "recoupe_agencies"
REPAIR = "recoupe_entity_repair"
HYPHENS = frozenset("-‐‑")
_LINE = re.compile(r"[^\n]+")
_PARENTHESES = re.compile(r"\(([^()\n]{1,160})\)")
_URL = re.compile(r"\S+://\S+")
_CREDIT_WORDS = frozenset({"photo", "photos", "crédit", "crédits", "credit", "©"})
_VERBAL = frozenset({"VERB", "AUX"})
_FUNCTION = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV"})
_CAPITAL_PREPOSITIONS = frozenset({"A", "À", "Au", "Aux", "En", "Selon", "Pour", "Par", "Dans",
                                   "Sur", "Avec", "Chez", "Après", "Avant", "Contre"})
# "ministre de la Défense", "garde des Sceaux": the department is part of the title
_MINISTERIAL = frozenset({"ministre", "ministres", "ministère", "ministères", "secrétaire",
                          "secrétariat", "garde"})
_MAX_EXTENSION = 4  # "Kim Jong" + "Un", "Leif-" + "Eric Easley": a few tokens at most


def add_entity_components(nlp: Any) -> None:
    """Add the agency ruler and the repair component after `ner` (once per pipeline)."""
    from spacy.language import Language

    if RULER in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name=RULER, after="ner",
                         config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": name} for name in AGENCIES])
    if REPAIR not in Language.factories:
        Language.component(REPAIR, func=repair_entities)
    nlp.add_pipe(REPAIR, after=RULER)


@dataclass(frozen=True, slots=True)
class _Names:
    """What the Doc says about names: parts of full person names, labels of one-word ents."""

    person_parts: frozenset[str]
    single: dict[str, str]
    in_full_names: frozenset[str]  # "Bruni-Sarkozy" when "Carla Bruni-Sarkozy" occurs


def repair_entities(doc: Any) -> Any:
    from spacy.util import filter_spans

    text = doc.text  # spaCy joins every token to build it: once per Doc
    credits = _credit_ranges(text)
    trimmed = (_trim(_cut_at_verb(e)) for e in doc.ents)
    spans = [_relabel(e) for e in trimmed if e is not None and e.text not in NOT_ENTITIES
             and not _is_title(e) and not _in_credits(e.start_char, e.end_char, credits)]
    spans = [_span(e.doc, e.start, e.end, "PER") if e.label_ != "PER" and _korean_name(e)
             else e for e in spans]
    names = _names(spans)
    spans = [part for e in spans for part in _split_compound(e, names)]
    persons = {e.start for e in spans if e.label_ == "PER" and len(e) == 1}
    spans = [_person_by_name(e, names, persons) for e in spans]
    spans += _untagged_persons(doc, text, spans, names, credits)
    spans += _defined_acronyms(spans)
    spans = [_complete_hyphen(e) for e in spans]
    starts = {e.start for e in spans}
    spans = [_extend_person(e, starts) if e.label_ == "PER" else e for e in spans]
    doc.ents = _join_adjacent_persons(filter_spans(spans))
    return doc


def _credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits: "( POOL / Vladimir SMIRNOV )", a line
    "/Photo prise le …/REUTERS/Jean-Paul Pélissier". Read off the text with two regular
    expressions rather than token by token: most lines have no credit at all."""
    found = []
    for line in _LINE.finditer(text):
        words = _URL.sub("", line.group())
        if words.lstrip().startswith(("/", "©")) or words.count("/") >= 2:
            found.append(line.span())
    for group in _PARENTHESES.finditer(text):
        inside = _URL.sub("", group.group(1))
        first = inside.split()[0].lower() if inside.split() else ""
        if "/" in inside or "©" in inside or first in _CREDIT_WORDS:
            found.append(group.span(1))
    return found


def _in_credits(start: int, end: int, credits: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in credits)


def _is_title(ent: Any) -> bool:
    """'ministre des Affaires étrangères', 'président de la République', and the 'Défense'
    of 'ministre de la Défense': titles the model tags as names; roles are read elsewhere."""
    if ent[0].is_lower and ent[0].lower_ in ROLE_NOUNS:
        return True
    if ent[0].text in ("Etat", "État") and _state_in_a_title(ent):
        return True
    if len(ent) > 1 or ent.label_ == "PER" or not ent[0].is_title:
        return False  # "secrétaire général de RSF": an acronym names an organisation
    for token in reversed(ent.doc[max(ent.start - 4, 0):ent.start]):
        if token.is_lower and token.lower_ in _MINISTERIAL:
            return True
        if token.pos_ not in ("DET", "ADP", "ADJ"):
            return False
    return False


def _state_in_a_title(ent: Any) -> bool:
    """'secrétaire d'Etat', 'agence de presse d'Etat', 'chef de l'Etat': part of a title or
    a phrase; 'l'Etat injecte 10 milliards' is the State itself and stays."""
    before = [t.lower_ for t in ent.doc[max(ent.start - 3, 0):ent.start]]
    if before[-1:] in (["d'"], ["d’"]):
        return True
    return len(before) == 3 and before[1] == "de" and before[0] in ROLE_NOUNS


def _dangling_hyphen(token: Any) -> bool:
    """'Tibet-' before a space: the hyphen joins nothing."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text in HYPHENS and (bool(token.whitespace_) or following is None
                                      or not following.is_alpha)


def _outside_name(token: Any, leading: bool) -> bool:
    """'la Chine', 'de Russie', 'Institut … de l'', 'A l'AFLD', 'Accompagné de Carla-Bruni':
    words the model swept into a name."""
    if token.is_space or (token.is_punct and token.text not in HYPHENS):
        return True
    if token.is_lower and token.pos_ in _FUNCTION:
        return True
    if not leading:
        return _dangling_hyphen(token)
    if token.text in _CAPITAL_PREPOSITIONS:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.pos_ in _VERBAL and token.is_sent_start and following is not None
            and following.is_lower
            and following.pos_ in _FUNCTION)


def _trim(ent: Any) -> Any | None:
    start, end = ent.start, ent.end
    while start < end and _outside_name(ent.doc[start], leading=True):
        start += 1
    while end > start and _outside_name(ent.doc[end - 1], leading=False):
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else _span(ent.doc, start, end,
                                                                  ent.label_)


def _cut_at_verb(ent: Any) -> Any:
    """"Caisse d'épargne chargé de la gestion …": a name stops before a participle."""
    if ent.label_ == "PER":
        return ent
    for token in ent[1:]:
        if token.pos_ == "VERB" and token.is_lower:
            return _span(ent.doc, ent.start, token.i, ent.label_)
    return ent


def _complete_hyphen(ent: Any) -> Any:
    """'dalaï-' + 'lama': the model stops after the hyphen of a compound name."""
    doc, last = ent.doc, ent[-1]
    if (last.text in HYPHENS and not last.whitespace_ and last.i + 1 < len(doc)
            and doc[last.i + 1].is_alpha):
        return _span(doc, ent.start, ent.end + 1, ent.label_)
    return ent


def _join_adjacent_persons(spans: list[Any]) -> list[Any]:
    """'Carla-Bruni' + 'Sarkozy', one space apart: one name the model cut in two."""
    joined: list[Any] = []
    for ent in sorted(spans, key=lambda e: e.start):
        previous = joined[-1] if joined else None
        if (previous is not None and previous.label_ == ent.label_ == "PER"
                and previous.end == ent.start and ent.doc[previous.end - 1].whitespace_ == " "):
            joined[-1] = _span(ent.doc, previous.start, ent.end, "PER")
        else:
            joined.append(ent)
    return joined


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def _relabel(ent: Any) -> Any:
    """Capitals read as people become places; seats of power are organisations."""
    if ent.text in SEATS_OF_POWER and ent.label_ != "ORG":
        return _span(ent.doc, ent.start, ent.end, "ORG")
    if len(ent) == 1 and ent.text in PLACE_METONYMS and ent.label_ == "PER":
        return _span(ent.doc, ent.start, ent.end, "LOC")
    return ent


def _name_words(ent: Any) -> list[Any]:
    return [t for t in ent if t.is_alpha and (t.is_title or t.is_upper) and not t.is_stop]


def _names(spans: list[Any]) -> _Names:
    parts: set[str] = set()
    single: dict[str, str] = {}
    in_full: set[str] = set()
    for ent in spans:
        if len(ent) == 1:
            single.setdefault(ent.text, ent.label_)
        elif ent.label_ == "PER":
            words = _name_words(ent)
            if len(words) >= 2:
                parts.update((words[0].text, words[-1].text))
            words_of_name = ent.text.split()
            if len(words_of_name) > 1:
                in_full.update(words_of_name)
    return _Names(frozenset(parts - PLACE_METONYMS), single, frozenset(in_full))


def _split_compound(ent: Any, names: _Names) -> list[Any]:
    """'sommet Poutine-Kim', 'amitié Russie-RPDC': two names joined by a hyphen.

    Split only when each half is a name of its own in the Doc and the whole never
    appears inside a full name (a double-barrelled surname: "Carla Bruni-Sarkozy").
    """
    if len(ent) != 3 or ent[1].text not in HYPHENS or ent[0].whitespace_ or ent[1].whitespace_:
        return [ent]
    left, right = ent[0], ent[2]
    known = names.person_parts | names.single.keys()
    if left.text not in known or right.text not in known or ent.text in names.in_full_names:
        return [ent]
    return [_span(ent.doc, t.i, t.i + 1, names.single.get(t.text, _part_label(t, names, ent)))
            for t in (left, right)]


def _part_label(token: Any, names: _Names, ent: Any) -> str:
    return "PER" if token.text in names.person_parts else str(ent.label_)


def _korean_name(ent: Any) -> bool:
    """'Yang Uk' tagged LOC: a family name of `SURNAME_FIRST` and one or two syllables."""
    words = [t for t in ent if t.text not in HYPHENS]
    return (2 <= len(words) <= 3 and words[0].text in SURNAME_FIRST
            and all(t.is_alpha and len(t) <= 6 and not t.is_upper for t in words[1:])
            and words[1].is_title)


def _person_by_name(ent: Any, names: _Names, persons: set[int]) -> Any:
    """'Park' tagged LOC, 'Kim' tagged MISC, where the article names 'John Park' in full;
    'Mélanie' tagged MISC in 'ses enfants Lorenzo et Mélanie'."""
    if ent.label_ != "PER" and len(ent) == 1 and (
            ent.text in names.person_parts or _given_name_beside_a_person(ent, persons)):
        return _span(ent.doc, ent.start, ent.end, "PER")
    return ent


def _given_name_beside_a_person(ent: Any, persons: set[int]) -> bool:
    """A one-word MISC joined by 'et' or a comma to a one-word person: a given name."""
    if ent.label_ != "MISC" or not ent[0].is_title:
        return False
    doc, i = ent.doc, ent.start
    before = i >= 2 and doc[i - 1].lower_ in ("et", ",") and (i - 2) in persons
    after = i + 2 < len(doc) and doc[i + 1].lower_ in ("et", ",") and (i + 2) in persons
    return before or after


def _untagged_persons(doc: Any, text: str, spans: list[Any], names: _Names,
                      credits: list[tuple[int, int]]) -> list[Any]:
    """'Park a noté …': a name part of a full name in the Doc, left untagged by the model."""
    parts = [p for p in names.person_parts if len(p) >= 3 and p.istitle()]
    if not parts:
        return []
    covered = {t.i for e in spans for t in e}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(parts))) + r")\b")
    found = []
    for match in pattern.finditer(text):
        token = doc.char_span(match.start(), match.end())
        if (token is not None and len(token) == 1 and token.start not in covered
                and not token[0].is_stop and not _in_credits(*match.span(), credits)):
            found.append(_span(doc, token.start, token.end, "PER"))
    return found


def _defined_acronyms(spans: list[Any]) -> list[Any]:
    """'l'Agence française de lutte contre le dopage (AFLD)': the acronym the article
    defines, which the model leaves untagged, names the organisation before it."""
    covered = {t.i for e in spans for t in e}
    found = []
    for ent in spans:
        doc, i = ent.doc, ent.end
        if ent.label_ == "PER" or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        word = doc[i + 1]
        if word.i not in covered and word.is_alpha and word.is_upper and 2 <= len(word) <= 7:
            found.append(_span(doc, word.i, word.i + 1, ent.label_))
    return found


def _continues_name(token: Any, previous: Any, starts: set[int]) -> bool:
    if token.i in starts:
        return False
    if previous.text in HYPHENS and not previous.whitespace_:
        return bool(token.is_alpha)  # "Jong-" + "un", "Leif-" + "Eric"
    if token.text in HYPHENS:
        return not previous.whitespace_ and not token.whitespace_ and token.i + 1 not in starts
    if previous.whitespace_ != " " or not previous.is_alpha:
        return False
    if token.is_sent_start:  # the parser cuts "Kim Jong | Un promet …" before the article
        return bool(token.is_title and token.is_stop)
    return bool(token.is_alpha and token.is_title and (
        token.is_stop or token.dep_ == "flat:name" or token.pos_ == "PROPN"))


def _extend_person(ent: Any, starts: set[int]) -> Any:
    """'Kim Jong' + 'Un' (read as the article), 'Leif-' + 'Eric Easley'."""
    doc, end = ent.doc, ent.end
    while (end < len(doc) and end - ent.end < _MAX_EXTENSION
           and _continues_name(doc[end], doc[end - 1], starts)):
        end += 1
    while end > ent.end and doc[end - 1].text in HYPHENS:
        end -= 1
    return ent if end == ent.end else _span(doc, ent.start, end, "PER")
