# Exact counting with big ints: binomials, factorials, a probability table, modular powers.
import math
total = 0
for n in range(50, 450, 5):
    for k in range(0, n, 7):
        total += math.comb(n, k)
fact = 1
for i in range(1, 1500):
    fact *= i
fib_a, fib_b = 0, 1
for _ in range(8000):
    fib_a, fib_b = fib_b, fib_a + fib_b
probs = [math.comb(100, k) / 2 ** 100 for k in range(101)]
mods = sum(pow(3, e, 10 ** 9 + 7) for e in range(1, 80000))
print(total % 10 ** 12, len(str(fact)), fib_a % 10 ** 10, round(sum(probs), 12), round(max(probs), 9), mods)
