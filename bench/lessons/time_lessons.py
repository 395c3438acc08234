"""How long each tutorial takes to run top to bottom in the Cellgrad kernel (nbclient, as CI
runs them): the target is under 2 minutes per lesson on 2 cores. Prints a Markdown table for
bench/RESULTS.md. The machine's load is printed too: the numbers mean little on a busy machine.

    .venv/bin/python bench/lessons/time_lessons.py [NOTEBOOK ...]
"""
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[2]


def run(path: Path) -> tuple[float, float]:
    """Seconds to start the kernel and run every cell, and the slowest cell's seconds."""
    nb = nbformat.read(path, as_version=4)
    slowest = 0.0
    started = time.perf_counter()
    client = NotebookClient(nb, kernel_name="cellgrad", timeout=600, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            before = time.perf_counter()
            client.execute_cell(cell, index)
            slowest = max(slowest, time.perf_counter() - before)
    return time.perf_counter() - started, slowest


def main(names: list[str]) -> None:
    paths = [Path(n) for n in names] or sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores\n")
    print("| lesson | whole notebook | slowest cell |")
    print("|---|---:|---:|")
    for path in paths:
        total, slowest = run(path)
        print(f"| {path.stem} | {total:.1f} s | {slowest:.1f} s |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
