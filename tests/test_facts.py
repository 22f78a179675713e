"""Facts with numbers compared across articles: grouping, statuses, order, rendering.

The sample story is the specification: the meeting lasted "plus de quatre heures" (000)
and "près de cinq heures" (002), the official talks "environ deux heures" (001, another
scope, shown beside); North Korea failed "à plusieurs reprises" (000) or "à deux reprises"
(001) to launch its satellite; "18 mois" and "plus d'un an et demi" agree.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from recoupe.clean import clean_article
from recoupe.embeddings import MultilingualEncoder
from recoupe.evaluation.facts import GoldGroup, score_story
from recoupe.facts import find_facts
from recoupe.facts.align import status_of
from recoupe.facts.context import Mention
from recoupe.facts.lexicon import DURATIONS
from recoupe.facts.quantities import extract_quantities
from recoupe.facts.render import facts_markdown, wordings
from recoupe.ingest import read_sources
from recoupe.nlp import Sentence, analyse
from recoupe.records import Article, Citation, Fact, FactValue

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "vostochny-2023"
A0, A1, A2, A4 = ("000_ea2f5f0b08b1e1b6", "001_0d6d510811dfc260", "002_5a8893db02065184",
                  "004_b02d70e7c6891147")


@pytest.fixture(scope="module")
def sample_facts() -> list[Fact]:
    articles = [clean_article(a) for a in read_sources([SAMPLE]).articles]
    return find_facts(analyse(articles), MultilingualEncoder())


def _holding(facts: list[Fact], article: str, text: str) -> Fact:
    found = [f for f in facts for v in f.values
             if v.citation.article == article and v.text == text]
    assert found, f"no fact holds {text!r} of {article}"
    return found[0]


def _texts(fact: Fact) -> set[tuple[str, str]]:
    return {(v.citation.article, v.text) for v in fact.values}


@pytest.mark.slow
def test_the_meeting_durations_are_compared_and_the_official_talks_stand_beside(
        sample_facts: list[Fact]) -> None:
    meeting = _holding(sample_facts, A0, "plus de quatre heures")
    assert _texts(meeting) == {(A0, "plus de quatre heures"), (A2, "près de cinq heures")}
    assert meeting.status == "agree"
    talks = _holding(sample_facts, A1, "environ deux heures")
    assert talks is not meeting and talks.status == "single"
    assert sample_facts.index(talks) == sample_facts.index(meeting) + 1
    assert "officielles" in talks.topic


@pytest.mark.slow
def test_satellite_failures_several_times_versus_twice_are_less_precise(
        sample_facts: list[Fact]) -> None:
    failures = _holding(sample_facts, A1, "à deux reprises")
    assert _texts(failures) == {(A0, "à plusieurs reprises"), (A1, "à deux reprises")}
    assert failures.status == "less_precise"
    assert all(v.citation.article != A4 for v in failures.values)  # Kim's support, not this


@pytest.mark.slow
def test_eighteen_months_and_more_than_a_year_and_a_half_agree(
        sample_facts: list[Fact]) -> None:
    war = _holding(sample_facts, A1, "plus d'un an et demi")
    assert _texts(war) >= {(A0, "18 mois"), (A2, "18 mois"), (A1, "plus d'un an et demi")}
    assert war.status == "agree"


@pytest.mark.slow
def test_nothing_absurd_is_reported_on_the_sample(sample_facts: list[Fact]) -> None:
    compared = [f for f in sample_facts if f.status != "single"]
    assert len(compared) <= 6
    durations = {unit.name for unit in DURATIONS.values()}
    kinds = [{"duration" if v.unit in durations else v.unit for v in f.values} for f in compared]
    assert all(len(k) == 1 for k in kinds), kinds  # no hours beside shells or years
    articles = {a.id: a for a in read_sources([SAMPLE]).articles}
    for fact in sample_facts:
        for value in fact.values:
            c = value.citation
            assert articles[c.article].text[c.start:c.end] == c.text == value.text


def _analyses(*texts: str) -> list:  # type: ignore[type-arg]
    articles = [clean_article(Article(id=f"a{n}", text=t)) for n, t in enumerate(texts)]
    return analyse(articles)


@pytest.mark.slow
def test_two_outlets_giving_different_losses_are_in_conflict_and_come_first() -> None:
    facts = find_facts(_analyses(
        "La Caisse d'Epargne a annoncé vendredi une perte de 600 millions d'euros sur les "
        "marchés. Le trader, âgé de 33 ans, a été placé en garde à vue.",
        "La Caisse d'Epargne a subi une perte de 751 millions d'euros sur les marchés, selon "
        "la plainte. Le trader, âgé de 33 ans, a été mis en examen."))
    assert [f.status for f in facts] == ["conflict", "agree"]
    assert {v.text for v in facts[0].values} == {"600 millions d'euros", "751 millions d'euros"}
    assert {v.text for v in facts[1].values} == {"33 ans"}


@pytest.mark.slow
def test_amounts_listed_for_different_banks_are_not_one_fact() -> None:
    facts = find_facts(_analyses(
        "Le Crédit Agricole va recevoir 3 milliards d'euros, BNP Paribas 2,55 milliards "
        "d'euros et la Société Générale 1,7 milliard.",
        "Le Crédit Agricole recevra 3 milliards, BNP Paribas 2,55 milliards et la Société "
        "Générale 1,7 milliard, a précisé la ministre."))
    assert all(f.status == "agree" for f in facts)
    assert sorted(len({v.low for v in f.values}) for f in facts) == [1, 1, 1]


def _mention(article: str, text: str) -> Mention:
    [quantity] = extract_quantities(text)
    sentence = Sentence(article, 0, 0, 0, len(text), text, False, (), (), (), text)
    return Mention(article, quantity, sentence, frozenset(), frozenset(), frozenset(),
                   frozenset(), None,
                   frozenset(), text, False, None)


@pytest.mark.parametrize(("first", "second", "status"), [
    ("plus de quatre heures", "près de cinq heures", "agree"),
    ("à plusieurs reprises", "à deux reprises", "less_precise"),
    ("18 mois", "plus d'un an et demi", "agree"),
    ("quelque 15.000 personnes", "14.000 personnes", "conflict"),
    ("5 milliards d'euros", "4,9 milliards d'euros", "agree"),
    ("cinq ans", "cinq ans et quatre mois", "agree"),
    ("13 jours", "12 jours", "conflict"),
    ("de 1985 à 1988", "entre 1984 et 1986", "conflict"),
    ("au moins 10 morts", "25 morts", "less_precise"),
])
def test_a_group_status_follows_the_values_of_different_articles(first: str, second: str,
                                                                 status: str) -> None:
    assert status_of([_mention("a", first), _mention("b", second)]) == status


def test_values_of_one_article_only_are_a_single() -> None:
    assert status_of([_mention("a", "13 jours"), _mention("a", "12 jours")]) == "single"


def _value(article: str, start: int, text: str) -> FactValue:
    return FactValue(text, None, None, None, Citation(article, start, start + len(text), text))


def test_the_markdown_section_shows_each_outlet_once_with_its_marker() -> None:
    fact = Fact("fact1", "montant de la perte", "conflict", [
        _value("a", 10, "600 millions d'euros"), _value("a", 90, "600 millions d'euros"),
        _value("b", 5, "751 millions d'euros"), _value("b", 70, "695 *millions*")])
    lines = facts_markdown([fact], {"a": "000", "b": "001"})
    assert lines[0] == "## Convergences et divergences"
    assert lines[2].startswith("1. **Divergence** — montant de la perte")
    assert lines[3] == "   - [000] « 600 millions d'euros »"
    assert lines[4] == "   - [001] « 751 millions d'euros », « 695 \\*millions\\* »"
    assert [w.texts for w in wordings(fact)] == [("600 millions d'euros",),
                                                ("751 millions d'euros", "695 *millions*")]
    assert facts_markdown([], {}) == []


def test_the_html_partial_links_every_wording_to_its_passage() -> None:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("recoupe", "render/templates"),
                                     autoescape=True, undefined=jinja2.StrictUndefined)
    fact = Fact("fact1", "durée <de la réunion>", "agree", [
        _value("a", 3, "plus de quatre heures"), _value("b", 8, "près de cinq heures")])
    html = environment.get_template("facts.html.j2").render(
        facts=[fact], labels={"a": "000", "b": "002"},
        cite_id=lambda c: f"c{c.article}{c.start}")
    assert "Convergences et divergences" in html and "Concordance" in html
    assert 'href="#ca3"' in html and "[002]</a> « près de cinq heures »" in html
    assert "durée &lt;de la réunion&gt;" in html


def test_a_predicted_group_counts_when_it_covers_half_of_a_gold_group() -> None:
    gold = [GoldGroup("s", "perte", "conflict", (("a", 0, 5), ("b", 0, 5), ("c", 0, 5)),
                      (None, None, None))]
    found = Fact("f", "perte", "agree", [_value("a", 0, "600 M"), _value("b", 1, "600 M")])
    stray = Fact("g", "autre", "agree", [_value("a", 50, "3 ans"), _value("c", 50, "3 ans")])
    counts = score_story(gold, [found, stray])
    assert (counts.gold, counts.predicted, counts.matched, counts.status_right) == (1, 2, 1, 0)
    assert counts.links_gold == 3 and counts.links_right == 1


@pytest.mark.slow
def test_facts_fit_the_brief_contract(sample_facts: list[Fact], validate) -> None:  # type: ignore[no-untyped-def]
    from recoupe.records import Brief, StoryInfo

    articles = [clean_article(a) for a in read_sources([SAMPLE]).articles]
    brief = Brief(StoryInfo("Vostochny", "fr"), articles, "recoupe test", facts=sample_facts)
    document = brief.to_dict()
    validate(document)
    assert Brief.from_dict(document).facts == sample_facts
