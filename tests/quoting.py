"""What the quote tests share: short French articles, cleaned and analysed as recoupe reads
them (one article per text, ids a0, a1, …)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from recoupe.clean import clean_article
from recoupe.nlp import Analysis, analyse
from recoupe.quotes import QuoteMention, all_mentions
from recoupe.quotes.content import verb_pieces
from recoupe.records import Article


def analysed(*texts: str) -> list[Analysis]:
    return analyse([clean_article(Article(id=f"a{i}", text=t)) for i, t in enumerate(texts)])


def mentions_of(*texts: str) -> list[QuoteMention]:
    """Every attributed statement of the story the texts make."""
    return all_mentions(analysed(*texts))


def speakers_of(*texts: str) -> list[str | None]:
    """Who speaks each attributed statement of the story, in reading order."""
    return [m.speaker for m in mentions_of(*texts)]


def parsed(text: str) -> Any:
    """The spaCy Doc of one article."""
    return analysed(text)[0].doc


def hand_parsed(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A parse written by hand, one (word, head, dependency, part of speech) per token:
    the parses the French model gives at times, which a sentence cannot be relied on to
    reproduce."""
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)


def piece_texts(doc: Doc, verb: int, lemma: str) -> list[str]:
    """The words of each content piece the speech verb at `verb` has."""
    return [doc[p.first:p.last + 1].text for p in verb_pieces(doc[verb], lemma)]
