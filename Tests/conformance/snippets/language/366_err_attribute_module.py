import math
print(math.tau > 6)
print(math.sqroot(4))
