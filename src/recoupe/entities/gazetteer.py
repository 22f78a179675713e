"""Small, curated name lists: knowledge a news reader has and a statistical model lacks.

Kept short on purpose: each entry fixes a failure seen in French news copy, and none of
them is needed for resolution by spelling (that is `recoupe.nlp.names.name_key`).
"""

from __future__ import annotations

# News agencies: fr_core_news_md reads "Tass" or "Yonhap" as places or people, and misses
# "AP" entirely; as sources of the story they are organisations.
AGENCIES = (
    "KCNA", "Tass", "TASS", "Ria Novosti", "RIA Novosti", "RIA-Novosti", "AFP", "AP",
    "Associated Press", "Reuters", "REUTERS", "Yonhap", "Interfax", "Xinhua", "Kyodo",
    "Agence France-Presse", "Agence France Presse", "Bloomberg", "Sputnik", "ANSA", "EFE",
    "Belga", "Chine nouvelle", "KNS",
)

# Capitals and seats of power, used for their governments ("Washington a accusé …"): the
# model often reads them as people. Single-token entities with these texts are places.
PLACE_METONYMS = frozenset({
    "Washington", "Moscou", "Pékin", "Pyongyang", "Séoul", "Seoul", "Tokyo", "Kiev", "Kyiv",
    "Londres", "Paris", "Berlin", "Bruxelles", "Téhéran", "Ankara", "Jérusalem", "Bogota",
    "Caracas", "Damas", "Bagdad", "Kaboul", "Taipei", "Varsovie", "Rome", "Madrid",
})
SEATS_OF_POWER = frozenset({"Kremlin", "Elysée", "Élysée", "Matignon", "Maison-Blanche",
                            "Pentagone", "Quai d'Orsay", "Vatican"})

# Editorial markers spaCy tags as names.
NOT_ENTITIES = frozenset({
    "NDLR", "Ndlr", "ndlr", "Lire", "Photo", "PHOTO", "Vidéo", "Lundi", "Mardi", "Mercredi",
    "Jeudi", "Vendredi", "Samedi", "Dimanche", "LUNDI", "MARDI", "MERCREDI", "JEUDI",
    "VENDREDI", "SAMEDI", "DIMANCHE",
})

# Common nouns before a place's name: "le cosmodrome de Vostochny" names Vostochny.
PLACE_HEADS = frozenset({
    "cosmodrome", "gare", "ville", "port", "aéroport", "base", "région", "province", "cité",
    "village", "île", "mont", "lac", "fleuve", "département", "quartier", "commune",
    "préfecture", "république",
})

# Courtesy titles that open a mention ("M. Poutine"); the name is what follows.
HONORIFICS = frozenset({"M.", "M", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Pr",
                        "Monseigneur", "Maître", "Sir", "Lord", "madame", "Madame",
                        "monsieur", "Monsieur", "Docteur"})
FEMININE_HONORIFICS = frozenset({"Mme", "Mmes", "Mlle", "madame", "Madame"})

# Surname particles: "Dominique de Villepin" is "Villepin" or "de Villepin" for short.
PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "von", "van", "der", "den", "di", "da",
                       "del", "della", "le", "la", "ben", "bin", "al", "el"})

# Korean (and a few other East Asian) family names: they come first, so "Kim" short for
# "Kim Jong Un" is the first word of the full name, not the last.
SURNAME_FIRST = frozenset({
    "Kim", "Lee", "Ri", "Yi", "Park", "Pak", "Choi", "Choe", "Jeon", "Jun", "Jo", "Cho",
    "Moon", "Mun", "Yang", "Cheong", "Chung", "Jung", "Jong", "Yun", "Yoon", "Kang", "Han",
    "Jang", "Chang", "Lim", "Im", "Shin", "Sin", "Song", "Oh", "Hwang", "Ahn", "An", "Yoo",
    "Hong", "Ko", "Seo", "Kwon", "Nam", "Ban", "Roh", "No", "Chun", "Hyun", "Ryu", "Noh",
    "Xi", "Hu", "Wen", "Li", "Wang", "Zhang", "Zhou", "Liu", "Chen", "Mao", "Deng",
})

# Official names and acronyms of states, as news uses them interchangeably with the short
# name: one real-world entity each. Keys are the short names.
STATE_ALIASES: dict[str, tuple[str, ...]] = {
    "Corée du Nord": ("RPDC", "République populaire démocratique de Corée", "Nord-Corée"),
    "Corée du Sud": ("République de Corée",),
    "Russie": ("Fédération de Russie", "Fédération russe"),
    "Chine": ("République populaire de Chine", "RPC"),
    "États-Unis": ("Etats-Unis", "Etats Unis", "USA"),
    "Union soviétique": ("URSS", "Union des républiques socialistes soviétiques"),
    "France": ("République française",),
    "Nations unies": ("ONU", "Organisation des Nations unies", "Nations Unies"),
    "Union européenne": ("UE",),
}

# Head nouns of the titles and functions news gives people ("le porte-parole du Kremlin",
# "James Nixey, directeur du programme …"): a role is a phrase headed by one of these.
_ROLE_WORDS = """
directeur directrice chef cheffe porte-parole président présidente vice-président
vice-présidente ministre ministres secrétaire expert experte chercheur chercheuse professeur
professeure analyste spécialiste député députée sénateur sénatrice gouverneur gouverneure
maire ambassadeur ambassadrice amiral général colonel commandant dirigeant dirigeante leader
fondateur fondatrice responsable conseiller conseillère avocat avocate procureur procureure
juge patron patronne pdg économiste politologue commissaire représentant représentante
chancelier chancelière roi reine pape archevêque évêque administrateur administratrice
délégué déléguée coordinateur coordinatrice négociateur négociatrice rédacteur rédactrice
journaliste correspondant correspondante historien historienne sociologue membre candidat
candidate trader défenseure défenseur militant militante cofondateur cofondatrice
premier première numéro ancien ancienne sous-secrétaire haut-commissaire capitaine
lieutenant sergent médecin docteur directeur-général présidente-directrice avocat-conseil
vainqueur champion championne lauréat lauréate
"""
ROLE_NOUNS = frozenset(_ROLE_WORDS.split())
