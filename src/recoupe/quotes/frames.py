"""Attribution frames: in one sentence, who is said to have said what.

A frame is read off the dependency parse
- around a speech verb: its content (`content.py`) or, for an inserted attribution
  ("« A, a-t-il dit, B »", "CLAIM, a déclaré X, et CLAIM2"), the words around it, or the
  quotation it announces ("a déclaré : « … »");
- around "selon X" / "d'après X" / a sentence-initial "pour X,";
- around a quotation with no attribution at all (a floating quote, attributed from context).
The outermost attribution wins: a report nested in a quotation or in reported content
("« Elle a expliqué que … », a déclaré le procureur") is part of that content. Frames hold
character spans and speaker tokens only; `extract.py` resolves the speakers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from recoupe.nlp.attribution import agent_of, as_said_by, is_source, source_phrase
from recoupe.nlp.speech import pronominal_only
from recoupe.quotes.content import Piece, lemma_of, reporting, verb_pieces
from recoupe.quotes.lexicon import REFLEXIVES, RELAYING
from recoupe.quotes.misparsed import named_later, nearest_name, set_off_name
from recoupe.quotes.regions import (
    Region,
    balance,
    direct_span,
    drop_final_stop,
    embedding_clause,
    inside,
    kind_of,
    names_a_work,
    opens_a_clause,
    quoted_name,
    quoted_term,
    states,
    trim,
    word_end,
)
from recoupe.quotes.speakers import speaker_token
from recoupe.quotes.trailing import (
    Interruption,
    attribution,
    interruption,
    interrupts,
    introduced_by,
    is_inserted,
    linked,
    trailing_attribution,
)
from recoupe.quotes.unsaid import conditional, states_nothing
from recoupe.records import QuoteKind

Cue = Literal["verb", "incise", "announce", "source", "floating"]

# "Pour sa part, …", "Pour l'heure, …": no opinion of anyone.
_NOT_OPINIONS = frozenset({"part", "heure", "instant", "moment", "autant", "cela", "ça",
                           "rappel", "mémoire", "commencer", "finir", "preuve", "exemple"})

# A quotation this long is a statement even with no attribution in its sentence.
_FLOATING_WORDS = 4


@dataclass(frozen=True, slots=True)
class Frame:
    """One attributed statement: its content span and the token that names its speaker."""

    start: int  # content, character offsets in the article
    end: int
    kind: QuoteKind
    speaker: Any | None  # the spaCy token heading the speaker mention, if any
    verb: Any | None  # the speech verb (or "selon"), if any
    cue: Cue


@dataclass(frozen=True, slots=True)
class _Sentence:
    span: Any  # spaCy Span
    text: str  # the article text
    regions: Sequence[Region]

    def chars(self, first: int, last: int) -> tuple[int, int]:
        doc = self.span.doc
        return doc[first].idx, doc[last].idx + len(doc[last].text)

    def frame(self, start: int, end: int, speaker: Any, verb: Any, cue: Cue) -> Frame | None:
        """A frame over [start, end): whole words, marks balanced, kind decided, span
        trimmed."""
        end = word_end(self.text, end)  # "son grand come-back" split by the parser
        start, end = balance(self.text, *trim(self.text, start, end, keep_marks=True),
                             self.regions)
        start, end = trim(self.text, start, end, keep_marks=True)
        kind = kind_of(start, end, self.regions, self.text)
        if kind == "direct":
            start, end = trim(self.text, start, end)
        else:
            end = drop_final_stop(self.text, start, end)
            start, end = trim(self.text, start, end, keep_marks=True)
        if len(self.text[start:end].split()) < 1 or end - start < 3:
            return None
        return Frame(start, end, kind, speaker, verb, cue)


def _after_colon(s: _Sentence, first: int, end: int) -> int:
    """Words before an inserted attribution start after the last colon: "Plutôt rassurant :
    « Les médecins m'ont comblée », a déclaré l'ex-otage" quotes only the quotation."""
    colons = [
        t.i for t in s.span.doc[first:end] if t.text == ":" and inside(s.regions, t.idx) is None
    ]
    return colons[-1] + 1 if colons else first


