"""`recoupe eval clean`: is noise removed, is content kept, is metadata found?

Gold: `tests/gold/clean.jsonl`, one article a line, labelled by hand:
- `sample/…` and `rpm2/…` entries give noise spans (offsets, a reason each) and headings;
  every other non-blank piece of a line is content. RPM2 spans carry a short hash, never
  the text.
- `html/…` entries name a page template under `tests/gold/html/` and the gold article whose
  paragraphs fill it (`{{body:A:B}}`, `{{fig:N}}`, `{{text:N}}`, `{{title}}`; `|reason`
  makes a filled paragraph noise; `{{meta:…}}` fills `<head>` and is not scored). Elements
  marked `data-noise="reason"` are site chrome: each of their blocks is a noise item. The
  filled page goes through the real ingest (trafilatura) and cleaning; gold pieces are then
  found in the extracted text. A noise item that extraction dropped counts as removed.

Scores: `noise_recall` (all noise items), `noise_recall_in_text` (items that reached the
text: the cleaner's own recall), `content_kept` (content paragraphs untouched), and
`rpm2_content_kept` over all 200 RPM2 dev articles (clean text except the noise labelled).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recoupe.clean import clean_article
from recoupe.clean.paragraphs import split_paragraphs
from recoupe.evaluation import EvalPaths, EvalResult
from recoupe.evaluation.rpm2 import find_article, load_clusters
from recoupe.ingest import read_sources
from recoupe.records import Article

META_FIELDS = ("outlet", "credits", "published", "byline")
_PLACEHOLDER = re.compile(r"\{\{(body|fig|text|title|meta):?([\w:]*)(?:\|(\w+))?\}\}")
_NOISE_ELEMENT = re.compile(r'<(\w+)[^>]*\sdata-noise="(\w+)"[^>]*>(.*?)</\1>', re.DOTALL)
_BLOCK = re.compile(r"<(p|li|h[1-6]|button|figcaption|span)\b[^>]*>(.*?)</\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Piece:
    """A labelled piece of gold: `label` is content, heading or noise (with `reason`)."""

    text: str
    label: str
    reason: str = ""
    span: tuple[int, int] | None = None  # where it is in the article text, once found


@dataclass(slots=True)
class Case:
    id: str
    article: Article  # as ingested and cleaned
    pieces: list[Piece]
    meta: dict[str, Any] = field(default_factory=dict)  # the gold's metadata, as written


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _text_pieces(text: str, raw: dict[str, Any]) -> list[Piece]:
    """Every line cut into noise spans (from the gold) and content between them."""
    noise = sorted((n["start"], n["end"], n["reason"]) for n in raw["noise"])
    headings = {(h["start"], h["end"]) for h in raw.get("headings", [])}
    pieces = [Piece(text[s:e], "noise", r, (s, e)) for s, e, r in noise]
    for p in split_paragraphs(text):
        cursor = p.start
        for start, end, _ in [n for n in noise if n[0] < p.end and n[1] > p.start] + [
                (p.end, p.end, "")]:
            chunk = text[cursor:start]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                span = (cursor + lead, cursor + lead + len(chunk.strip()))
                label = "heading" if span in headings else "content"
                pieces.append(Piece(text[span[0]:span[1]], label, "", span))
            cursor = max(cursor, end)
    return sorted(pieces, key=lambda x: x.span or (0, 0))


def _check_hashes(article: Article, raw: dict[str, Any]) -> None:
    for item in raw["noise"] + raw.get("headings", []):
        expected = item.get("sha1") or (_sha(item["text"]) if "text" in item else None)
        if expected and _sha(article.text[item["start"]:item["end"]]) != expected:
            raise ValueError(f"{raw['id']}: gold span {item['start']}:{item['end']} no longer "
                             "matches its text (did the source change?)")


def _source_article(raw: dict[str, Any], paths: EvalPaths) -> Article:
    if "rpm2" in raw:
        return find_article(paths.data, raw["rpm2"])
    return read_sources([Path(raw["source"])], detect_language=False).articles[0]


def _fill(template: str, source: Article, pieces: list[Piece]) -> tuple[str, list[Piece]]:
    """The page with the source's paragraphs in place, and the pieces it contains, in order."""
    paragraphs = split_paragraphs(source.text)
    placed: list[Piece] = []

    def of(index: int, reason: str | None) -> list[Piece]:
        p = paragraphs[index]
        inside = [x for x in pieces if x.span and p.start <= x.span[0] < p.end
                  and x.reason != "metadata"]
        return [Piece(x.text, "noise", reason) if reason else x for x in inside]

    def substitute(match: re.Match[str]) -> str:
        kind, args, reason = match.group(1), match.group(2), match.group(3)
        if kind == "meta":
            return html.escape(source.title or "" if args == "title" else
                               " ".join(x.text for x in of(int(args), None)))
        if kind == "title":
            placed.append(Piece(source.title or "", "noise" if reason else "heading",
                                reason or ""))
            return html.escape(source.title or "")
        numbers = [int(a) for a in args.split(":")]
        chosen = range(numbers[0], numbers[-1]) if kind == "body" else [numbers[0]]
        found = [of(i, reason) for i in chosen]
        placed.extend(x for group in found for x in group)
        texts = [" ".join(html.escape(x.text) for x in group) for group in found]
        if kind == "fig":
            return f'<figure><img src="/img/{numbers[0]}.jpg" alt=""><figcaption>{texts[0]}' \
                   "</figcaption></figure>"
        return "\n".join(f"<p>{t}</p>" for t in texts) if kind == "body" else texts[0]

    return _PLACEHOLDER.sub(substitute, template), placed


