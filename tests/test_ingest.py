"""Reading sources: every unusable input is named, the others go on."""

import json
import tracemalloc
from pathlib import Path

from recoupe.ingest import partial_date, read_sources
from recoupe.records import Article


def write(path: Path, content: bytes | str) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_directory_of_text_files_gives_one_article_per_file_named_by_stem(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Deuxième article.")
    write(tmp_path / "a.md", "Premier article.")
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.articles[0].text == "Premier article."
    assert result.articles[0].source == str(tmp_path / "a.md")
    assert not result.problems


def test_unsupported_files_in_a_directory_are_noted_not_failed(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Le sommet a eu lieu mercredi au cosmodrome de Vostochny.")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff")
    result = read_sources([tmp_path])
    assert len(result.articles) == 1
    assert [p.severity for p in result.problems] == ["note"]
    assert "photo.jpg" in result.problems[0].source


def test_bad_files_are_reported_by_name_and_the_rest_is_read(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Le sommet a eu lieu mercredi.")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "binary.txt", b"\x00\x01\x02\x03garbage")
    write(tmp_path / "legacy.txt", "Le président a été reçu à l’Élysée.".encode("cp1252"))
    result = read_sources([tmp_path, tmp_path / "missing.txt"])
    assert sorted(a.id for a in result.articles) == ["good", "legacy"]
    errors = {Path(p.source).name: p.message for p in result.errors}
    assert set(errors) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in errors["empty.txt"] and "binary" in errors["binary.txt"]
    notes = [p for p in result.problems if p.severity == "note"]
    assert len(notes) == 1 and "cp1252" in notes[0].message
    legacy = next(a for a in result.articles if a.id == "legacy")
    assert legacy.text == "Le président a été reçu à l’Élysée."


def test_jsonl_lines_become_articles_and_broken_lines_are_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Premier.", "title": "T", "outlet": "Le Monde",
                    "published": "2023-09-13T08:00:00Z", "url": "https://example.org/1"}),
        "{not json",
        json.dumps({"id": "x3"}),
        "",
        json.dumps({"maintext": "Champ de news-please.", "date_publish": "2023-09-12 10:00"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = read_sources([path])
    assert [a.id for a in result.articles] == ["x1", "feed-5"]
    first = result.articles[0]
    assert (first.title, first.outlet, first.published, first.url) == (
        "T", "Le Monde", "2023-09-13", "https://example.org/1")
    assert result.articles[1].published == "2023-09-12"
    assert [p.source for p in result.errors] == [f"{path}:2", f"{path}:3"]


def test_duplicate_ids_are_made_unique_and_said(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a" / "same.txt", "Un.")
    write(tmp_path / "b" / "same.txt", "Deux.")
    result = read_sources([tmp_path / "a", tmp_path / "b"])
    assert [a.id for a in result.articles] == ["same", "same~2"]
    assert any("renamed" in p.message for p in result.problems)


def test_files_over_the_size_limit_are_refused_without_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", "x" * 5000)
    result = read_sources([path], max_bytes=1000)
    assert not result.articles
    assert "too large" in result.errors[0].message


def test_article_objects_pass_through_and_empty_ones_are_refused() -> None:
    result = read_sources([Article(id="a", text="Texte."), Article(id="b", text="  ")])
    assert [a.id for a in result.articles] == ["a"]
    assert result.errors[0].source == "b"


def test_partial_dates_keep_their_precision() -> None:
    assert partial_date("2023-09") == "2023-09"
    assert partial_date("2023") == "2023"
    assert partial_date("2023-09-13T10:00:00+02:00") == "2023-09-13"
    assert partial_date("mercredi") is None
    assert partial_date(None) is None


def test_csv_exports_map_news_please_fields_and_name_bad_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "export.csv",
                 "title;maintext;date_publish;source_domain;authors\n"
                 "Kim en Russie;Le dirigeant nord-coréen est arrivé en Russie.;2023-09-12 08:00;"
                 "bfmtv.com;A.G\n"
                 "Sans texte;;2023-09-13;lemonde.fr;\n")
    result = read_sources([path])
    [article] = result.articles
    assert (article.id, article.title, article.published, article.outlet, article.byline) == (
        "export-2", "Kim en Russie", "2023-09-12", "bfmtv.com", "A.G")
    assert article.source == f"{path}:2"
    assert [p.source for p in result.errors] == [f"{path}:3"]


def test_a_50_mb_file_is_refused_unread_and_the_others_are_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: 50 MB on paper, instant to make
    good = write(tmp_path / "good.txt", "Le sommet a eu lieu mercredi au cosmodrome.")
    tracemalloc.start()
    result = read_sources([huge, good])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.id for a in result.articles] == ["good"]
    assert "too large (50.0 MB > 20 MB limit)" in result.errors[0].message
    assert peak < 5_000_000


def test_a_50_mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    with path.open("wb") as stream:
        stream.write(json.dumps({"id": "a", "text": "Premier article."}).encode() + b"\n")
        stream.write(b'{"id": "big", "text": "' + b"x" * 50_000_000 + b'"}\n')
        stream.write(json.dumps({"id": "c", "text": "Dernier article."}).encode() + b"\n")
    tracemalloc.start()
    result = read_sources([path])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.id for a in result.articles] == ["a", "c"]
    assert result.errors[0].source == f"{path}:2" and "longer than 5 MB" in result.errors[0].message
    assert peak < 15_000_000


def test_language_is_detected_and_a_short_name_heavy_text_falls_back_with_a_note(
        tmp_path: Path, sample_dir: Path) -> None:
    write(tmp_path / "legende.txt", "Kim Jong Un, Vladimir Poutine, Vostochny")
    write(tmp_path / "english.txt", "The North Korean leader met Vladimir Putin on Wednesday at "
          "the Vostochny cosmodrome in the Russian Far East, where the two men discussed "
          "military cooperation and space technology, officials said on Thursday.")
    result = read_sources([sample_dir, tmp_path])
    languages = {a.id: a.language for a in result.articles}
    assert languages["english"] == "en" and languages["003_8298768d8e847e79"] == "fr"
    assert languages["legende"] == "fr"
    note = next(p for p in result.problems if p.source.endswith("legende.txt"))
    assert note.severity == "note" and "language unsure" in note.message


def test_a_language_given_by_the_source_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", json.dumps({"text": "Kim Jong Un.", "language": "ko"}))
    assert read_sources([path]).articles[0].language == "ko"
