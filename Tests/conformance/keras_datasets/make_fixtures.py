"""Writes small Keras dataset files in their real formats, and what real Keras reads from them.

    KERAS_BACKEND=jax /work/venv-keras/bin/python Tests/conformance/keras_datasets/make_fixtures.py

- datasets/imdb.npz: as Keras's file: `x_train`/`x_test` object arrays of lists of word
  indices (NumPy stores them pickled), `y_train`/`y_test` int64 labels; datasets/imdb_word_index.json.
- datasets/cifar-10-batches-py-target/cifar-10-batches-py/{data_batch_1..5,test_batch}: as the
  CIFAR-10 "python version": pickled (protocol 2) dicts with bytes keys b'batch_label',
  b'labels', b'data' (uint8, N x 3072, channels first) and b'filenames'.
- expected_imdb.txt, expected_cifar10.txt: check_imdb.py and check_cifar10.py run by real Keras with its downloader pointed at these files.
  Keras's cifar10.load_data fixes 10,000 images per batch, so for CIFAR-10 this uses Keras's own
  batch reader (keras.src.datasets.cifar.load_batch) and repeats load_data's assembly steps.
"""
import io
import json
import os
import pickle
import runpy
import sys
from contextlib import redirect_stdout
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "datasets"
CIFAR = DATA / "cifar-10-batches-py-target" / "cifar-10-batches-py"


def write_imdb(rng):
    def reviews(n):
        return [list(map(int, rng.integers(1, 20, size=int(rng.integers(3, 9))))) for _ in range(n)]
    arrays = {}
    for split, n in (("train", 6), ("test", 4)):
        seqs = np.empty(n, dtype=object)
        for i, s in enumerate(reviews(n)):
            seqs[i] = s
        arrays["x_" + split] = seqs
        arrays["y_" + split] = rng.integers(0, 2, size=n).astype("int64")
    np.savez(DATA / "imdb.npz", **arrays)
    words = ["the", "and", "a", "of", "to", "is", "film", "movie", "good", "bad", "plot", "acting",
             "great", "boring", "story", "fun", "awful", "loved", "it", "mess"]
    (DATA / "imdb_word_index.json").write_text(json.dumps({w: i + 1 for i, w in enumerate(words)}))


class Python2Pickler(pickle._Pickler):
    """Protocol 2 as Python 2's cPickle wrote the CIFAR-10 files: byte strings as (SHORT_)BINSTRING
    (Python 3 writes them as a call to _codecs.encode, which Keras's loader refuses)."""

    def save_bytes(self, obj):
        n = len(obj)
        if n < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([n]) + obj)
        else:
            self.write(pickle.BINSTRING + n.to_bytes(4, "little") + obj)
        self.memoize(obj)

    dispatch = dict(pickle._Pickler.dispatch)
    dispatch[bytes] = save_bytes


def write_cifar(rng):
    CIFAR.mkdir(parents=True, exist_ok=True)
    for name, n in [(f"data_batch_{i}", 2) for i in range(1, 6)] + [("test_batch", 3)]:
        batch = {b"batch_label": name.encode(), b"labels": [int(v) for v in rng.integers(0, 10, size=n)],
                 b"data": rng.integers(0, 256, size=(n, 3072)).astype("uint8"),
                 b"filenames": [f"img_{i}.png".encode() for i in range(n)]}
        with open(CIFAR / name, "wb") as f:
            Python2Pickler(f, protocol=2).dump(batch)


def keras_cifar10_load_data():
    """keras.datasets.cifar10.load_data's steps, for batches of any size."""
    from keras.src.datasets.cifar import load_batch
    parts = [load_batch(str(CIFAR / f"data_batch_{i}")) for i in range(1, 6)]
    x_train = np.concatenate([p[0] for p in parts]).astype("uint8")
    y_train = np.concatenate([p[1] for p in parts]).astype("uint8")
    x_test, y_test = load_batch(str(CIFAR / "test_batch"))
    y_train = np.reshape(y_train, (len(y_train), 1))
    y_test = np.reshape(y_test, (len(y_test), 1))
    x_train = x_train.transpose(0, 2, 3, 1)
    x_test = x_test.transpose(0, 2, 3, 1)
    return (x_train, y_train), (x_test.astype(x_train.dtype), y_test.astype(y_train.dtype))


def main():
    DATA.mkdir(exist_ok=True)
    rng = np.random.default_rng(2026)
    write_imdb(rng)
    write_cifar(rng)
    import keras
    import keras.src.datasets.imdb as keras_imdb
    keras_imdb.get_file = lambda fname=None, origin=None, **kw: str(DATA / fname)
    keras.datasets.cifar10.load_data = keras_cifar10_load_data
    for name in ("imdb", "cifar10"):
        out = io.StringIO()
        with redirect_stdout(out):
            runpy.run_path(str(HERE / f"check_{name}.py"), run_name="__main__")
        (HERE / f"expected_{name}.txt").write_text(out.getvalue())
    print(f"wrote {DATA} and the expected outputs with keras {keras.__version__}", file=sys.stderr)


if __name__ == "__main__":
    os.environ.setdefault("KERAS_BACKEND", "jax")
    main()
