"""Named mentions read off the spaCy Docs: an exact citation and the keys resolution compares.

A mention's citation is the name as the article prints it, without courtesy titles ("M.",
"Mme") or a common noun before a place ("le cosmodrome de Vostochny" names Vostochny).
Its key ignores spelling: accents, hyphens, transliteration and leading articles.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from recoupe.entities.gazetteer import (
    HONORIFICS,
    PARTICLES,
    PLACE_HEADS,
    ROLE_NOUNS,
    STATE_ALIASES,
)
from recoupe.nlp import names
from recoupe.records import Article, Citation

if TYPE_CHECKING:  # recoupe.nlp loads these components: no import of it at run time
    from recoupe.nlp import Analysis

# Resolution compares the same few hundred names over and over: key each string once.
name_key = functools.lru_cache(maxsize=1 << 16)(names.name_key)

_INSTITUTIONS = frozenset({"République", "Etat", "État", "Nation", "Gouvernement", "Conseil",
                           "Assemblée", "Sénat", "Parlement", "Commission"})
_ARTICLES = frozenset({"le", "la", "les", "the"})
_ELISION = re.compile(r"^[lLdD][’']")
_CANONICAL = {name_key(alias): name_key(name)
              for name, aliases in STATE_ALIASES.items() for alias in (name, *aliases)}


@dataclass(frozen=True, slots=True)
class Mention:
    """One name in one article, as spaCy found it (after `recoupe_entity_repair`)."""

    citation: Citation
    label: str  # PER, ORG, LOC, MISC
    words: tuple[str, ...]  # the name's words, articles dropped: ("Kim", "Jong-Un")
    key: str  # spelling-insensitive key of the whole name, official names mapped to one
    honorific: str | None  # "M.", "Mme" when the article used one
    article_rank: int  # order of the article in the story

    @property
    def article(self) -> str:
        return self.citation.article

    @property
    def name_words(self) -> tuple[str, ...]:
        """The words that identify a person: "de Villepin" -> ("Villepin",); a capitalised
        "Ben" or "Van" is a given name or part of the name ("Ben Johnson")."""
        return tuple(w for w in self.words if not (w.islower() and w in PARTICLES))


def canonical_key(text: str) -> str:
    """The key of a name, with a state's official names and acronyms mapped to its name."""
    key = name_key(text)
    return _CANONICAL.get(key, key)


def name_words(text: str) -> tuple[str, ...]:
    """Words of a name without leading articles: "la Chine" -> ("Chine",)."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    if words and _ELISION.match(words[0]) and len(words[0]) > 2:
        words[0] = words[0][2:]
    return tuple(words)


def story_mentions(analyses: Sequence[Analysis]) -> list[Mention]:
    mentions = []
    for rank, analysis in enumerate(analyses):
        for ent in analysis.doc.ents:
            mention = mention_of(analysis.article, ent, rank)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _name_tokens(ent: Any) -> tuple[list[Any], str | None]:
    tokens = list(ent)
    honorific = None
    while len(tokens) > 1 and tokens[0].text in HONORIFICS:
        honorific, tokens = tokens[0].text, tokens[1:]
    if (ent.label_ in ("LOC", "MISC") and len(tokens) > 2 and tokens[0].lower_ in PLACE_HEADS
            and tokens[1].lower_ in ("de", "d'", "d’", "du")):
        tokens = tokens[2:]
    official = name_key(" ".join(t.text for t in tokens)) in _CANONICAL  # "République française"
    if ent.label_ == "LOC" and not official:  # "Extrême-Orient russe" is the Extrême-Orient
        while len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].pos_ == "ADJ":
            tokens = tokens[:-1]
    return tokens, honorific


def _looks_like_a_name(words: tuple[str, ...]) -> bool:
    """'Premier ministre', 'Président de la République': titles the model tags as people."""
    capitalised = all(w[:1].isupper() or w.lower() in PARTICLES for w in words)
    title = words[0].lower() in ROLE_NOUNS and all(
        w.lower() in ROLE_NOUNS or w in _INSTITUTIONS or w.lower() in PARTICLES for w in words)
    return capitalised and not title


def mention_of(article: Article, ent: Any, rank: int) -> Mention | None:
    tokens, honorific = _name_tokens(ent)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = article.text[start:end]
    words = name_words(text)
    if not words or (ent.label_ == "PER" and not _looks_like_a_name(words)):
        return None
    return Mention(Citation.of(article, start, end), ent.label_, words,
                   canonical_key(" ".join(words)), honorific, rank)
