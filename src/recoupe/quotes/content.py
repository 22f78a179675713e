"""What a speech verb says was said: its content, read off the dependency parse.

French reports speech in a handful of constructions, each with its own content:
- a que-clause ("a déclaré que A et que B": two statements);
- an infinitive ("a nié avoir trahi", "a promis de continuer") or an adjective
  ("s'est dite prête à …");
- an object with its complement ("a exhorté la Russie à …", "accuse X de …");
- an object described ("a décrit X comme Y", "voir X comme Y");
- a noun that states a claim ("a démenti toute participation", "a souligné la nécessité
  de …"), or a preposition's object ("a conclu à un état de santé satisfaisant").
Pieces are token ranges; `frames.py` turns them into character spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from recoupe.nlp.speech import (
    AS_VERBS,
    CLAUSE_ONLY,
    NOMINAL,
    NOMINAL_IF_QUOTED,
    NOMINAL_IF_SAID,
    OBJECT_CONTROL,
    PREPOSITIONAL,
    PREPOSITIONAL_IF_QUOTED,
    SAID_NOUNS,
    speech_lemma,
)
from recoupe.nlp.stems import stem
from recoupe.quotes.lexicon import FAIRE, QUE, REFLEXIVES, SPEAKER_NOUNS
from recoupe.quotes.misparsed import (
    misattached_clause,
    relative_as_content,
    stray_que,
    torn_clause,
)
from recoupe.quotes.phrases import inserted

# Leading words of a content piece that link it to its verb: "de continuer", "et que".
_LINKS = frozenset({"et", "mais", "ou", "puis", "car", "de", "d'", "d’", "à"})
_AS = frozenset({"comme"})
_QUOTE_MARKS = frozenset("«»“”\"")
_CAUSED = {"valoir": "faire valoir", "savoir": "faire savoir"}
_OF = ("de", "du", "des", "d'", "d’")
# "s'est dite prête à …", "se disant persuadée que …", "se déclarant victime de …": the
# adjective or noun opens the content.
_SE_DIRE = frozenset({"dit", "dite", "dits", "dites", "disant", "déclaré", "déclarée", "déclarant",
                      "avoué", "avouée", "affirmé", "affirmée"})
# "saluant son invité avec une poignée de main" greets; "a salué la ténacité de X" praises.
_GREETINGS = frozenset({"saluer", "accueillir"})
_PEOPLE = frozenset({"invité", "invitée", "invités", "hôte", "hôtes", "homologue",
                     "homologues", "foule", "public", "partisans", "supporters", "visiteur",
                     "visiteurs", "journalistes", "participants", "délégation"})


# Someone else's report, which a speaker confirms or denies without saying what it says.
_REPORTS = frozenset({"information", "informations"})


# "bien qu'il ait reconnu", "alors que …", "même s'il a salué …": the sentence's own
# concession or contrast ("pour renforcer …" still belongs to the content).
_CONCESSIVE = frozenset({"bien", "alors", "tandis", "quoique", "encore", "même"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "obl", "obl:arg", "obl:mod", "advcl", "ccomp"})


@dataclass(frozen=True, slots=True)
class Piece:
    """Tokens `first..last` (inclusive, Doc indices) state what was said."""

    first: int
    last: int


def lemma_of(verb: Any) -> str | None:
    """The speech lemma of a verb token; "fait part de", "a fait valoir que", "a fait savoir
    que" read as one verb (the parser hangs "fait" on the infinitive or the other way)."""
    if verb.lower_ in FAIRE and any(c.lower_ == "part" and c.dep_ == "obj"
                                    for c in verb.children):
        return "faire part"
    if verb.lower_ in _CAUSED and any(c.lower_ in FAIRE and c.i < verb.i
                                      for c in verb.children):
        return _CAUSED[verb.lower_]
    caused = next((c for c in verb.children if c.lower_ in _CAUSED and c.dep_ == "xcomp"
                   and c.i == verb.i + 1), None) if verb.lower_ in FAIRE else None
    return _CAUSED[caused.lower_] if caused is not None else speech_lemma(verb.text)


def _piece(tokens: Iterable[Any]) -> Piece | None:
    kept = sorted(tokens, key=lambda t: t.i)
    while kept and (kept[0].lower_ in QUE or (kept[0].is_punct and kept[0].text not in "«“\"„")
                    or (kept[0].lower_ in _LINKS and kept[0].dep_ in ("mark", "cc"))):
        kept = kept[1:]
    while kept and kept[-1].is_punct and (kept[-1].text not in "»”\"" or _opens(kept)):
        kept = kept[:-1]
    return Piece(kept[0].i, kept[-1].i) if kept else None


def _opens(tokens: list[Any]) -> bool:
    """The last token is a straight mark that opens a quotation, not one that closes it ("s'est
    déclaré satisfait : « …" as scraped with straight marks)."""
    return bool(tokens[-1].text == '"') and sum(t.text == '"' for t in tokens) % 2 == 1


