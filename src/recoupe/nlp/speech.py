"""A French lexicon of speech and attribution verbs, as surface forms.

spaCy's French lemmatizer is not loaded (its tables cost a third of the start-up), so the
lexicon lists forms: every infinitive below is conjugated in the tenses news text uses
(present, passé composé participle with its agreements, imperfect, simple past, future,
conditional, present participle), which gives well over a thousand forms. Irregular verbs
list their forms by hand. `speech_lemma` maps a form back to its infinitive, so that the
quote extractor can tell which constructions a verb takes (`exhorter X à`, `nier avoir`,
`décrire X comme Y`, `démentir toute participation`).
"""

from __future__ import annotations

import functools

# Regular -er verbs that report speech, opinion or writing ("a déclaré", "estime").
_ER_VERBS = (
    "déclarer", "affirmer", "indiquer", "estimer", "ajouter", "noter", "souligner",
    "expliquer", "préciser", "assurer", "annoncer", "rapporter", "observer", "confier",
    "raconter", "rappeler", "insister", "juger", "considérer", "confirmer",
    "lancer", "dénoncer", "accuser", "déplorer", "regretter", "espérer", "penser", "marteler",
    "plaider", "exhorter", "demander", "tweeter", "commenter", "conclure", "résumer",
    "analyser", "avancer", "signaler", "mentionner", "évoquer", "qualifier",
    "répliquer", "rétorquer", "objecter", "protester", "clamer", "proclamer",
    "réclamer", "exiger", "implorer", "supplier", "avouer", "témoigner", "détailler",
    "certifier", "jurer", "garantir", "constater", "remarquer", "relever", "pointer",
    "fustiger", "critiquer", "saluer", "féliciter", "remercier", "menacer",
    "alerter", "s'inquiéter", "s'alarmer", "s'étonner", "se féliciter",
    "se réjouir", "tempérer", "nuancer", "modérer", "réaffirmer", "réitérer",
    "répéter", "communiquer", "publier", "poster", "informer", "confesser",
    "nier", "contester", "réfuter", "récuser", "rejeter",
    "trancher", "tonner", "s'exclamer", "s'écrier", "murmurer", "souffler", "glisser",
    "lâcher", "ironiser", "plaisanter", "railler", "moquer", "s'emporter", "s'indigner",
    "s'insurger", "s'offusquer", "se désoler", "se plaindre",
    "souhaiter", "appeler", "enjoindre", "recommander", "conseiller", "suggérer", "proposer",
    "préconiser", "justifier", "argumenter", "arguer", "enchaîner", "renchérir",
    "abonder", "acquiescer", "approuver", "corroborer", "attester", "exposer", "narrer",
    "relater", "synthétiser", "décréter", "statuer", "pronostiquer", "anticiper",
    "chiffrer", "évaluer", "tabler", "redouter", "douter", "citer",
    "exprimer", "condamner", "prôner", "vanter", "louer", "revendiquer", "reprocher",
    "soupçonner", "inviter", "inciter", "prier", "traiter", "présenter", "dépeindre",
    "interpréter", "trinquer", "encourager", "exhorter", "sommer", "conjurer", "blâmer",
    "minimiser", "démentir", "dénier", "qualifier", "accepter", "refuser", "réfléchir",
    "supposer", "présumer", "soupirer", "crier", "hurler", "écrire",
    "rassurer", "raisonner", "spéculer", "épingler", "pester", "tacler", "prévoir",
    "pressentir", "relayer", "s'engager", "s'opposer", "s'interroger", "parler",
    "révéler", "dévoiler", "divulguer", "insinuer", "formuler",
    "se demander", "se montrer", "se prononcer", "se déclarer", "s'avouer",
)

