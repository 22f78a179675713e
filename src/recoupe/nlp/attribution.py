"""Separate what a sentence claims from who it says claimed it.

"« La Russie gratte le fond du baril », a déclaré James O’Brien, chef du Bureau …" claims
the quoted words; the attribution (speech verb, speaker, role, "selon X", "cité par Y")
says nothing about the event. Two outlets reporting the same statement share the claim;
two statements by the same expert share only the attribution.
"""

from __future__ import annotations

from typing import Any

from recoupe.nlp.speech import STRONG, is_speech_verb, speech_lemma

# Children of a speech verb that belong to the attribution, not to what was said.
_ATTRIBUTION_DEPS = frozenset({
    "nsubj", "nsubj:pass", "expl:subj", "aux", "aux:tense", "aux:pass", "iobj", "advmod",
    "obl:agent",
})
_SOURCE_PREPOSITIONS = frozenset({"selon", "d'après", "d’après"})
# "la thèse selon laquelle …" introduces a content, not a source.
_RELATIVES = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "qui", "quoi"})
# "Interrogé sur …, Poutine a répondu": the question put to the speaker frames the answer.
_QUESTION_PARTICIPLES = frozenset({
    "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée",
    "sollicité", "sollicitée", "demandé", "invité", "invitée"})
# "Selon les éléments fournis par X": participles by which someone provides what is cited,
# without their agreement endings ("fournis", "présentées", "transmise").
_PROVIDED = frozenset({
    "fourni", "présenté", "communiqué", "donné", "transmi", "publié", "livré", "diffusé",
    "divulgué", "dévoilé", "révélé", "recueilli", "rapporté", "avancé"})
_CLOSING_MARKS = frozenset("»”\"")
_OPENING_MARKS = frozenset("«“\"")


def reports_speech(verb: Any) -> bool:
    """A speech verb used as one: it governs a clause, or follows the quote it attributes.

    "Washington a accusé la Corée du Nord de …" and "du mal à maintenir son armée" are not
    attributions; "a déclaré que …" and "« … », a déclaré X" are.
    """
    if verb.pos_ not in ("VERB", "AUX") or not is_speech_verb(verb.text):
        return False
    if any(child.dep_ in ("ccomp", "parataxis") for child in verb.children):
        return True
    inverted = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
    before = verb.doc[max(verb.i - 4, 0):verb.i]
    after = [t.text for t in verb.doc[verb.i + 1:verb.i + 4]]
    announces = ":" in after and any(m in after for m in _OPENING_MARKS)  # "a dit : « …"
    return (verb.dep_ == "parataxis" or inverted or announces
            or any(t.text in _CLOSING_MARKS for t in before))


def _subtree_ids(token: Any) -> set[int]:
    return {t.i for t in token.subtree}


def speech_verb_attribution(verb: Any) -> set[int]:
    ids = {verb.i}
    for child in verb.children:
        if child.dep_ in _ATTRIBUTION_DEPS:
            ids |= _subtree_ids(child)
        elif child.dep_ == "obl:arg" and any(c.lower_ in ("à", "au", "aux") for c in
                                            child.children):
            ids |= _subtree_ids(child)  # "a dit à l'AFP"
        elif child.dep_ == "advcl" and child.lower_ in _QUESTION_PARTICIPLES:
            ids |= _subtree_ids(child)
    return ids


def is_source(token: Any) -> bool:
    """ "selon X", "d'après X" naming who says it (not "la thèse selon laquelle")."""
    return _preposition(token) in _SOURCE_PREPOSITIONS and token.dep_ == "case" and (
        token.head.lower_ not in _RELATIVES)


