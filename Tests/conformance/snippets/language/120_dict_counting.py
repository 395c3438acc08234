votes = ["a", "b", "a", "c", "b", "a"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally)
winner = max(tally, key=tally.get)
print(winner, tally[winner])
