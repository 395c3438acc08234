try:
    int("abc")
except ValueError as e:
    print(type(e).__name__, "|", e)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, "|", e)
