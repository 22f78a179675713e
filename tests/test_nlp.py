"""Sentences: exact offsets, quotations kept whole, paragraphs never crossed."""

from recoupe.clean import clean_article
from recoupe.nlp import analyse, masked_text
from recoupe.nlp.model import load_pipeline
from recoupe.records import Article


def sentences_of(text: str) -> list[str]:
    [analysis] = analyse([clean_article(Article(id="t", text=text))])
    for s in analysis.sentences:
        assert text[s.start:s.end] == s.text
    return [s.text for s in analysis.sentences]


def test_a_quotation_of_several_sentences_stays_in_one_sentence() -> None:
    text = ("Poutine a déclaré : « Il existe certaines restrictions, la Russie les respecte "
            "toutes. Il y a des choses dont on peut parler, on discute. » Il a ensuite quitté "
            "la salle.")
    assert sentences_of(text) == [
        "Poutine a déclaré : « Il existe certaines restrictions, la Russie les respecte "
        "toutes. Il y a des choses dont on peut parler, on discute. »",
        "Il a ensuite quitté la salle."]


def test_an_inverted_attribution_stays_with_its_quotation() -> None:
    text = ("« Pour la Russie, c’est simplement que la fin justifie les moyens », a déclaré "
            "James Nixey, directeur du programme Russie et Eurasie à Chatham House.")
    assert sentences_of(text) == [text]


def test_a_line_break_ends_a_sentence_even_without_a_full_stop() -> None:
    text = ("Un accord d'armement signé?\n\nLes experts estiment que ce voyage pourrait porter "
            "sur un accord d'armement.")
    assert sentences_of(text) == ["Un accord d'armement signé?",
                                  "Les experts estiment que ce voyage pourrait porter sur un "
                                  "accord d'armement."]


def test_names_are_not_cut_into_sentences() -> None:
    text = ("Kim Jong Un promet à Poutine le plein soutien de la Corée du Nord. Kim et Poutine "
            "se sont rencontrés avec leurs délégations, puis en tête-à-tête, a déclaré le "
            "porte-parole du Kremlin, Dmitri Peskov.")
    assert len(sentences_of(text)) == 2


def test_removed_spans_are_blanked_to_the_same_length_for_spacy() -> None:
    article = clean_article(Article(id="t", text="in\n\nLe sommet a eu lieu.\n\n16:18"))
    masked = masked_text(article)
    assert len(masked) == len(article.text)
    assert masked.split() == ["Le", "sommet", "a", "eu", "lieu."]


def test_the_model_works_without_its_stored_strings() -> None:
    """The vocabulary's strings are not loaded (start-up time): vectors, tags, dependency
    and entity labels must still all be there, and unseen words still get their vector."""
    doc = load_pipeline()("Kim Jong Un a rencontré Vladimir Poutine au cosmodrome mercredi.")
    assert all(t.has_vector for t in doc if t.is_alpha)
    assert {"PROPN", "VERB"} <= {t.pos_ for t in doc}
    assert doc[4].dep_ and doc[4].morph.get("Tense") == ["Past"]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Kim Jong Un", "PER"),
                                                          ("Vladimir Poutine", "PER")]


def test_an_opening_mark_after_an_elided_word_is_a_token_of_its_own() -> None:
    """Scraped copy glues the mark to the elision ("d'«une suite»", "afin d'\"empêcher"):
    the mark must not be read as part of a word, nor "d’" split in two."""
    tokenize = load_pipeline().tokenizer
    assert [t.text for t in tokenize("les clés d'«une suite»")] == [
        "les", "clés", "d'", "«", "une", "suite", "»"]
    assert [t.text for t in tokenize("afin d'\"empêcher toute")] == [
        "afin", "d'", '"', "empêcher", "toute"]
    assert [t.text for t in tokenize("Qu’« il y a")] == ["Qu’", "«", "il", "y", "a"]
    assert [t.text for t in tokenize("aujourd'hui d'une")] == ["aujourd'hui", "d'", "une"]
