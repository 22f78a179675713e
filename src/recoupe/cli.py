"""Command line: a thin layer over the library.

Exit codes: 0 all fine; 1 some inputs failed (the others were processed) or a check
failed; 2 nothing usable, or a usage error.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from recoupe import __version__

EXIT_OK, EXIT_PARTIAL, EXIT_UNUSABLE = 0, 1, 2


def _say(console: Console, message: str) -> None:
    """One message, one line: never wrapped, never styled (input text is not markup)."""
    console.print(message, markup=False, highlight=False, soft_wrap=True)


def _brief_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    brief = commands.add_parser(
        "brief", formatter_class=argparse.RawDescriptionHelpFormatter,
        help="build the brief of one story from its articles",
        description="Build brief.json, brief.md and brief.html for the story told by the "
                    "given articles.",
        epilog="examples: recoupe brief examples/vostochny-2023 -o out\n"
               "          recoupe brief https://example.org/feed.xml page.html export.jsonl")
    brief.add_argument("paths", nargs="+", metavar="PATH",
                       help="directory, .txt/.md/.html file, RSS/Atom feed, JSONL or CSV "
                            "export, or an http(s) URL")
    brief.add_argument("-o", "--output", type=Path, default=Path("out"), metavar="OUTDIR",
                       help="directory to write the brief into (default: out)")
    brief.add_argument("--summary-words", type=int, default=None, metavar="N",
                       help="summary length in words (default: 120)")
    brief.add_argument("--no-embeddings", action="store_true",
                       help="lexical matching only: faster start, fewer paraphrases found")
    brief.add_argument("--since", type=Path, default=None, metavar="BRIEF.json",
                       help="an earlier brief of the story: the summary tells what is new")
    brief.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                       help="time allowed to fetch each URL (default: 10)")
    brief.add_argument("--no-follow-links", action="store_true",
                       help="for feed entries that only link, use their summary, do not fetch")


def _verify_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser(
        "verify", help="re-check every citation of a brief against its articles",
        description="Check that every citation equals article.text[start:end] and that "
                    "every article text still matches its source file.",
        epilog="example: recoupe verify out/brief.json")
    verify.add_argument("brief", type=Path, metavar="BRIEF.json")


def _eval_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evaluation = commands.add_parser(
        "eval", help="score a component against its gold set",
        description="Run one evaluation (support, summaries, clean, quotes, entities, origins, "
                    "facts, timeline) and print its scores; --check fails under the floors "
                    "pinned in GOLD/floors.json.",
        epilog="example: recoupe eval summaries --data ../shared/eval/rpm2-dev")
    evaluation.add_argument("name", metavar="NAME")
    evaluation.add_argument("--gold", type=Path, default=Path("tests/gold"),
                            help="gold sets directory (default: tests/gold)")
    evaluation.add_argument("--data", type=Path, default=Path("../shared/eval/rpm2-dev"),
                            help="RPM2 data (default: ../shared/eval/rpm2-dev)")
    evaluation.add_argument("--check", action="store_true",
                            help="exit 1 when a score is below its pinned floor")
    evaluation.add_argument("--details", action="store_true", help="list the errors too")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recoupe", description="Cross-check a news story across outlets.")
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    commands = parser.add_subparsers(dest="command", required=True)
    _brief_parser(commands)
    _verify_parser(commands)
    _eval_parser(commands)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _run_brief(args: argparse.Namespace, console: Console) -> int:
    from recoupe.embeddings import BackgroundEncoder
    from recoupe.pipeline import BriefOptions, NothingUsable, build_brief
    from recoupe.render.files import write_outputs

    given = {"summary_words": args.summary_words, "timeout": args.timeout,
             "since": args.since}
    try:
        options = BriefOptions(semantic=not args.no_embeddings,
                               follow_links=not args.no_follow_links,
                               **{k: v for k, v in given.items() if v is not None})
    except ValueError as exc:
        _say(console, f"recoupe: {exc}")
        return EXIT_UNUSABLE
    encoder = BackgroundEncoder() if options.semantic else None
    try:
        with console.status("recoupe") as status:
            brief = build_brief(args.paths, options, encoder=encoder,
                                progress=lambda msg: status.update(f"recoupe: {msg}"))
    except NothingUsable as exc:
        for problem in exc.problems:
            _say(console, f"{problem.severity}: {problem}")
        _say(console, "recoupe: no usable article, nothing written")
        return EXIT_UNUSABLE
    finally:
        if encoder is not None:
            encoder.close()
    for problem in brief.problems:
        _say(console, f"{problem.severity}: {problem}")
    written = write_outputs(brief, args.output)
    _say(console, f"wrote {', '.join(str(p) for p in written)}")
    failed = any(p.severity == "error" for p in brief.problems)
    return EXIT_PARTIAL if failed else EXIT_OK


def _run_verify(args: argparse.Namespace, console: Console) -> int:
    from recoupe.verify import verify_file

    try:
        report = verify_file(args.brief)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        _say(console, f"recoupe verify: cannot read {args.brief}: {exc}")
        return EXIT_UNUSABLE
    if not report.ok:
        print(f"MISMATCH {report.mismatches[0]}")
        return EXIT_PARTIAL
    unreachable = len(report.sources_unreachable)
    print(f"ok: {report.citations} citations exact, {report.sources_checked} article texts "
          "identical to their sources"
          + (f", {unreachable} sources not reachable" if unreachable else ""))
    return EXIT_OK


def _run_eval(args: argparse.Namespace, console: Console) -> int:
    from recoupe.evaluation import EvalPaths, below_floors, evaluate, load_floors

    try:
        with console.status(f"recoupe eval {args.name}"):
            result = evaluate(args.name, EvalPaths(gold=args.gold, data=args.data))
    except (ValueError, OSError) as exc:
        _say(console, f"recoupe eval: {exc}")
        return EXIT_UNUSABLE
    print(result.report)
    if args.details:
        print("\n".join(result.details))
    failures = below_floors(result, load_floors(args.gold).get(args.name, {}))
    for failure in failures:
        _say(console, f"BELOW FLOOR {failure}")
    return EXIT_PARTIAL if args.check and failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    console = Console(stderr=True, quiet=args.quiet)
    runners = {"brief": _run_brief, "verify": _run_verify, "eval": _run_eval}
    code = runners[args.command](args, console)
    if argv is None:  # run as the program, about to exit
        # Python's last collection at exit would walk every spaCy object (~0.4 s) only to
        # free memory the exit frees anyway.
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["build_parser", "main", "parse_args"]
