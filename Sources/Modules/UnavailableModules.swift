import Language

/// Packages a lesson may reach for that Cellgrad does not provide, with what to use instead.
/// `import pandas` then says so, instead of listing every module Cellgrad has.
enum UnavailableModules {
    static let hints: [String: String] = [
        "pandas": "pandas is not available in Cellgrad; use numpy arrays, csv, or a dict of lists",
        "requests": "requests is not available in Cellgrad: cells have no network access; put data files next to the notebook",
        "urllib3": "urllib3 is not available in Cellgrad: cells have no network access",
        "sklearn": "scikit-learn is not available in Cellgrad; use numpy (or torch/keras where available) to write the model",
        "scipy": "scipy is not available in Cellgrad; use numpy and math",
        "seaborn": "seaborn is not available in Cellgrad; use matplotlib.pyplot",
        "PIL": "Pillow (PIL) is not available in Cellgrad; images load as numpy arrays through matplotlib.pyplot.imread",
        "cv2": "OpenCV (cv2) is not available in Cellgrad; use numpy for image arrays",
        "sympy": "sympy is not available in Cellgrad; use math and fractions",
        "numba": "numba is not available in Cellgrad",
        "jax": "jax is not available in Cellgrad; use numpy",
        "transformers": "Hugging Face transformers is not available in Cellgrad: its pretrained models need a download; build a Transformer from torch.nn.TransformerEncoderLayer or keras.layers.MultiHeadAttention",
    ]

    static func register(into interp: Interpreter) {
        for (name, hint) in hints { interp.moduleHints[name] = hint }
    }
}
