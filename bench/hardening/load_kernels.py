"""Load test (issue 16): N kernels started by jupyter_client on this machine, each running a
numpy-heavy cell at the same time; all must answer. Reports the wall time, each kernel's
answer time and the total resident memory, for Cellgrad and, in the same run, ipykernel.

    python bench/hardening/load_kernels.py --kernels 40 [--peer python3]
"""
import argparse
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import psutil
from jupyter_client.manager import start_new_kernel

CELL = """
import numpy as np
rng = np.random.default_rng(0)
a = rng.standard_normal((400, 400))
b = a @ a.T
x = np.linalg.solve(b + 400 * np.eye(400), np.ones(400))
h = np.bincount((rng.random(200_000) * 20).astype(np.int64), minlength=20)
print(round(float(x.sum()), 6), int(h.sum()), round(float(np.sort(rng.random(500_000))[250_000]), 3))
"""


def tree_rss(pid):
    try:
        p = psutil.Process(pid)
        return sum(q.memory_info().rss for q in [p] + p.children(recursive=True))
    except psutil.Error:
        return 0


def run_load(kernel_name, n):
    started = time.time()
    kernels = []
    for _ in range(n):
        kernels.append(start_new_kernel(kernel_name=kernel_name, startup_timeout=120))
    start_time = time.time() - started
    idle_rss = sum(tree_rss(km.provisioner.process.pid) for km, _ in kernels)

    def one(pair):
        km, kc = pair
        t = time.time()
        reply = kc.execute_interactive(CELL, timeout=600, output_hook=lambda msg: None)
        return reply["content"]["status"], time.time() - t

    t = time.time()
    with ThreadPoolExecutor(max_workers=n) as pool:
        outcomes = list(pool.map(one, kernels))
    wall = time.time() - t
    busy_rss = sum(tree_rss(km.provisioner.process.pid) for km, _ in kernels)
    alive = sum(km.is_alive() for km, _ in kernels)
    for km, kc in kernels:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    ok = sum(s == "ok" for s, _ in outcomes)
    times = sorted(d for _, d in outcomes)
    return {"kernel": kernel_name, "n": n, "start s": start_time, "answered ok": ok, "alive": alive,
            "cell wall s": wall, "median answer s": statistics.median(times), "slowest s": times[-1],
            "idle RSS MB": idle_rss / 2**20, "after-cell RSS MB": busy_rss / 2**20}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kernels", type=int, default=40)
    p.add_argument("--peer", default="python3", help="the peer kernelspec ('' to skip)")
    args = p.parse_args()
    rows = [run_load("cellgrad", args.kernels)]
    if args.peer:
        rows.append(run_load(args.peer, args.kernels))
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(f"{v:.1f}" if isinstance(v, float) else str(v) for v in r.values()) + " |")


if __name__ == "__main__":
    main()
