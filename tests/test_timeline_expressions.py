"""French temporal expressions and their normalisation against a reference date.

Unless a case says otherwise the reference is Thursday 14 September 2023, the day North
Korea's agency reported the Vostochny summit: Sunday 10, Monday 11, Tuesday 12, Wednesday
13, Friday 15, Saturday 16, Sunday 17.
"""

from __future__ import annotations

import datetime as dt

import pytest

from recoupe.timeline.expressions import find_mentions
from recoupe.timeline.resolve import Tense, read_dates

THURSDAY = dt.date(2023, 9, 14)
TUESDAY = dt.date(2023, 9, 12)


def values(text: str, reference: dt.date | None = THURSDAY,
           tense: Tense | None = None) -> list[tuple[str, str | None]]:
    """(expression, normalised value) pairs of a sentence, in text order."""
    return [(e.mention.text, e.resolved.value if e.resolved else None)
            for e in read_dates(text, reference, tense)]


ABSOLUTE = [
    ("le 13 septembre 2023 en Russie", [("13 septembre 2023", "2023-09-13")]),
    ("une rencontre le 1er octobre 2008 à Paris", [("1er octobre 2008", "2008-10-01")]),
    ("Photo prise le 13/09/2023 au cosmodrome", [("13/09/2023", "2023-09-13")]),
    ("publié le 2023-09-13 à 10 h", [("2023-09-13", "2023-09-13")]),
    ("daté du 05.07.2008", [("05.07.2008", "2008-07-05")]),
    ("le 13/09/23", [("13/09/23", "2023-09-13")]),
    ("mercredi 13 septembre 2023, à Vostochny", [("mercredi 13 septembre 2023", "2023-09-13")]),
    ("C'est la première rencontre depuis un voyage à Vladivostok en 2019.",
     [("2019", "2019")]),
    ("achevé en 2016 et qui doit remplacer Baïkonour", [("2016", "2016")]),
    ("se rendre en Corée du Nord en 2000 lorsqu'elle était dirigée par Kim Jong Il",
     [("2000", "2000")]),
    ("une série d'essais très provocateurs depuis 2022, alors que", [("2022", "2022")]),
    ("la guerre de Corée de 1950-1953, lorsque Moscou", [("1950-1953", "1950/1953")]),
    ("la guerre de Corée (1950-1953) et possède", [("1950-1953", "1950/1953")]),
    ("entre 2001 et 2005, le pays a doublé", [("entre 2001 et 2005", "2001/2005")]),
    ("la guerre de 1914-18", [("1914-18", "1914/1918")]),
    ("en juillet 2023, Choïgou était à Pyongyang", [("juillet 2023", "2023-07")]),
    ("fin septembre 2008, les marchés", [("fin septembre 2008", "2008-09")]),
    ("à la mi-juillet 2008", [("mi-juillet 2008", "2008-07")]),
    ("dans les années 1990", [("années 1990", "1990/1999")]),
    ("depuis les années 80", [("années 80", "1980/1989")]),
    ("du 10 au 12 septembre 2023", [("10 au 12 septembre 2023", "2023-09-10/2023-09-12")]),
    ("les 12 et 13 septembre 2023", [("12 et 13 septembre 2023", "2023-09-12/2023-09-13")]),
    ("jusqu'en 2012", [("2012", "2012")]),
    ("d'ici 2030, selon le plan", [("2030", "2030")]),
    ("l'élection présidentielle de 2007.", [("2007", "2007")]),
    ("la réforme de 2005 relative aux retraites", [("2005", "2005")]),
    ("«Le parcours du Tour de France 2009 me plaît", [("2009", "2009")]),
    ("vainqueur de la course (1999 à 2005)", [("1999 à 2005", "1999/2005")]),
    ("depuis sa déclaration du 10septembre 2008", [("10septembre 2008", "2008-09-10")]),
    ("la chute des marchés de la semaine du 6 octobre 2008",
     [("la semaine du 6 octobre 2008", "2008-W41")]),
    ("avant la fin de l'année 2008", [("la fin de l'année 2008", "2008")]),
    ("au troisième trimestre 2007, le chiffre d'affaires",
     [("au troisième trimestre 2007", "2007")]),
]

