"""From a speaker mention to the story's name for that speaker, and its role in an article.

The story's entities (`recoupe.entities.resolve_entities`) already merge spelling variants,
bind surnames ("Peskov", "a déclaré Park") to full names, and collect the roles each
article gives a person with their citations. On top of that:
- a title alone ("le procureur", "le numéro un nord-coréen", "le chef de l'Etat russe")
  is the one person whose roles anywhere in the story have the same head (or an equivalent
  one: dirigeant / leader / numéro un / chef / président) and compatible modifiers; failing
  that, a title of common words sharing a modifier other than a nationality ("le chef
  spirituel bouddhiste" / "chef spirituel tibétain"); a title once resolved is bound for
  the rest of the story ("Le chef bouddhiste" next);
- an organisation described rather than named ("l'agence de presse officielle
  nord-coréenne") is the organisation some article names right after that description
  ("l'agence officielle KCNA");
- the role of a speaker in an article is the apposition at the mention, else the first
  role that article gives the person, else the title the article calls them by.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from recoupe.entities import EntityIndex
from recoupe.nlp import Analysis
from recoupe.nlp.names import name_key
from recoupe.nlp.stems import stem
from recoupe.quotes.firstnames import first_name_gender
from recoupe.quotes.lexicon import DEMONYMS, INSTITUTIONS, SPEAKER_NOUNS
from recoupe.quotes.phrases import noun_phrase, phrase_tokens, role_after
from recoupe.quotes.speakers import read_mention

# Head nouns that designate the same office: "le numéro un nord-coréen" = "le dirigeant
# nord-coréen"; "le magistrat" = "le procureur".
_EQUIVALENT = (
    ("dirigeant", "dirigeante", "leader", "numéro", "chef", "président", "présidente",
     "maître", "homme"),
    ("procureur", "procureure", "magistrat", "magistrate"),
    ("agence", "média", "médias"),
    ("quotidien", "journal"),
)
_CLASS = {stem(w): words[0] for words in _EQUIVALENT for w in words}
# "le chef de l'Etat" is the president, not any "chef" (the dalaï lama is "chef spirituel").
_HEAD_OF_STATE = re.compile(r"\bchef d(?:e l)?['’]\s?[ée]tat\b", re.IGNORECASE)
_OF_THE_REPUBLIC = re.compile(r"\bprésident de la république\b", re.IGNORECASE)
# A head of state's title fits only a head of state's role: the office and a nationality.
_STATE = "=état"
# Where a title's complement starts: its head noun is before ("trader de la banque").
_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’]|à|au|aux)\s?", re.IGNORECASE)
_GENERIC = frozenset(stem(w) for w in (
    "état", "etat", "pays", "un", "actuel", "nouveau", "le", "la", "les", "l'", "l’", "de",
    "du", "des", "d'", "d’", "officiel", "officielle", "république", "presse"))


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved speaker: the story's name for them and their entity id, if any."""

    name: str
    entity: str | None


def _words(text: str) -> list[str]:
    return [stem(w) for w in text.replace("’", "'").replace("l'", "").replace("d'", "")
            .lower().split()]


def title_key(text: str) -> tuple[str, frozenset[str]]:
    """ "le chef de l'Etat russe" and "président russe" share ("dirigeant", {russ}); the
    head itself is kept as a modifier tag ("=président") for titles without modifiers."""
    state = _HEAD_OF_STATE.search(text) is not None or _OF_THE_REPUBLIC.search(text) is not None
    text = _HEAD_OF_STATE.sub("président", text)
    words = [w for w in _words(text) if w not in _GENERIC]
    if not words:
        return "", frozenset()
    before = [w for w in _words(_COMPLEMENT.split(text)[0]) if w not in _GENERIC] or words
    heads = [w for w in before if w in SPEAKER_NOUNS or w in _CLASS]  # "trader de la
    head = heads[0] if heads else before[0]  # banque" is a trader, not a bank
    tag = "=" + (head if _CLASS.get(head) == "dirigeant" else _CLASS.get(head, head))
    tags = {tag, _STATE} if state else {tag}
    return _CLASS.get(head, head), frozenset(w for w in words if w != head) | tags


def _compatible(title: frozenset[str], role: frozenset[str]) -> bool:
    """Every modifier of the title is in the role ("porte-parole du Kremlin" fits
    "porte-parole du Kremlin"; "le procureur" fits "procureur de la République"); a bare
    title needs the same head ("le président" is no "chef spirituel")."""
    modifiers = {w for w in title if not w.startswith("=")}
    if _STATE in title:  # "le président de la République" is no "président de la Ligue …"
        return modifiers <= role and {w for w in role if not w.startswith("=")} <= (
            modifiers | _NATIONALITIES)
    if modifiers:
        return modifiers <= role
    return title <= role


_NATIONALITIES = frozenset(stem(w) for w in DEMONYMS)


