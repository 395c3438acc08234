import numpy as np
import keras
from keras import layers

docs = ["a b b c", "a c", "d", "b b b"]
tfidf = layers.TextVectorization(output_mode="tf_idf")
tfidf.adapt(docs)
print(tfidf.get_vocabulary())
print(np.round(np.asarray(tfidf(["a b z", "c c"])), 5).tolist(), np.asarray(tfidf(["a"])).dtype)

padded = layers.TextVectorization(output_mode="tf_idf", max_tokens=7, pad_to_max_tokens=True)
padded.adapt(docs)
print(np.round(np.asarray(padded(["a b c d e"])), 5).tolist())

given = layers.TextVectorization(output_mode="tf_idf", vocabulary=["x", "y"], idf_weights=[0.5, 2.0])
print(given.get_vocabulary(), np.asarray(given(["x y y z"])).tolist())

count = layers.TextVectorization(output_mode="count", max_tokens=4)
count.adapt(docs)
print(count.get_vocabulary(), np.asarray(count(["b b a d", "c"])).tolist(), count.compute_output_shape((None,)))

multi = layers.TextVectorization(output_mode="binary", pad_to_max_tokens=True, max_tokens=6)
multi.adapt(docs)
print(multi.get_vocabulary(), np.asarray(multi(["b b a d", "c"])).tolist())
print(np.asarray(multi("a c")).tolist())

grams = layers.TextVectorization(ngrams=2, output_mode="count")
grams.adapt(["a b c a b", "b c"])
print(grams.get_vocabulary(), np.asarray(grams(["a b c"])).tolist())
tri = layers.TextVectorization(ngrams=(1, 3))
tri.adapt(["a b c d"])
print(tri.get_vocabulary())

one = layers.TextVectorization(output_mode="one_hot", split=None)
one.adapt(["red", "green", "red", "blue"])
print(one.get_vocabulary(), np.asarray(one(["red", "blue", "pink"])).tolist())

lower = layers.TextVectorization(standardize="lower", max_tokens=5)
lower.adapt(["Hello, World!", "hello world"])
print(lower.get_vocabulary())
strip = layers.TextVectorization(standardize="strip_punctuation")
strip.adapt(["Hello, World!", "hello world"])
print(strip.get_vocabulary())
chars = layers.TextVectorization(split="character", standardize=None)
chars.adapt(["ab ba"])
print(chars.get_vocabulary(), np.asarray(chars(["abc"])).tolist())
