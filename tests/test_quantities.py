"""Quantities in French news: figures in digits and words, hedges, units, what is not one.

Each case is a real phrasing (from the sample story, or written the way French news
writes): the quantity's exact text, its interval [low, high] (None: open) and its unit.
"""

from __future__ import annotations

import pytest

from recoupe.facts.intervals import relation
from recoupe.facts.quantities import Quantity, extract_quantities

CASES = [
    # durations, with hedges (the sample story)
    ("La réunion, qui a duré plus de quatre heures au port spatial russe",
     "plus de quatre heures", 4, None, "heure"),
    ("Les discussions de près de cinq heures mercredi entre Poutine et Kim",
     "près de cinq heures", 4.5, 5, "heure"),
    ("Ils ont ensuite mené des discussions officielles d'environ deux heures avec leurs "
     "délégations", "environ deux heures", 1.9, 2.1, "heure"),
    ("saluant son invité avec une poignée de main d’environ 40 secondes",
     "environ 40 secondes", 38, 42, "seconde"),
    ("l’isolement de la Russie dans les 18 mois qui ont suivi l’invasion de l’Ukraine",
     "18 mois", 18, 18, "mois"),
    ("la Russie étant engagée dans une guerre en Ukraine depuis plus d'un an et demi.",
     "plus d'un an et demi", 1.5, None, "an"),
    ("une relation qui remonte à près de huit décennies", "près de huit décennies", 7.2, 8,
     "décennie"),
    ("l'ex-otage, libérée après plus de six ans de captivité", "plus de six ans", 6, None, "an"),
    ("les conséquences de ses six années et quatre mois de détention",
     "six années et quatre mois", 6 + 4 * 30.44 / 365.25, 6 + 4 * 30.44 / 365.25, "an"),
    ("trois citoyens américains retenus durant cinq ans et quatre mois",
     "cinq ans et quatre mois", 5 + 4 * 30.44 / 365.25, 5 + 4 * 30.44 / 365.25, "an"),
    ("l'opération, de l'atterrissage à la neutralisation des gardes, a duré 22 minutes",
     "22 minutes", 22, 22, "minute"),
    ("La garde à vue du trader sera prolongée de 24 heures jeudi matin",
     "24 heures", 24, 24, "heure"),
    ("la nourrice lui a menti pendant 13 jours", "13 jours", 13, 13, "jour"),
    ("le parquet a lancé au bout d'une semaine un appel à témoins", "une semaine", 1, 1,
     "semaine"),
    ("Ces organismes disposent de deux mois et un jour pour saisir le Conseil d'Etat",
     "deux mois et un jour", 2 + 1 / 30.44, 2 + 1 / 30.44, "mois"),
    ("Le spectacle durera quelques heures", "quelques heures", 2, 9, "heure"),
    ("un spectacle de trois heures marqué par l'ouverture au monde", "trois heures", 3, 3,
     "heure"),
    ("Un spectacle d'une durée de 50 minutes, orchestré par le réalisateur",
     "50 minutes", 50, 50, "minute"),
    # repetitions
    ("la Corée du Nord a échoué à plusieurs reprises à mettre en orbite son premier satellite",
     "à plusieurs reprises", 2, 9, "fois"),
    ("après que la Corée du Nord a récemment échoué à deux reprises à mettre en orbite un "
     "satellite", "à deux reprises", 2, 2, "fois"),
    ("le geôlier l'avait humiliée à de nombreuses reprises", "à de nombreuses reprises", 2, 99,
     "fois"),
    ("Le pape a reçu sa mère trois fois depuis 2007", "trois fois", 3, 3, "fois"),
    # money
    ("la Caisse d'épargne a perdu 600 millions d’euros sur les marchés",
     "600 millions d’euros", 6e8, 6e8, "EUR"),
    ("L'homme est soupçonné d'avoir conduit la banque à une perte de 751 millions d'euros",
     "751 millions d'euros", 7.51e8, 7.51e8, "EUR"),
    ("des membres de la guérilla auraient touché quelque 20 millions de dollars",
     "quelque 20 millions de dollars", 1.9e7, 2.1e7, "USD"),
    ("L'Etat va injecter 10,5 milliards d'euros dans six banques", "10,5 milliards d'euros",
     1.05e10, 1.05e10, "EUR"),
    ("Natixis a perdu 1,2 milliard d'euros sur neuf mois", "1,2 milliard d'euros", 1.2e9, 1.2e9,
     "EUR"),
    ("un chef passible de 375.000 euros d'amende", "375.000 euros", 375000, 375000, "EUR"),
    ("un T-shirt vendu 17,99 dollars pièce", "17,99 dollars", 17.99, 17.99, "USD"),
    ("l'offre s'est faite au prix de 2,25 € par action", "2,25 €", 2.25, 2.25, "EUR"),
    ("une fraude portant sur 40 à 50 milliards d'euros de positions",
     "40 à 50 milliards d'euros", 4e10, 5e10, "EUR"),
    ("la facture dépasse déjà les 17 milliards d’euros", "dépasse déjà les 17 milliards d’euros",
     1.7e10, None, "EUR"),
    ("les banques ont subi à peu près 20 milliards d'euros de pertes",
     "à peu près 20 milliards d'euros", 1.9e10, 2.1e10, "EUR"),
    ("BNP Paribas recevra 2,55 milliards, la Banque populaire 950 millions.",
     "950 millions", 9.5e8, 9.5e8, None),
    ("une exposition inférieure à 500 millions d'euros", "inférieure à 500 millions d'euros",
     None, 5e8, "EUR"),
    ("Le trader aurait perdu près de cinq milliards d'euros", "près de cinq milliards d'euros",
     4.5e9, 5e9, "EUR"),
    # percentages and points
    ("Dexia, dont les cours avaient dévissé de près de 30% lundi", "près de 30%", 27, 30, "%"),
    ("la croissance serait \"autour de 1%\" en 2009", "autour de 1%", 0.95, 1.05, "%"),
    ("Elle était alors créditée d'environ un pour cent des intentions de vote",
     "environ un pour cent", 0.95, 1.05, "%"),
    ("les encours devront progresser de 3 % à 4 % en rythme annuel", "de 3 % à 4 %", 3, 4, "%"),
    ("l'Etat impose d'augmenter de 3 ou 4% le montant des crédits", "3 ou 4%", 3, 4, "%"),
    ("Entre 35% et 40% des salariés ont fait grève", "Entre 35% et 40%", 35, 40, "%"),
    ("des intérêts rémunérés à environ 8\u00a0% par an", "environ 8\u00a0%", 7.6, 8.4, "%"),
    ("à un taux d'intérêt élevé, supérieur à 8%", "supérieur à 8%", 8, None, "%"),
    ("la Fed a abaissé son taux directeur de 0,75 point", "0,75 point", 0.75, 0.75, "point"),
    ("400 points de base de plus que le coût de la dette", "400 points de base", 400, 400, "pb"),
    # counts
    ("La Corée du Nord pourrait disposer de dizaines de millions d’obus d’artillerie",
     "dizaines de millions d’obus", 2e7, 9.99e7, "obus"),
    ("Ingrid Betancourt et 14 autres otages ont été secourus", "14 autres otages", 14, 14,
     "autres otages"),
    ("la libération d'Ingrid Betancourt et de quatorze autres otages",
     "quatorze autres otages", 14, 14, "autres otages"),
    ("Quelque 15.000 personnes assureront le spectacle", "Quelque 15.000 personnes", 14250,
     15750, "personnes"),
    ("mobilisant au total pas moins de 14.000 personnes", "pas moins de 14.000 personnes",
     14000, None, "personnes"),
    ("le défilé des 204 délégations d'athlètes", "204 délégations", 204, 204, "délégations"),
    ("on attend 10.624 athlètes de 204 pays", "10.624 athlètes", 10624, 10624, "athlètes"),
    ("une audience de plusieurs centaines de millions de téléspectateurs",
     "plusieurs centaines de millions de téléspectateurs", 2e8, 9e8, "téléspectateurs"),
    ("Une vingtaine de militaires colombiens étaient associés aux préparatifs",
     "Une vingtaine de militaires", 18, 25, "militaires"),
    ("la perte imputée à l'irresponsabilité d'un seul trader", "un seul trader", 1, 1, "trader"),
    ("un nom qui renvoie déjà plusieurs milliers de réponses sur Google",
     "plusieurs milliers de réponses", 2000, 9000, "réponses"),
    ("Six organisations, dont cinq syndicats, ont décidé de déposer un recours",
     "Six organisations", 6, 6, "organisations"),
    ("Deux mille huit caissons ont lancé le compte à rebours", "Deux mille huit caissons",
     2008, 2008, "caissons"),
    ("A Strasbourg, entre 50 et 100 salariés se sont rassemblés", "entre 50 et 100 salariés",
     50, 100, "salariés"),
    ("Devant quatre milliards de téléspectateurs, selon les chiffres annoncés",
     "quatre milliards de téléspectateurs", 4e9, 4e9, "téléspectateurs"),
    # ages
    ("Jérôme Kerviel, 31 ans, est diplômé de l'université", "31 ans", 31, 31, "an"),
    ("La mère, une Algérienne âgée de 34 ans, a été remise en liberté", "34 ans", 34, 34, "an"),
    ("le petit Mohamed, 2 ans et demi, a échappé à sa surveillance", "2 ans et demi", 2.5, 2.5,
     "an"),
    ("une personne d'une trentaine d'années qu'elle connaît", "une trentaine d'années", 27, 37.5,
     "an"),
    ("le fichier pourra recenser les mineurs dès 13 ans", "13 ans", 13, 13, "an"),
    # periods (year ranges)
    ("un renversement de rôle par rapport à la guerre de Corée de 1950-1953",
     "1950-1953", 1950, 1953, "année"),
    ("Elle y a vécu trois ans, de 1985 à 1988, à l'époque", "de 1985 à 1988", 1985, 1988,
     "année"),
    ("Elle y a vécu près de trois années, entre 1984 et 1986", "entre 1984 et 1986", 1984, 1986,
     "année"),
    # distances and masses
    ("la base de Tolemaida, à 120 kilomètres au sud de Bogota", "120 kilomètres", 120, 120,
     "km"),
    ("l'armée a saisi une tonne d'explosifs près de Bogota", "une tonne", 1, 1, "tonne"),
]


