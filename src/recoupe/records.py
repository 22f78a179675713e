"""The typed records that flow through recoupe, and the `recoupe.brief/1` contract.

Every piece of evidence is a `Citation` whose `text` equals `article.text[start:end]`.
Records are plain dataclasses; `Brief.to_dict()` / `Brief.from_dict()` are the only place
where the JSON field names of the contract are spelled out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "recoupe.brief/1"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
Severity = Literal["error", "note"]
QuoteKind = Literal["direct", "mixed", "indirect"]
FactStatus = Literal["agree", "less_precise", "conflict", "single"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` of an article's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Removal:
    """A span the cleaning stage set aside, with the reason code that explains why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One message about one input. An `error` means (part of) the input was not used."""

    source: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(slots=True)
class Article:
    """One article, its text exactly as decoded from the source, never modified."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    source: str = ""
    language: str = "fr"
    origin: str | None = None
    body: list[Span] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    byline: str | None = None  # author(s) as the text or page gives them
    credits: list[str] = field(default_factory=list)  # agencies credited: "AFP", "AP"
    reference_date: str | None = None  # the date relative expressions are resolved against
    reference_date_source: str | None = None  # how it was obtained, in words


@dataclass(frozen=True, slots=True)
class Citation:
    """Exact evidence: `text == article.text[start:end]` for the article with id `article`."""

    article: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: Article, start: int, end: int) -> Citation:
        return cls(article.id, start, end, article.text[start:end])


@dataclass(frozen=True, slots=True)
class Support:
    """How many articles, and how many independent origins, carry a claim."""

    articles: int
    origins: int


@dataclass(slots=True)
class SummarySentence:
    text: str
    citations: list[Citation]
    support: Support


@dataclass(slots=True)
class Origin:
    name: str
    articles: list[str]
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None = None
    entity: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    text: str
    speaker: Speaker
    mentions: list[Citation]
    support: Support


@dataclass(frozen=True, slots=True)
class RoleEvidence:
    """Where the story gives an entity a role: the role's own words, exactly as printed."""

    role: str
    citation: Citation
    affiliation: str | None = None  # the institution the role names, when it names one


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str]
    roles: list[str]
    mentions: list[Citation]
    role_evidence: list[RoleEvidence] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # outlets disagree on a role
    outlets: dict[str, int] = field(default_factory=dict)  # mentions per outlet


@dataclass(slots=True)
class FactValue:
    text: str
    low: float | None
    high: float | None
    unit: str | None
    citation: Citation


@dataclass(slots=True)
class Fact:
    id: str
    topic: str
    status: FactStatus
    values: list[FactValue]
    support: Support = field(default_factory=lambda: Support(0, 0))


@dataclass(slots=True)
class TimelineEvent:
    date: str
    text: str
    citations: list[Citation]
    context: bool = False  # background (history), not an event of the story itself


@dataclass(slots=True)
class StoryInfo:
    title: str | None
    language: str
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class Brief:
    """Everything recoupe says about one story; `to_dict()` is the JSON contract."""

    story: StoryInfo
    articles: list[Article]
    generator: str = ""
    origins: list[Origin] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def citations(self) -> list[Citation]:
        """Every citation of the brief, section by section."""
        found = [c for s in self.summary for c in s.citations]
        found += [c for q in self.quotes for c in q.mentions]
        found += [c for e in self.entities for c in e.mentions]
        found += [r.citation for e in self.entities for r in e.role_evidence]
        found += [v.citation for f in self.facts for v in f.values]
        found += [c for t in self.timeline for c in t.citations]
        return found

    def to_dict(self) -> dict[str, Any]:
        return _brief_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        return _brief_from_dict(data)


# --- serialisation: the only place that spells the contract's field names ---------------


def _citation_to_dict(c: Citation) -> dict[str, Any]:
    return {"article": c.article, "start": c.start, "end": c.end, "text": c.text}


def _citation_from_dict(d: dict[str, Any]) -> Citation:
    return Citation(str(d["article"]), int(d["start"]), int(d["end"]), str(d["text"]))


def _support_to_dict(s: Support) -> dict[str, int]:
    return {"articles": s.articles, "origins": s.origins}


def _support_from_dict(d: dict[str, Any] | None) -> Support:
    d = d or {}
    return Support(int(d.get("articles", 0)), int(d.get("origins", 0)))


def _article_to_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "outlet": a.outlet,
        "origin": a.origin,
        "title": a.title,
        "published": a.published,
        "url": a.url,
        "language": a.language,
        "text": a.text,
        "body": [[s.start, s.end] for s in a.body],
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in a.removed],
        "headings": [[s.start, s.end] for s in a.headings],
        "byline": a.byline,
        "credits": a.credits,
        "reference_date": a.reference_date,
        "reference_date_source": a.reference_date_source,
    }


def _article_from_dict(d: dict[str, Any]) -> Article:
    return Article(
        id=str(d["id"]),
        text=str(d["text"]),
        title=d.get("title"),
        outlet=d.get("outlet"),
        published=d.get("published"),
        url=d.get("url"),
        source=str(d.get("source", "")),
        language=str(d.get("language", "")),
        origin=d.get("origin"),
        body=[Span(int(s), int(e)) for s, e in d.get("body", [])],
        removed=[Removal(int(r["start"]), int(r["end"]), str(r["reason"]))
                 for r in d.get("removed", [])],
        headings=[Span(int(s), int(e)) for s, e in d.get("headings", [])],
        byline=d.get("byline"),
        credits=list(d.get("credits", [])),
        reference_date=d.get("reference_date"),
        reference_date_source=d.get("reference_date_source"),
    )


