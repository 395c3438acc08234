import Language

/// The docstrings of NumPy's scalar types and of the functions bound in loops (the reductions), by
/// name; the aliases (np.double, np.int_ ...) share their type's.
enum NumPyDocs {
    static let numpy: KeyValuePairs<String, String> = [
        "AxisError": "Raised when an axis argument is out of range for the array's number of dimensions.",
        "all": "all(a, axis=None, out=None, keepdims=False, *, where=True)\n\nTrue when every element (along axis) is true.",
        "amax": "amax(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)\n\nThe largest element, over the whole array or along axis (an alias of max).",
        "amin": "amin(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)\n\nThe smallest element, over the whole array or along axis (an alias of min).",
        "any": "any(a, axis=None, out=None, keepdims=False, *, where=True)\n\nTrue when at least one element (along axis) is true.",
        "argmax": "argmax(a, axis=None, out=None, *, keepdims=False)\n\nThe index of the largest element (of the flattened array, or along axis); the first one on ties.",
        "argmin": "argmin(a, axis=None, out=None, *, keepdims=False)\n\nThe index of the smallest element (of the flattened array, or along axis); the first one on ties.",
        "bool": "bool(x=False)\n\nNumPy's boolean scalar and dtype (np.True_, np.False_).",
        "cumprod": "cumprod(a, axis=None, dtype=None, out=None)\n\nThe running products of the elements, of the flattened array or along axis.",
        "cumsum": "cumsum(a, axis=None, dtype=None, out=None)\n\nThe running sums of the elements, of the flattened array or along axis.",
        "dtype": "dtype(obj)\n\nThe data type of an array's elements: np.dtype('float32'), a.dtype.",
        "float32": "float32(x=0.0)\n\nA single-precision (32-bit) floating-point scalar and dtype.",
        "float64": "float64(x=0.0)\n\nA double-precision (64-bit) floating-point scalar; also the default dtype of arrays.",
        "generic": "Base class of NumPy's scalar types (np.float64(1.5), np.int64(3), ...).",
        "int64": "int64(x=0)\n\nA 64-bit signed integer scalar and dtype.",
        "uint8": "uint8(x=0)\n\nAn 8-bit unsigned integer scalar and dtype (0 to 255; arithmetic wraps modulo 256): image pixels.",
        "max": "max(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)\n\nThe largest element, over the whole array or along axis.",
        "mean": "mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)\n\nThe arithmetic mean of the elements, over the whole array or along axis.",
        "min": "min(a, axis=None, out=None, keepdims=False, initial=<no value>, where=True)\n\nThe smallest element, over the whole array or along axis.",
        "prod": "prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=1, where=True)\n\nThe product of the array's elements, over all of them or along axis.",
        "savez": "savez(file, *args, **kwds)\n\nSaves several arrays into one uncompressed .npz archive: positional arrays as arr_0, arr_1, ..., keyword arrays under their names.",
        "savez_compressed": "savez_compressed(file, *args, **kwds)\n\nLike savez, but the .npz archive is deflate-compressed.",
        "std": "std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)\n\nThe standard deviation of the elements (divided by N - ddof), over the whole array or along axis.",
        "str_": "str_(object='')\n\nA Unicode string scalar: the element type of a string array.",
        "sum": "sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=0, where=True)\n\nThe sum of the array's elements, over all of them or along axis.",
        "var": "var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)\n\nThe variance of the elements (divided by N - ddof), over the whole array or along axis.",
    ]
    static let linalg: KeyValuePairs<String, String> = [
        "LinAlgError": "Raised by numpy.linalg when a computation fails, e.g. inverting a singular matrix.",
    ]
    static let random: KeyValuePairs<String, String> = [
        "Generator": "A random number generator over a bit generator; make one with np.random.default_rng(seed).",
    ]
}
