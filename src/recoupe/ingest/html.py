"""HTML pages to articles: trafilatura finds the main text, htmldate the publication date.

The article's `text` is the extracted text (stored in the brief; every offset refers to
it), its `source` the page's path or URL. Extraction is deterministic, so `page_text`
re-derives the same text from the same page for `recoupe verify`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from recoupe.ingest.problems import InputError
from recoupe.records import Article

_HTML_START = re.compile(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
# Widgets inside the article container that extraction would otherwise keep: a video
# player's title, a share bar, a newsletter box. Only small elements are pruned, so that
# a container merely *named* "article-video" keeps its text.
_WIDGETS = ("video", "player", "newsletter", "share", "social", "related", "outbrain",
            "taboola", "didomi", "consent", "cookie", "paywall", "breadcrumb")
PRUNE_XPATH = [
    f"//*[contains(@class, '{name}') or contains(@id, '{name}')]"
    "[string-length(normalize-space(.)) < 400]" for name in _WIDGETS]


MIN_LINE_WORDS = 8  # a page without one such line is a menu, an error page, not an article


@dataclass(frozen=True, slots=True)
class Page:
    """What a page says about itself, besides its text."""

    text: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None


def looks_like_html(head: str) -> bool:
    return bool(_HTML_START.search(head[:4096]))


def page_text(html: str, url: str | None = None) -> str:
    """The page's main text, exactly as `read_page` stores it; raise if there is none."""
    tree = _parse(html)
    if tree is None:
        raise InputError("not readable as HTML")
    _unwrap_layout_tables(tree)
    _mark_main_container(tree)
    import trafilatura  # imported when a page comes: 0.2 s a plain-text brief need not pay

    document = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False, favor_recall=True,
        prune_xpath=PRUNE_XPATH)
    text = str(getattr(document, "text", None) or "")
    if not any(len(line.split()) >= MIN_LINE_WORDS for line in text.split("\n")):
        raise InputError("no article text found in the page (empty, or not an article)")
    return text


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables used for page layout (cells holding paragraphs) become plain blocks.

    Extraction renders a table row as one line with " | " between cells: right for data
    tables, wrong for a 2000s layout that puts the whole article in one cell.
    """
    for table in tree.xpath("//table[.//p or .//h1 or .//h2 or .//div or .//ul]"):
        for element in [table, *table.xpath(".//tbody | .//thead | .//tr | .//td | .//th")]:
            element.tag = "div"


def _mark_main_container(tree: Any) -> None:
    """Without <article> or <main>, the block holding most paragraph text becomes <article>;
    sibling <article> elements (a piece and its box) are merged into their parent.

    Extraction then keeps that block's intertitles; without a container it falls back to
    collecting bare paragraphs, and every <h2>/<h3> of the article is lost.
    """
    articles = tree.xpath("//article")
    parents = {a.getparent() for a in articles}
    if len(articles) > 1 and len(parents) == 1 and None not in parents:
        # an article and its sidebar piece ("encadré") side by side: keep both
        for article in articles:
            article.tag = "section"
        parent = parents.pop()
        if parent.tag not in ("body", "html"):
            parent.tag = "article"
        return
    if articles or tree.xpath("//main | //*[@itemprop='articleBody']"):
        return
    weights: dict[Any, int] = {}
    for paragraph in tree.xpath("//p"):
        parent = paragraph.getparent()
        if parent is not None:
            weights[parent] = weights.get(parent, 0) + len(paragraph.text_content())
    if weights:
        best = max(weights, key=lambda element: weights[element])
        if weights[best] >= 400 and best.tag not in ("body", "html"):
            best.tag = "article"


def read_page(html: str, url: str | None = None) -> Page:
    """Text and metadata of one HTML page; `InputError` when it holds no article text."""
    text = page_text(html, url)
    tree = _parse(html)
    from trafilatura.metadata import extract_metadata

    document = extract_metadata(html, default_url=url) if tree is not None else None
    return Page(
        text=text,
        title=_str_or_none(getattr(document, "title", None)),
        outlet=_str_or_none(getattr(document, "sitename", None)),
        author=(_declared_author(tree) if tree is not None else None)
        or _without_par(_str_or_none(getattr(document, "author", None))),
        published=_published(html),
        url=_str_or_none(getattr(document, "url", None)) or url,
    )


def article_from_html(html: str, *, article_id: str, source: str,
                      url: str | None = None) -> Article:
    page = read_page(html, url)
    return Article(id=article_id, text=page.text, title=page.title, outlet=page.outlet,
                   published=page.published, url=page.url, source=source, language="",
                   byline=page.author)


def _without_par(author: str | None) -> str | None:
    """trafilatura keeps the "Par " of a French byline block: "Par Jean Dupont"."""
    return re.sub(r"^(?:par|by)\s+", "", author, flags=re.IGNORECASE) if author else None


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value else None


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _published(html: str) -> str | None:
    """The original publication date (not the last update) declared by the page."""
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    return str(found) if found else None


def _declared_author(tree: Any) -> str | None:
    """The author as the page declares it (meta or JSON-LD), untouched by normalisation."""
    for value in tree.xpath("//meta[@name='author']/@content"
                            " | //meta[@property='article:author']/@content"):
        if str(value).strip() and not str(value).startswith("http"):
            return str(value).strip()
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        names = list(_ld_authors(_json_or_none(str(script))))
        if names:
            return ", ".join(names)
    return None


def _json_or_none(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _ld_authors(data: Any) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_authors(item)
    elif isinstance(data, dict):
        author = data.get("author")
        for entry in author if isinstance(author, list) else [author]:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip():
                yield name.strip()
        if "@graph" in data:
            yield from _ld_authors(data["@graph"])


_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|section|figcaption)>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary): one line per block."""
    marked = _BLOCK_END.sub("\n", fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
        raw = root.text_content()
    except (etree.ParserError, ValueError):
        raw = re.sub(r"<[^>]+>", " ", marked)
    lines = (_SPACES.sub(" ", line).strip() for line in str(raw).split("\n"))
    return "\n".join(line for line in lines if line)
