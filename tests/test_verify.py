"""`recoupe verify` catches any citation or text that is not exactly its source."""

import json
from pathlib import Path

from recoupe.records import Article, Brief, Citation, Span, StoryInfo, SummarySentence, Support
from recoupe.verify import verify_brief

TEXT = "Le sommet a eu lieu mercredi. Kim a invité Poutine."


def brief_for(source: str) -> dict:  # type: ignore[type-arg]
    article = Article(id="a", text=TEXT, source=source, body=[Span(0, len(TEXT))])
    cite = Citation.of(article, 30, len(TEXT))
    return Brief(StoryInfo(None, "fr"), [article],
                 summary=[SummarySentence(cite.text, [cite], Support(1, 1))]).to_dict()


def test_an_exact_brief_verifies_against_its_source_file(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    report = verify_brief(brief_for(str(source)))
    assert report.ok and report.citations == 1 and report.sources_checked == 1


def test_a_shifted_citation_is_a_mismatch() -> None:
    data = brief_for("")
    data["summary"][0]["citations"][0]["start"] += 1
    report = verify_brief(data)
    assert not report.ok and "a[31:" in report.mismatches[0]


def test_a_text_edited_after_reading_is_a_mismatch(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT.replace("mercredi", "jeudi"), encoding="utf-8")
    report = verify_brief(brief_for(str(source)))
    assert not report.ok and "differs from its source" in report.mismatches[0]


def test_a_jsonl_line_is_re_read_as_the_source(tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    source.write_text(json.dumps({"id": "zz", "text": "autre"}) + "\n"
                      + json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    report = verify_brief(brief_for(f"{source}:2"))
    assert report.ok and report.sources_checked == 1


def test_an_unreachable_source_is_reported_not_failed() -> None:
    report = verify_brief(brief_for("/nonexistent/a.txt"))
    assert report.ok and report.sources_unreachable == ["a"]


def test_an_html_source_is_compared_with_its_extracted_text(tmp_path: Path) -> None:
    from recoupe.ingest import read_sources

    paragraphs = "".join(f"<p>{TEXT} Paragraphe {n} de l'article, assez long pour compter.</p>"
                         for n in range(6))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Titre</title></head><body><nav>Accueil</nav>"
                    f"<article><h1>Titre</h1>{paragraphs}</article></body></html>",
                    encoding="utf-8")
    [article] = read_sources([page]).articles
    brief = Brief(StoryInfo(None, "fr"), [article])
    report = verify_brief(brief.to_dict())
    assert report.ok and report.sources_checked == 1
