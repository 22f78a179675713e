"""Who a speech verb's subject is, as the sentence says it: a name, a title, a pronoun.

No French coreference model ships on PyPI, so these are rules over the parse:
- the speaker token is the verb's subject; a participle ("affirmant que") or a coordinated
  verb borrows its governor's subject; a relative clause ("Washington, qui craint que")
  its antecedent;
- a name ("James Nixey") is taken whole, with the words in apposition as its role;
- a title with a name ("le porte-parole du Kremlin, Dmitri Peskov") gives both, also when
  the parser makes the name a second subject ("Le commandant …, le général Freddy Padilla
  a révélé"), hangs it beside the title ("a relayé la chaîne publique CCTV") or the NER
  tags the title ("le vice-ministre des Affaires étrangères He Yafei");
- "l'un des deux guérilleros des Farc" is one of a group of people;
- a title alone ("le chef de l'Etat russe"), a pronoun ("a-t-il déclaré") and an
  impersonal "on" ("assure-t-on dans l'entourage de M. Sarkozy") are resolved later;
- anything else (« La décision … suggère que », « Des photos montrent que ») is no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from recoupe.nlp.speech import is_speech_verb, speech_lemma
from recoupe.nlp.stems import stem
from recoupe.quotes.lexicon import (
    ADDRESSEES,
    CALENDAR,
    DOCUMENTS,
    EPITHETS,
    FAIRE,
    INSTITUTIONS,
    RELAYING,
    SPEAKER_NOUNS,
    TIME_NOUNS,
    masculine_forms,
)
from recoupe.quotes.misparsed import (
    last_of_a_list,
    misparsed_epithet,
    noun_before,
    pronounless_relative,
    subject_after_que,
)
from recoupe.quotes.phrases import (
    HONORIFIC,
    apposed_name,
    demonstrative,
    demonym,
    described_again,
    inserted,
    is_name,
    name_chain,
    name_text,
    noun_phrase,
    one_of_speakers,
    person_ending,
    phrase_tokens,
    role_after,
    runs_to,
    trimmed,
    up_to_clause,
)

MentionKind = Literal["name", "title", "pronoun", "latest", "group", "none"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_ANAPHORS = frozenset({"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles",
                       "ceux-ci", "celles-ci", "lui", "eux"})
# "Ce dernier", "cette dernière" (and "celui-ci", "celle-ci"): the person named last.
_LATEST = frozenset({"dernier", "dernière"})  # "ces derniers" are a group, often unnamed
# Indefinite pronouns that name a group of speakers the text leaves anonymous.
_GROUPS = frozenset({"certains", "certaines", "plusieurs", "beaucoup", "d'autres", "d’autres",
                     "nombreux", "tous", "la plupart"})
# "Personne n'était venu réclamer Mohamed": nobody, who says nothing ("cette personne" may).
_NOBODY = frozenset({"personne", "aucun", "aucune", "nul", "nulle"})


def is_title_like(text: str) -> bool:
    """ "Président de la République" capitalised is still a title, not a name."""
    words = text.split()
    return len(words) > 1 and stem(words[0].lower()) in SPEAKER_NOUNS


def is_person(token: Any) -> bool:
    """A mention that can be "il" or "elle" later: a person's name or a person noun."""
    if token.ent_type_ in ("LOC", "ORG", "MISC") or token.pos_ == "PRON":
        return False
    if token.ent_type_ == "PER":
        return True
    return token.pos_ == "NOUN" and (stem(token.lower_) in SPEAKER_NOUNS - INSTITUTIONS
                                     or misparsed_epithet(token))


@dataclass(frozen=True, slots=True)
class Mention:
    """What the text says about a speaker, before resolution."""

    text: str  # the name, pronoun or description as written
    kind: MentionKind
    role: str | None
    token: Any  # the head token of the mention


def _subjects(verb: Any) -> list[Any]:
    """Third-person subjects: "je" and "nous" speak inside a quotation, never outside; a
    time the parser calls a subject ("déclarait-il il y a quelques semaines") is none. The
    parser may hang the subject on "fait" before the infinitive ("la société a fait savoir")."""
    causer = [c for c in verb.children if c.lower_ in FAIRE and c.i < verb.i]
    return [c for c in (*verb.children, *(g for f in causer for g in f.children))
            if (c.dep_ in _SUBJECT_DEPS or _clitic_subject(c, verb))
            and c.lower_ not in ("-t", "t", "se", "s'", "s’")
            and not set(c.morph.get("Person")) & {"1", "2"} and c.lower_ not in TIME_NOUNS]


