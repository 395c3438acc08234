#!/usr/bin/env python3
"""Generate Fixtures/linalg_cases.json: np.linalg results for LinalgTests.swift.

Run with the project's venv:  .venv/bin/python Tests/TensorTests/generate_linalg_cases.py

Each case names a function, its matrix/vector inputs (row-major, float64 unless dtype says
float32) and either NumPy's results or the error NumPy raised (class and message).
Eigenvectors and singular vectors are compared up to sign on the Swift side.
"""
import json
import os
import numpy as np

rng = np.random.default_rng(4)
cases = []


def num(x):
    x = float(x)
    return x if np.isfinite(x) else str(x)   # 'nan', 'inf', '-inf': JSON has no such numbers


def mat(a):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 1:
        return dict(rows=a.shape[0], cols=1, data=[num(x) for x in a], vector=True)
    return dict(rows=a.shape[0], cols=a.shape[1], data=[num(x) for x in a.ravel()], vector=False)


def add(fn, a, b=None, dtype="float64", **kw):
    a = np.asarray(a, dtype=dtype)
    args = [a] if b is None else [a, np.asarray(b, dtype=dtype)]
    case = dict(fn=fn, dtype=dtype, a=mat(a), kw={k: v for k, v in kw.items()})
    if b is not None:
        case["b"] = mat(b)
    call_kw = dict(kw)
    for key in ("ord", "p"):   # JSON has no infinity: 'inf' / '-inf' stand for np.inf / -np.inf
        if isinstance(call_kw.get(key), str) and call_kw[key] in ("inf", "-inf"):
            call_kw[key] = float(call_kw[key])
    try:
        out = getattr(np.linalg, fn)(*args, **call_kw)
        if fn == "eig" and np.iscomplexobj(out[0]):
            raise NotImplementedError("complex eigenvalues")
        if fn in ("eigh", "eig"):
            case["expect"] = dict(values=out[0].tolist(), vectors=mat(out[1]))
        elif fn == "svd" and kw.get("compute_uv", True):
            case["expect"] = dict(u=mat(out[0]), s=out[1].tolist(), vt=mat(out[2]))
        elif fn == "qr":
            if kw.get("mode") == "r":
                case["expect"] = dict(r=mat(out))
            else:
                case["expect"] = dict(q=mat(out[0]), r=mat(out[1]))
        elif fn == "lstsq":
            x, res, rank, s = out
            case["expect"] = dict(x=mat(x), residuals=np.atleast_1d(res).tolist(), rank=int(rank), s=s.tolist())
        elif np.ndim(out) == 0:
            case["expect"] = dict(scalar=num(out))
        else:
            case["expect"] = dict(result=mat(out))
    except Exception as e:  # noqa: BLE001 - we record what NumPy raised
        case["error"] = dict(type=type(e).__name__, message=str(e))
    cases.append(case)


def spd(n):
    m = rng.standard_normal((n, n))
    return m @ m.T + n * np.eye(n)


def sym(n):
    m = rng.standard_normal((n, n))
    return (m + m.T) / 2


for n in range(1, 7):
    add("inv", rng.standard_normal((n, n)))
    add("det", rng.standard_normal((n, n)))
    add("solve", rng.standard_normal((n, n)), rng.standard_normal(n))
    add("solve", rng.standard_normal((n, n)), rng.standard_normal((n, 2)))
    add("eigh", sym(n))
    add("cholesky", spd(n))
    add("eig", np.triu(rng.standard_normal((n, n))) + np.diag(np.arange(n) * 2.0))
