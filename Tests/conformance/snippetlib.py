"""Shared helpers for the differential snippet suites.

A snippet's *observed text* is its exact stdout; if the run ended with an
uncaught exception (non-zero exit status), a final line ``!! ExceptionName``
is appended, where the name is taken from the last line of stderr
(``ExceptionName: message`` or just ``ExceptionName``). SyntaxError is
handled the same way. Both the expected-output generator (CPython) and the
test (cellgrad) build this text with `observed_text`, so they agree.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SNIPPETS = HERE / "snippets"
SUITES = ("language", "numpy", "torch", "stdlib", "keras")
CPYTHON = REPO / ".venv" / "bin" / "python"
# The torch suite's expectations come from real PyTorch, which the test venv does not carry
# (CI compares against the committed .expected files only). Default interpreter for
# regenerating them: $CELLGRAD_TORCH_PYTHON, else <repo>/.venv-torch/bin/python.
TORCH_PYTHON = Path(os.environ.get("CELLGRAD_TORCH_PYTHON", str(REPO / ".venv-torch" / "bin" / "python")))
# What the reference interpreter of each suite must be able to import.
SUITE_MODULES = {"language": (), "numpy": ("numpy",), "torch": ("torch", "numpy")}

_NAME = re.compile(r"^([A-Za-z_][\w.]*)")


def cellgrad_path() -> Path:
    """The interpreter under test: $CELLGRAD, else <repo>/.build/release/cellgrad."""
    env = os.environ.get("CELLGRAD")
    return Path(env) if env else REPO / ".build" / "release" / "cellgrad"


def all_snippets(suite: str | None = None) -> list[Path]:
    suites = [suite] if suite else list(SUITES)
    out: list[Path] = []
    for s in suites:
        out.extend(sorted((SNIPPETS / s).glob("[0-9][0-9][0-9]_*.py")))
    return out


def expected_path(snippet: Path) -> Path:
    return snippet.with_suffix(".expected")


def exception_name(stderr: str) -> str:
    """Name of the exception on the last non-empty stderr line.

    ``numpy.exceptions.AxisError: ...`` -> ``AxisError``;
    ``__main__.MyError: ...`` -> ``MyError``.
    """
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    if not lines:
        return "<no stderr>"
    m = _NAME.match(lines[-1].strip())
    if not m:
        return "<unparsable: %r>" % lines[-1][:80]
    return m.group(1).rsplit(".", 1)[-1]


def observed_text(stdout: str, stderr: str, returncode: int) -> str:
    text = stdout
    if returncode != 0:
        if text and not text.endswith("\n"):
            text += "\n"
        if returncode < 0:  # killed by a signal: a crash, never a Python exception
            text += "!! <crashed: signal %d>\n" % -returncode
        else:
            text += "!! %s\n" % exception_name(stderr)
    return text


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env.setdefault("KERAS_BACKEND", "jax")  # the keras suite's expectations come from Keras 3 on JAX (CPU)
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    return env


def suite_of(snippet: Path) -> str | None:
    """The suite a snippet file belongs to (its folder under snippets/), or None."""
    parent = snippet.resolve().parent
    return parent.name if parent.parent == SNIPPETS and parent.name in SUITES else None


def run_snippet(argv_prefix: list[str], snippet: Path, timeout: float,
                extra_env: dict[str, str] | None = None):
    """Run ``argv_prefix + [snippet]`` in a fresh temp dir.

    Returns (observed_text, stdout, stderr, returncode). Raises
    subprocess.TimeoutExpired on timeout.
    """
    with tempfile.TemporaryDirectory(prefix="cellgrad-snippet-") as tmp:
        proc = subprocess.run(
            argv_prefix + [str(snippet.resolve())],
            cwd=tmp,
            env={**child_env(), **(extra_env or {})},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    out = proc.stdout.decode("utf-8", errors="backslashreplace")
    err = proc.stderr.decode("utf-8", errors="backslashreplace")
    return observed_text(out, err, proc.returncode), out, err, proc.returncode
