# str.split() on whitespace and the fixed/exponent number formats, which now go through the C
# library's printf: edge cases compared with CPython.
samples = ["  a b  c  ", "a\u00a0b\u2003c\x1cd\x1fe", "\tone\ntwo\rthree\x0bfour\x0cfive", "", "   ", "é  ü ñ", "x"]
for s in samples:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=0), s.split(maxsplit=2))
print("a,b,,c".split(","), "a--b--c".split("--", 1), "abc".split("x"))

values = [0.0, -0.0, 0.5, 1.005, 2.675, 123456.789, -1e-7, 1e22, 1e300, -1e300, float("inf"), float("-inf"), float("nan"), 3.0]
for v in values:
    print(f"{v:.2f}|{v:.0f}|{v:10.3f}|{v:e}|{v:.3E}|{v:g}|{v:.12g}|{v:+.1f}|{v:,.2f}")
for v in values[:10]:
    print("%.2f %.0f %8.3f %e %.3E %g" % (v, v, v, v, v, v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(123.456, -1), round(-0.5), round(1e300, 2))
print(f"{1/3:.300f}"[:20], len(f"{1e300:.300f}"), f"{2**0.5:.50f}")
print("{:.2f} {:>10.4f} {:<8.1e}|".format(3.14159, 2.71828, 12345.678))
