/// Elementwise comparison of string arrays (`names == 'cat'`, `a < b`), broadcasting as NumPy.
extension StringArray {
    /// `a == b`, `a != b`, `a < b`, ...: a bool array of the broadcast shape. Only the six
    /// comparison ops apply to text; others raise NumPy's missing-loop `TypeError`.
    public static func compare(_ op: BinaryOp, _ a: StringArray, _ b: StringArray) throws -> NDArray {
        let test: (Int) -> Bool
        switch op {
        case .equal: test = { $0 == 0 }
        case .notEqual: test = { $0 != 0 }
        case .less: test = { $0 < 0 }
        case .lessEqual: test = { $0 <= 0 }
        case .greater: test = { $0 > 0 }
        case .greaterEqual: test = { $0 >= 0 }
        default:
            throw TensorError.type("ufunc '\(op.ufuncName)' did not contain a loop with signature matching types (StrDType, StrDType) -> None")
        }
        let shape = try Shape.broadcast([a.shape, b.shape])
        let left = try a.broadcast(to: shape).strings, right = try b.broadcast(to: shape).strings
        let result = (0..<left.count).map { test(StringOrder.compare(left[$0], right[$0])) }
        return try NDArray(result, shape: shape)
    }
}
