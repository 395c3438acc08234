import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.sqrt(n)) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(math.gcd(1071, 462), 1071 * 462 // math.gcd(1071, 462))
