"""Models saved by Cellgrad open in real Keras 3.

The other direction (files written by real Keras, loaded here) is snippet keras/084, which CI
runs against committed fixtures. This one needs Keras itself, so it runs where an
interpreter with keras is given ($CELLGRAD_KERAS_PYTHON, default /work/venv-keras/bin/python)
and is skipped elsewhere.
"""
import os
import subprocess
from pathlib import Path

import pytest

import snippetlib

KERAS_PYTHON = Path(os.environ.get("CELLGRAD_KERAS_PYTHON", "/work/venv-keras/bin/python"))

SAVE = r'''
import numpy as np
import keras
from keras import layers

def w(*shape):
    return (np.sin(np.arange(int(np.prod(shape))) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

tokens = keras.Input((5,), dtype="int32", name="tokens")
side = keras.Input((2,), name="side")
h = layers.Embedding(12, 4)(tokens)
h = layers.Bidirectional(layers.LSTM(3))(h)
h = layers.Concatenate()([h, layers.Dense(2, activation="relu")(side)])
h = layers.BatchNormalization()(h)
out = layers.Dense(1, activation="sigmoid", name="score")(h)
model = keras.Model([tokens, side], out)
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.Adam(0.01), loss="binary_crossentropy", metrics=["accuracy"])
x = [np.arange(40).reshape(8, 5) % 12, w(8, 2)]
model.fit(x, (np.arange(8) % 2).astype("float32"), epochs=1, batch_size=4, shuffle=False, verbose=0)
model.save("m.keras")
model.save_weights("m.weights.h5")
cnn = keras.Sequential([keras.Input((6, 6, 1)), layers.Conv2D(2, 3, padding="same"), layers.MaxPooling2D(), layers.Flatten(), layers.Dense(1)])
cnn.set_weights([w(*a.shape) for a in cnn.get_weights()])
cnn.save("cnn.keras")
print(np.round(model.predict(x, verbose=0), 5).ravel().tolist())
print(np.round(cnn.predict(w(2, 6, 6, 1), verbose=0), 5).ravel().tolist())
'''

LOAD = r'''
import numpy as np
import keras

def w(*shape):
    return (np.sin(np.arange(int(np.prod(shape))) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.models.load_model("m.keras")
x = [np.arange(40).reshape(8, 5) % 12, w(8, 2)]
print(np.round(model.predict(x, verbose=0), 5).ravel().tolist())
print(np.round(keras.models.load_model("cnn.keras").predict(w(2, 6, 6, 1), verbose=0), 5).ravel().tolist())
model.load_weights("m.weights.h5")
assert int(model.optimizer.iterations) == 2, model.optimizer.iterations
model.fit(x, (np.arange(8) % 2).astype("float32"), epochs=1, verbose=0)
'''


@pytest.mark.keras
@pytest.mark.skipif(not KERAS_PYTHON.exists(), reason=f"no Keras interpreter at {KERAS_PYTHON}")
def test_models_saved_here_load_in_keras(tmp_path):
    (tmp_path / "save.py").write_text(SAVE)
    (tmp_path / "load.py").write_text(LOAD)
    ours = subprocess.run([str(snippetlib.cellgrad_path()), "run", "save.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert ours.returncode == 0 and not ours.stderr, ours.stderr
    env = {**snippetlib.child_env(), "KERAS_BACKEND": "jax"}
    theirs = subprocess.run([str(KERAS_PYTHON), "load.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert theirs.returncode == 0, theirs.stderr[-3000:]
    assert theirs.stdout.split("\n")[:2] == ours.stdout.split("\n")[:2]
