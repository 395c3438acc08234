"""dir(module) of every standard-library module Cellgrad provides, against CPython 3.11's.

The public names (no leading underscore; submodules left out) that cellgrad's modules have are
compared with stdlib_dir/cpython_names.json, written by CPython through
stdlib_dir/generate_dir_names.py. Every difference must be listed below with its reason (a key
is a name or a shell pattern for a family of names); an unlisted one fails, and so does a listed
one that no longer differs, so the list stays true.
"""
from __future__ import annotations

import fnmatch
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
    'datetime': {'datetime_CAPI': 'the C API capsule for extension modules; Cellgrad has no C extensions'},
    'fractions': {'Decimal': 'CPython imports it from decimal at import; Cellgrad does not load decimal '
                             'for fractions (Fraction(Decimal(...)) works without it)'},
    'glob': {'glob0': 'undocumented internal helper', 'glob1': 'undocumented internal helper',
             'magic_check_bytes': 'bytes patterns are not supported (str paths only)'},
    'gzip': {'main': 'the `python -m gzip` command line', 'write32u': 'undocumented internal helper'},
    'pathlib': {'E*': 'errno constants pathlib imports for its own use',
                'S_IS*': 'stat predicates pathlib imports for its own use',
                'Sequence': 'imported by pathlib for its own use', 'attrgetter': 'imported by pathlib for its own use',
                'urlquote_from_bytes': 'imported by pathlib for as_uri; Cellgrad quotes nothing'},
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
    problems = []
    for label, differing, listed in (('missing from cellgrad', theirs - mine, MISSING.get(module, {})),
                                     ('not in CPython', mine - theirs, EXTRA.get(module, {}))):
        # A listed key is a name or a shell pattern ('O_*') covering a family of names.
        unexplained = sorted(n for n in differing if not any(fnmatch.fnmatchcase(n, key) for key in listed))
        stale = sorted(key for key in listed if not any(fnmatch.fnmatchcase(n, key) for n in differing))
        if unexplained:
            problems.append(f'{label}: {unexplained}')
        if stale:
            problems.append(f'listed as {label} but no longer differs (remove it): {stale}')
    assert not problems, f'{module}: ' + '; '.join(problems)
