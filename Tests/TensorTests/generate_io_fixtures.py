#!/usr/bin/env python3
"""Generate Fixtures/io/: files written by real NumPy for NPYFileTests / NPYTextTests.

Run with the project's venv:  .venv/bin/python Tests/TensorTests/generate_io_fixtures.py

- `*.npy` / `*.npz` written by np.save / np.savez / np.savez_compressed, plus
  `manifest.json` with each array's shape, dtype NumPy reports and flat C-order values
  (floats as float.hex() strings, so comparisons are exact).
- `text_cases.json`: inputs and NumPy's results (or error messages) for np.loadtxt,
  np.genfromtxt and np.savetxt.
"""
import io
import json
import os
import warnings

import numpy as np
from numpy.lib import format as npformat

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, "Fixtures", "io")
os.makedirs(out_dir, exist_ok=True)
rng = np.random.default_rng(7)


def values(a):
    flat = np.ascontiguousarray(a).ravel()
    if flat.dtype.kind == "f":
        return [float(v).hex() if np.isfinite(v) else str(float(v)) for v in flat]
    if flat.dtype.kind == "b":
        return [bool(v) for v in flat]
    return [int(v) for v in flat]


def describe(a):
    return dict(shape=list(a.shape), dtype=str(a.dtype), values=values(a))


manifest = {}


def save_npy(name, a, version=None):
    path = os.path.join(out_dir, name)
    if version is None:
        np.save(path, a)
    else:
        with open(path, "wb") as f:
            npformat.write_array(f, a, version=version)
    manifest[name] = describe(a)