def _overlapping(title: frozenset[str], role: frozenset[str]) -> bool:
    """Failing a full fit, a shared modifier other than a nationality, where the others
    do not contradict the role: "le chef spirituel bouddhiste" is the "chef spirituel
    tibétain", but "le chef spirituel tibétain" is not every Tibetan "chef", and "le
    ministre chinois des Affaires étrangères" no other country's foreign minister."""
    modifiers = {w for w in title if not w.startswith("=")}
    return bool((modifiers & role) - _NATIONALITIES) and not (modifiers - role) & _NATIONALITIES


def _same_case(title: str, name: str) -> bool:
    """ "l'équipe" is not the newspaper "L'Equipe", "le monde" not "Le Monde": a title in
    common words only names an entity whose name starts with a common word too."""
    def words(text: str) -> list[str]:
        found = text.replace("’", "'").split()
        if found and found[0].lower() in ("le", "la", "les"):
            found = found[1:]
        return [w.split("'")[-1] for w in found]

    common = not any(w[:1].isupper() for w in words(title))
    named = words(name)
    return not (common and named and named[0][:1].isupper())


def _common_words(title: str) -> bool:
    """A title of common words only: a capitalised word names an institution or a place
    ("le secrétaire général de la FSU", "… de la cour d'appel de Paris"), which only a full
    fit may match."""
    return not any(w[:1].isupper() for w in title.split()[1:])


TitleKey = tuple[str, frozenset[str]]
# How far back, in characters, "ce dernier" / "celui-ci" look for the person named last.
_LATEST_REACH = 300


@dataclass(slots=True)
class StorySpeakers:
    """The story's entities seen from quotes: names, titles, roles per article."""

    index: EntityIndex
    texts: dict[str, str] = field(default_factory=dict)  # article id -> text
    titles: dict[str, list[tuple[TitleKey, Who]]] = field(default_factory=dict)  # by head
    gender: dict[str, str] = field(default_factory=dict)  # entity id -> Masc / Fem
    people: dict[str, Counter[str]] = field(default_factory=dict)  # article -> PER mentions

    def who(self, name: str) -> Who:
        """A name as written -> the story's name for that entity."""
        entity_id = self.index.entity_named(name)
        if entity_id is None:
            return Who(name, None)
        return Who(self.index.entity(entity_id).name, entity_id)

    def bind(self, title: str, who: Who) -> None:
        key = title_key(title)
        if key[0] and (key, who) not in self.titles.get(key[0], []):
            self.titles.setdefault(key[0], []).append((key, who))

    def by_title(self, text: str, article: str | None = None) -> Who | None:
        """A title alone -> the entity the story gives that title: the only one, or the
        one this article names most among those that fit."""
        entity_id = self.index.entity_named(text)
        if entity_id is not None and _same_case(text, self.index.entity(entity_id).name):
            return Who(self.index.entity(entity_id).name, entity_id)
        key = title_key(text)
        titles = self.titles.get(key[0], [])
        found = {w for k, w in titles if _compatible(key[1], k[1])}
        if not found and _common_words(text):
            found = {w for k, w in titles if _overlapping(key[1], k[1])}
        return self._likeliest(found, article)

    def _likeliest(self, candidates: set[Who], article: str | None) -> Who | None:
        if len(candidates) <= 1:
            return next(iter(candidates), None)
        spans = Counter(e for _, _, e in self.index.spans.get(article or "", ()))
        text = self.texts.get(article or "", "")
        counts = Counter({w: spans[w.entity] if w.entity else text.count(w.name)
                          for w in candidates})
        ranked = counts.most_common(2)
        return ranked[0][0] if ranked[0][1] > ranked[1][1] else None

    def main_person(self, article: str, gender: str | None) -> Who | None:
        """The person this article names most, clearly ahead of the next one: whom "le
        coureur texan" means when nobody was named in the sentences before."""
        if article not in self.people:  # counted once per article, not per mention
            persons = {e.id for e in self.index.entities if e.type == "PER"}
            self.people[article] = Counter(
                e for _, _, e in self.index.spans.get(article, ()) if e in persons)
        ranked = Counter({e: n for e, n in self.people[article].items()
                          if gender is None or self.gender.get(e) in (None, gender)}
                         ).most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return Who(self.index.entity(ranked[0][0]).name, ranked[0][0])

    def named_last(self, article: str, before: int, gender: str | None) -> Who | None:
        """The person this article names last before character `before`, and close to it
        ("…, lancé par Pierre Bordry. Ce dernier a proposé …"), of the gender given: none
        when the article has named nobody for a while ("Le Comité international olympique
        se met à l'Internet. Celui-ci …" is the committee)."""
        persons = [(start, e) for start, _, e in self.index.spans.get(article, ())
                   if before - _LATEST_REACH < start < before
                   and self.index.entity(e).type == "PER" and self.gender.get(e) in (None, gender)]
        if not persons:
            return None
        _, last = max(persons)
        return Who(self.index.entity(last).name, last)

    def roles_in(self, entity_id: str | None, article: str) -> list[tuple[int, str]]:
        """The roles this article gives the entity, as printed, with where they start."""
        if entity_id is None:
            return []
        return [(r.citation.start, r.text) for r in self.index.roles.get(entity_id, ())
                if r.citation.article == article]


