# Runs under Cellgrad (KERAS_HOME pointing at the fixtures) and under real Keras (its get_file
# pointed at the same files by make_fixtures.py); both outputs must agree.
import numpy as np
from keras.datasets import imdb

(x_train, y_train), (x_test, y_test) = imdb.load_data()
print(len(x_train), len(x_test), [len(s) for s in x_train], y_train.tolist(), y_test.tolist())
print(list(x_train[0]), list(x_test[-1]))
for kwargs in [dict(num_words=10), dict(skip_top=4, num_words=12), dict(maxlen=6), dict(index_from=0, start_char=None),
               dict(num_words=8, oov_char=None), dict(seed=7), dict(start_char=5, oov_char=9, index_from=1, num_words=11)]:
    (a, b), (c, d) = imdb.load_data(**kwargs)
    print(sorted(kwargs.items()), [list(s) for s in a], b.tolist(), [list(s) for s in c][:2], d.tolist())
try:
    imdb.load_data(maxlen=2)
except ValueError as e:
    print("ValueError:", e)
index = imdb.get_word_index()
print(len(index), sorted(index.items())[:5], index["film"])
reverse = {i: w for w, i in index.items()}
print(" ".join(reverse.get(i - 3, "?") for i in x_train[0]))

