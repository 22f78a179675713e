"""Entities across outlets: one person, one entry, whatever the spelling.

`resolve_entities(analyses)` reads the entities spaCy found in every article of a story
(corrected by `recoupe.entities.components`), merges the mentions of each real-world
person, organisation and place across spelling variants, short forms and acronyms, and
returns an `EntityIndex`: the `records.Entity` list of the brief plus look-ups from a
mention or a name to an entity, per-outlet counts, roles with citations and the roles on
which outlets differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from recoupe.entities.build import build_index
from recoupe.entities.index import EntityIndex, RoleDifference, RoleMention
from recoupe.entities.mentions import story_mentions
from recoupe.entities.recover import recover_missed
from recoupe.entities.resolve import cluster_mentions
from recoupe.entities.roles import attach_roles

if TYPE_CHECKING:
    from recoupe.nlp import Analysis


def resolve_entities(analyses: Sequence[Analysis]) -> EntityIndex:
    """One entry per real-world entity of the story, every mention cited exactly."""
    texts = {a.article.id: a.article.text for a in analyses}
    clusters = cluster_mentions(story_mentions(analyses), texts)
    recover_missed(analyses, clusters)
    index = build_index(clusters, [a.article for a in analyses])
    attach_roles(index, analyses)
    return index


__all__ = ["EntityIndex", "RoleDifference", "RoleMention", "resolve_entities"]
