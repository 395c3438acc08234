extension Array {
    /// `count` copies of `value`. `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)`
    /// ask the Swift runtime for the array's type metadata on every call (a locked hash lookup,
    /// a few percent of a slicing loop); reserving and appending use the cached metadata.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
