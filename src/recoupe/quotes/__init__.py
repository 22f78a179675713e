"""Who said what: attributed statements with speaker and role, merged across outlets.

    extract_quotes(analyses, origins, encoder, entity_of, entities) -> [Quote]

Each article is read on its own (frames over the parse, speakers resolved with the story's
entities: full names, surnames, titles, roles per article); then the same statement
reported by several articles becomes one `Quote` with its mentions and its support by
articles and origins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from recoupe.embeddings import Encoder, Prefetching
from recoupe.entities import EntityIndex, resolve_entities
from recoupe.nlp import Analysis
from recoupe.quotes.extract import QuoteMention, article_quotes
from recoupe.quotes.merge import group_mentions
from recoupe.quotes.names import story_names
from recoupe.quotes.phrases import descriptive_role
from recoupe.quotes.resolve import story_speakers
from recoupe.records import Citation, Quote, Speaker, Support

EntityLookup = Callable[[str], str | None]


def all_mentions(analyses: Sequence[Analysis], entities: EntityIndex | None = None,
                 encoder: Encoder | None = None) -> list[QuoteMention]:
    """Every attributed statement of every article, speakers resolved across the story.

    An encoder that can prefetch starts on each article's statements (for the merge)
    while the next article is read."""
    index = entities or resolve_entities(analyses)
    speakers = story_speakers(analyses, index)
    found: list[QuoteMention] = []
    for analysis in analyses:
        mentions = article_quotes(analysis, speakers)
        if isinstance(encoder, Prefetching):
            encoder.prefetch([m.text for m in mentions])
        found += mentions
    return story_names(found, index)


def _role(mentions: Sequence[QuoteMention]) -> str | None:
    """The role most mentions give, else the fullest function ("procureur de la République
    de Marseille", not "procureur"; not "ex-otage" either)."""
    roles = Counter(m.role for m in mentions if m.role)
    return max(roles, key=lambda r: (roles[r], not descriptive_role(r), len(r)), default=None)


def _quote(number: int, group: list[QuoteMention], origins: Mapping[str, str],
           entity_of: EntityLookup, story_roles: Mapping[str, str]) -> Quote:
    first = group[0]
    named = [m for m in group if m.speaker]
    names = Counter(m.speaker for m in named)  # the name most mentions use ("Washington")
    best = max(named, key=lambda m: (m.entity is not None, names[m.speaker],
                                     len(m.speaker or "")), default=None)
    name = best.speaker if best else None
    entity = best.entity if best and best.entity else (entity_of(name) if name else None)
    # A quote carries one role: its mentions', else the one the story gives the speaker
    # (an article that names Kim Jong Un without saying who he is).
    role = _role(group) or story_roles.get(entity or "")
    articles = {m.article for m in group}
    return Quote(
        id=f"q{number}", kind=first.kind, text=first.text,
        speaker=Speaker(name, entity, role),
        mentions=[Citation(m.article, m.start, m.end, m.text) for m in group],
        support=Support(len(articles), len({origins.get(a, a) for a in articles})))


def extract_quotes(analyses: Sequence[Analysis], origins: Mapping[str, str] | None = None,
                   encoder: Encoder | None = None, entity_of: EntityLookup | None = None,
                   entities: EntityIndex | None = None) -> list[Quote]:
    """Every attributed statement of the story; most corroborated first.

    `entities` is the story's `EntityIndex` when the caller already resolved it (it is
    resolved here otherwise); `entity_of` maps a speaker name the index does not know.
    """
    mentions = all_mentions(analyses, entities, encoder)
    groups = [[mentions[i] for i in g] for g in group_mentions(mentions, encoder)]
    groups.sort(key=lambda g: (-len({m.article for m in g}), g[0].article, g[0].start))
    lookup = entity_of or (lambda _: None)
    by_entity: dict[str, list[QuoteMention]] = {}
    for m in mentions:
        if m.entity:
            by_entity.setdefault(m.entity, []).append(m)
    story_roles = {e: r for e, ms in by_entity.items() if (r := _role(ms))}
    return [_quote(n, g, origins or {}, lookup, story_roles)
            for n, g in enumerate(groups, start=1)]


__all__ = ["QuoteMention", "all_mentions", "extract_quotes"]