_CLITICS = frozenset({"-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle", "-on", "-t-on"})


def _clitic_subject(token: Any, verb: Any) -> bool:
    """ "déclarait-il": the inverted pronoun right after the verb is its subject, whatever
    the parser calls it."""
    return token.lower_ in _CLITICS and token.i == verb.i + 1


def _passive_agent(verb: Any) -> Any | None:
    """ "L'annonce a été critiquée par le Parti socialiste : « … »": a passive speech verb's
    agent speaks; its subject is what is spoken of. Not the agent of a relaying verb: "Poutine
    a été cité par les médias russes" is Poutine speaking."""
    if speech_lemma(verb.lower_) in RELAYING or not any(
            c.dep_ == "aux:pass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    return agent if agent is not None and _can_speak(agent) else None  # not "par une cagnotte"


def _subject_rank(subject: Any, verb: Any) -> tuple[int, int, int]:
    """A name before a clitic: "a déclaré X" over a stray "-il"; then the inverted one; then,
    of two subjects the parser gives one verb, a person's name over a title ("le directeur
    général de la police nationale (DGPN) Frédéric Péchenard a soutenu") and anyone over a
    thing ("La libération annoncée, il a fait savoir")."""
    clitic = subject.text.startswith("-")
    who = 0 if subject.ent_type_ == "PER" else 1 if subject.pos_ == "PRON" or _can_speak(
        subject) else 2
    return (1 if clitic else 0, 0 if subject.i > verb.i else 1, who)


# "…, affirment des analystes": the parser reads the inverted subject as anything.
_INVERTED_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl:arg", "obl:mod", "iobj"})


def _inverted_object(verb: Any) -> Any | None:
    """ "…, a déclaré Poutine.": the parser often reads the inverted subject as an object."""
    fronted = any(c.dep_.startswith("nsubj") and c.i < verb.i and c.lower_ not in ADDRESSEES
                  and runs_to(c, verb) for c in verb.children)  # "…, Armstrong avait
    # annoncé", "la Chine, qui considère …, avait appelé": no inversion
    if fronted or not inserted(verb):
        return None
    after = [c for c in verb.children if c.dep_ in _INVERTED_DEPS and c.i > verb.i]
    for child in after:
        addressee = any(g.dep_ == "case" for g in child.children)  # "a dit à la presse"
        if not addressee and (is_name(child) or stem(child.lower_) in SPEAKER_NOUNS):
            return _name_beside(child)
        # "assure à l'AFP Fabrice Delloye", "a déclaré mercredi Johan Bruyneel", "a reconnu
        # jeudi le procureur": the name hung on the addressee, the name or title on the day
        if addressee or child.lower_ in CALENDAR:
            deps = ("appos",) if addressee else ("appos", "nmod")  # not "au journal Le X"
            named = next((g for g in child.children if g.dep_ in deps and g.i > child.i
                          and (is_name(g) or (not addressee and _speaker_noun(g)))
                          and not any(c.dep_ == "case" for c in g.children)), None)
            if named is not None:
                return named
    return _named_at_the_end(verb)


def _named_at_the_end(verb: Any) -> Any | None:
    """ "…, a renchéri sur le même ton rassurant M. de Castries": the person whose name ends
    the attribution, up to the next comma; not after a clitic subject ("a-t-il ajouté, avant
    de rencontrer … Wen Jiabao"), nor after a participle, which takes no inverted subject
    ("…, jugeant « farfelu » le chiffre … donné par X")."""
    doc = verb.doc
    clitic = any(t.text.startswith("-") and t.pos_ == "PRON" for t in doc[max(verb.i - 3, 0):
                                                                         verb.i + 2])
    if clitic or verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"):
        return None
    attribution = []
    for token in doc[verb.i + 1:verb.sent.end]:
        if token.text == ",":
            break
        attribution.append(token)
    return person_ending(attribution)


def _name_beside(title: Any) -> Any:
    """ "…, a relayé la chaîne de télévision publique CCTV": the parser hangs the name right
    after the title on the verb, as a second object."""
    following = title.right_edge.i + 1
    if following < len(title.doc):
        name = title.doc[following]
        if name.head.i == title.head.i and is_name(name):
            return name
    return title


def _antecedent(relative: Any, verb: Any) -> Any | None:
    """ "Washington, qui craint que …": the noun the relative pronoun stands for; the one
    right before it when the parser's choice cannot speak ("de vives critiques de
    l'opposition, qui l'avait accusé de …")."""
    governor = verb.head if verb.dep_ in ("acl:relcl", "acl") and verb.head.pos_ in (
        "NOUN", "PROPN") else None
    before = noun_before(relative)
    if before is not None and before.dep_ == "nmod" and is_person(before.head) and any(
            c.dep_ == "case" for c in before.children):
        before = before.head  # "le député de l'Essonne, qui indique": the deputy
    if governor is not None and before is not None and last_of_a_list(
            before, governor, verb):
        return before  # "Jack Lang, Robert Badinter et Jean-Louis Bianco qui a déclaré"
    if governor is not None and not (before is not None and _answers_for(before)
                                     and not _can_speak(governor)):
        return governor
    return before


def _answers_for(token: Any) -> bool:
    """A speaker noun or a proper name, a country too ("des demandes d'extradition par les
    Etats-Unis, qui les accusent"); not part of a title ("du Tour de France, qui"), nor a
    text ("l'article 8 de la Convention européenne …, qui garantit")."""
    return _speaker_noun(token) or (token.pos_ == "PROPN" and token.ent_type_ != "MISC")


def _speaker_noun(token: Any) -> bool:
    """A noun that speaks: "l'opposition", "la Société générale" (not "l'article 8 de la
    Convention …", nor a place: "du Tour de France qui")."""
    return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("LOC", "MISC") and stem(
        token.lower_) in SPEAKER_NOUNS


def _can_speak(token: Any) -> bool:
    """A name, a speaker noun, or a noun describing a person ("le coureur")."""
    return is_name(token) or _speaker_noun(token) or bool(masculine_forms(token.text) & EPITHETS)


def speaker_token(verb: Any) -> Any | None:
    """The token that names who speaks, following the verb's governors when needed (",
    a écrit le média officiel, confirmant une information …": the governor's inverted
    subject)."""
    current = verb
    for _ in range(4):
        inverted = _inverted_object(current) if current is verb or is_speech_verb(
            current.lower_) else None  # not "a laissé les internautes exprimer …"
        if inverted is not None:
            return inverted
        if current.dep_ == "xcomp" and current.head.text.startswith("-"):
            return current.head  # "a-t-elle encore rapporté", parsed around "-elle"
        agent = _passive_agent(current)
        if agent is not None:
            return _named_apposition(agent, current)
        subjects = _subjects(current)
        if subjects:
            best = _named_apposition(min(subjects, key=lambda s: _subject_rank(s, current)),
                                     current)
            if best.lower_ in ("qui", "lequel", "laquelle"):
                return _antecedent(best, current) or best
            return best
        if current.dep_ in ("acl:relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            author = _author(current.head) if _governs(current) else None
            if author is None or _can_speak(author):
                return author
            current = _beyond(current.head)
            continue
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _beyond(noun: Any) -> Any:
    """Where to look for the speaker when a participle hangs on a noun that cannot speak:
    the noun itself when it has a subject ("X a été le premier à exprimer …"), the verb a
    circumstance hangs on, before it ("Le dalaï lama n'a pas manqué lors de sa visite de
    réaffirmer que …"), else nowhere (the noun, on which the caller finds no subject)."""
    if _subjects(noun) or not noun.dep_.startswith("obl"):
        return noun
    current = noun.head
    while current.pos_ != "VERB" and current.head.i != current.i:
        current = current.head
    return current if current.i < noun.i else noun  # not a verb after it, a parse error


def _author(noun: Any) -> Any:
    """ "Chine Nouvelle a rendu publics deux commentaires … accusant …": a text speaks for
    whoever published it."""
    verb = noun.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:  # "rendu publics jeudi deux
        verb = verb.head  # commentaires": the parser hangs the text on the day
    if noun.lower_ not in DOCUMENTS or verb.pos_ != "VERB" or verb.i > noun.i:
        return noun
    return next((s for s in _subjects(verb) if _can_speak(s)), noun)


def _governs(clause: Any) -> bool:
    """The noun a participle or relative clause hangs on is its subject; not for a relative
    clause with no relative pronoun, a parse error ("des résultats du sommet, Alexandre
    Vorontsov, …, aurait déclaré": "déclaré" is no relative clause of "résultats")."""
    return clause.dep_ == "acl" or not pronounless_relative(clause)


def _named_apposition(subject: Any, verb: Any) -> Any:
    """ "Le commandant des forces militaires, le général Freddy Padilla a révélé": the
    parser makes the named apposition a second subject, of the verb or of its auxiliary;
    the name is who speaks (the title may carry an entity tag of its own)."""
    if is_name(subject) and not subject.is_lower:
        return subject
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    named = _set_off_before(subject, min(h.i for h in heads))
    if named is not None:
        return named
    for other in (c for head in heads for c in head.children if c.dep_ in _SUBJECT_DEPS):
        start = other.left_edge.i
        if other.i > subject.i and start > 0 and other.doc[start - 1].text == "," and (
                is_name(other) or apposed_name(other) is not None):
            return other
    return subject


def _set_off_before(subject: Any, verb_start: int) -> Any | None:
    """ "Le président de l'Association pour le droit de mourir dans la dignité (ADMD),
    Jean-Luc Romero, a estimé": a person's name set off by commas right before the verb,
    which the parser hangs on a noun inside the title, is who speaks."""
    doc = subject.doc
    for token in subject.subtree:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ != "PER":
            continue
        end = name_chain(token)[-1].i
        if doc[token.i - 1].text == "," and end + 2 == verb_start and doc[end + 1].text == ",":
            return token
    return None


def read_mention(token: Any, strong: bool = False) -> Mention:
    """Name, title, group or pronoun, as the sentence gives it, with the role in apposition.

    `strong`: the verb is one only people do ("assure que"): any noun names a speaker."""
    lower = token.lower_
    if demonym(token):  # "l'Américain a précisé": someone named before
        return Mention(noun_phrase(token), "title", None, token)
    if token.ent_type_ not in ("PER", "ORG") and (lower in _ANAPHORS or described_again(token)):
        return Mention(token.text, "pronoun", None, token)
    if lower in _GROUPS:
        return Mention(lower, "group", None, token)
    if lower in _NOBODY and not any(c.dep_ == "det" for c in token.children):
        return Mention(token.text, "none", None, token)
    if lower in ("celui-ci", "celle-ci") or (lower in _LATEST and any(
            "Dem" in c.morph.get("PronType") for c in token.children)):
        return Mention(noun_phrase(token), "latest", None, token)  # "Ce dernier a proposé"
    if (subject := subject_after_que(token)) is not None:
        return Mention(name_text(subject), "name", None, subject)
    named = apposed_name(token)
    # A title the NER tagged or written in initials is still a title when a name follows it
    # ("le vice-ministre des Affaires étrangères He Yafei", "le PDG Daniel Bouton").
    if is_name(token) and not ((token.is_lower or stem(lower) in SPEAKER_NOUNS)
                               and named is not None):
        joined = _joined_name(token)
        if joined is not None:  # joint speakers stay joint
            return Mention(f"{name_text(joined)} et {name_text(token)}", "group", None, token)
        return Mention(name_text(token), "name", role_after(name_chain(token)[-1]), token)
    if token.pos_ == "PRON":
        named = named if lower in ("un", "une") else None  # "l'un d'eux, X"
        if named is not None:
            return Mention(name_text(named), "name", None, named)
        if lower in ("un", "une") and one_of_speakers(token):  # "l'un des deux guérilleros"
            return Mention(up_to_clause(token), "title", None, token)
        return Mention(token.text, "none", None, token)
    if named is None and stem(lower) in SPEAKER_NOUNS and token.pos_ == "NOUN":
        named = person_ending(phrase_tokens(token))  # "Le procureur de la République de
        # Marseille Jacques Dallest": the name the parser hangs on the title's complement
    if named is not None and (stem(lower) in SPEAKER_NOUNS or token.pos_ == "NOUN"):
        name_ids = {t.i for t in named.subtree}
        first = name_chain(named)[0].i  # "Hans-Gert Pöttering" starts at "Hans"
        title = [t for t in token.subtree if t.i not in name_ids and t.i < first]
        role = trimmed(title)
        honorific = role is not None and bool(HONORIFIC.match(role + " "))
        return Mention(name_text(named), "name", None if honorific else role, named)
    if stem(lower) not in SPEAKER_NOUNS and not (  # "Cette décision confirme que …": no one
            strong and token.pos_ == "NOUN" and not demonstrative(token)) and not (
            token.pos_ == "NOUN" and misparsed_epithet(token)):
        return Mention(token.text, "none", None, token)
    return Mention(noun_phrase(token), "title", None, token)


def _joined_name(name: Any) -> Any | None:
    """ "Gerardo Aguilar et Alexander Farfan ont affirmé", "Moscou et Pyongyang ont nié": the
    parser leaves the first name as a root of its own, right before "et"."""
    doc, first = name.doc, name_chain(name)[0].i
    if first < 2 or doc[first - 1].lower_ != "et":
        return None
    other = doc[first - 2]
    other = other.head if other.dep_.startswith("flat") else other
    return other if other.dep_ == "ROOT" and other.i != name.head.i and is_name(other) else None
