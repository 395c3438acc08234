# Ints are unbounded: 64-bit overflow of every operator promotes to a big int, and results that
# fit 64 bits again are ordinary ints.
big = 2 ** 64
print(big, 2 ** 100, -2 ** 63 - 1, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(10 ** 18 * 10, 3 ** 80, (-3) ** 81, 7 ** 0, 2 ** -2, (2 ** 70) ** 2)
print(1 << 64, 1 << 200, -5 << 70, (1 << 100) >> 99, (-(1 << 100)) >> 98, (1 << 70) >> 200, (-(1 << 70)) >> 200)
print(big - 1, big - big, big + (-big), type(big - big), (big - 1) - 2 ** 63, type(big // big))
print(-(-9223372036854775807 - 1), abs(-9223372036854775807 - 1), abs(-big), -big, +big, ~big, ~-big)
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3, divmod(big, 7), divmod(-big, 7), divmod(big, -big))
print((-9223372036854775807 - 1) // -1, (-9223372036854775807 - 1) % -1, 2 ** 65 // 2 ** 64, 2 ** 65 % (2 ** 64 + 1))
print(big & (big - 1), big | 1, big ^ (big + 5), -big & 0xFF, -big | 3, (2 ** 100 - 1) & -(2 ** 80), -big ^ big)
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(10 ** 10, 10 ** 10 + 5)) * 10 ** 9, sum([big, 1.5]))
print(big * 1.5, big / 2, big / 3, 2 ** 100 / 2 ** 50, 10 ** 30 / 7, big + 0.5, 1 / big, big // 2.5, big % 2.5)
print((2 ** 60 + 1) / 3, (2 ** 62 + 1) / (2 ** 53 + 1), -(2 ** 80) / 3, 2 ** 1000 // 2 ** 999)
print(big.bit_length(), (-big).bit_length(), (2 ** 1000 - 1).bit_length(), (10 ** 30).bit_count(), (255).bit_length())
x = 1
for i in range(1, 40):
    x *= i
print(x, x // 10 ** 40, x % 1000007)
acc = 0
for i in range(100):
    acc += i ** 11
print(acc, acc > 2 ** 63, isinstance(acc, int), type(acc).__name__)
n = 2 ** 64
n -= 2 ** 63
n += -(2 ** 63)
print(n, type(n), n == 0, bool(2 ** 64), not 2 ** 64)
for e in [lambda: big // 0, lambda: big % 0, lambda: divmod(big, 0), lambda: big / 0, lambda: 1 << -1, lambda: big >> -1]:
    try:
        e()
    except (ZeroDivisionError, ValueError) as err:
        print(type(err).__name__, err)
