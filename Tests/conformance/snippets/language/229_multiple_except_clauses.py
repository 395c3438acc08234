def convert(v):
    try:
        return int(v)
    except (TypeError, ValueError) as e:
        return f"bad: {type(e).__name__}"
print(convert("7"), convert("x"), convert(None), convert([1]))
