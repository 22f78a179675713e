"""One statement, reported by several outlets in different words, becomes one quote.

Two mentions in different articles are the same statement when their speakers are
compatible and their words mean the same: multilingual embeddings (mUSE) catch two desks'
translations of one English quote ("raclait le fond du baril" / "gratte le fond du baril")
and, when very close, a lede's summary in other words; moderately close statements must
also share a word besides the story's topic words (two statements about Russia and North
Korea are somewhat close in meaning whatever they say). Word overlap catches copy, a short
version held inside a long quotation (most of its content words), five words printed alike
in the same order, and the words one outlet puts between quotation marks found in
another's version; the same amount in two versions loosely close in meaning is one statement
too. One speaker's different statements stay apart.

An outlet often reports one statement in several pieces: an interrupted quotation
(« A, a-t-il dit. B »), the paraphrase that introduces a quotation, a lede that sums up
what a later paragraph quotes. So a group may hold several mentions of one article: every
mention that matches another outlet's version joins its group (single link), and so do the
other half of an interrupted quotation (« A, a-t-il dit, B ») and a paraphrase with the
quotation right after it on the same subject. Adjacency alone is no evidence (a speaker's
consecutive sentences are often different statements), and a statement only one article
reports is no group: its parts stay separate quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from recoupe.embeddings import Encoder, Matrix
from recoupe.nlp.numerals import is_year, parse_digits, tokenize
from recoupe.nlp.quotemarks import quote_regions
from recoupe.nlp.stems import stem
from recoupe.quotes.extract import QuoteMention
from recoupe.quotes.lexicon import wordlist
from recoupe.quotes.resolve import same_speaker

# Capitals speak for their country's government ("Washington" / "les États-Unis"): the
# metonymy news French uses for the countries it quotes most.
_CAPITALS = {
    "washington": "états-unis", "paris": "france", "pékin": "chine", "moscou": "russie",
    "londres": "royaume-uni", "berlin": "allemagne", "tokyo": "japon", "séoul":
    "corée du sud", "pyongyang": "corée du nord", "kiev": "ukraine", "kyiv": "ukraine",
    "bogota": "colombie", "rome": "italie", "madrid": "espagne", "bruxelles": "belgique",
    "ottawa": "canada", "téhéran": "iran", "ankara": "turquie", "jérusalem": "israël",
    "delhi": "inde", "new delhi": "inde", "brasilia": "brésil", "caracas": "venezuela",
}


# Function words long enough to pass the length filter, modal verbs and linking adverbs:
# they say nothing of the content ("la Corée du Nord pourrait également …" opens many).
_FUNCTION_WORDS = frozenset(wordlist("""
    dans pour avec sans sous mais plus être avoir fait faire cette celui celle ceux leurs
    leur nous vous elle elles ils sont était avait aussi très tout tous toute toutes comme
    entre dont même encore alors depuis avant après ainsi donc quand lors selon
    cela ceci soit étaient serait seraient seront
    pourrait pourraient pourra pourront peut peuvent pouvait pouvaient devrait devraient
    doit doivent devait devaient également notamment toutefois cependant désormais
