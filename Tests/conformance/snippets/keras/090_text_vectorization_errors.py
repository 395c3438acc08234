import numpy as np
import keras
from keras import layers


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split("\n")[0][:160])


attempt(lambda: layers.TextVectorization(standardize="upper"))
attempt(lambda: layers.TextVectorization(split="comma"))
attempt(lambda: layers.TextVectorization(output_mode="words"))
attempt(lambda: layers.TextVectorization(output_mode="count", output_sequence_length=3))
attempt(lambda: layers.TextVectorization(output_mode="int", idf_weights=[1.0]))
attempt(lambda: layers.TextVectorization(output_mode="tf_idf", vocabulary=["a"]))
attempt(lambda: layers.TextVectorization(vocabulary=["a", "b", "a"]))
attempt(lambda: layers.TextVectorization(vocabulary=["a", "b", "c"], max_tokens=4))
attempt(lambda: layers.TextVectorization(vocabulary=[]))
attempt(lambda: layers.TextVectorization(vocabulary="/nonexistent/vocab.txt"))
attempt(lambda: layers.TextVectorization(ngrams="two"))
fixed = layers.TextVectorization(vocabulary=["a", "b"])
attempt(lambda: fixed.adapt(["a b c"]))
attempt(lambda: layers.TextVectorization(output_mode="multi_hot")(["a b"]))
attempt(lambda: fixed(np.array([["a b", "c"]])))
print(fixed.get_vocabulary(include_special_tokens=False))
with open("vocab.txt", "w") as f:
    f.write("sun\nmoon\nstar\n")
from_file = layers.TextVectorization(vocabulary="vocab.txt")
print(from_file.get_vocabulary(), np.asarray(from_file(["star sun comet"])).tolist())
