"""Quoted regions in scraped French text."""

import pytest

from recoupe.nlp.quotemarks import quote_regions


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_regions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Il a dit « bonjour. Oui » puis « non ».", ["« bonjour. Oui »", "« non »"]),
    ("a déclaré : « Nous parlerons. Il est temps.” Fin", ["« Nous parlerons. Il est temps.”"]),
    ("il a ajouté qu' »il y a des choses dont nous pouvons parler ».",
     ["»il y a des choses dont nous pouvons parler »"]),
    ('"Kim a invité", a dit "X".', ['"Kim a invité"', '"X"']),
    ("«Il ne s’agit pas. Il s’agit.»", ["«Il ne s’agit pas. Il s’agit.»"]),
    ("un “mot” et « autre “imbriqué” »", ["“mot”", "« autre “imbriqué” »"]),
    ("la « guerre sans fin", []),
])
def test_regions(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected
