"""Matrix-product throughput: the same numpy program in NumPy (CPython) and in Cellgrad, run in
alternating rounds so both see the same machine load; prints GFLOP/s per size and the ratio.
Cellgrad's products are tiled with an interrupt check between tiles (issue 14); this shows what
that costs against a plain OpenBLAS call.

    python bench/tensor/gemm_throughput.py --python /path/to/venv-with-numpy/bin/python \\
        [--cellgrad .build/release/cellgrad] [--rounds 3]
"""
import argparse
import os
import subprocess
import sys
import tempfile

PROGRAM = r'''
import time
import numpy as np
def best(f, n):
    times = []
    for _ in range(n):
        s = time.perf_counter(); f(); times.append(time.perf_counter() - s)
    return min(times)
for dt in ['float32', 'float64']:
    for n in [256, 1024, 2048, 3000]:
        a = np.random.rand(n, n).astype(dt); b = np.random.rand(n, n).astype(dt)
        a @ b
        t = best(lambda: a @ b, 20 if n <= 256 else 5 if n < 3000 else 3)
        print(dt, n, 2 * n ** 3 / t / 1e9)
'''


def run(command):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM)
    try:
        out = subprocess.run(command + [f.name], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return {(dt, int(n)): float(g) for dt, n, g in (line.split() for line in out.splitlines())}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", required=True, help="a Python with numpy")
    parser.add_argument("--cellgrad", default=os.path.join(here, "..", "..", ".build", "release", "cellgrad"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    best = {"numpy": {}, "cellgrad": {}}
    for _ in range(args.rounds):
        for name, command in [("numpy", [args.python]), ("cellgrad", [args.cellgrad, "run"])]:
            for key, g in run(command).items():
                best[name][key] = max(best[name].get(key, 0.0), g)
    print("| product | NumPy GFLOP/s | Cellgrad GFLOP/s | Cellgrad / NumPy |")
    print("|---|---:|---:|---:|")
    for key in sorted(best["numpy"]):
        n, c = best["numpy"][key], best["cellgrad"][key]
        print(f"| {key[0]} {key[1]}x{key[1]} @ {key[1]}x{key[1]} | {n:.1f} | {c:.1f} | {c / n:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
