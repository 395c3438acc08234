import Foundation
import Language
import NN
import Tensor

/// Converts between Python values and torch tensors, and engine errors into the exceptions
/// PyTorch raises.
enum TorchBridge {
    /// Runs engine code, turning its errors into Python exceptions with torch's names.
    static func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as TensorError {
            switch e {
            case .indexOutOfBounds(let index, let axis, let size):
                throw PyError.index("index \(index) is out of bounds for dimension \(axis) with size \(size)")
            case .axisOutOfBounds(let axis, let ndim):
                let n = Swift.max(ndim, 1)
                throw PyError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(axis))")
            case .tooManyIndices(let ndim, _):
                throw PyError.index("too many indices for tensor of dimension \(ndim)")
            case .broadcast(let shapes) where shapes.count == 2:
                throw PyError(BuiltinTypes.runtimeError, broadcastMessage(shapes[0], shapes[1]))
            case .value, .broadcast, .broadcastInput, .reshape, .matmulMismatch, .outputCasting:
                throw PyError(BuiltinTypes.runtimeError, torchMessage(e))
            default:
                throw NumPyBridge.pythonError(e.pythonName, e.message)
            }
        } catch let e as AutogradError {
            if case .doubleBackwardUnsupported = e { throw PyError.notImplemented(e.message) }
            throw PyError(BuiltinTypes.runtimeError, e.message)
        } catch let e as IDXFile.Failure {
            throw PyError(BuiltinTypes.runtimeError, e.description)
        }
    }

    static func torchMessage(_ e: TensorError) -> String {
        switch e {
        case .reshape(let size, let shape):
            return "shape '[\(shape.map(String.init).joined(separator: ", "))]' is invalid for input of size \(size)"
        default: return e.message
        }
    }

    /// torch's wording for shapes that do not broadcast.
    static func broadcastMessage(_ a: [Int], _ b: [Int]) -> String {
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[a.count - 1 - i] : 1, y = i < b.count ? b[b.count - 1 - i] : 1
            if x != y && x != 1 && y != 1 {
                return "The size of tensor a (\(x)) must match the size of tensor b (\(y)) at non-singleton dimension \(n - 1 - i)"
            }
        }
        return "shapes cannot be broadcast"
    }

    static func wrap(_ v: Variable, dtype: TorchDType? = nil) -> Value { .object(PyTorchTensor(v, dtype: dtype)) }

    /// `v` under the node name torch shows for a fused kernel (`NativeBatchNormBackward0`).
    static func named(_ v: Variable, _ name: String) -> Variable { v.named(name) }
    static func wrap(_ a: NDArray, dtype: TorchDType? = nil) -> Value { .object(PyTorchTensor(Variable(a), dtype: dtype)) }

    static func tensor(_ v: Value) throws -> PyTorchTensor {
        if case .object(let o) = v, let t = o as? PyTorchTensor { return t }
        throw PyError.type("expected Tensor as argument, but got \(v.typeName)")
    }

    static func variable(_ v: Value) throws -> Variable { try tensor(v).variable }

    /// A Python number as torch's "wrapped number": a weak 0-d operand.
    static func scalarOperand(_ v: Value) -> NDArray? {
        switch v {
        case .bool(let b): return NDArray.pythonScalar(.bool(b))
        case .int(let i): return NDArray.pythonScalar(.int(Int64(i)))
        case .float(let d): return NDArray.pythonScalar(.float(d))
        case .object(let o): return (o as? PyNumPyScalar).map { NDArray.pythonScalar($0.scalar) }
        default: return nil
        }
    }

    /// The operands of a binary op with torch's type promotion applied: dimensioned tensors
    /// decide the dtype over 0-d tensors, which decide over Python numbers, unless the lesser
    /// operand is of a higher category (bool < integer < floating).
    static func operands(_ a: Value, _ b: Value, _ interp: Interpreter) throws -> (Variable, Variable, TorchDType) {
        let (x, dx, kx) = try operand(a, interp)
        let (y, dy, ky) = try operand(b, interp)
        let result = resultType([(dx, kx), (dy, ky)])
        return (try cast(x, result), try cast(y, result), result)
    }

    /// Priority of an operand in promotion: 2 dimensioned tensor, 1 zero-dim tensor, 0 number.
    static func operand(_ v: Value, _ interp: Interpreter) throws -> (Variable, TorchDType, Int) {
        if case .object(let o) = v, let t = o as? PyTorchTensor {
            return (t.variable, t.dtypeName, t.variable.ndim > 0 ? 2 : 1)
        }
        if let s = scalarOperand(v) {
            let d: TorchDType = s.dtype == .float64 ? TorchDType.defaultFloat : s.dtype == .int64 ? .int64 : .bool
            return (Variable(s), d, 0)
        }
        if case .object(let o) = v, let a = o as? PyNDArray {
            return (Variable(a.array), TorchDType(storage: a.array.dtype), a.array.ndim > 0 ? 2 : 1)
        }
        throw PyError.type("unsupported operand type(s): 'Tensor' and '\(v.typeName)'")
    }

    static func resultType(_ parts: [(TorchDType, Int)]) -> TorchDType {
        var best: [Int: TorchDType] = [:]
        for (d, priority) in parts {
            best[priority] = best[priority].map { $0.promoted(with: d) } ?? d
        }
        var result: TorchDType? = nil
        for priority in [2, 1, 0] {
            guard let d = best[priority] else { continue }
            if let r = result {
                if d.category > r.category { result = d.category == 2 && priority == 0 ? TorchDType.defaultFloat : d }
            } else {
                result = d
            }
        }
        return result ?? TorchDType.defaultFloat
    }

    static func cast(_ v: Variable, _ d: TorchDType) throws -> Variable {
        if v.dtype == d.storage { return v }
        if v.data.isWeakScalar { return Variable(try v.data.astype(d.storage).weak(true)) }
        return try v.cast(to: d.storage)
    }

    /// `torch.tensor(data, dtype=)`: nested lists of numbers, tensors, arrays.
    static func array(from v: Value, dtype: TorchDType?, _ interp: Interpreter) throws -> (NDArray, TorchDType) {
        if case .object(let o) = v, let t = o as? PyTorchTensor {
            let d = dtype ?? t.dtypeName
            return (try t.data.astype(d.storage), d)
        }
        if case .object(let o) = v, let a = o as? PyNDArray {
            let d = dtype ?? TorchDType(storage: a.array.dtype)
            return (try a.array.astype(d.storage), d)
        }
        if case .object(let o) = v, let s = o as? PyNumPyScalar {
            let d = dtype ?? TorchDType(storage: s.array.dtype)
            return (try s.array.astype(d.storage), d)
        }
        try checkNesting(v, interp)
        let a = try NumPyBridge.toArray(v, dtype: nil, interp)
        // Python floats default to float32 in torch; ints to int64.
        let inferred: TorchDType = a.dtype == .float64 ? TorchDType.defaultFloat : TorchDType(storage: a.dtype)
        let d = dtype ?? inferred
        return (try d.wrapping(try a.astype(d.storage)), d)
    }

    /// torch's own checks of nested Python data: every row of a dim has the first row's
    /// length, and text is no tensor.
    static func checkNesting(_ v: Value, _ interp: Interpreter) throws {
        func visit(_ v: Value, depth: Int, expected: inout [Int]) throws {
            guard case .object(let o) = v else { return }
            if o is PyStr { throw PyError.type("new(): invalid data type 'str'") }
            guard o is PyList || o is PyTuple else { return }
            let items = try interp.iterateToArray(v)
            if depth < expected.count {
                guard items.count == expected[depth] else {
                    throw PyError.value("expected sequence of length \(expected[depth]) at dim \(depth) (got \(items.count))")
                }
            } else {
                expected.append(items.count)
            }
            for item in items { try visit(item, depth: depth + 1, expected: &expected) }
        }
        var expected: [Int] = []
        try visit(v, depth: 0, expected: &expected)
    }

    static func dtype(_ v: Value?) throws -> TorchDType? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v {
            if let d = o as? PyTorchDType { return d.dtype }
            if let t = o as? PyType {
                if t === BuiltinTypes.float { return .float64 }
                if t === BuiltinTypes.int { return .int64 }
                if t === BuiltinTypes.bool { return .bool }
            }
        }
        throw PyError.type("dtype must be a torch.dtype, not '\(v.typeName)'")
    }

    /// A shape given as `(2, 3)`, `[2, 3]`, `torch.Size`, or as separate ints `2, 3`.
    static func shape(_ positional: [Value], _ interp: Interpreter) throws -> [Int] {
        if positional.count == 1, case .object(let o) = positional[0], o is PyTuple || o is PyList {
            return try interp.iterateToArray(positional[0]).map { try interp.toInt($0) }
        }
        return try positional.map { v in
            if case .float = v { throw PyError.type("empty(): argument 'size' must be tuple of ints, but found element of type float at pos 0") }
            return try interp.toInt(v)
        }
    }

    /// The size of a new tensor (`torch.zeros(2, 3)`): no dimension may be negative.
    static func creationShape(_ positional: [Value], _ interp: Interpreter) throws -> [Int] {
        let shape = try self.shape(positional, interp)
        if let bad = shape.first(where: { $0 < 0 }) {
            throw PyError(BuiltinTypes.runtimeError, "Trying to create tensor with negative dimension \(bad): [\(shape.map(String.init).joined(separator: ", "))]")
        }
        return shape
    }

    /// A dim of a tensor with `ndim` dims, negative from the end, in torch's IndexError wording.
    static func dim(_ d: Int, ndim: Int) throws -> Int {
        let n = Swift.max(ndim, 1)
        guard d >= -n && d < n else { throw PyError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(d))") }
        return d < 0 ? d + n : d
    }

    /// `dim=` as one int or a tuple of ints.
    static func dims(_ v: Value?, _ interp: Interpreter) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v, o is PyTuple || o is PyList {
            return try interp.iterateToArray(v).map { try interp.toInt($0) }
        }
        return [try interp.toInt(v)]
    }

    static func bool(_ v: Value?, _ interp: Interpreter, default d: Bool = false) throws -> Bool {
        guard let v, !v.isNone else { return d }
        return try interp.isTruthy(v)
    }

    static func double(_ v: Value?, _ interp: Interpreter) throws -> Double? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v, let t = o as? PyTorchTensor { return try t.data.item().asDouble }
        return try interp.toDouble(v)
    }

    /// A Python value for one element.
    static func python(_ s: ScalarValue) -> Value { NumPyBridge.python(s) }
}
