/// Every failure of the Tensor library: a structured case whose ``message`` is NumPy's wording
/// and whose ``pythonName`` is the Python exception the binding raises.
///
/// ```python
/// np.ones((2, 3)) + np.ones(4)
/// # ValueError: operands could not be broadcast together with shapes (2,3) (4,)
/// ```
/// is `TensorError.broadcast(shapes: [[2, 3], [4]])`.
public enum TensorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `ValueError: operands could not be broadcast together with shapes (2,3) (4,) `
    case broadcast(shapes: [[Int]])
    /// `ValueError: could not broadcast input array from shape (3,) into shape (2,)`
    case broadcastInput(from: [Int], to: [Int])
    /// `IndexError: index 5 is out of bounds for axis 0 with size 3`
    case indexOutOfBounds(index: Int, axis: Int, size: Int)
    /// `IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed`
    case tooManyIndices(ndim: Int, indexed: Int)
    /// `numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2`
    case axisOutOfBounds(axis: Int, ndim: Int)
    /// `ValueError: cannot reshape array of size 6 into shape (4,)`
    case reshape(size: Int, shape: [Int])
    /// `ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, ...`
    case matmulMismatch(operand: Int, dimension: Int, got: Int, expected: Int)
    /// `UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'`
    case outputCasting(ufunc: String, from: DType, to: DType)
    /// `MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64`
    case outOfMemory(shape: [Int], dtype: DType)
    /// Any other `ValueError`, with NumPy's message.
    case value(String)
    /// Any other `TypeError`, with NumPy's message.
    case type(String)
    /// Any other `IndexError`, with NumPy's message.
    case index(String)
    /// A NumPy feature Cellgrad does not implement: `NotImplementedError`.
    case notImplemented(String)
    /// The user interrupted long work (see ``Interrupt``): `KeyboardInterrupt`.
    case interrupted
    /// The kernel's memory ceiling (`CELLGRAD_MAX_MEMORY`) would be passed: `MemoryError`.
    case memoryCeiling(String)
    /// `OverflowError: Python integer 300 out of bounds for uint8` (a weak scalar that does not fit, NEP 50)
    case scalarOutOfBounds(value: Int64, dtype: DType)

    /// The Python exception class name the binding should raise.
    public var pythonName: String {
        switch self {
        case .broadcast, .broadcastInput, .reshape, .matmulMismatch, .value: return "ValueError"
        case .indexOutOfBounds, .tooManyIndices, .index: return "IndexError"
        case .axisOutOfBounds: return "AxisError"
        case .outputCasting: return "UFuncTypeError"
        case .outOfMemory, .memoryCeiling: return "MemoryError"
        case .type: return "TypeError"
        case .notImplemented: return "NotImplementedError"
        case .interrupted: return "KeyboardInterrupt"
        case .scalarOutOfBounds: return "OverflowError"
        }
    }

    /// NumPy's message text (without the exception name).
    public var message: String {
        switch self {
        case .broadcast(let shapes):
            return "operands could not be broadcast together with shapes " + shapes.map { Shape.tupleString($0, compact: true) + " " }.joined()
        case .broadcastInput(let from, let to):
            return "could not broadcast input array from shape \(Shape.tupleString(from, compact: true)) into shape \(Shape.tupleString(to, compact: true))"
        case .indexOutOfBounds(let index, let axis, let size):
            return "index \(index) is out of bounds for axis \(axis) with size \(size)"
        case .tooManyIndices(let ndim, let indexed):
            return "too many indices for array: array is \(ndim)-dimensional, but \(indexed) were indexed"
        case .axisOutOfBounds(let axis, let ndim):
            return "axis \(axis) is out of bounds for array of dimension \(ndim)"
        case .reshape(let size, let shape):
            return "cannot reshape array of size \(size) into shape \(Shape.numpyString(shape))"
        case .matmulMismatch(let operand, let dimension, let got, let expected):
            return "matmul: Input operand \(operand) has a mismatch in its core dimension \(dimension), with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(got) is different from \(expected))"
        case .outputCasting(let ufunc, let from, let to):
            return "Cannot cast ufunc '\(ufunc)' output from \(from.reprForErrors) to \(to.reprForErrors) with casting rule 'same_kind'"
        case .outOfMemory(let shape, let dtype):
            return "Unable to allocate \(Self.humanBytes(shape: shape, itemSize: dtype.itemSize)) for an array with shape \(Shape.tupleString(shape, compact: false)) and data type \(dtype.name)"
        case .value(let m), .type(let m), .index(let m), .notImplemented(let m), .memoryCeiling(let m):
            return m
        case .interrupted:
            return ""
        case .scalarOutOfBounds(let value, let dtype):
            return "Python integer \(value) out of bounds for \(dtype.name)"
        }
    }

    public var description: String { "\(pythonName): \(message)" }

    /// NumPy's `_size_to_string`: three significant figures in the largest fitting unit.
    static func humanBytes(shape: [Int], itemSize: Int) -> String {
        var bytes = Double(itemSize)
        for d in shape { bytes *= Double(d) }
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unit = 0
        while unit < units.count - 1 && bytes >= 1024 * 0.9995 {
            bytes /= 1024
            unit += 1
        }
        if unit == 0 { return "\(Int(bytes)) bytes" }
        let digits = bytes >= 99.95 ? 0 : (bytes >= 9.995 ? 1 : 2)
        return Self.fixed(bytes, digits) + " " + units[unit]
    }

    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (x * scale).rounded(.toNearestOrEven) / scale
        var s = String(Int64(r.rounded(.towardZero)))
        if digits > 0 {
            var frac = Int64(((r - r.rounded(.towardZero)) * scale).rounded())
            var fs = ""
            for _ in 0..<digits { fs = String(frac % 10) + fs; frac /= 10 }
            s += "." + fs
        }
        return s
    }
}
