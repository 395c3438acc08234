import Language
import Tensor

/// The arrays `fit`, `evaluate` and `predict` take: numpy arrays or nested lists, split into
/// batches along the first axis.
enum KerasData {
    static func array(_ v: Value, _ interp: Interpreter, what: String) throws -> NDArray {
        guard !v.isNone else { throw PyError.value("The `\(what)` argument is required and cannot be None") }
        return try NumPyBridge.toArray(v, dtype: nil, interp)
    }

    /// Rows `start..<end`, contiguous.
    static func rows(_ a: NDArray, _ start: Int, _ end: Int) throws -> NDArray {
        try a.getItem([.slice(start: start, stop: end, step: nil)]).contiguous()
    }

    /// The rows at `indices`.
    static func take(_ a: NDArray, _ indices: [Int]) throws -> NDArray {
        try a.take(try NDArray(indices.map { Int64($0) }, shape: [indices.count]), axis: 0)
    }

    static func sampleCount(_ a: NDArray) throws -> Int {
        guard let n = a.shape.first else { throw PyError.value("Expected an array of samples with a batch axis, got a scalar") }
        return n
    }
}
