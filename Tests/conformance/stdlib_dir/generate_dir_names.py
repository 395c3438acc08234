"""Writes cpython_names.json: the public names of each module in list_names.py as CPython 3.11
has them. Run with the reference CPython:
    .venv/bin/python Tests/conformance/stdlib_dir/generate_dir_names.py
"""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
out = subprocess.run([sys.executable, str(here / 'list_names.py')], check=True, capture_output=True, text=True).stdout
(here / 'cpython_names.json').write_text(out)
print(f'wrote {here / "cpython_names.json"} ({sys.version.split()[0]})')
