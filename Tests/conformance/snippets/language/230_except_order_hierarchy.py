for exc in [ZeroDivisionError("z"), ValueError("v"), KeyError("k"), Exception("e")]:
    try:
        raise exc
    except ArithmeticError:
        print("arithmetic", exc)
    except LookupError:
        print("lookup", exc)
    except Exception:
        print("generic", exc)