def _preposition(token: Any) -> str:
    """The preposition the token begins: the tokenizer splits "d'après" in two."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ in ("d'", "d’") and following is not None and following.lower_ == "après":
        return str(token.lower_ + following.lower_)
    return str(token.lower_)


# Verbs that report what was said in "comme l'a VERB X" / "comme VERB par X".
_AS_SAID = STRONG | {"évoquer", "indiquer", "rapporter", "souligner", "révéler", "signaler",
                     "mentionner", "écrire", "expliquer", "rappeler"}


def as_said_by(token: Any) -> Any | None:
    """ "…, comme évoqué par Washington" / "…, comme l'a affirmé la Maison Blanche": who a
    "comme" clause around a speech verb names as the source, or None."""
    verb = token.head
    if token.lower_ != "comme" or token.dep_ != "mark" or speech_lemma(
            verb.lower_) not in _AS_SAID:  # not "comme prévu", "comme souhaité par"
        return None
    return next((c for c in verb.children if c.dep_ == "obl:agent" or (
        c.dep_.startswith("nsubj") and c.i > verb.i)), None)


def source_phrase(token: Any) -> set[int]:
    """'selon les agences russes': from the preposition to the end of its phrase. Past a
    comma only an apposed name ('…du Kremlin, Dmitri Peskov') or an apposition set off by a
    second comma ('Selon Siemon Wezeman, du Stockholm International Peace Research
    Institute, …') follows: parses often hang the next clause's subject on the phrase, and
    that subject is part of the claim."""
    head = token.head
    phrase = head.doc[token.i:head.right_edge.i + 1]
    comma = next((t.i for t in phrase if t.i > head.i and t.text == ","), None)
    if comma is None:  # "Selon le porte-parole du Kremlin, Dmitri Peskov, …" parsed apart
        after = head.right_edge.i + 1
        apposed = _apposition(head.doc, after) if after < len(head.doc) and head.doc[
            after].text == "," else set()
        return {t.i for t in phrase} | apposed
    tail = [t for t in phrase if t.i > comma]
    names_only = all(t.pos_ in ("PROPN", "PUNCT", "DET") for t in tail)  # "le Français X"
    after = head.doc[phrase.end] if phrase.end < len(head.doc) else None
    if names_only and (after is None or after.is_punct):  # not "Selon M. Poutine, Kim Jong
        return {t.i for t in phrase}  # Un va …": the claim's subject, cut in two
    return {t.i for t in phrase if t.i < comma} | _apposition(head.doc, comma)


def _apposition(doc: Any, comma: int) -> set[int]:
    """The words between `comma` and the next one when they describe the source and say
    nothing ("…, du Stockholm International Peace Research Institute, …", "…, un expert de
    la Corée du Nord, …"), whatever the parse hangs them on."""
    words = []
    for token in doc[comma + 1:]:
        if token.text == ",":
            break
        if token.pos_ in ("VERB", "AUX") or token.is_sent_end:
            return set()
        words.append(token)
    affiliated = len(words) > 1 and words[0].lower_ in ("de", "du", "des", "d'", "d’") and (
        words[1].text[:1].isupper())  # "du Stockholm International Peace Research …"
    content = [t for t in words if t.pos_ != "DET"]
    if not content:
        return set()
    described = content[0].pos_ == "NOUN" and content[0].is_lower
    named = all(t.pos_ in ("PROPN", "PUNCT") for t in content)
    return {t.i for t in words} if described or affiliated or named else set()


def attribution_ids(span: Any) -> set[int]:
    """Token indices (in the Doc) of the attribution parts of a sentence span."""
    ids: set[int] = set()
    for token in span:
        if reports_speech(token):
            ids |= speech_verb_attribution(token)
        elif is_source(token) and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            ids |= source_phrase(token)
        elif token.lower_ in ("cité", "citée", "cités", "citées") and token.pos_ == "VERB":
            ids |= _subtree_ids(token)
    return {i for i in ids if span.start <= i < span.end}


def agent_of(source: Any) -> Any:
    """ "Selon les éléments fournis par le procureur", "Selon le déroulement de cette opération
    présenté par le ministre": who provided what the source names (the parser may hang the
    participle on the source's complement); not "Selon les enquêteurs chargés par le juge"."""
    for participle in (t for t in source.subtree if t.dep_ == "acl" and t.pos_ == "VERB"
                       and t.lower_.rstrip("es") in _PROVIDED):
        agent = next((c for c in participle.children if c.dep_ == "obl:agent"), None)
        if agent is not None:
            return agent
    return source
