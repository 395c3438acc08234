words = ["apple", "bob", "kiwi"]
lengths = {w: len(w) for w in words}
print(lengths)
inv = {v: k for k, v in lengths.items()}
print(inv)
print({i: i ** 2 for i in range(5) if i % 2 == 0})
