"""The story's timeline: reference dates inferred from the story, events merged and cited.

The sample story (examples/vostochny-2023) is the specification: Kim Jong Un left
Pyongyang on Sunday 10 September 2023 in the afternoon, arrived in Russia on Tuesday 12,
met Vladimir Putin at Vostochny on Wednesday 13, and North Korea's agency reported the
summit on Thursday 14. Two articles carry a partial date ("date 2023-09"), three none.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from recoupe.clean import clean_article
from recoupe.evaluation.timeline import (
    GoldArticle,
    GoldExpression,
    Predicted,
    Tally,
    tally_article,
)
from recoupe.ingest import read_sources
from recoupe.nlp import Analysis, analyse
from recoupe.records import Article, Citation, TimelineEvent
from recoupe.timeline import Timeline, build_timeline
from recoupe.timeline.expressions import find_mentions
from recoupe.timeline.reading import ArticleDates, Found, read_article
from recoupe.timeline.reference import infer_references
from recoupe.timeline.render import date_label, timeline_markdown
from recoupe.timeline.resolve import Tense

TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "recoupe" / "render" / "templates"


# --- reference dates, from typed readings (no spaCy) ---------------------------------------


def reading(article: Article, tense: Tense | None = "past") -> ArticleDates:
    """An article read as the pipeline reads it; every verb in the tense given."""
    found = [Found(m, tense, None) for m in find_mentions(article.text)]
    return ArticleDates(article.id, tuple(found))


def references(articles: list[Article], tense: Tense | None = "past") -> dict[str, str | None]:
    readings = {a.id: reading(a, tense) for a in articles}
    return {k: r.date for k, r in infer_references(articles, readings).items()}


def test_a_complete_publication_date_is_the_reference() -> None:
    article = Article("a", "Le sommet a eu lieu mercredi.", published="2023-09-15")
    readings = {"a": reading(article)}
    found = infer_references([article], readings)["a"]
    assert found.date == "2023-09-15"
    assert found.source == "Date de publication de l'article."


def test_a_partial_date_is_completed_by_a_caption_and_a_weekday_told_in_the_past() -> None:
    article = Article("001", "Photo prise le 13 septembre 2023. La rencontre de mercredi, "
                      "a rapporté jeudi l'agence KCNA.", published="2023-09")
    readings = {"001": reading(article)}
    found = infer_references([article], readings)["001"]
    assert found.date == "2023-09-14"
    assert found.source.startswith("Date de publication partielle (2023-09)")
    assert "« jeudi »" in found.source


def test_an_undated_article_takes_its_day_from_the_story_and_ce_mardi() -> None:
    dated = Article("001", "Kim et Poutine se sont vus le 13 septembre 2023.")
    undated = Article("004", "Kim Jong-un est arrivé ce mardi en train en Russie. Il était "
                      "parti dimanche après-midi.")
    found = references([dated, undated])
    assert found == {"001": "2023-09-13", "004": "2023-09-12"}


def test_an_article_without_any_date_takes_the_storys() -> None:
    dated = Article("001", "Kim et Poutine se sont vus le 13 septembre 2023.")
    silent = Article("003", "Vladimir Poutine et Kim Jong-Un se sont rencontrés.")
    assert references([dated, silent])["003"] == "2023-09-13"


def test_a_date_announced_for_the_future_is_not_a_reference() -> None:
    vote = Article("a", "Le vote aura lieu le 20 septembre 2023.")
    bill = Article("b", "Le projet a été présenté le 12 septembre 2023.")
    readings = {"a": reading(vote, "future"), "b": reading(bill, "past")}
    found = infer_references([vote, bill], readings)
    assert found["a"].date == found["b"].date == "2023-09-12"


def test_without_any_date_relative_expressions_stay_unresolved() -> None:
    article = Article("a", "Le ministre a démissionné mardi.")
    found = infer_references([article], {"a": reading(article)})["a"]
    assert found.date is None
    assert "pas résolues" in found.source


def test_the_most_stated_day_anchors_the_story() -> None:
    articles = [Article("a", "le 2 juillet 2008, puis le 2 juillet 2008 encore"),
                Article("b", "le 23 février 2002, jour de l'enlèvement"),
                Article("c", "Elle a été libérée mercredi.")]
    assert references(articles)["c"] == "2008-07-02"


# --- the verb's tense, read from spaCy's parse --------------------------------------------

TENSES = [
    ("Le ministre a démissionné mardi.", {"mardi": "past"}),
    ("Le président se rendra lundi à Paris.", {"lundi": "future"}),
    ("Kim doit rencontrer Poutine jeudi.", {"jeudi": "future"}),
    ("Un forum économique se termine mercredi.", {"mercredi": "present"}),
    ("Le match est prévu samedi à Lyon.", {"samedi": "future"}),
    ("Le dossier devra être déposé avant le 2 septembre.", {"2 septembre": "future"}),
    ("Faisant rapport sur la réunion jeudi, l'agence a déclaré que Kim viendrait.",
     {"jeudi": "past"}),
]


def read_one(text: str) -> ArticleDates:
    (analysis,) = analyse([clean_article(Article("a", text))])
    return read_article(analysis)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "tenses"), TENSES)
def test_the_tense_of_the_verb_that_governs_a_date(text: str, tenses: dict[str, str]) -> None:
    assert {f.mention.text: f.tense for f in read_one(text).found} == tenses


@pytest.mark.slow
def test_aujourdhui_with_a_present_verb_means_nowadays_not_a_day() -> None:
    found = read_one("La Russie est aujourd'hui isolée. Aujourd'hui, la Bourse a chuté.").found
    assert [f.mention.text for f in found] == ["Aujourd'hui"]


# --- the sample story ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_analyses(sample_dir: Path) -> list[Analysis]:
    articles = [clean_article(a) for a in read_sources([sample_dir]).articles]
    return analyse(articles)


@pytest.fixture(scope="module")
def sample_timeline(sample_analyses: list[Analysis]) -> Timeline:
    from recoupe.embeddings import MultilingualEncoder

    return build_timeline(sample_analyses, MultilingualEncoder())


def short(article_id: str) -> str:
    return article_id[:3]


def events_on(timeline: Timeline, date: str) -> list[TimelineEvent]:
    return [e for e in timeline.events if e.date == date]


def cited(event: TimelineEvent) -> set[str]:
    return {short(c.article) for c in event.citations}


@pytest.mark.slow
def test_sample_reference_dates_are_inferred_from_the_story(sample_timeline: Timeline) -> None:
    days = {short(k): r.date for k, r in sample_timeline.references.items()}
    assert days["000"] == "2023-09-14"  # "Faisant rapport sur la réunion jeudi"
    assert days["001"] == "2023-09-14"  # 13 September in captions, "a rapporté jeudi"
    assert days["002"] is not None and "2023-09-13" <= days["002"] <= "2023-09-19"
    assert days["003"] == "2023-09-13"  # nothing in the text: the story's date
    assert days["004"] == "2023-09-12"  # "est arrivé ce mardi"
    assert all(r.source for r in sample_timeline.references.values())


@pytest.mark.slow
def test_sample_departure_is_sunday_afternoon(sample_timeline: Timeline) -> None:
    (departure,) = events_on(sample_timeline, "2023-09-10")
    assert "dimanche après-midi" in departure.text
    assert cited(departure) == {"004"}


@pytest.mark.slow
def test_sample_arrival_in_russia_is_tuesday(sample_timeline: Timeline) -> None:
    arrivals = [e for e in events_on(sample_timeline, "2023-09-12") if "arrivé" in e.text]
    assert arrivals and "ce mardi" in arrivals[0].text


@pytest.mark.slow
def test_sample_summit_is_wednesday_and_cited_by_every_article_reporting_it(
        sample_timeline: Timeline) -> None:
    summit = events_on(sample_timeline, "2023-09-13")[0]
    assert cited(summit) == {"000", "001", "002"}
    assert not any("forum" in c.text for c in summit.citations)


@pytest.mark.slow
def test_sample_agency_report_is_thursday(sample_timeline: Timeline) -> None:
    report = events_on(sample_timeline, "2023-09-14")[0]
    assert cited(report) == {"000", "001"}
    assert all("jeudi" in c.text for c in report.citations)


@pytest.mark.slow
@pytest.mark.parametrize(("date", "words", "articles"), [
    ("2019", "Vladivostok", {"001", "003", "004"}),
    ("2000", "premier chef d'Etat russe", {"001"}),
    ("1950", "1950-1953", {"000", "001", "002"}),
    ("2023-07", "Choïgou", {"001"}),
])
def test_sample_history_is_context_with_year_or_month_precision(
        sample_timeline: Timeline, date: str, words: str, articles: set[str]) -> None:
    (event,) = events_on(sample_timeline, date)
    assert event.context and words in event.text
    assert cited(event) == articles


@pytest.mark.slow
def test_sample_events_are_ordered_cited_exactly_and_once_per_article(
        sample_timeline: Timeline, sample_analyses: list[Analysis]) -> None:
    texts = {a.article.id: a.article.text for a in sample_analyses}
    dates = [e.date for e in sample_timeline.events]
    assert dates == sorted(dates)
    for event in sample_timeline.events:
        assert all(texts[c.article][c.start:c.end] == c.text for c in event.citations)
        assert len({c.article for c in event.citations}) == len(event.citations)
    story = [e for e in sample_timeline.events if not e.context]
    assert all(e.date.startswith("2023-09-1") for e in story)


@pytest.mark.slow
def test_without_an_encoder_the_timeline_still_dates_every_event(
        sample_analyses: list[Analysis]) -> None:
    timeline = build_timeline(sample_analyses)
    assert {"2023-09-10", "2023-09-12", "2023-09-13", "2023-09-14"} <= {
        e.date for e in timeline.events}


# --- rendering ----------------------------------------------------------------------------

EVENTS = [
    TimelineEvent("2019", "rencontrés à Vladivostok en 2019 *déjà*",
                  [Citation("a", 0, 10, "Vladivostok")], context=True),
    TimelineEvent("2023-09-13", "La réunion de mercredi a eu lieu",
                  [Citation("a", 20, 30, "La réunion"), Citation("b", 5, 9, "jour")]),
]


def test_dates_read_in_french() -> None:
    assert date_label("2023-09-13") == "mercredi 13 septembre 2023"
    assert date_label("2023-07") == "juillet 2023"
    assert date_label("2019") == "2019"


def test_markdown_lists_the_story_then_the_context() -> None:
    lines = timeline_markdown(EVENTS, {"a": "000", "b": "001"})
    text = "\n".join(lines)
    assert lines[0] == "## Chronologie"
    assert text.index("mercredi 13 septembre 2023") < text.index("### Contexte")
    assert "[000][001]" in text and "\\*déjà\\*" in text
    assert timeline_markdown([], {}) == []


def test_html_partial_links_each_marker_to_its_passage() -> None:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                                     autoescape=True, undefined=jinja2.StrictUndefined)
    html = environment.get_template("timeline.html.j2").render(
        timeline=EVENTS, labels={"a": "000", "b": "001"},
        cite_id=lambda c: f"c-{c.article}-{c.start}")
    assert "<h2>Chronologie</h2>" in html and 'href="#c-b-5"' in html
    assert html.index("2023-09-13") < html.index("Contexte")


# --- the evaluation's counting ------------------------------------------------------------

def test_expressions_are_matched_by_overlap_and_scored_by_value() -> None:
    gold = GoldArticle("a", "2008-10-18", ("2008-10-17", "2008-10-21"), (
        GoldExpression(0, 14, "2008-10-17", False),   # "Vendredi matin": found, right
        GoldExpression(20, 33, "2008-10-15", False),  # "mercredi soir": found, wrong day
        GoldExpression(40, 44, None, False),          # "hier": the text cannot tell
        GoldExpression(50, 54, "2008", True),         # "2008": missed
    ), ignore=((60, 70),))
    predicted = [Predicted(0, 8, "Vendredi", "2008-10-17", False),
                 Predicted(20, 28, "mercredi", "2008-10-22", False),
                 Predicted(40, 44, "hier", "2008-10-17", False),
                 Predicted(62, 66, "2007", "2007", True),    # in a caption: ignored
                 Predicted(80, 84, "2009", "2009", False)]   # spurious
    tally = Tally()
    tally_article(tally, gold, predicted)
    assert (tally.span_tp, tally.span_fp, tally.span_fn) == (3, 1, 1)
    assert (tally.date_tp, tally.date_fp, tally.date_fn) == (1, 2, 2)
    assert tally.scores()["expression_accuracy"] == 0.5  # 1 right of the 2 found with a value
