"""Short forms of organisations and places: acronyms, abbreviations, qualifiers, "le Nord".

Each rule merges a short form with a long form only when the story offers exactly one
long form it can stand for; otherwise the short form stays apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from recoupe.entities.mentions import Mention, canonical_key, name_key, name_words
from recoupe.entities.unionfind import Cluster, UnionFind
from recoupe.nlp.names import strip_accents

_STOPWORDS = frozenset({
    "de", "du", "des", "la", "le", "les", "et", "pour", "contre", "sur", "en", "à", "au", "aux",
    "un", "une", "of", "the", "and", "for", "dans", "par", "l", "d",
})
_CHUNKS = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+")
_OF = ("de", "du", "des", "d'", "d’")


def merge_short_forms(groups: dict[str, Cluster], union: UnionFind,
                      mentions: Sequence[Mention], texts: Mapping[str, str]) -> None:
    merge_definitions(mentions, texts, union)
    merge_acronyms(groups, union)
    merge_qualified_names(groups, union)
    merge_compass_points(groups, union)


def _content_words(words: Iterable[str]) -> list[str]:
    parts = (p for w in words for p in w.replace("’", "'").split("'"))
    return [p for p in parts if p and p.lower() not in _STOPWORDS]


def initials(words: Sequence[str]) -> str:
    """'Forces armées révolutionnaires de Colombie' -> 'FARC'; "Comité consultatif national
    d'éthique" -> 'CCNE'."""
    return "".join(strip_accents(w[0]).upper() for w in _content_words(words))


def acronym(mention: Mention) -> str | None:
    """'AFLD', 'Farc', 'Cnil' as the letters they spell; None for other names."""
    if mention.label == "PER" or len(mention.words) != 1:
        return None
    word = mention.words[0]
    if word.isalpha() and ((2 <= len(word) <= 7 and word.isupper())
                           or (3 <= len(word) <= 5 and word[0].isupper())):
        return word.upper()
    return None


def _long_forms(groups: dict[str, Cluster]) -> dict[str, list[str]]:
    return {key: list(members[0].words) for key, members in groups.items()
            if members[0].label != "PER" and len(members[0].words) >= 2}


def _one_long_form(keys: list[str], union: UnionFind) -> str | None:
    """Candidates that are all one name ('Caisse nationale des Caisses d'Épargne' and its
    truncation '… et de') count as one."""
    roots = {union.find(k) for k in keys}
    if len(roots) == 1:
        return keys[0]
    longest = max(keys, key=len)
    return longest if all(longest.startswith(k) for k in keys) else None


def merge_acronyms(groups: dict[str, Cluster], union: UnionFind) -> None:
    """'Farc' / 'Forces armées révolutionnaires de Colombie'; 'SocGen' / 'Société générale'."""
    long_forms = _long_forms(groups)
    spelled = {key: initials(words) for key, words in long_forms.items()}
    for key, members in groups.items():
        letters = acronym(members[0])
        if letters is None:
            continue
        chunks = _CHUNKS.findall(members[0].words[0])
        candidates = [k for k, words in long_forms.items() if k != key and (
            spelled[k] == letters or (len(chunks) >= 2 and _abbreviates(chunks, words)))]
        target = _one_long_form(candidates, union) if candidates else None
        if target is not None:
            for candidate in candidates:
                union.union(target, candidate)
            union.union(target, key)


def _abbreviates(chunks: list[str], words: Sequence[str]) -> bool:
    """'SocGen' -> ['Soc', 'Gen'], the starts of 'Société' and 'Générale'."""
    content = [strip_accents(w).lower() for w in _content_words(words)]
    return len(chunks) >= 2 and len(chunks) == len(content) and all(
        word.startswith(strip_accents(chunk).lower()) for chunk, word in zip(chunks, content,
                                                                           strict=True))


def merge_definitions(mentions: Sequence[Mention], texts: Mapping[str, str],
                      union: UnionFind) -> None:
    """'l'Association des petits porteurs actifs (APPAC)': the article defines the acronym."""
    ordered = sorted(mentions, key=lambda m: (m.article, m.citation.start))
    for first, second in itertools.pairwise(ordered):
        text = texts.get(first.article, "")
        if (first.article != second.article or first.key not in union.parent
                or second.key not in union.parent):
            continue
        opens = text[first.citation.end:second.citation.start] in ("(", " (")
        closes = text[second.citation.end:second.citation.end + 1] in (")", ",")
        if opens and closes and (_defines(first, second) or _defines(second, first)):
            union.union(first.key, second.key)


def _defines(long: Mention, short: Mention) -> bool:
    """A long form and the acronym of its initials, give or take a last letter: 'Association
    des petits porteurs actifs (APPAC)'. Not 'BOGOTA (Reuters)', nor 'Université de
    Pittsburgh (USA)', where the parentheses say where."""
    letters = acronym(short)
    if letters is None or long.label == "PER" or len(long.words) < 2:
        return False
    spelled = initials(long.words)
    shorter, longer = sorted((spelled, letters), key=len)
    return len(shorter) >= 2 and longer.startswith(shorter) and len(longer) - len(shorter) <= 1


def merge_qualified_names(groups: dict[str, Cluster], union: UnionFind) -> None:
    """'Conseil de sécurité de l'ONU' / 'Conseil de sécurité': the qualifier is an
    organisation of the story (not a place: the 'Caisse d'Épargne de Sète' is a bank of its
    own)."""
    organisations = {k for k, members in groups.items() if members[0].label == "ORG"}
    names = {k: members[0].words for k, members in groups.items()
             if members[0].label == "ORG" and len(members[0].words) >= 2}
    for key, words in names.items():
        for short_key, short in names.items():
            n = len(short)
            if short_key == key or len(words) <= n + 1 or words[n].lower() not in _OF:
                continue
            owner = canonical_key(" ".join(name_words(" ".join(words[n + 1:]))))
            if name_key(" ".join(words[:n])) == short_key and owner in organisations:
                union.union(short_key, key)


def merge_compass_points(groups: dict[str, Cluster], union: UnionFind) -> None:
    """'le Nord' for 'la Corée du Nord' when the story names one place '… du Nord'."""
    for point in ("Nord", "Sud"):
        key = name_key(point)
        if key not in groups:
            continue
        places = {union.find(k) for k, members in groups.items()
                  if members[0].label == "LOC" and len(members[0].words) >= 3
                  and tuple(w.lower() for w in members[0].words[-2:]) == ("du", key)}
        if len(places) == 1:
            union.union(places.pop(), key)