def _bind_descriptions(analyses: Sequence[Analysis], speakers: StorySpeakers) -> None:
    """ "l'agence officielle KCNA": the description, wherever it recurs, names KCNA;
    "le dalaï lama, chef spirituel des Tibétains,": a person the text never names
    otherwise is known by that description and by the role in apposition."""
    for analysis in analyses:
        for token in analysis.doc:
            if token.pos_ != "NOUN" or stem(token.lower_) not in SPEAKER_NOUNS:
                continue  # only a speaker noun carries a name or a role to bind
            mention = read_mention(token)
            if mention.kind == "name" and mention.role and mention.token.i != token.i:
                entity_id = speakers.index.entity_named(mention.text)
                if entity_id is not None:
                    speakers.bind(mention.role, Who(speakers.index.entity(entity_id).name,
                                                   entity_id))
            elif _definite(token) and token.dep_.startswith("nsubj") and stem(
                    token.lower_) in SPEAKER_NOUNS - INSTITUTIONS:
                role = role_after(phrase_tokens(token)[-1])
                if role and stem(role.split()[0].lower()) in SPEAKER_NOUNS - INSTITUTIONS:
                    who = Who(_bare(noun_phrase(token)), None)
                    speakers.bind(role, who)
                    speakers.bind(noun_phrase(token), who)


def _definite(token: Any) -> bool:
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in token.children)


def _bare(description: str) -> str:
    """ "Le dalaï lama" -> "dalaï lama"."""
    words = description.split()
    if words and words[0].lower() in ("le", "la", "les"):
        words = words[1:]
    return " ".join(words) or description


_FEMININE = frozenset({"Mme", "Mmes", "Mlle", "madame", "Madame"})
_MASCULINE = frozenset({"M.", "MM.", "monsieur", "Monsieur"})


def _marked_gender(noun: Any) -> str | None:
    """ "la ministre française" is feminine; "ministre" alone says nothing (epicene); a
    feminine noun form ("cousine", "candidate") does."""
    for child in noun.children:
        gender = child.morph.get("Gender")
        if child.dep_ == "det" and gender:
            return str(gender[0])
        if child.dep_ == "amod" and gender and (gender[0] == "Fem") == child.lower_.endswith(
                ("e", "es")):
            return str(gender[0])
    gender = noun.morph.get("Gender")
    return "Fem" if gender == ["Fem"] else None


def _genders(analyses: Sequence[Analysis], speakers: StorySpeakers) -> None:
    """A person's gender where French marks it ("Mme X", "la cousine de la mère, X") or
    where the first name says it ("Ulrika Weiss")."""
    docs = {a.article.id: a.doc for a in analyses}
    votes: dict[str, list[str]] = {}
    for entity_id, roles in speakers.index.roles.items():
        for role in roles:
            doc = docs.get(role.citation.article)
            head = doc.char_span(role.citation.start, role.citation.end,
                                 alignment_mode="expand") if doc is not None else None
            noun = next((t for t in head or () if t.pos_ == "NOUN"), None)
            gender = _marked_gender(noun) if noun is not None else None
            if gender:
                votes.setdefault(entity_id, []).append(gender)
    for article, spans in speakers.index.spans.items():
        text = docs[article].text if article in docs else ""
        for start, _, entity_id in spans:
            before = text[max(0, start - 5):start].split()
            if before and before[-1] in _FEMININE | _MASCULINE:
                votes.setdefault(entity_id, []).append(
                    "Fem" if before[-1] in _FEMININE else "Masc")
    for entity_id, genders in votes.items():
        if len(set(genders)) == 1:
            speakers.gender[entity_id] = genders[0]
    for entity in speakers.index.entities:  # a first name that leaves no doubt decides
        gender = first_name_gender(entity.name) if entity.type == "PER" else None
        if gender is not None:
            speakers.gender[entity.id] = gender


def story_speakers(analyses: Sequence[Analysis], index: EntityIndex) -> StorySpeakers:
    speakers = StorySpeakers(index, {a.article.id: a.article.text for a in analyses})
    _genders(analyses, speakers)
    for entity in index.entities:  # "le ministère" -> "ministère chinois des Affaires …"
        if entity.type == "ORG" and entity.name[:1].islower():
            speakers.bind(entity.name, Who(entity.name, entity.id))
    for entity_id, roles in index.roles.items():
        for role in roles:
            speakers.bind(role.text, Who(index.entity(entity_id).name, entity_id))
    _bind_descriptions(analyses, speakers)
    return speakers


def same_speaker(a: str | None, b: str | None) -> bool:
    """Same key, or one is a part of the other ("Yang" / "Yang Uk"); unknown never matches."""
    if not a or not b:
        return False
    if name_key(a) == name_key(b):
        return True
    ta, tb = set(a.lower().split()), set(b.lower().split())
    shorter, longer = sorted((ta, tb), key=len)
    return len(shorter) == 1 and shorter <= longer
