#!/usr/bin/env python3
"""Generate Fixtures/format_cases.json: NumPy's repr/str for many arrays and scalars.

Run with the project's venv:  .venv/bin/python Tests/TensorTests/generate_format_cases.py

Every case records the dtype, the shape, the flat row-major values and the print options
that were in effect, plus NumPy's `repr(a)` and `str(a)`. Floats are stored with
`float.hex()` (and 'nan', 'inf', '-inf') so the Swift side reads back the exact bits.
The Swift tests (ArrayFormatterTests.swift) assert exact string equality for every case.
"""
import json
import os
import numpy as np

rng = np.random.default_rng(20261123)
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                floatmode="maxprec", sign="-", nanstr="nan", infstr="inf")
cases = []


def enc(dtype, flat):
    if dtype in ("float64", "float32"):
        out = []
        for v in flat:
            v = float(v)
            if v != v:
                out.append("nan")
            elif v in (float("inf"), float("-inf")):
                out.append("inf" if v > 0 else "-inf")
            else:
                out.append(v.hex())
        return out
    if dtype == "int64":
        return [int(v) for v in flat]
    return [bool(v) for v in flat]


def add(name, a, **opts):
    a = np.asarray(a)
    options = dict(DEFAULTS)
    options.update(opts)
    with np.printoptions(**options):
        r, s = repr(a), str(a)
    cases.append(dict(kind="array", name=name, dtype=str(a.dtype), shape=list(a.shape),
                      values=enc(str(a.dtype), a.ravel().tolist()), options=options,
                      repr=r, str=s))


def add_scalar(name, x):
    dtype = str(np.asarray(x).dtype)
    cases.append(dict(kind="scalar", name=name, dtype=dtype, shape=[],
                      values=enc(dtype, [x.item()]), options=dict(DEFAULTS),
                      repr=repr(x), str=str(x)))


f64, f32 = np.float64, np.float32

# --- basic shapes and dtypes
add("2x2 float", np.array([[1., 2.], [3., 4.]]))
add("1d int", np.array([1, 2, 3]))
add("float32 small", np.array([0.1, 0.2], dtype=f32))
add("empty 0x3", np.zeros((0, 3)))
add("empty 1d float", np.array([], dtype=f64))
add("empty 1d int", np.array([], dtype=np.int64))
add("empty 1d bool", np.array([], dtype=bool))
add("empty 1d float32", np.array([], dtype=f32))
add("empty 2x0 int", np.zeros((2, 0), dtype=np.int64))
add("empty 3x0x2", np.zeros((3, 0, 2)))
add("0d float", np.array(5.))
add("0d float frac", np.array(0.1))
add("0d int", np.array(7))
add("0d bool", np.array(True))
add("0d float32", np.array(0.1, dtype=f32))
add("0d nan", np.array(np.nan))
add("0d big", np.array(1e20))
add("0d tiny", np.array(1e-20))
add("0d negzero", np.array(-0.0))
add("bools", np.array([True, False]))
add("bools 2d", np.array([[True, False, True], [False, False, True]]))
add("bools all true", np.array([True, True]))
add("bool wrap", rng.random(60) > 0.5)
add("arange 10", np.arange(10))
add("arange float", np.arange(10.))
add("ints negative", np.array([-5, 10, -300, 4]))
add("ints big", np.array([2**62, -2**63, 0, 1], dtype=np.int64))
add("ints 2d", np.arange(12).reshape(3, 4) - 5)
add("ints 3d", np.arange(24).reshape(2, 3, 4))
add("ints 4d", np.arange(48).reshape(2, 2, 3, 4))
add("float 3d", np.arange(24.).reshape(2, 3, 4) / 7)
add("float 4d", np.arange(16.).reshape(2, 2, 2, 2) * 1.5)
add("1x1", np.array([[3.5]]))
add("1x1x1", np.array([[[2]]]))
add("column", np.arange(5.).reshape(5, 1))
add("row", np.arange(5.).reshape(1, 5))

