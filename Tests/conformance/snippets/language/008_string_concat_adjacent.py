s = "hello " "world"
print(s)
t = ("multi"
     "line"
     "join")
print(t)
print("ab" * 3, 3 * "-")
