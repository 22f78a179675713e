"""Cleaning marks debris with a reason and never edits the text."""

from recoupe.clean import clean_article
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
