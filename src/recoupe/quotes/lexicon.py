"""The words speaker rules read: nouns that head a speaker, institutions, nationalities,
describing nouns, calendar words and ministries' portfolios.

Lists are written as blocks of words; nouns are matched by stem (`recoupe.nlp.stems`),
nationalities and describing nouns by their masculine singular form.
"""

from __future__ import annotations

from recoupe.nlp.stems import stem


def wordlist(text: str) -> list[str]:
    """Words of a lexicon written as a block of text."""
    return text.split()


# Nouns that can head a speaker: people, offices, organisations, media.
_SPEAKER_WORDS = wordlist("""
    porte-parole ministre président présidente dirigeant dirigeante chef secrétaire
    lama dalaï pape imam rabbin évêque archevêque cardinal prêtre curé moine
    directeur directrice expert experte analyste spécialiste chercheur chercheuse
    professeur professeure responsable responsables diplomate officiel officiels source
    sources agence agences ministère gouvernement parquet police procureur procureure
    avocat avocate juge syndicat association médias média presse journal journaux
    quotidien télévision observateur observateurs témoin témoins habitant habitants élu
    élus député députée sénateur sénatrice maire commission comité conseil banque
    société entreprise groupe direction état-major armée militaire militaires numéro
    leader ambassadeur ambassadrice consul économiste politologue historien historienne
    sociologue médecin médecins scientifique scientifiques enquêteur enquêteurs auteur
    auteurs fondateur fondatrice patron patronne employé employés salarié salariés
    manifestant manifestants opposant opposants partisan partisans proche proches
    famille père mère fils fille frère sœur soeur mari épouse ami amie collègue
    entourage délégation délégué déléguée représentant représentante commissaire
    gouverneur préfet préfète général amiral colonel officier officiers soldat soldats
    cabinet bureau département service services office institut organisation onu otan ue
    kremlin maison élysée matignon communiqué rapport étude enquête sondage document
    lettre déclaration site compte message chaîne radio autorités autorité dirigeants
    ministres analystes experts spécialistes chercheurs diplomates capitale pays état
    etat gendarmerie gendarmes policiers enquêteurs magistrat magistrate otage otages
    ex-otage cousine cousin tante oncle nounou voisin voisine voisins mère grand-mère
    internaute internautes eurodéputés eurodéputé parlement opposition majorité candidat
    candidate premier vice-ministre coureur champion entraîneur organisateurs
    organisateur équipe fédération agence laboratoire ong commandant commandement juges
    avocats familles parents quotidiens hebdomadaire magazine site journalistes
    journaliste correspondant éditorial éditorialiste commentateur commentateurs
    observateur économistes spécialiste ex-mari ex-épouse ex-femme compagnon compagne
    veuve veuf émissaire émissaires médiateur médiatrice négociateur négociatrice
    maman papa guérillero guérilleros militant militante militants militantes
    protestataire protestataires gréviste grévistes pdg p-dg dg drh
""")
SPEAKER_NOUNS = frozenset(stem(w) for w in _SPEAKER_WORDS)
# Speaker nouns that name institutions, not people: "il" rarely refers back to them.
_INSTITUTION_WORDS = wordlist("""
    agence agences ministère gouvernement parquet police syndicat association médias
    média presse journal journaux quotidien télévision commission comité conseil banque
    société entreprise groupe direction état-major armée cabinet bureau département
    service services office institut organisation onu otan ue kremlin maison élysée
    matignon communiqué rapport étude enquête sondage document lettre déclaration site
    compte message chaîne radio autorités autorité pays état etat gendarmerie parlement
    opposition majorité fédération laboratoire ong équipe capitale hebdomadaire magazine
    délégation
""")
INSTITUTIONS = frozenset(stem(w) for w in _INSTITUTION_WORDS)
# Nationalities and regions used as nouns for a person already named ("l'Américain",
# "le Belge", "le Texan"): French news avoids repeating names this way.
_DEMONYM_WORDS = wordlist("""
    américain britannique anglais allemand italien espagnol russe chinois japonais coréen
    nord-coréen sud-coréen colombien suisse canadien australien brésilien argentin
    mexicain ukrainien polonais néerlandais hollandais luxembourgeois autrichien
    portugais grec turc iranien irakien syrien libanais israélien palestinien égyptien
    marocain algérien tunisien sénégalais ivoirien malien nigérian sud-africain indien
    pakistanais afghan vietnamien thaïlandais indonésien philippin kazakh texan
    californien new-yorkais parisien marseillais lyonnais breton corse basque québécois
    slovène slovaque tchèque hongrois roumain bulgare serbe croate danois suédois
    norvégien finlandais irlandais écossais gallois islandais vénézuélien chilien
    péruvien cubain équatorien bolivien kényan éthiopien saoudien qatari émirati
    jordanien yéménite tibétain taïwanais mongol birman belge français
""")
DEMONYMS = frozenset(_DEMONYM_WORDS)
# Nouns that describe a person rather than name an office: with a definite article
# ("le coureur texan", "la jeune femme", "le septuple vainqueur du Tour") they refer back
# to someone named, whereas "le porte-parole" or "le ministre" can be someone new.
_EPITHET_WORDS = wordlist("""
    coureur coureuse cycliste champion championne vainqueur homme femme otage ex-otage
    sportif sportive joueur joueuse athlète pilote vedette star intéressé intéressée
    septuagénaire quinquagénaire quadragénaire trentenaire octogénaire garçon fille
""")
EPITHETS = frozenset(_EPITHET_WORDS) | DEMONYMS


