"""brief.html: one self-contained page; every citation opens its exact source passage.

All text taken from the input goes through Jinja2's autoescaping; the only markup is the
template's own. Articles are shown whole, with cited passages marked, removed spans
struck through (with their reason) and headings set apart.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

import jinja2

from recoupe.entities.render import linked_mentions
from recoupe.origins.render import with_markers
from recoupe.records import Article, Brief, Citation
from recoupe.render.markdown import quotes_by_speaker
from recoupe.render.text import marker_labels, support_phrase


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    classes: str
    citations: str  # space-separated citation ids covering this segment
    anchors: tuple[str, ...]  # citation ids that start here
    reason: str


@dataclass(slots=True)
class CitationIndex:
    """One id per distinct (article, start, end), shared by every claim citing it."""

    ids: dict[tuple[str, int, int], str] = field(default_factory=dict)

    def id_of(self, citation: Citation) -> str:
        key = (citation.article, citation.start, citation.end)
        return self.ids.setdefault(key, f"c{len(self.ids)}")

    def of_article(self, article_id: str) -> list[tuple[int, int, str]]:
        return [(s, e, i) for (a, s, e), i in self.ids.items() if a == article_id]


def segments(article: Article, index: CitationIndex) -> list[Segment]:
    """Cut the article text at every span boundary; each piece knows what covers it."""
    cited = index.of_article(article.id)
    removed = [(r.start, r.end, r.reason) for r in article.removed]
    headings = [(h.start, h.end) for h in article.headings]
    cuts = {0, len(article.text)}
    for start, end, _ in cited + removed:
        cuts.update((start, end))
    cuts.update(b for h in headings for b in h)
    bounds = sorted(c for c in cuts if 0 <= c <= len(article.text))
    pieces = []
    for start, end in itertools.pairwise(bounds):
        ids = [i for s, e, i in cited if s <= start and end <= e]
        reason = next((r for s, e, r in removed if s <= start and end <= e), "")
        classes = " ".join(name for name, on in (
            ("cited", bool(ids)), ("removed", bool(reason)),
            ("heading", any(s <= start and end <= e for s, e in headings))) if on)
        anchors = tuple(i for s, _, i in cited if s == start)
        pieces.append(Segment(article.text[start:end], classes, " ".join(ids), anchors, reason))
    return pieces


@functools.cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("recoupe", "render/templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["with_markers"] = with_markers  # article ids in evidence -> [000]
    return environment


def render_html(brief: Brief) -> str:
    index = CitationIndex()
    labels = marker_labels(brief)
    summary = [{"item": item, "support": support_phrase(item.support),
                "citations": [(labels[c.article], index.id_of(c), c) for c in item.citations]}
               for item in brief.summary]
    speakers = [{"name": name, "role": role, "quotes": [
        {"quote": q, "support": support_phrase(q.support),
         "citations": [(labels[c.article], index.id_of(c), c) for c in q.mentions]}
        for q in quotes]} for name, role, quotes in quotes_by_speaker(brief)]
    linked = [c for e in brief.timeline for c in e.citations]
    linked += [c for e in brief.entities for c in linked_mentions(e)]
    linked += [v.citation for f in brief.facts for v in f.values]
    for citation in linked:  # sections rendered by partials link through cite_id
        index.id_of(citation)
    # Segments last: every cited passage must have its id before the texts are cut.
    articles = [{"article": a, "label": labels[a.id], "segments": segments(a, index)}
                for a in brief.articles]
    return _environment().get_template("brief.html.j2").render(
        brief=brief, summary=summary, speakers=speakers, articles=articles, labels=labels,
        timeline=brief.timeline, entities=brief.entities, origins=brief.origins,
        facts=brief.facts,
        cite_id=index.id_of)
