"""dir(module) of every standard-library module Cellgrad provides, against CPython 3.11's.

The public names (no leading underscore; submodules left out) that cellgrad's modules have are
compared with stdlib_dir/cpython_names.json, written by CPython through
stdlib_dir/generate_dir_names.py. Every difference must be listed below with its reason; an
unlisted one fails, and so does a listed one that no longer differs (the list stays true).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

HERE = Path(__file__).resolve().parent / 'stdlib_dir'

# Names CPython has that Cellgrad does not, with the reason.
MISSING: dict[str, dict[str, str]] = {
}

# Names Cellgrad has that CPython does not, with the reason.
EXTRA: dict[str, dict[str, str]] = {
}


@pytest.fixture(scope='module')
def names() -> tuple[dict, dict]:
    exe = snippetlib.cellgrad_path()
    if not exe.exists():
        pytest.fail(f'cellgrad executable not found at {exe}', pytrace=False)
    proc = subprocess.run([str(exe), 'run', str(HERE / 'list_names.py')], capture_output=True, text=True,
                          timeout=60, env=snippetlib.child_env())
    assert proc.returncode == 0, proc.stderr[-2000:]
    ours = json.loads(proc.stdout)
    cpython = json.loads((HERE / 'cpython_names.json').read_text())
    return cpython, ours


MODULES = sorted(json.loads((HERE / 'cpython_names.json').read_text()))


@pytest.mark.parametrize('module', MODULES)
def test_dir_matches_cpython(module: str, names):
    cpython, ours = names
    theirs, mine = set(cpython[module]), set(ours[module])
    missing, extra = theirs - mine, mine - theirs
    expected_missing = set(MISSING.get(module, {}))
    expected_extra = set(EXTRA.get(module, {}))
    problems = []
    if missing - expected_missing:
        problems.append(f'missing from cellgrad: {sorted(missing - expected_missing)}')
    if extra - expected_extra:
        problems.append(f'not in CPython: {sorted(extra - expected_extra)}')
    if expected_missing - missing:
        problems.append(f'listed as missing but present now (remove from MISSING): {sorted(expected_missing - missing)}')
    if expected_extra - extra:
        problems.append(f'listed as extra but gone now (remove from EXTRA): {sorted(expected_extra - extra)}')
    assert not problems, f'{module}: ' + '; '.join(problems)
