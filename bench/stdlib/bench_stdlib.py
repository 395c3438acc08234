#!/usr/bin/env python3
"""Standard library: cellgrad vs CPython in the same run (issue 17, "Proof").

Measures, for CPython and for `cellgrad run FILE`:
  import     the time of `import M` for each module, inside a fresh process (what a lesson's
             first cell pays; CPython has some of them loaded at start-up already, which is
             what a notebook on CPython pays too)
  json       json.dumps and json.loads of the same 2,000-record document (~170 KB)
  re         re.search, re.findall and re.sub over the same 200 KB text
Each round runs both interpreters; a figure is the median over the rounds of the best pass
inside the process (time.perf_counter). Both must print the same checksum, otherwise the row
says so. Writes Markdown tables to stdout.

Usage: bench_stdlib.py [--runs 5] [--python PATH] [--cellgrad PATH]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ['collections', 'itertools', 'functools', 'operator', 'json', 're', 'copy', 'string', 'textwrap',
           'heapq', 'bisect', 'statistics', 'typing', 'dataclasses', 'enum', 'abc', 'contextlib', 'io',
           'fractions', 'decimal', 'datetime', 'pathlib', 'os', 'csv', 'gzip', 'struct', 'pickle', 'warnings']

IMPORT_SCRIPT = '''
import time
t = time.perf_counter()
import {module}
print(round((time.perf_counter() - t) * 1e3, 3))
'''

WORK_SCRIPT = '''
import time, json, re
records = [{{"id": i, "name": "item%d" % i, "price": i * 0.25, "tags": ["a", "b", "c"][: i % 3 + 1],
            "active": i % 2 == 0, "note": None}} for i in range(2000)]
text = " ".join("word%d value=%d.%02d date=2024-%02d-%02d" % (i, i * 7, i % 100, i % 12 + 1, i % 28 + 1)
                for i in range(8000))
def best(fn, passes={passes}):
    times = []
    for _ in range(passes):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1e3, out
doc = json.dumps(records)
results = {{}}
results["json.dumps"] = best(lambda: len(json.dumps(records)))
results["json.dumps indent=2"] = best(lambda: len(json.dumps(records, indent=2, sort_keys=True)))
results["json.loads"] = best(lambda: sum(r["id"] for r in json.loads(doc)))
pattern = re.compile(r"value=(\\d+)\\.(\\d+)")
results["re.search (compiled, 2000 calls)"] = best(lambda: sum(1 for i in range(2000) if pattern.search(text, i * 50)))
results["re.findall dates"] = best(lambda: len(re.findall(r"\\d{{4}}-\\d{{2}}-\\d{{2}}", text)))
results["re.sub with groups"] = best(lambda: len(re.sub(r"value=(\\d+)", r"v<\\1>", text)))
results["re.sub with a function"] = best(lambda: len(pattern.sub(lambda m: m.group(1), text)))
for k, (ms, out) in results.items():
    print(k + "\\t" + str(round(ms, 3)) + "\\t" + str(out))
'''


def run(argv, script, timeout=300):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / 'bench.py'
        path.write_text(script)
        proc = subprocess.run(argv + [str(path)], capture_output=True, text=True, timeout=timeout, cwd=tmp)
    if proc.returncode != 0:
        raise RuntimeError(f'{argv[0]} failed: {proc.stderr[-500:]}')
    return proc.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--passes', type=int, default=5)
    parser.add_argument('--python', default=str(REPO / '.venv' / 'bin' / 'python'))
    parser.add_argument('--cellgrad', default=str(REPO / '.build' / 'release' / 'cellgrad'))
    args = parser.parse_args()
    cpython = [args.python]
    cellgrad = [args.cellgrad, 'run']

    imports = {m: ([], []) for m in MODULES}
    work = {}
    for _ in range(args.runs):
        for module in MODULES:
            script = IMPORT_SCRIPT.format(module=module)
            imports[module][0].append(float(run(cpython, script)))
            imports[module][1].append(float(run(cellgrad, script)))
        script = WORK_SCRIPT.format(passes=args.passes)
        for side, argv in ((0, cpython), (1, cellgrad)):
            for line in run(argv, script).splitlines():
                name, ms, checksum = line.split('\t')
                entry = work.setdefault(name, ([], [], [None, None]))
                entry[side].append(float(ms))
                entry[2][side] = checksum

    print(f'### import time (ms, median of {args.runs} fresh processes)\n')
    print('| module | CPython | Cellgrad | ratio |')
    print('|---|---:|---:|---:|')
    for module, (py, cg) in imports.items():
        a, b = statistics.median(py), statistics.median(cg)
        print(f'| {module} | {a:.2f} | {b:.2f} | {b / a:.1f} |' if a > 0.005 else f'| {module} | {a:.2f} | {b:.2f} | (CPython: already loaded) |')
    print(f'\n### json and re (ms, best of {args.passes} passes, median of {args.runs} runs)\n')
    print('| operation | CPython | Cellgrad | ratio |')
    print('|---|---:|---:|---:|')
    for name, (py, cg, checks) in work.items():
        a, b = statistics.median(py), statistics.median(cg)
        note = '' if checks[0] == checks[1] else f' (checksums differ: {checks[0]} vs {checks[1]})'
        print(f'| {name} | {a:.2f} | {b:.2f} | {b / a:.1f}{note} |')


if __name__ == '__main__':
    main()
