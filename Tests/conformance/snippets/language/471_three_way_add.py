# a + b + c joins three strs at once; everything else adds as (a + b) + c, in Python order.
def t(a, b, c):
    try:
        return a + b + c
    except TypeError as e:
        return "TypeError: " + str(e)
print(t("a", "b", "c"), t("ab", "cd", 1), t(1, 2, 3), t(1, "x", "y"), t(1.5, 2, 3), t([1], [2], [3]), t("a", "b", "c" * 20))
print(t(2**40, 2**40 - 1, 2**40 - 1), t(True, True, 1), t("x", 2, "y"))
class S(str):
    def __add__(self, o):
        return "S+" + str(o)
print(t(S("a"), "b", "c"), t("a", S("b"), "c"))
order = []
def v(x):
    order.append(x)
    return x
try:
    v(1) + v("a") + v(3)
except TypeError:
    print(order)