save_npy("f8_2x3.npy", np.arange(6.0).reshape(2, 3) / 3)
save_npy("f4_vec.npy", np.array([0.1, -2.5, np.inf, np.nan], dtype=np.float32))
save_npy("i8_3d.npy", np.arange(24, dtype=np.int64).reshape(2, 3, 4) - 7)
save_npy("b1.npy", np.array([[True, False], [False, True]]))
save_npy("scalar.npy", np.array(3.25))
save_npy("empty_0x3.npy", np.zeros((0, 3)))
save_npy("i4.npy", np.array([1, -2, 2**31 - 1], dtype=np.int32))
save_npy("i2.npy", np.array([-32768, 5], dtype=np.int16))
save_npy("u1.npy", np.array([0, 200, 255], dtype=np.uint8))
save_npy("f2.npy", np.array([1.5, -0.000061, 65504, np.inf], dtype=np.float16))
save_npy("fortran_f8.npy", np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)))
save_npy("fortran_2d.npy", np.asfortranarray(np.arange(6, dtype=np.int64).reshape(2, 3)))
save_npy("be_f8.npy", np.arange(4.0).astype(">f8"))
save_npy("v2.npy", np.arange(5.0), version=(2, 0))
save_npy("v3.npy", np.arange(3, dtype=np.int64), version=(3, 0))
save_npy("long_dim.npy", np.zeros(12345678 // 1000000, dtype=np.float32))
np.save(os.path.join(out_dir, "c16.npy"), np.array([1 + 2j]))

arrays = dict(a=np.arange(10, dtype=np.int64), b=rng.standard_normal((3, 4)),
              c=np.array([True, False, True]), big=np.tile(np.arange(50.0), 40))
np.savez(os.path.join(out_dir, "stored.npz"), **arrays)
np.savez_compressed(os.path.join(out_dir, "compressed.npz"), **arrays)
np.savez(os.path.join(out_dir, "positional.npz"), np.arange(3.0), np.ones(2, dtype=np.float32))
manifest["stored.npz"] = {k: describe(v) for k, v in arrays.items()}
manifest["compressed.npz"] = manifest["stored.npz"]
manifest["positional.npz"] = dict(arr_0=describe(np.arange(3.0)), arr_1=describe(np.ones(2, dtype=np.float32)))
with open(os.path.join(out_dir, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)

# --- text
cases = []


def text_case(fn, text, **kw):
    case = dict(fn=fn, text=text, kw={k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()})
    call = dict(kw)
    if "dtype" in call:
        call["dtype"] = dict(float64=float, int64=int, float32=np.float32)[call["dtype"]]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = getattr(np, fn)(io.StringIO(text), **call)
        case["expect"] = describe(np.asarray(r))
    except ValueError as e:
        case["error"] = str(e)
    cases.append(case)


text_case("loadtxt", "1 2 3\n4 5 6\n")
text_case("loadtxt", "# header\n1.5 2\n\n3 4 # tail\n")
text_case("loadtxt", "1,2,3\n4,5,6\n", delimiter=",")
text_case("loadtxt", " 1 , 2 \n3,4\n", delimiter=",")
text_case("loadtxt", "a,b\n1,2\n3,4\n", delimiter=",", skiprows=1)
text_case("loadtxt", "1 2 3\n4 5 6\n", usecols=[0, 2])
text_case("loadtxt", "1 2 3\n4 5 6\n", usecols=[-1])
text_case("loadtxt", "1 2 3\n4 5 6\n", dtype="int64")
text_case("loadtxt", "1 2 3\n4 5 6\n", dtype="float32")
text_case("loadtxt", "5\n")
text_case("loadtxt", "5 6 7\n")
text_case("loadtxt", "5 6 7\n", ndmin=2)
text_case("loadtxt", "5\n6\n", ndmin=2)
text_case("loadtxt", "5\n", ndmin=1)
text_case("loadtxt", "")
text_case("loadtxt", "nan inf -inf 1e3 +5 .5\n")
text_case("loadtxt", "1;2\n3;4\n", delimiter=";", comments="%")
text_case("loadtxt", "1 2\r\n3 4\r\n")
text_case("loadtxt", "1 2\n3 4\n5 6\n7 8\n", max_rows=2)
text_case("loadtxt", "1 2 3\n4 5\n")
text_case("loadtxt", "1 2\n3 x\n")
text_case("loadtxt", "1,,2\n", delimiter=",")
text_case("loadtxt", "1.5 2\n", dtype="int64")
text_case("loadtxt", "1 2\n3 4\n", usecols=[3])
text_case("loadtxt", "# c\n1 2\n3 4 5\n")
text_case("loadtxt", "1  2\n3 4\n", delimiter=" ")
text_case("loadtxt", "1\t2\n3\t4\n", delimiter="\t")
text_case("loadtxt", "1\t\t2\n", delimiter="\t")
text_case("loadtxt", "1\t 2\n", delimiter="\t")
text_case("loadtxt", "1,2\n   \n3,4\n", delimiter=",")
text_case("loadtxt", "1,2\n# c\n3,4\n", delimiter=",")
text_case("loadtxt", "1,2\n   # c\n3,4\n", delimiter=",")
text_case("loadtxt", "1 2\n   \n3 4\n")
text_case("genfromtxt", "1  2\n3 4\n", delimiter=" ")
text_case("genfromtxt", " 1 2\n", delimiter=" ")
text_case("genfromtxt", "1\t\t2\n", delimiter="\t")
text_case("genfromtxt", "1,2,x\n4,,6\n7,8,9\n", delimiter=",")
text_case("genfromtxt", "1 2\n3 4\n", skip_header=1)
text_case("genfromtxt", "1 2\n")
text_case("genfromtxt", "1,2\n", delimiter=",", dtype="int64")
text_case("genfromtxt", "1,\n3,4\n", delimiter=",", dtype="int64")
text_case("genfromtxt", "# h\n1 2 3\n4 5\n\n6 7 8 9\n")
text_case("genfromtxt", "1,2,3\n4,5,6\n", delimiter=",", usecols=[0, 2])
text_case("genfromtxt", "1,2,3\n4,5,6\n7,8,9\n", delimiter=",", skip_footer=1)
text_case("genfromtxt", "1, 2 ,abc\n NA,5,\n", delimiter=",")
text_case("genfromtxt", "1,,3\n", delimiter=",", filling_values=0)


def save_case(a, **kw):
    b = io.BytesIO()
    case = dict(fn="savetxt", array=describe(np.asarray(a)), kw=kw)
    try:
        np.savetxt(b, np.asarray(a), **kw)
        case["expect_text"] = b.getvalue().decode()
    except ValueError as e:
        case["error"] = str(e)
    cases.append(case)


save_case(np.array([[1.5, 2], [3, -4e-20]]))
save_case(np.array([1, 2, 3]), fmt="%d", header="a\nb", footer="end")
save_case(np.array([[1, 2], [3, 4.5]]), fmt="%.3f", delimiter=",", header="x,y", comments="")
save_case(np.array([[np.nan, np.inf], [-np.inf, -0.0]]))
save_case(np.array([[1.5, 2], [3, 4]]), fmt=["%d", "%10.4g"])
save_case(np.array([[1.5, 2], [3, 4]]), fmt="%d %s")
save_case(np.array([True, False]))
save_case(np.array([[True, False]]), fmt="%s")
save_case(np.array([0.1, 1 / 3], dtype=np.float32))
save_case(np.array([0.1, 1 / 3], dtype=np.float32), fmt="%s")
save_case(np.arange(6, dtype=np.int64).reshape(2, 3), fmt="%5d", delimiter="|")
save_case(np.arange(6, dtype=np.int64).reshape(2, 3), fmt="%-5d|%+d|%05d")
save_case(rng.standard_normal((3, 3)) * 1e5, fmt="%.6g", newline=";\n")
save_case(np.array([[1e300, -1e-300]]), fmt="%f")
save_case(np.array([[255, 8]]), fmt="%x %o")
save_case(np.array([[1.5, 2.5]]), fmt="%.1e %E")
save_case(np.array([[1.5, 2], [3, 4]]), fmt="%d %d %d")
save_case(np.array([[np.nan, 2]]), fmt="%d")
save_case(np.zeros((2, 2, 2)))
save_case(np.array([[np.nan, -np.inf]]), fmt="%8.2f|%+.1e")
save_case(np.array([[1.5, 2.0]]), fmt="%r %8.3s")
save_case(np.array([[1, 2]]), fmt="%r|%-6s|")
save_case(np.array([[1.5, 2.0]]), fmt="%y %d")
with open(os.path.join(out_dir, "text_cases.json"), "w") as f:
    json.dump(dict(cases=cases), f, indent=1)
print(f"wrote {len(manifest)} binary fixtures and {len(cases)} text cases to {out_dir}")
