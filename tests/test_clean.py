"""Cleaning marks debris with a reason and never edits the text."""

import pytest

from recoupe.clean import clean_article, credit_evidence
from recoupe.ingest import read_sources
from recoupe.records import Article


def removed(text: str) -> dict[str, list[str]]:
    article = clean_article(Article(id="t", text=text))
    found: dict[str, list[str]] = {}
    for r in article.removed:
        found.setdefault(r.reason, []).append(text[r.start:r.end])
    return found


def kept(text: str) -> list[str]:
    article = clean_article(Article(id="t", text=text))
    return [text[s.start:s.end] for s in article.body]


BODY = ("Le président russe Vladimir Poutine a accepté de se rendre en Corée du Nord sur "
        "invitation de son dirigeant Kim Jong Un.")


def test_a_date_prefix_is_metadata_not_text() -> None:
    text = f" date 2023-09 {BODY}"
    article = clean_article(Article(id="t", text=text))
    assert article.published == "2023-09"
    assert removed(text) == {"metadata": ["date 2023-09 "]}
    assert kept(text) == [BODY]


def test_a_stray_lowercase_word_on_the_first_line_is_a_fragment() -> None:
    assert removed(f"in\n\n{BODY}")["fragment"] == ["in"]


def test_a_headline_repeated_in_the_body_is_removed_and_its_live_tail_too() -> None:
    headline = ("Kim Jong Un promet à Poutine le plein soutien de la Corée du Nord au « juste "
                "combat » de la Russie.")
    other = "Washington a accusé la Corée du Nord de fournir des armes à la Russie."
    teaser = f"{headline} Suivez les dernières"
    text = f"{teaser}\n\n{BODY}\n\n{teaser}\n\n{other}"
    article = clean_article(Article(id="t", text=text))
    found = removed(text)
    assert found["teaser_tail"] == [" Suivez les dernières"]
    assert found["repeated_headline"] == [f"{headline} Suivez les dernières"]
    assert article.title == headline


def test_photo_captions_with_agency_credits_are_removed() -> None:
    captions = [
        "Le président russe Vladimir Poutine (d) et le dirigeant nord-coréen Kim Jong Un (g) "
        "lors d'une rencontre au cosmodrome de Vostochny, le 13 septembre 2023 en Russie "
        "( POOL / Vladimir SMIRNOV )",
        "Photo de l'agence KCNA prise le 13 septembre 2023 du président russe Vladimir Poutine "
        "(D) qui salue le dirigeant nord-coréen Kim Jong Un (G) ( KCNA VIA KNS / STR )",
    ]
    text = "\n\n".join([BODY, *captions, BODY])
    assert removed(text)["caption"] == captions


def test_a_video_widget_title_twice_and_its_duration_are_removed() -> None:
    widget = "Corée du Nord : faut-il avoir peur des récents tirs effectués par le régime ?"
    text = f"{BODY}\n\n{widget}\n{widget}\n16:18\n\n{BODY}"
    assert removed(text)["video_widget"] == [widget, widget, "16:18"]


def test_related_links_contributors_and_end_bylines_are_removed() -> None:
    contributors = ("Emma Burrows à Londres, Edith M. Lederer aux Nations Unies et Jim Heintz à "
                    "Tallinn y ont contribué.")
    text = f"{BODY}\n\nA Lire Dans l’Actualité\n\n{BODY}\n\n{contributors}\n\nA.G avec AFP"
    found = removed(text)
    assert found["related_links"] == ["A Lire Dans l’Actualité"]
    assert found["contributors"] == [contributors]
    assert found["byline"] == ["A.G avec AFP"]


def test_outlet_line_section_tag_and_title_at_the_top() -> None:
    title = ("Rencontre avec Vladimir Poutine, accord d'armement... Que vient faire Kim Jong-un "
             "en Russie?")
    text = f"BFMTV\nCorée du Nord\n\n{title}\n\n{BODY}"
    article = clean_article(Article(id="t", text=text))
    assert article.outlet == "BFMTV"
    assert removed(text) == {"outlet": ["BFMTV"], "section_tag": ["Corée du Nord"]}
    assert article.title == title
    assert [text[h.start:h.end] for h in article.headings] == [title]


