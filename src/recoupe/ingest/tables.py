"""CSV/TSV exports (one article per row, a header naming the fields), read as a stream."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from recoupe.ingest.fields import article_from_record
from recoupe.ingest.options import MAX_RECORD_BYTES
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.records import Article

_SAMPLE = 1 << 16


def _encoding_of(head: bytes) -> str:
    """UTF-8 unless the first 64 kB say otherwise (then the usual French legacy one)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the sample's end
            return "cp1252"
    return "utf-8"


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def read_csv(path: Path, problems: list[InputProblem],
             max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Article]:
    """Yield the articles of a CSV file; a bad row is named by its line and skipped."""
    with path.open("rb") as raw:
        head = raw.read(_SAMPLE)
        raw.seek(0)
        encoding = _encoding_of(head)
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        csv.field_size_limit(max_record_bytes)
        reader = csv.DictReader(text, dialect=_dialect(head.decode(encoding, "replace")))
        yield from _rows(reader, path, problems)


def _rows(reader: csv.DictReader[str], path: Path,
          problems: list[InputProblem]) -> Iterator[Article]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(InputProblem(f"{path}:{reader.line_num}",
                                         f"unreadable row ({exc}): rest of the file skipped"))
            return
        where = f"{path}:{reader.line_num}"
        try:
            yield article_from_record(dict(row), f"{path.stem}-{reader.line_num}", where)
        except InputError as exc:
            problems.append(InputProblem(where, str(exc)))
