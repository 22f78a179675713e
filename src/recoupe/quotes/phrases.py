"""The extent of a speaker mention: its noun phrase without clauses, the role that follows
its name ("X, directeur du programme …, a déclaré"), the name a title carries ("le président
russe Vladimir Poutine"), what makes a token a name, a name's words as written ("Mme
Weiss" is "Weiss"), and the descriptions that stand for a person ("l'Américain", "le coureur
texan")."""

from __future__ import annotations

import re
from typing import Any

from recoupe.nlp.attribution import is_source
from recoupe.nlp.stems import stem
from recoupe.quotes.lexicon import (
    CALENDAR,
    DEMONYMS,
    EPITHETS,
    INSTITUTIONS,
    PORTFOLIOS,
    REFLEXIVES,
    SPEAKER_NOUNS,
    masculine_forms,
)
from recoupe.quotes.regions import MARKS


def trimmed(tokens: list[Any]) -> str | None:
    """The tokens without determiners, prepositions and punctuation at either end."""
    while tokens and (tokens[0].is_punct or tokens[0].pos_ in ("DET", "ADP", "CCONJ")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")
                      or tokens[-1].lower_ in REFLEXIVES):  # "…, s'est dit préoccupé"
        tokens = tokens[:-1]
    return str(tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text) if tokens else None