def _has_que(token: Any) -> bool:
    """Its own "que", which the parser may call a dependent ("…, et qu'elle avait blessé")."""
    return any(c.dep_ in ("mark", "dep") and c.lower_ in QUE and c.i < token.i
               for c in token.children)


def _subtree_without(token: Any, cut: set[int]) -> list[Any]:
    return [t for t in token.subtree if t.i not in cut]


def reporting(token: Any) -> bool:
    """A speech verb that reports on its own inside another's content: "…, ajoutant que",
    "… et a exhorté la Russie à" (a coordinated verb sharing the speaker)."""
    if token.pos_ != "VERB" or lemma_of(token) is None:
        return False
    participle = "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
    shared = token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children)
    return participle or shared


def clause_pieces(clause: Any) -> list[Piece]:
    """ "que A et que B" -> A, B; a coordinated clause without its own "que" stays in A;
    "…, ajoutant que C" is left to its own verb."""
    parts = [c for c in clause.children if c.dep_ == "conj" and _has_que(c)]
    cut = {t.i for p in parts for t in p.subtree}
    cut |= {t.i for d in clause.subtree if d.i != clause.i and reporting(d) for t in d.subtree}
    pieces = [_piece(_subtree_without(clause, cut))]
    for part in parts:
        pieces.extend(clause_pieces(part))
    return [p for p in pieces if p is not None]


def _children(verb: Any, *deps: str) -> list[Any]:
    return [c for c in verb.children if c.dep_ in deps]


def _case(token: Any) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ in ("case", "mark")), None)


def _infinitive(token: Any) -> bool:
    verb_form = token.morph.get("VerbForm")
    return "Inf" in verb_form or any(
        c.dep_.startswith(("aux", "cop")) and "Inf" in c.morph.get("VerbForm")
        for c in token.children)  # "nié s'être dopé": the copula carries the infinitive


def _object(verb: Any, names: bool = False, speaker: Any | None = None) -> Any | None:
    """A content noun, not a pronoun and not an anaphoric "ces affirmations"; a name only
    when the construction makes it the object of a claim ("accuser la Russie de …"); never
    the inverted subject the parser read as an object ("…, a déclaré le procureur")."""
    if speaker is not None and speaker.i > verb.i:  # "…, a annoncé Bruyneel, son directeur
        return None  # sportif": after an inverted speaker comes their role, no content
    if speaker is None and inserted(verb):  # "« … », déclare la voix off": the object the
        return None  # parser sees is the inverted subject
    allowed = ("NOUN", "PROPN") if names else ("NOUN",)
    for obj in _children(verb, "obj"):
        if obj.pos_ not in allowed or obj.lower_ == "part" or obj.i < verb.i:
            continue
        if any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in obj.children):
            continue
        return obj
    return None


def _clitic_object(verb: Any) -> bool:
    """ "qui les accuse de …": the object is a pronoun before the verb."""
    return any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < verb.i
               for c in verb.children)


def _complement(verb: Any, after: int) -> Any | None:
    """The "à …" / "de …" / "pour …" complement of a control verb, right of its object."""
    for child in verb.children:
        if child.i > after and child.dep_ in _COMPLEMENT_DEPS and _case(child) in (
                "à", "de", "d'", "d’", "pour", "au", "aux", "du", "des", "contre"):
            return child
        if child.i > after and child.dep_ in (*_COMPLEMENT_DEPS, "obj") and any(
                c.dep_ == "det" and c.lower_ == "de" for c in child.children):
            return child  # "a menacé Paris de représailles": the parser reads "de" as a det
    return None


def _controlled(verb: Any, lemma: str) -> Any | None:
    """ "a appelé « instamment » les dirigeants chinois à « donner la preuve » …": the object
    of a control verb that the parser reads as a predicate."""
    if lemma not in OBJECT_CONTROL:
        return None
    return next((c for c in _children(verb, "xcomp") if c.pos_ == "NOUN" and c.i > verb.i
                 and _complement_in_object(c)), None)


def _complement_in_object(obj: Any) -> bool:
    """ "accuse le dalaï lama de comploter …": the parser hung the "de …" complement of the
    control verb inside its object."""
    return any(t.i > obj.i and t.pos_ == "VERB" and _case(t) in ("de", "d'", "d’", "à")
               for t in obj.subtree)


def _as_attribute(verb: Any, after: int) -> Any | None:
    """ "comme cruciales pour …": the attribute of "décrire X comme", wherever the parser
    hung it (on the verb, or deep inside the object)."""
    return next((t for t in verb.subtree if t.i > after and t.lower_ in _AS), None)


