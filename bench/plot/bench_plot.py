"""Plot benchmark: matplotlib Agg savefig vs Cellgrad's Plot library, in one run.

Cases (issue 5): the two-line loss plot (train/val loss over 20 epochs, title, xlabel, ylabel,
legend, 640x480) and a 1000x1000 imshow, each rendered to PNG bytes in memory.
matplotlib: figure built once, `savefig(BytesIO, format='png')` timed (import excluded).
Plot: `PlotBench` (Swift, release build) times building the figure *and* rendering the PNG.

Run from the dev package (or a checkout whose Package.swift has the PlotBench product):
    swift build -c release --product PlotBench
    /work/main/.venv/bin/python bench/plot/bench_plot.py [path/to/PlotBench]
"""
import io
import os
import statistics
import subprocess
import sys
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

REPEATS = 20


def timed(fn, repeats):
    """Median wall time, median and min CPU time of this thread (ms). The ratio uses CPU time,
    which stays meaningful when other jobs share the machine."""
    fn()  # warm-up (font cache, first draw)
    wall, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return statistics.median(wall), statistics.median(cpu), min(cpu)


def mpl_loss():
    e = np.arange(1, 21)
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.plot(e, 2.3 * np.exp(-e / 6) + 0.1, label="train")
    ax.plot(e, 2.3 * np.exp(-e / 7) + 0.25 + 0.01 * e, label="val")
    ax.set_title("Loss"); ax.set_xlabel("epoch"); ax.set_ylabel("loss"); ax.legend()
    return fig


def mpl_imshow():
    n = 1000
    i = np.arange(n * n)
    r, c = i // n, i % n
    data = (np.sin(r / 37) * np.cos(c / 23) + 0.001 * ((i * 7919) % 1000)).reshape(n, n)
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.imshow(data)
    return fig


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "release", "PlotBench")
    results = {}
    for name, make in [("loss", mpl_loss), ("imshow", mpl_imshow)]:
        fig = make()
        reps = REPEATS if name == "loss" else REPEATS // 4
        def save():
            buf = io.BytesIO()
            fig.savefig(buf, format="png")
            return buf
        wall, cpu, cmin = timed(save, reps)
        results[name] = {"mpl_wall": wall, "mpl": cpu, "mpl_min": cmin, "mpl_bytes": len(save().getvalue())}
        plt.close(fig)
    out = subprocess.run([exe, str(REPEATS), "/tmp"], check=True, capture_output=True, text=True).stdout
    for line in out.strip().splitlines():
        if not line.startswith(("loss", "imshow")):
            continue
        name, wall, cpu, cmin, nbytes = line.split()
        results[name].update(ours_wall=float(wall), ours=float(cpu), ours_min=float(cmin), ours_bytes=int(nbytes))
    print(f"matplotlib {matplotlib.__version__}, numpy {np.__version__}; median of {REPEATS} (loss) / {REPEATS // 4} (imshow) runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'case':8} {'mpl CPU ms':>11} {'Plot CPU ms':>12} {'ratio':>7} {'target':>7}   {'mpl wall':>9} {'Plot wall':>10} {'ratio':>7}  PNG bytes (mpl / ours)")
    for name, target in [("loss", 10), ("imshow", 5)]:
        r = results[name]
        ratio = r["mpl"] / r["ours"]
        wratio = r["mpl_wall"] / r["ours_wall"]
        ok = "ok" if ratio >= target else "MISSED"
        print(f"{name:8} {r['mpl']:11.2f} {r['ours']:12.2f} {ratio:6.1f}x {'>=' + str(target) + 'x':>7} {ok:6} "
              f"{r['mpl_wall']:9.2f} {r['ours_wall']:10.2f} {wratio:6.1f}x  {r['mpl_bytes']} / {r['ours_bytes']}")


if __name__ == "__main__":
    main()
