"""Do two quantities say the same thing, a vaguer thing, or something else?

A figure as written carries the rounding its writer allowed: "5 milliards" covers 4,9
milliards, "751" does not cover 750 exactly but "750" covers 751; whole years and months
are counted down ("six ans" of a captivity of six years and four months, "18 mois" and
"plus d'un an et demi"). Hedges were already turned into intervals by the extractor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from recoupe.facts.quantities import Quantity

Relation = Literal["same", "vaguer", "disjoint"]
LOOSE_BOUND = 1.5  # "plus de 100" said of 250 is consistent but much less precise


@dataclass(frozen=True, slots=True)
class Interval:
    """What a quantity allows, in the base unit of its family (days, metres, units)."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        if self.low == self.high == other.low == other.high:
            return True
        return self.low < other.high and other.low < self.high

    @property
    def middle(self) -> float:
        if math.isinf(self.high):
            return self.low * 1.25
        return (self.low + self.high) / 2


def allowed(quantity: Quantity) -> Interval:
    """The interval a quantity allows once the rounding of its figure is taken into account."""
    rounding = 0.25 * quantity.step if quantity.precision in ("exact", "bound", "range") else 0.0
    low = 0.0 if quantity.low is None else quantity.low - rounding
    high = math.inf if quantity.high is None else quantity.high + rounding
    if (quantity.loose and quantity.precision == "exact" and quantity.high is not None
            and float(quantity.high).is_integer()):
        high = quantity.high + 1.0  # "six ans": six full years, perhaps some months more
    return Interval(low * quantity.base, high * quantity.base)


def _loose_bound(bound: Quantity, other: Quantity) -> bool:
    """ "au moins 10 morts" beside "25 morts": consistent, but the bound says much less."""
    if bound.precision != "bound" or other.precision in ("bound", "vague"):
        return False
    value = allowed(other).middle
    if bound.high is None and bound.low:
        return value > LOOSE_BOUND * bound.low * bound.base
    if bound.low is None and bound.high:
        return value * LOOSE_BOUND < bound.high * bound.base
    return False


def _period_ends_differ(a: Quantity, b: Quantity) -> bool:
    """ "de 1985 à 1988" and "entre 1984 et 1986" overlap, but they name other years."""
    return a.family == b.family == "period" and (a.low, a.high) != (b.low, b.high)


def relation(a: Quantity, b: Quantity) -> Relation:
    if not allowed(a).overlaps(allowed(b)) or _period_ends_differ(a, b):
        return "disjoint"
    if (a.precision == "vague") != (b.precision == "vague"):
        return "vaguer"
    if _loose_bound(a, b) or _loose_bound(b, a):
        return "vaguer"
    return "same"


def ratio(a: Quantity, b: Quantity) -> float:
    """How far apart two values are, as a factor >= 1 (1 when their intervals overlap)."""
    first, second = allowed(a), allowed(b)
    if first.overlaps(second):
        return 1.0
    x, y = first.middle, second.middle
    if x <= 0 or y <= 0:
        return math.inf
    return max(x, y) / min(x, y)
