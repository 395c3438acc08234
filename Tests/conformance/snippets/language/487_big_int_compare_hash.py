# Comparisons of big ints with ints and floats are exact; hashes follow CPython's modular hash,
# so equal numbers share dict keys across int and float.
import sys
big = 2 ** 64
print(big > 2 ** 63, big == 2 ** 64, big != 2 ** 64 + 1, -big < 0, big > 1.5e19, big < 1.9e19, big == 2.0 ** 64, big == float("inf"))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 9007199254740993 < 9007199254740992.0, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63)
print(big < float("inf"), -big > float("-inf"), big == float("nan"), big != float("nan"), big < float("nan"), 10 ** 400 > 1e308)
print(max(2 ** 70, 3.5, 2 ** 69), min([10 ** 20, -10 ** 20, 0]), sorted([2 ** 65, 1, -2 ** 65, 2.5, 2 ** 64]))
print(hash(2 ** 64), hash(-2 ** 64), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(2 ** 100), hash(-2 ** 100))
print(hash(0.5), hash(1.5), hash(-0.25), hash(1e300), hash(2.0 ** 64), hash(float("inf")), hash(float("-inf")), hash(3.0), hash(-1.0))
print(hash(2 ** 63), hash(-2 ** 63), hash(sys.maxsize), hash(1e20) == hash(10 ** 20), hash(0.1), hash(123.456))
d = {2 ** 64: "a", 2.0 ** 65: "b", 10 ** 30: "c"}
print(d[2.0 ** 64], d[2 ** 65], d[10 ** 30], 10 ** 30 + 1 in d, len({2 ** 64, 2.0 ** 64, 2 ** 64 + 0}), {2 ** 70} == {2.0 ** 70})
s = {i * 2 ** 64 for i in range(5)}
print(sorted(s)[-1], 3 * 2 ** 64 in s, 3 * 2 ** 64 + 1 in s, [10 ** 20].index(10 ** 20), (10 ** 20, 1) == (10 ** 20, 1))
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, type(sys.maxsize), sys.maxsize == 2 ** 63 - 1)
print(2 ** 64 in [2 ** 64], [2 ** 64].count(2.0 ** 64))
