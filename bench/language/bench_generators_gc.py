#!/usr/bin/env python3
"""Generators and the cycle collector: cellgrad vs CPython in the same run (issue 15).

Rows, each timed inside one process with time.perf_counter (best of N passes, so start-up
and a noisy machine weigh less), for CPython and for `cellgrad run FILE`:
  gen_start_10   create a generator and run it through 10 yields (per generator, µs)
  gen_send       one send() into a running generator (per send, ns)
  yield_from     a value through a 3-deep `yield from` chain (per value, ns)
  gc_1m          gc.collect() over a heap of 1M tracked objects (ms): 500k small lists each
                 in a 2-object cycle with a class instance, kept alive by a list of them
  gc_free_1m     the same collection once the 1M objects are unreachable (ms)
Both interpreters print the same checksums; a row whose checksums differ says so.

Usage: bench_generators_gc.py [--passes 5] [--python PATH] [--cellgrad PATH]
Target (issue 15): gen_start_10 within 3x CPython's time.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROGRAM = r'''
import gc, time, sys

PASSES = {passes}

def best(fn, n):
    times = []
    for _ in range(PASSES):
        t0 = time.perf_counter()
        check = fn(n)
        times.append(time.perf_counter() - t0)
    return min(times) / n, check

def ten():
    yield 0; yield 1; yield 2; yield 3; yield 4
    yield 5; yield 6; yield 7; yield 8; yield 9

def gen_start_10(n):
    total = 0
    for _ in range(n):
        for v in ten():
            total += v
    return total

def echo():
    x = 0
    while True:
        x = yield x + 1

def gen_send(n):
    g = echo()
    next(g)
    s = 0
    for i in range(n):
        s += g.send(i)
    return s

def leaf(n):
    for i in range(n):
        yield i

def mid(n):
    return (yield from leaf(n))

def top(n):
    yield from mid(n)

def yield_from(n):
    return sum(top(n))

class Holder:
    pass

def build(n):
    objects = []
    for i in range(n // 2):
        h = Holder()
        h.items = [h, i]
        objects.append(h)
    return objects

results = {}
gc.disable()
per, check = best(gen_start_10, 100000)
results["gen_start_10"] = (per * 1e6, check)
per, check = best(gen_send, 200000)
results["gen_send"] = (per * 1e9, check)
per, check = best(yield_from, 200000)
results["yield_from"] = (per * 1e9, check)
heap = build(1000000)
gc.collect()
t0 = time.perf_counter(); found = gc.collect(); t1 = time.perf_counter()
results["gc_1m"] = ((t1 - t0) * 1e3, found)
del heap
t0 = time.perf_counter(); found = gc.collect(); t1 = time.perf_counter()
results["gc_free_1m"] = ((t1 - t0) * 1e3, found)
gc.enable()
print(results)
'''

UNITS = {"gen_start_10": "µs", "gen_send": "ns", "yield_from": "ns", "gc_1m": "ms", "gc_free_1m": "ms"}


def measure(argv: list[str], passes: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench_generators_gc.py"
        path.write_text(PROGRAM.replace("{passes}", str(passes)))
        done = subprocess.run(argv + [str(path)], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed:\n{done.stderr}")
    return eval(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--cellgrad", default=os.environ.get("CELLGRAD") or str(REPO / ".build" / "release" / "cellgrad"))
    args = ap.parse_args()
    reference = measure([args.python], args.passes)
    ours = measure([args.cellgrad, "run"], args.passes)
    print("| benchmark | CPython | Cellgrad | ratio | checksums |")
    print("|---|---:|---:|---:|---|")
    for name, unit in UNITS.items():
        (t_ref, c_ref), (t_ours, c_ours) = reference[name], ours[name]
        same = "same" if c_ref == c_ours else f"DIFFER: {c_ref} vs {c_ours}"
        print(f"| {name} | {t_ref:.3g} {unit} | {t_ours:.3g} {unit} | {t_ours / t_ref:.2f} | {same} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
