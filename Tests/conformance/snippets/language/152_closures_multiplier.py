def multiplier(k):
    def mul(x):
        return x * k
    return mul
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5), double(triple(2)))
