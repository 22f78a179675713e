"""RSS/Atom feeds (feedparser): each entry becomes an article.

An entry's own content (or summary) is its text; an entry that only links to its article
(a title and a teaser) gets its page fetched when a page reader is given. A broken entry
is named by its position and title; the others are read. A malformed feed is read as far
as feedparser can, with a note.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from recoupe.ingest.html import fragment_text
from recoupe.ingest.problems import InputError, InputProblem
from recoupe.records import Article

_FEED_START = re.compile(r"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)
MIN_ENTRY_WORDS = 60  # below this, a summary is a teaser: the linked page is the article

PageReader = Callable[[str, str], Article]  # (url, article id) -> article of that page


@dataclass(frozen=True, slots=True)
class Entry:
    number: int  # 1-based position in the feed
    title: str | None
    link: str | None
    text: str
    published: str | None
    author: str | None


def looks_like_feed(head: str) -> bool:
    return bool(_FEED_START.search(head[:4096]))


def _entry_text(raw: Any) -> str:
    contents = raw.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="")
    return fragment_text(html or raw.get("summary", "") or "")


def _date(raw: Any) -> str | None:
    parsed = raw.get("published_parsed") or raw.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def entries_of(data: bytes) -> tuple[list[Entry], str | None, str | None]:
    """The entries of a feed, its title, and feedparser's complaint when it is malformed."""
    import feedparser  # imported when a feed comes, like trafilatura for pages

    parsed = feedparser.parse(data)
    complaint = str(parsed.get("bozo_exception", "")) if parsed.get("bozo") else None
    entries = [Entry(n, raw.get("title") or None, raw.get("link") or None, _entry_text(raw),
                     _date(raw), raw.get("author") or None)
               for n, raw in enumerate(parsed.entries, start=1)]
    return entries, parsed.feed.get("title") or None, complaint


def _label(entry: Entry) -> str:
    return f"entry {entry.number}" + (f" ({entry.title[:60]!r})" if entry.title else "")


def _summary_article(entry: Entry, feed_id: str, source: str, outlet: str | None) -> Article:
    return Article(id=f"{feed_id}-{entry.number}", text=entry.text, title=entry.title,
                   outlet=outlet, published=entry.published, url=entry.link,
                   source=f"{source}#{entry.number}", language="", byline=entry.author)


def _read_entry(entry: Entry, feed_id: str, source: str, outlet: str | None,
                read_page: PageReader | None, problems: list[InputProblem]) -> Article | None:
    where, has_text = f"{source}#{entry.number}", bool(entry.text.strip())
    if entry.link and read_page is not None and len(entry.text.split()) < MIN_ENTRY_WORDS:
        try:
            page = read_page(entry.link, f"{feed_id}-{entry.number}")
            return _with_entry_metadata(page, entry, outlet)
        except InputError as exc:
            if not has_text:
                problems.append(InputProblem(where, f"{_label(entry)}: no text in the feed, and "
                                                    f"its page {entry.link} failed: {exc}"))
                return None
            problems.append(InputProblem(where, f"{_label(entry)}: page {entry.link} not read "
                                                f"({exc}): the feed's summary is used", "note"))
    if not has_text:
        problems.append(InputProblem(where, f"{_label(entry)}: no text and no link"))
        return None
    return _summary_article(entry, feed_id, source, outlet)


def _with_entry_metadata(page: Article, entry: Entry, outlet: str | None) -> Article:
    page.title = page.title or entry.title
    page.published = page.published or entry.published
    page.outlet = page.outlet or outlet
    page.byline = page.byline or entry.author
    return page


def read_feed(data: bytes, source: str, feed_id: str, problems: list[InputProblem],
              read_page: PageReader | None = None) -> Iterator[Article]:
    """Yield one article per usable entry; name each entry that cannot be used."""
    entries, outlet, complaint = entries_of(data)
    if complaint is not None:
        problems.append(InputProblem(source, f"malformed feed ({complaint}): entries read as "
                                             "far as possible", "note"))
    if not entries:
        problems.append(InputProblem(source, "no entries in this feed"))
    for entry in entries:
        article = _read_entry(entry, feed_id, source, outlet, read_page, problems)
        if article is not None:
            yield article
