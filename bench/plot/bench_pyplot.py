"""pyplot benchmark: the same Python code under CPython + matplotlib (Agg) and under
`cellgrad run`, in one run, on the two cases of issue 5:

* loss   — the seed's two-line loss plot (plt.plot 'b'/'r' with labels, title, xlabel, ylabel,
           legend), 640x480, saved to a PNG file;
* imshow — a 1000x1000 float64 array shown with plt.imshow (viridis), saved to a PNG file.

Each case is timed three ways, per iteration:

* build+save (in-process): a loop of N iterations that builds the figure through pyplot and
  calls savefig, timed inside the interpreter (median of N; wall and CPU time);
* savefig only (in-process): the figure built once, savefig timed N times — matplotlib's
  side of the issue's target ("savefig time, excluding its import");
* external: the wall time of the whole process with N iterations minus the same process
  with 0 iterations (startup, imports and data preparation subtracted), divided by N.

Run (after `swift build -c release --product cellgrad`):

    .venv/bin/python bench/plot/bench_pyplot.py [path/to/cellgrad] [N]
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"

# One program, valid both as CPython and as Cellgrad Python.
PROGRAM = '''\
import time
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np

CASE = {case!r}
N = {n}
OUT = {out!r}
TIMED = {timed!r}

epochs = list(range(1, 21))
loss = [2.3 * 2.718281828 ** (-e / 6) + 0.1 for e in epochs]
val_loss = [2.3 * 2.718281828 ** (-e / 7) + 0.25 + 0.01 * e for e in epochs]
n = 1000
i = np.arange(n * n)
r, c = i // n, i % n
image = (np.sin(r / 37) * np.cos(c / 23) + 0.001 * ((i * 7919) % 1000)).reshape(n, n)

def build():
    if CASE == 'loss':
        plt.figure(figsize=(6.4, 4.8), dpi=100)
        plt.plot(epochs, loss, 'b', label='Training loss')
        plt.plot(epochs, val_loss, 'r', label='Validation loss')
        plt.title('Training and validation loss')
        plt.xlabel('Epochs')
        plt.ylabel('Loss')
        plt.legend()
    else:
        plt.figure(figsize=(6.4, 4.8), dpi=100)
        plt.imshow(image)
    return plt.gcf()

def median(v):
    v = sorted(v)
    return v[len(v) // 2] if v else 0.0

if not TIMED:
    # External timing: just N iterations; the caller subtracts a run with N = 0.
    for _ in range(N):
        build().savefig(OUT)
        plt.close('all')
    N = 0

for _ in range(2 if N > 0 else 0):   # warm-up: fonts, caches
    build().savefig(OUT)
    plt.close('all')

walls, cpus = [], []
for _ in range(N):
    w0, c0 = time.perf_counter(), time.process_time()
    build().savefig(OUT)
    plt.close('all')
    walls.append(time.perf_counter() - w0)
    cpus.append(time.process_time() - c0)

save_walls, save_cpus = [], []
fig = build() if N > 0 else None
for _ in range(N):
    w0, c0 = time.perf_counter(), time.process_time()
    fig.savefig(OUT)
    save_walls.append(time.perf_counter() - w0)
    save_cpus.append(time.process_time() - c0)
plt.close('all')
if N > 0:
    print('RESULT', median(walls) * 1000, median(cpus) * 1000, median(save_walls) * 1000, median(save_cpus) * 1000)
'''


def run(argv: list[str], case: str, n: int, out: str, timed: bool) -> tuple[float, list[float]]:
    """Runs the program once; returns its wall time (s) and the RESULT numbers (ms)."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM.format(case=case, n=n, out=out, timed=timed))
        path = f.name
    try:
        t0 = time.perf_counter()
        p = subprocess.run(argv + [path], capture_output=True, text=True, check=True)
        wall = time.perf_counter() - t0
    finally:
        os.unlink(path)
    nums: list[float] = []
    for line in p.stdout.splitlines():
        if line.startswith("RESULT"):
            nums = [float(x) for x in line.split()[1:]]
    return wall, nums


def measure(argv: list[str], case: str, n: int, out: str, rounds: int = 3) -> dict[str, float]:
    inproc, external = [], []
    for _ in range(rounds):
        _, nums = run(argv, case, n, out, timed=True)
        inproc.append(nums)
        base, _ = run(argv, case, 0, out, timed=False)
        full, _ = run(argv, case, n, out, timed=False)
        external.append((full - base) * 1000 / n)
    cols = list(zip(*inproc))
    return {
        "wall": statistics.median(cols[0]), "cpu": statistics.median(cols[1]),
        "save_wall": statistics.median(cols[2]), "save_cpu": statistics.median(cols[3]),
        "external": statistics.median(external),
    }


def main() -> None:
    cellgrad = sys.argv[1] if len(sys.argv) > 1 else str(REPO / ".build" / "release" / "cellgrad")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    out_dir = tempfile.mkdtemp(prefix="bench_pyplot_")
    import matplotlib
    print(f"matplotlib {matplotlib.__version__} (Agg) vs {cellgrad}; N = {n} iterations, 3 rounds, medians; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'case':7} {'metric':30} {'matplotlib ms':>14} {'Cellgrad ms':>12} {'ratio':>7}")
    for case, target in [("loss", 10), ("imshow", 5)]:
        mpl = measure([str(PYTHON)], case, n, os.path.join(out_dir, f"mpl_{case}.png"))
        ours = measure([cellgrad, "run"], case, n, os.path.join(out_dir, f"cg_{case}.png"))
        rows = [
            ("build+save CPU", mpl["cpu"], ours["cpu"]),
            ("build+save wall", mpl["wall"], ours["wall"]),
            ("mpl savefig vs our build+save", mpl["save_cpu"], ours["cpu"]),
            ("savefig only CPU", mpl["save_cpu"], ours["save_cpu"]),
            ("external wall / iteration", mpl["external"], ours["external"]),
        ]
        for metric, a, b in rows:
            print(f"{case:7} {metric:30} {a:14.2f} {b:12.2f} {a / b:6.1f}x")
        print(f"{case:7} {'target (issue 5)':30} {'':14} {'':12} >={target}x")


if __name__ == "__main__":
    main()