# Verbs of other groups: the infinitive first, then its forms as they appear in news copy.
_IRREGULAR_FORMS = (
    "dire dit dite dits dites dis disent disait disaient dira diront dirait diraient disant "
    "dîmes dirent",
    "répondre répond répondent répondait répondaient répondit répondirent répondra "
    "répondrait répondant répondu",
    "écrire écrit écrite écrits écrivent écrivait écrivit écrira écrirait écrivant",
    "décrire décrit décrite décrits décrivent décrivait décrivit décrirait décrivant",
    "soutenir soutient soutiennent soutenait soutint soutiendra soutiendrait soutenant "
    "soutenu",
    "maintenir maintient maintiennent maintenait maintint maintenu",
    "prévenir prévient préviennent prévenait prévint prévenu",
    "promettre promet promettent promettait promit promettra promettrait promettant promis",
    "émettre émet émettent émettait émit émettra émettrait émettant émis émise émises",
    "admettre admet admettent admettait admit admis",
    "reconnaître reconnaît reconnait reconnaissent reconnaissait reconnut reconnu "
    "reconnaissant",
    "croire croit croient croyait crut cru croyant",
    "craindre craint craignent craignait craignit craindrait craignant",
    "conclure conclut concluent concluait conclu",
    "poursuivre poursuit poursuivent poursuivait poursuivit poursuivi poursuivant",
    "prédire prédit prédisent prédisait",
    "contredire contredit contredisent",
    "démentir dément démentent démentait démentit démenti démentie démentant",
    "réagir réagit réagissent réagissait réagi réagissant",
    "avertir avertit avertissent avertissait averti avertissant",
    "interdire interdit",
    "exclure exclut exclu",
    "rappeler rappelle rappellent rappelait rappela rappellera rappellerait rappelant rappelé",
    "appeler appelle appellent appelait appela appellera appellerait appelant appelé",
    "rejeter rejette rejettent rejetait rejeta rejeté",
    "prévoir prévoit prévoient prévoyait prévu prévoyant",
    "voir voit voient voyait vit vu voyant",
    "percevoir perçoit perçoivent percevait perçu",
    "définir définit définissent définissait défini",
    "garantir garantit garantissent garantissait garanti",
    "réfléchir réfléchit réfléchissent réfléchissait réfléchi",
    "affranchir affranchit",
    "s'enquérir enquiert enquis",
    # "…, a-t-on appris de source judiciaire": the news agencies' sourcing (with "on" only).
    "apprendre apprend apprennent apprenait apprenaient appris apprise apprenant apprendra "
    "apprendrait",
    # Listed among the regular verbs for their construction, conjugated here.
    "réjouir réjouit réjouissent réjouissait réjouissaient réjoui réjouie réjouis réjouies "
    "réjouissant réjouira réjouirait",
    "plaindre plaint plaignent plaignait plaignaient plaignant plaindra plaindrait",
    "enjoindre enjoint enjoignent enjoignait enjoignaient enjoignant enjoindra enjoindrait",
    "renchérir renchérit renchérissent renchérissait renchérissaient renchéri renchérissant "
    "renchérira renchérirait",
    "dépeindre dépeint dépeinte dépeints dépeintes dépeignent dépeignait dépeignant",
    "pressentir pressent pressentent pressentait pressenti pressentant",
)

_ER_ENDINGS = ("er", "é", "ée", "és", "ées", "e", "es", "ent", "ait", "aient", "a", "ai",
               "èrent", "era", "eront", "erait", "eraient", "ant", "ons", "ez", "èrent")

# Verbs that only people (or the institutions they speak for) do: any noun subject of
# theirs is a speaker ("L'homme chargé de la surveillance assure que …"), while "indiquer",
# "montrer" or "souligner" also take things ("La décision souligne que …").
STRONG = frozenset({
    "déclarer", "dire", "affirmer", "assurer", "ajouter", "expliquer", "préciser", "estimer",
    "raconter", "confier", "répondre", "répliquer", "rétorquer", "insister", "reconnaître",
    "nier", "démentir", "avouer", "admettre", "juger", "penser", "croire", "espérer",
    "promettre", "prévenir", "avertir", "accuser", "dénoncer", "marteler", "confesser",
    "jurer", "certifier", "témoigner", "protester", "regretter", "déplorer", "saluer",
    "remercier", "exhorter", "plaider", "souhaiter", "craindre", "redouter", "douter",
    "dénier", "fustiger", "critiquer", "s'exclamer", "exclamer", "écrier", "confirmer",
    "annoncer", "réclamer", "exiger", "menacer", "répéter", "réaffirmer", "relater",
    "souffler", "murmurer", "soupirer", "ironiser", "plaisanter",
})

# Constructions, by infinitive.
# "exhorter la Russie à …", "accuser X de …": the object and its complement are the content.
OBJECT_CONTROL = frozenset({
    "exhorter", "accuser", "appeler", "inviter", "menacer", "remercier", "féliciter", "prier",
    "encourager", "inciter", "sommer", "enjoindre", "conjurer", "supplier", "implorer",
    "traiter", "soupçonner", "blâmer", "louer", "saluer", "qualifier", "presser",
})
# "a démenti toute participation", "a souligné la nécessité de …": a noun states the claim.
NOMINAL = frozenset({
    "démentir", "nier", "souligner", "saluer", "annoncer", "dénoncer", "réclamer", "exiger",
    "exprimer", "promettre", "confirmer", "déplorer", "regretter", "proposer", "critiquer",
    "condamner", "fustiger", "demander", "craindre", "redouter", "rejeter",
    "contester", "réfuter", "prôner", "préconiser", "recommander", "souhaiter", "admettre",
    "avouer", "revendiquer", "réaffirmer", "réitérer", "vanter", "louer", "dénier",
    "garantir", "prédire", "refuser", "accepter", "qualifier", "déclarer",
    "rappeler", "espérer", "remercier", "exclure",
})
# Hopes, fears, intentions, consent and refusal: a statement only with a que-clause
# ("espère que …"); with an infinitive or a noun they are attitudes, plans or acts ("a
# accepté de se rendre", "espéraient pouvoir progresser", "redoutent les initiatives
# isolées", "ayant refusé de lui accorder les honneurs", "Paris interdit de manifester").
CLAUSE_ONLY = frozenset({"espérer", "souhaiter", "redouter", "accepter", "prévoir",
                         "exiger", "engager", "refuser", "interdire"})
