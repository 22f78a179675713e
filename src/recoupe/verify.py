"""`recoupe verify`: prove that every citation of a brief is exact.

Checks, in order: the document is a `recoupe.brief/1`; every span lies inside its article;
every citation's text equals `article.text[start:end]`; and, when the source file can still
be read, that the stored article text is exactly what the source decodes to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recoupe.ingest import source_text
from recoupe.ingest.decoding import DecodingError
from recoupe.ingest.problems import InputError
from recoupe.records import Article, Brief, Citation


@dataclass(slots=True)
class Report:
    citations: int = 0
    sources_checked: int = 0
    sources_unreachable: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _check_citation(citation: Citation, articles: dict[str, Article]) -> str | None:
    article = articles.get(citation.article)
    if article is None:
        return f"citation of unknown article {citation.article!r}"
    if not 0 <= citation.start <= citation.end <= len(article.text):
        return f"{citation.article}[{citation.start}:{citation.end}] is outside the text"
    actual = article.text[citation.start:citation.end]
    if actual != citation.text:
        return (f"{citation.article}[{citation.start}:{citation.end}] is {actual!r}, "
                f"the brief says {citation.text!r}")
    return None


def _check_spans(article: Article) -> str | None:
    size = len(article.text)
    spans = [(s.start, s.end) for s in article.body] + [(r.start, r.end) for r in article.removed]
    for start, end in spans:
        if not 0 <= start <= end <= size:
            return f"{article.id}: span [{start}:{end}] is outside the text ({size} chars)"
    return None


def _check_source(article: Article, base: Path, report: Report) -> None:
    if not article.source or "://" in article.source:
        report.sources_unreachable.append(article.id)
        return
    try:
        original = source_text(article.source, base)
    except (OSError, DecodingError, InputError, ValueError):
        original = None
    if original is None:
        report.sources_unreachable.append(article.id)
    elif original != article.text:
        report.mismatches.append(f"{article.id}: text differs from its source {article.source}")
    else:
        report.sources_checked += 1


def verify_brief(data: dict[str, Any], base: Path = Path(".")) -> Report:
    """Check a brief given as decoded JSON; `base` resolves relative source paths."""
    report = Report()
    brief = Brief.from_dict(data)
    articles = {a.id: a for a in brief.articles}
    for article in brief.articles:
        problem = _check_spans(article)
        if problem:
            report.mismatches.append(problem)
        _check_source(article, base, report)
    for citation in brief.citations():
        report.citations += 1
        problem = _check_citation(citation, articles)
        if problem:
            report.mismatches.append(problem)
    return report


def verify_file(path: Path) -> Report:
    data = json.loads(path.read_text(encoding="utf-8"))
    return verify_brief(data, base=Path.cwd())
