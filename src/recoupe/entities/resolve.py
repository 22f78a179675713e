"""Cross-document resolution: which mentions of a story name the same real-world entity.

Three kinds of evidence, from safest to riskiest:
1. the same name up to spelling ("Kim Jong Un" / "Kim Jong-un", "Vostochny" / "Vostotchny",
   "Choïgou" / "Shoigu"), official names of states ("RPDC", "République populaire
   démocratique de Corée" / "Corée du Nord");
2. an acronym and the one long form of the story whose initials it spells ("Farc" / "Forces
   armées révolutionnaires de Colombie"); a full name and its shorter form ("Siemon T.
   Wezeman" / "Siemon Wezeman", "Carla Bruni" / "Carla Bruni-Sarkozy");
3. a surname alone ("Kim", "M. Poutine", "Nixey"), bound to a full name of the same article,
   else of the story, only when one candidate clearly dominates: "Kim" in a story about
   Kim Jong Un that also names Kim Jong-dae, Kim Jong Il and Kim Il Sung once each.
People who share a given name or a surname ("James Nixey" / "James O'Brien", "Kim Jong Un" /
"Kim Jong-dae", "Park" / "Pak") never meet on any of these; when in doubt a mention stays
apart, because a missed merge costs a line and a wrong one misattributes a quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from recoupe.entities.gazetteer import SURNAME_FIRST
from recoupe.entities.mentions import Mention
from recoupe.nlp.names import name_key

DOMINANCE = 3  # a candidate wins a bare surname with 3x the full-name mentions of the next
_ACRONYM_STOPWORDS = frozenset({
    "de", "du", "des", "la", "le", "les", "et", "pour", "contre", "sur", "en", "à", "au", "aux",
    "un", "une", "of", "the", "and", "for", "dans", "par",
})

Cluster = list[Mention]


def cluster_mentions(mentions: Sequence[Mention]) -> list[Cluster]:
    """Partition a story's mentions into entities."""
    short = [m for m in mentions if _is_surname_only(m)]
    groups: dict[str, Cluster] = {}
    for mention in mentions:
        if not _is_surname_only(mention):
            groups.setdefault(mention.key, []).append(mention)
    union = _UnionFind(groups)
    _merge_acronyms(groups, union)
    _merge_name_variants(groups, union)
    _merge_compass_points(groups, union)
    clusters = union.clusters(groups)
    _bind_surnames(short, clusters, union)
    return [c for c in clusters.values() if c]


def _is_surname_only(mention: Mention) -> bool:
    return mention.label == "PER" and len(mention.name_words) == 1


class _UnionFind:
    def __init__(self, keys: dict[str, Cluster]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(b)] = self.find(a)

    def clusters(self, groups: dict[str, Cluster]) -> dict[str, Cluster]:
        merged: dict[str, Cluster] = {}
        for key, members in groups.items():
            merged.setdefault(self.find(key), []).extend(members)
        return merged


# --- acronyms --------------------------------------------------------------------------


def initials(words: Sequence[str]) -> str:
    """'Forces armées révolutionnaires de Colombie' -> 'FARC'; "Ligue des droits de l'homme"
    -> 'LDH'."""
    letters = []
    for word in words:
        for part in word.replace("’", "'").split("'"):
            if part and part.lower() not in _ACRONYM_STOPWORDS and part.lower() not in ("l", "d"):
                letters.append(part[0].upper())
    return "".join(letters)


def _acronym(mention: Mention) -> str | None:
    if len(mention.words) != 1:
        return None
    word = mention.words[0]
    if word.isalpha() and ((2 <= len(word) <= 7 and word.isupper())
                           or (3 <= len(word) <= 5 and word[0].isupper())):  # "Farc", "Cnil"
        return word.upper()
    return None


def _merge_acronyms(groups: dict[str, Cluster], union: _UnionFind) -> None:
    """An acronym joins the long form spelling it, when the story has exactly one."""
    long_forms: dict[str, set[str]] = {}
    for key, members in groups.items():
        if members[0].label != "PER" and len(members[0].words) >= 2:
            long_forms.setdefault(initials(members[0].words), set()).add(key)
    for key, members in groups.items():
        acronym = _acronym(members[0])
        candidates = long_forms.get(acronym or "", set()) - {key}
        if len({union.find(c) for c in candidates}) == 1:
            union.union(next(iter(candidates)), key)


