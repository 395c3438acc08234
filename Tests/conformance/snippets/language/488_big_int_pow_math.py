# pow with a modulus (and the modular inverse), and the math functions whose results pass 64 bits.
import math
print(pow(2, 100, 10 ** 9 + 7), pow(3, 2 ** 70, 1000), pow(2 ** 80, 3, 2 ** 61 - 1), pow(-7, 3, 10), pow(7, 3, -10), pow(5, 0, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(10 ** 20 + 1, -1, 10 ** 9 + 7), pow(2, 10), pow(2, 70), pow(2, -1))
for f in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5)]:
    try:
        print(f())
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
print(math.factorial(25), math.factorial(20), math.factorial(30) // math.factorial(28), math.factorial(0))
print(math.comb(100, 50), math.comb(60, 30), math.comb(10, 3), math.comb(5, 7), math.comb(10 ** 20, 2))
print(math.perm(30, 20), math.perm(5, 2), math.perm(25), math.perm(3, 5), math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 20, 15))
print(math.lcm(2 ** 40, 3 ** 30), math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(99))
print(round(math.log(2 ** 2000), 6), round(math.log(10 ** 400, 10), 6), round(math.log(2 ** 64), 9), math.log2(2 ** 64), math.sqrt(2 ** 64))
print(math.prod(range(1, 30)), math.prod([2 ** 40, 2 ** 40]), math.fsum([2 ** 64, 1.0]))
# A probability lesson: exact counts, then probabilities as floats.
heads = math.comb(100, 50)
total = 2 ** 100
print(heads, total, heads / total, round(heads / total, 6), f"{heads / total:.4%}")
print(math.factorial(25) / math.factorial(23), 52 * 51 * 50 * 49 * 48 // math.factorial(5), math.comb(52, 5))
birthday = 1.0
for k in range(23):
    birthday *= (365 - k) / 365
print(round(1 - birthday, 6), math.perm(365, 23) / 365 ** 23, 365 ** 23)
for f in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-1)]:
    try:
        print(f())
    except ValueError as err:
        print("ValueError", err)