def _chrome(template: str) -> list[Piece]:
    """The site chrome of a template: each block of each `data-noise` element."""
    found = []
    for element in _NOISE_ELEMENT.finditer(template):
        blocks = [b.group(2) for b in _BLOCK.finditer(element.group(3))] or [element.group(3)]
        for block in blocks:
            text = " ".join(html.unescape(_TAG.sub(" ", block)).split())
            if text and not _PLACEHOLDER.search(text):
                found.append(Piece(text, "noise", element.group(2)))
    return found


def _pattern(text: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def _locate(text: str, pieces: list[Piece], taken: list[tuple[int, int]],
            in_order: bool) -> list[Piece]:
    """Find each piece in the extracted text (`in_order`: the article's own paragraphs)."""
    located, cursor = [], 0
    for piece in pieces:
        pattern = _pattern(piece.text)
        match = next((m for m in pattern.finditer(text, cursor)
                      if not any(s < m.end() and m.start() < e for s, e in taken)), None)
        if match is None:
            match = next((m for m in pattern.finditer(text)
                          if not any(s < m.end() and m.start() < e for s, e in taken)), None)
        if match is not None and len(piece.text.split()) <= 2 and not _whole_line(text, match):
            match = None  # "X", "Partager": only a line of its own is that widget
        located.append(Piece(piece.text, piece.label, piece.reason,
                             match.span() if match else None))
        if match is not None:
            taken.append(match.span())
            cursor = match.end() if in_order else 0
    return located


def _whole_line(text: str, match: re.Match[str]) -> bool:
    before = text[:match.start()].rsplit("\n", 1)[-1]
    after = text[match.end():].split("\n", 1)[0]
    return not before.strip() and not after.strip()


def _page_case(raw: dict[str, Any], sources: dict[str, tuple[Article, list[Piece]]],
               paths: EvalPaths) -> Case:
    source, pieces = sources[raw["fill"]]
    template = (paths.gold / "html" / raw["page"]).read_text(encoding="utf-8")
    page, placed = _fill(template, source, pieces)
    page = re.sub(r'\sdata-noise="\w+"', "", page)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / raw["page"]
        path.write_text(page, encoding="utf-8")
        article = clean_article(read_sources([path]).articles[0])
    taken: list[tuple[int, int]] = []
    own = _locate(article.text, placed, taken, in_order=True)
    chrome = _locate(article.text, _chrome(template), taken, in_order=False)
    return Case(raw["id"], article, own + chrome, raw.get("meta", {}))


def load_cases(paths: EvalPaths) -> list[Case]:
    cases, sources = [], {}
    with (paths.gold / "clean.jsonl").open(encoding="utf-8") as stream:
        raws = [json.loads(line) for line in stream if line.strip()]
    for raw in (r for r in raws if "page" not in r):
        source = _source_article(raw, paths)
        _check_hashes(source, raw)
        pieces = _text_pieces(source.text, raw)
        sources[raw["id"]] = (source, pieces)
        cases.append(Case(raw["id"], clean_article(source), pieces, raw.get("meta", {})))
    cases += [_page_case(raw, sources, paths) for raw in raws if "page" in raw]
    return cases


# --- scoring ----------------------------------------------------------------------------


def _removed_chars(article: Article, span: tuple[int, int]) -> tuple[int, int]:
    """(non-space characters of the span that were removed, non-space characters)."""
    start, end = span
    covered = [False] * (end - start)
    for r in article.removed:
        for i in range(max(start, r.start), min(end, r.end)):
            covered[i - start] = True
    solid = [i for i in range(end - start) if not article.text[start + i].isspace()]
    return sum(covered[i] for i in solid), len(solid)


@dataclass(slots=True)
class Tally:
    noise: int = 0
    noise_removed: int = 0
    noise_reached: int = 0
    noise_removed_in_text: int = 0
    reason_right: int = 0
    content: int = 0
    content_lost: int = 0
    headings: int = 0
    headings_marked: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)
    missed_by_reason: Counter[str] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


def _reason_at(article: Article, span: tuple[int, int]) -> str:
    return next((r.reason for r in article.removed if r.start < span[1] and span[0] < r.end),
                "")


def _score_noise(case: Case, piece: Piece, tally: Tally) -> None:
    tally.noise += 1
    tally.by_reason[piece.reason] += 1
    if piece.span is None:
        tally.noise_removed += 1
        return
    tally.noise_reached += 1
    removed, solid = _removed_chars(case.article, piece.span)
    if solid and removed >= 0.9 * solid:
        tally.noise_removed += 1
        tally.noise_removed_in_text += 1
        tally.reason_right += _reason_at(case.article, piece.span) == piece.reason
    else:
        tally.missed_by_reason[piece.reason] += 1
        tally.details.append(f"MISSED NOISE {case.id} [{piece.reason}] {piece.text[:90]!r}")