# Prepositions a content phrase does not start with; "des", "du", "au" are articles too.
_BARE_PREPOSITIONS = frozenset({"de", "d'", "d’", "à"})


def _span_of(*tokens: Any) -> Piece | None:
    """From the first token's phrase to the end of the verb's clause: the parser often hangs
    "pour renforcer …" on the verb rather than on "cruciales"."""
    first = min(t.left_edge.i for t in tokens)
    while any(c.i == first and c.dep_ == "case" and c.lower_ in _BARE_PREPOSITIONS
              for c in tokens[0].children):
        first += 1  # "qualifié de présentation « laconique »": the parser's object keeps its "de"
    last = max(t.right_edge.i for t in tokens)
    verb = tokens[0].head
    for child in _after(verb, last):
        if (
            (child.dep_ not in ("punct", "conj", "cc", "parataxis") or _second_complement(child))
            and not (reporting(child) or _concessive(child))
        ):
            last = max(last, child.right_edge.i)
    said = next((t for t in tokens[0].doc[first + 1:last + 1] if t.i != verb.i and reporting(t)
                 and t.dep_ in ("acl", "advcl")), None)
    if said is not None:  # "la ténacité de Nicolas Sarkozy, saluant sa « fidélité »": the
        last = said.left_edge.i - 1  # participle reports a statement of its own
    return _piece(tokens[0].doc[first:last + 1])


def _after(verb: Any, last: int) -> Iterator[Any]:
    """The verb's dependents right of `last` that may extend its content: none past an
    inserted speech verb, which attributes what comes before it ("…, a rapporté jeudi
    KCNA"), and no line break the parser hangs on the verb."""
    for child in verb.children:
        if child.i <= last or child.is_space:
            continue
        if lemma_of(child) is not None and inserted(child):
            return
        yield child


def _second_complement(child: Any) -> bool:
    """ "a appelé les dirigeants à « donner la preuve » …, et à faire déboucher ces
    pourparlers": a coordinated "à"/"de" infinitive with no subject continues the content."""
    return child.dep_ == "conj" and _case(child) in ("à", "de", "d'", "d’") and not any(
        c.dep_.startswith("nsubj") for c in child.children)


def object_pieces(verb: Any, lemma: str, speaker: Any | None = None) -> list[Piece]:
    """exhorter X à …, accuser X de …, décrire X comme …, démentir toute participation."""
    obj = _object(verb, names=True, speaker=speaker) or _controlled(verb, lemma)
    if obj is None:
        complement = _complement(verb, verb.i) if lemma in OBJECT_CONTROL and _clitic_object(
            verb) else None
        return [p for p in [_span_of(complement)] if p] if complement is not None else []
    if lemma in _GREETINGS and obj.lower_ in _PEOPLE:  # a person greeted, nothing said
        return []
    if lemma == "rappeler" and (obj.ent_type_ == "PER" or stem(obj.lower_) in SPEAKER_NOUNS):
        return []  # "a rappelé la nounou": called her back, nothing said yet
    if obj.lower_ in _REPORTS:  # "confirmant une information dévoilée par Reuters": the
        return []  # report confirmed or denied is someone else's, its content unsaid here
    if lemma in OBJECT_CONTROL:
        complement = _complement(verb, obj.i)
        if complement is not None:
            return [p for p in [_span_of(obj, complement)] if p]
        if _complement_in_object(obj):
            return [p for p in [_span_of(obj)] if p]
    if lemma in AS_VERBS:
        attribute = _as_attribute(verb, obj.i)
        if attribute is not None:
            return [p for p in [_span_of(obj, attribute)] if p]
    piece = _span_of(obj) if obj.pos_ == "NOUN" else None
    if piece is None:
        return []
    quoted = any(t.text in _QUOTE_MARKS for t in obj.doc[piece.first:piece.last + 1]) or any(
        c.dep_ in ("acl", "ccomp") and any(m.lower_ in QUE for m in c.children)
        for c in obj.children)  # "a évoqué la possibilité que …": a claim all the same
    said = lemma in NOMINAL_IF_SAID and obj.lower_ in SAID_NOUNS
    if lemma in NOMINAL or said or (lemma in NOMINAL_IF_QUOTED and quoted) or (
            lemma == "voir" and any(c.lower_ == "y" for c in verb.children)):
        return [piece]
    return []


_OCCASIONS = frozenset({"reprise", "reprises", "fois", "occasion", "occasions"})


def prepositional_pieces(verb: Any, lemma: str) -> list[Piece]:
    """ "a conclu à un état de santé satisfaisant", "a fait part de son soutien"."""
    preps = _OF if lemma == "faire part" else PREPOSITIONAL.get(lemma, ())
    for child in _children(verb, "obl", "obl:arg", "obl:mod", "iobj"):
        if child.lower_ in _OCCASIONS:  # "a appelé à plusieurs reprises les guérilleros à …"
            continue
        if _case(child) in preps and child.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            tokens = [t for t in child.subtree if not (t.head.i == child.i and t.dep_ == "case")]
            if lemma in PREPOSITIONAL_IF_QUOTED and not any(t.text in _QUOTE_MARKS
                                                            for t in tokens):
                return []
            return [p for p in [_piece(tokens)] if p]
    return []