# --- float formatting decisions
add("mixed lengths", np.array([1., 2.5, 3.25, -4.125]))
add("negative zero", np.array([-0.0, 1.0]))
add("negative zero alone", np.array([-0.0, 0.0]))
add("zeros", np.zeros(4))
add("pi e", np.array([np.pi, np.e]))
add("thirds", np.array([1 / 3, 2 / 3, 1.0]))
add("rounding carry", np.array([0.999999999, 1.5]))
add("rounding carry 2", np.array([9.9999999999, 0.5]))
add("exact ties", np.array([0.125, 0.375, 2.5e-9 + 1, 1.000000005]))
add("ties half even", np.array([1.000000025, 1.000000035, 1.000000045]))
add("precision cut", np.array([0.123456789123, 123.456789123456]))
add("large positional", np.array([12345678.9, 1.5]))
add("exp by max", np.array([1e8, 1.]))
add("just below 1e8", np.array([99999999., 1.]))
add("exp by min", np.array([1e-5, 1.]))
add("min 1e-4", np.array([1e-4, 1e-3]))
add("exp by ratio", np.array([1., 1001.]))
add("ratio 1000", np.array([1., 1000.]))
add("exp mixed", np.array([1.5e-10, 2.25, 3e10, -4.]))
add("exp three digit", np.array([1e-100, 1e100]))
add("exp with zero", np.array([0., 1e-9]))
add("huge", np.array([1.7976931348623157e308, -1e300]))
add("subnormal", np.array([5e-324, 1.0]))
add("tiny only", np.array([1e-20, 2e-20]))
add("nan inf", np.array([np.nan, np.inf, -np.inf, 1.5]))
add("nan only", np.array([np.nan, np.nan]))
add("inf only", np.array([np.inf, -np.inf]))
add("pos inf only", np.array([np.inf, np.inf]))
add("nan with exp", np.array([np.nan, 1e-7, 3.]))
add("nan with ints", np.array([np.nan, 1., 2.]))
add("nan long frac", np.array([np.nan, 0.123456]))
add("neg inf with exp", np.array([-np.inf, 1e10]))
add("float integers", np.array([100., 2000., 30000.]))
add("float wide ints", np.array([1234567., -7654321.]))
for k in range(12):
    scale = 10.0 ** rng.integers(-6, 10)
    add(f"random scale {k}", rng.standard_normal(int(rng.integers(1, 9))) * scale)
for k in range(8):
    add(f"random 2d {k}", rng.standard_normal((int(rng.integers(1, 5)), int(rng.integers(1, 6)))))
for k in range(6):
    add(f"rounded {k}", np.round(rng.standard_normal(6) * 10, int(rng.integers(0, 4))))
add("random 3d", rng.random((3, 2, 4)))
add("random 3d exp", rng.random((2, 2, 3)) * 1e-6)
add("uniform 0 1", rng.random(7))

# --- float32
add("f32 pi", np.array([np.pi, np.e], dtype=f32))
add("f32 thirds", (np.arange(6, dtype=f32) / 3).reshape(2, 3))
add("f32 1e6", np.array([1e6, 1.], dtype=f32))
add("f32 below 1e6", np.array([999999., 1.], dtype=f32))
add("f32 1e-4", np.array([1e-4, 1e-3], dtype=f32))
add("f32 tiny", np.array([1e-30, 1.], dtype=f32))
add("f32 nan", np.array([np.nan, 0.5], dtype=f32))
add("f32 random", rng.standard_normal(10).astype(f32))
add("f32 random 2d", rng.standard_normal((4, 4)).astype(f32))
add("f32 random exp", (rng.standard_normal(6) * 1e-5).astype(f32))
add("f32 wrap", rng.random(30).astype(f32))
add("f32 long", rng.random(2000).astype(f32))
add("f32 3d", np.arange(8, dtype=f32).reshape(2, 2, 2))
add("f32 ints", np.array([1, 2, 3], dtype=f32))
add("f32 big", np.array([3.4e38, 1.], dtype=f32))
add("f32 exact digits", np.array([1e-5, 0.3, 0.12345679], dtype=f32))
add("f32 exact digits 3", np.array([1e-5, 0.5, 1.25, 3e-7], dtype=f32))
add("f32 exact digits 2", np.array([1e-5, 0.1, 0.7, 123.456], dtype=f32))

# --- wrapping
add("wrap floats", rng.random(20))
add("wrap ints", np.arange(40))
add("wrap big ints", np.arange(30) * 123456789)
add("wrap 2d", rng.random((3, 12)))
add("wrap 3d", rng.random((2, 2, 10)))
add("wrap exp", rng.random(15) * 1e-7)
add("wrap negative", -rng.random(16))
add("wrap with nan", np.where(np.arange(20) % 5 == 0, np.nan, np.arange(20) / 3))
add("wrap exactly", np.arange(21.))
add("wrap ints 24", np.arange(24))
add("wrap ints 25", np.arange(25))
for n in range(10, 19):
    add(f"int wrap width {n}", np.arange(n) * 1000)
add("dtype suffix wraps", np.arange(17, dtype=f32) + 0.5)
add("dtype suffix wraps 2", (np.arange(16, dtype=f32) / 7))
add("dtype suffix fits", np.arange(10, dtype=f32))

# --- summarisation
add("long 1d", np.arange(1001))
add("long 1d float", np.arange(2000.) / 3)
add("exactly threshold", np.arange(1000))
add("long 2d", np.arange(2000).reshape(40, 50))
add("long 2d rows", np.arange(3000.).reshape(1000, 3))
add("long 3d", np.arange(8000).reshape(20, 20, 20))
add("long narrow 3d", np.arange(1200).reshape(2, 600, 1))
add("long random", rng.standard_normal(5000))
add("long exp", rng.random(1500) * 1e9)
add("long bool", rng.random(1200) > 0.5)
add("long 4d", np.arange(1296.).reshape(6, 6, 6, 6))
add("edge values only", np.concatenate([np.ones(3), np.full(1000, 1e-9), np.ones(3) * 2]))

# --- stress: random magnitudes, signs and dtypes
for k in range(30):
    n = int(rng.integers(1, 13))
    v = rng.standard_normal(n) * 10.0 ** rng.integers(-12, 12, size=n)
    dt = f32 if k % 3 == 0 else f64
    add(f"stress {k}", v.astype(dt).reshape(-1, 1) if k % 5 == 0 else v.astype(dt))
