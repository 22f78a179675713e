"""Groups of mentions keyed by their name key, merged as evidence comes in."""

from __future__ import annotations

from recoupe.entities.mentions import Mention

Cluster = list[Mention]


class UnionFind:
    """Union-find over name keys; `clusters` gathers the mentions of each merged set."""

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