def _quote_to_dict(q: Quote) -> dict[str, Any]:
    speaker = {"name": q.speaker.name, "entity": q.speaker.entity, "role": q.speaker.role}
    return {"id": q.id, "kind": q.kind, "text": q.text, "speaker": speaker,
            "mentions": [_citation_to_dict(c) for c in q.mentions],
            "support": _support_to_dict(q.support)}


def _quote_from_dict(d: dict[str, Any]) -> Quote:
    sp = d.get("speaker") or {}
    return Quote(str(d.get("id", "")), d["kind"], str(d["text"]),
                 Speaker(sp.get("name"), sp.get("entity"), sp.get("role")),
                 [_citation_from_dict(c) for c in d["mentions"]],
                 _support_from_dict(d.get("support")))


def _entity_to_dict(e: Entity) -> dict[str, Any]:
    evidence = [{"role": r.role, "affiliation": r.affiliation,
                 "citation": _citation_to_dict(r.citation)} for r in e.role_evidence]
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases,
            "roles": e.roles, "mentions": [_citation_to_dict(c) for c in e.mentions],
            "role_evidence": evidence, "differences": e.differences, "outlets": e.outlets}


def _entity_from_dict(d: dict[str, Any]) -> Entity:
    evidence = [RoleEvidence(str(r["role"]), _citation_from_dict(r["citation"]),
                             r.get("affiliation")) for r in d.get("role_evidence", [])]
    return Entity(str(d["id"]), str(d["name"]), d["type"], list(d.get("aliases", [])),
                  list(d.get("roles", [])), [_citation_from_dict(c) for c in d["mentions"]],
                  evidence, list(d.get("differences", [])),
                  {str(k): int(v) for k, v in d.get("outlets", {}).items()})


def _fact_to_dict(f: Fact) -> dict[str, Any]:
    values = [{"text": v.text, "low": v.low, "high": v.high, "unit": v.unit,
               "citation": _citation_to_dict(v.citation)} for v in f.values]
    return {"id": f.id, "topic": f.topic, "status": f.status, "values": values,
            "support": _support_to_dict(f.support)}


def _fact_from_dict(d: dict[str, Any]) -> Fact:
    values = [FactValue(str(v["text"]), v.get("low"), v.get("high"), v.get("unit"),
                        _citation_from_dict(v["citation"])) for v in d["values"]]
    return Fact(str(d.get("id", "")), str(d["topic"]), d["status"], values,
                _support_from_dict(d.get("support")))


def _brief_to_dict(b: Brief) -> dict[str, Any]:
    s = b.story
    return {
        "schema": SCHEMA,
        "generator": b.generator,
        "story": {"title": s.title, "language": s.language, "start": s.start, "end": s.end},
        "articles": [_article_to_dict(a) for a in b.articles],
        "origins": [{"name": o.name, "articles": o.articles, "evidence": o.evidence}
                    for o in b.origins],
        "summary": [{"text": x.text, "citations": [_citation_to_dict(c) for c in x.citations],
                     "support": _support_to_dict(x.support)} for x in b.summary],
        "quotes": [_quote_to_dict(q) for q in b.quotes],
        "entities": [_entity_to_dict(e) for e in b.entities],
        "facts": [_fact_to_dict(f) for f in b.facts],
        "timeline": [{"date": t.date, "text": t.text, "context": t.context,
                      "citations": [_citation_to_dict(c) for c in t.citations]}
                     for t in b.timeline],
        "problems": [{"source": p.source, "message": p.message, "severity": p.severity}
                     for p in b.problems],
    }


def _brief_from_dict(d: dict[str, Any]) -> Brief:
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document (schema={d.get('schema')!r})")
    s = d["story"]
    return Brief(
        story=StoryInfo(s.get("title"), str(s.get("language", "")), s.get("start"), s.get("end")),
        articles=[_article_from_dict(a) for a in d["articles"]],
        generator=str(d.get("generator", "")),
        origins=[Origin(str(o["name"]), list(o["articles"]), list(o.get("evidence", [])))
                 for o in d.get("origins", [])],
        summary=[SummarySentence(str(x["text"]), [_citation_from_dict(c) for c in x["citations"]],
                                 _support_from_dict(x.get("support"))) for x in d["summary"]],
        quotes=[_quote_from_dict(q) for q in d.get("quotes", [])],
        entities=[_entity_from_dict(e) for e in d.get("entities", [])],
        facts=[_fact_from_dict(f) for f in d.get("facts", [])],
        timeline=[TimelineEvent(str(t["date"]), str(t["text"]),
                                [_citation_from_dict(c) for c in t["citations"]],
                                bool(t.get("context", False)))
                  for t in d.get("timeline", [])],
        problems=[InputProblem(str(p["source"]), str(p["message"]), p.get("severity", "error"))
                  for p in d.get("problems", [])],
    )
