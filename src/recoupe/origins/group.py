"""Articles grouped into origins: one per agency credited, shared copy joins the rest.

Articles crediting the same agency are one origin (two AFP dispatches are one source for
corroboration). Pairs with strong shared evidence then join their groups, strongest
evidence first, unless the two groups credit different agencies: an outlet that mixes an
AFP dispatch with a sentence of Reuters copy stays with the agency it credits, and the
conflict is reported. An article without evidence is its own origin, of unknown source.
Everything is ordered by article position, so the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe.nlp import Analysis
from recoupe.origins.evidence import ArticleSignals, PairEvidence, describe_credit, describe_pair
from recoupe.records import Origin

UNKNOWN = "origine inconnue"
NO_EVIDENCE = "aucune preuve d'origine commune avec un autre article"


@dataclass(slots=True)
class Grouping:
    """Union-find over articles, each group carrying the agency its members credit."""

    parent: list[int]
    agency: list[str | None]
    conflicts: list[tuple[PairEvidence, str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, signals: Sequence[ArticleSignals]) -> Grouping:
        primaries = [s.agencies()[0] if s.agencies() else None for s in signals]
        return cls(list(range(len(signals))), primaries)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        """Merge the groups of i and j unless they credit different agencies."""
        ri, rj = sorted((self.find(i), self.find(j)))
        if ri == rj:
            return True
        ai, aj = self.agency[ri], self.agency[rj]
        if ai and aj and ai != aj:
            return False
        self.parent[rj] = ri
        self.agency[ri] = ai or aj
        return True

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            members.setdefault(self.find(i), []).append(i)
        return sorted(members.values())


def group_articles(signals: Sequence[ArticleSignals], pairs: Sequence[PairEvidence]
                   ) -> Grouping:
    grouping = Grouping.of(signals)
    first_of: dict[str, int] = {}
    for i, agency in enumerate(list(grouping.agency)):
        if agency is not None:
            grouping.join(first_of.setdefault(agency, i), i)
    for pair in sorted((p for p in pairs if p.links()), key=lambda p: (-p.strength(), p.a, p.b)):
        if not grouping.join(pair.a, pair.b):
            ra, rb = grouping.find(pair.a), grouping.find(pair.b)
            grouping.conflicts.append((pair, grouping.agency[ra] or "", grouping.agency[rb] or ""))
    return grouping


def _evidence(members: list[int], signals: Sequence[ArticleSignals],
              pairs: Sequence[PairEvidence], analyses: Sequence[Analysis],
              grouping: Grouping) -> list[str]:
    labels = [s.article.id for s in signals]
    inside = set(members)
    found = [describe_credit(labels[i], c) for i in members for c in signals[i].credits]
    for pair in pairs:
        if pair.a in inside and pair.b in inside:
            found += describe_pair(pair, labels, analyses)
    for pair, agency_a, agency_b in grouping.conflicts:
        if pair.a in inside or pair.b in inside:
            found += [f"{line} ; non regroupés : l'un crédite {agency_a}, l'autre {agency_b}"
                      for line in describe_pair(pair, labels, analyses)]
    return found or [NO_EVIDENCE]


def name_origins(signals: Sequence[ArticleSignals], pairs: Sequence[PairEvidence],
                 analyses: Sequence[Analysis], grouping: Grouping) -> list[Origin]:
    origins = []
    for members in grouping.groups():
        agency = grouping.agency[grouping.find(members[0])]
        name = agency or f"{UNKNOWN} : {signals[members[0]].article.id}"
        origins.append(Origin(name, [signals[i].article.id for i in members],
                              _evidence(members, signals, pairs, analyses, grouping)))
    return origins