def role_after(last: Any) -> str | None:
    """ "X, directeur du programme …, un groupe …, a déclaré": the words between the name's
    comma and the next verb (or the end of the sentence)."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    # "…devant le Parlement, le chef spirituel tibétain a insisté": a definite description
    # after the comma is a subject when a verb follows it; at the end of the sentence it is
    # the role ("…, assure Fabrice Delloye, l'ex-mari d'Ingrid Betancourt.").
    description = i + 1 < len(doc) and doc[i + 1].pos_ == "DET" and "Def" in doc[i + 1].morph.get(
        "Definite")
    tokens = []
    for token in doc[i + 1:last.sent.end]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "amod", "xcomp"):
            if description:
                return None
            break
        if token.text in ("«", "“", '"') or token.is_space or "\n" in token.text or (
                token.is_sent_end and token.is_punct):
            break
        tokens.append(token)
    role = trimmed(tokens)
    return role if role and stem(role.split()[0].lower()) in SPEAKER_NOUNS | _AFFILIATION \
        else None


_AFFILIATION = frozenset({"institut", "université", "centre", "de", "du"})


_CIRCUMSTANCE = frozenset({"lors", "pendant", "durant", "devant", "après", "avant", "depuis",
                          "selon", "dans", "sur", "au", "lorsque", "en"})


def _clause_like(child: Any, head: Any) -> bool:
    """Parts of a subject's subtree that are not its name: clauses, an apposition after a
    comma, a circumstance ("le président lors d'une allocution à l'Elysée")."""
    if child.dep_ in ("acl", "acl:relcl", "parataxis", "conj", "cc", "punct"):
        return True
    if child.lower_.endswith(("-même", "-mêmes")):  # "Le chef spirituel tibétain lui-même"
        return True
    between = head.doc[min(head.i, child.left_edge.i):max(head.i, child.left_edge.i)]
    if child.dep_ == "appos" and any(t.text == "," for t in between):
        return True
    first = head.doc[child.left_edge.i].lower_
    return child.dep_ not in ("det", "amod", "flat:name") and first in _CIRCUMSTANCE


# A comma ends a name's phrase, and so does a quotation the parser hung on it ("qualifiée
# par les syndicats d'« injure faite aux salariés »").
_PHRASE_ENDS = frozenset({",", "«", "“", "\"", "("})


def phrase_tokens(token: Any) -> list[Any]:
    """The noun with its determiners, adjectives and complements, without clauses."""
    cut = {t.i for c in token.children if _clause_like(c, token) for t in c.subtree}
    cut |= {t.i for c in token.subtree if c.dep_ == "acl:relcl" and c.head.i != token.i
            for t in c.subtree}  # "un rapport de la Commission bancaire dont Le Monde …"
    doc = token.doc
    scare = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in MARKS and doc[
        token.i + 1].text in MARKS  # 'La "mère" de Mohamed': the noun itself in marks
    end = next((t.i for t in token.subtree if t.i > token.i + scare and (
        t.text in _PHRASE_ENDS or t.i in cut)), None)  # what a broken parse hangs on the
    # noun past a clause is no part of its name ("au parquet général à justifier …")
    tokens = [t for t in token.subtree if t.i not in cut and (end is None or t.i < end)]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].pos_ in ("ADP", "CCONJ")):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].pos_ == "ADP"):
        tokens = tokens[1:]
    return tokens or [token]


def noun_phrase(token: Any) -> str:
    """ "un responsable français, parlant sous couvert …" -> "un responsable français"; a
    word between marks keeps its closing one ("la « mère »")."""
    tokens = phrase_tokens(token)
    start, end = tokens[0].i, tokens[-1].i + 1
    marks = sum(t.text in MARKS for t in token.doc[start:end])
    if marks % 2 and end < len(token.doc) and token.doc[end].text in MARKS:
        end += 1
    return str(token.doc[start:end].text)


def one_of_speakers(pronoun: Any) -> bool:
    """ "L'un des deux guérilleros des Farc capturés …": one of a group of people."""
    return any(c.dep_ == "nmod" and c.pos_ == "NOUN" and stem(c.lower_) in SPEAKER_NOUNS
               and any(g.lower_ in ("des", "d'entre", "d’entre") for g in c.children)
               for c in pronoun.children)


def up_to_clause(token: Any) -> str:
    """The noun phrase before its first participle: "L'un des deux guérilleros des Farc",
    not "… capturés le 2 juillet lors de l'opération …"."""
    tokens = phrase_tokens(token)
    verb = next((t.i for t in tokens if t.i > token.i and t.pos_ == "VERB"), None)
    kept = [t for t in tokens if verb is None or t.i < verb]
    while kept and (kept[-1].is_punct or kept[-1].pos_ in ("ADP", "CCONJ")):
        kept.pop()
    return str(token.doc[kept[0].i:kept[-1].i + 1].text) if kept else token.text


def is_name(token: Any) -> bool:
    """A proper noun, a person or organisation, or an acronym."""
    return token.pos_ in ("PROPN", "X") or token.ent_type_ in ("PER", "ORG") or _acronym(token)


def _acronym(token: Any) -> bool:
    """ "CCTV", which the parser tags as a common noun."""
    return len(token.text) > 1 and token.text.isupper() and token.is_alpha


def described_again(token: Any) -> bool:
    """ "explique celui qui est un ami très proche du septuple vainqueur": the person who
    just spoke, described again."""
    return token.lower_ in ("celui", "celle") and any(
        c.dep_ == "acl:relcl" for c in token.children)


def impersonal_source(verb: Any) -> Any | None:
    """ "assure-t-on dans l'entourage de M. Sarkozy", "a-t-on appris de source judiciaire":
    the circle an impersonal "on" speaks for."""
    for child in verb.children:
        circle = child.dep_.startswith("obl") and any(
            c.lower_ in ("dans", "chez", "auprès", "à", "au") for c in child.children)
        if circle and (stem(child.lower_) in SPEAKER_NOUNS or is_name(child)):
            return child
    for token in verb.subtree:  # "a-t-on appris de source judiciaire", "… auprès de la
        if token.i <= verb.i or token.pos_ not in ("NOUN", "PROPN"):  # police", however
            continue  # the parser hangs them
        before = {t.lower_ for t in token.doc[max(token.i - 3, 0):token.i]}
        sourced = token.lower_ in ("source", "sources") or "auprès" in before or (
            "sein" in before)  # "a-t-on indiqué au sein du Conseil"
        if sourced and (stem(token.lower_) in SPEAKER_NOUNS or is_name(token)):
            return token
    return None


def apposed_name(token: Any) -> Any | None:
    """ "le porte-parole du Kremlin, Dmitri Peskov" / "le président russe Vladimir Poutine";
    not "le chef … devant le Parlement" (a complement with a preposition), nor a name
    that opens a que-clause."""
    for child in token.children:
        if child.pos_ != "PROPN" or child.i < token.i or child.doc[child.i - 1].text == "(":
            continue  # "le président de la Fédération bancaire française (FBF) Georges
            # Pauget": the acronym in brackets is the organisation's
        if any(c.dep_ == "mark" for c in child.children):
            continue  # "le parquet général note que Jérôme Kerviel a affirmé": a clause's
            # subject the parser hung on the noun, "note" read as a noun
        if _affiliation(token, child):
            continue
        prepositional = any(c.dep_ == "case" for c in child.children)
        if _opens_the_clause(token, child):
            continue
        if child.dep_ in ("appos", "flat:name") and not prepositional:
            return _past_nationality(child)
        set_off = child.doc[child.i - 1].text == ","  # "une cousine, Khaldia Dussourt"
        if child.dep_ == "nmod" and not prepositional and (
                child.ent_type_ in ("PER", "ORG") or set_off):
            return child
        if (child.i == token.i + 1 or child.dep_ == "amod") and child.ent_type_ in ("PER", "ORG"):
            return child  # "l'agence officielle Chine Nouvelle", its name read as an adjective
    return None


def _affiliation(noun: Any, name: Any) -> bool:
    """ "le maire PS", "le député UMP": a party's or a union's initials after a person's
    noun say whom the person belongs to; the person is still to be named ("l'agence
    officielle KCNA", an institution, is its name)."""
    return (name.text.isupper() and len(name.text) > 1 and name.ent_type_ != "PER"
            and stem(noun.lower_) in SPEAKER_NOUNS - INSTITUTIONS)


def _opens_the_clause(source: Any, name: Any) -> bool:
    """ "Selon la banque, Kerviel « interprète … »": a name after a source's comma with no
    comma of its own is the subject of the clause, not the source's apposition ("Selon le
    porte-parole du Kremlin, Dmitri Peskov, …" is one)."""
    doc = source.doc
    end = max(t.i for t in name.subtree if t.dep_.startswith("flat") or t.i == name.i)
    closed = end + 1 >= len(doc) or doc[end + 1].text in (",", ")", ".")
    introduced = any(c.dep_ == "case" and (c.lower_ == "pour" or is_source(c))
                     for c in source.children)
    return introduced and doc[name.i - 1].text == "," and not closed


def _past_nationality(name: Any) -> Any:
    """ "le Français Noël Saez": the name, not the nationality before it."""
    if not masculine_forms(name.text) & DEMONYMS:
        return name
    return next((c for c in name.children if c.dep_ in ("appos", "flat:name")
                 and c.pos_ == "PROPN" and c.i > name.i), name)


# Courtesy titles before a name, not part of it ("Mme Weiss" is "Weiss").
_COURTESY = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr"})
HONORIFIC = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(_COURTESY))) + r")\s+")
_TO = frozenset({"à", "au", "aux"})  # whom words are said to
_NAME_DEPS = frozenset({"flat:name", "flat", "flat:foreign"})


