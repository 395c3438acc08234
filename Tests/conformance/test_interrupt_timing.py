"""Issue 16's interrupt proof: interrupts at random moments of loops, comprehensions, numpy
calls, recursion, sorting (numpy's and Python's), padding, PNG encoding, compressed saves,
unsummarised prints, `random.choices` and `input()` waits. Each must end its cell with KeyboardInterrupt
quickly, and the session must keep its state.

CI runs 40 interrupts; `python Tests/conformance/test_interrupt_timing.py 100` runs more and
prints the table recorded in bench/RESULTS.md."""
import random
import shutil
import statistics
import sys
import tempfile
import time

import pytest
from jupyter_client.manager import start_new_kernel

from test_protocol import run, stdout_of

SETUP = """
import numpy as np, os, random, sys
os.chdir(SCRATCH)
a = np.random.rand(1500, 1500)
big = np.random.rand(10_000_000)
big_ints = (big * 1e6).astype(np.int64)
long_list = big[:2_000_000].tolist()
cube = np.arange(3).reshape((1,) * 10 + (3,))
import io
import matplotlib.pyplot as plt
progress = 0
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
"""

# Each runs for seconds unless interrupted; `progress` shows the state survives.
WORKLOADS = {
    "while loop": "while True:\n    progress += 1",
    "for loop": "for i in range(10**12):\n    progress = i",
    "filtering comprehension": "[x for x in range(10**12) if x < 0]",
    "generator expression": "sum(x % 7 for x in range(10**12))",
    "dict comprehension": "{i % 1000: i for i in range(10**12)}",
    "recursion": "while True:\n    fib(25)",
    "numpy elementwise": "for _ in range(10**6):\n    c = np.exp(big) * np.sin(big)",
    "matmul": "r = [a @ a for _ in range(10**6)]",
    "sorting": "for _ in range(10**6):\n    s = np.sort(big)",
    "argsort": "for _ in range(10**6):\n    s = np.argsort(big)",
    "python sorted": "for _ in range(10**6):\n    s = sorted(long_list)",
    "np.pad, 11 dimensions": "for _ in range(10**6):\n    p = np.pad(cube, 2)",
    "PNG of a huge figure": "for _ in range(10**6):\n    fig = plt.figure(figsize=(90, 90))\n"
                            "    fig.savefig(io.BytesIO(), format='png')\n    plt.close(fig)",
    "native sum": "sum(range(10**15))",
    "np.savez_compressed": "for _ in range(10**6):\n    np.savez_compressed('big.npz', big=big)",
    # Printing every element (threshold=sys.maxsize), of floats and of ints.
    "unsummarised print": "np.set_printoptions(threshold=sys.maxsize)\nfor _ in range(10**6):\n    text = str(big)",
    "unsummarised int print": "np.set_printoptions(threshold=sys.maxsize)\nfor _ in range(10**6):\n    text = repr(big_ints)",
    "random.choices": "for _ in range(10**6):\n    picks = random.choices(range(10), k=10**7)",
    "input wait": "input('name? ')",
}


def answer_times(count, seed=16):
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    rng = random.Random(seed)
    results = []
    scratch = None
    try:
        # The compressed saves write into a scratch directory of their own.
        scratch = tempfile.mkdtemp(prefix="cellgrad-interrupts-")
        reply, _ = run(kc, SETUP.replace("SCRATCH", repr(scratch)), timeout=60)
        assert reply["content"]["status"] == "ok"
        names = sorted(WORKLOADS)
        for i in range(count):
            name = names[i % len(names)]
            msg_id = kc.execute(WORKLOADS[name], allow_stdin=True)
            time.sleep(rng.uniform(0.05, 0.6))
            started = time.time()
            km.interrupt_kernel()
            while True:
                reply = kc.get_shell_msg(timeout=30)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            took = time.time() - started
            results.append((name, took, reply["content"]["status"], reply["content"].get("ename")))
        # The state after: variables kept, the kernel answers.
        reply, outputs = run(kc, "print(a.shape, big.shape, progress > 0, fib(10))", timeout=30)
        assert reply["content"]["status"] == "ok"
        assert stdout_of(outputs) == "(1500, 1500) (10000000,) True 55\n"
        assert km.is_alive()
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    return results


def summary(results):
    times = sorted(t for _, t, _, _ in results)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times), p95, times[-1]


def test_random_interrupts_answer_quickly_and_keep_the_state():
    results = answer_times(40)
    for name, took, status, ename in results:
        assert (status, ename) == ("error", "KeyboardInterrupt"), (name, status, ename)
    median, p95, worst = summary(results)
    print(f"\n{len(results)} interrupts: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {worst * 1000:.0f} ms")
    # The budget is 100 ms at p95 on an idle machine; CI shares two cores, so this bound only
    # catches an interrupt that is not answered at all.
    assert p95 < 2.0


def test_an_interrupt_stops_one_large_gemm_and_keeps_the_state():
    """One 6000x6000 @ 6000x6000 product (numpy float64, torch float32) is many seconds of BLAS;
    the interrupt is seen between its tiles (issue 14). Timings: bench/kernel/interrupt_gemm.py."""
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60)
    try:
        setup = ("import numpy as np, torch\na = np.ones((6000, 6000))\nta = torch.ones(6000, 6000)\n"
                 "c = np.zeros(2)\ntc = torch.zeros(2)")
        reply, _ = run(kc, setup, timeout=120)
        assert reply["content"]["status"] == "ok"
        for cell in ["c = a @ a", "tc = ta @ ta"]:
            msg_id = kc.execute(cell)
            time.sleep(0.4)
            km.interrupt_kernel()
            while True:
                reply = kc.get_shell_msg(timeout=120)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            assert (reply["content"]["status"], reply["content"].get("ename")) == ("error", "KeyboardInterrupt"), cell
        reply, outputs = run(kc, "print(a.shape, tuple(ta.shape), c.shape, tuple(tc.shape), (a @ a[:, :2])[0, 0])", timeout=60)
        assert reply["content"]["status"] == "ok"
        assert stdout_of(outputs) == "(6000, 6000) (6000, 6000) (2,) (2,) 6000.0\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    results = answer_times(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    print("| workload | interrupts | median ms | max ms | outcome |")
    print("|---|---|---|---|---|")
    for name in sorted(WORKLOADS):
        mine = [r for r in results if r[0] == name]
        if not mine:
            continue
        ts = [t for _, t, _, _ in mine]
        outcome = ", ".join(sorted({str(e) for _, _, _, e in mine}))
        print(f"| {name} | {len(mine)} | {statistics.median(ts) * 1000:.0f} | {max(ts) * 1000:.0f} | {outcome} |")
    median, p95, worst = summary(results)
    print(f"\nall {len(results)}: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {worst * 1000:.0f} ms")
