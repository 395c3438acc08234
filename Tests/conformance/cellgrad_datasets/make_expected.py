"""Writes expected_tables.txt: check_tables.py run by CPython with scikit-learn's datasets.

    python3 -m venv /tmp/sk && /tmp/sk/bin/pip install scikit-learn
    /tmp/sk/bin/python Tests/conformance/cellgrad_datasets/make_expected.py
"""
import io
import runpy
import sys
from contextlib import redirect_stdout
from pathlib import Path

import sklearn

HERE = Path(__file__).resolve().parent
out = io.StringIO()
with redirect_stdout(out):
    runpy.run_path(str(HERE / "check_tables.py"), run_name="__main__")
(HERE / "expected_tables.txt").write_text(out.getvalue())
print(f"wrote expected_tables.txt with scikit-learn {sklearn.__version__}", file=sys.stderr)
