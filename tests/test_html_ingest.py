"""HTML pages, RSS/Atom feeds and URLs become articles; broken inputs are named, not fatal.

Network tests talk only to a local `http.server` on 127.0.0.1, started per test module.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from recoupe.clean import clean_article
from recoupe.ingest import read_sources, source_text

PARAGRAPHS = [
    "Le dirigeant nord-coréen Kim Jong-un est arrivé ce mardi en train en Russie, où il doit "
    "rencontrer le président Vladimir Poutine, a annoncé mardi l'agence de presse KCNA.",
    "Des images de l'agence russe Ria Novosti montrent le convoi aux wagons vert foncé tirés "
    "sur une voie par une locomotive des chemins de fer russes.",
    "Moscou et Pyongyang ont nié toute transaction d'armes, tout en affichant leur volonté de "
    "renforcer leurs liens en matière de défense.",
    "Le porte-parole du Kremlin, Dmitri Peskov, a indiqué aux médias russes que les deux "
    "dirigeants allaient discuter notamment de sujets sensibles.",
]
TITLE = "Que vient faire Kim Jong-un en Russie?"


def page(*, body_extra: str = "", head_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{TITLE} - BFMTV</title><meta property="og:site_name" content="BFMTV">
<meta property="article:published_time" content="2023-09-12T09:41:00+02:00">
<meta name="author" content="A.G">{head_extra}</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>{TITLE}</h1>{paragraphs}
<h2>Une pression sur Séoul?</h2><p>Séoul est un important exportateur d'équipements
militaires et a vendu des chars à la Pologne, alliée de Kiev.</p>{body_extra}
<p>A.G avec AFP</p></article>
<footer><p>© BFMTV 2023 – Tous droits réservés</p></footer></body></html>"""


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_an_html_page_gives_its_main_text_and_its_own_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "kim-russie.html", page())
    result = read_sources([path])
    article = clean_article(result.articles[0])
    assert not result.problems
    assert (article.id, article.source) == ("kim-russie", str(path))
    assert (article.title, article.outlet, article.published, article.byline) == (
        TITLE, "BFMTV", "2023-09-12", "A.G")
    assert article.language == "fr" and article.credits == ["AFP"]
    kept = [article.text[s.start:s.end] for s in article.body]
    assert all(p in kept for p in PARAGRAPHS)
    assert "Accueil" not in article.text and "Tous droits" not in article.text
    assert "A.G avec AFP" in [article.text[r.start:r.end] for r in article.removed]


def test_the_extracted_text_is_what_verify_re_derives_from_the_page(tmp_path: Path) -> None:
    path = write(tmp_path / "kim-russie.html", page())
    assert source_text(str(path)) == read_sources([path]).articles[0].text


def test_a_layout_table_does_not_merge_the_article_into_one_line(tmp_path: Path) -> None:
    html = page().replace("<article>", "<table><tr><td><p>Rubriques</p></td><td>").replace(
        "</article>", "</td></tr></table>")
    article = read_sources([write(tmp_path / "vieux-site.html", html)]).articles[0]
    assert PARAGRAPHS[0] in article.text.split("\n")


@pytest.mark.parametrize(("content", "message"), [
    ("<html><body><nav><a href='/'>Accueil</a></nav></body></html>", "no article text"),
    ("", "empty"),
])
def test_empty_pages_are_named(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "vide.html", content)
    good = write(tmp_path / "kim-russie.html", page())
    result = read_sources([path, good])
    assert [a.id for a in result.articles] == ["kim-russie"]
    assert result.errors[0].source == str(path) and message in result.errors[0].message


