"""Page furniture: what a web page wraps around an article and extraction lets through.

Cookie and consent banners, newsletter boxes, share bars, ads, paywall teasers, comment
prompts, link blocks, breadcrumbs, copyright footers, "Publié le …" lines and wire
datelines. The patterns address the reader ("vous", "inscrivez-vous") or name the widget,
so that an article *about* cookies or newsletters is not mistaken for furniture; every rule
also bounds the paragraph's length.
"""

from __future__ import annotations

import re

from recoupe.clean.base import Context, Finding, noise
from recoupe.clean.dates import is_date_line
from recoupe.clean.paragraphs import Paragraph

_I = re.IGNORECASE
_COOKIE_WORD = re.compile(r"\bcookies?\b|\btraceurs\b|\bconsentement\b|\bdonnées personnelles",
                          _I)
_COOKIE_CALL = re.compile(
    r"\bvous\b|\bvotre navigation|\bvos (?:choix|données|préférences)|\bnos partenaires"
    r"|\baccepter\b|\bparamétrer\b|\bce site\b|\bnotre site\b|\bgérer mes choix", _I)
_COOKIE_BUTTONS = re.compile(
    r"^(?:tout )?accepter(?: (?:et|&) (?:fermer|continuer))?$|^continuer sans accepter$"
    r"|^(?:refuser|paramétrer|personnaliser|gérer mes choix)(?: les cookies)?$", _I)
_NEWSLETTER = re.compile(
    r"\b(?:newsletters?|lettres? d['’]information)\b.*\b(?:inscri\w*|recevez|abonnez|"
    r"gratuite?s?)\b|\b(?:inscrivez-vous|abonnez-vous)\b.*\bnewsletter"
    r"|^en vous inscrivant, vous acceptez|^recevez (?:chaque|tous les) (?:matin|soir|jours)",
    _I)
_NEWSLETTER_TITLE = re.compile(r"^(?:la |notre )?newsletter\b[\w' -]{0,40}$", _I)
_SOCIAL = r"(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Messenger|Telegram|E-?mail|Mail|Imprimer" \
          r"|Copier le lien|Flipboard|Pinterest|Bluesky|Threads|SMS)"
_SHARE = re.compile(
    rf"^(?:partager|partagez)(?: cet article| sur| l['’]article|\s*:|\s*$)"
    rf"|^(?:{_SOCIAL}\s*[|·•/,-]?\s*){{2,}}$"
    r"|^(?:suivez|retrouvez|rejoignez)[ -]nous sur\b|^(?:suivez|retrouvez) (?:toute )?l['’]"
    r"actualité\b.{0,60}\bsur (?:notre|nos|google|facebook|twitter|x|whatsapp|instagram)"
    r"|^(?:téléchargez|installez) (?:notre|l['’]) ?application\b", _I)
_AD = re.compile(r"^(?:publicité|annonce|contenu sponsorisé|sponsorisé|advertisement"
                 r"|contenu partenaire)$", _I)
_PAYWALL = re.compile(
    r"il vous reste \d+ ?% (?:de cet article|à lire)|la suite (?:de cet article )?est réservée"
    r"|(?:cet|l['’])article est réservé aux abonnés|réservé aux abonnés$"
    r"|abonnez-vous pour (?:lire|accéder)|^déjà abonné\s*\??|^je m['’]abonne$"
    r"|offre (?:spéciale|d['’]essai|numérique).{0,40}\b\d+ ?(?:€|euros?)", _I)
_COMMENTS = re.compile(
    r"^\d+ (?:commentaires?|réactions?)\b|^(?:réagir|réagissez)(?: à cet article)?\s*(?::|$|\(|\d)"
    r"|connectez-vous pour (?:commenter|réagir)|vous devez être connectée? pour (?:réagir|"
    r"commenter)|^les commentaires sont (?:fermés|clos)|^(?:voir|afficher|lire) les "
    r"\d* ?commentaires|^commentaires?\s*\(\d+\)$|^(?:ajouter|écrire) un commentaire", _I)
_RELATED = re.compile(
    r"^(?:[àa] lire (?:aussi|également|dans l['’]actualit[ée])|lire (?:aussi|également)\b"
    r"|voir aussi\b|[àa] voir (?:aussi|également)|sur le même (?:sujet|thème)"
    r"|pour aller plus loin|(?:nos|les) articles? (?:similaires|liés|sur le même)"
    r"|plus d['’]actualités?|en savoir plus\b|regarder la vidéo|vidéo\s*[:-]"
    r"|dans la même rubrique|(?:les )?(?:articles |vidéos )?(?:les )?plus (?:lus|vus|partagés)"
    r"|[àa] découvrir\b|découvrez aussi|à la une\b|les dernières actualités"
    r"|(?:l['’])?actualité (?:en continu|à suivre))", _I)
