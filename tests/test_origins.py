"""Independent origins: wire copy found by credits, shared sentences, translation, quotes."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from recoupe.evaluation.origins import Variant, load_gold
from recoupe.origins.copies import SharedPassage, is_copy, narrative_run
from recoupe.origins.evidence import (
    ArticleSignals,
    Credit,
    PairEvidence,
    SharedQuote,
    article_signals,
    contributor_names,
)
from recoupe.origins.group import group_articles, name_origins
from recoupe.origins.nearduplicates import (
    CopyRule,
    LSHSettings,
    MinHasher,
    PassageIndex,
    ShingleHasher,
    copy_clusters,
    passage,
    split_passages,
)
from recoupe.origins.render import origins_markdown, with_markers
from recoupe.origins.translation import Alignment, TranslationRule, align
from recoupe.records import Article, Origin

ROOT = Path(__file__).resolve().parent.parent

# From the sample: 004 (BFMTV, "A.G avec AFP") and a reprint that edits two words.
DISPATCH = ("Le dirigeant nord-coréen Kim Jong-un est arrivé ce mardi en train en Russie, où il "
            "doit rencontrer le président Vladimir Poutine, a annoncé mardi l'agence de presse "
            "KCNA.")
REPRINT = ("Le dirigeant nord-coréen Kim Jong-un est arrivé mardi en train en Russie, où il doit "
           "rencontrer le président Vladimir Poutine, a annoncé l'agence de presse KCNA.")
OTHER = ("Washington craint que Moscou s'approvisionne en armes pour ses opérations militaires "
         "en Ukraine auprès de la Corée du Nord.")
QUOTED = ("« Il existe certaines restrictions, la Russie les respecte toutes », a déclaré "
          "Vladimir Poutine.")


def test_signatures_are_datasketch_minhashes() -> None:
    settings = LSHSettings()
    shingles = ShingleHasher(3).hashes(REPRINT.lower().split())
    reference = MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=int)
    reference.update_batch(shingles.tolist())
    assert (MinHasher(settings).signatures([shingles])[0] == reference.hashvalues).all()


def test_banding_uses_datasketch_parameters() -> None:
    settings = LSHSettings()
    lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm,
                     weights=settings.weights)
    assert settings.bands() == (lsh.b, lsh.r) == (21, 3)


def test_an_edited_sentence_joins_its_original_and_an_unrelated_one_does_not() -> None:
    index = PassageIndex()
    index.add([passage(0, DISPATCH, 0, len(DISPATCH)), passage(1, REPRINT, 0, len(REPRINT)),
               passage(2, OTHER, 0, len(OTHER))])
    labels = index.clusters()
    assert labels[0] == labels[1] != labels[2]


def test_clusters_contain_every_verified_datasketch_candidate() -> None:
    """Sorting band keys finds what MinHashLSH's tables find (above the verify bar)."""
    sentences = [DISPATCH, REPRINT, OTHER, QUOTED, OTHER.replace("Washington", "Séoul"),
                 QUOTED.replace("toutes", "presque toutes")]
    settings = LSHSettings()
    index = PassageIndex(settings)
    index.add([passage(i, s, 0, len(s)) for i, s in enumerate(sentences)])
    signatures, labels = index.signatures(), index.clusters()
    lsh = MinHashLSH(num_perm=settings.num_perm, params=settings.bands())
    hashes = [MinHash(num_perm=settings.num_perm, seed=settings.seed, hashvalues=row,
                      scheme="affine32") for row in signatures]
    for i, minhash in enumerate(hashes):
        lsh.insert(i, minhash)
    for i, minhash in enumerate(hashes):
        for j in lsh.query(minhash):
            if (signatures[i] == signatures[j]).mean() >= settings.verify:
                assert labels[i] == labels[j]


def test_plain_text_is_cut_into_sentences_with_their_quoted_words() -> None:
    text = f"{DISPATCH} {QUOTED}\n\n{OTHER}"
    found = split_passages(0, text)
    assert [text[p.start:p.end] for p in found] == [DISPATCH, QUOTED, OTHER]
    assert found[1].narrative == 4  # "a déclaré Vladimir Poutine"


