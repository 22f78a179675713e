"""Who a speaker mention refers to: names, pronouns, surnames and titles, with roles.

No French coreference model ships on PyPI, so these are rules over the parse:
- a name ("James Nixey") is taken whole, with the words in apposition as its role;
- a title with a name ("le porte-parole du Kremlin, Dmitri Peskov") gives both;
- a surname ("a déclaré Park", "Yang") or "M. Poutine" becomes the story's full name
  that contains it, when only one does (or one dominates the article);
- a title alone ("le chef de l'Etat russe") becomes the person the story binds to an
  equivalent title ("le président russe Vladimir Poutine");
- pronouns are resolved by the caller, which knows the article's recent speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from recoupe.nlp.names import name_key
from recoupe.nlp.stems import stem

_HONORIFIC = re.compile(r"^(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+")
_NAME_DEPS = frozenset({"flat:name", "flat", "flat:foreign"})
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui"})
# Head nouns that designate a leader: "le numéro un nord-coréen" = "le dirigeant nord-coréen".
_LEADER = frozenset(stem(w) for w in (
    "dirigeant", "leader", "numéro", "chef", "président", "maître", "homme"))
_GENERIC = frozenset(stem(w) for w in ("état", "etat", "pays", "un", "actuel", "nouveau"))
# Nouns that can head a speaker: people, offices, organisations, media.
_SPEAKER_WORDS = """
    porte-parole ministre président présidente dirigeant dirigeante chef secrétaire directeur
    directrice expert experte analyste spécialiste chercheur chercheuse professeur professeure
    responsable responsables diplomate officiel source sources agence agences ministère
    gouvernement parquet police procureur procureure avocat avocate juge syndicat association
    médias média presse journal quotidien télévision observateur observateurs témoin témoins
    habitant habitants élu élus député députée sénateur sénatrice maire commission comité
    conseil banque société entreprise groupe direction état-major armée militaire militaires
    numéro leader ambassadeur ambassadrice consul économiste politologue historien historienne
    sociologue médecin médecins scientifique scientifiques enquêteur enquêteurs auteur auteurs
    fondateur fondatrice patron patronne employé employés salarié salariés manifestant
    manifestants opposant opposants partisan partisans proche proches famille père mère fils
    fille frère sœur mari épouse ami amie collègue entourage délégation délégué déléguée
    représentant représentante commissaire gouverneur préfet préfète général amiral colonel
    officier officiers soldat soldats cabinet bureau département service services office
    institut organisation onu otan ue kremlin maison élysée matignon communiqué rapport
    étude enquête sondage document lettre déclaration site compte message chaîne radio
"""
SPEAKER_NOUNS = frozenset(stem(w) for w in _SPEAKER_WORDS.split())


@dataclass(frozen=True, slots=True)
class Mention:
    """What the text says about a speaker, before resolution."""

    text: str  # the name, pronoun or description as written
    kind: str  # "name" | "title" | "pronoun" | "none" (not a speaker)
    role: str | None


def _chain(token: Any) -> list[Any]:
    """A name's tokens: the head, its flat children, and a hyphenated first part (Leif-Eric)."""
    tokens = sorted([token] + [c for c in token.children if c.dep_ in _NAME_DEPS],
                    key=lambda t: t.i)
    doc, first = token.doc, tokens[0].i
    while first >= 2 and doc[first - 1].text == "-" and doc[first - 2].text[:1].isupper():
        first -= 2
    return [doc[i] for i in range(first, tokens[-1].i + 1)]


def name_text(token: Any) -> str:
    chain = _chain(token)
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end
                   and e.label_ in ("PER", "ORG")), None)
    start = min(chain[0].i, entity.start) if entity is not None else chain[0].i
    end = max(chain[-1].i + 1, entity.end) if entity is not None else chain[-1].i + 1
    return str(token.doc[start:end].text)


def _trimmed(tokens: list[Any]) -> str | None:
    while tokens and (tokens[0].is_punct or tokens[0].pos_ in ("DET", "ADP")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return str(tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text) if tokens else None


def role_after(last: Any) -> str | None:
    """ "X, directeur du programme …, un groupe …, a déclaré": the words between the name's
    comma and the next verb (or the end of the sentence)."""
    doc = last.doc
    i = last.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    tokens = []
    for token in doc[i + 1:last.sent.end]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "amod", "xcomp"):
            break
        if token.text in ("«", "“", '"') or token.is_space or (
                token.is_sent_end and token.is_punct):
            break
        tokens.append(token)
    return _trimmed(tokens)


