#!/usr/bin/env python3
"""The broad language speed suite: cellgrad vs CPython in the same run (issue 15, "Speed").

Every program in bench/language/suite/ (n-body, richards, a DeltaBlue-like constraint network,
spectral norm, fannkuch, n-queens, a ray tracer, chaos, pyperformance's float, JSON-like
serialisation and parsing, text processing, dict/set graph algorithms, closures, generators,
classes with properties, exceptions in loops, comprehensions, string formatting, list-of-lists
matmul, integer loops, sorting, big-int counting) runs under both interpreters. Times are the
median over N rounds of the program's wall-clock time minus an empty file's, each round running
both interpreters back to back (bench_language.paired_medians), so load on this shared machine
falls on both. Both must print the same output, otherwise the row says so.

Prints a Markdown table: per program the two times and the ratio cellgrad/CPython, then the
geometric mean of the ratios. Target (issue 15): geometric mean <= 1.0x, no program above 1.5x.

With --baseline PATH a second cellgrad (an older build) runs in the same rounds, for a
before/after column measured under the same load.

With --cpu the times are CPU time (user + sys) instead of wall-clock time: on this shared
machine other engineers' builds move wall-clock ratios by ±40%, CPU time far less.

Usage: bench_suite.py [--runs 5] [--cpu] [--python PATH] [--cellgrad PATH] [--baseline PATH] [--only NAME ...]
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_language import REPO, fmt, paired_medians, print_header, print_notes  # noqa: E402

SUITE = HERE / "suite"


def geometric_mean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--cellgrad", default=os.environ.get("CELLGRAD") or str(REPO / ".build" / "release" / "cellgrad"))
    ap.add_argument("--baseline", help="an older cellgrad to time in the same rounds")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--only", nargs="*", help="program names (file stems) to run")
    ap.add_argument("--cpu", action="store_true", help="time CPU (user + sys) instead of wall-clock time")
    args = ap.parse_args()

    programs = sorted(SUITE.glob("*.py"))
    if args.only:
        programs = [p for p in programs if p.stem in args.only]
    interpreters = {"CPython": [args.python], "cellgrad": [args.cellgrad, "run"]}
    if args.baseline:
        interpreters["baseline"] = [args.baseline, "run"]
    rows, notes, ratios, base_ratios = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="cellgrad-suite-") as tmp:
        empty = Path(tmp) / "empty.py"
        empty.write_text("")
        for program in programs:
            measured = paired_medians(interpreters, str(empty), str(program), tmp, args.runs, args.timeout, args.cpu)
            (cp, cp_out), (cg, cg_out) = measured["CPython"], measured["cellgrad"]
            base = measured.get("baseline", (None, None))[0]
            base_ratio = base / cp if base is not None and cp else None
            verdict = ""
            if cp is None or cg is None:
                ratio = None
                notes.append(f"{program.stem}: " + "; ".join(str(o) for t, o in measured.values() if t is None))
                verdict = "failed"
            else:
                ratio = cg / cp if cp > 0 else None
                if cp_out != cg_out:
                    verdict = "OUTPUT DIFFERS"
                    notes.append(f"{program.stem}: CPython printed {cp_out.strip()[:80]!r}, cellgrad {cg_out.strip()[:80]!r}")
                elif ratio is not None:
                    ratios.append(ratio)
                    verdict = "over 1.5x" if ratio > 1.5 else ""
            rows.append((program.stem, cp, cg, ratio, verdict, base_ratio))
            if base_ratio is not None:
                base_ratios.append(base_ratio)
            print(f"{program.stem}: {fmt(cp)} {fmt(cg)} {'' if ratio is None else f'{ratio:.2f}x'} {verdict}", file=sys.stderr)

    print_header("Cellgrad Python vs CPython: the broad suite", args.python, args.runs, args.cpu)
    extra = " baseline/CPython |" if args.baseline else ""
    print("| program | CPython | cellgrad | cellgrad/CPython |" + extra + " |")
    print("|---|---|---|---|" + ("---|" if args.baseline else "") + "---|")

    def ratio_text(r):
        return "n/a" if r is None else f"{r:.2f}x"
    for name, cp, cg, ratio, verdict, base_ratio in rows:
        base = f" {ratio_text(base_ratio)} |" if args.baseline else ""
        print(f"| {name} | {fmt(cp)} | {fmt(cg)} | {ratio_text(ratio)} |{base} {verdict} |")
    if ratios:
        base = f" **{geometric_mean(base_ratios):.2f}x** |" if args.baseline and base_ratios else ""
        print(f"| **geometric mean** ({len(ratios)} programs) | | | **{geometric_mean(ratios):.2f}x** |{base} |")
    print_notes(notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
