"""French words that make a quantity: units, hedges, vague quantifiers, and what to skip.

Kept apart from the parser so that adding a unit or a hedge is a one-line change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Family = Literal["duration", "age", "money", "percent", "basis_points", "count", "repetition",
                 "distance", "mass", "period", "amount"]
Hedge = Literal["more", "less", "nearly", "about", "range", "exact"]


@dataclass(frozen=True, slots=True)
class Unit:
    family: Family
    name: str  # the canonical name shown in the brief: "heure", "EUR", "%"
    base: float = 1.0  # factor to the family's base unit (days for durations, metres, kg)
    loose: bool = False  # "six ans" may be said of six years and four months


_DAY = 1.0
DURATIONS = {
    "seconde": Unit("duration", "seconde", _DAY / 86400),
    "minute": Unit("duration", "minute", _DAY / 1440),
    "heure": Unit("duration", "heure", _DAY / 24),
    "jour": Unit("duration", "jour", _DAY),
    "semaine": Unit("duration", "semaine", 7 * _DAY),
    "mois": Unit("duration", "mois", 30.44 * _DAY, loose=True),
    "an": Unit("duration", "an", 365.25 * _DAY, loose=True),
    "année": Unit("duration", "an", 365.25 * _DAY, loose=True),
    "décennie": Unit("duration", "décennie", 3652.5 * _DAY, loose=True),
    "siècle": Unit("duration", "siècle", 36525 * _DAY, loose=True),
}
MONEY = {"euro": "EUR", "€": "EUR", "dollar": "USD", "$": "USD", "franc": "CHF/FRF",
         "livre": "GBP", "£": "GBP", "yuan": "CNY", "rouble": "RUB", "yen": "JPY"}
DISTANCES = {"km": Unit("distance", "km", 1000.0), "kilomètre": Unit("distance", "km", 1000.0),
             "mètre": Unit("distance", "m"), "m": Unit("distance", "m"),
             "mile": Unit("distance", "mile", 1609.0)}
MASSES = {"tonne": Unit("mass", "tonne", 1000.0), "kg": Unit("mass", "kg"),
          "kilo": Unit("mass", "kg"), "kilogramme": Unit("mass", "kg")}
PERCENT = Unit("percent", "%")
BASIS_POINTS = Unit("basis_points", "pb")
REPETITION = Unit("repetition", "fois")
YEARS = Unit("period", "année")
AGE_UNITS = {"an", "mois", "semaine", "jour"}

SCALES = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
          "billion": 1e12, "billions": 1e12, "millier": 1e3, "milliers": 1e3}
# "des dizaines de", "plusieurs centaines de": a plural order of magnitude, no figure
VAGUE_SCALES = {"dizaines": 10.0, "centaines": 100.0, "milliers": 1e3, "millions": 1e6,
                "milliards": 1e9}
VAGUE_LEADS = {"plusieurs", "quelques", "des", "de", "d", "les"}
# "une vingtaine de": an approximate figure
APPROXIMATE_NOUNS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                     "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                     "soixantaine": 60, "centaine": 100, "millier": 1000}

# Hedges, as lower-cased token sequences ("'" stands for both apostrophes), longest first.
HEDGES: tuple[tuple[tuple[str, ...], Hedge], ...] = tuple(sorted((
    (("plus", "de"), "more"), (("plus", "d", "'"), "more"), (("un", "peu", "plus", "de"), "more"),
    (("bien", "plus", "de"), "more"), (("au", "moins"), "more"), (("pas", "moins", "de"), "more"),
    (("au", "minimum"), "more"), (("au-delà", "de"), "more"), (("dépasse",), "more"),
    (("dépassé",), "more"), (("dépasser",), "more"), (("dépassent",), "more"),
    (("supérieur", "à"), "more"), (("supérieure", "à"), "more"),
    (("supérieurs", "à"), "more"), (("supérieures", "à"), "more"),
    (("moins", "de"), "less"), (("moins", "d", "'"), "less"), (("jusqu", "'", "à"), "less"),
    (("au", "plus"), "less"), (("au", "maximum"), "less"), (("pas", "plus", "de"), "less"),
    (("inférieur", "à"), "less"), (("inférieure", "à"), "less"),
    (("près", "de"), "nearly"), (("près", "d", "'"), "nearly"), (("presque",), "nearly"),
    (("pas", "loin", "de"), "nearly"), (("quasiment",), "nearly"),
    (("un", "peu", "moins", "de"), "nearly"),
    (("environ",), "about"), (("quelque",), "about"), (("autour", "de"), "about"),
    (("à", "peu", "près"), "about"), (("approximativement",), "about"),
    (("aux", "alentours", "de"), "about"), (("de", "l", "'", "ordre", "de"), "about"),
    (("grosso", "modo"), "about"), (("plus", "ou", "moins"), "about"),
    (("entre",), "range"),
    (("seulement",), "exact"), (("exactement",), "exact"),
), key=lambda item: -len(item[0])))
# words that may sit between a hedge and its figure: "dépasse déjà les 17 milliards"
HEDGE_FILLERS = {"déjà", "largement", "légèrement", "nettement", "encore", "désormais", "les",
                 "la", "le"}

# "les deux dirigeants" means "both": a reference, not a reported quantity
PAIR_DETERMINERS = {"les", "des", "ces", "leurs", "ses", "nos", "vos", "aux", "tous", "toutes",
                    "mes", "tes"}
# the figure names something rather than counting it
NAMING_WORDS = {"numéro", "n°", "no", "article", "page", "chapitre", "tome", "acte", "saison",
                "épisode", "niveau", "catégorie", "classe", "version", "étage", "°"}
MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
          "septembre", "octobre", "novembre", "décembre", "janv", "févr", "sept", "oct",
          "nov", "déc"}
TIME_OF_DAY_LEADS = {"à", "vers", "avant", "dès", "après"}
AGE_LEADS = {"âgé", "âgée", "âgés", "âgées", "agé", "agée", "âge", "age"}
PERSON_NOUNS = {
    "homme", "hommes", "femme", "femmes", "fille", "filles", "fillette", "fillettes", "garçon",
    "garçons", "garçonnet", "enfant", "enfants", "fils", "mère", "père", "bébé", "bébés",
    "adolescent", "adolescente", "adolescents", "jeune", "jeunes", "mineur", "mineurs",
    "mineure", "mineures", "trader", "retraité", "retraitée", "personne", "personnes",
    "victime", "victimes", "patient", "patiente", "étudiant", "étudiante", "soldat",
    "policier", "militaire", "ouvrier", "salarié", "salariée", "sénatrice", "sénateur",
    "garde", "nourrice", "nounou", "mari", "épouse", "maman", "papa", "cousine", "cousin",
    "frère", "soeur", "sœur", "auteur", "suspect", "otage", "détenu", "chauffeur",
}
# adjectives that may stand between a figure and the noun it counts
COUNT_ADJECTIVES = {"plus", "grands", "grandes", "grand", "grande", "petits", "petites",
                    "principaux", "principales", "premiers", "premières", "derniers",
                    "dernières", "nouveaux", "nouvelles", "gros", "vieux", "anciens",
                    "anciennes", "hauts", "hautes", "jeunes", "vrais", "seuls", "seules",
                    "importants", "importantes", "prochains", "prochaines", "suivants",
                    "suivantes"}
# words after a figure that show there is no counted noun
NOT_NOUNS = {
    "et", "ou", "à", "au", "aux", "de", "des", "du", "d", "le", "la", "les", "l", "un", "une",
    "en", "pour", "par", "sur", "dans", "avec", "sans", "sous", "que", "qui", "dont", "ce",
    "cet", "cette", "ces", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils",
    "elles", "on", "nous", "vous", "je", "est", "sont", "a", "ont", "était", "étaient",
    "sera", "seront", "fut", "avait", "avaient", "ne", "n", "pas", "selon", "contre",
    "après", "avant", "depuis", "entre", "chez", "vers", "mais", "car", "y", "s", "c", "qu",
    "lui", "dès", "jusqu", "environ", "près", "moins", "ainsi", "alors", "aussi", "même",
    "tous", "toutes", "tout", "fois", "heure", "heures", "h", "gmt", "locale", "locales",
    "mn", "min", "ème", "e", "er", "re", "si", "soit", "comme", "hier", "demain",
    "seulement", "déjà", "encore", "lors", "puis", "sauf", "parmi", "via", "ici", "là",
}
