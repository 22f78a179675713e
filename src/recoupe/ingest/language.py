"""Language of each article (py3langid), with a fallback for text too short to tell.

py3langid is fast and good on paragraphs, unreliable on a short, name-heavy text (a
caption, a teaser). Such an article gets the majority language of the story, or French,
and a note says so.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from recoupe.records import Article, InputProblem

MIN_WORDS = 25
MIN_CONFIDENCE = 0.90
DEFAULT_LANGUAGE = "fr"
_SAMPLE_CHARS = 6000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    confidence: float  # py3langid's normalised probability, 0..1
    words: int

    @property
    def reliable(self) -> bool:
        return self.words >= MIN_WORDS and self.confidence >= MIN_CONFIDENCE


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> LanguageGuess:
    sample = text[:_SAMPLE_CHARS]
    language, confidence = _identifier().classify(sample)
    return LanguageGuess(str(language), float(confidence), len(sample.split()))


def _majority(languages: Sequence[str]) -> str:
    return Counter(languages).most_common(1)[0][0] if languages else DEFAULT_LANGUAGE


def assign_languages(articles: Sequence[Article], problems: list[InputProblem]) -> list[Article]:
    """Fill `language` where it is empty; unsure guesses take the story's majority."""
    guesses = {a.id: guess_language(a.text) for a in articles if not a.language}
    sure = [a.language for a in articles if a.language]
    sure += [g.language for g in guesses.values() if g.reliable]
    fallback = _majority(sure)
    result = []
    for article in articles:
        guess = guesses.get(article.id)
        if guess is None:
            result.append(article)
        elif guess.reliable or guess.language == fallback:
            result.append(replace(article, language=guess.language))
        else:  # too short to trust, and it disagrees with the story: say so
            problems.append(InputProblem(article.source or article.id, _unsure(guess, fallback),
                                         "note"))
            result.append(replace(article, language=fallback))
    return result


def _unsure(guess: LanguageGuess, fallback: str) -> str:
    return (f"language unsure (py3langid says {guess.language!r} at {guess.confidence:.2f} on "
            f"{guess.words} words): {fallback!r} assumed, the majority of the other articles "
            f"or the default")