WITHOUT_YEAR = [
    ("Choïgou s'est rendu en juillet à Pyongyang", "past", [("juillet", "2023-07")]),
    ("le sommet prévu en décembre", None, [("décembre", "2023-12")]),
    ("les élections auront lieu en mars", "future", [("mars", "2024-03")]),
    ("il est arrivé le 2 septembre", "past", [("2 septembre", "2023-09-02")]),
    ("la réunion du 20 septembre", "future", [("20 septembre", "2023-09-20")]),
    ("depuis le 1er juillet dernier", None, [("1er juillet dernier", "2023-07-01")]),
    ("le 1er janvier prochain", None, [("1er janvier prochain", "2024-01-01")]),
    ("en janvier dernier", None, [("janvier dernier", "2023-01")]),
    ("mi-août, le gouvernement", "past", [("mi-août", "2023-08")]),
    ("le chantier ne s'est achevé qu'en juillet", "past", [("juillet", "2023-07")]),
    ("début octobre, il partira", "future", [("début octobre", "2023-10")]),
    ("le 20 décembre", "past", [("20 décembre", "2022-12-20")]),
    # the calendar overrules the tense when the other side is four times nearer
    ("son retour de vacances prévu le 25 septembre", "past", [("25 septembre", "2023-09-25")]),
    ("le coureur a prévu de reprendre en octobre", "past", [("octobre", "2023-10")]),
]

WEEKDAYS = [
    ("Kim Jong Un était parti avec son train dimanche après-midi pour se rendre en Russie",
     TUESDAY, "past", [("dimanche après-midi", "2023-09-10")]),
    ("Kim Jong-un est arrivé ce mardi en train en Russie", TUESDAY, "past",
     [("ce mardi", "2023-09-12")]),
    ("Ce mardi matin, il a rencontré des dirigeants locaux", TUESDAY, "past",
     [("Ce mardi matin", "2023-09-12")]),
    ("un forum économique annuel qui se termine mercredi", TUESDAY, "present",
     [("mercredi", "2023-09-13")]),
    ("A l'issue d'une rencontre mercredi, a rapporté jeudi l'agence KCNA", THURSDAY, "past",
     [("mercredi", "2023-09-13"), ("jeudi", "2023-09-14")]),
    ("Faisant rapport sur la réunion jeudi, l'agence a déclaré", THURSDAY, None,
     [("jeudi", "2023-09-14")]),
    ("La réunion de mercredi a eu lieu quelques heures après", THURSDAY, "past",
     [("mercredi", "2023-09-13")]),
    ("le président se rendra lundi à Paris", THURSDAY, "future", [("lundi", "2023-09-18")]),
    ("il a parlé lundi", THURSDAY, "past", [("lundi", "2023-09-11")]),
    ("le vote est prévu vendredi", THURSDAY, None, [("vendredi", "2023-09-15")]),
    ("samedi dernier, des milliers de personnes", THURSDAY, None,
     [("samedi dernier", "2023-09-09")]),
    ("jeudi dernier", THURSDAY, None, [("jeudi dernier", "2023-09-07")]),
    ("mardi prochain, le Parlement votera", THURSDAY, None,
     [("mardi prochain", "2023-09-19")]),
    ("jeudi prochain", THURSDAY, None, [("jeudi prochain", "2023-09-21")]),
    ("dans la nuit de samedi à dimanche", THURSDAY, "past",
     [("dans la nuit de samedi à dimanche", "2023-09-09")]),
    ("mardi soir, le ministre a démissionné", THURSDAY, "past",
     [("mardi soir", "2023-09-12")]),
    ("le ministre a démissionné mardi 12", THURSDAY, "past", [("mardi 12", "2023-09-12")]),
    ("il viendra dimanche", THURSDAY, "future", [("dimanche", "2023-09-17")]),
    ("Dimanche, la police a arrêté trois suspects", THURSDAY, "past",
     [("Dimanche", "2023-09-10")]),
    # with no tense to go by, the past is likelier
    ("une vingtaine de messages jeudi", TUESDAY, None, [("jeudi", "2023-09-07")]),
    ("un match, prévu samedi à Lyon", THURSDAY, "future", [("samedi", "2023-09-16")]),
    ("jeudi, le porte-parole a indiqué", THURSDAY, "past", [("jeudi", "2023-09-14")]),
    ("ce vendredi, les syndicats manifesteront", THURSDAY, "future",
     [("ce vendredi", "2023-09-15")]),
]

