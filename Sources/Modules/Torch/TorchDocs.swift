import Language

/// The docstrings of the torch classes bound in loops or by shared builders (loss and activation
/// modules, optimizers, legacy tensor types), by module and name.
enum TorchDocs {
    static let torch: KeyValuePairs<String, String> = [
        "BoolTensor": "A legacy constructor of bool tensors: torch.BoolTensor([True, False]).",
        "ByteTensor": "A legacy constructor of uint8 tensors.",
        "DoubleTensor": "A legacy constructor of float64 tensors: torch.DoubleTensor([1, 2]) or torch.DoubleTensor(2, 3).",
        "FloatTensor": "A legacy constructor of float32 tensors: torch.FloatTensor([1, 2]) or torch.FloatTensor(2, 3).",
        "Generator": "Generator(device='cpu')\n\nA random number generator state, seeded with manual_seed(); pass it as generator= to sampling functions.",
        "IntTensor": "A legacy constructor of int32 tensors.",
        "LongTensor": "A legacy constructor of int64 tensors: torch.LongTensor([0, 2, 1]).",
        "dtype": "The data type of a tensor's elements: torch.float32, torch.int64, torch.bool, ...",
        "enable_grad": "Context manager (and decorator) that turns gradient recording back on inside no_grad.",
        "inference_mode": "inference_mode(mode=True)\n\nContext manager like no_grad, for code that only runs the model forward.",
        "no_grad": "Context manager (and decorator) in which operations are not recorded for autograd: for evaluation and manual updates.",
        "set_grad_enabled": "set_grad_enabled(mode)\n\nTurns gradient recording on or off, as a call or as a context manager.",
    ]
    static let nn: KeyValuePairs<String, String> = [
        "AdaptiveAvgPool2d": "Averages each channel over regions chosen so that the output has height and width output_size, whatever the input's size.",
        "BCELoss": "Binary cross-entropy between probabilities (inputs in [0, 1]) and targets: -(y log p + (1 - y) log(1 - p)).",
        "BCEWithLogitsLoss": "Binary cross-entropy on raw scores: a sigmoid and BCELoss in one numerically stable step; pos_weight weights the positives.",
        "BatchNorm1d": "Normalizes each feature of an (N, C) or (N, C, L) input over the batch, then scales and shifts it; keeps running statistics for evaluation.",
        "BatchNorm2d": "Normalizes each channel of an (N, C, H, W) input over the batch and positions, then scales and shifts it; keeps running statistics for evaluation.",
        "Conv1d": "A 1-D convolution over an (N, C_in, L) input with out_channels learned kernels of width kernel_size.",
        "Conv2d": "A 2-D convolution over an (N, C_in, H, W) input with out_channels learned kernel_size kernels.",
        "CrossEntropyLoss": "Cross-entropy between raw class scores (N, C) and class indices (N,) or class probabilities: log_softmax then NLLLoss.",
        "Dropout1d": "During training, zeroes whole channels of an (N, C, L) input with probability p; does nothing in eval mode.",
        "Dropout2d": "During training, zeroes whole channels of an (N, C, H, W) input with probability p; does nothing in eval mode.",
        "GRU": "A multi-layer gated recurrent unit RNN over a sequence; returns the outputs and the last hidden state.",
        "HuberLoss": "Huber loss: squared error for |x - y| < delta, linear beyond it (SmoothL1Loss scaled by delta).",
        "KLDivLoss": "Kullback-Leibler divergence of target from input, where input holds log-probabilities (log_target=True: target too).",
        "L1Loss": "Mean absolute error between input and target: the mean (or sum) of |x - y|.",
        "LSTM": "A multi-layer long short-term memory RNN over a sequence; returns the outputs and the last (h, c) states.",
        "LogSoftmax": "The logarithm of softmax along dim, computed stably; pair it with NLLLoss.",
        "MSELoss": "Mean squared error between input and target: the mean (or sum) of (x - y)**2.",
        "Mish": "x * tanh(softplus(x)), element-wise.",
        "ModuleDict": "Holds submodules in a dict, registering them so their parameters are seen by the parent module.",
        "ModuleList": "Holds submodules in a list, registering them so their parameters are seen by the parent module.",
        "NLLLoss": "Negative log-likelihood of log-probabilities (N, C) at the target class indices (N,); pair it with LogSoftmax.",
        "RNN": "A multi-layer Elman RNN with tanh (or relu) nonlinearity over a sequence; returns the outputs and the last hidden state.",
        "ReLU": "Rectified linear unit: max(0, x), element-wise.",
        "Sequential": "Chains modules: the output of each is the input of the next, in the order given (positional or an OrderedDict).",
        "SiLU": "Sigmoid linear unit (swish): x * sigmoid(x), element-wise.",
        "Sigmoid": "The logistic function 1 / (1 + exp(-x)), element-wise.",
        "SmoothL1Loss": "Squared error below beta and absolute error above it, so large errors count linearly.",
        "Softmax": "Rescales the elements along dim into probabilities that sum to 1: exp(x) / sum(exp(x)).",
        "Tanh": "The hyperbolic tangent, element-wise.",
        "AdaptiveMaxPool2d": "Takes the maximum of each channel over regions chosen so that the output has height and width output_size.",
        "Hardsigmoid": "A piecewise-linear sigmoid: 0 below -3, 1 above 3, x / 6 + 1/2 between.",
        "Hardswish": "x * hardsigmoid(x): a piecewise approximation of SiLU.",
        "LogSigmoid": "log(sigmoid(x)), element-wise, computed stably.",
        "ReLU6": "min(max(0, x), 6), element-wise.",
        "SELU": "Scaled ELU with fixed constants that keep activations normalized: scale * (max(0, x) + min(0, alpha * (exp(x) - 1))).",
        "Softsign": "x / (1 + |x|), element-wise.",
        "Tanhshrink": "x - tanh(x), element-wise.",
    ]
    static let optim: KeyValuePairs<String, String> = [
        "Adagrad": "Adagrad: divides the gradient by the root of the sum of all past squared gradients, so frequent features learn slower.",
        "Adam": "Adam: per-parameter steps from running averages of the gradient and of its square (betas), bias-corrected.",
        "AdamW": "Adam with decoupled weight decay: the parameters shrink by lr * weight_decay apart from the gradient step.",
        "Optimizer": "Base class of optimizers: holds param_groups and state; step() updates the parameters, zero_grad() clears their gradients.",
        "RMSprop": "RMSprop: divides the gradient by a running root mean square of recent gradients (alpha), with optional momentum.",
        "SGD": "Stochastic gradient descent, with optional momentum (Nesterov too), dampening and weight decay.",
    ]
    static let lrScheduler: KeyValuePairs<String, String> = [
        "ReduceLROnPlateau": "Multiplies the learning rate by factor when the metric passed to step(metric) has not improved for patience epochs.",
    ]
    static let data: KeyValuePairs<String, String> = [
        "ConcatDataset": "ConcatDataset(datasets)\n\nSeveral datasets joined end to end as one.",
        "DataLoader": "DataLoader(dataset, batch_size=1, shuffle=False, ...)\n\nIterates over a dataset in mini-batches, shuffled each epoch when shuffle=True, stacking items into tensors (or through collate_fn).",
        "Subset": "Subset(dataset, indices)\n\nThe items of dataset at the given indices, as a dataset.",
        "TensorDataset": "TensorDataset(*tensors)\n\nA dataset whose item i is the tuple of the i-th rows of the tensors (all of the same length).",
    ]
    static let transforms: KeyValuePairs<String, String> = [
        "Compose": "Applies the transforms in the list one after another.",
    ]
}
