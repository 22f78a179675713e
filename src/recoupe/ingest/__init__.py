"""Ingest: paths, URLs and `Article` objects to validated articles.

Sources are directories, text files (.txt/.md), HTML pages (.html), RSS/Atom feeds
(.xml/.rss/.atom), JSONL and CSV exports, `http(s)://` URLs (a page or a feed), or
`Article` objects. Every input that cannot be used becomes an `InputProblem` naming it;
the others go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from recoupe.ingest.feeds import PageReader
from recoupe.ingest.fetch import fetch, is_url
from recoupe.ingest.files import files_of, read_document, read_file
from recoupe.ingest.language import assign_languages
from recoupe.ingest.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ReadOptions
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.ingest.resolve import source_text
from recoupe.records import Article

Source = str | Path | Article

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SLUG = re.compile(r"[^\w.-]+")


@dataclass(slots=True)
class Ingested:
    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[InputProblem]:
        return [p for p in self.problems if p.severity == "error"]


def partial_date(value: str | None) -> str | None:
    """'2023-09-13T10:00Z' -> '2023-09-13'; '2023-09' stays; anything else -> None."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def url_id(url: str) -> str:
    """A readable article id from a URL: the last path segment, without its extension."""
    parts = urlsplit(url)
    last = Path(parts.path.rstrip("/")).stem or parts.hostname or "page"
    return _SLUG.sub("-", last).strip("-")[:80] or "page"


def _page_reader(options: ReadOptions, problems: list[InputProblem]) -> PageReader:
    """Fetches the page a feed entry links to (one level: a page, never another feed)."""
    def read(url: str, article_id: str) -> Article:
        fetched = fetch(url, timeout=options.timeout, max_bytes=options.max_bytes)
        found = list(read_document(fetched.data, source=url, article_id=article_id,
                                   url=fetched.url, problems=problems, read_page=None))
        if len(found) != 1:
            raise InputError("the link leads to a feed, not to an article page")
        return found[0]
    return read


def _read_url(url: str, problems: list[InputProblem], options: ReadOptions) -> Iterator[Article]:
    try:
        fetched = fetch(url, timeout=options.timeout, max_bytes=options.max_bytes)
        reader = _page_reader(options, problems) if options.follow_links else None
        yield from read_document(fetched.data, source=url, article_id=url_id(url),
                                 url=fetched.url, problems=problems, read_page=reader)
    except InputError as exc:
        problems.append(InputProblem(url, str(exc)))


def _read_path(path: Path, problems: list[InputProblem], options: ReadOptions) -> Iterator[Article]:
    if path.is_dir():
        for child in files_of(path, problems):
            yield from _read_path(child, problems, options)
    elif not path.exists():
        problems.append(InputProblem(str(path), "no such file or directory"))
    else:
        reader = _page_reader(options, problems) if options.follow_links else None
        try:
            yield from read_file(path, problems, options, reader)
        except (InputError, OSError) as exc:
            problems.append(InputProblem(str(path), str(exc)))


def _read_any(source: Source, problems: list[InputProblem],
              options: ReadOptions) -> Iterator[Article]:
    if isinstance(source, Article):
        if not source.text.strip():
            problems.append(InputProblem(source.id or "<article>", "empty text"))
        else:
            yield source
    elif isinstance(source, str) and is_url(source):
        yield from _read_url(source, problems, options)
    else:
        yield from _read_path(Path(source), problems, options)


def _unique_id(article_id: str, taken: set[str]) -> str:
    candidate, n = article_id, 2
    while candidate in taken:
        candidate, n = f"{article_id}~{n}", n + 1
    return candidate


def read_sources(sources: Iterable[Source], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = DEFAULT_TIMEOUT, follow_links: bool = True,
                 detect_language: bool = True) -> Ingested:
    """Read every source; ids are made unique, dates normalised to `YYYY[-MM[-DD]]`, and
    the language of articles whose source does not state it is detected (py3langid)."""
    options = ReadOptions(max_bytes=max_bytes, timeout=timeout, follow_links=follow_links,
                          detect_language=detect_language)
    result = Ingested()
    taken: set[str] = set()
    for source in sources:
        for article in _read_any(source, result.problems, options):
            unique = _unique_id(article.id or "article", taken)
            if unique != article.id:
                result.problems.append(InputProblem(
                    article.source or unique, f"duplicate id {article.id!r} renamed {unique!r}",
                    "note"))
            taken.add(unique)
            result.articles.append(replace(article, id=unique,
                                           published=partial_date(article.published)))
    if detect_language:
        result.articles = assign_languages(result.articles, result.problems)
    else:
        result.articles = [a if a.language else replace(a, language="fr")
                           for a in result.articles]
    return result


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Ingested", "InputProblem", "ReadOptions",
           "Source", "partial_date", "read_sources", "source_text", "url_id"]