_FEEDBACK = re.compile(
    r"^cet article vous a-t-il (?:été utile|plu)|^(?:vous avez )?repéré une erreur"
    r"|^signaler (?:une erreur|un abus|ce contenu)", _I)
_COPYRIGHT = re.compile(
    r"^(?:©|copyright\b|\(c\)\s)|tous droits (?:de reproduction )?réservés"
    r"|reproduction (?:interdite|réservée)|^mentions légales\b", _I)
_BREADCRUMB = re.compile(r"^accueil\s*(?:[›>»/|]|\s-\s)", _I)
_MENU_SEPARATORS = re.compile(r"\s[›>»|·]\s")
_AGENCIES = r"(?:AFP|Reuters|AP|Belga|ATS|DPA|ANSA|EFE|Xinhua|Interfax|Yonhap|Kyodo)"
# "PARIS (Reuters) -", "VILLACOUBLAY, Yvelines (Reuters) -", "Pékin (AFP) -".
WIRE_DATELINE = re.compile(
    rf"^[A-ZÉÈÀÂÎÔÛÇ][\w'’ .-]{{1,40}}(?:,\s*[\w'’ .-]{{2,40}})?\s*\(({_AGENCIES})\)"
    r"\s*[-–—]+\s*")


def _short(p: Paragraph, limit: int) -> bool:
    return len(p.words) <= limit


def cookie(p: Paragraph, ctx: Context) -> Finding | None:
    if _short(p, 8) and _COOKIE_BUTTONS.match(p.text):
        return noise("cookie")
    if _short(p, 90) and _COOKIE_WORD.search(p.text) and _COOKIE_CALL.search(p.text):
        return noise("cookie")
    return None


def newsletter(p: Paragraph, ctx: Context) -> Finding | None:
    if _short(p, 60) and _NEWSLETTER.search(p.text):
        return noise("newsletter")
    if _short(p, 8) and _NEWSLETTER_TITLE.match(p.text):
        return noise("newsletter")
    return None


def share(p: Paragraph, ctx: Context) -> Finding | None:
    if _short(p, 20) and (_SHARE.search(p.text) or _FEEDBACK.search(p.text)):
        return noise("share")
    return None


def advert(p: Paragraph, ctx: Context) -> Finding | None:
    return noise("ad") if _short(p, 3) and _AD.match(p.text) else None


def paywall(p: Paragraph, ctx: Context) -> Finding | None:
    return noise("paywall") if _short(p, 40) and _PAYWALL.search(p.text) else None


def comments(p: Paragraph, ctx: Context) -> Finding | None:
    return noise("comments") if _short(p, 30) and _COMMENTS.search(p.text) else None


def related_links(p: Paragraph, ctx: Context) -> Finding | None:
    if _short(p, 25) and _RELATED.match(p.text):
        return noise("related_links")
    return None


def footer(p: Paragraph, ctx: Context) -> Finding | None:
    return noise("footer") if _short(p, 30) and _COPYRIGHT.search(p.text) else None


def navigation(p: Paragraph, ctx: Context) -> Finding | None:
    """A breadcrumb ("Accueil › Monde › Asie") or a menu flattened into one line."""
    if _short(p, 20) and (_BREADCRUMB.match(p.text)
                          or (len(_MENU_SEPARATORS.findall(p.text)) >= 2
                          and not p.text.endswith((".", "!", "?")))):
        return noise("nav")
    return None


def date_line(p: Paragraph, ctx: Context) -> Finding | None:
    """"Publié le 3 décembre 2008 à 07h45": metadata (read by `clean.dates`), not text."""
    return noise("metadata") if _short(p, 24) and is_date_line(p.text) else None


def wire_dateline(p: Paragraph, ctx: Context) -> Finding | None:
    """A wire dateline alone on its line is removed; before the first sentence, cut off."""
    if ctx.content_seen and p.index > 3:
        return None
    match = WIRE_DATELINE.match(p.text)
    if match is None:
        return None
    if match.end() >= len(p.text):
        return noise("dateline")
    return Finding("noise", "dateline", end=p.at(match.end()))
