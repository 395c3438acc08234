# Integer arithmetic loops: sieve, gcd, digit sums, collatz with a dict memo.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

memo = {1: 1}
def collatz(n):
    steps = 0
    m = n
    while m not in memo:
        m = m // 2 if m % 2 == 0 else 3 * m + 1
        steps += 1
    memo[n] = steps + memo[m]
    return memo[n]

primes = sieve(200000)
g = sum(gcd(i, 360360) for i in range(1, 40000))
digits = sum(sum(int(c) for c in str(i)) for i in range(20000))
longest = max(range(1, 60000), key=collatz)
print(len(primes), primes[-1], g, digits, longest)
