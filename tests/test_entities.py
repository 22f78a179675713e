"""Entities across outlets: one person, one entry, whatever the spelling — never two in one."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from recoupe.clean import clean_article
from recoupe.entities import EntityIndex, resolve_entities
from recoupe.entities.render import entities_markdown, linked_mentions
from recoupe.entities.resolve import same_person
from recoupe.entities.shortforms import initials
from recoupe.evaluation.entities import GoldMention, GoldStory, score_story
from recoupe.ingest import read_sources
from recoupe.nlp import Analysis, analyse
from recoupe.nlp.model import load_pipeline
from recoupe.records import Article, Citation, Entity, Span

TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "recoupe" / "render" / "templates"


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_pipeline()(text).ents]


def story(*texts: str, outlets: tuple[str, ...] = ()) -> list[Analysis]:
    articles = [Article(id=f"{n:03d}", text=text, outlet=outlets[n] if outlets else None)
                for n, text in enumerate(texts)]
    return analyse([clean_article(a) for a in articles])


def entity_named(index: EntityIndex, name: str) -> Entity:
    entity_id = index.entity_named(name)
    assert entity_id is not None, f"no entity for {name!r}"
    return index.entity(entity_id)


# --- the spaCy components ----------------------------------------------------------------


def test_kim_jong_un_is_one_name_not_kim_jong_and_an_article() -> None:
    found = ents("Kim Jong Un promet à Poutine le plein soutien de la Corée du Nord.")
    assert ("Kim Jong Un", "PER") in found


def test_agencies_are_organisations() -> None:
    found = ents("Selon l'agence Yonhap et la KCNA, citée par Ria Novosti, Tass et AP, "
                 "Cheong Seong-chang a dit à l'AFP que rien n'était décidé.")
    for agency in ("Yonhap", "KCNA", "Ria Novosti", "Tass", "AP", "AFP"):
        assert (agency, "ORG") in found


def test_washington_is_a_place_and_the_kremlin_an_organisation() -> None:
    found = ents("Washington a accusé la Corée du Nord, selon le porte-parole du Kremlin.")
    assert ("Washington", "LOC") in found
    assert ("Kremlin", "ORG") in found


def test_a_surname_tagged_as_a_place_is_the_person_the_article_names_in_full() -> None:
    found = ents("« C'est un avantage immédiat », a déclaré John Park, directeur du projet "
                 "Corée. « Les sanctions ne s'appliquent plus », a observé Park.\n\n"
                 "Park a noté que la frontière commune pourrait faciliter les échanges.")
    assert found.count(("Park", "PER")) == 2


def test_a_given_name_read_as_misc_completes_into_the_full_name() -> None:
    found = ents("Kim Jong Un arrive. Une relation qui remonte au grand-père de Kim, "
                 "le fondateur nord-coréen Kim Il Sung.")
    assert ("Kim Il Sung", "PER") in found


def test_a_given_name_beside_a_person_is_a_person() -> None:
    found = ents("L'ex-otage a retrouvé à Paris ses enfants, Lorenzo et Mélanie, venus la voir.")
    assert ("Mélanie", "PER") in found and ("Lorenzo", "PER") in found


def test_photo_credits_are_not_people_of_the_story() -> None:
    found = ents("Le président russe accueille son hôte ( POOL / Vladimir SMIRNOV )\n\n"
                 "/Photo prise le 17 octobre 2008/REUTERS/Jean-Paul Pélissier\n")
    assert not [name for name, label in found if "SMIRNOV" in name or "Pélissier" in name]


def test_two_names_joined_by_a_hyphen_are_split() -> None:
    found = ents("Vladimir Poutine reçoit Kim Jong-un. Poutine a parlé. Pour Andreï Lankov, "
                 "un sommet Poutine-Kim fait partie d'un chantage.")
    assert ("Poutine-Kim", "PER") not in found


# --- resolution across outlets -------------------------------------------------------------

KOREAN_STORY = (
    "Le président russe Vladimir Poutine a reçu Kim Jong Un au cosmodrome de Vostochny. "
    "Le secrétaire général de l’ONU, Antonio Guterres, a réagi. « Ce sommet change tout », "
    "a estimé Kim Jong-dae, ex-député sud-coréen. Kim a promis son soutien à M. Poutine.",

    "Kim Jong-un s'est rendu à Vostotchny. M. Poutine a accepté de visiter la RPDC "
    "(République populaire démocratique de Corée, NDLR). En 2000, la Corée du Nord était "
    "dirigée par Kim Jong Il. Le ministre russe de la Défense Sergueï Choïgou était présent.",

    "Kim Jong-Un a rencontré Vladimir Poutine, selon le porte-parole du Kremlin, Dmitri Peskov. "
    "« La Russie gratte le fond du baril », a déclaré James O’Brien, chef du Bureau de "
    "coordination des sanctions. « La fin justifie les moyens », a déclaré James Nixey, "
    "directeur du programme Russie et Eurasie à Chatham House. Selon Nixey, rien n'est joué. "
    "Kim était accompagné de Pak Thae Song. « C'est immédiat », a déclaré John Park, "
    "directeur du projet Corée. Sergueï Shoigu, ministre de la Défense, l'accompagnait.",
)


@pytest.fixture(scope="module")
def korean() -> EntityIndex:
    return resolve_entities(story(*KOREAN_STORY, outlets=("AFP", "BFMTV", "AP")))


def test_spelling_variants_of_one_person_are_one_entry(korean: EntityIndex) -> None:
    kim = entity_named(korean, "Kim Jong Un")
    assert {"Kim Jong-un", "Kim Jong-Un", "Kim"} <= set(kim.aliases)
    assert entity_named(korean, "Kim Jong-un").id == kim.id


def test_namesakes_stay_apart(korean: EntityIndex) -> None:
    ids = {entity_named(korean, name).id for name in
           ("Kim Jong Un", "Kim Jong-dae", "Kim Jong Il", "Pak Thae Song", "John Park")}
    assert len(ids) == 5
    assert entity_named(korean, "James Nixey").id != entity_named(korean, "James O’Brien").id


def test_a_bare_surname_joins_the_full_name(korean: EntityIndex) -> None:
    assert "Nixey" in entity_named(korean, "James Nixey").aliases
    poutine = entity_named(korean, "Vladimir Poutine")
    assert entity_named(korean, "M. Poutine").id == poutine.id
    # "Kim" alone in the first article is Kim Jong Un, not Kim Jong-dae named there once
    first = korean.spans["000"]
    bare_kim = [entity for start, end, entity in first
                if KOREAN_STORY[0][start:end] == "Kim"]
    assert bare_kim == [entity_named(korean, "Kim Jong Un").id]


def test_transliterations_and_official_names_meet(korean: EntityIndex) -> None:
    assert entity_named(korean, "Vostochny").id == entity_named(korean, "Vostotchny").id
    assert entity_named(korean, "Sergueï Choïgou").id == entity_named(korean, "Sergueï Shoigu").id
    north = entity_named(korean, "Corée du Nord")
    assert entity_named(korean, "RPDC").id == north.id
    assert entity_named(korean, "République populaire démocratique de Corée").id == north.id


def test_titles_bound_by_the_story_find_their_person(korean: EntityIndex) -> None:
    peskov = entity_named(korean, "Dmitri Peskov")
    assert "porte-parole du Kremlin" in peskov.roles
    assert korean.entity_named("le porte-parole du Kremlin") == peskov.id
    nixey = entity_named(korean, "James Nixey")
    assert nixey.roles == ["directeur du programme Russie et Eurasie à Chatham House"]


def test_mentions_are_exact_citations_and_counted_per_outlet(korean: EntityIndex) -> None:
    for entity in korean.entities:
        for mention in entity.mentions:
            n = int(mention.article)
            assert KOREAN_STORY[n][mention.start:mention.end] == mention.text
    poutine = entity_named(korean, "Vladimir Poutine")
    assert korean.outlet_counts[poutine.id] == {"AFP": 2, "BFMTV": 1, "AP": 1}
    assert korean.entity_at("002", 30, 36) == poutine.id  # "Vladimir Poutine" in 002


def test_two_outlets_naming_an_affiliation_differently_are_flagged() -> None:
    index = resolve_entities(story(
        "Le Nord pourrait vouloir lancer un satellite, a déclaré Yang Uk, expert militaire à "
        "l’Institut asiatique d’études politiques de Corée du Sud.",
        "Yang Uk, expert en sécurité à l’Institut Asan d’études politiques de Corée du Sud, "
        "a noté que la Corée du Nord pourrait partager ses équipements."))
    yang = entity_named(index, "Yang Uk")
    assert len(yang.roles) == 2
    [difference] = index.role_differences
    assert difference.entity == yang.id
    assert {difference.first.citation.article, difference.second.citation.article} == {
        "000", "001"}


def test_a_courtesy_title_tells_whose_surname_it_is() -> None:
    index = resolve_entities(story(
        "Carla Bruni-Sarkozy et Bernard Kouchner ont rencontré le dalaï-lama. Le président "
        "Nicolas Sarkozy ne l'a pas reçu. « Mme Sarkozy n'a rien à faire ici », a dit "
        "Robert Ménard. M. Sarkozy doit se rendre à Pékin."))
    carla, nicolas = entity_named(index, "Carla Bruni-Sarkozy"), entity_named(index,
                                                                            "Nicolas Sarkozy")
    assert carla.id != nicolas.id
    assert [m.text for m in carla.mentions] == ["Carla Bruni-Sarkozy", "Sarkozy"]
    assert len(nicolas.mentions) == 2


def test_an_acronym_joins_the_long_form_the_article_defines() -> None:
    index = resolve_entities(story(
        "L'Association des petits porteurs actifs (APPAC) a porté plainte. Les Forces armées "
        "révolutionnaires de Colombie ont réagi.",
        "Selon l'APPAC, la plainte vise la banque. Les FARC ont nié."))
    assert entity_named(index, "APPAC").id == entity_named(
        index, "Association des petits porteurs actifs").id
    assert entity_named(index, "FARC").id == entity_named(
        index, "Forces armées révolutionnaires de Colombie").id


def test_a_capitalised_particle_is_a_given_name_and_a_location_is_no_acronym() -> None:
    index = resolve_entities(story(
        "Le maire de Londres, Boris Johnson, a reçu le drapeau. Johnson a promis des Jeux "
        "propres, à l’image de ceux que Ben Johnson n'a pas connus en 1988.",
        "Une étude de l'Université de Pittsburgh (USA) le confirme, selon les Etats-Unis."))
    assert entity_named(index, "Ben Johnson").id != entity_named(index, "Boris Johnson").id
    assert entity_named(index, "USA").id != entity_named(index, "Université de Pittsburgh").id


def test_a_withheld_surname_joins_the_one_full_name_that_fits() -> None:
    index = resolve_entities(story(
        "Le trader, Boris P., a été placé en garde à vue. Boris P. avait intégré la banque "
        "en 2001.",
        "Boris Picano-Nacci, 33 ans, a été mis en examen. Son avocate, Me Cécile Bernaille, "
        "a parlé. Me Bernaille a ajouté que Boris Picano-Nacci avait fait son travail."))
    boris = entity_named(index, "Boris Picano-Nacci")
    assert "Boris P." in boris.aliases and len(boris.mentions) >= 3
    assert "Bernaille" in entity_named(index, "Cécile Bernaille").aliases


def test_a_title_is_not_a_name_but_the_state_acting_is() -> None:
    found = ents("Le ministre russe de la Défense Sergueï Choïgou a parlé au chef de l'Etat. "
                 "L'Etat injecte 10,5 milliards d'euros, selon le secrétaire général de RSF.")
    assert ("Défense", "LOC") not in found and ("RSF", "ORG") in found
    assert sum(1 for name, _ in found if name == "Etat") == 1


# --- pure functions ------------------------------------------------------------------------


def test_initials_skip_articles_and_prepositions() -> None:
    assert initials(["Comité", "consultatif", "national", "d'éthique"]) == "CCNE"
    assert initials(["Agence", "française", "de", "lutte", "contre", "le", "dopage"]) == "AFLD"


def test_same_person_accepts_shorter_forms_and_refuses_namesakes() -> None:
    assert same_person(["Siemon", "T.", "Wezeman"], ["Siemon", "Wezeman"])
    assert same_person(["Carla", "Bruni"], ["Carla", "Bruni-Sarkozy"])
    assert not same_person(["James", "Nixey"], ["James", "O’Brien"])
    assert not same_person(["Robert", "A.", "Day"], ["Robert", "A.", "Day", "Foundation"])
    assert not same_person(["Kim", "Jong", "Un"], ["Kim", "Jong-dae"])


# --- rendering and evaluation --------------------------------------------------------------


def small_index() -> EntityIndex:
    text = "James Nixey, directeur à Chatham House, a parlé. Nixey <b>insiste</b>."
    mentions = [Citation("000", 0, 11, "James Nixey"), Citation("000", 49, 54, "Nixey")]
    entity = Entity("james-nixey", "James Nixey", "PER", ["Nixey"],
                    ["directeur à Chatham House"], mentions)
    place = Entity("chatham-house", "Chatham <House>", "ORG", [],
                   [], [Citation("000", 25, 38, text[25:38])])
    return EntityIndex(entities=[entity, place], spans={"000": [(0, 11, "james-nixey"),
                                                                (49, 54, "james-nixey")]})


def test_the_acteurs_section_lists_people_with_roles_then_organisations() -> None:
    lines = entities_markdown(small_index().entities, {"000": "000"})
    assert lines[:4] == ["## Acteurs", "", "### Personnes", ""]
    assert "- **James Nixey** (Nixey) [000]×2 — 2 mentions" in lines
    assert "  - directeur à Chatham House" in lines  # no role citations in this index
    assert "- **Chatham \\<House\\>** [000] — 1 mention" in lines


def test_the_html_partial_links_each_name_to_its_mentions_and_escapes() -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    ids: dict[tuple[str, int], str] = {}

    def cite_id(citation: Citation) -> str:
        return ids.setdefault((citation.article, citation.start), f"c{len(ids)}")

    entities = small_index().entities
    page = env.get_template("entities.html.j2").render(
        entities=entities, cite_id=cite_id, labels={"000": "000"})
    assert 'href="#c0"' in page and "Chatham &lt;House&gt;" in page
    assert "<li>directeur à Chatham House</li>" in page
    linked = {cite_id(c) for e in entities for c in linked_mentions(e)}
    assert linked == set(ids.values())  # the page links to exactly these mentions


def test_merge_scores_count_pairs_of_gold_mentions() -> None:
    text = "Kim Jong Un et Kim Jong-dae. Kim parle."
    article = Article(id="a", text=text, body=[Span(0, len(text))])
    gold = GoldStory("s", "x", (
        GoldMention("a", 0, 11, "kju", "Kim Jong Un", None),
        GoldMention("a", 15, 27, "dae", "Kim Jong-dae", None),
        GoldMention("a", 29, 32, "kju", "Kim", None)), (("kju", "dae"),))
    index = EntityIndex(spans={"a": [(0, 11, "e1"), (15, 27, "e1"), (29, 32, "e1")]})
    tally, details = score_story(gold, [article], index)
    assert (tally.true_pairs, tally.predicted_pairs, tally.correct_pairs) == (1, 3, 1)
    assert tally.kept_apart == 0 and any("MUST-NOT-LINK" in d for d in details)


@pytest.mark.slow
def test_the_sample_story_keeps_its_two_kim_jong_apart(sample_dir: Path) -> None:
    articles = [clean_article(a) for a in read_sources([sample_dir]).articles]
    index = resolve_entities(analyse(articles))
    kim = entity_named(index, "Kim Jong Un")
    assert {"Kim Jong-Un", "Kim Jong-un"} <= set(kim.aliases)
    assert entity_named(index, "Kim Jong-dae").id != kim.id
    assert entity_named(index, "Vostotchny").id == entity_named(index, "Vostochny").id
    assert [d.entity for d in index.role_differences] == [entity_named(index, "Yang Uk").id]
    text = {a.id: a.text for a in articles}
    assert all(text[c.article][c.start:c.end] == c.text
               for e in index.entities for c in e.mentions)
