/// A short debugging form for Swift tests and the debugger, e.g.
/// `NDArray(float64, shape: [2, 3], [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])` (first 20 elements).
/// NumPy-exact `repr`/`str` printing lives in `Format/`.
extension NDArray: CustomDebugStringConvertible {
    public var debugDescription: String {
        let values = scalarValues
        let shown = values.prefix(20).map(\.description).joined(separator: ", ")
        let more = values.count > 20 ? ", ... (\(values.count) elements)" : ""
        return "NDArray(\(dtype), shape: \(shape), [\(shown)\(more)])"
    }
}
