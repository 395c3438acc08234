#!/usr/bin/env python3
"""Per-call overhead of a 1000-element numpy op through the interpreter (issue 4): `c = a + b`
100,000 times in CPython+NumPy and in `cellgrad run`, loop cost subtracted; best of 5.
Target: Cellgrad at most 2x NumPy's per-call time. $CELLGRAD names the binary (default
.build/release/cellgrad)."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = '''
import numpy as np
import time
a = np.ones(1000)
b = np.ones(1000)
t = time.perf_counter()
for _ in range(100000):
    c = a + b
t1 = time.perf_counter() - t
t = time.perf_counter()
for _ in range(100000):
    pass
t0 = time.perf_counter() - t
print((t1 - t0) * 1e6 / 100000)
'''


def best(cmd, path, runs=5):
    return min(float(subprocess.check_output(cmd + [path], text=True).strip()) for _ in range(runs))


def main():
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(SCRIPT)
    numpy_us = best([str(REPO / ".venv/bin/python")], f.name)
    cellgrad = os.environ.get("CELLGRAD", str(REPO / ".build/release/cellgrad"))
    cellgrad_us = best([cellgrad, "run"], f.name)
    print("| case | NumPy µs/call | Cellgrad µs/call | ratio | target |")
    print("|---|---:|---:|---:|---|")
    print(f"| `c = a + b`, 1000 float64 | {numpy_us:.2f} | {cellgrad_us:.2f} | {cellgrad_us / numpy_us:.2f} | <= 2.0 |")


if __name__ == "__main__":
    sys.exit(main())
