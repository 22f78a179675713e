"""Quoted regions of an article and the character-level helpers of quote spans.

A region is found per paragraph (`nlp.quotemarks.quote_regions`), so a quotation running
over several sentences stays one region. A quotation running over several paragraphs
repeats its opening mark on each paragraph and closes only at the end: a paragraph that
opens a mark it never closes is quoted to its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.nlp import Sentence
from recoupe.nlp.attribution import is_source
from recoupe.nlp.quotemarks import quote_regions
from recoupe.quotes.lexicon import wordlist
from recoupe.records import QuoteKind

MARKS = "«»“”\"„‹›"
_OPENING = "«“\"„‹"
_TRIM = " \t\n\r\xa0,;:–—-" + MARKS
_END_PUNCT = ".!?…"


@dataclass(frozen=True, slots=True)
class Region:
    """Quotation marks included: `text[start]` is the opening mark."""

    start: int
    end: int


def _unclosed_opening(text: str, start: int, end: int, closed: list[tuple[int, int]]) -> int:
    """Offset of a paragraph-initial opening mark left unclosed, or -1."""
    chunk = text[start:end]
    at = len(chunk) - len(chunk.lstrip())
    if at >= len(chunk) or chunk[at] not in _OPENING or any(s <= at < e for s, e in closed):
        return -1
    return start + at


def article_regions(text: str, sentences: Sequence[Sentence]) -> list[Region]:
    """Every quoted region of the article's body, paragraph by paragraph."""
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        first, last = paragraphs.get(s.paragraph, (s.start, s.end))
        paragraphs[s.paragraph] = (min(first, s.start), max(last, s.end))
    regions: list[Region] = []
    for start, end in sorted(paragraphs.values()):
        closed = quote_regions(text[start:end])
        regions += [Region(start + s, start + e) for s, e in closed]
        opening = _unclosed_opening(text, start, end, closed)
        if opening >= 0:
            regions.append(Region(opening, end))
    return sorted(regions, key=lambda r: r.start)


def trim(text: str, start: int, end: int, keep_marks: bool = False) -> tuple[int, int]:
    """Shrink [start, end) past spaces, punctuation and (unless kept) quote marks.

    A full stop is kept inside a quotation ("Il est temps.") and dropped at the end of an
    indirect clause; the caller decides by trimming `_END_PUNCT` separately.
    """
    strip = _TRIM.replace(MARKS, "") if keep_marks else _TRIM
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def drop_final_stop(text: str, start: int, end: int) -> int:
    """Indirect content ends before its sentence's full stop."""
    while end > start and text[end - 1] in _END_PUNCT + " ":
        end -= 1
    return end


def word_end(text: str, end: int) -> int:
    """Past the rest of a hyphenated word the span stops inside of."""
    while end + 1 < len(text) and text[end] == "-" and text[end - 1].isalpha() and (
            text[end + 1].isalpha()):
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    return end


def balance(text: str, start: int, end: int, regions: Sequence[Region]) -> tuple[int, int]:
    """Take in the closing (or opening) mark of a quotation the span cuts through, when only
    punctuation separates it: the parser often hangs « and » on another word. A span that
    opens before a quotation and stops inside it ("avait accepté avec « plaisir" of « plaisir
    et réaffirmé sa volonté … ») runs to its end: quoted words are said together. A span
    never opens on a closing mark."""
    for r in regions:
        if r.start < end < r.end and ((start < r.start and _runs_into(text, r, end))
                                      or not text[end:r.end - 1].strip(" ,.;:!?…")):
            end = r.end
        if r.start < start < r.end and not text[r.start + 1:start].strip(" ,.;:"):
            start = r.start
        elif start == r.end - 1 and r.start < start:  # "a appelé « instamment » les …": the
            start = r.end  # parser hung the closing mark of a quoted adverb on the content
    return start, end


def _runs_into(text: str, region: Region, end: int) -> bool:
    """The sentence runs into the quotation ("avait accepté avec « plaisir et …"), not past a
    colon, and what the span leaves of it is a clause's length within the paragraph (more is
    likely marks paired across sentences)."""
    before = text[:region.start].rstrip()
    rest = text[end:region.end]
    return before[-1:].isalpha() and "\n" not in rest and len(rest.split()) <= 15


def kind_of(start: int, end: int, regions: Sequence[Region], text: str) -> QuoteKind:
    """direct when the content is one quotation, mixed when it contains quoted words."""
    inner = [r for r in regions if r.start < end and start < r.end]
    if any(_covers(r, start, end, text) for r in inner):
        return "direct"
    return "mixed" if inner else "indirect"


def _covers(region: Region, start: int, end: int, text: str) -> bool:
    outside = text[start:max(start, region.start)] + text[min(end, region.end):end]
    return not outside.strip(" ,.;:!?…\n" + MARKS)


def inside(regions: Sequence[Region], offset: int) -> Region | None:
    """The region strictly containing `offset`, if any."""
    return next((r for r in regions if r.start < offset < r.end - 1), None)


def direct_span(text: str, region: Region) -> tuple[int, int]:
    """The words between the marks, marks and surrounding spaces excluded."""
    return trim(text, region.start, region.end)


_CLAUSE_BOUNDARIES = (";", ", et ", ", mais ")


def embedding_clause(text: str, region: Region, first: int, last: int) -> tuple[int, int] | None:
    """ "Sa mère aurait été prévenue … par une amie « qui aurait vu la photo … »": a quoted
    fragment (it opens in lower case) that the sentence [first, last) runs into is a partial
    quote, and the statement is its clause: from the sentence start to the next clause
    boundary after the quotation (a semicolon, ", et", ", mais") or the sentence end. None
    for a quotation that stands alone or follows a colon."""
    start, _ = direct_span(text, region)
    before = text[first:region.start]
    if not text[start:start + 1].islower() or len(before.split()) < 3 or before.rstrip(
            " " + MARKS).endswith(":"):
        return None
    ends = [at for at in (text.find(b, region.end, last) for b in _CLAUSE_BOUNDARIES) if at != -1]
    return first, min(ends, default=last)