def _inserted_frames(verb: Any, speaker: Any, s: _Sentence) -> Iterator[Frame]:
    words = attribution(verb)
    if not is_inserted(verb, speaker, words, s.span):
        return
    if speaker is not None and speaker.i < min(words):  # a subject inside the words
        speaker = next((verb.doc[i] for i in sorted(words)
                        if verb.doc[i].text.startswith("-") and verb.doc[i].text != "-t"), None)
    first, last = min(words), max(words)
    start = _after_colon(s, s.span.start, first)
    if first > start:
        frame = s.frame(*s.chars(start, first - 1), speaker, verb, "incise")
        if frame and (frame.kind != "indirect" or states(s.span, frame.start, frame.end)):
            yield frame  # not "En France" of "En France, avait-il dit, « je ressens … »"
    after = [t for t in s.span if t.i > last]
    while after and after[0].text in ".,;":  # "…, a déclaré X. Tous …"
        after = after[1:]
    if not after:
        return
    region = inside(s.regions, s.span.doc[first].idx)
    opens_again = region is not None and region.end > after[0].idx
    continues = after[0].lower_ in ("et", "mais") and any(
        t.pos_ in ("VERB", "AUX") for t in after[:4])
    if opens_again or continues or linked(s.span, first):
        after = after[1:] if after[0].lower_ in ("et", "mais") else after
        frame = s.frame(after[0].idx, s.chars(after[-1].i, after[-1].i)[1], speaker, verb,
                        "incise")
        if frame:
            yield frame


def _announced(verb: Any, speaker: Any, s: _Sentence, after: int) -> Iterator[Frame]:
    """ "a déclaré : « … »": quotations right of the verb and of any content it has, unless
    another clause opens them ("Dès qu'elle a reconnu Mohamed, Khaldia a alerté sa cousine :
    « … »" is Khaldia's)."""
    for region in s.regions:
        if region.start < max(after, verb.idx):
            continue
        between = s.text[verb.idx + len(verb.text):region.start]
        words = len(s.text[region.start:region.end].split())
        if len(between.split()) > 12 or words < 2 or (words < 4 and ":" not in between) or (
                quoted_name(s.span, region)):  # "à propos de l'« Observatoire … »"
            continue
        opener = introduced_by(s.span, region.start)
        if opener is not None and opener[0] is not None and opener[0].i != verb.i:
            continue
        frame = s.frame(*direct_span(s.text, region), speaker, verb, "announce")
        if frame:
            yield frame


def _piece_frame(piece: Piece, speaker: Any, verb: Any, s: _Sentence) -> Frame | None:
    first = max(piece.first, s.span.start)
    last = min(piece.last, s.span.end - 1)
    channel = next((t.i for t in s.span.doc[first + 1:last + 1] if is_source(t)
                    and inside(s.regions, t.idx) is None), None)  # « d'après ce calcul » is
    if channel is not None:  # said; "a proposé d'envoyer …, selon les agences russes" is not
        last = channel - 1
    named = next((t.i for t in s.span.doc[first + 1:last + 1] if set_off_name(t)), None)
    if named is not None:  # "ce qu'il a qualifié de présentation « laconique » des résultats
        last = named - 2  # du sommet, Alexandre Vorontsov, …, aurait déclaré": another speaker
    if last < verb.i:  # content before its verb: "… : « … », a déclaré X"
        first = _after_colon(s, first, last)
    if last < first:
        return None
    return s.frame(*s.chars(first, last), speaker, verb, "verb")


def _reporter(verb: Any) -> Any | None:
    """ "Il a déclaré que A, ajoutant que B", "a salué la ténacité de X, saluant sa
    « fidélité »": a reporting verb the parser hung inside another speech verb's content
    speaks with that verb's speaker."""
    if not reporting(verb):
        return None
    current = verb.head
    while current.i != current.head.i and current.i != verb.i:
        if current.dep_ in ("ccomp", "obj") and lemma_of(current.head) is not None:
            return speaker_token(current.head)
        current = current.head
    return None


def _one_quotation(frames: list[Frame], s: _Sentence) -> list[Frame]:
    """ "a répondu qu'« il existe certaines restrictions et que la Russie les respecte
    toutes »": clauses that one quotation holds whole are the speaker's words as said,
    one direct quote, not two reported statements; a quotation running on past the content
    the parse gives the verb is all of it ("a alerté sa cousine : « A. B. »")."""
    if not frames:
        return frames
    region = inside(s.regions, frames[0].start)
    if region is None or frames[-1].end > region.end:
        return frames
    start, end = direct_span(s.text, region)
    if start > frames[0].start + 1:  # the quotation opens inside the first clause
        return frames
    whole = s.frame(start, end, frames[0].speaker, frames[0].verb, frames[0].cue)
    return [whole] if whole else frames


