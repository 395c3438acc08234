#!/usr/bin/env python3
"""Generate the expected outputs of the differential snippet suites with CPython.

For every ``snippets/<suite>/NNN_topic.py`` this runs the snippet under CPython
(default: <repo>/.venv/bin/python, which has numpy) in a fresh temporary
working directory with PYTHONHASHSEED=0 and a timeout, and writes
``NNN_topic.expected`` beside it: the exact stdout and, if the run raised, a
final line ``!! ExceptionName`` (see snippetlib.observed_text).

Usage:
    generate_expected.py                 # (re)write all expected files
    generate_expected.py --suite numpy   # one suite
    generate_expected.py --check         # verify files are up to date, write nothing
    generate_expected.py --twice         # run everything twice, fail if any output differs
    generate_expected.py path/to/snippet.py ...
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("snippets", nargs="*", type=Path)
    ap.add_argument("--suite", choices=snippetlib.SUITES)
    ap.add_argument("--python", default=str(snippetlib.CPYTHON), help="CPython interpreter (needs numpy)")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--check", action="store_true", help="compare with existing files, write nothing")
    ap.add_argument("--twice", action="store_true", help="run twice and fail on nondeterminism")
    args = ap.parse_args()

    if not Path(args.python).exists():
        print(f"CPython not found at {args.python}; pass --python", file=sys.stderr)
        return 2
    probe = subprocess.run([args.python, "-c", "import numpy"], capture_output=True)
    if probe.returncode != 0:
        print(f"{args.python} cannot import numpy; install it: {args.python} -m pip install numpy",
              file=sys.stderr)
        return 2

    snippets = [p.resolve() for p in args.snippets] if args.snippets else snippetlib.all_snippets(args.suite)
    if not snippets:
        print("no snippets found", file=sys.stderr)
        return 2

    def run(p: Path):
        try:
            text, _out, err, rc = snippetlib.run_snippet([args.python, "-X", "utf8"], p, args.timeout)
            return p, text, err, rc, None
        except subprocess.TimeoutExpired:
            return p, None, "", None, f"timeout after {args.timeout}s"

    def run_all():
        with ThreadPoolExecutor(max_workers=args.jobs) as ex:
            return list(ex.map(run, snippets))

    results = run_all()
    problems = 0
    if args.twice:
        again = {r[0]: r[1] for r in run_all()}
        for p, text, *_ in results:
            if again[p] != text:
                print(f"NONDETERMINISTIC: {p}", file=sys.stderr)
                problems += 1

    changed = 0
    errors = 0
    for p, text, err, rc, failure in results:
        rel = p.relative_to(snippetlib.SNIPPETS) if p.is_relative_to(snippetlib.SNIPPETS) else p
        if failure:
            print(f"FAIL {rel}: {failure}", file=sys.stderr)
            problems += 1
            continue
        if rc != 0:
            errors += 1
            if "<no stderr>" in text or "<unparsable" in text:
                print(f"FAIL {rel}: exit {rc} without a Python exception line:\n{err}", file=sys.stderr)
                problems += 1
        exp = snippetlib.expected_path(p)
        old = exp.read_text(encoding="utf-8") if exp.exists() else None
        if old != text:
            changed += 1
            if args.check:
                print(f"OUTDATED {rel}", file=sys.stderr)
                problems += 1
            else:
                exp.write_text(text, encoding="utf-8", newline="\n")
    # Expected files without a snippet are stale.
    if not args.snippets:
        for suite in ([args.suite] if args.suite else snippetlib.SUITES):
            for exp in sorted((snippetlib.SNIPPETS / suite).glob("*.expected")):
                if not exp.with_suffix(".py").exists():
                    print(f"STALE (no snippet) {exp}", file=sys.stderr)
                    problems += 1

    verb = "differ" if args.check else "written"
    print(f"{len(results)} snippets, {errors} end in an exception, {changed} expected files {verb}, "
          f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
