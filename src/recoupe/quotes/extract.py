"""Quotes of one article: frames read sentence by sentence, speakers resolved in context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from recoupe.nlp import Analysis
from recoupe.nlp.names import name_key
from recoupe.nlp.speech import STRONG
from recoupe.quotes.content import lemma_of
from recoupe.quotes.context import (
    LOOKBACK,
    Agreement,
    History,
    mention_agreement,
    pronoun_agreement,
)
from recoupe.quotes.frames import Frame, sentence_frames
from recoupe.quotes.lexicon import MEDIA
from recoupe.quotes.misparsed import stranded_subject
from recoupe.quotes.phrases import (
    definite,
    demonstrative,
    demonym,
    described_again,
    descriptive_role,
    epithet,
    impersonal_source,
)
from recoupe.quotes.regions import MARKS, Region, article_regions, inside
from recoupe.quotes.resolve import StorySpeakers, Who
from recoupe.quotes.speakers import (
    Mention,
    is_person,
    is_title_like,
    read_mention,
)
from recoupe.records import QuoteKind


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One attributed statement in one article; `text == article.text[start:end]`."""

    article: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    entity: str | None
    role: str | None
    sentence: int
    paragraph: int
    text: str
    cue: str = "verb"  # how the sentence attributes it (frames.Cue): "floating" has no verb


@dataclass(slots=True)
class _Context:
    """The article's speakers so far, for pronouns, floating quotes and repeated roles."""

    speakers: StorySpeakers
    article: str
    headings: set[int] = field(default_factory=set)  # intertitles: sentences on their own line
    history: History = field(default_factory=History)
    roles: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> first role

    def note_role(self, who: Who, role: str | None, position: int) -> None:
        """Keep the first role the article gives (a role is never the name itself:
        "dalaï lama", known by that description, has "chef spirituel tibétain" as role)."""
        if not role or _part_of_name(role, who.name):
            return
        kept = self.roles.get(who.name)
        if kept is None or (descriptive_role(role), position) < (
                descriptive_role(kept[1]), kept[0]):
            self.roles[who.name] = (position, role)

    def resolve(self, mention: Mention, sentence: int) -> tuple[Who | None, str | None]:
        """A mention -> who it is and the role the mention gives."""
        if mention.kind == "pronoun":  # none in the sentences before: whom the article
            agreement = pronoun_agreement(mention.token)  # is about ("…", a-t-il déclaré)
            found = (self.history.named_speaker(agreement, sentence) if described_again(
                mention.token) else None) or self.history.antecedent(agreement, sentence)
            if found is None and agreement.number != "Plur":
                found = self.speakers.main_person(self.article, agreement.gender)
            return found, None
        if mention.kind == "latest":  # the person named last, else the last one written of
            agreement = mention_agreement(mention.token)  # ("Le ministre … Celui-ci a dit")
            return self.speakers.named_last(self.article, mention.token.idx, agreement.gender) or (
                self.history.antecedent(agreement, sentence)), None
        if mention.kind == "name":
            who = self.speakers.who(mention.text)
            if who.entity is None and is_title_like(mention.text):  # "Président de la …"
                who = self.speakers.by_title(mention.text, self.article) or who
            return who, mention.role
        if mention.kind == "group":
            return Who(mention.text, None), None
        if mention.kind != "title":
            return None, None
        if demonym(mention.token) and (outlet := self._organisation(mention.text)):
            return outlet, None  # "Le Parisien avait indiqué": a paper, not "l'Américain"
        plural = "Plur" in mention.token.morph.get("Number")
        if demonstrative(mention.token) and not plural:  # "ce spécialiste de la Colombie"
            found = self.history.antecedent(mention_agreement(mention.token), sentence)
            if found is not None:
                return found, None
        if plural:  # "les médias officiels", "Ces opposants au fichier": a group described
            return Who(mention.text, None), None
        bound = None if demonym(mention.token) else self.speakers.by_title(
            mention.text, self.article)  # "l'Américain" is no entity of its own
        if bound is not None:  # "Le chef spirituel bouddhiste …" then "Le chef bouddhiste"
            self.speakers.bind(mention.text, bound)
        if bound is None and epithet(mention.token):  # "le coureur texan": named before
            bound = None if demonym(mention.token) else self.speakers.by_title(
                mention.token.text, self.article)  # "l'ex-otage franco-colombienne"
            agreement = mention_agreement(mention.token)
            bound = bound or self.history.antecedent(agreement, sentence, True) or (
                self.history.antecedent(agreement, sentence)) or (  # "la mère", unnamed
                self.speakers.main_person(self.article, agreement.gender))
        if bound is None:
            return Who(mention.text, None), None
        return bound, None if demonym(mention.token) else _title_role(mention.text)

    def _organisation(self, name: str) -> Who | None:
        """The organisation the story knows by this name, if any."""
        who = self.speakers.who(name)
        known = who.entity is not None and self.speakers.index.entity(who.entity).type == "ORG"
        return who if known else None

    def note_subjects(self, sentence: Any, index: int, regions: list[Region],
                      before: int | None = None) -> None:
        """Remember who this sentence is about (outside quotations), for the next pronoun.
        `before`: only the named subjects of its main clauses left of that token, for a
        pronoun later in the sentence ("Le chef spirituel tibétain a choisi de ne pas en
        rajouter : …, il n'a pas demandé d'audience à Nicolas Sarkozy et assure que …")."""
        if index in self.headings:  # an intertitle's subject is no antecedent for the
            return  # paragraph under it ('La "nounou" ne serait pas en règle', "Elle a dit …")
        for token, verb in _subjects_of(sentence):
            if _spoken(regions, token):
                continue
            if before is not None and (token.i >= before or token.pos_ == "PRON" or (
                    verb.dep_ not in ("ROOT", "advcl", "conj", "parataxis"))):
                continue
            main = verb.dep_ == "ROOT"  # not "a dit que l'otage …" (a reported subject)
            mention = read_mention(token)
            medium = main and mention.kind == "title" and mention.token.lower_ in MEDIA
            if mention.kind not in ("name", "title", "pronoun") or not (
                    mention.kind == "pronoun" or is_person(mention.token) or medium):
                continue
            if mention.kind == "pronoun" and not main:
                continue  # "alors qu'elle tente …" is as often a country as a person, and
                # a wrong guess would give that person the pronoun's gender for good
            who, role = self.resolve(mention, index)
            if who is not None:
                if main:
                    self.note_role(who, role, token.idx)
                self.history.add(who, index, self.agreement(who, token), False, medium)

    def agreement(self, who: Who, token: Any | None) -> Agreement:
        """Gender and number from the mention, else from what the story says of the entity."""
        found = mention_agreement(token) if token is not None else Agreement(None, None)
        if found.gender is None and who.entity in self.speakers.gender:
            found = Agreement(self.speakers.gender[who.entity or ""], found.number)
        return found