RELATIVE = [
    ("hier, le ministre a annoncé", [("hier", "2023-09-13")]),
    ("avant-hier", [("avant-hier", "2023-09-12")]),
    ("aujourd'hui, la bourse a chuté", [("aujourd'hui", "2023-09-14")]),
    ("aujourd’hui", [("aujourd’hui", "2023-09-14")]),
    ("demain, les enseignants seront en grève", [("demain", "2023-09-15")]),
    ("après-demain", [("après-demain", "2023-09-16")]),
    ("hier soir, un incendie", [("hier soir", "2023-09-13")]),
    ("ce matin, la police", [("ce matin", "2023-09-14")]),
    ("cet après-midi", [("cet après-midi", "2023-09-14")]),
    ("la semaine dernière, le gouvernement", [("la semaine dernière", "2023-W36")]),
    ("cette semaine", [("cette semaine", "2023-W37")]),
    ("la semaine prochaine", [("la semaine prochaine", "2023-W38")]),
    ("le week-end dernier", [("le week-end dernier", "2023-W36")]),
    ("le mois dernier, les prix", [("le mois dernier", "2023-08")]),
    ("le mois prochain", [("le mois prochain", "2023-10")]),
    ("ce mois-ci", [("ce mois-ci", "2023-09")]),
    ("l'an dernier, la croissance", [("l'an dernier", "2022")]),
    ("l’année dernière", [("l’année dernière", "2022")]),
    ("l'année prochaine", [("l'année prochaine", "2024")]),
    ("l'an passé", [("l'an passé", "2022")]),
    ("cette année, le déficit", [("cette année", "2023")]),
    ("il y a deux ans, il avait promis", [("il y a deux ans", "2021")]),
    ("Il y a 10 jours, l'usine a fermé", [("Il y a 10 jours", "2023-09-04")]),
    ("il y a trois mois", [("il y a trois mois", "2023-06")]),
    ("il y a un an", [("il y a un an", "2022")]),
    ("il y a près de deux semaines", [("il y a près de deux semaines", "2023-W35")]),
    ("dans 3 jours", [("dans 3 jours", "2023-09-17")]),
    ("dans deux ans", [("dans deux ans", "2025")]),
    ("d'ici deux ans", [("d'ici deux ans", "2025")]),
    ("dans un mois", [("dans un mois", "2023-10")]),
    ("Le club l'a annoncé hier jeudi", [("hier jeudi", "2023-09-13")]),
    ("d'ici à la fin de la semaine", [("la fin de la semaine", "2023-W37")]),
    ("le déficit se creusera à la fin de l'année", [("la fin de l'année", "2023")]),
    ("au premier semestre, les ventes", [("au premier semestre", "2023")]),
]

WEEKENDS = [  # the weekend nearest the reference, or the one before / after
    ("les manifestations ce week-end", dt.date(2008, 7, 7), "2008-W27"),  # a Monday: just gone
    ("ce week-end, les enseignants manifesteront", THURSDAY, "2023-W37"),
    ("le week-end dernier", dt.date(2008, 7, 7), "2008-W27"),
    ("le week-end prochain", dt.date(2023, 9, 11), "2023-W37"),
]

