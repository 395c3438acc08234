import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A subclassed model saved whole: load_model rebuilds it through custom_objects or the
# registered class, or fails as Keras does when it cannot.
class Scaled(keras.Model):
    def __init__(self, units=4, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.hidden = layers.Dense(units, activation="tanh")
        self.out = layers.Dense(1)

    def call(self, x):
        return self.out(self.hidden(x))

    def get_config(self):
        return {"units": self.units}


x = w(3, 4) * 2
m = Scaled(3)
m(x)
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile(keras.optimizers.Adam(0.01), "mse")
m.save("scaled.keras")
r = keras.models.load_model("scaled.keras", custom_objects={"Scaled": Scaled})
print(type(r).__name__, r.units, r.count_params())
print(np.round(r.predict(x, verbose=0), 4).tolist() == np.round(m.predict(x, verbose=0), 4).tolist())
print(r.optimizer.__class__.__name__, r.loss)
try:
    keras.models.load_model("scaled.keras")
except TypeError as e:
    print("TypeError", str(e)[:60])


@keras.saving.register_keras_serializable()
class Registered(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.d = layers.Dense(2)

    def call(self, x):
        return self.d(x)


q = Registered()
q(x)
q.save("registered.keras")
back = keras.models.load_model("registered.keras")
print(type(back).__name__, np.allclose(back.predict(x, verbose=0), q.predict(x, verbose=0)))
print(keras.saving.get_registered_name(Registered), q.get_config()["trainable"])
