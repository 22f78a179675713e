"""Speakers and content boundaries where the parse errs in a known way.

The parser hangs a relative clause on the first of several names listed, whoever it
speaks for ("Jack Lang, Robert Badinter et Jean-Louis Bianco qui a déclaré"), reads a
clause whose subject it hung elsewhere as a relative clause without a relative pronoun
("des résultats du sommet, Alexandre Vorontsov, …, aurait déclaré": "déclaré" a relative
clause of "résultats", Vorontsov their apposition), leaves a verb with no subject
("Ingrid Betancourt, que l'on a vue …, a affirmé"; "…, Jérôme Kerviel avait déjà évoqué"
with the name hung on the noun before its comma), and takes the qualifier of a describing
noun for the noun ("Le septuple vainqueur"). These readings put the speaker back. The
parser also tears que-clauses apart (a "que" hung on a noun or on the speech verb itself,
a clause left as a bare noun); those readings find the content, as token spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from recoupe.quotes.lexicon import CONJUNCTION_HEADS, DEMONYMS, EPITHETS, QUE, masculine_forms
from recoupe.quotes.regions import Region, inside


def pronounless_relative(clause: Any) -> bool:
    """A "relative clause" without a relative pronoun: the parser's misreading of a clause
    whose subject it hung elsewhere."""
    return clause.dep_ == "acl:relcl" and not any(
        "Rel" in c.morph.get("PronType") for c in clause.children)


def relative_as_content(clause: Any) -> bool:
    """A clause whose subject is a relative pronoun after a comma, which the parser hangs on
    a speech verb as its content: a relative clause on the noun before the comma ("regrettant
    que Sarkozy n'ait pas osé le geste de son homologue américain, qui a plaidé …")."""
    return any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType")
               and c.i > 0 and c.doc[c.i - 1].text == "," for c in clause.children)


def subject_after_que(noun: Any) -> Any | None:
    """ "le parquet général note que Jérôme Kerviel a affirmé …": a name opening a
    que-clause, hung on the noun before it ("note" read as a noun), is the subject of the
    verb the parser gives that noun."""
    return next((c for c in noun.children if c.i > noun.i and c.pos_ == "PROPN"
                 and any(m.dep_ == "mark" and m.lower_ in QUE for m in c.children)), None)


def set_off_name(token: Any) -> bool:
    """A person's name set off by a comma that the parser hangs on a content, with the verb
    it is the subject of hung beside it as a relative clause without a pronoun: the content
    ends before the name, the name speaks."""
    return token.dep_ == "appos" and token.ent_type_ == "PER" and token.doc[
        token.i - 1].text == "," and any(
        c.i > token.i and pronounless_relative(c) for c in token.head.children)


def named_later(verb: Any, speaker: Any, sentence: Any) -> Any | None:
    """ "Notant ce qu'il a qualifié de « laconique » …, Alexandre Vorontsov … aurait déclaré":
    a pronoun in a clause fronted by a participle stands for the subject named after it."""
    opening = sentence[0]
    if speaker is None or speaker.pos_ != "PRON" or not (
            opening.pos_ == "VERB" and opening.lower_.endswith("ant")):
        return None
    return next((t for t in sentence.doc[verb.i + 1:sentence.end] if set_off_name(t)), None)


def nearest_name(verb: Any, sentence: Any, regions: Sequence[Region]) -> Any | None:
    """When the parse gives the verb no subject, the closest person or organisation named
    before it, outside quotations."""
    for token in reversed(sentence.doc[sentence.start : verb.i]):
        if token.ent_type_ in ("PER", "ORG") and inside(regions, token.idx) is None:
            return _person_described(token)
    return None


def _person_described(token: Any) -> Any:
    """ "Alexandre Vorontsov, de l'Institut d'études asiatiques de l'Académie russe des
    sciences": the person an organisation's name describes."""
    current = token
    while current.dep_ in ("nmod", "flat:name", "appos") and current.head.i != current.i:
        current = current.head
        if current.ent_type_ == "PER":
            return current
    return token