ANAPHORA = [
    ("Le sommet a eu lieu mercredi. La veille, Kim était arrivé.",
     [("mercredi", "2023-09-13"), ("La veille", "2023-09-12")]),
    ("Il est arrivé le 10 septembre 2023 et le lendemain il a visité l'usine.",
     [("10 septembre 2023", "2023-09-10"), ("le lendemain", "2023-09-11")]),
    ("le 1er juillet 2008, puis deux jours plus tard",
     [("1er juillet 2008", "2008-07-01"), ("deux jours plus tard", "2008-07-03")]),
    ("en 2019 ; l'année suivante, la pandémie", [("2019", "2019"), ("l'année suivante", "2020")]),
    ("en 2005. Cette année-là, il a été élu", [("2005", "2005"), ("Cette année-là", "2005")]),
    ("le 5 août 2008, le surlendemain du vote",
     [("5 août 2008", "2008-08-05")]),  # "le surlendemain du vote": from an unnamed event
    ("la veille du sommet", []),  # relative to an event, not to a date: not resolved
    ("le 5 août 2008. Le même jour, Paris a réagi",
     [("5 août 2008", "2008-08-05"), ("Le même jour", "2008-08-05")]),
]

NOT_DATES = [
    "l'invasion qui dure depuis 18 mois",
    "des discussions officielles d'environ deux heures",
    "pendant deux heures",
    "la Russie étant engagée dans une guerre depuis plus d'un an et demi",
    "un plan pour les 100 prochaines années",
    "dans les 18 mois qui ont suivi l'invasion",
    "une relation qui remonte à près de huit décennies",
    "depuis des années",
    "plus de 2000 personnes ont manifesté",
    "un budget de 1500 euros",
    "chaque mardi, les ministres se réunissent",
    "la planète Mars",
    "Il y a des choses dont on peut parler",
    "dans les prochains jours",
    "une poignée de main d'environ 40 secondes",
    "16:18",
    "ces dernières semaines",
    "la pandémie de Covid-19",
    "le vol MH17",
    "1 2019 000 habitants",
    "avec plus de 300 000 résultats sur google",
    "tous les dimanches",
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates_need_no_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, reference=None) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), WITHOUT_YEAR)
def test_a_month_without_year_takes_the_verbs_direction(
        text: str, tense: Tense | None, expected: list[tuple[str, str]]) -> None:
    assert values(text, tense=tense) == expected


@pytest.mark.parametrize(("text", "reference", "tense", "expected"), WEEKDAYS)
def test_weekdays_are_read_against_the_reference(
        text: str, reference: dt.date, tense: Tense | None,
        expected: list[tuple[str, str]]) -> None:
    assert values(text, reference, tense) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_expressions_count_from_the_reference(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "reference", "week"), WEEKENDS)
def test_a_weekend_is_the_week_of_its_saturday(text: str, reference: dt.date, week: str) -> None:
    assert [value for _, value in values(text, reference)] == [week]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphoric_expressions_count_from_the_date_just_mentioned(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, tense="past") == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_durations_counts_and_habits_are_not_dates(text: str) -> None:
    assert find_mentions(text) == []


def test_relative_expressions_stay_unresolved_without_a_reference() -> None:
    assert values("il est arrivé mardi", reference=None) == [("mardi", None)]


def test_precision_is_that_of_the_expression() -> None:
    found = read_dates("en 2019, puis en juillet 2023, enfin le 13 septembre 2023", None)
    assert [e.resolved.precision for e in found if e.resolved] == ["year", "month", "day"]


def test_offsets_are_those_of_the_text() -> None:
    text = "Kim Jong Un était parti dimanche après-midi."
    (found,) = find_mentions(text)
    assert text[found.start:found.end] == found.text == "dimanche après-midi"
    assert found.part == "après-midi"
