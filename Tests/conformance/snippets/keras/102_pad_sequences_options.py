from keras.utils import pad_sequences
import numpy as np

seqs = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10], []]
print(pad_sequences(seqs).tolist())
print(pad_sequences(seqs, maxlen=4).tolist())
print(pad_sequences(seqs, maxlen=4, padding="post").tolist())
print(pad_sequences(seqs, maxlen=4, truncating="post").tolist())
print(pad_sequences(seqs, maxlen=3, padding="post", truncating="post", value=-1).tolist())
print(pad_sequences(seqs, maxlen=2, dtype="float32", value=0.5).tolist())
print(pad_sequences([[1.5, 2.5]], maxlen=3, dtype="float32").tolist())
print(pad_sequences(seqs).shape, pad_sequences(seqs, maxlen=6).shape)
