"""JSONL: one article per line, read as a stream so that large exports stay in bounded memory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from recoupe.ingest.decoding import DecodingError, decode_text
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.records import Article

# Field names used by common scrapers (news-please, newspaper, trafilatura JSON) for the
# same thing; the first one present wins.
_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "uuid"),
    "text": ("text", "maintext", "content", "body", "raw_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source_domain", "sitename", "publisher", "source_name"),
    "published": ("published", "date_publish", "date", "publish_date", "pubdate"),
}


def _first(record: dict[str, Any], key: str) -> Any:
    for name in _FIELDS[key]:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def article_from_record(record: Any, fallback_id: str, source: str) -> Article:
    """Map one decoded JSON object to an `Article`, or raise `InputError` saying why not."""
    if not isinstance(record, dict):
        raise InputError("not a JSON object")
    text = _first(record, "text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text' (or it is empty)")
    article_id = _first(record, "id")
    return Article(
        id=str(article_id) if article_id is not None else fallback_id,
        text=text,
        title=_optional_str(_first(record, "title")),
        outlet=_optional_str(_first(record, "outlet")),
        published=_optional_str(_first(record, "published")),
        url=_optional_str(_first(record, "url")),
        source=source,
    )


def read_jsonl(path: Path, problems: list[InputProblem]) -> Iterator[Article]:
    """Yield the articles of a JSONL file; each broken line becomes one problem."""
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                line = decode_text(raw).text
                record = json.loads(line)
                yield article_from_record(record, f"{path.stem}-{number}", where)
            except (DecodingError, InputError) as exc:
                problems.append(InputProblem(where, str(exc)))
            except json.JSONDecodeError as exc:
                problems.append(InputProblem(where, f"invalid JSON ({exc.msg})"))
