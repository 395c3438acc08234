# random with ints past 64 bits: the same numbers as CPython for the same seed.
import random
random.seed(7)
print([random.randint(0, 2**100) for _ in range(3)])
print(random.randint(-2**63, 9), random.randint(-2**64, -2**64 + 5), random.randint(2**70, 2**70))
print(random.randrange(2**80), random.randrange(-2**90, 2**90, 3), random.randrange(2**70, 0, -2**65))
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(200), random.getrandbits(0), random.getrandbits(1))
print(random.randint(0, 2**64), random.randint(0, 2**64 - 1), random.randint(0, 2**63), random.randint(0, 2**63 - 1))
random.seed(2**100 + 12345)
print(random.random(), random.randint(1, 6))
random.seed(-2**70)
print(random.random())
random.seed(3)
print(random.randrange(10), random.randrange(2, 20, 3), random.randrange(20, 2, -3), random.randint(5, 5), random.randrange(10.0))
print(random.choices(range(10), k=5), random.choices('ab', [1, 3], k=4), random.choices('xyz', k=0), random.choices('xyz', k=-3))
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(2**70, 2**70),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2), lambda: random.randrange(1.5),
            lambda: random.randrange(1, 2.5), lambda: random.getrandbits(-1), lambda: random.randrange(3, None, 2),
            lambda: random.randint(1), lambda: random.randint('1', 2), lambda: random.getrandbits(2**40),
            lambda: random.choices([], k=3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(11)
print(random.sample(range(10**18), 3), random.sample(range(5, 50, 5), 4), random.sample(range(100), 8), random.sample('abcdefg', 3))
print(random.sample(range(2**62), 2), sorted(random.sample(range(30), 30)) == list(range(30)))
