# Text processing: split, strip, lower, capitalize, counting in a dict, sorted with a key, join.
import string
base = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age
of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair."""
text = "\n".join(base for _ in range(600))
counts = {}
for line in text.splitlines():
    for word in line.split():
        w = word.strip(string.punctuation).lower()
        if w:
            counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
title = " ".join(w.capitalize() for w, _ in top)
lengths = [len(w) for w in counts]
acronym = "".join(w[0].upper() for w in text.split()[:50])
print(top, title, sum(lengths), acronym, text.count("times"), text.replace("it was", "IT WAS").count("IT WAS"))
