try:
    raise ValueError("x")
except ValueError as err:
    msg = str(err)
print(msg)
print("err" in dir())
