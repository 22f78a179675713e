"""Where outlets agree and where they diverge: facts with numbers, compared across articles.

`find_facts(analyses, encoder)` reads every quantity of every article (`quantities`),
groups the values that talk about the same thing (`align`), and judges each group:
`agree`, `less_precise` (one outlet much vaguer), `conflict` (values that cannot both
hold). A value reported by one article only is kept when it is notable: it measures the
same kind of thing as a compared fact but with a narrower or different scope (the official
talks beside the whole meeting), and it is placed right after that fact. Conflicts come
first. Every value cites its exact words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from recoupe.embeddings import Encoder
from recoupe.facts.align import AlignWeights, compatible, group_mentions, status_of
from recoupe.facts.context import Mention, mentions_of
from recoupe.nlp import Analysis
from recoupe.records import Citation, Fact, FactStatus, FactValue

STATUS_ORDER: dict[FactStatus, int] = {"conflict": 0, "less_precise": 1, "agree": 2,
                                       "single": 3}
FAMILY_LABELS = {"duration": "durée", "age": "âge", "money": "montant", "amount": "montant",
                 "percent": "taux", "basis_points": "écart", "count": "nombre",
                 "repetition": "nombre de fois", "distance": "distance", "mass": "masse",
                 "period": "période"}
RELATED_ANCHORS = 0.5  # share of anchors a single value must share with a compared fact
MAX_BESIDE = 2  # lone values shown beside one compared fact


def _value(mention: Mention) -> FactValue:
    q = mention.quantity
    return FactValue(q.text, _rounded(q.low), _rounded(q.high), q.unit,
                     Citation(mention.article, q.start, q.end, q.text))


def _rounded(number: float | None) -> float | None:
    return None if number is None else round(number, 4)


def _elided(word: str) -> str:
    return f"d'{word}" if word[:1].lower() in "aeéèêiîoôuyh" else f"de {word}"


def topic_of(mentions: Sequence[Mention]) -> str:
    """A short readable label: "durée de la réunion", "nombre d'otages", "montant : perte"."""
    counted = [m.quantity for m in mentions if m.quantity.family == "count"]
    first = counted[0] if counted else mentions[0].quantity
    label = FAMILY_LABELS[first.family]
    if first.family == "count" and first.unit:
        return f"nombre {_elided(first.unit)}"
    subjects = Counter(m.subject for m in mentions if m.subject)
    if not subjects:
        return label
    subject = subjects.most_common(1)[0][0]
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if subject.startswith(article):
            return f"{label} {contracted}{subject[len(article):]}"
    if subject.startswith(("la ", "l'")):
        return f"{label} de {subject}"
    return f"{label} {subject}" if subject.startswith("(") else f"{label} : {subject}"


def _fact(mentions: Sequence[Mention], status: FactStatus) -> Fact:
    return Fact("", topic_of(mentions), status, [_value(m) for m in mentions])


def _related(single: Mention, group: Sequence[Mention]) -> bool:
    """A lone value about the same kind of thing as a compared fact (another scope)."""
    other = group[0]
    if not compatible(single.quantity, other.quantity) or not single.anchors:
        return False
    shared = max(len(single.anchors & m.anchors) for m in group) / len(single.anchors)
    return shared >= RELATED_ANCHORS


def _order(groups: list[list[Mention]]) -> list[Fact]:
    compared = [g for g in groups if len({m.article for m in g}) > 1]
    singles = [g[0] for g in groups if len({m.article for m in g}) == 1]
    compared.sort(key=lambda g: (STATUS_ORDER[status_of(g)], -len({m.article for m in g}),
                                 g[0].article, g[0].quantity.start))
    facts: list[Fact] = []
    for group in compared:
        facts.append(_fact(group, status_of(group)))
        beside = [s for s in singles if _related(s, group)][:MAX_BESIDE]
        facts += [_fact([s], "single") for s in beside]
        singles = [s for s in singles if s not in beside]
    for number, fact in enumerate(facts, start=1):
        fact.id = f"fact{number}"
    return facts


def find_facts(analyses: Sequence[Analysis], encoder: Encoder | None = None,
               weights: AlignWeights | None = None) -> list[Fact]:
    """The facts with numbers of one story: compared across articles, conflicts first.

    Lone values are only kept when they stand beside a compared fact (status `single`).
    """
    mentions = mentions_of(analyses)
    return _order(group_mentions(mentions, encoder, weights))


__all__ = ["AlignWeights", "find_facts"]
