"""Ingest: paths (directories, text files, JSONL) and `Article` objects to validated articles.

Every input that cannot be used becomes an `InputProblem` naming it; the others go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from recoupe.ingest.decoding import DecodingError, decode_text
from recoupe.ingest.jsonl import read_jsonl
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.records import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DEFAULT_MAX_BYTES = 20_000_000

Source = str | Path | Article

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


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


def read_text_file(path: Path, problems: list[InputProblem], max_bytes: int) -> Article:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
    try:
        decoded = decode_text(path.read_bytes())
    except DecodingError as exc:
        raise InputError(str(exc)) from exc
    if decoded.is_legacy:
        problems.append(InputProblem(str(path), f"not UTF-8: decoded as {decoded.encoding}",
                                     "note"))
    return Article(id=path.stem, text=decoded.text, source=str(path))


def _files_of(directory: Path, problems: list[InputProblem]) -> list[Path]:
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    usable = [p for p in files if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES]
    for skipped in sorted(set(files) - set(usable)):
        problems.append(InputProblem(str(skipped), "skipped: not a .txt/.md/.jsonl file", "note"))
    if not usable:
        problems.append(InputProblem(str(directory), "no article files in this directory"))
    return usable


def _read_path(path: Path, problems: list[InputProblem], max_bytes: int) -> Iterator[Article]:
    if path.is_dir():
        for child in _files_of(path, problems):
            yield from _read_path(child, problems, max_bytes)
    elif not path.exists():
        problems.append(InputProblem(str(path), "no such file or directory"))
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path, problems)
    else:
        try:
            yield read_text_file(path, problems, max_bytes)
        except (InputError, OSError) as exc:
            problems.append(InputProblem(str(path), str(exc)))


def _read_any(source: Source, problems: list[InputProblem], max_bytes: int) -> Iterator[Article]:
    if isinstance(source, Article):
        if not source.text.strip():
            problems.append(InputProblem(source.id or "<article>", "empty text"))
        else:
            yield source
    else:
        yield from _read_path(Path(source), problems, max_bytes)


def _unique_id(article_id: str, taken: set[str]) -> str:
    candidate, n = article_id, 2
    while candidate in taken:
        candidate, n = f"{article_id}~{n}", n + 1
    return candidate


def read_sources(sources: Iterable[Source], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Read every source; ids are made unique and dates normalised to `YYYY[-MM[-DD]]`."""
    result = Ingested()
    taken: set[str] = set()
    for source in sources:
        for article in _read_any(source, result.problems, max_bytes):
            unique = _unique_id(article.id or "article", taken)
            if unique != article.id:
                result.problems.append(InputProblem(
                    article.source or unique, f"duplicate id {article.id!r} renamed {unique!r}",
                    "note"))
            taken.add(unique)
            result.articles.append(replace(article, id=unique,
                                           published=partial_date(article.published)))
    return result


__all__ = ["Ingested", "InputProblem", "Source", "partial_date", "read_sources"]
