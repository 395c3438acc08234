/// One entry of a subscript tuple, as the binding receives it from `a[...]`.
///
/// ```python
/// a[1, 2:8:2, None, ..., idx, mask]
/// # [.int(1), .slice(2, 8, 2), .newAxis, .ellipsis, .array(idx), .array(mask)]
/// ```
/// Integer arrays (int64) select by position, boolean arrays are masks (as `nonzero()`);
/// when any array is present, plain integers join the advanced index as NumPy does.
public enum IndexItem: Sendable {
    case int(Int)
    case slice(start: Int?, stop: Int?, step: Int?)
    case newAxis
    case ellipsis
    case array(NDArray)

    /// `:`
    public static let all = IndexItem.slice(start: nil, stop: nil, step: nil)

    var isAdvanced: Bool {
        if case .array = self { return true }
        return false
    }
}

/// Python's `slice.indices(length)` turned into a start, element count and step.
///
/// ```python
/// range(*slice(-1, None, -2).indices(5))   # [4, 2, 0] -> (start: 4, count: 3, step: -2)
/// ```
struct SliceBounds: Equatable {
    var start: Int
    var count: Int
    var step: Int

    init(start: Int?, stop: Int?, step: Int?, length n: Int) throws {
        let st = step ?? 1
        guard st != 0 else { throw TensorError.value("slice step cannot be zero") }
        var lo: Int, hi: Int
        if st > 0 {
            lo = start.map { $0 < 0 ? Swift.max($0 + n, 0) : Swift.min($0, n) } ?? 0
            hi = stop.map { $0 < 0 ? Swift.max($0 + n, 0) : Swift.min($0, n) } ?? n
            self.count = hi > lo ? (hi - lo - 1) / st + 1 : 0
        } else {
            lo = start.map { $0 < 0 ? Swift.max($0 + n, -1) : Swift.min($0, n - 1) } ?? n - 1
            hi = stop.map { $0 < 0 ? Swift.max($0 + n, -1) : Swift.min($0, n - 1) } ?? -1
            let magnitude = st == Int.min ? Int.max : -st
            self.count = lo > hi ? (lo - hi - 1) / magnitude + 1 : 0
        }
        self.start = lo
        self.step = st
    }
}
