"""Generators without threads, cycles collected: one `cellgrad run` process creates 20,000
paused generators and 2,000 abandoned generator cycles (`self.it = self.batches()`, the shape
of a hand-written data loader), and reads its own thread count and resident memory from
/proc/self/status between the steps. No thread may be added, and the cycles must be freed.

The measured numbers go to stdout (`pytest -s`) for bench/RESULTS.md; the same script runs
under CPython for comparison.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

SCRIPT = r'''
import gc

def status():
    fields = {}
    with open("/proc/self/status") as f:
        for line in f.read().splitlines():
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return int(fields["Threads"]), int(fields["VmRSS"].split()[0])

def counter(n):
    for i in range(n):
        yield i

class Loader:
    def __init__(self, data):
        self.data = data
        self.it = self.batches()

    def batches(self):
        for i in range(0, len(self.data), 2):
            yield self.data[i:i + 2]

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

gc.collect()
results = {"start": status()}
paused = [counter(10) for _ in range(20000)]
for g in paused:
    next(g)
results["paused"] = status()
del paused, g
gc.collect()
results["paused_dropped"] = status()
gc.disable()  # so that the count below is all of them, none freed on the way
for _ in range(2000):
    loader = Loader(list(range(10)))
    next(loader)
del loader
results["cycles_made"] = status()
results["collected"] = gc.collect()
gc.enable()
results["cycles_collected"] = status()
print(results)
'''


def run(argv: list[str], tmp_path: Path) -> dict:
    script = tmp_path / "generators.py"
    script.write_text(SCRIPT)
    done = subprocess.run(argv + [str(script)], capture_output=True, text=True, timeout=300,
                          env=snippetlib.child_env())
    assert done.returncode == 0, done.stderr
    text = done.stdout.strip().splitlines()[-1].replace("(", "[").replace(")", "]").replace("'", '"')
    return json.loads(text)


def test_paused_generators_add_no_thread_and_cycles_are_freed(tmp_path):
    ours = run([str(snippetlib.cellgrad_path()), "run"], tmp_path)
    threads = {step: value[0] for step, value in ours.items() if step != "collected"}
    rss = {step: value[1] for step, value in ours.items() if step != "collected"}
    print("\ncellgrad threads", threads, "\ncellgrad RSS KiB", rss)
    try:
        reference = run([sys.executable], tmp_path)
        print("CPython RSS KiB", {k: v[1] for k, v in reference.items() if k != "collected"})
    except (OSError, AssertionError):
        pass
    assert threads["paused"] == threads["start"]
    assert threads["cycles_made"] == threads["start"]
    # Each Loader cycle is the instance, its generator, its list and the list's slices.
    assert ours["collected"] >= 2000 * 2
    # Dropping the paused generators and collecting the cycles gives their memory back.
    grown = rss["cycles_collected"] - rss["start"]
    assert grown < (rss["paused"] - rss["start"]) / 2 + 20_000, rss
