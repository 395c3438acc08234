for s in ["12", "1.5", "x", ""]:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    [1, 2].index(9)
except ValueError as e:
    print(e)
