"""Local files by kind: plain text, HTML pages, feeds, JSONL and CSV exports.

The suffix says the kind; a `.xml` file is sniffed (feed or page). Every file is size-checked
before it is read; JSONL and CSV exports are streamed record by record instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from recoupe.ingest.decoding import DecodingError, decode_text
from recoupe.ingest.feeds import PageReader, looks_like_feed, read_feed
from recoupe.ingest.html import article_from_html, looks_like_html
from recoupe.ingest.jsonl import read_jsonl
from recoupe.ingest.options import ReadOptions
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.ingest.tables import read_csv
from recoupe.records import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | TABLE_SUFFIXES


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused before reading when over the limit."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB limit): "
                         "not read")
    return path.read_bytes()


def decoded(data: bytes, source: str, problems: list[InputProblem]) -> str:
    try:
        result = decode_text(data)
    except DecodingError as exc:
        raise InputError(str(exc)) from exc
    if result.is_legacy:
        problems.append(InputProblem(source, f"not UTF-8: decoded as {result.encoding}", "note"))
    return result.text


def read_text_file(path: Path, problems: list[InputProblem], max_bytes: int) -> Article:
    text = decoded(read_bytes(path, max_bytes), str(path), problems)
    return Article(id=path.stem, text=text, source=str(path), language="")


def read_document(data: bytes, *, source: str, article_id: str, url: str | None,
                  problems: list[InputProblem], read_page: PageReader | None
                  ) -> Iterator[Article]:
    """A page or a feed, whichever the bytes are (a URL's body, a .html or .xml file)."""
    text = decoded(data, source, problems)
    if looks_like_feed(text):
        yield from read_feed(data, source, article_id, problems, read_page)
    elif looks_like_html(text) or not text.lstrip().startswith("<?xml"):
        yield article_from_html(text, article_id=article_id, source=source, url=url)
    else:
        raise InputError("XML that is neither an RSS/Atom feed nor an HTML page")


def read_file(path: Path, problems: list[InputProblem], options: ReadOptions,
              read_page: PageReader | None) -> Iterator[Article]:
    """The articles of one file; raise `InputError` (or `OSError`) when it is unusable."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, problems, options.max_record_bytes)
    elif suffix in TABLE_SUFFIXES:
        yield from read_csv(path, problems, options.max_record_bytes)
    elif suffix in HTML_SUFFIXES | FEED_SUFFIXES:
        yield from read_document(read_bytes(path, options.max_bytes), source=str(path),
                                 article_id=path.stem, url=None, problems=problems,
                                 read_page=read_page)
    else:
        yield read_text_file(path, problems, options.max_bytes)


def files_of(directory: Path, problems: list[InputProblem]) -> list[Path]:
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    usable = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
    for skipped in sorted(set(files) - set(usable)):
        problems.append(InputProblem(str(skipped), "skipped: not an article file (.txt, .md, "
                                     ".html, .xml/.rss/.atom, .jsonl, .csv)", "note"))
    if not usable:
        problems.append(InputProblem(str(directory), "no article files in this directory"))
    return usable
