"""Roles per person, read from the titles and appositions around their names, with citations.

Three shapes carry a role in French news copy:
- after the name, in apposition: "James Nixey, directeur du programme Russie et Eurasie à
  Chatham House, …"; or an affiliation alone: "Alexandre Vorontsov, de l'Institut …";
- before it, with a comma: "le porte-parole du Kremlin, Dmitri Peskov";
- before it, without: "le président russe Vladimir Poutine", "l'amiral Kim Myong Sik".
A role is a phrase headed by a noun of `ROLE_NOUNS`, so "Kim, à son tour, a promis" gives
none. When two outlets tie one person to differently named institutions (Yang Uk at
"l'Institut asiatique d'études politiques" / "l'Institut Asan d'études politiques"), both
roles are kept and the pair is flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from recoupe.entities.gazetteer import ROLE_NOUNS
from recoupe.entities.index import EntityIndex, RoleDifference, RoleMention
from recoupe.entities.mentions import canonical_key, name_words
from recoupe.records import Citation

if TYPE_CHECKING:
    from recoupe.nlp import Analysis

_STOPS = frozenset({",", ".", ";", ":", ")", "(", "»", "«", "“", "”", '"', "!", "?", "—", "–"})
_AFFILIATION_OPENERS = frozenset({"de", "du", "d'", "d’", "des"})
_WINDOW = 14  # tokens: a role longer than this is a clause, not a title


def _is_role_noun(token: Any) -> bool:
    word = token.lower_
    return token.is_lower and (word in ROLE_NOUNS or word.removeprefix("ex-") in ROLE_NOUNS)


def _person_tokens(doc: Any, spans: list[tuple[int, int, str]], people: set[str]) -> set[int]:
    found: set[int] = set()
    for start, end, entity_id in spans:
        if entity_id in people:
            chunk = doc.char_span(start, end, alignment_mode="expand")
            found.update(t.i for t in chunk or ())
    return found


def _stops(token: Any, persons: set[int]) -> bool:
    return (token.text in _STOPS or token.pos_ == "AUX" or token.i in persons
            or "\n" in token.text or token.lower_ in ("qui", "que", "qu'", "qu’"))


def role_after(name: Any, persons: set[int]) -> Any | None:
    """'James Nixey, directeur du programme …' / 'Vorontsov, de l'Institut …'."""
    doc, i = name.doc, name.end
    comma = i < len(doc) and doc[i].text == ","
    i += comma
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc):
        return None
    if comma and (_is_role_noun(doc[i]) or _qualified_role_noun(doc, i)):
        start = i
    elif doc[i].lower_ in _AFFILIATION_OPENERS and _leads_to_org(doc, i):
        start = i + 1 + (doc[i + 1].pos_ == "DET")  # "de l'Institut …": the institute
    else:
        return None
    end = start
    while end < len(doc) and end - start < 2 * _WINDOW and not _stops(doc[end], persons):
        end += 1
    if end < len(doc) and end in persons:
        return None  # "de Kim, le fondateur nord-coréen Kim Il Sung": the next name's title
    return doc[start:end] if end > start else None


def _qualified_role_noun(doc: Any, i: int) -> bool:
    """An adjective before the role noun: "Lance Armstrong, septuple vainqueur …",
    "nouveau président" (the parser often tags such an adjective as a noun)."""
    return (doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower and i + 1 < len(doc)
            and _is_role_noun(doc[i + 1]))


def _leads_to_org(doc: Any, i: int) -> bool:
    return any(token.ent_type_ == "ORG" for token in doc[i + 1:i + 3])


