import math
print(math.exp(0), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log(1))
print(math.log1p(1e-10))
