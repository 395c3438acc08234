"""Wide padding, big reprs and re's per-call cost: Cellgrad against CPython on the same code.

    python bench/hardening/wide_text.py [--cellgrad PATH] [--python PATH]

Each case runs in one process per interpreter; the time is the best of three runs of the
statement, measured inside the process with time.perf_counter (start-up excluded).
"""
import argparse
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = [
    ("'7'.zfill(10**8)", "", "'7'.zfill(10**8)"),
    ("'7'.rjust(10**8)", "", "'7'.rjust(10**8)"),
    ("'7'.center(10**8, '日')", "", "'7'.center(10**8, '日')"),
    ("'{:>100000000}'.format(7)", "", "'{:>100000000}'.format(7)"),
    ("f'{7:0100000000,}'", "", "f'{7:0100000000,}'"),
    ("'%100000000d' % 7", "", "'%100000000d' % 7"),
    ("'ab' * 5 * 10**7", "", "'ab' * 5 * 10**7"),
    ("repr(s), s = 'x' * 10**8", "s = 'x' * 10**8", "repr(s)"),
    ("repr(s), s = 'é\\n' * 10**7", "s = 'é\\n' * 10**7", "repr(s)"),
    ("re.search(r'\\d+', 'abc 123'), per call", "import re\nre.search(r'\\d+', 'x 1')",
     "for _ in range(100000): re.search(r'\\d+', 'abc 123 def')"),
    ("re.match(r'[a-z]+', 'hello'), per call", "import re\nre.match(r'[a-z]+', 'x')",
     "for _ in range(100000): re.match(r'[a-z]+', 'hello world')"),
    ("p.search('abc 123'), compiled, per call", "import re\np = re.compile(r'\\d+')",
     "for _ in range(100000): p.search('abc 123 def')"),
    ("p.match('hello'), compiled, per call", "import re\np = re.compile(r'[a-z]+')",
     "for _ in range(100000): p.match('hello world')"),
    ("p.search(line) over 100,000 different lines", "import re\np = re.compile(r'\\d+')\nlines = [f'row {i} of data' for i in range(100000)]",
     "for line in lines: p.search(line)"),
]
PER_CALL = 100000


def timed(exe, setup, statement):
    program = (f"import time\n{setup}\nbest = 1e9\nfor _ in range(3):\n    t = time.perf_counter()\n"
               f"    _r = {statement}\n" if not statement.startswith("for ") else
               f"import time\n{setup}\nbest = 1e9\nfor _ in range(3):\n    t = time.perf_counter()\n"
               + "\n".join("    " + line for line in statement.split("\n")) + "\n")
    program += "    best = min(best, time.perf_counter() - t)\nprint(best)\n"
    with tempfile.NamedTemporaryFile("w", suffix=".py") as f:
        f.write(program)
        f.flush()
        out = subprocess.run([*exe, f.name], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        return f"error: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}"
    return float(out.stdout.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cellgrad", default=str(ROOT / ".build/release/cellgrad"))
    p.add_argument("--python", default=str(ROOT / ".venv/bin/python"))
    p.add_argument("--only", help="run the cases whose name contains this text")
    args = p.parse_args()
    print("| case | Cellgrad | CPython | ratio |\n|---|---|---|---|")
    for name, setup, statement in CASES:
        if args.only and args.only not in name:
            continue
        ours = timed([args.cellgrad, "run"], setup, statement)
        theirs = timed([args.python], setup, statement)
        scale, unit = (1e6 / PER_CALL, "µs") if statement.startswith("for ") else (1e3, "ms")
        if isinstance(ours, float) and isinstance(theirs, float):
            print(f"| `{name}` | {ours * scale:.2f} {unit} | {theirs * scale:.2f} {unit} | {ours / theirs:.1f}x |")
        else:
            print(f"| `{name}` | {ours} | {theirs} | |")


if __name__ == "__main__":
    main()
