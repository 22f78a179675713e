"""The command line: outputs, exit codes and messages that name the input."""

import json
from pathlib import Path

import pytest

from recoupe.cli import main, parse_args

ARTICLE = ("Le président russe Vladimir Poutine a reçu mercredi le dirigeant nord-coréen Kim "
           "Jong Un au cosmodrome de Vostochny, dans l'Extrême-Orient russe. Les deux hommes "
           "ont discuté pendant plusieurs heures de coopération militaire et spatiale.")


def test_arguments_parse_without_running() -> None:
    args = parse_args(["-q", "brief", "a", "b", "-o", "x", "--summary-words", "80"])
    assert (args.command, args.paths, args.output, args.summary_words, args.quiet) == (
        "brief", ["a", "b"], Path("x"), 80, True)


def test_nothing_usable_exits_2_and_names_the_input(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_text("")
    code = main(["brief", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"),
                 "--no-embeddings"])
    assert code == 2
    assert "empty.txt: empty" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["brief"])
    assert exit_info.value.code == 2
    assert main(["brief", "x", "--summary-words", "3"]) == 2


@pytest.mark.slow
def test_some_bad_inputs_exit_1_and_the_rest_is_briefed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    code = main(["brief", str(tmp_path), "-o", str(out), "--no-embeddings"])
    assert code == 1
    assert "bad.txt: binary" in capsys.readouterr().err
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert data["problems"][0]["source"].endswith("bad.txt")
    assert (out / "brief.md").exists() and (out / "brief.html").exists()
    assert main(["verify", str(out / "brief.json")]) == 0


def test_verify_exits_1_on_the_first_mismatch(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    brief = {"schema": "recoupe.brief/1", "story": {"title": None, "language": "fr"},
             "articles": [{"id": "a", "source": "", "text": "abc", "body": [[0, 3]],
                           "removed": [], "language": "fr"}],
             "origins": [], "quotes": [], "entities": [], "facts": [], "timeline": [],
             "summary": [{"text": "abc", "citations": [
                 {"article": "a", "start": 0, "end": 3, "text": "abd"}]}]}
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(brief), encoding="utf-8")
    assert main(["verify", str(path)]) == 1
    assert "MISMATCH a[0:3]" in capsys.readouterr().out


@pytest.mark.slow
def test_since_an_earlier_brief_the_summary_tells_what_is_new(tmp_path: Path) -> None:
    old = ("Le Parlement a adopté mardi la réforme des retraites après des semaines de débats "
           "houleux entre la majorité et l'opposition.")
    new = ("Le Conseil constitutionnel a validé jeudi l'essentiel de la réforme des retraites, "
           "ouvrant la voie à sa promulgation avant la fin du mois.")
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    (tmp_path / "before" / "a.txt").write_text(old, encoding="utf-8")
    (tmp_path / "after" / "b.txt").write_text(f"{old}\n\n{new}", encoding="utf-8")
    first, second = tmp_path / "out1", tmp_path / "out2"
    assert main(["-q", "brief", str(tmp_path / "before"), "-o", str(first),
                 "--no-embeddings"]) == 0
    assert main(["-q", "brief", str(tmp_path / "after"), "-o", str(second), "--no-embeddings",
                 "--since", str(first / "brief.json"), "--summary-words", "20"]) == 0
    summary = json.loads((second / "brief.json").read_text(encoding="utf-8"))["summary"]
    assert [s["text"] for s in summary] == [new]
