"""Evidence that articles share an origin, each piece with a sentence a reader can check.

Per article: the agencies it credits (cleaning's credit evidence: a credit line, a wire
dateline, a contributor line or an agency's house style credit the copy; "selon l'AFP"
or "a dit à l'AFP" only attribute one statement, and are kept as weak notes).
Per pair of articles: shared copy (`copies`), translation (`translation`), shared
quotations of speakers who are not the story's protagonists, and shared contributors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from recoupe.clean.credits import CreditEvidence, canonical_agency, find_credit_evidence
from recoupe.nlp import Analysis
from recoupe.origins.copies import SharedPassage, is_copy
from recoupe.origins.translation import Alignment
from recoupe.records import Article, Quote

STRONG_KINDS = frozenset({"credit_line", "dateline", "contributors", "house_style"})
_KIND_WORDS = {
    "credit_line": "ligne de crédit", "dateline": "attaque de dépêche",
    "contributors": "ligne de contributeurs", "house_style": "style maison",
    "source_mention": "information attribuée, pas un crédit de l'article",
    "quote_source": "interlocuteur de l'agence, pas un crédit",
}
# Shared quotations link two articles only in numbers: public statements are everybody's.
QUOTES_TO_LINK = 3
SPEAKERS_TO_LINK = 2
_EXCERPT = 90


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency an article credits, and why (empty evidence: given by the source)."""

    agency: str
    evidence: CreditEvidence | None

    @property
    def strong(self) -> bool:
        return self.evidence is None or self.evidence.kind in STRONG_KINDS


@dataclass(slots=True)
class ArticleSignals:
    article: Article
    credits: list[Credit]
    contributors: list[str]

    def agencies(self) -> list[str]:
        """Agencies credited for the copy, in order of first evidence."""
        found: list[str] = []
        for credit in self.credits:
            if credit.strong and credit.agency not in found:
                found.append(credit.agency)
        return found


def article_credits(article: Article) -> list[Credit]:
    evidence = find_credit_evidence(article.text)
    credits = [Credit(e.agency, e) for e in evidence]
    found = {e.agency for e in evidence}
    credits += [Credit(canonical_agency(a), None) for a in article.credits
                if canonical_agency(a) not in found]
    return credits


_NAME = re.compile(r"[A-ZÉÈ][\w’'-]+(?:\s+(?:[A-ZÉÈ]\.|[A-ZÉÈ][\w’'-]+))+")
_PLACE_BEFORE = re.compile(r"\b(?:à|aux?|en|de)\s*$")
_AGENCY_NAMES = re.compile(r"Associated Press|Agence France[- ]Presse|Reuters|AFP|AP\b")


def contributor_names(text: str) -> list[str]:
    """People named in a contributor line (places after "à", "aux" left out)."""
    cleaned = _AGENCY_NAMES.sub(" ; ", text)
    return [m.group() for m in _NAME.finditer(cleaned)
            if not _PLACE_BEFORE.search(cleaned[:m.start()])
            and m.group().split()[0] not in {"Les", "La", "Le", "L’", "Des"}]


def article_contributors(article: Article, credits: Sequence[Credit]) -> list[str]:
    spans = [article.text[r.start:r.end] for r in article.removed if r.reason == "contributors"]
    spans += [c.evidence.text for c in credits
              if c.evidence is not None and "contribu" in c.evidence.text]
    names: list[str] = []
    for span in spans:
        names += [n for n in contributor_names(span) if n not in names]
    return names


def article_signals(article: Article) -> ArticleSignals:
    credits = article_credits(article)
    return ArticleSignals(article, credits, article_contributors(article, credits))


@dataclass(frozen=True, slots=True)
class SharedQuote:
    speaker: str
    same_words: bool  # the two outlets print the same words (not two translations)


