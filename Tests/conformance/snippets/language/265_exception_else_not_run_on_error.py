for v in ["3", "q"]:
    try:
        n = int(v)
    except ValueError:
        print(v, "not a number")
    else:
        print(v, "squared is", n * n)
