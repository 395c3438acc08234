def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=5))
def tag(text, open="<", close=">"):
    return open + text + close
print(tag("b"), tag("b", close="/>"))
