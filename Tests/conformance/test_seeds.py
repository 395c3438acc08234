"""Every ```python block of the seed articles (<repo>/../shared/seeds/*.txt) must
parse under `cellgrad run --check FILE` (contract: parse only; exit 0 if the
syntax is valid for Cellgrad Python, else print a SyntaxError and exit 1).

Blocks that CPython itself rejects (``ast.parse`` fails: pseudo-code,
full-width punctuation, ...) must be rejected by cellgrad too, with a
SyntaxError (or its subclass IndentationError/TabError) as the last stderr line.

Run this file as a script for a report of every block: whether CPython parses
it, whether it is plain language (no numpy/torch/keras/matplotlib/sklearn...),
and whether the plain ones run under CPython:

    .venv/bin/python Tests/conformance/test_seeds.py
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

SEEDS = snippetlib.REPO.parent / "shared" / "seeds"
SYNTAX_ERRORS = {"SyntaxError", "IndentationError", "TabError"}
# Modules and names that make a block "not plain language".
LIBRARY_MODULES = {
    "numpy", "torch", "torchvision", "tensorflow", "keras", "matplotlib", "sklearn", "pandas",
    "scipy", "transformers", "seaborn", "PIL", "cv2", "jax", "IPython",
}
LIBRARY_NAMES = {"np", "torch", "tf", "keras", "plt", "nn", "optim", "F", "pd", "sklearn",
                 "matplotlib", "numpy", "tensorflow", "transformers", "layers", "models"}

_OPEN = re.compile(r"^(?P<indent>[ \t]*)```\s*python3?\s*$", re.IGNORECASE)
_CLOSE = re.compile(r"^[ \t]*```\s*$")


@dataclass
class Block:
    seed: str       # file name
    line: int       # 1-based line of the opening fence
    code: str

    @property
    def id(self) -> str:
        return f"{Path(self.seed).stem}:L{self.line}"


def extract_blocks(seeds_dir: Path = SEEDS) -> list[Block]:
    blocks: list[Block] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            m = _OPEN.match(lines[i])
            if not m:
                i += 1
                continue
            indent = m.group("indent")
            start = i
            body = []
            i += 1
            while i < len(lines) and not _CLOSE.match(lines[i]):
                ln = lines[i]
                body.append(ln[len(indent):] if ln.startswith(indent) else ln.lstrip(" \t") if not ln.strip() else ln)
                i += 1
            blocks.append(Block(path.name, start + 1, "\n".join(body) + "\n"))
            i += 1
    return blocks


def cpython_parses(code: str) -> tuple[bool, str]:
    try:
        ast.parse(code)
        return True, ""
    except SyntaxError as e:
        return False, f"{type(e).__name__}: {e.msg} (line {e.lineno})"


def is_plain_language(code: str) -> tuple[bool, list[str]]:
    """(plain?, library names found). Uses the AST when it parses, else a regex."""
    found: set[str] = set()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        tree = None
    if tree is not None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] in LIBRARY_MODULES:
                        found.add(a.name)
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in LIBRARY_MODULES:
                    found.add(node.module)
            elif isinstance(node, ast.Name) and node.id in LIBRARY_NAMES:
                found.add(node.id)
    else:
        for mod in LIBRARY_MODULES:
            if re.search(rf"^\s*(import|from)\s+{mod}\b", code, re.M):
                found.add(mod)
        for name in LIBRARY_NAMES:
            if re.search(rf"\b{name}\.", code):
                found.add(name)
    return not found, sorted(found)


def _write_tmp(code: str, tmp: Path, name: str) -> Path:
    p = tmp / name
    p.write_text(code, encoding="utf-8")
    return p


# ---------------------------------------------------------------- pytest part

try:
    import pytest
except ImportError:  # script mode without pytest
    pytest = None

if pytest is not None:
    _BLOCKS = extract_blocks() if SEEDS.exists() else []

    def _require_cellgrad() -> Path:
        exe = snippetlib.cellgrad_path()
        if not exe.exists():
            pytest.fail(
                f"cellgrad executable not found at {exe}. Build it with `swift build -c release` "
                f"in {snippetlib.REPO}, or set CELLGRAD=/path/to/cellgrad.", pytrace=False)
        return exe

    @pytest.mark.seeds
    def test_seeds_present():
        assert SEEDS.exists(), f"seed directory {SEEDS} is missing"
        assert _BLOCKS, f"no ```python blocks found under {SEEDS}"

    @pytest.mark.seeds
    @pytest.mark.parametrize("block", _BLOCKS, ids=[b.id for b in _BLOCKS])
    def test_seed_block_parses(block: Block, tmp_path: Path):
        cellgrad = _require_cellgrad()
        valid, why = cpython_parses(block.code)
        src = _write_tmp(block.code, tmp_path, "block.py")
        proc = subprocess.run([str(cellgrad), "run", "--check", str(src)], cwd=tmp_path,
                              capture_output=True, timeout=20, env=snippetlib.child_env())
        err = proc.stderr.decode("utf-8", "backslashreplace")
        out = proc.stdout.decode("utf-8", "backslashreplace")
        listing = "\n".join(f"{i + 1:4d}  {ln}" for i, ln in enumerate(block.code.splitlines()))
        if valid:
            assert proc.returncode == 0, (
                f"{block.seed} line {block.line}: CPython parses this block but `cellgrad run --check` "
                f"exited {proc.returncode}\n--- stderr ---\n{err}\n--- block ---\n{listing}")
            assert out == "", f"`run --check` must not execute the block; it printed:\n{out}"
        else:
            name = snippetlib.exception_name(err)
            assert proc.returncode == 1 and name in SYNTAX_ERRORS, (
                f"{block.seed} line {block.line}: CPython rejects this block ({why}); cellgrad must "
                f"exit 1 with a SyntaxError, got exit {proc.returncode}, last stderr line name "
                f"{name!r}\n--- stderr ---\n{err}\n--- block ---\n{listing}")


# ---------------------------------------------------------------- report mode

def report(python: str = str(snippetlib.CPYTHON), timeout: float = 60.0) -> int:
    blocks = extract_blocks()
    print(f"{len(blocks)} python blocks in {SEEDS}\n")
    print("| block | lines | CPython parses | plain language | runs under CPython |")
    print("|---|---|---|---|---|")
    for b in blocks:
        valid, why = cpython_parses(b.code)
        plain, names = is_plain_language(b.code)
        runs = "-"
        if plain and valid:
            with tempfile.TemporaryDirectory() as tmp:
                src = _write_tmp(b.code, Path(tmp), "block.py")
                try:
                    p = subprocess.run([python, str(src)], cwd=tmp, capture_output=True, timeout=timeout,
                                       env=snippetlib.child_env(), stdin=subprocess.DEVNULL)
                    runs = "yes" if p.returncode == 0 else \
                        "no: " + snippetlib.exception_name(p.stderr.decode("utf-8", "replace")) + \
                        " — " + (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:80]
                except subprocess.TimeoutExpired:
                    runs = f"no: timeout {timeout:.0f}s"
        print(f"| {b.id} | {b.code.count(chr(10))} | {'yes' if valid else 'no: ' + why} | "
              f"{'yes' if plain else 'no (' + ', '.join(names) + ')'} | {runs} |")
    return 0


if __name__ == "__main__":
    sys.exit(report())
