"""Who said what, one outlet's version against another's: the same statement merged
across outlets (and the pieces one outlet reports it in), one quote record per statement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from quoting import analysed
from recoupe.embeddings import Matrix
from recoupe.quotes import QuoteMention, extract_quotes
from recoupe.quotes.merge import compatible_speakers, group_mentions


def mention(article: str, start: int, text: str, speaker: str, entity: str | None = None,
            sentence: int = 0) -> QuoteMention:
    return QuoteMention(article, start, start + len(text), "indirect", speaker, entity, None,
                        sentence, sentence, text)


class FixedEncoder:
    """Vectors given by hand: each text's vector is looked up by its first word."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def encode(self, texts: Sequence[str]) -> Matrix:
        rows = [np.asarray(self.vectors[t.split()[0]], dtype=np.float32) for t in texts]
        return np.stack([r / np.linalg.norm(r) for r in rows])


def test_a_capital_speaks_for_its_country() -> None:
    assert compatible_speakers(mention("a", 0, "x", "Washington", "washington"),
                               mention("b", 0, "x", "États-Unis", "etats-unis"))
    assert not compatible_speakers(mention("a", 0, "x", "Washington", "washington"),
                                   mention("b", 0, "x", "Chine", "chine"))


def test_one_statement_groups_every_outlet_version_and_a_lede_that_sums_it_up() -> None:
    encoder = FixedEncoder({"raclait": [1, 0, 0], "gratte": [0.95, 0.3, 0],
                            "Moscou": [0.9, 0.1, 0.4], "Un": [0, 0, 1]})
    mentions = [mention("a", 0, "raclait le fond du baril", "O'Brien", "obrien"),
                mention("a", 100, "Un accord violerait les sanctions", "O'Brien", "obrien"),
                mention("b", 0, "Moscou en est réduite à mendier", "O'Brien", "obrien"),
                mention("b", 100, "gratte le fond du baril", "O'Brien", "obrien")]
    groups = group_mentions(mentions, encoder)
    assert [0, 2, 3] in groups  # both articles' versions and b's summary
    assert [1] in groups  # another statement of the same speaker stays apart


def test_different_speakers_merge_only_on_nearly_the_same_words() -> None:
    encoder = FixedEncoder({"avoir": [1, 0], "confié": [0.8, 0.6]})
    same = [mention("a", 0, "avoir confié l'enfant à une amie", "la mère"),
            mention("b", 0, "avoir confié l'enfant à une amie", "Jacques Dallest", "dallest")]
    close = [same[0], mention("b", 0, "confié son fils à une voisine", "Jacques Dallest",
                              "dallest")]
    assert group_mentions(same, encoder) == [[0, 1]]
    assert group_mentions(close, encoder) == [[0], [1]]


def test_the_halves_of_an_interrupted_quotation_join_the_statement_other_outlets_report() -> None:
    encoder = FixedEncoder({"Nous": [1, 0, 0], "Ils": [0, 1, 0], "Nous2": [0, 0, 1]})

    def half(article: str, start: int, text: str) -> QuoteMention:
        return replace(mention(article, start, text, "Ingrid Betancourt", "betancourt"),
                       cue="incise")

    reported = [half("a", 0, "Nous étions levés depuis cinq heures du matin"),
                half("a", 60, "Ils nous ont attachés"),
                mention("b", 0, "Nous étions levés depuis cinq heures du matin",
                        "Ingrid Betancourt", "betancourt")]
    alone = [half("a", 0, "Nous étions levés depuis cinq heures du matin"),
             half("a", 60, "Ils nous ont attachés")]
    assert group_mentions(reported, encoder) == [[0, 1, 2]]
    assert group_mentions(alone, encoder) == [[0], [1]]  # one outlet's statement: no group


def test_a_short_version_inside_a_long_quotation_is_the_same_statement() -> None:
    far_apart = FixedEncoder({"Il": [1, 0], "cela": [0, 1]})  # meaning gives no evidence
    mentions = [mention("a", 0, "Il est possible que le Tour d'Italie soit l'unique course "
                        "de trois semaines que je disputerai", "Lance Armstrong", "armstrong"),
                mention("b", 0, "cela pourrait être sa seule course de trois semaines",
                        "Lance Armstrong", "armstrong")]
    assert group_mentions(mentions, far_apart) == [[0, 1]]