def test_malformed_html_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    broken = page().replace("</p>", "").replace("</article>", "<div><p>").replace(
        "</body></html>", "")
    article = read_sources([write(tmp_path / "casse.html", broken)]).articles[0]
    assert all(p in article.text for p in PARAGRAPHS)


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Fil Monde</title><link>https://fil.example/</link>
<item><title>Kim en Russie</title><link>{base}/article.html</link>
<description>Kim Jong-un est arrivé en Russie.</description>
<pubDate>Tue, 12 Sep 2023 08:00:00 +0200</pubDate></item>
<item><title>Une entrée vide</title></item>
<item><title>Sommet à Vostochny</title><link>https://fil.example/2</link>
<description>&lt;p&gt;{long}&lt;/p&gt;&lt;p&gt;{long2}&lt;/p&gt;</description>
<pubDate>Wed, 13 Sep 2023 18:00:00 +0200</pubDate></item>
</channel></rss>"""


def feed(base: str) -> str:
    return FEED.format(base=base, long=" ".join(PARAGRAPHS[:2]), long2=" ".join(PARAGRAPHS[2:]))


def test_feed_entries_become_articles_and_a_broken_entry_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "fil.xml", feed("https://fil.example"))
    result = read_sources([path], follow_links=False)
    assert [a.id for a in result.articles] == ["fil-1", "fil-3"]
    summit = result.articles[1]
    assert summit.text.split("\n") == [" ".join(PARAGRAPHS[:2]), " ".join(PARAGRAPHS[2:])]
    assert (summit.outlet, summit.published, summit.source) == (
        "Le Fil Monde", "2023-09-13", f"{path}#3")
    assert [(p.source, p.severity) for p in result.errors] == [(f"{path}#2", "error")]
    assert "'Une entrée vide'" in result.errors[0].message
    assert source_text(summit.source) == summit.text


def test_a_malformed_feed_is_read_as_far_as_possible(tmp_path: Path) -> None:
    text = feed("https://fil.example").replace("</channel></rss>", "<item><title>coupé")
    result = read_sources([write(tmp_path / "coupe.xml", text)], follow_links=False)
    assert [a.id for a in result.articles] == ["coupe-1", "coupe-3"]
    assert any("malformed feed" in p.message for p in result.problems)


# --- URLs: a local server only ---------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, str]]] = {}

    def do_GET(self) -> None:
        if self.path == "/lent":
            time.sleep(2)
        body, kind = self.pages.get(self.path, ("introuvable", "text/plain"))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # a client that gave up waiting
            self.wfile.write(body.encode("utf-8"))

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.pages = {"/article.html": (page(), "text/html"),
                      "/fil.xml": (feed(base), "application/rss+xml"),
                      "/lent": (page(), "text/html")}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_read_as_a_page(server: str) -> None:
    result = read_sources([f"{server}/article.html"])
    article = result.articles[0]
    assert (article.id, article.source, article.outlet) == (
        "article", f"{server}/article.html", "BFMTV")
    assert PARAGRAPHS[0] in article.text


def test_a_feed_entry_that_only_links_gets_its_page(server: str) -> None:
    result = read_sources([f"{server}/fil.xml"])
    linked = result.articles[0]
    assert linked.source == f"{server}/article.html" and PARAGRAPHS[3] in linked.text
    assert (linked.id, linked.published) == ("fil-1", "2023-09-12")


def test_network_failures_are_clear_and_do_not_stop_the_other_sources(
        server: str, tmp_path: Path) -> None:
    good = write(tmp_path / "kim-russie.html", page())
    result = read_sources([f"{server}/absent.html", f"{server}/lent",
                           "http://127.0.0.1:9/ferme.html", good], timeout=0.5)
    assert [a.id for a in result.articles] == ["kim-russie"]
    messages = [p.message for p in result.errors]
    assert "HTTP 404" in messages[0]
    assert "within 0.5 s" in messages[1]
    assert "cannot reach 127.0.0.1" in messages[2] and "offline" in messages[2]


def test_a_download_over_the_size_limit_is_refused(server: str) -> None:
    result = read_sources([f"{server}/article.html"], max_bytes=500)
    assert not result.articles and "too large" in result.errors[0].message
