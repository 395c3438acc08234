import Language

/// The docstrings of the Keras classes bound in loops or by shared builders (pooling and merge
/// layers, losses, callbacks), by module and name.
enum KerasDocs {
    static let keras: KeyValuePairs<String, String> = [
        "Input": "Input(shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None)\n\nA symbolic tensor that starts a functional model: inputs = keras.Input(shape=(784,)).",
    ]
    static let layers: KeyValuePairs<String, String> = [
        "Add": "Adds a list of inputs of the same shape, element-wise.",
        "AveragePooling1D": "Downsamples (batch, steps, channels) inputs by averaging each pool_size window.",
        "AveragePooling2D": "Downsamples (batch, height, width, channels) inputs by averaging each pool_size window.",
        "GRU": "Gated recurrent unit layer: a recurrent layer with update and reset gates.",
        "GlobalAveragePooling1D": "Averages over the steps axis: (batch, steps, channels) becomes (batch, channels).",
        "GlobalAveragePooling2D": "Averages over height and width: (batch, height, width, channels) becomes (batch, channels).",
        "GlobalMaxPooling1D": "Takes the maximum over the steps axis: (batch, steps, channels) becomes (batch, channels).",
        "GlobalMaxPooling2D": "Takes the maximum over height and width: (batch, height, width, channels) becomes (batch, channels).",
        "Input": "Input(shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None)\n\nA symbolic tensor that starts a functional model: inputs = keras.Input(shape=(784,)).",
        "InputLayer": "The layer behind keras.Input: the entry point of a model, with its shape.",
        "LSTM": "Long short-term memory layer: a recurrent layer with input, forget and output gates and a cell state.",
        "MaxPooling1D": "Downsamples (batch, steps, channels) inputs by taking the maximum over each pool_size window.",
        "MaxPooling2D": "Downsamples (batch, height, width, channels) inputs by taking the maximum over each pool_size window.",
        "SimpleRNN": "A fully connected RNN whose output is fed back as the next step's state.",
        "TextVectorization": "Maps strings to sequences of token indices through a vocabulary learned with adapt().",
        "Average": "Averages a list of inputs of the same shape, element-wise.",
        "Dot": "The dot product of two inputs along the given axes.",
        "Maximum": "The element-wise maximum of a list of inputs of the same shape.",
        "Minimum": "The element-wise minimum of a list of inputs of the same shape.",
        "Multiply": "Multiplies a list of inputs of the same shape, element-wise.",
        "Subtract": "Subtracts the second of two inputs from the first, element-wise.",
    ]
    static let callbacks: KeyValuePairs<String, String> = [
        "CSVLogger": "Writes the logs of each epoch as a row of the CSV file filename.",
        "EarlyStopping": "Stops training when monitor has not improved by min_delta for patience epochs; restore_best_weights returns to the best epoch.",
        "LambdaCallback": "A callback built from functions: on_epoch_begin, on_epoch_end, on_batch_begin, on_batch_end, on_train_begin, on_train_end.",
        "LearningRateScheduler": "Sets the learning rate at the start of each epoch to schedule(epoch, lr).",
        "ModelCheckpoint": "Saves the model (or its weights) to filepath after each epoch, or only when monitor improves with save_best_only=True.",
        "ReduceLROnPlateau": "Multiplies the learning rate by factor when monitor has not improved for patience epochs.",
        "TensorBoard": "Writes logs for TensorBoard.",
    ]
    static let losses: KeyValuePairs<String, String> = [
        "BinaryCrossentropy": "Cross-entropy between binary labels (0 or 1) and predicted probabilities (or logits with from_logits=True).",
        "CategoricalCrossentropy": "Cross-entropy between one-hot labels and predicted class probabilities (or logits with from_logits=True).",
        "Huber": "The Huber loss: 0.5 * error**2 where |error| <= delta (default 1.0), delta * (|error| - 0.5 * delta) beyond; less sensitive to outliers than the squared error.",
        "Loss": "Base class of losses: call(y_true, y_pred) gives the per-sample loss, reduced by reduction.",
        "MeanAbsoluteError": "The mean of the absolute differences between labels and predictions.",
        "MeanSquaredError": "The mean of the squared differences between labels and predictions.",
        "MeanSquaredLogarithmicError": "The mean of the squared differences between log(1 + labels) and log(1 + predictions).",
        "SparseCategoricalCrossentropy": "Cross-entropy between integer class labels and predicted class probabilities (or logits with from_logits=True).",
    ]
}
