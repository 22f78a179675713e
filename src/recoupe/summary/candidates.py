"""Which sentences can stand alone in a summary, and which read badly out of context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from recoupe.nlp import Analysis, Sentence
from recoupe.nlp.quotemarks import quote_regions

MIN_WORDS, MAX_WORDS = 8, 60

_WORD = re.compile(r"[^\W_]+")
_FINAL = re.compile(r"[.!…]\s*[»”\"’)\]]*\s*$")
_QUOTE_MARKS = re.compile(r"[«»“”\"]")
# Sentences that lean on the previous one: a connector or a pronoun with no antecedent.
_DANGLING_START = re.compile(
    r"^(?:Mais|Et|Or|Donc|Alors(?! que)|Aussi|Ainsi|Cependant|Pourtant|Toutefois|Néanmoins|En outre"
    r"|De plus|En revanche|Par ailleurs|D['’]ailleurs|Enfin|Puis|Ensuite|Sinon|Bien entendu"
    r"|Il|Elle|Ils|Elles|Cela|Ça|Ceci|C['’]|Celui|Celle|Ceux|Celles|Lui|Eux|Leur)\b",
    re.IGNORECASE)
_DEMONSTRATIVE_START = re.compile(r"^(?:Ce|Cet|Cette|Ces|Ledit|Ladite)\s", re.IGNORECASE)
_PRONOUN_SPEAKER = re.compile(r"[-‑]t[-‑](?:il|elle|ils|elles)\b|\b(?:a|ont) ajouté\b",
                              re.IGNORECASE)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj", "expl:pass"})


@dataclass(frozen=True, slots=True)
class Verdict:
    """`usable` sentences may be selected; `penalty` (0–1) lowers a weak one's score."""

    usable: bool
    reason: str = ""
    penalty: float = 1.0


def _has_subjectless_verb(sentence: Sentence, doc: Any) -> bool:
    """The root is a finite verb with no subject: a headline fragment or a cut sentence.

    Parses of long sentences are imperfect, so a noun or pronoun before the verb that is
    not inside a prepositional phrase ("Selon les États-Unis, …") counts as a subject.
    """
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or "Fin" not in root.morph.get("VerbForm"):
        return False
    if any(child.dep_ in _SUBJECT_DEPS for child in root.children):
        return False
    return not any(t.pos_ in ("NOUN", "PROPN", "PRON") and not any(
        c.dep_ == "case" for c in t.children) for t in span[: root.i - span.start])


def _unbalanced_quotes(text: str) -> bool:
    marks = len(_QUOTE_MARKS.findall(text))
    covered = sum(1 for _ in quote_regions(text)) * 2
    return marks > covered


def judge(sentence: Sentence, analysis: Analysis) -> Verdict:
    """Decide whether a sentence may appear in a summary on its own."""
    text = sentence.text
    words = len(_WORD.findall(text))
    hard_rules = (
        (sentence.heading, "heading"),
        (words < MIN_WORDS, "too short"),
        (words > MAX_WORDS, "too long"),
        (text.rstrip("»”\"’ ").endswith("?"), "question"),
        (not _FINAL.search(text), "no final punctuation"),
        (not (text[0].isupper() or text[0].isdigit() or text[0] in "«“\"À"), "starts mid-way"),
        (_unbalanced_quotes(text), "broken quotation"),
        (_has_subjectless_verb(sentence, analysis.doc), "no subject"),
    )
    for failed, reason in hard_rules:
        if failed:
            return Verdict(False, reason)
    if _DANGLING_START.match(text) or _PRONOUN_SPEAKER.search(text):
        return Verdict(True, "needs context", 0.55)
    if _DEMONSTRATIVE_START.match(text) or text.startswith(("«", "“", '"')):
        return Verdict(True, "refers back", 0.8)
    return Verdict(True)
