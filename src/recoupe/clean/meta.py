"""Outlet names and bylines read from the lines the cleaning rules set aside."""

from __future__ import annotations

import re

from recoupe.clean.paragraphs import Paragraph, normalised

KNOWN_OUTLETS = frozenset(normalised(name) for name in (
    "BFMTV", "BFM TV", "Le Monde", "Libération", "Le Figaro", "France 24", "franceinfo",
    "France Info", "20 Minutes", "Ouest-France", "L'Express", "Le Point", "RFI", "TF1",
    "TF1 Info", "Europe 1", "RTL", "Mediapart", "Le Parisien", "Les Echos", "La Croix",
    "L'Obs", "Le HuffPost", "Huffington Post", "Marianne", "Courrier international",
    "Le Journal du Dimanche", "JDD", "CNews", "LCI", "France Inter", "Le Temps", "RTBF",
    "La Libre", "Le Soir", "Radio-Canada", "Le Devoir", "La Presse", "Sud Ouest",
    "La Dépêche", "Le Progrès", "Nice-Matin", "La Voix du Nord", "Euronews", "TV5Monde",
    "Rue89", "L'Équipe", "L'Humanité", "Le Nouvel Obs", "Le Nouvel Observateur", "Slate",
    "Challenges", "La Tribune", "Capital", "Le Dauphiné Libéré", "L'Est Républicain",
    "Midi Libre", "La Provence", "Le Télégramme", "Paris Match", "Valeurs actuelles",
    "Atlantico", "Konbini", "Brut", "HuffPost", "Public Sénat", "LCP", "France 2",
    "France 3", "M6", "Arte", "France Culture", "RMC", "Sputnik", "RT France",
))
_BYLINE_PREFIX = re.compile(r"^\(?\s*(?:propos recueillis )?par\s+", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    r"\s*(?:,\s*|\s+(?=avec\b)|\s*[(–-]\s*)(?:avec\b.*|envoyée?s? spéciale?s?.*|correspondante?.*"
    r"|à [A-ZÉ].*|édité par.*|\(?(?:AFP|AP|Reuters)\)?)$", re.IGNORECASE)
_AGENCY_ONLY = re.compile(r"^\(?\s*(?:avec\s+|source\s*:\s*|©\s*)?(?:l['’]\s?)?"
                          r"(?:AFP|AP|Reuters|Associated Press|agences?)\s*\)?\.?$",
                          re.IGNORECASE)
_GENERIC = frozenset({"la rédaction", "rédaction", "avec agences", "agences"})


def is_outlet_line(p: Paragraph) -> bool:
    """The outlet's name alone on the first line ("BFMTV"), as some scrapers leave it."""
    return p.index == 0 and len(p.words) <= 5 and normalised(p.text) in KNOWN_OUTLETS


def byline_name(text: str) -> str | None:
    """The author(s) of a byline line: 'Par Sophie Marty, à Toulouse' -> 'Sophie Marty'."""
    if _AGENCY_ONLY.match(text):
        return None
    name = _BYLINE_TAIL.sub("", _BYLINE_PREFIX.sub("", text.strip())).strip(" .,()")
    if not name or name.lower() in _GENERIC or name.lower().startswith("la rédaction") or len(
            name) > 80:
        return None
    return name
