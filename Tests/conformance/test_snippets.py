"""Differential test: every snippet under snippets/<suite>/ run by `cellgrad run`
must print exactly what CPython printed (snippets/<suite>/NNN_topic.expected,
made by generate_expected.py; for the torch suite, CPython with real PyTorch),
including the final ``!! ExceptionName`` line of a run that ends in an uncaught
exception.

Select a suite with ``-m language``, ``-m numpy`` or ``-m torch``. The interpreter is
$CELLGRAD or <repo>/.build/release/cellgrad (`swift build -c release`).
"""
from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

TIMEOUT = 20.0


def _known_gaps() -> set[str]:
    path = Path(__file__).resolve().parent / "known_gaps.txt"
    if not path.exists():
        return set()
    lines = (ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return {ln for ln in lines if ln}


def _params():
    gaps = _known_gaps()
    out = []
    for suite in snippetlib.SUITES:
        mark = getattr(pytest.mark, suite)
        for p in snippetlib.all_snippets(suite):
            marks = [mark]
            if f"{suite}/{p.stem}" in gaps:
                marks.append(pytest.mark.xfail(reason="listed in known_gaps.txt", strict=True))
            out.append(pytest.param(p, id=f"{suite}/{p.stem}", marks=marks))
    return out


@pytest.fixture(scope="session")
def cellgrad_exe() -> Path:
    return snippetlib.cellgrad_path()


def _require(exe: Path) -> Path:
    """Fail (not skip, not error) when the interpreter has not been built."""
    if not exe.exists():
        pytest.fail(
            f"cellgrad executable not found at {exe}. Build it with "
            f"`swift build -c release` in {snippetlib.REPO}, or set CELLGRAD=/path/to/cellgrad.",
            pytrace=False,
        )
    return exe


def _show(s: str) -> list[str]:
    return [ln + "\n" for ln in s.split("\n")]


@pytest.mark.parametrize("snippet", _params())
def test_snippet(snippet: Path, cellgrad_exe: Path):
    cellgrad = _require(cellgrad_exe)
    exp_file = snippetlib.expected_path(snippet)
    if not exp_file.exists():
        pytest.fail(f"{exp_file} is missing: run Tests/conformance/generate_expected.py", pytrace=False)
    expected = exp_file.read_text(encoding="utf-8")
    try:
        actual, _out, err, rc = snippetlib.run_snippet([str(cellgrad), "run"], snippet, TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{snippet.name}: cellgrad run did not finish within {TIMEOUT:.0f} s", pytrace=False)
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            _show(expected), _show(actual), "expected (CPython)", "actual (cellgrad)", n=3))
        el, al = expected.split("\n"), actual.split("\n")
        first = next((i for i in range(max(len(el), len(al)))
                      if (el[i] if i < len(el) else None) != (al[i] if i < len(al) else None)), None)
        exact = ""
        if first is not None:
            e_line = el[first] if first < len(el) else "<no line>"
            a_line = al[first] if first < len(al) else "<no line>"
            exact = (f"--- first differing line ({first + 1}), exactly ---\n"
                     f"expected: {e_line!r}\nactual:   {a_line!r}\n")
        src = snippet.read_text(encoding="utf-8")
        tail = "\n".join(err.splitlines()[-15:])
        pytest.fail(
            f"{snippet.relative_to(snippetlib.SNIPPETS)}: output differs (exit status {rc})\n"
            f"--- snippet ---\n{src}\n--- diff ---\n{diff}{exact}--- cellgrad stderr (tail) ---\n{tail}",
            pytrace=False,
        )
