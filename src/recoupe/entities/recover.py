"""Names the model found in one article and missed in another.

fr_core_news_md misses "Leif-Eric Easley" at the head of a sentence in one outlet and
finds it in another, tags "l'AFLD" once in three. A full name (two words or more) or an
acronym is specific enough to look for verbatim, token for token, in every article of the
story: spaCy's `PhraseMatcher` does it in one pass per Doc.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from recoupe.entities.mentions import Mention, mention_of
from recoupe.entities.unionfind import Cluster

if TYPE_CHECKING:
    from recoupe.nlp import Analysis

def _specific(mention: Mention) -> bool:
    """A full name ('Leif-Eric Easley', 'Conseil de sécurité'), a compound ('dalaï-lama')
    or an acronym ('AFLD'): not a word that could be something else."""
    text = mention.citation.text
    acronym = text.isalpha() and text.isupper() and 2 <= len(text) <= 7
    compound = "-" in text and all(part.isalpha() for part in text.split("-"))
    return len(mention.name_words) >= 2 or compound or (acronym and mention.label != "PER")


def _patterns(doc: Any, mention: Mention) -> list[Any]:
    """The name token for token; a compound also with spaces ('dalaï-lama', 'dalaï lama'),
    which spell one name for `name_key` and for the press."""
    from spacy.tokens import Doc

    span = doc.char_span(mention.citation.start, mention.citation.end)
    if span is None:
        return []
    found = [Doc(doc.vocab, words=[t.text for t in span],
                 spaces=[bool(t.whitespace_) for t in span])]
    if "-" in mention.citation.text:
        found.append(Doc(doc.vocab, words=mention.citation.text.replace("-", " ").split()))
    return found


def _matcher(analyses: Sequence[Analysis], clusters: list[Cluster]) -> Any:
    from spacy.matcher import PhraseMatcher

    docs = {a.article.id: a.doc for a in analyses}
    matcher = PhraseMatcher(analyses[0].doc.vocab)
    for number, cluster in enumerate(clusters):
        seen: dict[str, list[Any]] = {}
        for mention in cluster:
            if _specific(mention) and mention.citation.text not in seen:
                seen[mention.citation.text] = _patterns(docs[mention.article], mention)
        patterns = [p for found in seen.values() for p in found]
        if patterns:
            matcher.add(str(number), patterns)
    return matcher


def recover_missed(analyses: Sequence[Analysis], clusters: list[Cluster]) -> int:
    """Add to each cluster the verbatim occurrences of its full names that no entity covers."""
    if not analyses or not clusters:
        return 0
    from spacy.tokens import Span

    matcher = _matcher(analyses, clusters)
    added = 0
    for rank, analysis in enumerate(analyses):
        doc = analysis.doc
        covered = {t.i for ent in doc.ents for t in ent}
        for match_id, start, end in sorted(matcher(doc), key=lambda m: m[1] - m[2]):
            if covered.intersection(range(start, end)):
                continue
            cluster = clusters[int(doc.vocab.strings[match_id])]
            label = Counter(m.label for m in cluster if _specific(m)).most_common(1)[0][0]
            mention = mention_of(analysis.article, Span(doc, start, end, label=label), rank)
            if mention is not None:
                cluster.append(mention)
                covered.update(range(start, end))
                added += 1
    return added