def test_a_shared_quotation_is_not_a_run_of_copy() -> None:
    mine = passage(0, QUOTED, 0, len(QUOTED))
    theirs_text = QUOTED.replace("a déclaré", "a souligné")
    theirs = passage(1, theirs_text, 0, len(theirs_text))
    assert narrative_run(mine, theirs) == 2  # "vladimir poutine", the quote never matches
    assert narrative_run(passage(0, DISPATCH, 0, len(DISPATCH)),
                         passage(1, REPRINT, 0, len(REPRINT))) == 15  # "mardi en train … a annoncé"


def _shared(run: int, narrative: int = 20, similarity: float = 0.9) -> SharedPassage:
    words = ("mot " * narrative).strip()
    item = passage(0, words, 0, len(words))
    return SharedPassage(item, item, run, similarity)


def test_copy_is_one_long_run_or_two_edited_sentences() -> None:
    assert is_copy([_shared(15)])
    assert not is_copy([_shared(14)])
    assert is_copy([_shared(9), _shared(10)])
    assert not is_copy([_shared(9), _shared(10, narrative=3)])  # a quotation and its verb
    assert not is_copy([_shared(9), _shared(10, similarity=0.2)])


def test_the_two_ap_contributor_lines_of_the_sample_name_emma_burrows() -> None:
    line_000 = ("Emma Burrows à Londres, Edith M. Lederer aux Nations Unies et Jim Heintz à "
                "Tallinn y ont contribué.")
    line_002 = ("Les rédactrices d’Associated Press Danica Kirka et Emma Burrows à Londres et "
                "Kim Tong-hyung et Kim Hyung-jin à Séoul ont contribué.")
    assert contributor_names(line_000) == ["Emma Burrows", "Edith M. Lederer", "Jim Heintz"]
    assert contributor_names(line_002) == ["Danica Kirka", "Emma Burrows", "Kim Tong-hyung",
                                           "Kim Hyung-jin"]


def test_a_credit_line_credits_and_a_quote_to_the_agency_does_not() -> None:
    text = ("Cheong Seong-chang a quant à lui dit à l'AFP que le conflit serait prolongé.\n\n"
            "A.G avec AFP")
    credits = article_signals(Article("004", text)).credits
    assert [(c.agency, c.strong) for c in credits] == [("AFP", False), ("AFP", True)]
    quoting_only = article_signals(Article("x", text.split("\n\n")[0]))
    assert quoting_only.agencies() == []


def test_translation_is_most_sentences_matched_in_order() -> None:
    left = np.eye(4, dtype=np.float32)
    right = np.eye(4, dtype=np.float32)[[0, 1, 3, 2]]
    alignment = align(0, 1, left, right, TranslationRule())
    assert (alignment.matched, alignment.in_order) == (4, 3)
    assert not alignment.is_translation(TranslationRule())  # 3 of 4 in order < 0.8
    assert align(0, 1, left, left, TranslationRule()).is_translation(TranslationRule())


def _signals(article_id: str, *agencies: str) -> ArticleSignals:
    return ArticleSignals(Article(article_id, ""), [Credit(a, None) for a in agencies], [])


def test_agencies_group_articles_and_unknown_ones_stand_alone() -> None:
    signals = [_signals("a", "AFP"), _signals("b"), _signals("c", "AFP"), _signals("d")]
    origins = name_origins(signals, [], [], group_articles(signals, []))
    assert [(o.name, o.articles) for o in origins] == [
        ("AFP", ["a", "c"]), ("origine inconnue : b", ["b"]), ("origine inconnue : d", ["d"])]
    assert origins[1].evidence == ["aucune preuve d'origine commune avec un autre article"]


def test_shared_copy_never_merges_two_agencies() -> None:
    signals = [_signals("a", "AFP"), _signals("b", "Reuters"), _signals("c")]
    copy = [_shared(30)]
    pairs = [PairEvidence(0, 1, copies=copy), PairEvidence(1, 2, copies=copy)]
    grouping = group_articles(signals, pairs)
    assert grouping.groups() == [[0], [1, 2]]
    assert [(c[1], c[2]) for c in grouping.conflicts] == [("AFP", "Reuters")]


