"""Records exported by other tools (news-please, newspaper, trafilatura JSON, CSV) to `Article`.

Each tool names the same thing differently; the first field present wins.
"""

from __future__ import annotations

from typing import Any

from recoupe.ingest.problems import InputError
from recoupe.records import Article

FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "uuid"),
    "text": ("text", "maintext", "content", "body", "raw_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source_domain", "sitename", "publisher", "source_name", "site_name"),
    "published": ("published", "date_publish", "date", "publish_date", "pubdate",
                  "date_published"),
    "language": ("language", "lang"),
    "byline": ("byline", "author", "authors"),
}


def first_value(record: dict[str, Any], key: str) -> Any:
    for name in FIELDS[key]:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _optional_str(value: Any) -> str | None:
    if isinstance(value, list):  # news-please / newspaper: "authors": ["A", "B"]
        value = ", ".join(str(v) for v in value if v)
    return None if value in (None, "") else str(value)


def article_from_record(record: Any, fallback_id: str, source: str) -> Article:
    """Map one decoded record to an `Article`, or raise `InputError` saying why not."""
    if not isinstance(record, dict):
        raise InputError("not a JSON object")
    text = first_value(record, "text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text' (or it is empty)")
    article_id = first_value(record, "id")
    return Article(
        id=str(article_id) if article_id is not None else fallback_id,
        text=text,
        title=_optional_str(first_value(record, "title")),
        outlet=_optional_str(first_value(record, "outlet")),
        published=_optional_str(first_value(record, "published")),
        url=_optional_str(first_value(record, "url")),
        source=source,
        language=_optional_str(first_value(record, "language")) or "",
        byline=_optional_str(first_value(record, "byline")),
    )