# --- "le Nord" ------------------------------------------------------------------------


def _merge_compass_points(groups: dict[str, Cluster], union: _UnionFind) -> None:
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


# --- full names ------------------------------------------------------------------------


def _parts(words: Sequence[str]) -> list[str]:
    return [name_key(p) for w in words for p in w.split("-") if p]


def _without_initials(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w.rstrip(".")) != 1)


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(part in remaining for part in short)


def same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full names of one person: 'Siemon T. Wezeman' / 'Siemon Wezeman', 'Martha Lucia
    Ramirez' / 'Martha Ramirez', 'Carla Bruni' / 'Carla Bruni-Sarkozy'. Never 'James Nixey' /
    'James O'Brien', nor Korean names that differ in one syllable."""
    a, b = _without_initials(a), _without_initials(b)
    if len(a) < 2 or len(b) < 2:
        return False
    if _parts(a) == _parts(b):
        return True
    if a[0] in SURNAME_FIRST or b[0] in SURNAME_FIRST:
        return False
    short, long = sorted((_parts(a), _parts(b)), key=len)
    return short[0] == long[0] and short[-1] in long[1:] and _is_subsequence(short, long)


def _merge_name_variants(groups: dict[str, Cluster], union: _UnionFind) -> None:
    people = [(key, members[0].name_words) for key, members in groups.items()
              if members[0].label == "PER" and len(members[0].name_words) >= 2]
    for n, (key, words) in enumerate(people):
        for other, other_words in people[n + 1:]:
            if union.find(key) != union.find(other) and same_person(words, other_words):
                union.union(key, other)


# --- surnames alone --------------------------------------------------------------------


@dataclass(slots=True)
class PersonNames:
    """A cluster with full names, seen from a bare surname looking for its owner."""

    mentions: Cluster
    surnames: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    per_article: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, cluster: Cluster) -> PersonNames | None:
        person = cls(cluster)
        for mention in cluster:
            words = mention.name_words
            if mention.label != "PER" or len(words) < 2:
                continue
            person.per_article[mention.article] += 1
            if words[0] in SURNAME_FIRST:  # "Kim Jong Un": Kim is the family name
                person.surnames.add(name_key(words[0]))
            else:
                person.surnames.add(name_key(words[-1]))
                person.given_names.add(name_key(words[0]))
        return person if person.per_article else None


def _dominant(candidates: list[PersonNames],
              count: Callable[[PersonNames], int]) -> PersonNames | None:
    ranked = sorted(candidates, key=count, reverse=True)
    if len(ranked) == 1 or count(ranked[0]) >= DOMINANCE * count(ranked[1]):
        return ranked[0]
    return None


def owner_of_surname(mention: Mention, people: list[PersonNames]) -> PersonNames | None:
    """The article's full name first, then the story's; None when no candidate dominates."""
    key = name_key(mention.name_words[0])
    candidates = [p for p in people if key in p.surnames]
    by_given_name = not candidates
    if by_given_name:  # "Ingrid" for Ingrid Betancourt: only when one person has it
        candidates = [p for p in people if key in p.given_names]
        if len(candidates) != 1:
            return None
    local = [p for p in candidates if p.per_article[mention.article]]
    if local:
        owner = _dominant(local, lambda p: p.per_article[mention.article])
        if owner is not None:
            return owner
    return _dominant(candidates, lambda p: sum(p.per_article.values()))


def _bind_surnames(short: list[Mention], clusters: dict[str, Cluster],
                   union: _UnionFind) -> None:
    people = [p for p in map(PersonNames.of, clusters.values()) if p is not None]
    for mention in short:
        owner = owner_of_surname(mention, people)
        if owner is not None:
            owner.mentions.append(mention)
        elif mention.key in union.parent:
            clusters[union.find(mention.key)].append(mention)
        else:
            union.parent[mention.key] = mention.key
            clusters[mention.key] = [mention]
