s = "abc"
t = s
s += "d"
print(s, t)
for ch in "hey":
    print(ch, ord(ch))
print(list("abc"), tuple("xy"))