# Nouns in these verbs' objects only count when the noun phrase quotes the speaker.
NOMINAL_IF_QUOTED = frozenset({"évoquer", "mentionner", "citer", "dire", "affirmer", "assurer",
                               "expliquer", "raconter", "décrire", "parler"})
# "a émis des doutes sur …", "a formulé des réserves": the noun states the claim when it
# names something said (not "émettre des obligations", "formuler un produit").
NOMINAL_IF_SAID = frozenset({"émettre", "formuler"})
SAID_NOUNS = frozenset({
    "doute", "doutes", "réserve", "réserves", "protestation", "protestations", "critique",
    "critiques", "objection", "objections", "avis", "hypothèse", "hypothèses", "souhait",
    "souhaits", "vœu", "vœux", "voeu", "voeux", "regret", "regrets", "inquiétude",
    "inquiétudes", "avertissement", "avertissements", "demande", "demandes", "appel",
    "appels", "condamnation", "condamnations", "menace", "menaces", "démenti", "démentis",
    "proposition", "propositions", "recommandation", "recommandations",
})
# "décrire X comme Y", "voir X comme Y": the object and its attribute are the content.
AS_VERBS = frozenset({"décrire", "présenter", "voir", "considérer", "qualifier", "dépeindre",
                      "percevoir", "interpréter", "définir", "juger"})
# A preposition introduces the claim: "a conclu à un état de santé satisfaisant".
_TO = ("à", "au", "aux")
_OF = ("de", "du", "des", "d'", "d’")
PREPOSITIONAL = {
    "conclure": _TO, "appeler": _TO, "plaider": ("pour", "en"), "trinquer": _TO,
    "féliciter": _OF, "inquiéter": _OF, "alarmer": _OF,
    "inviter": _TO, "réjouir": _OF, "plaindre": _OF, "prononcer": ("pour", "contre"),
    "insister": ("sur",), "parler": _OF,
}
# Of these, a topic is only a claim when it quotes: "a parlé d'une « heureuse
# coïncidence »", not "a parlé du soutien de l'Union soviétique".
PREPOSITIONAL_IF_QUOTED = frozenset({"parler"})


def _stem_variants(stem: str) -> list[tuple[str, str]]:
    """(stem before e/é endings, stem before a/o endings): annonc-e / annonç-a, jug-ea."""
    if stem.endswith("c"):
        return [(stem, stem[:-1] + "ç")]
    if stem.endswith("g"):
        return [(stem, stem + "e")]
    return [(stem, stem)]


def _conjugate(infinitive: str) -> set[str]:
    head = infinitive.split("'")[-1].split()[-1] if infinitive.startswith(("s'", "se ")) \
        else infinitive.split()[0]
    stem = head[:-2]
    forms = set()
    for soft, hard in _stem_variants(stem):
        for ending in _ER_ENDINGS:
            forms.add((hard if ending[0] in "ao" else soft) + ending)
    accented = stem[::-1].replace("é", "è", 1)[::-1]  # répét- -> répèt- (je répète)
    if len(stem) > 2 and stem[-2] == "e" and stem[-1] not in "aeiouy" and (
            stem[-3] not in "aeiouyé"):
        accented = stem[:-2] + "è" + stem[-1]  # relev- -> relèv- (il relève), martèle
    if accented != stem:
        forms |= {accented + e for e in ("e", "es", "ent", "era", "erait")}
    return forms


def _pronominal_key(infinitive: str) -> str:
    """'se féliciter' and 's'inquiéter' are looked up by the verb itself."""
    if infinitive.startswith("s'"):
        return infinitive[2:]
    if infinitive.startswith("se "):
        return infinitive[3:]
    return infinitive.split()[0]


@functools.cache
def _lemmas() -> dict[str, str]:
    """Every lower-cased form -> its infinitive (first listed wins)."""
    lemmas: dict[str, str] = {}
    for line in _IRREGULAR_FORMS:
        infinitive, *forms = line.split()
        for form in (infinitive, *forms):
            lemmas.setdefault(form, infinitive.removeprefix("s'"))
    for verb in _ER_VERBS:
        for form in _conjugate(_pronominal_key(verb)):
            lemmas.setdefault(form, _pronominal_key(verb))
    return lemmas


@functools.cache
def speech_forms() -> frozenset[str]:
    """Every lower-cased form of a speech verb the lexicon knows."""
    return frozenset(_lemmas())


@functools.cache
def pronominal_only() -> frozenset[str]:
    """Verbs that report speech only with their reflexive clitic: "s'est montré confiant"
    reports, "des photos montrent que" does not; "s'inquiéter", "s'opposer"."""
    bare = {v for v in _ER_VERBS if not v.startswith(("s'", "se "))}
    return frozenset(_pronominal_key(v) for v in _ER_VERBS
                     if v.startswith(("s'", "se ")) and _pronominal_key(v) not in bare)


def speech_lemma(word: str) -> str | None:
    """'a déclaré' -> 'déclarer', 'annonçait' -> 'annoncer'; None for other words."""
    return _lemmas().get(word.lower())


def is_speech_verb(word: str) -> bool:
    """'déclaré', 'a-t-il' excluded: the verb form itself, lower-cased or not."""
    return word.lower() in speech_forms()
