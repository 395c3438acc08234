def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Ben"))
print(describe("Cy", city="Oslo", age=40))
