"""Uses of a speech verb that report no statement: a question put to someone ("Lorsqu'on
lui a demandé si …"), a passive whose subject is only talked about ("L'Américain est
soupçonné d'avoir …", "se voit reprocher …"), a participle that describes a noun
("chercheur invité à …"), an object that points at words said ("ce qu'il a qualifié de …"),
a person greeted; and hearsay, a sentence in the conditional.
"""

from __future__ import annotations

from typing import Any

from recoupe.quotes.lexicon import QUE, REFLEXIVES
from recoupe.quotes.phrases import impersonal_source, inserted
from recoupe.quotes.regions import MARKS

_QUESTION_MARKS = frozenset({"si", "combien", "pourquoi", "comment", "quand", "qui"})


def _asks(clause: Any) -> bool:
    """ "demandé si …", "demandé pourquoi …" — but "a dit que si …" states."""
    marks = [c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")]
    return any(m in _QUESTION_MARKS for m in marks) and not any(m in QUE for m in marks)


def _is_question(verb: Any, lemma: str) -> bool:
    """ "Lorsqu'on lui a demandé si …": a question put to someone, not a statement."""
    asked = lemma in ("demander", "interroger", "questionner") and any(
        c.lower_ in ("on", "-on") and c.dep_.startswith("nsubj") for c in verb.children)
    asks = any(_asks(clause) for clause in verb.children if clause.dep_ == "ccomp")
    return asked or asks


def _passive(verb: Any) -> bool:
    """ "L'Américain est soupçonné d'avoir …": the subject is who is talked about, and with
    no agent ("par X") nobody in the sentence speaks ("il a été expliqué que …", impersonal,
    still reports someone's words)."""
    deps = {c.dep_ for c in verb.children}
    talked_about = any(c.dep_ == "nsubj:pass" and c.pos_ != "PRON" for c in verb.children)
    return "aux:pass" in deps and "obl:agent" not in deps and talked_about


_PAST_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                    "it", "ite", "its", "ites")


def _describes(verb: Any) -> bool:
    """ "chercheur invité à l'Institut Yonsei": a past participle qualifying a noun, with
    no agent, describes the noun; nobody speaks. Not an attribution after the words, which
    the parser hangs on a noun inside them ("« … système financier stable … », a renchéri
    M. de Castries")."""
    participle = verb.lower_.endswith(_PAST_PARTICIPLE)  # the tagger calls "déplore" one too
    return verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN" and participle and not any(
        c.dep_ in ("obl:agent", "nsubj", "nsubj:pass") for c in verb.children) and not (
        inserted(verb) and any(c.dep_.startswith("aux") for c in verb.children))


def _points_at_words(verb: Any) -> bool:
    """ "Notant ce qu'il a qualifié de présentation « laconique »", "il a répété ce qu'il
    avait dit": an object that only points at words said quotes none of them."""
    return any(c.dep_ == "obj" and c.lower_ in ("ce", "cela", "ça") and any(
        g.dep_ == "acl:relcl" for g in c.children) for c in verb.children)


_SEEING = frozenset({"voit", "voient", "voyait", "voyaient", "vit", "virent", "verra", "verront",
                     "verrait", "verraient", "vu", "vue", "vus", "vues", "voir", "voyant"})


def _undergone(verb: Any) -> bool:
    """ "se voit confier les clés d'« une suite »", "s'est vu reprocher …": "se voir" and a
    speech verb is a passive; the subject is who the words were addressed to or said of."""
    reflexive = any(r.lower_ in REFLEXIVES for r in verb.children)
    if verb.lower_ in _SEEING:  # "voir" itself ("voir X comme Y") with an infinitive: "se
        # voit confier", and "ont vu défiler 205 délégations", seeing, not saying
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
    seeing = [verb.head] if verb.dep_ == "xcomp" else []
    seeing += [c for c in verb.children if c.i < verb.i and c.dep_ in ("dep", "aux:tense")]
    return any(v.lower_ in _SEEING and (reflexive or any(
        r.lower_ in REFLEXIVES for r in v.children)) for v in seeing)


def _greets(verb: Any, lemma: str) -> bool:
    """ "le public a bruyamment salué Vladimir Poutine et George W. Bush à leur apparition":
    a person greeted, with no words quoted and no reason given ("pour son courage")."""
    if lemma != "saluer":
        return False
    person = any(c.dep_ == "obj" and c.ent_type_ == "PER" for c in verb.children)
    said = any(t.text in MARKS or t.lower_ in ("pour", "comme") for t in verb.subtree
               if t.i > verb.i)
    return person and not said


def _learned(verb: Any, lemma: str) -> bool:
    """ "Il a appris que sa mère était malade", "On a appris mardi que …": learning, not
    saying; only "a-t-on appris de source judiciaire" reports someone's words."""
    impersonal = any(c.lower_ in ("on", "-on") and c.dep_.startswith("nsubj")
                     for c in verb.children)
    return lemma == "apprendre" and not (impersonal and impersonal_source(verb) is not None)


def states_nothing(verb: Any, lemma: str) -> bool:
    """A question put to someone, a passive whose subject is only talked about ("se voir"
    too), a participle that describes a noun, an object that points at words said, a
    person greeted."""
    return _is_question(verb, lemma) or _passive(verb) or _undergone(verb) or (
        _describes(verb) or _points_at_words(verb) or _greets(verb, lemma)
        or _learned(verb, lemma))


def conditional(span: Any) -> bool:
    """The sentence's main verb is in the conditional: hearsay ("Il s'agirait du …"); not
    the modal of what could or should happen ("En retour, Pyongyang pourrait rechercher
    …"), the journalist's own weighing as often as the source's."""
    root = span.root
    verbs = [root] + [c for c in root.children if c.dep_.startswith(("aux", "cop"))]
    return any("Cnd" in v.morph.get("Mood") and not v.lower_.startswith(_MODALS)
               for v in verbs)


_MODALS = ("pourr", "devr")
