"""Re-read an article's text from its `source`, for `recoupe verify`.

Sources name where the text came from: `dir/a.txt`, `page.html` (the extracted text is
re-extracted, deterministically), `export.jsonl:12` and `export.csv:12` (a line),
`feed.xml#3` (the third entry). URLs are not fetched again: they count as unreachable.
"""

from __future__ import annotations

import json
from pathlib import Path

from recoupe.ingest.decoding import decode_text
from recoupe.ingest.feeds import entries_of
from recoupe.ingest.fields import article_from_record
from recoupe.ingest.files import FEED_SUFFIXES, HTML_SUFFIXES, TABLE_SUFFIXES
from recoupe.ingest.html import page_text
from recoupe.ingest.jsonl import bounded_lines
from recoupe.ingest.options import DEFAULT_MAX_BYTES, MAX_RECORD_BYTES
from recoupe.ingest.tables import read_csv


def _resolve(name: str, base: Path) -> Path | None:
    for candidate in (Path(name), base / name):
        if candidate.is_file():
            return candidate
    return None


def _jsonl_line(path: Path, line: int) -> str | None:
    with path.open("rb") as stream:
        for number, raw in bounded_lines(stream, MAX_RECORD_BYTES):
            if number == line:
                record = json.loads(decode_text(raw).text) if raw else None
                return article_from_record(record, "", "").text if record else None
    return None


def _csv_row(path: Path, line: int) -> str | None:
    wanted = f"{path}:{line}"
    return next((a.text for a in read_csv(path, []) if a.source == wanted), None)


def _feed_entry(path: Path, number: int) -> str | None:
    entries, _, _ = entries_of(path.read_bytes())
    return next((e.text for e in entries if e.number == number), None)


def _located(source: str, base: Path) -> tuple[Path, str, int] | None:
    """(file, separator, number) for 'file:N' and 'file#N' sources."""
    for separator in (":", "#"):
        name, found, number = source.rpartition(separator)
        if found and number.isdigit() and (path := _resolve(name, base)) is not None:
            return path, separator, int(number)
    return None


def source_text(source: str, base: Path = Path(".")) -> str | None:
    """The text `source` yields today, or None when it cannot be read (URL, file gone)."""
    if not source or "://" in source:
        return None
    located = _located(source, base)
    if located is not None:
        path, separator, number = located
        if separator == "#":
            return _feed_entry(path, number)
        return _csv_row(path, number) if path.suffix.lower() in TABLE_SUFFIXES else (
            _jsonl_line(path, number))
    file = _resolve(source, base)
    if file is None or file.stat().st_size > DEFAULT_MAX_BYTES:
        return None
    text = decode_text(file.read_bytes()).text
    if file.suffix.lower() in HTML_SUFFIXES | FEED_SUFFIXES:
        return page_text(text)
    return text


__all__ = ["source_text"]