def read_mention(token: Any) -> Mention:
    """Name, title or pronoun, as the sentence gives it, with the role in apposition."""
    if token.ent_type_ not in ("PER", "ORG") and (
            token.lower_ in _PRONOUNS or token.pos_ == "PRON"):
        return Mention(token.text, "pronoun", None)
    if token.pos_ in ("PROPN", "X") or token.ent_type_ in ("PER", "ORG"):
        return Mention(name_text(token), "name", role_after(_chain(token)[-1]))
    named = next((c for c in token.children if c.pos_ == "PROPN" and (
        c.dep_ == "appos" or (c.i == token.i + 1 and c.ent_type_ in ("PER", "ORG")))), None)
    if named is not None:
        name_ids = {t.i for t in named.subtree}
        title = [t for t in token.subtree if t.i not in name_ids and t.i < named.i]
        role = _trimmed(title)
        honorific = role is not None and bool(_HONORIFIC.match(role + " "))
        return Mention(name_text(named), "name", None if honorific else role)
    if stem(token.lower_) not in SPEAKER_NOUNS:
        return Mention(token.text, "none", None)
    return Mention(_trimmed(list(token.subtree)) or token.text, "title", None)


def title_key(token: Any) -> tuple[str, frozenset[str]]:
    """ "le chef de l'Etat russe" and "le président russe" share ("leader", {russ})."""
    head = stem(token.lower_)
    modifiers = frozenset(
        stem(t.lower_) for t in token.subtree
        if t.i != token.i and t.pos_ in ("ADJ", "NOUN") and t.ent_type_ != "PER"
        and stem(t.lower_) not in _GENERIC)
    return ("leader" if head in _LEADER else head), modifiers


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= 0.5


@dataclass(slots=True)
class StoryNames:
    """Full names and title bindings found anywhere in the story."""

    full_names: dict[str, set[str]] = field(default_factory=dict)  # token key -> names
    titles: dict[tuple[str, frozenset[str]], str] = field(default_factory=dict)

    def add_name(self, name: str) -> None:
        parts = _HONORIFIC.sub("", name).split()
        if len(parts) < 2:
            return
        for part in (parts[0], parts[-1]):  # Korean names lead with the family name
            self.full_names.setdefault(name_key(part), set()).add(name)

    def full(self, name: str, article_counts: Counter[str] | None = None) -> str:
        """'Park' -> 'John Park' when the story names one Park (or one dominates here)."""
        bare = _HONORIFIC.sub("", name).strip()
        if len(bare.split()) != 1:
            return bare
        candidates = _distinct(self.full_names.get(name_key(bare), set()))
        if len(candidates) == 1:
            return candidates[0]
        counts = article_counts or Counter()
        ranked = sorted(candidates, key=lambda c: -counts[name_key(c)])
        if len(ranked) > 1 and counts[name_key(ranked[0])] >= 2 * max(
                1, counts[name_key(ranked[1])]):
            return ranked[0]
        return bare

    def bound_title(self, token: Any) -> str | None:
        head, modifiers = title_key(token)
        for (bound_head, bound_modifiers), name in self.titles.items():
            if bound_head == head and _compatible(modifiers, bound_modifiers):
                return name
        return None


def _distinct(names: Iterable[str]) -> list[str]:
    """One spelling per person: 'Kim Jong Un' and 'Kim Jong-Un' are one candidate."""
    by_key: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):
        by_key.setdefault(name_key(name), name)
    return list(by_key.values())


def _bind_titles(doc: Any, names: StoryNames) -> None:
    for token in doc:
        if token.pos_ != "NOUN" or stem(token.lower_) not in SPEAKER_NOUNS:
            continue
        mention = read_mention(token)
        if mention.kind == "name" and mention.role:
            names.titles.setdefault(title_key(token), names.full(mention.text))


def story_names(docs: Iterable[Any]) -> StoryNames:
    names = StoryNames()
    docs = list(docs)
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "PER":
                names.add_name(str(entity.text))
    for doc in docs:
        _bind_titles(doc, names)
    return names


def mention_counts(doc: Any) -> Counter[str]:
    """How often each person is named in one article (keyed by `name_key`)."""
    return Counter(name_key(str(e.text)) for e in doc.ents if e.label_ == "PER")
