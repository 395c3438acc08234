import numpy as np
import keras
from keras import layers

texts = ["The cat sat on the mat.", "The dog ate my homework!", "A cat, a dog; the END?"]
vectorizer = layers.TextVectorization(max_tokens=12, output_sequence_length=6)
vectorizer.adapt(texts)
print(vectorizer.get_vocabulary())
print(vectorizer.vocabulary_size(), len(vectorizer.get_vocabulary(include_special_tokens=False)))
out = vectorizer(["the cat ate the mat", "an unknown word", ""])
print(np.asarray(out).tolist(), np.asarray(out).shape)
print(np.asarray(vectorizer([["the dog"], ["a cat"]])).tolist())
print(np.asarray(vectorizer("the end of the dog")).tolist())
print(vectorizer.compute_output_shape((None,)))
print(vectorizer.get_config())
print(vectorizer.name.startswith("text_vectorization"))

free = layers.TextVectorization()
free.adapt(np.array(["b a c a", "c c"]))
print(free.get_vocabulary())
print(np.asarray(free(["a b c d", "c"])).tolist())
given = layers.TextVectorization(vocabulary=["earth", "wind", "and", "fire"], output_sequence_length=4)
print(given.get_vocabulary())
print(np.asarray(given([["earth and fire"], ["water and wind"]])).tolist())
same = layers.TextVectorization(vocabulary=["", "[UNK]", "earth", "wind"])
print(same.get_vocabulary(), same.vocabulary_size())
same.set_vocabulary(["x", "y", "z"])
print(same.get_vocabulary(), np.asarray(same(["z y x w"])).tolist())
