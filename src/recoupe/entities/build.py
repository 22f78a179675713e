"""From clusters of mentions to `records.Entity` entries and the look-ups of `EntityIndex`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from recoupe.entities.index import EntityIndex
from recoupe.entities.mentions import Mention
from recoupe.entities.resolve import PersonNames
from recoupe.entities.unionfind import Cluster
from recoupe.nlp.names import strip_accents
from recoupe.records import Article, Entity, EntityType

_TYPE_ORDER: tuple[EntityType, ...] = ("PER", "ORG", "LOC", "MISC")


def surface(mention: Mention) -> str:
    return " ".join(mention.citation.text.split())


def entity_type(cluster: Cluster) -> EntityType:
    """The label most mentions carry; people first on a tie (the model under-tags them)."""
    counts = Counter(m.label for m in cluster)
    best = max(_TYPE_ORDER, key=lambda t: (counts[t], -_TYPE_ORDER.index(t)))
    return best


def display_name(cluster: Cluster, kind: EntityType) -> str:
    """The most frequent of the fullest forms: 'Vladimir Poutine' rather than 'Poutine'."""
    pool = cluster
    if kind == "PER":
        most_words = max(len(m.name_words) for m in cluster)
        pool = [m for m in cluster if len(m.name_words) == most_words]
    counts = Counter(surface(m) for m in pool)
    return max(counts, key=lambda s: (counts[s], len(s)))


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-") or "entite"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _is_named(cluster: Cluster) -> bool:
    """'la taïga' tagged LOC is not a name: keep clusters printed with a capital at least once."""
    return any(any(c.isupper() for c in m.citation.text) for m in cluster)


def _entity(cluster: Cluster, taken: set[str]) -> Entity:
    kind = entity_type(cluster)
    name = display_name(cluster, kind)
    ordered = sorted(cluster, key=lambda m: (m.article_rank, m.citation.start))
    forms = Counter(surface(m) for m in ordered)
    aliases = sorted((f for f in forms if f != name), key=lambda f: -forms[f])
    return Entity(_slug(name, taken), name, kind, aliases, [], [m.citation for m in ordered])


def build_index(clusters: Sequence[Cluster], articles: Sequence[Article]) -> EntityIndex:
    index = EntityIndex()
    taken: set[str] = set()
    kept = [c for c in clusters if _is_named(c)]
    kept.sort(key=lambda c: (_TYPE_ORDER.index(entity_type(c)), -len(c),
                             min((m.article_rank, m.citation.start) for m in c)))
    outlet = {a.id: a.outlet or a.id for a in articles}
    for cluster in kept:
        entity = _entity(cluster, taken)
        index.entities.append(entity)
        counts = Counter(outlet[m.article] for m in cluster)
        index.outlet_counts[entity.id] = dict(counts)
        for mention in cluster:
            index.spans.setdefault(mention.article, []).append(
                (mention.citation.start, mention.citation.end, entity.id))
            index.register(mention.key, entity.id)
    _register_surnames(index, kept)
    return index


def _register_surnames(index: EntityIndex, clusters: Sequence[Cluster]) -> None:
    """'Peskov' finds Dmitri Peskov even if no article says 'Peskov' alone; 'Kim' finds
    nobody unless the story itself bound it."""
    owners: dict[str, set[str]] = {}
    for entity, cluster in zip(index.entities, clusters, strict=True):
        person = PersonNames.of(cluster)
        for key in person.surnames if person else ():
            owners.setdefault(key, set()).add(entity.id)
    for key, ids in owners.items():
        if key not in index.names and len(ids) == 1:
            index.names[key] = next(iter(ids))
