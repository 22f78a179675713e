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

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from recoupe.entities.gazetteer import FEMININE_HONORIFICS, SURNAME_FIRST
from recoupe.entities.mentions import Mention, name_key
from recoupe.entities.shortforms import merge_short_forms
from recoupe.entities.unionfind import Cluster, UnionFind

DOMINANCE = 3  # a candidate wins a bare surname with 3x the full-name mentions of the next


def cluster_mentions(mentions: Sequence[Mention],
                     texts: Mapping[str, str] | None = None) -> list[Cluster]:
    """Partition a story's mentions into entities (`texts`: article id -> text)."""
    short = [m for m in mentions if _is_surname_only(m)]
    groups: dict[str, Cluster] = {}
    for mention in mentions:
        if not _is_surname_only(mention):
            groups.setdefault(mention.key, []).append(mention)
    union = UnionFind(groups)
    merge_short_forms(groups, union, mentions, texts or {})
    _merge_name_variants(groups, union)
    clusters = union.clusters(groups)
    _bind_surnames(short, clusters, union)
    return [c for c in clusters.values() if c]


def _is_surname_only(mention: Mention) -> bool:
    return mention.label == "PER" and len(mention.name_words) == 1


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
    short, long = sorted((a, b), key=len)
    short_parts, long_parts = _parts(short), _parts(long)
    # the shorter name ends on the longer one's surname, or on one half of it
    ends_alike = short_parts[-1] in _parts(long[-1:])
    return (short_parts[0] == long_parts[0] and ends_alike
            and _is_subsequence(short_parts, long_parts))


def _merge_name_variants(groups: dict[str, Cluster], union: UnionFind) -> None:
    """Compare full names that start alike (every rule of `same_person` requires it)."""
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, members in groups.items():
        words = members[0].name_words
        if members[0].label == "PER" and len(words) >= 2:
            by_first.setdefault(_parts(words[:1])[0], []).append((key, words))
    for people in by_first.values():
        for n, (key, words) in enumerate(people):
            for other, other_words in people[n + 1:]:
                if union.find(key) != union.find(other) and same_person(words, other_words):
                    union.union(key, other)
        for key, words in people:
            _merge_initialled_surname(key, words, people, union)


def _merge_initialled_surname(key: str, words: tuple[str, ...],
                              people: list[tuple[str, tuple[str, ...]]],
                              union: UnionFind) -> None:
    """'Boris P.' (the press withholding a surname) / 'Boris Picano-Nacci', when the story
    names exactly one Boris whose surname starts with a P."""
    if len(words) != 2 or not re.fullmatch(r"[A-ZÀ-Ý]\.?", words[1]):
        return
    initial = words[1][0]
    owners = {union.find(other) for other, other_words in people
              if other != key and len(other_words) >= 2 and other_words[-1][:1] == initial
              and len(other_words[-1].rstrip(".")) > 1}
    if len(owners) == 1:
        union.union(owners.pop(), key)


# --- surnames alone --------------------------------------------------------------------


@dataclass(slots=True)
class PersonNames:
    """A cluster with full names, seen from a bare surname looking for its owner."""

    mentions: Cluster
    surnames: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    surname_halves: set[str] = field(default_factory=set)  # "Sarkozy" of "Bruni-Sarkozy"
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
                halves = words[-1].split("-")
                person.surname_halves.update(name_key(h) for h in halves if len(halves) > 1)
        return person if person.per_article else None


def _dominant(candidates: list[PersonNames],
              count: Callable[[PersonNames], int]) -> PersonNames | None:
    ranked = sorted(candidates, key=count, reverse=True)
    if len(ranked) == 1 or count(ranked[0]) >= DOMINANCE * count(ranked[1]):
        return ranked[0]
    return None


def _candidates(mention: Mention, people: list[PersonNames]) -> tuple[list[PersonNames], bool]:
    """Owners of the surname, else of the given name ("Lance" for Lance Armstrong).

    "Mme Sarkozy" in a story naming "Nicolas Sarkozy" and "Carla Bruni-Sarkozy" is the
    woman who added the name to her own: the courtesy title says so.
    """
    key = name_key(mention.name_words[0])
    if mention.honorific in FEMININE_HONORIFICS:
        married = [p for p in people if key in p.surname_halves]
        if married:
            return married, False
    by_surname = [p for p in people if key in p.surnames]
    if by_surname:
        return by_surname, False
    return [p for p in people if key in p.given_names], True


def owner_of_surname(mention: Mention, people: list[PersonNames]) -> PersonNames | None:
    """The article's full name first, then the story's; None when no candidate dominates."""
    candidates, by_given_name = _candidates(mention, people)
    if not candidates:
        return None
    local = [p for p in candidates if p.per_article[mention.article]]
    if by_given_name:  # a given name alone: only when one person of the article/story has it
        unique = local if len(local) == 1 else candidates
        return unique[0] if len(unique) == 1 else None
    if local:
        owner = _dominant(local, lambda p: p.per_article[mention.article])
        if owner is not None:
            return owner
    return _dominant(candidates, lambda p: sum(p.per_article.values()))


def _bind_surnames(short: list[Mention], clusters: dict[str, Cluster],
                   union: UnionFind) -> None:
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
