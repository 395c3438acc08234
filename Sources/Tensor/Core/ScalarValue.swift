/// One element, or a Python number on its way into or out of an array.
///
/// ```python
/// np.arange(3)[1]        # .int(1)
/// np.float32(0.5)        # .float(0.5) read from a float32 array
/// ```
public enum ScalarValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case int(Int64)
    case float(Double)

    /// The dtype a Python scalar of this kind defaults to.
    public var defaultDType: DType {
        switch self {
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        }
    }

    public var asDouble: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        }
    }

    public var description: String {
        switch self {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        }
    }

    /// Cast with NumPy's rules.
    @inline(__always)
    func cast<T: TensorElement>(_ type: T.Type) -> T {
        switch self {
        case .bool(let b): return NDArray.castElement(b)
        case .int(let i): return T(castFrom: i)
        case .float(let d): return T(castFrom: d)
        }
    }
}
