import random
def loader(data, batch_size, shuffle=True, seed=0):
    idx = list(range(len(data)))
    if shuffle:
        random.seed(seed)
        random.shuffle(idx)
    for start in range(0, len(idx), batch_size):
        yield [data[i] for i in idx[start:start + batch_size]]
for batch in loader(list("abcdefg"), 3):
    print(batch)