def _score_content(case: Case, piece: Piece, tally: Tally) -> None:
    tally.content += 1
    lost = piece.span is None or _removed_chars(case.article, piece.span)[0] > 0
    if lost:
        tally.content_lost += 1
        why = "not extracted" if piece.span is None else _reason_at(case.article, piece.span)
        tally.details.append(f"LOST CONTENT {case.id} ({why}) {piece.text[:90]!r}")
    if piece.label == "heading" and piece.span is not None:
        tally.headings += 1
        tally.headings_marked += any(h.start < piece.span[1] and piece.span[0] < h.end
                                     for h in case.article.headings)


def score(cases: list[Case]) -> Tally:
    tally = Tally()
    for case in cases:
        for piece in case.pieces:
            if piece.label == "noise":
                _score_noise(case, piece, tally)
            else:
                _score_content(case, piece, tally)
    return tally


def _meta_checks(cases: list[Case]) -> Iterator[tuple[str, str, object, object]]:
    """(case, field, expected, found) for every metadata field the gold states."""
    for case in cases:
        for name in META_FIELDS:
            if name in case.meta:
                yield case.id, name, case.meta[name], getattr(case.article, name)


def rpm2_content_removed(paths: EvalPaths, gold_noise: dict[str, list[tuple[int, int]]]
                         ) -> tuple[int, int, list[str]]:
    """Over all RPM2 dev articles: content paragraphs touched by a removal, and their total."""
    touched, total, details = 0, 0, []
    for cluster in load_clusters(paths.data):
        for source in cluster.articles:
            article = clean_article(source)
            noise = gold_noise.get(source.id, [])
            for p in split_paragraphs(source.text):
                if any(s <= p.start and p.end <= e for s, e in noise):
                    continue
                total += 1
                if _removed_chars(article, (p.start, p.end))[0]:
                    touched += 1
                    details.append(f"RPM2 CONTENT REMOVED {source.id} {p.text[:80]!r}")
    return touched, total, details


def evaluate(paths: EvalPaths) -> EvalResult:
    cases = load_cases(paths)
    tally = score(cases)
    gold_noise = {c.id.removeprefix("rpm2/"): [p.span for p in c.pieces
                                               if p.label == "noise" and p.span]
                  for c in cases if c.id.startswith("rpm2/")}
    touched, total, rpm2_details = rpm2_content_removed(paths, gold_noise)
    checks = list(_meta_checks(cases))
    meta_right = [c for c in checks if c[2] == c[3]]
    scores = {
        "noise_recall": _ratio(tally.noise_removed, tally.noise),
        "noise_recall_in_text": _ratio(tally.noise_removed_in_text, tally.noise_reached),
        "content_kept": 1 - _ratio(tally.content_lost, tally.content),
        "rpm2_content_kept": 1 - _ratio(touched, total),
        "reason_accuracy": _ratio(tally.reason_right, tally.noise_removed_in_text),
        "heading_recall": _ratio(tally.headings_marked, tally.headings),
        "metadata_accuracy": _ratio(len(meta_right), len(checks)),
    }
    details = tally.details + rpm2_details + [
        f"METADATA {case} {name}: expected {exp!r}, found {got!r}"
        for case, name, exp, got in checks if exp != got]
    return EvalResult("clean", scores, _report(cases, tally, scores, (touched, total), checks),
                      details)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def _report(cases: list[Case], tally: Tally, scores: dict[str, float],
            rpm2: tuple[int, int], checks: list[tuple[str, str, object, object]]) -> str:
    kinds = Counter(c.id.split("/", 1)[0] for c in cases)
    lines = [
        f"cleaning gold: {len(cases)} articles ({kinds['sample']} sample, {kinds['rpm2']} RPM2,"
        f" {kinds['html']} HTML pages); {tally.noise} noise items, {tally.content} content "
        "paragraphs",
        f"noise recall {scores['noise_recall']:.3f}  (in the text: {tally.noise_reached} items,"
        f" {scores['noise_recall_in_text']:.3f} removed by the cleaner; reason right "
        f"{scores['reason_accuracy']:.3f})",
        f"content kept {scores['content_kept']:.4f}  ({tally.content_lost} of {tally.content} "
        f"lost)   headings marked {scores['heading_recall']:.3f}",
        f"RPM2 dev, all articles: {rpm2[0]} of {rpm2[1]} content paragraphs removed",
        f"metadata: {sum(c[2] == c[3] for c in checks)} of {len(checks)} fields right "
        f"({scores['metadata_accuracy']:.3f})",
        "noise by reason (missed/total): " + ", ".join(
            f"{r} {tally.missed_by_reason[r]}/{n}" for r, n in sorted(tally.by_reason.items())),
    ]
    return "\n".join(lines)
