print("a\tb".expandtabs(4))
print("Hello".casefold())
print("%".join(["1", "2"]))
print("x".isidentifier(), "2x".isidentifier(), "模型".isidentifier())