def _verb_frames(verb: Any, s: _Sentence) -> list[Frame]:
    lemma = lemma_of(verb)
    if lemma is None or verb.pos_ != "VERB" or states_nothing(verb, lemma):
        return []
    if lemma in pronominal_only() and not any(c.lower_ in REFLEXIVES for c in verb.children):
        return []
    said_by = _reporter(verb) or speaker_token(verb) or nearest_name(verb, s.span, s.regions)
    speaker = named_later(verb, said_by, s.span) or said_by
    frames = _one_quotation([f for p in verb_pieces(verb, lemma, said_by)
                             if (f := _piece_frame(p, speaker, verb, s))], s)
    if not frames:
        frames = list(_inserted_frames(verb, speaker, s))
    after = max((f.end for f in frames), default=verb.idx)
    frames += _announced(verb, speaker, s, after)
    return frames


def _outermost(frames: list[Frame]) -> list[Frame]:
    """Drop frames whose verb lies in another frame's content (nested reports), except under
    a relaying verb: in "Le dirigeant nord-coréen s'est dit prêt à …, a rapporté KCNA" the
    statement is the leader's, the agency only its channel."""
    def holds(outer: Frame, inner: Frame) -> bool:
        verb_at = inner.verb.idx if inner.verb is not None else -1
        return outer is not inner and outer.verb is not None and outer.start <= verb_at < outer.end

    relays = [f.verb is not None and lemma_of(f.verb) in RELAYING and any(
        holds(f, inner) for inner in frames) for f in frames]
    return [frame for frame, relay in zip(frames, relays, strict=True) if not relay and not any(
        holds(outer, frame) and not outer_relays
        for outer, outer_relays in zip(frames, relays, strict=True))]


def _opens(token: Any, span: Any) -> bool:
    """The token opens the sentence, past a linking word ("Mais, pour les députés, …")."""
    return token.i == span.start or linked(span, token.i)


def _quoted_source(token: Any, s: _Sentence) -> bool:
    """A source inside the quotation pointing back into the speaker's own words (« Donc,
    d'après ce calcul, … », « selon moi »): part of what is said. A name there is the
    journalist's insertion (« Le gouvernement porte atteinte, selon Tête, à l'image … »)."""
    head = token.head
    pointing = head.pos_ == "PRON" or any(
        c.dep_ == "det" and set(c.morph.get("PronType")) & {"Dem", "Prs"} for c in head.children)
    return pointing and inside(s.regions, token.idx) is not None


def _source_frames(s: _Sentence) -> Iterator[Frame]:
    """ "Selon X, CLAIM", "CLAIM, selon X", "D'après X, CLAIM", "Pour X, CLAIM"."""
    for token in s.span:
        opinion = token.lower_ == "pour" and _opens(token, s.span) and token.dep_ == "case" \
            and token.head.lower_ not in _NOT_OPINIONS
        # "…, comme évoqué par Washington"; an opening "Comme l'explique X, « … »" announces
        # the quotation, which the verb's own frames take
        said = as_said_by(token) if token.i > s.span.start else None
        if not (is_source(token) or opinion or said is not None) or _quoted_source(token, s):
            continue
        phrase = source_phrase(token) if said is None else {t.i for t in token.head.subtree}
        rest = [t for t in s.span if t.i not in phrase]
        if rest and (min(phrase) < rest[0].i or _opens(token, s.span)):  # "Selon X, de
            # l'Institut Y, CLAIM", "Mais, pour X, CLAIM": the claim after the source
            rest = [t for t in rest if t.i > max(phrase)]
        while rest and rest[-1].is_punct and rest[-1].i > max(phrase):
            rest.pop()  # "CLAIM, selon X." ends before the source, not at the full stop
        if opinion and (token.head.i + 1 >= s.span.end or not any(
                t.text == "," for t in s.span if t.i in phrase or t.i == max(phrase) + 1)):
            continue
        words = [t for t in rest if not t.is_punct]
        if len(words) < 3:
            continue
        frame = s.frame(rest[0].idx, s.chars(rest[-1].i, rest[-1].i)[1],
                        said if said is not None else agent_of(token.head), token, "source")
        if frame:
            yield frame
        return


