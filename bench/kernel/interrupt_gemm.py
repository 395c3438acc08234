"""Interrupt latency inside ONE large GEMM (issue 14): a 6000x6000 @ 6000x6000 product, numpy
float64 and torch float32, interrupted through jupyter_client at a random moment 0.1-0.8 s in;
the time from interrupt_request to the cell's reply. Cellgrad and, in the same run, ipykernel
(numpy only: the reference venv of the kernel has no torch).

    python bench/kernel/interrupt_gemm.py [--interrupts 20] [--peer python3]
"""
import argparse
import random
import statistics
import time

from jupyter_client.manager import start_new_kernel

SETUP = {"numpy": "import numpy as np\na = np.random.rand(6000, 6000)\nb = np.random.rand(6000, 6000)\nkept = 42",
         "torch": "import torch\nta = torch.rand(6000, 6000)\ntb = torch.rand(6000, 6000)"}
CELLS = {"numpy float64 6000^3": ("numpy", "c = a @ b"), "torch float32 6000^3": ("torch", "tc = ta @ tb")}


def reply_to(kc, msg_id, timeout):
    while True:
        r = kc.get_shell_msg(timeout=timeout)
        if r["parent_header"].get("msg_id") == msg_id:
            return r


def measure(kernel_name, cells, count, seed=14):
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=60)
    rng = random.Random(seed)
    times = {name: [] for name in cells}
    try:
        for lib in sorted({lib for lib, _ in cells.values()}):
            assert reply_to(kc, kc.execute(SETUP[lib]), 300)["content"]["status"] == "ok"
        names = list(cells)
        for i in range(count):
            name = names[i % len(names)]
            msg_id = kc.execute(cells[name][1])
            time.sleep(rng.uniform(0.1, 0.8))
            started = time.time()
            km.interrupt_kernel()
            r = reply_to(kc, msg_id, 600)
            times[name].append(((time.time() - started) * 1000, r["content"].get("ename", r["content"]["status"])))
        kept = reply_to(kc, kc.execute("kept"), 60)["content"]["status"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return times, kept


def report(kernel_name, times, kept):
    every = []
    for name, rows in times.items():
        ms = sorted(t for t, _ in rows)
        every += ms
        print(f"| {kernel_name} | {name} | {len(ms)} | {statistics.median(ms):.0f} | {max(ms):.0f} | "
              f"{', '.join(sorted({o for _, o in rows}))} |")
    every.sort()
    print(f"{kernel_name}: all {len(every)}: median {statistics.median(every):.0f} ms, "
          f"p95 {every[round(0.95 * (len(every) - 1))]:.0f} ms, max {every[-1]:.0f} ms; state kept: {kept}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--interrupts", type=int, default=20)
    ap.add_argument("--kernel", default="cellgrad")
    ap.add_argument("--peer", default="python3")
    args = ap.parse_args()
    print("| kernel | product | interrupts | median ms | max ms | outcome |\n|---|---|---|---|---|---|")
    report(args.kernel, *measure(args.kernel, CELLS, args.interrupts))
    if args.peer:
        numpy_only = {k: v for k, v in CELLS.items() if v[0] == "numpy"}
        report(args.peer, *measure(args.peer, numpy_only, max(4, args.interrupts // 4)))
