"""JSONL: one article per line, read as a stream so that large exports stay in bounded memory.

A line longer than the record limit is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from recoupe.ingest.decoding import DecodingError, decode_text
from recoupe.ingest.fields import article_from_record
from recoupe.ingest.options import MAX_RECORD_BYTES
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.records import Article

_CHUNK = 1 << 16


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over `limit` bytes."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, raw


def _article_of_line(raw: bytes, path: Path, number: int) -> Article:
    try:
        record = json.loads(decode_text(raw).text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg})") from exc
    except DecodingError as exc:
        raise InputError(str(exc)) from exc
    return article_from_record(record, f"{path.stem}-{number}", f"{path}:{number}")


def read_jsonl(path: Path, problems: list[InputProblem],
               max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Article]:
    """Yield the articles of a JSONL file; each broken line becomes one problem."""
    with path.open("rb") as stream:
        for number, raw in bounded_lines(stream, max_record_bytes):
            where = f"{path}:{number}"
            if raw is None:
                problems.append(InputProblem(
                    where, f"line longer than {max_record_bytes / 1e6:g} MB: skipped"))
                continue
            if not raw.strip():
                continue
            try:
                yield _article_of_line(raw, path, number)
            except InputError as exc:
                problems.append(InputProblem(where, str(exc)))


__all__ = ["article_from_record", "bounded_lines", "read_jsonl"]
