"""A French lexicon of speech and attribution verbs, as surface forms.

spaCy's French lemmatizer is not loaded (its tables cost a third of the start-up), so the
lexicon lists forms: every infinitive below is conjugated in the tenses news text uses
(present, passé composé participle, imperfect, simple past, future, conditional, present
participle), which gives several hundred forms. Irregular verbs list their forms by hand.
"""

from __future__ import annotations

import functools

# Regular -er verbs that report speech, opinion or writing ("a déclaré", "estime").
_ER_VERBS = (
    "déclarer", "affirmer", "indiquer", "estimer", "ajouter", "noter", "souligner",
    "expliquer", "préciser", "assurer", "annoncer", "rapporter", "observer", "confier",
    "raconter", "rappeler", "insister", "juger", "considérer", "confirmer", "démentir",
    "lancer", "dénoncer", "accuser", "déplorer", "regretter", "espérer", "penser", "marteler",
    "plaider", "exhorter", "demander", "tweeter", "commenter", "conclure", "résumer",
    "analyser", "avancer", "signaler", "mentionner", "évoquer", "qualifier",
    "répliquer", "rétorquer", "objecter", "protester", "clamer", "proclamer",
    "réclamer", "exiger", "implorer", "supplier", "avouer", "témoigner", "détailler",
    "certifier", "jurer", "garantir", "constater", "remarquer", "relever", "pointer",
    "fustiger", "critiquer", "saluer", "féliciter", "remercier", "menacer", "prévenir",
    "alerter", "mettre en garde", "s'inquiéter", "s'alarmer", "s'étonner", "se féliciter",
    "se réjouir", "se dire", "tempérer", "nuancer", "modérer", "réaffirmer", "réitérer",
    "répéter", "communiquer", "publier", "poster", "écrire", "informer", "confesser",
    "admettre", "reconnaître", "nier", "contester", "réfuter", "récuser", "rejeter",
    "trancher", "tonner", "s'exclamer", "s'écrier", "murmurer", "souffler", "glisser",
    "lâcher", "ironiser", "plaisanter", "railler", "moquer", "s'emporter", "s'indigner",
    "s'insurger", "s'offusquer", "se désoler", "se plaindre",
    "souhaiter", "appeler", "enjoindre", "recommander", "conseiller", "suggérer", "proposer",
    "préconiser", "justifier", "argumenter", "arguer", "poursuivre", "enchaîner", "renchérir",
    "abonder", "acquiescer", "approuver", "corroborer", "attester", "exposer", "narrer",
    "relater", "synthétiser", "décréter", "statuer", "prédire", "pronostiquer", "anticiper",
    "chiffrer", "évaluer", "tabler", "redouter", "douter", "décrire", "citer",
)

# Irregular verbs: their forms as they appear after "a", "ont", or alone.
_IRREGULAR_FORMS = (
    "dire dit dis disent disait disaient dira diront dirait diraient disant dîmes dirent",
    "répondre répond répondent répondait répondaient répondit répondirent répondra "
    "répondrait répondant répondu",
    "écrire écrit écrivent écrivait écrivit écrira écrirait écrivant",
    "décrire décrit décrivent décrivait décrivit décrirait décrivant",
    "soutenir soutient soutiennent soutenait soutint soutiendra soutiendrait soutenant soutenu",
    "maintenir maintient maintiennent maintenait maintint maintenu",
    "prévenir prévient préviennent prévenait prévint prévenu",
    "promettre promet promettent promettait promit promettra promettrait promettant promis",
    "admettre admet admettent admettait admit admis",
    "reconnaître reconnaît reconnaissent reconnaissait reconnut reconnu reconnaissant",
    "croire croit croient croyait crut cru croyant",
    "craindre craint craignent craignait craignit craindrait craignant",
    "conclure conclut concluent concluait conclu",
    "poursuivre poursuit poursuivent poursuivait poursuivit poursuivi",
    "mettre met mettent mit mis",
    "prédire prédit prédisent prédisait",
    "contredire contredit contredisent",
    "démentir dément démentent démentait démentit démenti",
    "réagir réagit réagissent réagissait réagi",
    "avertir avertit avertissent avertissait averti",
    "interdire interdit",
    "exclure exclut exclu",
    "rappeler rappelle rappellent rappelait rappela rappellera rappellerait rappelant rappelé",
    "appeler appelle appellent appelait appela appellera appellerait appelant appelé",
    "jeter jette",
    "rejeter rejette rejettent rejetait rejeta rejeté",
    "répéter répète répètent répétait répéta répété",
    "réitérer réitère réitèrent réitéré",
    "espérer espère espèrent espérait espéré",
    "considérer considère considèrent considérait considéré",
    "suggérer suggère suggèrent suggérait suggéré",
    "tempérer tempère tempèrent tempéré",
    "lancer lance lancent lançait lança lancé lançant",
    "avancer avance avancent avançait avança avancé avançant",
    "annoncer annonce annoncent annonçait annonça annoncé annonçant",
    "dénoncer dénonce dénoncent dénonçait dénonça dénoncé dénonçant",
    "prononcer prononce prononcé",
    "renoncer renonce",
    "menacer menace menacent menaçait menaça menacé menaçant",
    "juger juge jugent jugeait jugea jugé jugeant",
        "encourager encourage encouragé",
    "exiger exige exigent exigeait exigea exigé exigeant",
)

_ER_ENDINGS = ("er", "é", "ée", "és", "e", "ent", "ait", "aient", "a", "èrent", "èrent",
               "era", "eront", "erait", "eraient", "ant", "ons", "ez")


def _conjugate(infinitive: str) -> set[str]:
    head = infinitive.split()[-1]
    if head.startswith(("s'", "se ")):
        head = head.split("'", 1)[-1].split(" ", 1)[-1]
    stem = head[:-2]
    return {stem + ending for ending in _ER_ENDINGS}


@functools.cache
def speech_forms() -> frozenset[str]:
    """Every lower-cased form of a speech verb the lexicon knows."""
    forms: set[str] = set()
    for verb in _ER_VERBS:
        forms |= _conjugate(verb)
    for line in _IRREGULAR_FORMS:
        forms.update(line.split())
    return frozenset(forms)


def is_speech_verb(word: str) -> bool:
    """'déclaré', 'a-t-il' excluded: the verb form itself, lower-cased or not."""
    return word.lower() in speech_forms()
