"""What a quantity is about, read from the one spaCy parse of its article.

For "La réunion, qui a duré plus de quatre heures", the quantity hangs from "duré", whose
relative clause qualifies "réunion": those are its anchors. Around it, the content words of
the sentence (its window), the entity that owns it in a list ("Crédit Agricole va recevoir
3 milliards, BNP Paribas 2,55 milliards") and the words that narrow its scope
("discussions officielles").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.facts.lexicon import COUNT_ADJECTIVES, DURATIONS, MONEY, SCALES, VAGUE_SCALES
from recoupe.facts.quantities import Quantity, extract_quantities
from recoupe.facts.units import singular
from recoupe.nlp import Analysis, Sentence
from recoupe.nlp.names import name_key
from recoupe.nlp.stems import stem

CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
WINDOW = 8  # content words on each side of the quantity
NEAR = 12  # words on each side of the quantity given to the sentence encoder
OWNER_DISTANCE = 6  # tokens between an entity and the figure it owns
# one meaning, several words: what outlets say of a meeting, a loss, captives
SYNONYMS = {
    **dict.fromkeys(("réunion", "rencontr", "discuss", "entretien", "sommet", "pourparler",
                     "entrevu"), "rencontre"),
    **dict.fromkeys(("pert", "perd", "perdu", "perdr", "déficit", "trou", "évapor"), "perte"),
    **dict.fromkeys(("otag", "captif", "prisonni", "détenu"), "otage"),
    **dict.fromkeys(("dur", "duré", "durer", "durant", "pend"), "durée"),
}
SCOPE_DEPS = frozenset({"amod"})
# adjectives that narrow what is measured: "discussions officielles", "perte nette"
NARROWING = frozenset(stem(w) for w in (
    "officielles", "officiel", "nette", "net", "brute", "brut", "directe", "direct", "seul",
    "seule", "privées", "privés", "restreint", "restreinte", "élargi", "élargie", "total",
    "totale", "initiale", "initial", "finale", "final", "annuel", "annuelle", "mensuel",
    "trimestriel", "semestriel", "premier", "première"))


def concept(word: str) -> str:
    key = stem(word.lower())
    return SYNONYMS.get(key, key)


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity in one article, with what it is about."""

    article: str
    quantity: Quantity
    sentence: Sentence
    anchors: frozenset[str]  # concepts of the words the quantity hangs from
    window: frozenset[str]  # concepts of the content words around it
    narrowing: frozenset[str]  # scope adjectives on its anchors ("officielles")
    counted: frozenset[str]  # for a count, what it counts: "otages américains" -> otage, américain
    owner: str | None  # the entity it belongs to in a list, as a name key
    entities: frozenset[str]  # name keys of the sentence's entities
    text_around: str  # the words near the quantity, the quantity left out, for embeddings
    heading: bool
    subject: str | None  # what is measured, readable: "la réunion", "les discussions"


def _governors(span: Any) -> list[Any]:
    """The content words a quantity hangs from: its head, and for a verb its subject."""
    root = span.root
    inside = range(span.start, span.end)
    measured = [c for c in root.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                and c.i not in inside]  # "trois heures de spectacle"
    return _heads(root, inside) + measured


def _heads(root: Any, inside: range) -> list[Any]:
    found: list[Any] = []
    head, steps = root.head, 0
    while head is not root and steps < 3 and head.pos_ not in CONTENT:
        root, head, steps = head, head.head, steps + 1
    if head is root or head.pos_ not in CONTENT:
        return found
    found.append(head)
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        found.append(head.head)  # "un spectacle exaltant de près de quatre heures"
    if head.pos_ == "VERB":
        found += [c for c in head.children if c.dep_.startswith(("nsubj", "obj"))
                  and c.pos_ in ("NOUN", "PROPN") and c.i not in inside]
        if head.dep_.startswith("acl") and head.head.pos_ in ("NOUN", "PROPN"):
            found.append(head.head)  # "la réunion, qui a duré ..."
        elif head.dep_ in ("xcomp", "ccomp") and head.head.pos_ == "VERB":
            found.append(head.head)
    return found