# Words right before a quotation that make it a title: "son film « … »", "intitulé « … »".
_WORK_CUES = frozenset(wordlist("""
    film films livre livres roman romans chanson chansons album albums ouvrage ouvrages
    émission émissions pièce série feuilleton spectacle œuvre oeuvre tableau opéra poème
    documentaire exposition opération slogan devise intitulé intitulée intitulés baptisé
    baptisée surnommé surnommée nommé nommée appelé appelée dénommé dénommée interprétait
    interprète interprété chantait chanté titre thème hymne
"""))


def names_a_work(text: str, region: Region) -> bool:
    """ "son film « Le secret des poignards volants »", "qui interprétait « … »": the
    marks hold a title, not somebody's words."""
    before = text[max(0, region.start - 40):region.start].split()
    return bool(before) and before[-1].lower().strip(",:") in _WORK_CUES


# Articles, contracted ones too, before a name in marks ("l'« Observatoire … »").
_NAME_ARTICLES = frozenset({"l'", "l’", "le", "la", "les", "du", "des", "au", "aux"})


def quoted_name(sentence: Any, region: Region) -> bool:
    """A capitalised name between marks right after an article, with no verb: an
    institution's or a plan's name ("à propos de l'« Observatoire des pratiques médicales
    de la fin de vie »"), not words said."""
    offset = sentence.start_char
    if region.start < offset or region.end > sentence.end_char:
        return False
    text = sentence.text  # not doc.text, built at each call
    inner = text[region.start - offset:region.end - offset].strip(" " + MARKS)
    words = text[:region.start - offset].lower().split()
    article = bool(words) and words[-1] in _NAME_ARTICLES
    return inner[:1].isupper() and article and not states(sentence, region.start, region.end)


def states(sentence: Any, start: int, end: int) -> bool:
    """The words between characters `start` and `end` hold a conjugated verb: a piece of a
    statement (« qui aurait vu la photo »), not a quoted term (« faux et usage de faux »,
    « susceptibles de porter atteinte à l'ordre public ») nor a fronted "En France"."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               for t in sentence if start <= t.idx < end)


# Words before quoted words that make them a noun's wording: a preposition or an article
# ("une plainte pour « faux et usage de faux »", "cette image d'« homme malade »").
_TERM_CUES = frozenset({
    "de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’", "un", "une", "pour",
    "contre", "sur", "à", "au", "aux", "en", "par", "dans", "avec", "sans", "entre",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",  # "si ce « geste de
})  # femme à femme » n'était pas"


def names_a_thing(sentence: Any, start: int, end: int) -> bool:
    """The quoted words starting at character `start` name a thing of the sentence: a term
    quoted from a text or a label after a preposition, an article or a participle ("des
    personnes jugées « susceptibles de porter atteinte à l'ordre public »", "une plainte
    pour « faux et usage de faux »"), not a predicate someone states ("était pour elle « un
    petit déchirement »", "porte « atteinte gravement aux libertés »")."""
    before = [t for t in sentence if t.idx < start and not t.is_space]
    while before and before[-1].text in MARKS:
        before.pop()
    if before and before[-1].text == ",":  # « faux et usage de faux », « introduction … »
        return _listed_after_a_term(sentence, before[-1])
    before = [t for t in before if not t.is_punct]
    if not before:
        return False
    cue = before[-1]
    participle = "Part" in cue.morph.get("VerbForm") and cue.dep_ in ("acl", "amod")
    return cue.lower_ in _TERM_CUES or participle or _listed_after_a_term(sentence, cue)


def _listed_after_a_term(sentence: Any, cue: Any) -> bool:
    """ "pour « faux et usage de faux », « introduction dans des systèmes … » et « abus de
    confiance »": quoted words listed after quoted words that name a thing name one too."""
    doc = cue.doc
    if cue.lower_ not in ("et", "ou", ",") or cue.i < 2 or doc[cue.i - 1].text not in MARKS:
        return False
    opening = next((t for t in reversed(doc[sentence.start:cue.i - 1]) if t.text in MARKS), None)
    if opening is None or any(t.pos_ == "VERB" for t in doc[opening.i + 1:cue.i - 1]):
        return False  # "afin d'« empêcher toute pression … » et « … »": words said, no term
    return names_a_thing(sentence, opening.idx + 1, cue.idx)


def opens_a_clause(sentence: Any, region: Region) -> bool:
    """Quoted words with no verb of their own that open the sentence, which goes on from them
    with its own verb and no comma: a term it is about ("« Les encours de crédit à
    l'économie française » des six réseaux concernés devront progresser de 3 %")."""
    text, offset = sentence.text, sentence.start_char  # not doc.text, built at each call
    opening = not text[:max(0, region.start - offset)].strip(" " + MARKS)
    after = text[max(0, region.end - offset):].lstrip(" " + MARKS)
    return opening and after[:1].isalpha() and not states(
        sentence, region.start, region.end) and states(sentence, region.end, sentence.end_char)


def quoted_term(sentence: Any, start: int, end: int) -> bool:
    """Quoted words with no verb of their own that name a thing, in a sentence that says
    nobody's opinion ("selon lui, « dans l'intérêt exclusif de l'accusation »" does)."""
    return not states(sentence, start, end) and names_a_thing(sentence, start, end) and not any(
        is_source(t) for t in sentence)
