s = "hello"
up = getattr(s, "upper")
print(up(), getattr([3, 1, 2], "count")(1))
for name in ["upper", "title", "nothing"]:
    print(name, hasattr(s, name))
