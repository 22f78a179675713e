"""Attributions around a quotation that the parse lost: after it, inside it, before it.

« "C'est maintenant que les choses sérieuses commencent" », soufflait, ce week-end, un
entrepreneur français de Pékin: scraped copy doubles the marks, and the parser then reads
the speech verb as an auxiliary or hangs the name at the root, so no verb frame holds the
quotation. The surface is plain, though: closing marks, a comma, a speech verb form,
adverbials set off by commas ("d'ailleurs", "hier soir", "ce week-end"), the speaker.
The same attribution inside the marks, « Nous ne céderons pas, explique le ministre. Les
casseurs seront punis », interrupts the quotation; the parser reads its speaker as the
verb's object. And a clause that opens a quotation with a colon names its speaker whatever
its verb: "Khaldia a alerté sa cousine : « Elle m'a dit … »".

An attribution inserted in the words it attributes, "…, a déclaré X, directeur de …" or
"Et puis, ajoute Georges Pauget, il s'agit d'un plancher", is told by its tokens here; the
frames it makes are built in `frames.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from recoupe.nlp.speech import is_speech_verb, speech_lemma
from recoupe.nlp.stems import stem
from recoupe.quotes.content import lemma_of
from recoupe.quotes.lexicon import (
    ADDRESSEES,
    INSTITUTIONS,
    MEDIA,
    RELAYING,
    SPEAKER_NOUNS,
    TIME_NOUNS,
)
from recoupe.quotes.phrases import person_ending

_CLOSERS = frozenset({"»", "”", '"', "’"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"})


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


@dataclass(frozen=True, slots=True)
class Interruption:
    """An attribution inside a quotation: the words before `cut`, and from `resume` on when
    the quotation goes on, are the speaker's; `speaker` is None when the attribution names
    only the channel."""

    cut: int
    resume: int | None
    verb: Any
    speaker: Any | None


def interruption(sentence: Any, start: int, end: int) -> Interruption | None:
    """The first ", VERB SPEAKER" between characters `start` and `end` (a quotation's words),
    ending at a comma, a stop or the end of the quotation, or None."""
    inside = [t for t in sentence if start <= t.idx < end]
    for k, comma in enumerate(inside[:-2]):
        if comma.text != "," or not _inverting(inside[k + 1]):
            continue
        chunk = next(_chunks(inside[k + 2:]), [])
        close = k + 2 + len(chunk)  # the comma or stop that ends the attribution, if any
        rest = inside[close + 1:]
        speaker = _speaker_of(chunk) if chunk else None
        if speaker is None or (close < len(inside) and inside[close].text not in ",.") or (
                rest and rest[0].pos_ == "PROPN"):  # ", dit le ministre, Gérald Darmanin"
            continue
        verb = inside[k + 1]
        channel = speech_lemma(verb.lower_) in RELAYING and speaker.lower_ in MEDIA
        return Interruption(comma.idx, rest[0].idx if rest else None, verb,
                            None if channel else speaker)
    return None


def introduced_by(sentence: Any, opening: int) -> tuple[Any, Any] | None:
    """(verb, subject) of the clause ending with a colon right before the quotation opening
    at character `opening`, when its subject can speak; (None, name) when a person's name
    ends that clause; or None."""
    before = [t for t in sentence if t.idx < opening and not t.is_space]
    if not before or before[-1].text != ":":
        return None
    named = person_ending(before[:-1])
    if named is not None:  # "Une idée partagée aussi par le député PS de la Vienne, Gaëtan
        return None, named  # Gorce : « … »"
    if before[-1].head.pos_ not in ("VERB", "ADJ"):  # "X en est conscient : « … »"
        return None
    verb = before[-1].head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "X en est conscient et a entrepris … :"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ == "PER"
                               or stem(subject.lower_) in SPEAKER_NOUNS - INSTITUTIONS):
        return None  # not "Cette commission ne trouve pas grâce aux yeux de X : « … »"
    return verb, subject


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
    if (named or described) and head.lower_ not in TIME_NOUNS:
        return head
    return person_ending(chunk) or _described_after_circumstances(chunk)


def _described_after_circumstances(chunk: list[Any]) -> Any | None:
    """ "remarque avec sévérité l'auteur du best-seller …": the first speaker noun with a
    definite article, after words of manner or time; not whom the words were said to ("dit-il
    à la presse")."""
    if any(t.text.startswith("-") for t in chunk):
        return None
    for token in chunk:
        before = token.doc[token.i - 1] if token.i > 0 else None
        addressed = token.i > 1 and token.doc[token.i - 2].lower_ in ("à", "auprès")
        if (token.pos_ == "NOUN" and stem(token.lower_) in SPEAKER_NOUNS and before is not None
                and before.lower_ in ("le", "la", "l'", "l’") and not addressed
                and token.lower_ not in TIME_NOUNS):
            return token
    return None


def interrupts(verb: Any) -> bool:
    """ "« Nous étions levés tôt, a-t-elle indiqué. Ils … »", "« Encore aujourd'hui il y a
    des doutes, a déclaré Armstrong. Tous … »": an attribution inside the marks, with its
    clitic or inverted name subject, interrupts the quotation rather than being quoted."""
    doc = verb.doc
    near = doc[max(verb.i - 3, 0):min(verb.i + 2, len(doc))]
    clitic = any(t.lower_ in ("-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle")
                 for t in near)
    after = doc[verb.i + 1:verb.i + 4]
    named = bool(after) and after[0].pos_ == "PROPN" and "," in {
        t.text for t in doc[max(verb.i - 2, 0):verb.i]} and any(
        t.text in (".", ",") for t in after[1:])
    return (clitic or named) and lemma_of(verb) is not None


def _attribution_prefix(token: Any, verb: Any) -> bool:
    """ "a-t-il encore", "lui a dit": auxiliaries, clitic subjects and addressees, and
    adverbs right before the verb."""
    clitic = token.text.startswith("-") and token.pos_ == "PRON"
    attached = token.head.i == verb.i or token.head.text.startswith("-")
    addressee = token.pos_ == "PRON" and token.lower_ in ADDRESSEES
    return clitic or (attached and (token.dep_.startswith(("aux", "expl")) or addressee
                                    or token.pos_ in ("ADV", "AUX")))


def attribution(verb: Any) -> set[int]:
    """The tokens of an inserted attribution: the verb, its auxiliaries and clitics, and
    what follows it ("…, a déclaré X, directeur de …, lors d'une conférence de presse").
    A subject left of the verb is a parse error there: it belongs to the quoted words."""
    ids = {verb.i}
    first = verb.i
    while first > 0 and _attribution_prefix(verb.doc[first - 1], verb):
        first -= 1
        ids.add(first)
    for child in verb.children:
        if child.i > verb.i and child.dep_ not in ("conj", "ccomp", "cc"):
            ids |= {t.i for t in child.subtree}
    return ids


def is_inserted(verb: Any, speaker: Any, attribution: set[int], sentence: Any) -> bool:
    """ "…, a déclaré X" / "« … », a-t-il dit": an inverted or clitic subject of the verb
    after the words it attributes, the attribution set off by a mark ("…, lui a dit X",
    "» a-t-il conclu"; "…, prévu à Lyon, … les autorités ont menacé" is none)."""
    own = speaker is not None and speaker.i > verb.i and speaker.i in attribution
    inverted = own or any(
        t.text.startswith("-") and t.pos_ == "PRON" for t in verb.doc[verb.i - 3:verb.i])
    first = min(attribution)
    set_off = first > sentence.start and verb.doc[first - 1].is_punct
    before = [t for t in sentence if t.i < first and not t.is_punct]
    return inverted and set_off and (len(before) >= 2 or linked(sentence, first))


def linked(sentence: Any, first: int) -> bool:
    """ "Et puis, ajoute Georges Pauget, il s'agit d'un plancher", "Or, note-t-il, un mineur
    ne pourra …": an attribution after a linking word alone introduces what follows."""
    before = [t for t in sentence if t.i < first and not t.is_punct and not t.is_space]
    return 0 < len(before) <= 2 and all(t.pos_ in ("CCONJ", "ADV") for t in before)