def test_five_words_printed_alike_make_one_statement_but_an_idiom_does_not() -> None:
    far_apart = FixedEncoder({"la": [1, 0], "le": [0, 1], "un": [1, 0], "le2": [0, 1]})
    alike = [mention("a", 0, "la rencontre de samedi en Pologne avait mis à mal les "
                     "fondements des relations sino-françaises, selon la télévision CCTV",
                     "He Yafei", "he-yafei"),
             mention("b", 0, "le geste du chef de l'État français à Gdansk avait « mis à mal "
                     "les fondements des relations sino-françaises et sino-européennes »",
                     "He Yafei", "he-yafei")]
    idiom = [mention("a", 0, "un comité viendrait voir si on peut donner la mort à un "
                     "malade", "Jean Leonetti", "leonetti"),
             mention("b", 0, "le fait de donner la mort à un tiers constitue un homicide",
                     "Jean Leonetti", "leonetti")]
    assert group_mentions(alike, far_apart) == [[0, 1]]
    assert group_mentions(idiom, far_apart) == [[0], [1]]


def test_the_words_one_outlet_quotes_found_in_another_version_make_one_statement() -> None:
    far_apart = FixedEncoder({"le": [1, 0], "la": [0, 1], "sa": [0, 1]})
    quoted = [mention("a", 0, "le plein soutien de la Corée du Nord au « juste combat » de "
                      "la Russie", "Kim Jong Un", "kim-jong-un"),
              mention("b", 0, "la campagne russe en Ukraine comme un « combat juste contre "
                      "les forces hégémoniques »", "Kim Jong Un", "kim-jong-un")]
    one_word = [mention("a", 0, "le soutien total de Pyongyang et sa « détermination »",
                        "Kim Jong Un", "kim-jong-un"),
                mention("b", 0, "sa détermination à moderniser son armée", "Kim Jong Un",
                        "kim-jong-un")]
    assert group_mentions(quoted, far_apart) == [[0, 1]]
    assert group_mentions(one_word, far_apart) == [[0], [1]]  # one word is no evidence


def test_the_same_amount_in_versions_loosely_close_in_meaning_is_one_statement() -> None:
    loosely_close = FixedEncoder({"Elle": [1, 0], "La": [0.45, 0.89], "Un": [0.45, 0.89]})
    same_sum = [mention("a", 0, "Elle devait encore lui verser 200 euros supplémentaires à la "
                        "fin du mois d'août", "Jacques Dallest", "dallest"),
                mention("b", 0, "La nourrice avait reçu 500 euros au départ, auxquels devait "
                        "s'ajouter un montant de 200 euros quand la mère reviendrait",
                        "Jacques Dallest", "dallest")]
    same_year = [mention("a", 0, "Elle devait lui verser une somme à son retour en 2008",
                         "Jacques Dallest", "dallest"),
                 mention("b", 0, "Un appel de la voisine en 2008 a alerté la police",
                         "Jacques Dallest", "dallest")]
    assert group_mentions(same_sum, loosely_close) == [[0, 1]]
    assert group_mentions(same_year, loosely_close) == [[0], [1]]  # every statement dates


def test_words_are_compared_without_the_marks_and_punctuation_around_them() -> None:
    far_apart = FixedEncoder({"Les": [1, 0], "les": [0, 1]})
    mentions = [mention("a", 0, "Les discussions devraient inclure des « sujets sensibles »",
                        "Dmitri Peskov", "peskov"),
                mention("b", 0, "les deux dirigeants allaient discuter de sujets \"sensibles\", "
                        "sans prêter attention aux mises en garde", "Dmitri Peskov", "peskov")]
    assert group_mentions(mentions, far_apart) == [[0, 1]]