"""))


@dataclass(frozen=True, slots=True)
class MergeThresholds:
    semantic: float = 0.62  # mUSE cosine of the two statements, with a word in common
    unaided: float = 0.75  # ... so close that they need no word in common (a lede's summary)
    lexical: float = 0.30  # Jaccard of their content word stems
    contained: float = 0.60  # share of the shorter statement's stems found in the other
    shared: int = 3  # ... counted only from this many shared stems on
    run: int = 5  # words in a row printed alike
    quoted: int = 2  # content stems of a quoted fragment that the other version carries
    verbatim: float = 0.85  # so close that outlets attributing it differently agree on it
    paraphrase: float = 0.35  # a paraphrase and the quotation right after it, same speaker
    amount: float = 0.40  # mUSE cosine of two statements that give the same amount
    topical: float = 0.2  # share of the story's mentions a word is in that makes it its topic


def _country(name: str | None) -> str | None:
    key = (name or "").lower().replace("etats", "états")
    for prefix in ("les ", "la ", "le ", "l'", "l’"):
        key = key.removeprefix(prefix)
    return _CAPITALS.get(key, key)


def compatible_speakers(a: QuoteMention, b: QuoteMention) -> bool:
    """The same entity, names that agree ("Yang" / "Yang Uk", "la ministre … Christine
    Lagarde" / "Christine Lagarde"), or a capital and its country ("Washington" /
    "États-Unis")."""
    if a.entity and b.entity and a.entity == b.entity:
        return True
    if not (a.entity and b.entity) and same_speaker(a.speaker, b.speaker):
        return True
    if a.speaker and b.speaker and (a.speaker.endswith(" " + b.speaker)
                                    or b.speaker.endswith(" " + a.speaker)):
        return True
    country = _country(a.speaker)
    return bool(country) and country in _CAPITALS.values() and country == _country(b.speaker)


def _words(text: str) -> list[str]:
    """Lower-case words without punctuation or quotation marks, elisions apart ("l",
    "intérêt"), hyphenated compounds whole."""
    return re.findall(r"\w+(?:-\w+)*", text.lower())


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _words(text) if _content(w)}


def _lexical(sa: set[str], sb: set[str]) -> float:
    return len(sa & sb) / max(1, len(sa | sb))


def _runs(text: str, length: int) -> set[tuple[str, ...]]:
    """Every run of `length` consecutive words with three content words: outlets that print
    the same words in the same order (« les fondements des relations sino-françaises »)
    report one statement, whatever else each sentence says; "donner la mort à un" is
    only an idiom."""
    words = _words(text)
    runs = (tuple(words[k:k + length]) for k in range(len(words) - length + 1))
    return {run for run in runs if sum(_content(w) for w in run) >= 3}


def _quoted(text: str, minimum: int) -> list[set[str]]:
    """The content stems of each fragment the mention puts between quotation marks: the
    speaker's own words, which another outlet's version of the statement carries too
    (« juste combat » / « combat juste contre les forces hégémoniques … »)."""
    fragments = (_stems(text[start + 1:end - 1]) for start, end in quote_regions(text))
    return [stems for stems in fragments if len(stems) >= minimum]


def _amounts(text: str) -> set[float]:
    """The amounts a statement gives in digits, whichever way written ("1 000" / "1.000"):
    two versions giving the same figure ("200 euros supplémentaires à son retour" / "un
    montant de 200 euros au retour") report one statement. Years and single digits are left
    out: every statement of a story dates things ("le Tour 2009"), and counts below ten are
    common words."""
    figures = ((parse_digits(t.text), t) for t in tokenize(text) if t.kind == "num")
    return {f.value for f, t in figures if f.value >= 10 and not is_year(f, t)}


def _content(word: str) -> bool:
    return len(word) > 3 and word not in _FUNCTION_WORDS


def _contained(sa: set[str], sb: set[str], t: MergeThresholds) -> bool:
    """A short version inside a long one: "cela pourrait être sa seule course de trois
    semaines" in « Il est possible que le Tour d'Italie soit l'unique course de trois
    semaines que je disputerai … » (Jaccard is low when one side is long)."""
    shared = len(sa & sb)
    return shared >= t.shared and shared >= t.contained * min(len(sa), len(sb))


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


@dataclass(frozen=True, slots=True)
class _Wording:
    """What one mention's words offer for comparison, computed once per mention."""

    stems: set[str]
    runs: set[tuple[str, ...]]
    quoted: list[set[str]]
    amounts: set[float]

    @classmethod
    def of(cls, text: str, t: MergeThresholds) -> _Wording:
        return cls(_stems(text), _runs(text, t.run), _quoted(text, t.quoted), _amounts(text))

    def shared(self, other: _Wording, t: MergeThresholds) -> bool:
        """Copy, a short version inside a long one, words printed alike in the same order,
        or one version's quoted words found in the other."""
        return (_lexical(self.stems, other.stems) >= t.lexical
                or _contained(self.stems, other.stems, t) or bool(self.runs & other.runs)
                or any(f <= other.stems for f in self.quoted)
                or any(f <= self.stems for f in other.quoted))


def _topic(wordings: Sequence[_Wording], t: MergeThresholds) -> set[str]:
    """The story's topic words ("Russie", "Corée", "Kim"): in so many of its statements that
    two statements sharing only them, moderately close in meaning, may say different things
    ("la Russie respectait les sanctions …" / "la Russie soutiendrait la Corée du Nord dans
    la construction de satellites", cosine 0.63)."""
    counts = Counter(s for w in wordings for s in w.stems)
    floor = max(2, t.topical * len(wordings))
    return {s for s, n in counts.items() if n > floor}


def _matches(mentions: Sequence[QuoteMention], vectors: Matrix | None,
             t: MergeThresholds) -> list[tuple[int, int]]:
    """Pairs of mentions in different articles that report the same statement."""
    wordings = [_Wording.of(m.text, t) for m in mentions]
    topic = _topic(wordings, t)
    pairs = []
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b, wa, wb = mentions[j], wordings[i], wordings[j]
            if a.article == b.article:
                continue
            meaning = float(vectors[i] @ vectors[j]) if vectors is not None else 0.0
            if compatible_speakers(a, b):
                same = meaning >= t.unaided or (meaning >= t.semantic and bool(
                    wa.stems & wb.stems - topic)) or wa.shared(wb, t) or (
                    meaning >= t.amount and bool(wa.amounts & wb.amounts))
            else:  # the mother's words in one outlet, the prosecutor relaying them in another
                same = meaning >= t.verbatim and _lexical(wa.stems, wb.stems) >= t.lexical
            if same:
                pairs.append((i, j))
    return pairs


def _halves(mentions: Sequence[QuoteMention]) -> list[tuple[int, int]]:
    """The two halves of an interrupted quotation, « A, a-t-il dit, B »: one statement, joined
    to the group of other outlets' versions of either half."""
    pairs = []
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if (a.article, a.sentence) != (b.article, b.sentence):
                break  # mentions come in reading order, one sentence's together
            if a.speaker == b.speaker and a.cue == b.cue == "incise":
                pairs.append((i, j))
    return pairs


def _paraphrased(mentions: Sequence[QuoteMention], vectors: Matrix | None,
                 t: MergeThresholds) -> list[tuple[int, int]]:
    """A paraphrase and the quotation that follows it, with its own attribution, from the
    same speaker and on the same subject: "M. Poutine a évoqué la possibilité que la Russie
    aide Pyongyang à construire des satellites. « C'est pourquoi nous sommes venus ici … »,
    a dit M. Poutine" is one answer (not "Elle devait lui verser 200 euros …" then « Il y a
    une possibilité qu'elle ne soit pas en règle »)."""
    pairs = []
    for i, (a, b) in enumerate(pairwise(mentions)):
        close = a.article == b.article and 0 <= b.sentence - a.sentence <= 1
        if close and a.speaker == b.speaker and (a.kind, b.kind, b.cue) == (
                "indirect", "direct", "incise") and vectors is not None and float(
                vectors[i] @ vectors[i + 1]) >= t.paraphrase:
            pairs.append((i, i + 1))
    return pairs


def group_mentions(mentions: Sequence[QuoteMention], encoder: Encoder | None,
                   thresholds: MergeThresholds | None = None) -> list[list[int]]:
    """Groups of mention indices, in reading order."""
    t = thresholds or MergeThresholds()
    vectors = encoder.encode([m.text for m in mentions]) if encoder and mentions else None
    groups = _Groups(len(mentions))
    matches = _matches(mentions, vectors, t)
    for i, j in matches:
        groups.join(i, j)
    reported = {groups.find(i) for pair in matches for i in pair}
    for i, j in _halves(mentions) + _paraphrased(mentions, vectors, t):
        if groups.find(i) in reported or groups.find(j) in reported:
            groups.join(i, j)
    members: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        members.setdefault(groups.find(i), []).append(i)
    return sorted(members.values(), key=lambda g: g[0])
