"""The pipeline: sources -> ingest -> clean -> nlp -> per-story stages -> `Brief`.

Stages are plain functions that take records and return records; this module only
wires them together, so that another engine (Dask) can run the same stages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from recoupe import __version__
from recoupe.clean import clean_article
from recoupe.embeddings import Encoder, MultilingualEncoder, RememberingEncoder
from recoupe.entities import EntityIndex, resolve_entities
from recoupe.facts import find_facts
from recoupe.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Source, read_sources
from recoupe.matching import meaning_text
from recoupe.nlp import Analysis, Sentence, analyse, each_analysis
from recoupe.nlp.model import start_loading_pipeline
from recoupe.origins import find_origins, origin_map, recount_quotes, support_of
from recoupe.quotes import extract_quotes
from recoupe.records import (
    Article,
    Brief,
    Entity,
    InputProblem,
    RoleEvidence,
    StoryInfo,
    TimelineEvent,
)
from recoupe.summary import DEFAULT_WORDS, SummaryOptions, summarise
from recoupe.timeline import build_timeline

Progress = Callable[[str], None]


class NothingUsable(Exception):
    """No input yielded an article; the problems say why."""

    def __init__(self, problems: Sequence[InputProblem]) -> None:
        self.problems = list(problems)
        detail = "; ".join(str(p) for p in self.problems if p.severity == "error")
        super().__init__(f"no usable article ({detail or 'no input given'})")


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """Every knob of a run, validated once."""

    summary_words: int = DEFAULT_WORDS
    max_bytes: int = DEFAULT_MAX_BYTES
    semantic: bool = True  # use multilingual embeddings (slower to start, finds paraphrases)
    timeout: float = DEFAULT_TIMEOUT  # seconds per URL fetched
    follow_links: bool = True  # fetch the page of a feed entry that only links to it
    since: Path | None = None  # an earlier brief.json: summarise what is new since it

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        SummaryOptions(words=self.summary_words)  # validates the length


def _quiet(_: str) -> None:
    """Default progress reporter: the library says nothing unless asked."""


def _story_info(articles: Sequence[Article], events: Sequence[TimelineEvent]) -> StoryInfo:
    """Title of the first titled article; span from the story's own dated events (not the
    background) and the publication dates."""
    known = {a.published for a in articles if a.published}
    known |= {e.date for e in events if not e.context and len(e.date) >= 7}
    precise = sorted(d for d in known if len(d) == 10)  # days, when the story gives them
    dates = precise or sorted(known)
    title = next((a.title for a in articles if a.title), None)
    languages = [a.language for a in articles]
    language = max(set(languages), key=languages.count) if languages else "fr"
    return StoryInfo(title, language, dates[0] if dates else None, dates[-1] if dates else None)


def _entities_for_brief(index: EntityIndex) -> list[Entity]:
    """Entities with what the brief shows of them: role evidence, disagreements, outlets."""
    for entity in index.entities:
        entity.role_evidence = [RoleEvidence(r.text, r.citation, r.affiliation)
                                for r in index.roles.get(entity.id, [])]
        entity.differences = [d.describe() for d in index.role_differences
                              if d.entity == entity.id]
        entity.outlets = dict(index.outlet_counts.get(entity.id, {}))
    return index.entities


def known_sentences(path: Path) -> list[Sentence]:
    """The sentences of an earlier brief's articles (its texts and marks are in the JSON)."""
    try:
        earlier = Brief.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NothingUsable([InputProblem(str(path), f"not a readable brief ({exc})")]) from exc
    return [s for a in analyse(earlier.articles) for s in a.sentences]


def assemble(analyses: Sequence[Analysis], options: BriefOptions,
             encoder: Encoder | None, known: Sequence[Sentence] = ()) -> Brief:
    """Run the per-story stages over analysed articles and put the brief together."""
    articles = [a.article for a in analyses]
    entities = resolve_entities(analyses)
    quotes = extract_quotes(analyses, None, encoder, entities.entity_named, entities)
    origins = find_origins(analyses, encoder, quotes)  # shared quotes are evidence of copy
    origin_of = origin_map(origins)
    for article in articles:
        article.origin = origin_of.get(article.id)
    quotes = recount_quotes(quotes, origin_of)  # support counted by independent origin
    summary = summarise(analyses, origin_of, SummaryOptions(words=options.summary_words),
                        encoder, known)
    timeline = build_timeline(analyses, encoder)
    facts = find_facts(analyses, encoder)
    for fact in facts:
        fact.support = support_of((v.citation.article for v in fact.values), origin_of)
    for article in articles:
        reference = timeline.references.get(article.id)
        if reference is not None:
            article.reference_date, article.reference_date_source = reference.date, reference.source
    return Brief(story=_story_info(articles, timeline.events), articles=articles,
                 generator=f"recoupe {__version__}", origins=origins, summary=summary,
                 quotes=quotes, entities=_entities_for_brief(entities), facts=facts,
                 timeline=timeline.events)


def build_brief(sources: Iterable[Source], options: BriefOptions | None = None,
                progress: Progress = _quiet, encoder: Encoder | None = None) -> Brief:
    """Read, clean and analyse the sources, then build the brief of the story they tell.

    Raises `NothingUsable` when no article could be read; otherwise the brief carries
    the problems met on the way in `Brief.problems`.
    """
    options = options or BriefOptions()
    start_loading_pipeline()  # spaCy loads while the sources are read
    progress("reading sources")
    ingested = read_sources(sources, max_bytes=options.max_bytes, timeout=options.timeout,
                            follow_links=options.follow_links)
    if not ingested.articles:
        raise NothingUsable(ingested.problems)
    articles = [clean_article(a) for a in ingested.articles]
    progress(f"analysing {len(articles)} articles (spaCy)")
    if encoder is None and options.semantic:
        encoder = MultilingualEncoder()
    remembering = RememberingEncoder(encoder) if encoder is not None else None
    analyses = []
    for analysis in each_analysis(articles):
        analyses.append(analysis)
        if remembering is not None:  # a background encoder embeds while spaCy parses on
            remembering.prefetch([meaning_text(s) for s in analysis.sentences])
    encoder = remembering
    known = known_sentences(options.since) if options.since else []
    progress("building the brief")
    brief = assemble(analyses, options, encoder, known)
    brief.problems = list(ingested.problems)
    return brief
