# Runs under Cellgrad and under real Keras (see make_fixtures.py); both outputs must agree.
from keras.datasets import cifar10

(x_train, y_train), (x_test, y_test) = cifar10.load_data()
print(x_train.shape, y_train.shape, x_test.shape, y_test.shape)
print(x_train[0, 0, :2].tolist(), x_train[-1, -1, -1].tolist(), x_test[1, 5, 7].tolist())
print(y_train.ravel().tolist(), y_test.ravel().tolist(), int(x_train.sum()), int(x_test.sum()))
