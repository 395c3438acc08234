"""Replays a fuzzer finding's session (`NNN_*.session.py`, cells separated by
`# ----- next cell -----`) cell by cell in a fresh kernel, and names each cell that ends in a
SystemError, a crash or no reply: how a finding that depends on earlier cells is reproduced.

    JUPYTER_PATH=DIR python bench/hardening/replay_session.py FINDING.session.py [--cwd DIR]
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import start_new_kernel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "conformance"))
from test_protocol import run, stdout_of  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("session")
    p.add_argument("--cwd", help="the kernel's working directory (default: a new temporary one)")
    p.add_argument("--timeout", type=float, default=30)
    p.add_argument("--show-last", action="store_true", help="print the last cell's outputs (a probe of the state)")
    args = p.parse_args()
    cells = Path(args.session).read_text().split("# ----- next cell -----\n")
    cwd = args.cwd or tempfile.mkdtemp(prefix="cellgrad-replay-")
    os.makedirs(cwd, exist_ok=True)
    km, kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60, cwd=cwd)
    try:
        for i, cell in enumerate(cells):
            try:
                reply, outputs = run(kc, cell, timeout=args.timeout)
            except Exception:
                print(f"cell {i}: no reply within {args.timeout} s\n{cell[:400]}")
                break
            content = reply["content"]
            if i == len(cells) - 1 and args.show_last:
                print(stdout_of(outputs))
            if content["status"] == "error" and content["ename"] == "SystemError":
                print(f"cell {i}: SystemError\n{cell[:400]}")
            if not km.is_alive():
                print(f"cell {i}: the kernel died\n{cell[:400]}")
                break
        print(f"{len(cells)} cells replayed")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