def masculine_forms(word: str) -> set[str]:
    """ "Italiennes" -> {"italiennes", "italienne", "italien", …}: the forms a masculine
    singular entry may have (stems would confuse "France" with "Français")."""
    word = word.lower()
    forms = {word, word.removesuffix("s")}
    forms |= {f.removesuffix("e") for f in forms} | {f.removesuffix("ne") for f in forms}
    return forms


# Days, months and times that the parser hangs on a speaker's name ("a déclaré mercredi X",
# "Christine Lagarde vendredi").
CALENDAR = frozenset(wordlist("""
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain soir matin
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
"""))
# Nouns that head an adverbial of time, not a speaker ("la semaine dernière", "déclarait-il
# il y a quelques semaines").
TIME_NOUNS = frozenset(wordlist("""
    semaine semaines mois année années an ans jour jours week-end week soirée matinée
    heure heures fois veille lendemain nuit après-midi
""")) | CALENDAR
# Ministries' portfolios, capitalised right before the minister's name.
PORTFOLIOS = frozenset(wordlist("""
    économie economie intérieur interieur justice défense defense culture santé sante
    éducation education agriculture environnement écologie ecologie travail emploi budget
    finances industrie commerce logement transports sports recherche armées armees
    affaires étrangères etrangeres outre-mer immigration énergie energie numérique
"""))
# Clitic addressees before a verb ("…, lui a dit X"), which the parser may call subjects.
ADDRESSEES = frozenset({"lui", "leur", "nous", "vous", "me", "m'", "m’", "te", "t'", "t’"})
# Reflexive clitics: "s'est dite prête", "se déclarant victime", "s'est montré".
REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
# "faire" as it reports: "a fait part de", "a fait savoir que", "a fait valoir que".
FAIRE = frozenset({"fait", "faisait", "fera", "ferait", "faisant", "font", "faire", "fit"})
# Verbs that relay someone's words: their subject is a channel ("rapporte le journal"), and
# in the passive their agent is ("Poutine a été cité par les médias russes").
RELAYING = frozenset({"rapporter", "relater", "citer", "relayer"})
# Texts that speak for whoever published them ("a rendu publics deux commentaires accusant").
DOCUMENTS = frozenset(wordlist("""
    commentaire commentaires communiqué communiqués rapport rapports texte textes lettre
    lettres déclaration déclarations éditorial éditoriaux article articles message messages
    note notes tribune tribunes document documents courrier courriers dépêche dépêches
"""))
# The complementiser that opens a reported clause ("a déclaré que …", "qu'il …").
QUE = frozenset({"que", "qu", "qu'", "qu’"})
# "bien que", "alors que", "parce que": a subordinate clause of its own, not a content.
CONJUNCTION_HEADS = frozenset({"bien", "alors", "parce", "pour", "avant", "après", "sans",
                               "dès", "afin", "tandis", "sitôt", "encore", "ainsi", "même"})


# Media: as the subject of a relaying verb the channel of the words, not their speaker
# (« … que je disputerai, rapporte l'édition d'hier de La Gazzetta dello Sport. … »); as
# the subject of a sentence, what "elle" in the next one may stand for (context.History).
MEDIA = frozenset(wordlist("""
    édition journal quotidien hebdomadaire magazine site chaîne radio télévision agence
    presse média médias
"""))