def test_quotes_link_only_in_numbers_and_from_two_speakers() -> None:
    one_speaker = [SharedQuote("James Nixey", True)] * 3
    assert not PairEvidence(0, 1, quotes=one_speaker).links()
    assert PairEvidence(0, 1, quotes=[*one_speaker[:2], SharedQuote("John Park", False)]).links()
    assert PairEvidence(0, 1, contributors=["Emma Burrows"]).links()
    assert PairEvidence(0, 1, translation=Alignment(0, 1, 6, 6, 7)).links()


def test_copy_clusters_join_reprints_at_article_level() -> None:
    texts = [f"{DISPATCH}\n{OTHER}", f"Titre refait\n{REPRINT}", QUOTED]
    index = PassageIndex(keep=False)
    for i, text in enumerate(texts):
        index.add(split_passages(i, text))
    labels = copy_clusters(index, len(texts), CopyRule())
    assert labels[0] == labels[1] != labels[2]


def test_markdown_table_shows_markers_and_evidence() -> None:
    origins = [Origin("AFP", ["004_b02d", "001_0d6d"], ["004_b02d : crédit AFP — ligne de "
                                                        "crédit « A.G avec AFP »"])]
    lines = origins_markdown(origins, {"004_b02d": "004", "001_0d6d": "001"})
    assert lines[0] == "## Origines"
    assert "| AFP | \\[004\\]\\[001\\] | \\[004\\] : crédit AFP" in lines[-2]
    assert with_markers("a et ab", {"a": "1", "ab": "2"}) == "[1] et [2]"
    assert origins_markdown([], {}) == []


def test_gold_variants_are_built_from_lines_and_checked_edits() -> None:
    original = Article("T/1", "Ligne un.\nLigne deux, avec un mot.\nLigne trois.")
    variant = Variant("T/1~v", "T/1", "Nouveau titre", (1, 0), (("un mot", "deux mots"),))
    assert variant.build(original).text == ("Nouveau titre\n\nLigne deux, avec deux mots.\n\n"
                                            "Ligne un.")
    with pytest.raises(ValueError):
        Variant("T/1~w", "T/1", "Titre", (2,), (("absent", "x"),)).build(original)


def test_gold_groups_do_not_overlap() -> None:
    for story in load_gold(ROOT / "tests" / "gold"):
        for left, right in itertools.combinations(story.groups, 2):
            assert not left & right, story.name


@pytest.mark.slow
def test_sample_story_has_three_origins_with_their_evidence(sample_dir: Path) -> None:
    from recoupe.clean import clean_article
    from recoupe.ingest import read_sources
    from recoupe.nlp import analyse
    from recoupe.origins import find_origins
    from recoupe.quotes import extract_quotes

    analyses = analyse([clean_article(a) for a in read_sources([sample_dir]).articles])
    origins = find_origins(analyses, None, extract_quotes(analyses))
    assert [(o.name, [a[:3] for a in o.articles]) for o in origins] == [
        ("AP", ["000", "002"]), ("AFP", ["001", "004"]),
        ("origine inconnue : 003_8298768d8e847e79", ["003"])]
    ap, afp, alone = (" ".join(o.evidence) for o in origins)
    assert "contributeur commun : Emma Burrows" in ap
    assert "« A.G avec AFP »" in afp and "style maison « ( POOL / Vladimir SMIRNOV ) »" in afp
    assert "pas un crédit « à l'AFP »" in afp
    assert alone == "aucune preuve d'origine commune avec un autre article"


def test_support_counts_articles_and_distinct_origins() -> None:
    from recoupe.origins import recount_quotes, support_of
    from recoupe.records import Citation, Quote, Speaker, Support

    origin_of = {"000": "AP", "002": "AP", "004": "AFP"}
    assert support_of(["000", "002", "004", "002"], origin_of) == Support(3, 2)
    quote = Quote("q1", "direct", "…", Speaker("James Nixey"),
                  [Citation("000", 0, 1, "«"), Citation("002", 0, 1, "«")], Support(2, 2))
    assert recount_quotes([quote], origin_of)[0].support == Support(2, 1)


def test_benchmark_runs_small_and_finds_the_variants() -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "bench_nearduplicates", ROOT / "bench" / "bench_nearduplicates.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    result = bench.main(["--articles", "300", "--workers", "1", "--json"])
    assert result["articles"] == 300
    assert result["pair_precision"] >= 0.99 and result["pair_recall"] >= 0.95
    assert result["articles_per_second"] > 0 and result["peak_memory_mb_main"] > 0