def _floating(s: _Sentence, frames: list[Frame]) -> Iterator[Frame]:
    """Quotations no frame covers: floating, their speaker comes from context, unless the
    clause before a colon names it ("Khaldia a alerté sa cousine : « … »": all of it).
    Words quoted inside a source's phrase describe the source ("D'après le blog de l'un des
    fondateurs du « site au bateau pirate », Peter Sunde, …")."""
    sources = {i for f in frames if f.cue == "source" and f.verb is not None
               for i in source_phrase(f.verb)}
    for region in s.regions:
        if names_a_work(s.text, region) or _within(s.span, region, sources) or quoted_name(
                s.span, region):
            continue
        start, end = direct_span(s.text, region)
        opener = introduced_by(s.span, region.start)
        if opener is None and (start < s.span.start_char or end > s.span.end_char):
            start, end = max(start, s.span.start_char), min(end, s.span.end_char)
        if any((f.start <= start + 1 and end - 1 <= f.end) or (
                start <= f.start and f.end <= end) for f in frames):
            continue
        interrupted = interruption(s.span, start, end)
        if interrupted is not None:  # « A, explique le ministre. B »
            yield from _interrupted(s, start, end, interrupted)
            continue
        if opener is not None:
            frame = s.frame(start, end, opener[1], opener[0], "announce")
        elif len(s.text[start:end].split()) >= _FLOATING_WORDS:
            frame = _unattributed(s, region, start, end, frames)
        else:
            continue
        if frame:
            yield frame


def _within(span: Any, region: Region, ids: set[int]) -> bool:
    """Every word between the region's marks is one of the tokens `ids`."""
    inner = [t.i for t in span if region.start < t.idx < region.end - 1 and not t.is_punct]
    return bool(inner) and all(i in ids for i in inner)


def _unattributed(s: _Sentence, region: Region, start: int, end: int,
                  frames: list[Frame]) -> Frame | None:
    """A quotation whose attribution, if any, follows its marks: a term quoted inside a
    sentence is nobody's statement ("des personnes jugées « susceptibles de … »"), a piece
    of a statement the sentence runs into makes its clause the statement."""
    verb, speaker = trailing_attribution(s.span, region.end) or (None, None)
    clause = embedding_clause(s.text, region, s.span.start_char, s.span.end_char) if (
        verb is None) else None
    if (clause and quoted_term(s.span, start, end)) or (
            verb is None and opens_a_clause(s.span, region)):
        return None
    if clause and states(s.span, start, end) and not any(
            f.start < clause[1] and clause[0] < f.end for f in frames):
        start, end = clause
    return s.frame(start, end, speaker, verb, "floating" if verb is None else "incise")


def _interrupted(s: _Sentence, start: int, end: int, at: Interruption) -> Iterator[Frame]:
    """The words of a quotation an attribution interrupts inside its marks, before it and
    after it: each part that states something ("Pourtant, assure un analyste, …" leaves
    "Pourtant"; "…, analyse Nicolas Bouzou, économiste au cabinet Astérès" a role)."""
    parts = [(start, at.cut)] + ([(at.resume, end)] if at.resume is not None else [])
    for first, last in parts:
        frame = s.frame(first, last, at.speaker, at.verb, "incise")
        if frame and states(s.span, frame.start, frame.end):
            yield frame


def _continuation(s: _Sentence) -> Frame | None:
    """ "Selon les agences russes, … . Il s'agirait du premier …": a conditional sentence
    right after reported speech continues it."""
    if not conditional(s.span) or inside(s.regions, s.span.start_char + 1):
        return None
    return s.frame(s.span.start_char, s.span.end_char, None, None, "floating")


def sentence_frames(span: Any, text: str, regions: Sequence[Region],
                    follows_report: bool = False) -> list[Frame]:
    """Every frame of one sentence (a spaCy span over the article's masked text).

    `follows_report`: the previous sentence reports speech, so a conditional sentence with
    no attribution of its own continues it."""
    local = [r for r in regions if r.start < span.end_char and span.start_char < r.end]
    s = _Sentence(span, text, local)
    frames: list[Frame] = []
    for token in span:
        if inside(local, token.idx) is None or interrupts(token):
            frames += _verb_frames(token, s)
    sources = list(_source_frames(s))
    # "Selon le procureur, la personne aurait avoué …": a source opening the sentence holds
    # the reports inside it; a source at the end ("…, selon X") is often only the channel.
    opening = [f for f in sources if f.verb is not None and f.verb.i == s.span.start]
    frames = _outermost(frames + opening) if frames else sources
    frames += _floating(s, frames)
    if not frames and follows_report:
        frames = [f for f in [_continuation(s)] if f]
    return _distinct(frames)


def _distinct(frames: list[Frame]) -> list[Frame]:
    seen: set[tuple[int, int]] = set()
    kept = []
    for frame in sorted(frames, key=lambda f: f.start):
        if (frame.start, frame.end) not in seen:
            seen.add((frame.start, frame.end))
            kept.append(frame)
    return kept
