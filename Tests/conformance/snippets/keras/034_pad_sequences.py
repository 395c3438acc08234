from keras.preprocessing.sequence import pad_sequences
from keras.utils import pad_sequences as ps

seqs = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10]]
print(pad_sequences(seqs).tolist())
print(pad_sequences(seqs, maxlen=4).tolist())
print(pad_sequences(seqs, maxlen=4, padding="post", truncating="post").tolist())
print(ps(seqs, maxlen=2, value=-1).tolist())
print(pad_sequences(seqs, maxlen=6, value=9).shape)
