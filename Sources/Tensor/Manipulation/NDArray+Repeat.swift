/// Repetition and padding: tile, repeat, pad.
///
/// ```python
/// np.tile([1, 2], (2, 2))            # [[1 2 1 2] [1 2 1 2]]
/// np.repeat([[1, 2]], 2, axis=0)     # [[1 2] [1 2]]
/// np.pad([1, 2], 2, mode='reflect')  # [1 2 1 2 1 2]  (edge, constant also)
/// ```
extension NDArray {
    /// `np.tile(a, reps)`.
    public func tile(_ reps: [Int]) throws -> NDArray {
        let d = Swift.max(ndim, reps.count)
        let src = try reshape([Int](repeating: 1, count: d - ndim) + shape)
        let r = [Int](repeating: 1, count: d - reps.count) + reps
        for x in r where x < 0 { throw TensorError.value("negative dimensions are not allowed") }
        // (r0, s0, r1, s1, ...) broadcast view, then copy and reshape
        var bShape: [Int] = [], bStrides: [Int] = [], target: [Int] = []
        for i in 0..<d {
            bShape.append(r[i]); bStrides.append(0)
            bShape.append(src.shape[i]); bStrides.append(src.strides[i])
            let (t, overflow) = r[i].multipliedReportingOverflow(by: src.shape[i])
            if overflow { throw TensorError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
            target.append(t)
        }
        _ = try Shape.checkedSize(target, dtype: dtype)
        let b = src.view(shape: bShape, strides: bStrides, offset: src.offset)
        return try b.copy().reshape(target)
    }

    /// `np.repeat(a, repeats, axis)`: `repeats` is one count or one per element along `axis`;
    /// `axis: nil` works on the flattened array.
    public func `repeat`(_ repeats: [Int], axis: Int? = nil) throws -> NDArray {
        guard let axis else { return try ravel().repeat(repeats, axis: 0) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        let counts: [Int]
        if repeats.count == 1 { counts = [Int](repeating: repeats[0], count: n) }
        else if repeats.count == n { counts = repeats }
        else { throw TensorError.value("operands could not be broadcast together with shape (\(n),) (\(repeats.count),)") }
        for c in counts where c < 0 { throw TensorError.value("repeats may not contain negative values.") }
        var total = 0
        for c in counts {
            let (t, o) = total.addingReportingOverflow(c)
            if o { throw TensorError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
            total = t
        }
        var outShape = shape
        outShape[ax] = total
        _ = try Shape.checkedSize(outShape, dtype: dtype)
        var idx: [Int64] = []
        for (i, c) in counts.enumerated() { for _ in 0..<c { idx.append(Int64(i)) } }
        var items = [IndexItem](repeating: .all, count: ax)
        items.append(.array(try NDArray(idx)))
        return try getItem(items)
    }

    /// `np.pad(a, pad_width, mode, constant_values)`: `widths` holds (before, after) per axis
    /// (one pair broadcasts to all axes). Modes: `constant`, `edge`, `reflect`, `symmetric`, `wrap`;
    /// pads wider than the axis repeat the pattern periodically, as NumPy's do.
    public func pad(_ widths: [(Int, Int)], mode: String = "constant", constant: ScalarValue = .int(0)) throws -> NDArray {
        let w: [(Int, Int)] = widths.count == 1 ? Array(repeating: widths[0], count: ndim) : widths
        guard w.count == ndim else { throw TensorError.value("operands could not be broadcast together with remapped shapes [original->remapped]: (\(widths.count),2)  and requested shape (\(ndim),2)") }
        for (a, b) in w where a < 0 || b < 0 { throw TensorError.value("index can't contain negative values") }
        var padded: [Int] = []
        for (i, (a, b)) in w.enumerated() {
            let (s1, o1) = shape[i].addingReportingOverflow(a)
            let (s2, o2) = s1.addingReportingOverflow(b)
            if o1 || o2 { throw TensorError.value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
            padded.append(s2)
        }
        _ = try Shape.checkedSize(padded, dtype: dtype)
        guard Self.padModes.contains(mode) else {
            throw TensorError.notImplemented("np.pad mode '\(mode)' is not supported (\(Self.padModes.joined(separator: ", ")) are)")
        }
        for axis in 0..<ndim where mode != "constant" && shape[axis] == 0 && w[axis] != (0, 0) {
            throw TensorError.value("can't extend empty axis \(axis) using modes other than 'constant' or 'empty'")
        }
        if ndim == 0 { return try copy() }
        let out = try NDArray.uninitialized(padded, dtype: dtype)
        if out.size == 0 { return out }   // nothing to fill (and another axis may be huge)
        // Per axis, the source index of each output position, or -1 where the constant goes.
        var sources: [[Int]] = []
        for axis in 0..<ndim {
            let (before, after) = w[axis]
            let n = shape[axis]
            sources.append((-before..<(n + after)).map { j in
                if j >= 0 && j < n { return j }
                switch mode {
                case "edge": return Swift.min(Swift.max(j, 0), n - 1)
                case "reflect": return Self.reflectIndex(j, n)
                case "symmetric": return Self.symmetricIndex(j, n)
                case "wrap": return Self.wrapIndex(j, n)
                default: return -1
                }
            })
        }
        switch dtype {
        case .bool: try fillPadded(out, sources: sources, constant: constant.cast(Bool.self))
        case .uint8: try fillPadded(out, sources: sources, constant: constant.cast(UInt8.self))
        case .int64: try fillPadded(out, sources: sources, constant: constant.cast(Int64.self))
        case .float32: try fillPadded(out, sources: sources, constant: constant.cast(Float.self))
        case .float64: try fillPadded(out, sources: sources, constant: constant.cast(Double.self))
        }
        return out
    }

    /// Writes every element of the fresh C-order array `out` in one pass, row by row, through
    /// the per-axis source maps (-1: the constant), checking for an interrupt every 2^20 elements.
    private func fillPadded<T: TensorElement>(_ out: NDArray, sources: [[Int]], constant: T) throws {
        let source = base(T.self), destination = out.base(T.self)
        let outerAxes = ndim - 1
        let rowLength = out.shape[outerAxes]
        let lastSources = sources[outerAxes], lastStride = strides[outerAxes]
        var counter = [Int](repeating: 0, count: outerAxes)
        var written = 0, sinceCheck = 0
        for _ in 0..<(out.size / rowLength) {
            // The row's source start, or nil when one of its outer positions is a constant pad.
            var rowStart: Int? = offset
            for axis in 0..<outerAxes {
                let s = sources[axis][counter[axis]]
                if s < 0 { rowStart = nil; break }
                rowStart! += s * strides[axis]
            }
            let row = destination + written
            if let start = rowStart {
                for j in 0..<rowLength {
                    let s = lastSources[j]
                    row[j] = s < 0 ? constant : source[start + s * lastStride]
                }
            } else {
                row.update(repeating: constant, count: rowLength)
            }
            written += rowLength
            sinceCheck += rowLength
            if sinceCheck >= 1 << 20 {
                sinceCheck = 0
                try Interrupt.checkpoint()
            }
            var axis = outerAxes - 1
            while axis >= 0 {
                counter[axis] += 1
                if counter[axis] < out.shape[axis] { break }
                counter[axis] = 0
                axis -= 1
            }
        }
    }

    static let padModes = ["constant", "edge", "reflect", "symmetric", "wrap"]

    /// NumPy's `wrap`: `... 1 2 | 0 1 2 | 0 1 ...`.
    static func wrapIndex(_ j: Int, _ n: Int) -> Int {
        let m = j % n
        return m < 0 ? m + n : m
    }

    /// NumPy's `symmetric` (edge repeated): `... 1 0 | 0 1 2 | 2 1 ...`.
    static func symmetricIndex(_ j: Int, _ n: Int) -> Int {
        let m = wrapIndex(j, 2 * n)
        return m < n ? m : 2 * n - 1 - m
    }

    /// NumPy's `reflect` (no edge repeat): `... 2 1 | 0 1 2 | 1 0 ...`.
    static func reflectIndex(_ j: Int, _ n: Int) -> Int {
        if n == 1 { return 0 }
        let period = 2 * (n - 1)
        let m = wrapIndex(j, period)
        return m < n ? m : period - m
    }
}
