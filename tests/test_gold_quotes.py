"""The hand-made quote gold (tests/gold/quotes.jsonl) is well formed and points at real text.

Conventions are in tests/gold/QUOTES.md. Sample-story entries carry the span text; RPM2
entries carry only offsets and a short sha1, checked here against the corpus beside the repo.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from recoupe.evaluation.rpm2 import load_clusters

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "quotes.jsonl"
SAMPLE = ROOT / "examples" / "vostochny-2023"
SAMPLE_STORY = "vostochny-2023"
RPM2 = ROOT / Path("../shared/eval/rpm2-dev")

KINDS = {"direct", "mixed", "indirect"}
SPEAKER_TYPES = {"PER", "ORG", "LOC"}
QUOTE_MARKS = "«»\"“”"
# Only for finding a role or a name in the text: typographic variants count as the same
# character (one for one, so nothing shifts).
SAME_CHARACTER = str.maketrans({"’": "'", "\x92": "'", "\xa0": " ", "“": '"', "”": '"'})


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str
    speaker_type: str
    role: str | None
    group: str | None
    hard: str | None
    text: str | None
    sha1: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: str
    story: str
    quotes: tuple[GoldQuote, ...]

    @property
    def from_sample(self) -> bool:
        return self.story == SAMPLE_STORY


def _quote(raw: dict[str, object]) -> GoldQuote:
    assert set(raw) <= {"start", "end", "kind", "speaker", "speaker_type", "role", "group",
                        "hard", "text", "sha1"}, raw
    return GoldQuote(int(str(raw["start"])), int(str(raw["end"])), str(raw["kind"]),
                     str(raw["speaker"]), str(raw["speaker_type"]),
                     _optional(raw.get("role")), _optional(raw.get("group")),
                     _optional(raw.get("hard")), _optional(raw.get("text")),
                     _optional(raw.get("sha1")))


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _load_gold() -> tuple[GoldArticle, ...]:
    articles = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) == {"article", "story", "quotes"}, raw.keys()
        articles.append(GoldArticle(raw["article"], raw["story"],
                                    tuple(_quote(q) for q in raw["quotes"])))
    return tuple(articles)


GOLD_ARTICLES = _load_gold()


def _sample_texts() -> dict[str, str]:
    # Decoded as recoupe ingests a file: bytes as UTF-8, no newline translation.
    return {path.stem: path.read_bytes().decode("utf-8") for path in SAMPLE.glob("*.txt")}


def _rpm2_texts() -> dict[str, str]:
    if not RPM2.exists():
        pytest.skip("RPM2 dev data is not beside the repo (../shared/eval/rpm2-dev)")
    return {a.id: a.text for cluster in load_clusters(RPM2) for a in cluster.articles}


def _short_sha1(span: str) -> str:
    return hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]


def _quotes(articles: tuple[GoldArticle, ...]) -> list[tuple[GoldArticle, GoldQuote]]:
    return [(article, quote) for article in articles for quote in article.quotes]


def test_the_set_holds_the_whole_sample_and_at_least_20_rpm2_articles() -> None:
    ids = [a.article for a in GOLD_ARTICLES]
    assert len(ids) == len(set(ids)), "an article is annotated twice"
    assert len(ids) >= 25
    assert {a.article for a in GOLD_ARTICLES if a.from_sample} == set(_sample_texts())
    rpm2 = [a for a in GOLD_ARTICLES if not a.from_sample]
    assert len(rpm2) >= 20
    assert len({a.story for a in rpm2}) >= 3, "RPM2 articles come from several clusters"
    assert all(a.article.startswith(a.story + "/") for a in rpm2), "RPM2 ids are <cluster>/<doc>"


def test_every_field_holds_an_allowed_value() -> None:
    for article, quote in _quotes(GOLD_ARTICLES):
        where = f"{article.article}@{quote.start}"
        assert quote.kind in KINDS, where
        assert quote.speaker_type in SPEAKER_TYPES, where
        assert quote.speaker.strip() == quote.speaker != "", where
        assert quote.role is None or quote.role.strip() != "", where
        assert quote.hard is None or quote.hard.strip() != "", where
        if article.from_sample:
            assert quote.text is not None and quote.sha1 is None, where
        else:
            assert quote.text is None, f"RPM2 text must not enter the repo: {where}"
            assert quote.sha1 is not None, where


def test_sample_spans_are_exactly_the_stored_text() -> None:
    texts = _sample_texts()
    for article, quote in _quotes(tuple(a for a in GOLD_ARTICLES if a.from_sample)):
        text = texts[article.article]
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text, f"{article.article}@{quote.start}"


def test_rpm2_spans_match_their_hash() -> None:
    texts = _rpm2_texts()
    for article, quote in _quotes(tuple(a for a in GOLD_ARTICLES if not a.from_sample)):
        text = texts[article.article]
        assert 0 <= quote.start < quote.end <= len(text)
        assert _short_sha1(text[quote.start:quote.end]) == quote.sha1, \
            f"{article.article}@{quote.start}"


def _available_texts() -> dict[str, str]:
    """The sample always; RPM2 too when the corpus is beside the repo."""
    rpm2 = ({a.id: a.text for cluster in load_clusters(RPM2) for a in cluster.articles}
            if RPM2.exists() else {})
    return _sample_texts() | rpm2


def _readable(texts: dict[str, str]) -> tuple[GoldArticle, ...]:
    return tuple(a for a in GOLD_ARTICLES if a.article in texts)


def test_spans_are_trimmed_sorted_and_do_not_overlap() -> None:
    texts = _available_texts()
    for article in _readable(texts):
        text = texts[article.article]
        for quote in article.quotes:
            span = text[quote.start:quote.end]
            assert span == span.strip(), f"{article.article}@{quote.start}: {span!r}"
        for before, after in zip(article.quotes, article.quotes[1:], strict=False):
            assert before.end <= after.start, f"{article.article}@{after.start}"


def test_the_kind_agrees_with_the_quote_marks_in_the_span() -> None:
    texts = _available_texts()
    for article, quote in _quotes(_readable(texts)):
        span = texts[article.article][quote.start:quote.end]
        where = f"{article.article}@{quote.start}: {span[:60]!r}"
        if quote.kind == "direct":  # the marks themselves are outside the span
            assert span[0] not in QUOTE_MARKS and span[-1] not in QUOTE_MARKS, where
        if quote.kind == "mixed":  # reported speech that carries quoted words
            assert any(mark in span for mark in QUOTE_MARKS), where


def test_roles_are_written_in_their_article_and_named_speakers_in_their_story() -> None:
    texts = {k: v.translate(SAME_CHARACTER) for k, v in _available_texts().items()}
    story_text: dict[str, str] = defaultdict(str)
    for article in _readable(texts):
        story_text[article.story] += texts[article.article].lower()
    for article, quote in _quotes(_readable(texts)):
        if quote.role is not None:
            assert quote.role.translate(SAME_CHARACTER) in texts[article.article], quote.role
        if quote.speaker[0].isupper():  # a name, not a description such as "des analystes"
            assert quote.speaker.translate(SAME_CHARACTER).lower() in story_text[article.story], \
                quote.speaker


def test_every_group_spans_several_articles_of_one_story() -> None:
    articles: dict[str, set[str]] = defaultdict(set)
    stories: dict[str, set[str]] = defaultdict(set)
    for article, quote in _quotes(GOLD_ARTICLES):
        if quote.group is not None:
            articles[quote.group].add(article.article)
            stories[quote.group].add(article.story)
    assert len(articles) >= 30
    for group, members in articles.items():
        assert len(members) >= 2, f"{group} is reported by one article only: it should be null"
        assert len(stories[group]) == 1, f"{group} mixes stories"


def test_the_set_covers_every_kind_and_the_hard_cases() -> None:
    quotes = [quote for _, quote in _quotes(GOLD_ARTICLES)]
    for kind in KINDS:
        assert sum(q.kind == kind for q in quotes) >= 50, kind
    assert sum(q.hard is not None for q in quotes) >= 100
    assert {"Kim Jong Un", "Kim Jong-dae"} <= {q.speaker for q in quotes}
