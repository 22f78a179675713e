"""The sample story, end to end: the brief the README promises."""

from pathlib import Path

from recoupe.records import Brief
from recoupe.render.files import write_outputs
from recoupe.verify import verify_brief


def test_the_sample_brief_follows_the_contract(sample_brief: Brief, validate) -> None:  # type: ignore[no-untyped-def]
    validate(sample_brief.to_dict())


def test_every_citation_of_the_sample_brief_verifies(sample_brief: Brief) -> None:
    report = verify_brief(sample_brief.to_dict())
    assert report.ok, report.mismatches[:3]
    assert report.sources_checked == 5


def test_the_summary_is_cited_and_corroborated(sample_brief: Brief) -> None:
    summary = sample_brief.summary
    assert len(summary) >= 5
    assert all(item.citations for item in summary)
    corroborated = [item for item in summary if item.support.articles >= 2]
    assert 2 * len(corroborated) >= len(summary)
    for item in summary:
        assert item.support.articles == len({c.article for c in item.citations})


def test_the_summary_never_cites_a_removed_span(sample_brief: Brief) -> None:
    for item in sample_brief.summary:
        for citation in item.citations:
            article = sample_brief.article(citation.article)
            assert not any(r.start < citation.end and citation.start < r.end
                           for r in article.removed)


def test_the_sample_metadata_is_read_from_the_text(sample_brief: Brief) -> None:
    by_id = {a.id[:3]: a for a in sample_brief.articles}
    assert by_id["004"].outlet == "BFMTV"
    assert by_id["001"].published == "2023-09" and by_id["002"].published == "2023-09"


def test_the_three_outputs_are_written(sample_brief: Brief, tmp_path: Path) -> None:
    written = write_outputs(sample_brief, tmp_path)
    assert [p.name for p in written] == ["brief.json", "brief.md", "brief.html"]
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert markdown.startswith("# ") and "## Résumé" in markdown
    assert "<script>" in (tmp_path / "brief.html").read_text(encoding="utf-8")  # our own JS only


def test_the_sample_brief_has_every_section(sample_brief: Brief) -> None:
    assert sample_brief.quotes and sample_brief.entities and sample_brief.timeline
    people = {e.name: e for e in sample_brief.entities if e.type == "PER"}
    assert "Kim Jong Un" in people and "Kim Jong-dae" in people  # never merged
    assert people["Yang Uk"].differences  # two outlets name his institute differently
    summit = [e for e in sample_brief.timeline if e.date == "2023-09-13"]
    assert summit and not summit[0].context
