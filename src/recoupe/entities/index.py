"""The result of entity resolution for one story, and the look-ups later stages use."""

from __future__ import annotations

from dataclasses import dataclass, field

from recoupe.entities.gazetteer import HONORIFICS
from recoupe.entities.mentions import canonical_key, name_words
from recoupe.records import Citation, Entity


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role the story gives an entity: "directeur du programme Russie et Eurasie à …"."""

    entity: str
    text: str
    citation: Citation  # the role's own words, exactly as printed
    affiliation: str | None  # the institution the role names, when it names one


@dataclass(frozen=True, slots=True)
class RoleDifference:
    """Two outlets tie the same person to differently named institutions."""

    entity: str
    first: RoleMention
    second: RoleMention

    def describe(self) -> str:
        return (f"« {self.first.affiliation} » ({self.first.citation.article}) / "
                f"« {self.second.affiliation} » ({self.second.citation.article})")


@dataclass(slots=True)
class EntityIndex:
    """Entities of a story, with look-ups from a mention or a name to an entity id.

    `outlet_counts[entity_id][outlet]` counts mentions per outlet (the article id when the
    outlet is unknown); `roles[entity_id]` holds each role with its citation;
    `role_differences` lists persons whose affiliation differs between outlets.
    """

    entities: list[Entity] = field(default_factory=list)
    outlet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    roles: dict[str, list[RoleMention]] = field(default_factory=dict)
    role_differences: list[RoleDifference] = field(default_factory=list)
    spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    names: dict[str, str | None] = field(default_factory=dict)  # key -> id; None: ambiguous

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def entity_at(self, article: str, start: int, end: int) -> str | None:
        """The entity of the mention that overlaps `[start, end)` of the article the most."""
        best, best_overlap = None, 0
        for s, e, entity_id in self.spans.get(article, ()):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = entity_id, overlap
        return best

    def entity_named(self, name: str) -> str | None:
        """'Kim Jong-un', 'M. Poutine', 'Nixey', 'le porte-parole du Kremlin' -> an entity id.

        Surnames and titles answer only when the story binds them to one entity.
        """
        words = [w for w in name.split() if w not in HONORIFICS]
        if not words:
            return None
        return self.names.get(canonical_key(" ".join(name_words(" ".join(words)))))

    def register(self, key: str, entity_id: str) -> None:
        """Bind a name key to an entity; a key claimed by two entities answers nothing."""
        if key in self.names and self.names[key] != entity_id:
            self.names[key] = None
        else:
            self.names[key] = entity_id