for k in range(6):
    add(f"stress ints {k}", rng.integers(-10 ** int(rng.integers(1, 12)), 10 ** 6, size=int(rng.integers(1, 30))))

# --- decimal ties at the cut-off digit (decided by the exact binary value) and subnormals
for k in range(20):
    v = (rng.integers(0, 10 ** 9, size=4) * 10 + 5) / 10.0 ** int(rng.integers(1, 12))
    add(f"ties {k}", (-v if k % 3 == 0 else v).astype(f32 if k % 2 == 0 else f64))
add("subnormals", rng.random(3) * 1e-310)
add("f32 subnormals", (rng.random(3) * np.float32(1e-40)).astype(f32))

# --- print options
add("precision 3", np.array([np.pi, np.e, 1.0]), precision=3)
add("precision 3 exp", np.array([np.pi * 1e-6, np.e]), precision=3)
add("precision 0", np.array([1.5, 2.5, 3.7]), precision=0)
add("suppress", np.array([1e-10, 1., 1000.5]), suppress=True)
add("suppress big", np.array([1e9, 1.]), suppress=True)
add("suppress tiny neg", np.array([-1e-12, 2.]), suppress=True)
add("threshold 10", np.arange(20), threshold=10)
add("threshold 10 edge 2", np.arange(30.).reshape(5, 6), threshold=10, edgeitems=2)
add("edge 1", np.arange(100).reshape(10, 10), threshold=5, edgeitems=1)
add("linewidth 40", rng.random(12), linewidth=40)
add("linewidth 20 ints", np.arange(30), linewidth=20)
add("linewidth 200", rng.random((3, 20)), linewidth=200)
add("linewidth 40 f32", np.arange(12, dtype=f32) / 3, linewidth=40)

# --- floatmode, sign, nanstr / infstr
mixes = [np.array([0.1, 2.25, -3.0]), np.array([1e-5, 0.3, 1234.5]), np.array([np.pi, 1 / 3, 100.0]),
         np.array([0.5, np.nan, -np.inf]), np.array([0.1, 0.3], dtype=f32), np.array([1e-7, 2.0], dtype=f32),
         np.array([0.0, -0.0, 1.0]), np.array(2.5), rng.standard_normal((2, 3)), np.array([123456.789, 0.001])]
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    for k, m in enumerate(mixes):
        add(f"floatmode {mode} {k}", m, floatmode=mode)
    add(f"floatmode {mode} precision 3", np.array([np.pi, 1e-6, 2.0]), floatmode=mode, precision=3)
    add(f"floatmode {mode} precision 12", np.array([0.1, 2.0, 1 / 3]), floatmode=mode, precision=12)
    add(f"floatmode {mode} f32 precision 10", np.array([0.1, 0.7], dtype=f32), floatmode=mode, precision=10)
for sign in ["+", " "]:
    for k, m in enumerate([np.array([1.5, 2.0]), np.array([1.5, -2.0]), np.array([np.nan, 1.0]),
                           np.array([np.inf, 1e-9]), np.array([3, 10, 200]), np.array([-3, 10]),
                           np.array([0, 5]), np.array(4.0), np.array(-7), np.array([True, False])]):
        add(f"sign {sign!r} {k}", m, sign=sign)
add("nanstr infstr", np.array([np.nan, np.inf, -np.inf, 1.5]), nanstr="NaN", infstr="Infinity")
add("nanstr long", np.array([np.nan, 0.25]), nanstr="missing")
add("nanstr unicode wraps", np.array([np.nan] * 12 + [0.5], dtype=f32), nanstr="не число")
add("nanstr sign +", np.array([np.nan, -np.inf, 2.0]), nanstr="N", infstr="I", sign="+")

# --- scalars
for x in [f64(0.5), f64(1.0), f64(100.0), f64(1e16), f64(1e15), f64(1.5e-5), f64(1e-4),
          f64(0.1 + 0.2), f64(-0.0), f64(np.nan), f64(np.inf), f64(-np.inf), f64(123456.789),
          f64(1e300), f64(5e-324), f64(2.5e-9), f64(-3.75), f64(12345678901234567.0)]:
    add_scalar(f"f64 scalar {float(x)!r}", x)
for x in [f32(0.1), f32(1.0), f32(np.pi), f32(1e16), f32(1e-5), f32(3.4e38), f32(np.nan),
          f32(-2.5), f32(16777216.0), f32(1e-4), f32(999999.0), f32(1e6), f32(9999999.0), f32(123456.7)]:
    add_scalar(f"f32 scalar {float(x)!r}", x)
for x in [np.int64(3), np.int64(-42), np.int64(2**63 - 1), np.int64(0)]:
    add_scalar(f"int scalar {int(x)}", x)
add_scalar("true", np.True_)
add_scalar("false", np.False_)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Fixtures", "format_cases.json")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump(dict(numpy=np.__version__, cases=cases), f, indent=0)
print(f"wrote {len(cases)} cases to {out}")