add("inv", [[4., 7.], [2., 6.]])
add("inv", [[1., 2.], [2., 4.]])
add("inv", np.zeros((3, 3)))
add("inv", np.ones((2, 3)))
add("solve", [[1., 2.], [2., 4.]], [1., 2.])
add("solve", np.eye(3), np.ones(4))
add("solve", np.eye(3), np.ones((4, 2)))
add("det", [[1., 2.], [2., 4.]])
add("det", [[0., 1.], [1., 0.]])
add("det", [[0., 1., 0.], [0., 0., 1.], [1., 0., 0.]])
add("det", np.eye(4) * 2)
add("det", [[-2.]])
add("eigh", [[2., 1.], [1., 2.]])
add("eigh", np.diag([3., 1., 2.]))
add("eigh", [[1., 5.], [0., 2.]])            # only the lower triangle is read
add("eigh", [[1., 5.], [0., 2.]], UPLO="U")
add("eigh", np.triu(rng.standard_normal((4, 4))), UPLO="U")
add("eig", [[2., 1.], [1., 3.]])
add("eig", [[0., -1.], [1., 0.]])
add("eig", [[1., 2.], [3., 4.]])
add("eig", [[np.nan, 1.], [1., 2.]])
add("cholesky", [[4., 2.], [2., 3.]])
add("cholesky", -np.eye(2))
add("cholesky", [[1., 2.], [2., 1.]])
for shape in [(3, 3), (4, 2), (2, 4), (5, 3), (1, 4), (4, 1)]:
    m = rng.standard_normal(shape)
    add("svd", m)
    add("svd", m, full_matrices=False)
    add("svd", m, compute_uv=False)
    add("pinv", m)
    add("matrix_rank", m)
    add("qr", m)
    add("qr", m, mode="complete")
    add("qr", m, mode="r")
    add("lstsq", m, rng.standard_normal(shape[0]))
    add("lstsq", m, rng.standard_normal((shape[0], 2)))
add("svd", [[np.nan, 1.], [1., 2.]])   # (inf gives NumPy garbage; we raise for both)
add("matrix_rank", [[1., 2.], [2., 4.]])
add("matrix_rank", np.zeros((3, 3)))
add("matrix_rank", np.outer([1., 2., 3.], [1., 1.]))
add("pinv", [[1., 2.], [2., 4.]])
add("lstsq", [[1., 1.], [1., 2.], [1., 3.]], [1., 2., 2.])
add("lstsq", [[1., 2.], [2., 4.], [3., 6.]], [1., 2., 3.])
add("lstsq", np.eye(2), np.ones(3))
v = rng.standard_normal(7)
for o in [None, 2, 1, "inf", "-inf", 0, 3, 0.5, -1, -2]:
    add("norm", v, ord=o)
add("norm", [0., 3., 0., -4.], ord=0)
add("norm", [3., 4.], ord="fro")
m = rng.standard_normal((3, 4))
for o in [None, "fro", "nuc", 1, -1, 2, -2, "inf", "-inf", 3]:
    add("norm", m, ord=o)

m = rng.standard_normal((3, 3))
for k in [0, 1, 2, 3, 4, 5, 7, -1, -3]:
    add("matrix_power", m, n=k)
add("matrix_power", [[1., 2.], [2., 4.]], n=-1)
for o in [None, 2, -2, 1, -1, "inf", "-inf", "fro", "nuc"]:
    add("cond", m, p=o)
add("cond", [[1., 2.], [2., 4.]], p=1)
add("cond", rng.standard_normal((2, 4)))

# float32 inputs: LAPACK's s-routines
for n in (2, 3, 4):
    add("inv", rng.standard_normal((n, n)), dtype="float32")
    add("det", rng.standard_normal((n, n)), dtype="float32")
    add("eigh", sym(n), dtype="float32")
    add("solve", rng.standard_normal((n, n)), rng.standard_normal(n), dtype="float32")
add("svd", rng.standard_normal((3, 2)), dtype="float32")
add("norm", rng.standard_normal(5), dtype="float32")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Fixtures", "linalg_cases.json")
with open(out, "w") as f:
    json.dump(dict(numpy=np.__version__, cases=cases), f)
print(f"wrote {len(cases)} cases to {out}")
