# int <-> float <-> str at any size, with CPython's rounding, overflow and digit-limit errors.
print(float(2 ** 64), float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 70 + 2 ** 17 + 1)), float(10 ** 308))
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1), int(1e30), int(-1.5e20), int(2.0 ** 100), int(1e300) == 10 ** 300, int(123456789012345678901.0))
for f in [lambda: float(2 ** 1024), lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 / 10 ** 5,
          lambda: int(float("inf")), lambda: int(float("nan")), lambda: 2 ** 2000 + 0.5]:
    try:
        print(f())
    except (OverflowError, ValueError) as err:
        print(type(err).__name__, err)
print(int("123456789012345678901234567890"), int("-0x1" + "f" * 20, 16), int("z" * 15, 36), int("0b" + "1" * 70, 0))
print(int("1_000_000_000_000_000_000_000"), int("  -99999999999999999999  "), int("0o777777777777777777777777", 8))
print(str(2 ** 100), repr(-2 ** 100), hex(2 ** 64), oct(-2 ** 70), bin(2 ** 65 + 1), hex(-(2 ** 64 - 1)))
print(f"{2 ** 100:,}", f"{2 ** 70:_}", f"{2 ** 80:x}", f"{-2 ** 80:#X}", f"{2 ** 68:_b}", f"{2 ** 65:>30}", f"{-2 ** 65:=+30}")
print(f"{2 ** 100:e}", f"{2 ** 100:.3g}", f"{10 ** 25:f}", f"{2 ** 64:%}", f"{2 ** 64:030,}", format(2 ** 64, "d"), "%d" % 2 ** 64)
print("{:,}".format(10 ** 24), "{0:o}".format(2 ** 64), str(10 ** 4299)[:5], len(str(10 ** 4299)), len(str(-10 ** 4299)))
for bad in ["12a", "", "1__0", "_1", "0x", "9" * 30 + "x"]:
    try:
        int(bad)
    except ValueError as err:
        print("ValueError", err)
try:
    str(10 ** 5000)
except ValueError as err:
    print("ValueError", err)
try:
    int("1" * 5000)
except ValueError as err:
    print("ValueError", err)
print(len(hex(10 ** 5000)), 12345678901234567890123 == int(str(12345678901234567890123)))
print(round(2 ** 70), round(2 ** 70 + 12345, -4), round(15 * 10 ** 20, -21), round(25 * 10 ** 20, -21), round(1e20), round(-2.5e19))
import math
print(math.floor(1e20), math.ceil(-1.5e25), math.trunc(2.0 ** 80), math.floor(2 ** 80), type(math.floor(1e20)))
print(float(2 ** 63), float(2 ** 63 - 1), float(-2 ** 63), 2 ** 63 - 1 == float(2 ** 63 - 1), 2.0 ** 63 == 2 ** 63)