def test_a_paraphrase_and_the_quotation_after_it_are_one_answer_when_on_one_subject() -> None:
    def quotation(article: str, text: str, sentence: int) -> QuoteMention:
        return replace(mention(article, 100 * sentence, text, "Vladimir Poutine", "poutine",
                               sentence), kind="direct", cue="incise")

    paraphrase = mention("a", 300, "la Russie aide Pyongyang à construire des satellites",
                         "Vladimir Poutine", "poutine", 3)
    aside = mention("a", 300, "Elle devait lui verser 200 euros", "Vladimir Poutine",
                    "poutine", 3)
    answer = [quotation("a", "C'est pourquoi nous sommes venus ici", 4),
              quotation("b", "C'est pourquoi nous sommes venus ici", 2)]
    encoder = FixedEncoder({"la": [1, 0, 0], "C'est": [0.5, 0.85, 0], "Elle": [0, 0, 1]})
    assert group_mentions([paraphrase, *answer], encoder) == [[0, 1, 2]]
    assert group_mentions([aside, *answer], encoder) == [[0], [1, 2]]


def test_statements_close_in_meaning_that_share_only_the_story_topic_stay_apart() -> None:
    def statement(article: str, text: str, speaker: str) -> QuoteMention:
        return mention(article, 0, text, speaker, speaker.lower())

    background = [statement("c", "Russie : le sommet est terminé", "Dmitri Peskov"),
                  statement("d", "Russie et Corée signent un accord", "Sergueï Lavrov")]
    topic_only = [statement("a", "la Russie respectait les sanctions", "Poutine"),
                  statement("b", "désormais la Russie soutiendrait la construction de "
                            "satellites", "Poutine")]
    one_more_word = [statement("a", "la Russie respectait les sanctions contre Pyongyang",
                               "Poutine"),
                     statement("b", "désormais la Russie soutiendrait Pyongyang dans la "
                               "construction de satellites", "Poutine")]
    close = FixedEncoder({"la": [1, 0, 0], "désormais": [0.7, 0.714, 0], "Russie": [0, 0, 1]})
    assert group_mentions([*topic_only, *background], close) == [[0], [1], [2], [3]]
    assert group_mentions([*one_more_word, *background], close) == [[0, 1], [2], [3]]


def test_a_quote_whose_article_gives_no_role_takes_the_one_the_story_gives() -> None:
    quotes = extract_quotes(analysed(
        "Kim Jong Un, dirigeant nord-coréen, a déclaré que la Russie menait un juste combat.",
        "Kim Jong Un a affirmé que les deux pays coopéreraient dans l'espace."))
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Kim Jong Un", "dirigeant nord-coréen"), ("Kim Jong Un", "dirigeant nord-coréen")]


def test_a_title_ending_with_a_name_is_that_speaker() -> None:
    assert compatible_speakers(
        mention("a", 0, "x", "la ministre française de l'Economie Christine Lagarde"),
        mention("b", 0, "x", "Christine Lagarde", "christine-lagarde"))


def test_a_quote_reported_by_several_outlets_gets_the_fullest_role() -> None:
    texts = ["Le procureur, Jean Martin, a déclaré que l'enfant avait été confié à une amie "
             "de la famille.",
             "Le procureur de la République de Marseille, Jean Martin, a déclaré que l'enfant "
             "avait été confié à une amie de la famille."]
    [quote] = extract_quotes(analysed(*texts))
    assert quote.speaker.role == "procureur de la République de Marseille"


def test_a_modal_verb_and_a_linking_adverb_are_no_shared_words() -> None:
    encoder = FixedEncoder({"la": [1, 0], "en": [0.5, 0.87]})  # cosine 0.5: meaning differs
    mentions = [
        mention("a", 0, "la Corée du Nord pourrait également demander à la Russie de "
                "construire un satellite espion", "Yang Uk", "yang-uk"),
        mention("b", 0, "en plus des armements soviétiques, la Corée du Nord pourrait "
                "également partager ses derniers équipements militaires", "Yang Uk", "yang-uk")]
    assert group_mentions(mentions, encoder) == [[0], [1]]
