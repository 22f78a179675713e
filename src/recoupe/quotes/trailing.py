"""An attribution right after a quotation, which the parse lost.

« "C'est maintenant que les choses sérieuses commencent" », soufflait, ce week-end, un
entrepreneur français de Pékin: scraped copy doubles the marks, and the parser then reads
the speech verb as an auxiliary or hangs the name at the root, so no verb frame holds the
quotation. The surface is plain, though: closing marks, a comma, a speech verb form,
adverbials set off by commas ("d'ailleurs", "hier soir", "ce week-end"), the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from recoupe.nlp.speech import is_speech_verb
from recoupe.quotes.lexicon import CALENDAR, wordlist

_CLOSERS = frozenset({"»", "”", '"', "’"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"})
# Nouns that head an adverbial of time, not a speaker ("la semaine dernière").
_TIME_NOUNS = frozenset(wordlist("""
    semaine semaines mois année années an ans jour jours week-end week soirée matinée
    heure heures fois veille lendemain nuit après-midi
""")) | CALENDAR


def trailing_attribution(sentence: Any, after: int) -> tuple[Any, Any] | None:
    """(speech verb, speaker token) of "», VERB, [adverbials,] SPEAKER" starting at character
    `after` (the end of the quotation's marks) in the sentence span, or None."""
    tokens = [t for t in sentence if t.idx >= after]
    i = 0
    while i < len(tokens) and tokens[i].text in _CLOSERS:
        i += 1
    if i + 1 >= len(tokens) or tokens[i].text != "," or not _inverting(tokens[i + 1]):
        return None
    verb = tokens[i + 1]
    for chunk in _chunks(tokens[i + 2:]):
        speaker = _speaker_of(chunk)
        if speaker is not None:
            return verb, speaker
    return None


def _inverting(token: Any) -> bool:
    """A finite speech verb form, which puts its subject after it ("soufflait X"); a
    participle or an infinitive has its object there (", dénonçant un instrument …")."""
    word = token.lower_
    form = set(token.morph.get("VerbForm"))
    return is_speech_verb(word) and not word.endswith("ant") and not form & {"Part", "Inf"}


def _chunks(tokens: list[Any]) -> Iterator[list[Any]]:
    """The comma-separated parts after the verb, up to the end of the sentence."""
    chunk: list[Any] = []
    for token in tokens:
        if token.text == "," or (token.is_sent_end and token.is_punct):
            if chunk:
                yield chunk
            chunk = []
        else:
            chunk.append(token)
    if chunk:
        yield chunk


def _speaker_of(chunk: list[Any]) -> Any | None:
    """The head of a part that names someone: a name, or a noun with an article."""
    inside = {t.i for t in chunk}
    heads = [t for t in chunk if (t.head.i not in inside or t.head.i == t.i)
             and t.pos_ != "ADV"]  # "relève également Paris"
    head = heads[0] if heads else chunk[0]
    named = head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG")
    described = head.pos_ == "NOUN" and chunk[0].lower_ in _ARTICLES
    if (named or described) and head.lower_ not in _TIME_NOUNS:
        return head
    return None