@dataclass(slots=True)
class PairEvidence:
    """Everything two articles (indices `a` < `b`) have in common that betrays copy."""

    a: int
    b: int
    copies: list[SharedPassage] = field(default_factory=list)
    translation: Alignment | None = None
    quotes: list[SharedQuote] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)

    def links(self) -> bool:
        """Strong enough on its own to put both articles in one origin."""
        speakers = {q.speaker for q in self.quotes}
        return (is_copy(self.copies) or self.translation is not None
                or bool(self.contributors)
                or (len(self.quotes) >= QUOTES_TO_LINK and len(speakers) >= SPEAKERS_TO_LINK))

    def strength(self) -> int:
        """An order for merging: more shared evidence first."""
        return (len(self.copies) * 3 + (self.translation.matched if self.translation else 0) * 3
                + len(self.quotes) * 2 + len(self.contributors) * 5)


def _protagonists(quotes: Sequence[Quote], articles: Sequence[Article]) -> set[str]:
    """Speakers named in at least half the articles (and three): their words are public."""
    needed = max(3, math.ceil(len(articles) / 2))
    found = set()
    for name in {q.speaker.name for q in quotes if q.speaker.name}:
        surname = name.split()[-1]
        if sum(surname in a.text for a in articles) >= needed:
            found.add(name)
    return found


def _person(name: str) -> bool:
    """A named speaker ("James Nixey"), not a group ("médias officiels", "experts")."""
    return any(word[:1].isupper() for word in name.split())


def _same_words(quote: Quote, a: str, b: str) -> bool:
    texts = [set(m.text.lower().split()) for m in quote.mentions if m.article in (a, b)]
    return len(texts) == 2 and len(texts[0] & texts[1]) >= 0.8 * min(map(len, texts))


def shared_quotes(quotes: Sequence[Quote], articles: Sequence[Article]
                  ) -> dict[tuple[int, int], list[SharedQuote]]:
    """Quotations of non-protagonists that two articles both report."""
    position = {a.id: i for i, a in enumerate(articles)}
    protagonists = _protagonists(quotes, articles)
    found: dict[tuple[int, int], list[SharedQuote]] = {}
    for quote in quotes:
        name = quote.speaker.name
        if name is None or not _person(name) or name in protagonists:
            continue
        present = sorted({position[m.article] for m in quote.mentions if m.article in position})
        for x, i in enumerate(present):
            for j in present[x + 1:]:
                same = _same_words(quote, articles[i].id, articles[j].id)
                found.setdefault((i, j), []).append(SharedQuote(name, same))
    return found


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[:_EXCERPT].rsplit(" ", 1)[0] + "…"


def describe_credit(label: str, credit: Credit) -> str:
    """'004 : crédit AFP — ligne de crédit « A.G avec AFP »'."""
    if credit.evidence is None:
        return f"{label} : crédit {credit.agency} déclaré par la source"
    what = "crédit" if credit.strong else "mention"
    words = _KIND_WORDS[credit.evidence.kind]
    return f"{label} : {what} {credit.agency} — {words} « {_excerpt(credit.evidence.text)} »"


def describe_pair(pair: PairEvidence, labels: Sequence[str],
                  analyses: Sequence[Analysis]) -> list[str]:
    """One French sentence per kind of evidence the two articles share."""
    who = f"{labels[pair.a]} et {labels[pair.b]}"
    sentences = []
    if pair.copies:
        best = max(pair.copies, key=lambda s: s.run)
        text = analyses[pair.a].article.text[best.a.start:best.a.end]
        plural = "s" if len(pair.copies) > 1 else ""
        sentences.append(f"{who} : {len(pair.copies)} phrase{plural} reprise{plural} à "
                         f"l'identique ou presque ({best.run} mots identiques à la suite), "
                         f"dont « {_excerpt(text)} »")
    if pair.translation is not None:
        t = pair.translation
        sentences.append(f"{who} : traduction — {t.matched} phrases sur {t.shorter} se "
                         f"correspondent, {t.in_order} dans le même ordre")
    if pair.quotes:
        names = ", ".join(dict.fromkeys(q.speaker.split()[-1] for q in pair.quotes))
        exact = sum(q.same_words for q in pair.quotes)
        how = " dont " + (f"{exact} mot pour mot" if exact else "aucune mot pour mot")
        sentences.append(f"{who} : {len(pair.quotes)} citation(s) reprise(s) ({names}),{how}")
    if pair.contributors:
        sentences.append(f"{who} : contributeur commun : {', '.join(pair.contributors)}")
    return sentences
