# Sizes the user controls are checked before allocating: MemoryError, OverflowError or
# ValueError with Python's wording, and the session goes on.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:60])
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, repr(e))


attempt("format width", lambda: "{:>1000000000000}".format("x"))
attempt("f-string width", lambda: f"{1:>10000000000000}")
attempt("format int width", lambda: "{:1000000000000}".format(5))
attempt("format float width", lambda: format(1.5, "1000000000000"))
attempt("width digits", lambda: "{:>99999999999999999999}".format("x"))
attempt("precision digits", lambda: "{:.99999999999999999999}".format(1.0))
attempt("precision too big", lambda: format(1.5, ".1000000000000f"))
attempt("percent width", lambda: "%1000000000000d" % 1)
attempt("percent precision", lambda: "%.1000000000000f" % 1.0)
attempt("small width", lambda: "{:>12}|{:^9}|{:<5}".format("x", "mid", 3))
attempt("list of huge range", lambda: list(range(10**18)))
attempt("tuple of huge range", lambda: tuple(range(10**18)))
attempt("len of huge range", lambda: len(range(-2**62, 2**62)))
attempt("huge range indexing", lambda: range(10**18)[5])
attempt("huge range contains", lambda: 10**17 in range(10**18))
attempt("str repeat", lambda: "ab" * (10**18))
attempt("str repeat overflow", lambda: "abcdef" * (2**61))
attempt("list repeat", lambda: [1, 2] * (10**18))
attempt("list repeat 2", lambda: [0] * (10**12))
attempt("tuple repeat", lambda: (1,) * (10**18))
attempt("negative repeat", lambda: "x" * -1)
attempt("ljust", lambda: "x".ljust(10**15))
attempt("rjust", lambda: "x".rjust(10**15, "*"))
attempt("center", lambda: "x".center(10**15))
attempt("zfill", lambda: "7".zfill(10**15))
attempt("small zfill", lambda: "-7".zfill(5))
MAX = 9223372036854775807
MIN = -MAX - 1
attempt("range near max", lambda: list(range(MAX - 2, MAX)))
attempt("range near min", lambda: list(range(MIN + 2, MIN, -1)))
total = 0
for i in range(MAX - 3, MAX):
    total = max(total, i - 2**62)
print("loop near max", total)
print("comprehension near max", [i - 2**62 for i in range(MAX - 2, MAX)])
