"""Benchmark `recoupe brief` on the sample story: wall-clock, and where the time goes.

Run with `make bench` (or `.venv/bin/python bench/bench_brief.py [--runs N]`). The machine
is shared and noisy, so each figure is the median of several runs and the processing cost
is also given as a ratio to a bare spaCy pass over the same texts, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "vostochny-2023"


def wall_clock_cli(runs: int) -> list[float]:
    """The whole command, as a user runs it: interpreter start, model loads, outputs."""
    recoupe = Path(sys.executable).parent / "recoupe"
    times = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([str(recoupe), "-q", "brief", str(SAMPLE), "-o", out], check=True)
            times.append(time.perf_counter() - start)
    return times


def in_process(runs: int) -> dict[str, float]:
    """Model loading once, then processing (read, clean, spaCy, summary) vs bare spaCy."""
    start = time.perf_counter()
    from recoupe.nlp.model import load_pipeline
    from recoupe.pipeline import BriefOptions, build_brief

    imported = time.perf_counter()
    nlp = load_pipeline()
    loaded = time.perf_counter()
    from recoupe.embeddings import MultilingualEncoder

    encoder = MultilingualEncoder()
    encoder.warm_up()
    encoder_loaded = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    bare, full = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        list(nlp.pipe(texts))
        t1 = time.perf_counter()
        build_brief([SAMPLE], BriefOptions(), encoder=encoder)
        full.append(time.perf_counter() - t1)
        bare.append(t1 - t0)
    return {"imports": imported - start, "spacy_load": loaded - imported,
            "muse_load": encoder_loaded - loaded,
            "bare_spacy": statistics.median(bare), "processing": statistics.median(full)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cli = wall_clock_cli(args.runs)
    parts = in_process(args.runs)
    total = parts["imports"] + parts["spacy_load"] + parts["muse_load"] + parts["processing"]
    print(f"recoupe brief on the sample story ({args.runs} runs, median):")
    print(f"  wall-clock, command line           {statistics.median(cli):6.2f} s"
          f"  (min {min(cli):.2f}, max {max(cli):.2f})")
    print(f"  importing recoupe's stages         {parts['imports']:6.2f} s"
          f"  ({parts['imports'] / total:.0%} of in-process time)")
    print(f"  spaCy import and model load        {parts['spacy_load']:6.2f} s"
          f"  ({parts['spacy_load'] / total:.0%})")
    print(f"  mUSE load (CLI: parallel worker)    {parts['muse_load']:6.2f} s"
          f"  ({parts['muse_load'] / total:.0%})")
    print(f"  processing (all stages)            {parts['processing']:6.2f} s"
          f"  ({parts['processing'] / total:.0%})")
    print(f"  bare spaCy pass, same texts        {parts['bare_spacy']:6.2f} s"
          f"  -> processing = {parts['processing'] / parts['bare_spacy']:.2f} x spaCy")
    # The machine's speed drifts by tens of percent within an hour: this ratio does not.
    ratio = statistics.median(cli) / parts["bare_spacy"]
    print(f"  wall-clock / bare spaCy pass       {ratio:6.2f}")


if __name__ == "__main__":
    main()