def test_intertitles_are_kept_as_headings() -> None:
    other = "Washington a accusé la Corée du Nord de fournir des armes à la Russie."
    last = "Les responsables russes et nord-coréens nient ces affirmations."
    text = f"{BODY}\n\n- Démonstration militaire -\n\n{other}\n\nUne pression sur Séoul?\n\n{last}"
    article = clean_article(Article(id="t", text=text))
    assert not article.removed
    assert [text[h.start:h.end] for h in article.headings] == [
        "- Démonstration militaire -", "Une pression sur Séoul?"]


def test_explicit_metadata_is_not_overwritten_by_what_the_text_suggests() -> None:
    article = clean_article(Article(id="t", text=f" date 2023-09 {BODY}", published="2023-09-14"))
    assert article.published == "2023-09-14"


def test_clean_prose_is_kept_whole(sample_dir) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [BODY, "Washington a accusé la Corée du Nord de fournir des armes à la Russie.",
                  "« La Russie profite de la déstabilisation du système international », a "
                  "déclaré Nixey."]
    text = "\n\n".join(paragraphs)
    assert kept(text) == paragraphs and removed(text) == {}


def test_a_paragraph_scraped_twice_is_a_duplicate() -> None:
    other = "Washington a accusé la Corée du Nord de fournir des armes à la Russie."
    paragraphs = [f"{BODY} {n}." for n in range(5)]
    text = "\n\n".join([*paragraphs, other, paragraphs[4]])
    assert removed(text) == {"duplicate": [paragraphs[4]]}


# --- page furniture that HTML extraction lets through ------------------------------------

OTHER = "Washington a accusé la Corée du Nord de fournir des armes à la Russie."


def test_cookie_newsletter_share_ad_and_paywall_lines_are_removed_with_their_reason() -> None:
    furniture = {
        "cookie": "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de "
                  "cookies à des fins de mesure d'audience.",
        "newsletter": "Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre "
                      "newsletter gratuite.",
        "share": "Partager cet article : Facebook | Twitter | E-mail | Imprimer",
        "ad": "Publicité",
        "paywall": "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.",
        "comments": "Vous devez être connecté pour réagir à cet article.",
        "related_links": "À lire aussi : Fin de vie, le témoignage d'une infirmière toulousaine",
    }
    text = "\n".join([BODY, *furniture.values(), OTHER])
    found = removed(text)
    assert {reason: texts[0] for reason, texts in found.items()} == furniture
    assert kept(text) == [BODY, OTHER]


def test_an_article_about_cookies_is_not_a_cookie_banner() -> None:
    text = (f"{BODY}\nLa CNIL a infligé une amende de 150 millions d'euros à Google pour ses "
            "cookies publicitaires déposés sans consentement.\n" + OTHER)
    assert removed(text) == {}


def test_byline_date_line_and_rubric_above_the_title_are_metadata() -> None:
    title = "Le rapport Léonetti dit non à la légalisation de l'euthanasie"
    text = f"Santé\n{title}\nPar Sophie Marty\nPublié le 3 décembre 2008 à 07h45\n{BODY}"
    article = clean_article(Article(id="t", text=text))
    assert removed(text) == {"section_tag": ["Santé"], "byline": ["Par Sophie Marty"],
                             "metadata": ["Publié le 3 décembre 2008 à 07h45"]}
    assert (article.title, article.byline, article.published) == (
        title, "Sophie Marty", "2008-12-03")


def test_a_wire_dateline_is_cut_off_the_first_sentence_and_credits_the_agency() -> None:
    first = "Les Caisses d'épargne veulent revenir à leur métier historique, la banque de détail."
    text = f"PARIS (Reuters) - {first}\n{OTHER}"
    article = clean_article(Article(id="t", text=text))
    assert removed(text) == {"dateline": ["PARIS (Reuters) - "]}
    assert kept(text) == [first, OTHER]
    assert article.credits == ["Reuters"]


