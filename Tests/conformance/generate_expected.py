#!/usr/bin/env python3
"""Generate the expected outputs of the differential snippet suites with CPython.

For every ``snippets/<suite>/NNN_topic.py`` this runs the snippet under a reference
CPython in a fresh temporary working directory with PYTHONHASHSEED=0 and a timeout,
and writes ``NNN_topic.expected`` beside it: the exact stdout and, if the run raised,
a final line ``!! ExceptionName`` (see snippetlib.observed_text).

Reference interpreters, per suite:
    language, numpy   --python        (default <repo>/.venv/bin/python, which has numpy)
    torch             --torch-python  (default $CELLGRAD_TORCH_PYTHON, else
                                       <repo>/.venv-torch/bin/python; needs torch + numpy)
Each interpreter is probed for the modules its suites import. A suite that was
asked for by name (--suite, or snippet paths) whose interpreter lacks them is an
error; when regenerating everything, such a suite is skipped with a notice, so a
machine without PyTorch can still regenerate language and numpy.

The torch suite is run with OMP_NUM_THREADS=1 and MKL_NUM_THREADS=1 (one fixed
reduction order). CI never runs this script: it compares against the committed
.expected files.

Regenerating the torch suite (real PyTorch from PyPI, CPU wheels are enough):
    python3 -m venv .venv-torch
    .venv-torch/bin/pip install torch torchvision numpy
    #   (CPU-only wheels: add --index-url https://download.pytorch.org/whl/cpu)
    .venv/bin/python Tests/conformance/generate_expected.py --suite torch --twice
    # or with any interpreter that has torch:
    .venv/bin/python Tests/conformance/generate_expected.py --suite torch \
        --torch-python /path/to/venv/bin/python
The torch version that wrote the files is recorded in snippets/torch/VERSIONS.txt.

Usage:
    generate_expected.py                 # (re)write all expected files
    generate_expected.py --suite numpy   # one suite
    generate_expected.py --suite torch --torch-python /path/to/python
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
    ap.add_argument("--python", default=str(snippetlib.CPYTHON),
                    help="CPython for the language and numpy suites (needs numpy)")
    ap.add_argument("--torch-python", default=str(snippetlib.TORCH_PYTHON),
                    help="CPython for the torch suite (needs torch and numpy)")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--check", action="store_true", help="compare with existing files, write nothing")
    ap.add_argument("--twice", action="store_true", help="run twice and fail on nondeterminism")
    args = ap.parse_args()

    if args.snippets:
        snippets = [p.resolve() for p in args.snippets]
        named = {snippetlib.suite_of(p) for p in snippets}
        explicit = True
    else:
        named = {args.suite} if args.suite else set(snippetlib.SUITES)
        explicit = args.suite is not None

    def interpreter(suite: str | None) -> str:
        return args.torch_python if suite == "torch" else args.python

    def missing_modules(python: str, modules) -> str | None:
        """None when `python` exists and imports `modules`, else the reason it does not."""
        if not Path(python).exists():
            return f"{python} not found"
        if not modules:
            return None
        probe = subprocess.run([python, "-c", "import " + ", ".join(modules)], capture_output=True)
        if probe.returncode != 0:
            return f"{python} cannot import {', '.join(modules)}"
        return None

    usable: set[str | None] = set()
    for suite in sorted(named, key=lambda s: s or ""):
        why = missing_modules(interpreter(suite), snippetlib.SUITE_MODULES.get(suite, ("numpy",)))
        if why is None:
            usable.add(suite)
            continue
        flag = "--torch-python" if suite == "torch" else "--python"
        hint = ("install them (python3 -m venv .venv-torch && .venv-torch/bin/pip install torch "
                "torchvision numpy) or pass --torch-python" if suite == "torch"
                else f"install numpy ({interpreter(suite)} -m pip install numpy) or pass {flag}")
        if explicit:
            print(f"suite {suite or '(outside snippets/)'}: {why}; {hint}", file=sys.stderr)
            return 2
        print(f"SKIPPED suite {suite}: {why}; {hint}", file=sys.stderr)

    if args.snippets:
        snippets = [p for p in snippets if snippetlib.suite_of(p) in usable]
    else:
        snippets = [p for s in snippetlib.SUITES if s in usable for p in snippetlib.all_snippets(s)]
    if not snippets:
        print("no snippets found", file=sys.stderr)
        return 2

    # One thread inside torch: a fixed reduction order, and the 4 jobs do not oversubscribe.
    torch_env = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

    def run(p: Path):
        try:
            suite = snippetlib.suite_of(p)
            text, _out, err, rc = snippetlib.run_snippet(
                [interpreter(suite), "-X", "utf8"], p, args.timeout,
                torch_env if suite == "torch" else None)
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
        for suite in (s for s in snippetlib.SUITES if s in usable):
            for exp in sorted((snippetlib.SNIPPETS / suite).glob("*.expected")):
                if not exp.with_suffix(".py").exists():
                    print(f"STALE (no snippet) {exp}", file=sys.stderr)
                    problems += 1

    if not args.check and not problems and "torch" in usable and any(
            snippetlib.suite_of(p) == "torch" for p in snippets):
        versions = subprocess.run(
            [args.torch_python, "-c",
             "import sys, torch, numpy; print('python', sys.version.split()[0]); "
             "print('torch', torch.__version__); print('numpy', numpy.__version__)"],
            capture_output=True, text=True, env={**snippetlib.child_env(), **torch_env})
        (snippetlib.SNIPPETS / "torch" / "VERSIONS.txt").write_text(
            "# The reference that wrote the torch suite's .expected files (generate_expected.py)\n"
            + versions.stdout, encoding="utf-8", newline="\n")

    verb = "differ" if args.check else "written"
    print(f"{len(results)} snippets, {errors} end in an exception, {changed} expected files {verb}, "
          f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
