#!/usr/bin/env python3
"""Check that ``np.random.default_rng`` in Cellgrad reproduces NumPy's streams bit for bit.

One program draws from ``default_rng(seed)`` for several seeds: over a million standard
normals (the ziggurat, including its tail and wedge paths), normals with loc/scale, doubles,
uniforms, bounded integers of small, 32-bit and 64-bit ranges (Lemire with buffered 32-bit
halves), permutations, shuffles and every ``choice`` path (with replacement, with ``p``,
Floyd's sampling, the tail shuffle of a large population, ``p`` without replacement). The
program runs under CPython with real NumPy and under Cellgrad, each saving its arrays with
``np.save``; the arrays must be identical (same dtype, same bits).

Usage: verify_default_rng.py [--cellgrad PATH] [--python PATH]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402

PROGRAM = """
import numpy as np
out = {}
for seed in [0, 1, 42, 12345, 2**40 + 7]:
    rng = np.random.default_rng(seed)
    out[f"normal_{seed}"] = rng.standard_normal(300000)
    out[f"random_{seed}"] = rng.random(20000)
    out[f"ints10_{seed}"] = rng.integers(0, 10, size=20000)
    out[f"ints32_{seed}"] = rng.integers(-5, 2**32 - 9, size=5000)
    out[f"ints64_{seed}"] = rng.integers(0, 2**40 + 3, size=5000)
    out[f"intsend_{seed}"] = rng.integers(3, 9, size=2000, endpoint=True)
    out[f"scaled_{seed}"] = rng.normal(3.0, 0.5, size=20000)
    out[f"uniform_{seed}"] = rng.uniform(-2.0, 5.0, size=20000)
    out[f"perm_{seed}"] = rng.permutation(1000)
    a = np.arange(500) * 2
    rng.shuffle(a)
    out[f"shuffle_{seed}"] = a
    out[f"choice_{seed}"] = rng.choice(37, size=1000)
    out[f"choicep_{seed}"] = rng.choice(5, size=1000, p=[0.1, 0.2, 0.3, 0.25, 0.15])
    out[f"floyd_{seed}"] = rng.choice(1000, size=300, replace=False)
    out[f"tail_{seed}"] = rng.choice(20000, size=1000, replace=False)
    out[f"pnorep_{seed}"] = rng.choice(6, size=4, replace=False, p=[0.3, 0.1, 0.2, 0.1, 0.2, 0.1])
    out[f"after_{seed}"] = rng.standard_normal(10000)
for name in out:
    np.save(OUTDIR + "/" + name + ".npy", out[name])
print(len(out))
"""


def run(interpreter: list[str], outdir: Path) -> None:
    program = f"OUTDIR = {str(outdir)!r}\n" + PROGRAM
    script = outdir / "program.py"
    script.write_text(program)
    done = subprocess.run(interpreter + [str(script)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(interpreter)} failed:\n{done.stderr}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cellgrad", default=str(snippetlib.cellgrad_path()))
    ap.add_argument("--python", default=str(snippetlib.CPYTHON))
    args = ap.parse_args()
    import numpy as np

    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        ref_dir, our_dir = Path(a), Path(b)
        run([args.python], ref_dir)
        run([args.cellgrad, "run"], our_dir)
        failures = 0
        draws = 0
        for ref_file in sorted(ref_dir.glob("*.npy")):
            ref = np.load(ref_file)
            ours = np.load(our_dir / ref_file.name)
            draws += ref.size
            same = ref.dtype == ours.dtype and ref.shape == ours.shape and ref.tobytes() == ours.tobytes()
            if not same:
                failures += 1
                bad = np.flatnonzero(ref.ravel() != ours.ravel()) if ref.shape == ours.shape else []
                print(f"MISMATCH {ref_file.stem}: dtype {ours.dtype} vs {ref.dtype}, shape {ours.shape} vs {ref.shape}, "
                      f"{len(bad)} differing elements, first at {bad[:5]}")
        print(f"{draws} draws compared, {failures} arrays differ")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
