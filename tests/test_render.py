"""Markdown and HTML outputs: markers, exact passages, and nothing from the input unescaped."""

from recoupe.records import (
    Article,
    Brief,
    Citation,
    Removal,
    Span,
    StoryInfo,
    SummarySentence,
    Support,
)
from recoupe.render.html import CitationIndex, render_html, segments
from recoupe.render.markdown import render_markdown

HOSTILE = 'Le <script>alert("x")</script> & « guillemets » *gras* [lien](http://x)'


def hostile_brief() -> Brief:
    text = f"{HOSTILE}\n\nPhoto ( AFP / X )"
    article = Article(id="a<1>", text=text, title="<b>titre</b>", outlet="L'<i>Outlet</i>",
                      body=[Span(0, len(HOSTILE))],
                      removed=[Removal(len(HOSTILE) + 2, len(text), "caption")])
    citation = Citation.of(article, 0, len(HOSTILE))
    return Brief(StoryInfo("<h1>story</h1>", "fr"), [article], "recoupe test",
                 summary=[SummarySentence(HOSTILE, [citation], Support(1, 1))])


def test_html_escapes_everything_taken_from_the_input() -> None:
    page = render_html(hostile_brief())
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<b>titre</b>" not in page and "<h1>story</h1>" not in page
    assert "<i>Outlet</i>" not in page


def test_html_links_each_marker_to_its_highlighted_passage() -> None:
    page = render_html(hostile_brief())
    assert 'href="#c0"' in page and '<a id="c0"></a>' in page
    assert 'class="cited" data-c="c0"' in page
    assert 'title="retiré : caption"' in page


def test_markdown_escapes_markup_and_shows_markers_and_passages() -> None:
    text = render_markdown(hostile_brief())
    assert "\\<script\\>" in text and "\\*gras\\*" in text
    assert "[000] — _1 article, 1 origine_" in text
    assert "   > [000] Le \\<script\\>" in text


def test_segments_split_overlapping_citations_without_losing_a_character() -> None:
    article = Article(id="a", text="abcdefghij", body=[Span(0, 10)])
    index = CitationIndex()
    index.id_of(Citation.of(article, 0, 6))
    index.id_of(Citation.of(article, 3, 9))
    pieces = segments(article, index)
    assert "".join(p.text for p in pieces) == article.text
    assert [(p.text, p.citations) for p in pieces] == [
        ("abc", "c0"), ("def", "c0 c1"), ("ghi", "c1"), ("j", "")]
