"""Read an analysed article for dates: each mention, the sentence it sits in, its verb's tense.

The body sentences give the events; photo captions, which the cleaning stage set aside,
still give evidence for the reference date ("photo prise le 13 septembre 2023") and are
read too, without a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from recoupe.nlp import Analysis, Sentence
from recoupe.timeline.expressions import Mention, find_mentions
from recoupe.timeline.resolve import Tense

# Removed spans that are still the outlet's words about the story.
EVIDENCE_REASONS = frozenset({"caption", "metadata"})
# "va rencontrer", "doit se rendre", "devrait signer": present tense, future meaning.
_FUTURE_MODALS = frozenset({
    "va", "vont", "allait", "allaient", "doit", "doivent", "devait", "devaient", "devra",
    "devront", "compte", "comptent", "prévoit", "prévoient", "entend", "entendent",
})
# "prévu samedi", "attendu mardi": a past participle that announces what is to come.
_SCHEDULED = frozenset({
    "prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "programmés",
    "programmées", "attendu", "attendue", "attendus", "attendues",
})
# "a prévu de reprendre en janvier": the infinitive of a plan is ahead of the plan.
_PLANNING_STEMS = ("prév", "compt", "envisag", "apprêt", "projet", "doi", "dev", "va", "vont",
                   "all", "souhait", "espér", "entend")
_CLIMB = 6  # a date hangs from its verb through a few nouns at most


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal mention of an article, where it is and how its verb is conjugated."""

    mention: Mention
    tense: Tense | None
    sentence: Sentence | None  # None in a caption


@dataclass(frozen=True, slots=True)
class ArticleDates:
    article: str
    found: tuple[Found, ...]

    def in_body(self) -> Iterator[Found]:
        return (f for f in self.found if f.sentence is not None)


def _verb_tense(token: Any) -> Tense | None:
    """The tense of a finite verb or a participle; None for infinitives and non-verbs."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
    if any("Fut" in a.morph.get("Tense") for a in auxiliaries):
        return "future"
    if any("Inf" in a.morph.get("VerbForm") for a in auxiliaries):
        return None  # "devra être déposé": the tense is the modal's, further up
    form, tense = token.morph.get("VerbForm"), token.morph.get("Tense")
    if "Part" in form:
        if token.lower_ in _SCHEDULED:
            return "future"
        return "past" if "Past" in tense else None  # "faisant": look further up
    if "Fin" not in form:
        return None
    if "Fut" in tense or "Cnd" in token.morph.get("Mood"):
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    wants_infinitive = any(c.dep_ == "xcomp" for c in token.children)
    return "future" if token.lower_ in _FUTURE_MODALS and wants_infinitive else "present"


def tense_at(doc: Any, start: int, end: int) -> Tense | None:
    """The tense of the verb that governs `doc.text[start:end]`, climbing the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return None
    token = span.root
    planned = False
    for _ in range(_CLIMB):
        tense = _verb_tense(token)
        if tense is not None:
            return "future" if planned and tense != "future" else tense
        if "Inf" in token.morph.get("VerbForm"):
            planned = token.head.lower_.startswith(_PLANNING_STEMS)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def general_present(mention: Mention, tense: Tense | None) -> bool:
    """"La Russie est aujourd'hui isolée": "aujourd'hui" with a present verb means
    "nowadays"; with a past or future one ("a chuté aujourd'hui") it is the day."""
    return (mention.kind == "relative" and mention.amount == 0 and mention.unit == "day"
            and mention.text.lower().startswith("aujourd") and tense in (None, "present"))


def read_article(analysis: Analysis) -> ArticleDates:
    """Every temporal mention of the body (with tense) and of the captions (without)."""
    article = analysis.article
    found = []
    for sentence in analysis.sentences:
        for mention in find_mentions(article.text, sentence.start, sentence.end):
            tense = tense_at(analysis.doc, mention.start, mention.end)
            if not general_present(mention, tense):
                found.append(Found(mention, tense, sentence))
    for removed in article.removed:
        if removed.reason in EVIDENCE_REASONS:
            found += [Found(m, None, None)
                      for m in find_mentions(article.text, removed.start, removed.end)]
    found.sort(key=lambda f: f.mention.start)
    return ArticleDates(article.id, tuple(found))
