name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{age + 1} next year, {name.upper()!s}")
print(f"{{braces}} and {name!r}")
x = 3
print(f"{x=}")
