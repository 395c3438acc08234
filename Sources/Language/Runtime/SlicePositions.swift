/// The positions a clamped slice selects: `start + k * step` for `k < count`.
///
/// Computed by position, never by stepping past the last one: a step near ±2^63
/// (`xs[::-2**62]`) would overflow one step beyond the sequence, where `stride(from:to:by:)`
/// traps.
///
/// ```swift
/// Array(SlicePositions(start: 4, stop: -1, step: -2))   // [4, 2, 0]
/// ```
public struct SlicePositions: RandomAccessCollection, Sendable {
    public let start: Int, step: Int, count: Int

    /// From `slice.indices(length)`'s start, stop and step (step != 0).
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.step = step
        if step > 0 {
            count = stop > start ? (stop - start - 1) / step + 1 : 0
        } else {
            // `-step` is safe: PySlice.indices keeps the step above Int.min.
            count = start > stop ? (start - stop - 1) / -step + 1 : 0
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(k: Int) -> Int { start + k * step }
}