def _owner(doc: Any, sentence: Sentence, figure_start: int) -> str | None:
    """The nearest entity just before the figure, in the same sentence."""
    best, best_distance = None, OWNER_DISTANCE + 1
    for entity in doc.char_span(sentence.start, sentence.end, alignment_mode="expand").ents:
        if entity.start_char >= figure_start or entity.label_ == "MISC":
            continue
        figure = doc.char_span(figure_start, figure_start + 1, alignment_mode="expand")
        distance = (figure.start if figure is not None else entity.end) - entity.end
        if 0 <= distance < best_distance:
            best, best_distance = name_key(entity.text), distance
    return best


def _unit_word(word: str) -> bool:
    """ "milliards", "heures", "euros": what measures, not what is measured."""
    name = singular(word)
    return word in SCALES or name in DURATIONS or name in MONEY or word in VAGUE_SCALES


def _subject(governors: list[Any]) -> str | None:
    """ "la réunion" for the quantity of "La réunion, qui a duré plus de quatre heures"."""
    noun = next((t for t in governors if t.pos_ == "NOUN" and not _unit_word(t.lower_)), None)
    if noun is None:
        verb = next((t for t in governors if t.pos_ == "VERB"), None)
        return None if verb is None else f"({verb.lower_})"
    article = next((c.lower_ for c in noun.children if c.dep_ == "det"
                    and c.lower_ in ("le", "la", "les", "l'", "l’")), "")
    words = " ".join([noun.lower_, *(c.lower_ for c in noun.children if c.dep_ in SCOPE_DEPS
                                     and stem(c.lower_) in NARROWING)])
    if article in ("l'", "l’"):
        return f"l'{words}"
    return f"{article} {words}".strip()


def _counted(span: Any, quantity: Quantity) -> frozenset[str]:
    """The counted noun and its adjectives: "trois otages américains" -> otage, américain."""
    if quantity.family != "count" or not quantity.unit:
        return frozenset()
    noun = quantity.unit.split()[-1]
    words = {concept(noun)}
    for token in span:
        if token.lower_ == noun:
            words |= {concept(c.text) for c in token.children if c.dep_ == "amod"
                      and c.pos_ == "ADJ" and c.lower_ not in COUNT_ADJECTIVES}
    return frozenset(words)


def _window(span: Any, sentence_span: Any) -> frozenset[str]:
    words = set()
    for token in sentence_span:
        if token.i in range(span.start, span.end) or token.pos_ not in CONTENT or token.is_stop:
            continue
        if span.start - WINDOW <= token.i < span.end + WINDOW and token.is_alpha:
            words.add(concept(token.text))
    return frozenset(words)


def _mention(analysis: Analysis, sentence: Sentence, quantity: Quantity) -> Mention | None:
    doc = analysis.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    whole = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or whole is None:
        return None
    governors = _governors(span)
    anchors = {concept(t.text) for t in governors}
    counted = _counted(span, quantity)
    anchors |= counted
    narrowing = {stem(c.lower_) for t in governors for c in t.children
                 if c.dep_ in SCOPE_DEPS and stem(c.lower_) in NARROWING}
    before = analysis.article.text[sentence.start:quantity.start].split()[-NEAR:]
    after = analysis.article.text[quantity.end:sentence.end].split()[:NEAR]
    around = " ".join([*before, *after])
    return Mention(analysis.article.id, quantity, sentence, frozenset(anchors),
                   _window(span, whole), frozenset(narrowing), counted,
                   _owner(doc, sentence, quantity.figure_start),
                   frozenset(name_key(e) for e in sentence.entities), " ".join(around.split()),
                   sentence.heading, _subject(governors))


def mentions_of(analyses: Sequence[Analysis]) -> list[Mention]:
    """Every quantity of every article's body, with its context."""
    found = []
    for analysis in analyses:
        for sentence in analysis.sentences:
            for quantity in extract_quantities(sentence.text, sentence.start):
                mention = _mention(analysis, sentence, quantity)
                if mention is not None:
                    found.append(mention)
    return found