def name_chain(token: Any) -> list[Any]:
    """A name's tokens: the head, its flat children, and a hyphenated first part (Leif-Eric)."""
    tokens = sorted([token] + [c for c in token.children if c.dep_ in _NAME_DEPS],
                    key=lambda t: t.i)
    doc, first = token.doc, tokens[0].i
    while first >= 2 and doc[first - 1].text == "-" and doc[first - 2].text[:1].isupper():
        first -= 2
    return [doc[i] for i in range(first, tokens[-1].i + 1)]


def _entity_around(token: Any) -> tuple[int, int] | None:
    """The person, organisation or place entity holding `token`, read from the IOB tags
    around it (building `doc.ents` for each speaker costs more than the rest of this)."""
    if token.ent_type_ not in ("PER", "ORG", "LOC"):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def name_text(token: Any) -> str:
    chain = name_chain(token)
    entity = _entity_around(token)
    start = min(chain[0].i, entity[0]) if entity is not None else chain[0].i
    end = max(chain[-1].i + 1, entity[1]) if entity is not None else chain[-1].i + 1
    end = next((t.i for t in token.doc[token.i : end] if t.text == "," or _dash(t)), end)
    while end - 1 > start and (token.doc[end - 1].is_punct
                               or token.doc[end - 1].lower_ in CALENDAR):
        end -= 1  # "Christine Lagarde vendredi"
    while end - start > 2 and token.doc[start].lower_ in PORTFOLIOS:
        start += 1  # "la ministre de l'Économie Christine Lagarde"
    return HONORIFIC.sub("", str(token.doc[start:end].text))


def _dash(token: Any) -> bool:
    """A dash set off by spaces opens an aside ("Le député Leonetti - député-maire UMP
    d'Antibes - a répliqué"); a hyphen inside a name has no space before it."""
    return token.text in ("-", "–", "—") and token.i > 0 and bool(
        token.doc[token.i - 1].whitespace_)


