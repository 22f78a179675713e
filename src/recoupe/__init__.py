"""recoupe: cross-check a news story across outlets, with character-exact citations.

    >>> import recoupe
    >>> brief = recoupe.brief(["examples/vostochny-2023"])   # doctest: +SKIP
    >>> brief.to_dict()["summary"][0]["citations"]           # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from recoupe.records import Article, Brief, Citation  # noqa: E402


def brief(sources: Iterable[str | Article], *, summary_words: int | None = None) -> Brief:
    """Build the brief of one story from paths (files, directories, JSONL) or `Article`s."""
    from recoupe.pipeline import BriefOptions, build_brief

    options = BriefOptions() if summary_words is None else BriefOptions(
        summary_words=summary_words)
    return build_brief(sources, options)


__all__ = ["Article", "Brief", "Citation", "__version__", "brief"]
