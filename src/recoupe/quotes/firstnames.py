"""A person's gender from their first name, where the name leaves no doubt.

French marks gender around a name only now and then ("Mme Weiss", "l'avocate du trader"),
yet "a-t-elle ajouté" must not go to Jérôme Kerviel, nor "a-t-il dit" to Ulrika Weiss. The
first names news French prints most, French and foreign, are listed here by gender; names
given to both (Dominique, Claude, Camille, Kim, Sacha, Andrea) and names the lists do not
hold say nothing. A compound name takes its first part's gender ("Jean-Marie").
"""

from __future__ import annotations

from recoupe.quotes.lexicon import wordlist

_FEMININE = frozenset(wordlist("""
    agnès alexandra alice aline amélie ana angela angèle anna anne annie annick ariane
    astrid aurélie aurore béatrice bernadette brigitte carla carole caroline catherine
    cécile cécilia céline chantal charlotte christiane christine claire clara clarisse
    clotilde colette condoleezza corinne danièle danielle delphine diane edith édith
    eliane éliane elisabeth élisabeth elise élise elizabeth elsa emma emmanuelle éva eva
    evelyne éveline fabienne fadela fatima fatou florence françoise frédérique
    geneviève ghislaine hélène hillary ingrid irène isabelle jacqueline jeanne joëlle
    josiane josette julia julie juliette karine khaldia laetitia laura laure laurence léa
    leila leïla liliane louise lucie lucienne madeleine maria marie marianne marina marine
    marion marisol marlène marthe martine maryse mathilde maud mélanie michèle micheline
    mireille monique muriel najat nadia nadine nancy natacha nathalie nicole noëlle odile
    olga pascale patricia paulette pauline rachida rama renée roselyne sabine sandrine
    sarah ségolène simone solange sophie stéphanie suzanne sylvie sylviane teresa thérèse
    ulrika valérie véronique virginie viviane yolanda yulia ioulia yvette yvonne zoé
"""))

_MASCULINE = frozenset(wordlist("""
    abdel abdelaziz ahmed alain albert alexandre alexander alexeï alfred ali álvaro alvaro
    andré antoine antonio arnaud arnold augustin barack benjamin benoît bernard bertrand
    bill boris bruno carlos charles christian christophe cyril damien daniel david denis
    didier dmitri donald édouard edouard emmanuel éric eric étienne evo fabien fabrice
    fidel florian françois frank franck frédéric gaël gaëtan georges george gérard gerhard
    gilbert gilles gordon grégoire guillaume guy gustavo hamid hans henri hervé hugo hugues
    igor ivan jacques james jean jérôme joe joël john jorge josé joseph juan jules julien
    karim lance laurent léon lionel lorenzo louis luc lucien luis manuel marc marcel
    martial matthew mathieu matthieu maurice maxime michael michel mohamed mohammed moussa
    nabil nicolas noël olivier omar pascal patrick paul philippe pierre rafael raphaël
    raúl raul raymond régis rémi renaud rené richard robert roger romain romano ronald
    salvador samuel sébastien serge sergueï sergio silvio stéphane sylvain thierry thomas
    tony valéry victor vincent vladimir william xavier yann yves
"""))


def first_name_gender(name: str) -> str | None:
    """ "Ulrika Weiss" -> "Fem", "Jean-David Scemama" -> "Masc"; a single word (a surname,
    an organisation) or a first name given to both -> None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].split("-")[0].lower()
    if first in _FEMININE:
        return "Fem"
    return "Masc" if first in _MASCULINE else None