def _spoken(regions: list[Region], token: Any) -> bool:
    """Inside a quotation: the speaker's words, not what the article is about; one word
    alone between marks is the article's, held at a distance ("la « mère » se défend")."""
    region = inside(regions, token.idx)
    if region is None:
        return False
    doc = token.doc  # not doc.text: spaCy builds it anew at each call
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not (before is not None and after is not None and before.idx == region.start
                and after.idx + len(after.text) == region.end)


def _subjects_of(sentence: Any) -> Iterator[tuple[Any, Any]]:
    """Each subject of the sentence with its verb, a name the parser hung elsewhere too."""
    for token in sentence:
        if token.dep_.startswith("nsubj"):
            yield token, token.head
        elif token.dep_ == "ROOT" and (stranded := stranded_subject(token)) is not None:
            yield stranded, token


# Verbs that continue a statement: their definite subject is the speaker going on.
_GOING_ON = frozenset({"ajouter", "poursuivre", "préciser", "conclure", "insister",
                       "renchérir", "enchaîner", "compléter", "nuancer", "répéter"})


def _part_of_name(role: str, name: str) -> bool:
    """ "dalaï" or "dalaï lama" is the name of the dalaï lama, not a role."""
    return name_key(role) == name_key(name) or set(role.lower().split()) <= set(
        name.lower().split())


def _title_role(title: str) -> str:
    """ "le porte-parole du Kremlin" -> "porte-parole du Kremlin" (the role as printed)."""
    for article in ("l'", "l’", "L'", "L’"):
        if title.startswith(article):
            return title[len(article):]
    words = title.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in (
        "le", "la", "les", "un", "une", "des") else title


def _speaker(frame: Frame, sentence: int, ctx: _Context) -> tuple[Who | None, str | None]:
    if frame.speaker is None:
        floating = frame.cue in ("floating", "incise", "verb", "announce")
        return (ctx.history.last_speaker(sentence), None) if floating else (None, None)
    if frame.speaker.lower_ in ("on", "-on") and frame.verb is not None:
        source = impersonal_source(frame.verb)  # "assure-t-on dans l'entourage de X"
        if source is not None:
            return ctx.resolve(read_mention(source), sentence)
        return ctx.history.last_speaker(sentence), None
    lemma = lemma_of(frame.verb) if frame.verb is not None else None
    mention = read_mention(frame.speaker, lemma in STRONG)
    who, role = ctx.resolve(mention, sentence)
    if who is None or who.entity is not None or mention.kind != "title" or not definite(
            mention.token):
        return who, role
    # "…, a ajouté le responsable": the speaker going on, a few sentences back at most;
    # "« … », a dit le manager d'Astana": the named speaker of the sentence before.
    if lemma in _GOING_ON:
        within = LOOKBACK
    elif frame.cue == "incise":
        within = 1
    else:
        return who, role
    found = ctx.history.named_speaker(mention_agreement(mention.token), sentence, within)
    return (found, _title_role(mention.text)) if found else (who, role)