def infinitive_pieces(verb: Any) -> list[Piece]:
    """ "a nié avoir trahi", "a promis de continuer", "s'est dite prête à …"."""
    reflexive = any(c.lower_ in REFLEXIVES for c in verb.children)
    for child in _children(verb, "xcomp", "advmod"):  # "prêt" may be read as an adverb
        if _infinitive(child) and child.dep_ == "xcomp":
            return _infinitive_series(list(child.subtree))
        if child.pos_ in ("ADJ", "NOUN") and verb.lower_ in _SE_DIRE and reflexive:
            return [p for p in [_span_of(child)] if p]
    return []


def _infinitive_series(tokens: list[Any]) -> list[Piece]:
    """ "n'avoir été informé qu'après … et n'avoir versé aucune rançon": one statement per
    infinitive, as "que A et que B" gives one per clause."""
    doc = tokens[0].doc
    cuts = [t.i for t in tokens if t.lower_ == "et" and _opens_infinitive(doc, t.i + 1)]
    bounds = [tokens[0].i, *cuts, tokens[-1].i + 1]
    pieces = [_piece(doc[start:end]) for start, end in pairwise(bounds)]
    return [p for p in pieces if p]


def _opens_infinitive(doc: Any, i: int) -> bool:
    while i < len(doc) and doc[i].lower_ in ("n'", "n’", "ne", "de", "d'", "d’"):
        i += 1
    return i < len(doc) and "Inf" in doc[i].morph.get("VerbForm")


def _concessive(clause: Any) -> bool:
    """ "…, bien qu'il ait reconnu que …": a subordinate clause of the sentence."""
    return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in clause.children)


def _reported_sequel(clause: Any) -> bool:
    """ "que Kim visiterait deux villes …, puis se rendra à Vladivostok": a clause the parser
    coordinates with the speech verb, with no subject of its own and in the future or the
    conditional of what is reported, not in the narrative's tense."""
    own_subject = any(c.dep_.startswith("nsubj") for c in clause.children)
    prospective = "Fut" in clause.morph.get("Tense") or "Cnd" in clause.morph.get("Mood")
    return clause.dep_ == "conj" and not own_subject and prospective


def _to_clause_end(verb: Any, piece: Piece, speaker: Any | None) -> Piece:
    """ "que Kim visiterait deux villes après le sommet, s'envolant pour …": what the parser
    hangs on the speech verb after its que-clause still belongs to the content."""
    last = piece.last
    for child in _after(verb, last):
        if (
            (child.dep_ in ("advcl", "xcomp", "obl:mod", "obl") or _reported_sequel(child))
            and not (reporting(child) or (speaker is not None and child.i == speaker.i))
            and not _concessive(child)
        ):
            last = max(last, child.right_edge.i)
    while last > piece.last and verb.doc[last].is_punct:
        last -= 1
    return Piece(piece.first, last)


def verb_pieces(verb: Any, lemma: str, speaker: Any | None = None) -> list[Piece]:
    """The content of a speech verb in the constructions above, in order of preference."""
    clauses = [c for c in _children(verb, "ccomp")
               if (speaker is None or c.i != speaker.i) and not relative_as_content(c)]
    if lemma in _CAUSED.values():  # "a fait savoir qu'…": the clause, hung on either verb
        clauses += [c for x in _children(verb, "xcomp") for c in _children(x, "ccomp")]
        if not clauses:
            return []
    if not clauses and (misattached := misattached_clause(verb)) is not None:
        clauses = [misattached]
    if not clauses and (stray := stray_que(verb)) is not None:
        return [p for p in [_piece(stray)] if p]
    if len(clauses) == 1 and (torn := torn_clause(clauses[0])) is not None:
        return [p for p in [_piece(torn)] if p]
    if clauses:
        pieces = [p for c in clauses for p in clause_pieces(c)]
        return [*pieces[:-1], _to_clause_end(verb, pieces[-1], speaker)] if pieces else []
    if lemma in CLAUSE_ONLY:
        return []
    found = object_pieces(verb, lemma, speaker)
    if not found and (found := infinitive_pieces(verb)):  # "a déclaré avoir lu …, lorsque …"
        if speaker is not None and speaker.i > verb.i:  # "…, a déclaré X, directeur du
            found = [p for p in found if p.last < speaker.i]  # … Center": X's role, not words
        return [*found[:-1], _to_clause_end(verb, found[-1], speaker)] if found else []
    return found or prepositional_pieces(verb, lemma)
