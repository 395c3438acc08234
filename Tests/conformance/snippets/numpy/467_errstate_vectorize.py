import numpy as np
print(np.geterr())
old = np.seterr(divide="ignore")
print(old, np.geterr()["divide"])
np.seterr(**old)
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.geterr())
    r = np.array([1.0, 0.0]) / np.array([0.0, 0.0])
print(r, np.geterr())
print(np.seterr(all="ignore"))
np.seterr(all="warn")
np.seterr(under="ignore")
print(np.geterr())
try:
    np.seterr(divide="bogus")
except ValueError as e:
    print("ValueError:", e)
def clip_score(x, limit):
    return x if x < limit else limit
vclip = np.vectorize(clip_score)
print(vclip([1, 5, 9, 3], 4))
print(vclip(np.array([[1.5, 7.0], [2.0, 9.5]]), 3))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
print(np.vectorize(noisy)([1, 2, 3]), len(calls))
print(np.vectorize(lambda x: x / 2)(np.arange(4)))
print(np.vectorize(lambda x: x > 1, otypes=[bool])([0, 1, 2, 3]))
@np.vectorize
def grade(score):
    return 1 if score >= 60 else 0
print(grade([55, 60, 90]), type(grade).__name__)
print(repr(np.vectorize(abs)(-3)))
arr = np.array([1, 2, 3])
try:
    arr(0)
except TypeError as e:
    print("TypeError:", e)
