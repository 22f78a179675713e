"""The knobs of reading, validated once: size limits, network timeout, feed links, language."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_TIMEOUT = 10.0
MAX_RECORD_BYTES = 5_000_000  # one JSONL line or CSV field: larger is refused, not read


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How sources are read.

    `max_bytes` bounds a single file or download (larger ones are refused before being
    read); `timeout` bounds each network request; `follow_links` lets a feed entry that
    only links to its article be fetched; `detect_language` runs py3langid on articles
    whose source does not state a language.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    follow_links: bool = True
    detect_language: bool = True
    max_record_bytes: int = MAX_RECORD_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes <= 0 or self.max_record_bytes <= 0:
            raise ValueError("size limits must be positive")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