# --- hard cases from RPM2 (paraphrased): content that looks like debris ------------------

def test_the_end_of_a_sentence_broken_over_two_lines_is_kept() -> None:
    text = ("L'objectif affiché du dispositif est effectivement de relancer\n"
            "l'économie réelle.\n" + OTHER)
    assert removed(text) == {}


def test_a_short_sentence_that_repeats_an_intertitle_is_kept() -> None:
    statement = ["J'en accepte néanmoins l'entière responsabilité.",
                 "Je ne demande aucune indemnité.",
                 "Au moment de mon départ, j'assure tous les collaborateurs de ma reconnaissance."]
    text = "\n".join([BODY, "«Je ne demande aucune indemnité»", OTHER, *statement])
    article = clean_article(Article(id="t", text=text))
    assert removed(text) == {}
    assert "«Je ne demande aucune indemnité»" in [text[h.start:h.end] for h in article.headings]


def test_an_intertitle_without_letters_and_a_lone_rubric_are_told_apart() -> None:
    text = "CYCLISME –\n" + BODY + "\n9’’69!\n" + OTHER + "\n|"
    article = clean_article(Article(id="t", text=text))
    assert removed(text) == {"section_tag": ["CYCLISME –"], "fragment": ["|"]}
    assert article.outlet is None
    assert "9’’69!" in [text[h.start:h.end] for h in article.headings]


def test_a_caption_and_its_lone_photo_credit() -> None:
    text = "\n".join(["Nicolas Sarkozy et le dalai lama, le 6 décembre à Gdansk.", BODY,
                      "(Maxppp)", OTHER, "Photo AFP.", BODY + " Encore."])
    assert removed(text)["caption"] == [
        "Nicolas Sarkozy et le dalai lama, le 6 décembre à Gdansk.", "(Maxppp)", "Photo AFP."]


# --- agency credits and their evidence -----------------------------------------------------

def test_a_quote_given_to_an_agency_is_not_a_credit() -> None:
    text = (f"{BODY}\nCheong Seong-chang a quant à lui dit à l'AFP que la guerre durerait.\n"
            f"{OTHER}")
    article = clean_article(Article(id="t", text=text))
    assert article.credits == []
    at = text.index("à l'AFP")
    assert credit_evidence(article) == [
        f"AFP: interlocuteur cité (pas un crédit) « à l'AFP » [{at}:{at + 7}]"]


def test_a_fact_attributed_to_an_agency_and_an_end_credit_are_credits() -> None:
    text = (f"{BODY}\nEt, selon l’AFP, le directeur financier de la CNCE devrait démissionner."
            f"\n{OTHER}\n(avec AP)")
    assert clean_article(Article(id="t", text=text)).credits == ["AFP", "AP"]


def test_the_sample_story_metadata(sample_dir) -> None:  # type: ignore[no-untyped-def]
    articles = {a.id[:3]: clean_article(a) for a in read_sources([sample_dir]).articles}
    assert {k: a.credits for k, a in articles.items()} == {
        "000": ["AP"], "001": ["AFP"], "002": ["AP"], "003": [], "004": ["AFP"]}
    assert articles["004"].outlet == "BFMTV" and articles["004"].byline == "A.G"
    assert [articles[k].published for k in ("001", "002")] == ["2023-09", "2023-09"]
    # 001 never writes "AFP": its house style is the evidence
    assert credit_evidence(articles["001"]) == [
        "AFP: style maison « ( POOL / Vladimir SMIRNOV ) » [178:205]",
        "AFP: style maison « - Démonstration militaire - » [2141:2168]",
        "AFP: style maison « ( KCNA VIA KNS / STR ) » [2453:2475]"]
    assert "y ont contribué" in credit_evidence(articles["000"])[0]


@pytest.mark.slow
def test_the_sample_summary_cites_no_removed_span(sample_brief) -> None:  # type: ignore[no-untyped-def]
    for sentence in sample_brief.summary:
        for citation in sentence.citations:
            article = sample_brief.article(citation.article)
            assert not any(r.start < citation.end and citation.start < r.end
                           for r in article.removed), (citation.text, article.removed)