def _mentions(analysis: Analysis, ctx: _Context) -> list[QuoteMention]:
    text = analysis.article.text
    regions = article_regions(text, analysis.sentences)
    found: list[QuoteMention] = []
    sourced = -1  # the last sentence attributed with "selon X" / "pour X"
    for sentence in analysis.sentences:
        span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        frames = sentence_frames(span, text, regions, sourced == sentence.index - 1)
        if any(f.cue == "source" for f in frames):
            sourced = sentence.index
        pronouns = [f.speaker.i for f in frames if f.speaker is not None
                    and f.speaker.lower_.split("-")[-1] in ("il", "elle")]  # "a-t-il dit"
        if pronouns:
            ctx.note_subjects(span, sentence.index, regions, before=min(pronouns))
        for frame in frames:
            who, role = _speaker(frame, sentence.index, ctx)
            if who is None:
                continue
            ctx.note_role(who, role, frame.speaker.idx if frame.speaker is not None else 0)
            ctx.history.add(who, sentence.index, ctx.agreement(who, frame.speaker), spoke=True)
            found.append(QuoteMention(
                analysis.article.id, frame.start, frame.end, frame.kind, who.name, who.entity,
                role, sentence.index, sentence.paragraph, text[frame.start:frame.end],
                frame.cue))
        ctx.note_subjects(span, sentence.index, regions)
    return found


def _outermost(mentions: list[QuoteMention]) -> list[QuoteMention]:
    """Drop a mention lying inside another of the article (the quotation inside the
    reported speech that carries it, "a critiqué X : « … »", is one statement, not two),
    and a second reading of the same span."""
    kept: list[QuoteMention] = []
    for m in mentions:
        inside = any(o.start <= m.start and m.end <= o.end
                     and (o.start, o.end) != (m.start, m.end) for o in mentions)
        if not inside and not any((k.start, k.end) == (m.start, m.end) for k in kept):
            kept.append(m)
    return kept


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


# A pull quote is repeated this many sentences later at most.
_PULLED_FROM = 3
_STOPS = frozenset(".!?…:;")  # what ends a sentence of the text, not an intertitle


def _pulled(mentions: list[QuoteMention], headings: set[int]) -> list[QuoteMention]:
    """A floating quotation whose words a quotation just after holds is a pull quote or an
    intertitle repeating it ("Ces appels ont du poids", then « Dans un pays comme la
    Colombie, … ces appels ont du poids », juge un ambassadeur): that quotation's speaker's,
    not the last speaker's before it. An intertitle in other words (a line of its own,
    `headings`) heads the section of whoever speaks next ("« Pas question de ficher les
    homosexuels »", then François Chérèque)."""
    pulled, said = [], [_words(m.text) for m in mentions]  # each mention's words, once
    for m, words in zip(mentions, said, strict=True):
        source = None
        if m.cue == "floating" and len(words.split()) >= 3:
            following = [(n, theirs) for n, theirs in zip(mentions, said, strict=True)
                         if n.speaker and 0 < n.sentence - m.sentence <= _PULLED_FROM]
            source = next((n for n, theirs in following if words in theirs), None)
            if source is None and m.sentence in headings:
                source = next((n for n, _ in following if n.cue != "floating"), None)
        pulled.append(m if source is None else replace(
            m, speaker=source.speaker, entity=source.entity, role=source.role))
    return pulled


def _headings(analysis: Analysis) -> set[int]:
    """The sentences that are a line of their own without a full stop: intertitles."""
    text = analysis.article.text

    def alone(start: int, end: int) -> bool:
        before, after = text[max(0, start - 9):start], text[end:end + 9]
        return before.rstrip(" ")[-1:] in ("", "\n") and after.lstrip(" ")[:1] in ("", "\n")

    return {s.index for s in analysis.sentences if alone(s.start, s.end) and text[
        s.start:s.end].rstrip(MARKS + " ")[-1:] not in _STOPS}


def article_quotes(analysis: Analysis, speakers: StorySpeakers) -> list[QuoteMention]:
    """Every attributed statement of the article, in reading order, each speaker with the
    role this article gives them (repeated on every quote of theirs)."""
    ctx = _Context(speakers, analysis.article.id, _headings(analysis))
    found = _pulled(_outermost(_mentions(analysis, ctx)), ctx.headings)
    for m in found:
        if m.speaker:
            for start, role in speakers.roles_in(m.entity, m.article):
                ctx.note_role(Who(m.speaker, m.entity), role, start)
    return [replace(m, role=ctx.roles[m.speaker][1] if m.speaker in ctx.roles else m.role)
            for m in found]