def role_before(name: Any, persons: set[int]) -> Any | None:
    """'le porte-parole du Kremlin, Dmitri Peskov' / 'le président russe Vladimir Poutine'."""
    doc, end = name.doc, name.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > 0 and end - start < _WINDOW:
        token = doc[start - 1]
        if _stops(token, persons) or token.pos_ == "VERB":
            break
        start -= 1
        if token.is_sent_start:
            break
    if end == start or doc[end - 1].pos_ in ("ADP", "DET"):
        return None  # "un précédent voyage de Kim": the name complements a noun
    heads = [t.i for t in doc[start:end]
             if _is_role_noun(t) and t.i > 0 and doc[t.i - 1].pos_ == "DET"]
    return doc[heads[0]:end] if heads else None


def affiliation(role: Any, organisations: Sequence[Any] = ()) -> str | None:
    """The institution a role names: its organisations (`organisations`: the Doc's ORG
    entities, when the caller has them at hand), else what follows 'à' / 'au'."""
    organisations = [" ".join(e.text.split()) for e in organisations or role.ents
                     if e.label_ == "ORG" and role.start <= e.start and e.end <= role.end]
    if organisations:
        return " / ".join(organisations)
    places = [t.i for t in role if t.lower_ in ("à", "au")]
    if places:
        rest = role.doc[places[-1] + 1:role.end]
        if any(t.is_title for t in rest):
            return " ".join(rest.text.split())
    return None


def _role_mention(entity_id: str, role: Any, analysis: Analysis,
                  organisations: Sequence[Any]) -> RoleMention:
    citation = Citation.of(analysis.article, role.start_char, role.end_char)
    return RoleMention(entity_id, " ".join(role.text.split()), citation,
                       affiliation(role, organisations))


def attach_roles(index: EntityIndex, analyses: Sequence[Analysis]) -> None:
    """Fill `index.roles`, each entity's `roles`, the role look-ups and the differences."""
    people = {e.id for e in index.entities if e.type == "PER"}
    for analysis in analyses:
        doc, spans = analysis.doc, index.spans.get(analysis.article.id, [])
        persons = _person_tokens(doc, spans, people)
        organisations = [e for e in doc.ents if e.label_ == "ORG"]
        for start, end, entity_id in spans:
            name = doc.char_span(start, end, alignment_mode="expand")
            if entity_id not in people or name is None:
                continue
            for role in (role_after(name, persons), role_before(name, persons)):
                if role is not None:
                    mention = _role_mention(entity_id, role, analysis, organisations)
                    index.roles.setdefault(entity_id, []).append(mention)
                    index.register(canonical_key(" ".join(name_words(mention.text))),
                                   entity_id)
    for entity in index.entities:
        entity.roles = list(dict.fromkeys(r.text for r in index.roles.get(entity.id, [])))
    index.role_differences = role_differences(index)


def _keys(mention: RoleMention) -> set[str]:
    return {canonical_key(part) for part in (mention.affiliation or "").split(" / ") if part}


def _same_institution(a: set[str], b: set[str]) -> bool:
    return any(x in y or y in x for x in a for y in b)


def _head(mention: RoleMention) -> str:
    return mention.text.split()[0].lower()


def _differ(first: RoleMention, second: RoleMention) -> bool:
    """Same function ('expert …'), two articles, institutions that are not one name."""
    return (first.citation.article != second.citation.article and _head(first) == _head(second)
            and not _same_institution(_keys(first), _keys(second)))


def role_differences(index: EntityIndex) -> list[RoleDifference]:
    """A person given the same function at differently named institutions by two articles:
    Yang Uk, 'expert militaire à l'Institut asiatique …' / 'expert en sécurité à l'Institut
    Asan …'. Different functions (a minister who is also a mayor) are not a difference."""
    found = []
    for entity_id, mentions in index.roles.items():
        seen: set[tuple[str, str]] = set()
        placed = [m for m in mentions if m.affiliation and m.affiliation[:1].isupper()]
        for n, first in enumerate(placed):
            for second in placed[n + 1:]:
                pair = (first.affiliation or "", second.affiliation or "")
                if pair not in seen and _differ(first, second):
                    seen.add(pair)
                    found.append(RoleDifference(entity_id, first, second))
    return found
