def risky():
    raise RuntimeError("original")
try:
    try:
        risky()
    except RuntimeError as e:
        print("logging:", e)
        raise
except RuntimeError as e:
    print("outer caught:", e)