def demonstrative(token: Any) -> bool:
    """ "ce spécialiste", "cette décision"."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in token.children)


def definite(token: Any) -> bool:
    """The noun has a definite article: "le coureur", "l'Américain"."""
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in token.children)


def epithet(token: Any) -> bool:
    """ "l'Américain", "le coureur texan": a definite description (a capitalised
    nationality, a noun that describes a person) with no name of its own."""
    names = any(c.dep_ in _NAME_DEPS for c in token.children)
    return bool(masculine_forms(token.text) & EPITHETS) and definite(token) and not names


def descriptive_role(role: str) -> bool:
    """ "ex-otage", "coureur américain": a description, second to a function or an
    affiliation ("ancienne candidate présidentielle des verts")."""
    words = role.replace("’", "'").split()
    return bool(words) and bool(masculine_forms(words[0].split("'")[-1]) & EPITHETS)


def demonym(token: Any) -> bool:
    """ "l'Américain", "le Belge" (never "la France")."""
    return token.text[:1].isupper() and bool(masculine_forms(token.text) & DEMONYMS) and epithet(
        token)


def person_ending(tokens: list[Any]) -> Any | None:
    """The person named last in `tokens`, when they end with the name: the inverted speaker
    after circumstances ("remarquait d'ailleurs lors de son audition la Garde des Sceaux
    Rachida Dati", "a renchéri sur le même ton rassurant M. de Castries")."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    if last is None or last.pos_ != "PROPN" or not (
            last.ent_type_ == "PER" or any(t.text in _COURTESY for t in words[-4:-1])):
        return None
    name = last.head if last.dep_.startswith("flat") else last
    first = name.i
    while first > 0 and name.doc[first - 1].text in _COURTESY:
        first -= 1
    complement = name.head.text not in _COURTESY and any(  # "M. de Castries" is a name
        c.dep_ == "case" for c in name.children)  # "la défense de Lance Armstrong" is not
    if name.dep_ == "conj" or any(c.dep_ in ("cc", "mark") for c in name.children):
        return None  # "le cabinet d'avocats Weiss et Lurie", "… note que Jérôme Kerviel"
    if complement or (first > 0 and name.doc[first - 1].lower_ in _TO | {"("}):
        return None  # "a-t-il déclaré à Jean Dupont": whom it was said to; "(Robert
        # Laffont)": the publisher of the book the speaker wrote
    return name


def inserted(verb: Any) -> bool:
    """ "…, a déclaré X" / "« … » a-t-il dit": the verb (with its auxiliaries) follows a
    comma or a closing mark."""
    i = verb.i - 1
    while i >= 0 and (_verb_group(verb.doc[i], verb) or verb.doc[i].pos_ == "ADV"):
        i -= 1
    return i >= 0 and verb.doc[i].text in ",»”\""


def _verb_group(token: Any, verb: Any) -> bool:
    """An auxiliary, clitic or subject of the verb ("a-t-il", "fait" in "a fait valoir")."""
    return bool(token.head.i == verb.i and (
        token.dep_.startswith(("aux", "expl", "nsubj")) or token.pos_ == "AUX"))


def runs_to(subject: Any, verb: Any) -> bool:
    """Only the subject between it and the verb: nothing, an aside without verb or marks
    after the auxiliary ("Nicolas Sarkozy avait, pour la première fois, invité"), a relative
    clause set off by commas ("la Chine, qui considère le dalaï lama comme un
    « sécessionniste », avait appelé"); not a word of a quotation the parser made the
    subject of the verb after it."""
    between = verb.doc[subject.i + 1:verb.i]
    if not any(t.is_punct for t in between):
        return True
    following = verb.doc[min(subject.right_edge.i + 1, verb.i)]
    if following.dep_.startswith("aux") and following.head.i == verb.i and not any(
            t.text in MARKS or t.pos_ == "VERB" for t in between):
        return True
    relative = next((c for c in subject.children if c.dep_ == "acl:relcl"
                     and c.left_edge.i == subject.i + 2 and between[0].text == ","), None)
    return relative is not None and all(
        t.i <= relative.right_edge.i or t.text == "," or t.head.i == verb.i for t in between)