def misparsed_epithet(token: Any) -> bool:
    """ "Le septuple vainqueur du Tour": the parser makes the qualifier the noun and the
    describing noun its adjective."""
    return any(c.dep_ == "amod" and masculine_forms(c.text) & (EPITHETS - DEMONYMS)
               for c in token.children)


def misattached_clause(verb: Any) -> Any | None:
    """ "a confirmé à la presse que …" parsed as a relative clause on "presse": the first
    "que" right after the verb and its addressee opens the content all the same."""
    noun_object = False
    for token in verb.doc[verb.i + 1 : min(verb.i + 9, verb.sent.end)]:
        if (
            token.lower_ in QUE
            and not (noun_object and token.dep_ != "mark")  # "le fils qu'elle a alertée"
            and verb.doc[token.i - 1].lower_ not in CONJUNCTION_HEADS  # "bien qu'il ait …"
            and token.head.pos_ in ("VERB", "AUX", "ADJ")
            and (token.head.dep_ in ("acl:relcl", "acl", "advcl"))
            and token.head.i > token.i
        ):
            return token.head
        if token.is_punct and token.text not in ",":
            return None
        noun_object = noun_object or (token.dep_ == "obj" and token.pos_ == "NOUN"
                                      and token.head.i == verb.i)
    return None


def torn_clause(clause: Any) -> Any | None:
    """ "souligne qu'Edvige n'est que « l'adaptation d'un fichier … »": a que-clause the parser
    tore apart, a bare noun left as the clause; the content runs to the end of the sentence."""
    que = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in QUE), None)
    if que is None or any(t.pos_ in ("VERB", "AUX") for t in clause.subtree):
        return None
    return clause.doc[que.i + 1:clause.sent.end]


def stray_que(verb: Any) -> Any | None:
    """ "a expliqué mardi aux enquêteurs, dès son retour, que l'amie … ne lui avait pas dit
    …": a "que" the parser hangs on the speech verb itself, its clause in pieces; the content
    runs from it to the end of the sentence. When the parser made the content the main clause
    ("X, expert …, a noté qu'en plus des armements …, la Corée du Nord pourrait …"), the
    "que" may even be punctuation to it."""
    deps = ("advmod", "dep", "mark", "fixed") + (("punct",) if verb.dep_ == "advcl" else ())
    que = next((c for c in verb.children if c.lower_ in QUE and c.i > verb.i
                and c.dep_ in deps), None)
    return verb.doc[que.i + 1:verb.sent.end] if que is not None else None


def noun_before(relative: Any) -> Any | None:
    """The noun right before the relative pronoun, past a comma and adjectives ("la
    Société générale qui")."""
    for i in range(relative.i - 1, max(relative.i - 5, -1), -1):
        token = relative.doc[i]
        if token.pos_ in ("NOUN", "PROPN"):
            return token.head if token.dep_.startswith("flat") else token
        if token.text != "," and token.pos_ != "ADJ":
            break
    return None


def last_of_a_list(last: Any, first: Any, verb: Any) -> bool:
    """The relative speaks for the last of several names listed (the parser hangs it on the
    first) when its verb is singular."""
    numbers = {n for t in (verb, *verb.children) if t.i == verb.i or t.dep_.startswith("aux")
               for n in t.morph.get("Number")}
    return last.dep_ == "conj" and last.head.i == first.i and numbers == {"Sing"}


def stranded_subject(verb: Any) -> Any | None:
    """ "Lors de son premier interrogatoire devant les enquêteurs de la brigade financière,
    Jérôme Kerviel avait déjà évoqué …": the parser hangs the name after the comma on the
    noun before it and leaves the verb without a subject; a person's name set off by a comma
    right before a verb that has no subject is its subject."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if first < 2:
        return None
    last = verb.doc[first - 1]
    name = last.head if last.dep_.startswith("flat") else last
    start = min([name.i] + [c.i for c in name.children if c.dep_.startswith("flat")])
    set_off = start > 0 and verb.doc[start - 1].text == ","
    return name if set_off and name.pos_ == "PROPN" and name.ent_type_ == "PER" else None
