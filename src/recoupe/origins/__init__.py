"""Independent origins: which articles of a story come from the same wire copy.

    find_origins(analyses, encoder, quotes) -> [Origin]

When ten outlets run one AFP dispatch, a claim has one source, not ten. Articles are
grouped by the agency they credit, by copy they share (near-duplicate sentences found
with MinHash LSH, then checked word by word), by translation (multilingual embeddings,
sentences corresponding in order), by shared contributors and by shared quotations of
non-protagonists. Each origin carries its evidence as French sentences; an article with
none is its own origin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from recoupe.embeddings import Encoder
from recoupe.nlp import Analysis
from recoupe.origins.copies import shared_passages
from recoupe.origins.evidence import (
    ArticleSignals,
    PairEvidence,
    article_signals,
    shared_quotes,
)
from recoupe.origins.group import UNKNOWN, group_articles, name_origins
from recoupe.origins.translation import translations
from recoupe.records import Origin, Quote, Support


def pair_evidence(analyses: Sequence[Analysis], signals: Sequence[ArticleSignals],
                  encoder: Encoder | None, quotes: Sequence[Quote]) -> list[PairEvidence]:
    """Every pair of articles with something in common, in (a, b) order."""
    pairs: dict[tuple[int, int], PairEvidence] = {}

    def of(key: tuple[int, int]) -> PairEvidence:
        return pairs.setdefault(key, PairEvidence(*key))

    for key, shared in shared_passages(analyses).items():
        of(key).copies = shared
    for key, alignment in translations(analyses, encoder).items():
        of(key).translation = alignment
    for key, found in shared_quotes(quotes, [a.article for a in analyses]).items():
        of(key).quotes = found
    for i, left in enumerate(signals):
        for j in range(i + 1, len(signals)):
            common = [n for n in left.contributors if n in signals[j].contributors]
            if common:
                of((i, j)).contributors = common
    return [pairs[key] for key in sorted(pairs)]


def find_origins(analyses: Sequence[Analysis], encoder: Encoder | None = None,
                 quotes: Sequence[Quote] = ()) -> list[Origin]:
    """The story's articles grouped by origin, each origin with its evidence."""
    signals = [article_signals(a.article) for a in analyses]
    pairs = pair_evidence(analyses, signals, encoder, quotes)
    grouping = group_articles(signals, pairs)
    return name_origins(signals, pairs, analyses, grouping)


def origin_map(origins: Sequence[Origin]) -> dict[str, str]:
    """Article id -> origin name, for `Support(articles, origins)` counts."""
    return {article: origin.name for origin in origins for article in origin.articles}


def support_of(articles: Iterable[str], origin_of: Mapping[str, str]) -> Support:
    """How many articles, and how many independent origins, among these article ids."""
    distinct = set(articles)
    return Support(len(distinct), len({origin_of.get(a, a) for a in distinct}))


def recount_quotes(quotes: Sequence[Quote], origin_of: Mapping[str, str]) -> list[Quote]:
    """The quotes with `support` counted by origin (quotes come before origins: they are
    evidence of origin, and their support needs the origins)."""
    return [replace(q, support=support_of((m.article for m in q.mentions), origin_of))
            for q in quotes]


__all__ = ["UNKNOWN", "find_origins", "origin_map", "pair_evidence", "recount_quotes",
           "support_of"]