def _only(sentence: str, text: str) -> Quantity:
    found = [q for q in extract_quantities(sentence) if q.text == text]
    assert found, f"{text!r} not found in {[q.text for q in extract_quantities(sentence)]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), CASES)
def test_a_quantity_is_read_with_its_hedge_and_unit(sentence: str, text: str,
                                                    low: float | None, high: float | None,
                                                    unit: str | None) -> None:
    quantity = _only(sentence, text)
    assert sentence[quantity.start:quantity.end] == text
    assert quantity.unit == unit
    assert quantity.low == (None if low is None else pytest.approx(low))
    assert quantity.high == (None if high is None else pytest.approx(high))


def test_there_are_at_least_sixty_phrasings() -> None:
    assert len(CASES) >= 60


NOT_QUANTITIES = [
    "C'est la première rencontre des deux dirigeants depuis un précédent voyage en 2019.",
    "Le dirigeant nord-coréen Kim Jong Un quitte le Cosmodrome le 13 septembre 2023",
    "Les Jeux se sont ouverts à 20h08 heure locale (12h08 GMT)",
    "La phrase lancée peu avant 21 heures hier soir par le chef de section",
    "le premier voyage à l'étranger depuis le début de la pandémie de Covid-19",
    "L'appartement situé au 2e étage d'un immeuble du VIIIème arrondissement",
    "Les deux hommes s'étaient déjà rencontrés à Vladivostok",
    "L'un des deux guérilleros capturés a nié avoir trahi",
    "Sa requête s'appuie surtout sur l'article 8 de la Convention",
    "la nouvelle coqueluche des internautes, une fois arrivés au milieu des guérilleros",
    "lors d'un point de presse à l'issue de la réunion",
    "un homme qui s'apprêtait à se marier avec cette nourrice",
    "le trader de la Caisse d'épargne, placé il y a deux semaines en garde à vue",
    "Ils essaient de développer leur programme spatial, dit le G8 réuni le 1er juillet.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_dates_times_ordinals_and_both_are_not_quantities(sentence: str) -> None:
    assert [q.text for q in extract_quantities(sentence)] == []


def test_offsets_are_those_of_the_article() -> None:
    article = "Titre\n\nLa réunion a duré plus de quatre heures."
    [quantity] = extract_quantities(article[7:], offset=7)
    assert article[quantity.start:quantity.end] == "plus de quatre heures"


def test_an_age_is_not_a_duration() -> None:
    assert _only("Kim, 39 ans, a visité le cosmodrome", "39 ans").family == "age"
    assert _only("otage depuis plus de six ans", "plus de six ans").family == "duration"


def test_relations_between_values_follow_rounding_and_hedges() -> None:
    def q(sentence: str, text: str) -> Quantity:
        return _only(sentence, text)

    eighteen = q("l'invasion qui dure depuis 18 mois", "18 mois")
    more_than = q("une guerre depuis plus d'un an et demi", "plus d'un an et demi")
    assert relation(eighteen, more_than) == "same"
    several = q("a échoué à plusieurs reprises", "à plusieurs reprises")
    twice = q("a échoué à deux reprises", "à deux reprises")
    assert relation(several, twice) == "vaguer"
    four = q("a duré plus de quatre heures", "plus de quatre heures")
    five = q("des discussions de près de cinq heures", "près de cinq heures")
    assert relation(four, five) == "same"
    two = q("des discussions d'environ deux heures", "environ deux heures")
    assert relation(two, five) == "disjoint"
    assert relation(q("une perte de 5 milliards d'euros", "5 milliards d'euros"),
                    q("une perte de 4,9 milliards d'euros", "4,9 milliards d'euros")) == "same"
    assert relation(q("quelque 15.000 personnes", "quelque 15.000 personnes"),
                    q("14.000 figurants", "14.000 figurants")) == "disjoint"
    assert relation(q("204 délégations", "204 délégations"),
                    q("205 délégations", "205 délégations")) == "disjoint"
    assert relation(q("au moins 10 morts", "au moins 10 morts"),
                    q("25 morts", "25 morts")) == "vaguer"
