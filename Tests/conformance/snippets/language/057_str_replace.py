s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print("aaaa".replace("a", "b", 2))
print(s.replace("dog", "x"))
