freq = {"the": 5, "a": 3, "net": 7, "loss": 3}
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<5}{n:>3}")
