import random
random.seed(7)
colors = ["red", "green", "blue", "yellow"]
print(random.choice(colors), random.choice(colors))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
