"""The "Acteurs" section of brief.md (the HTML partial is templates/entities.html.j2).

People with their roles and the articles that name them, then organisations, then places;
a note under a person when outlets tie them to differently named institutions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from recoupe.records import Citation, Entity, RoleEvidence
from recoupe.render.text import escape, markers

SECTIONS = (("Personnes", "PER"), ("Organisations", "ORG"), ("Lieux", "LOC"))


def _counted_markers(citations: Sequence[Citation], labels: dict[str, str]) -> str:
    """'[000]×14[001]×9': who names the entity, and how often."""
    counts = Counter(labels.get(c.article, c.article) for c in citations)
    return "".join(f"[{label}]" + (f"×{n}" if n > 1 else "") for label, n in counts.items())


def _role_line(role: str, evidence: Sequence[RoleEvidence], labels: dict[str, str]) -> str:
    citations = [r.citation for r in evidence if r.role == role]
    return f"  - {escape(role)} {markers(citations, labels)}".rstrip()


def _entity_lines(entity: Entity, labels: dict[str, str]) -> list[str]:
    count = len(entity.mentions)
    head = f"- **{escape(entity.name)}**"
    if entity.aliases:
        head += f" ({', '.join(escape(a) for a in entity.aliases)})"
    lines = [f"{head} {_counted_markers(entity.mentions, labels)} — "
             f"{count} mention{'s' if count > 1 else ''}"]
    lines += [_role_line(role, entity.role_evidence, labels) for role in entity.roles]
    lines += [f"  - ⚠ rattachement différent selon les sources : {escape(difference)}"
              for difference in entity.differences]
    return lines


def linked_mentions(entity: Entity) -> list[Citation]:
    """The mentions the HTML partial links to: the first one in each article. Register
    their anchors (`CitationIndex.id_of`) before cutting the article texts into segments."""
    firsts: dict[str, Citation] = {}
    for citation in entity.mentions:
        firsts.setdefault(citation.article, citation)
    return list(firsts.values())


def entities_markdown(entities: Sequence[Entity], labels: dict[str, str]) -> list[str]:
    """'## Acteurs': people (with roles), organisations, places; [] when there are none."""
    lines: list[str] = []
    for title, kind in SECTIONS:
        group = [e for e in entities if e.type == kind]
        if group:
            lines += [f"### {title}", ""]
            for entity in group:
                lines += _entity_lines(entity, labels)
            lines.append("")
    return ["## Acteurs", "", *lines] if lines else []
