/// `sort`, `argsort` and `unique`. NaN sorts to the end, as in NumPy.
///
/// `argsort` is always stable (ties keep their original order, NumPy's `kind='stable'`);
/// NumPy's default quicksort may order ties differently, while `sort` values are identical.
/// Both run on ``RadixSort`` (linear time).
///
/// ```python
/// np.sort([[3, 1], [2, 5]], axis=0)   # [[2 1] [3 5]]
/// np.argsort([3, 1, 2])               # [1 2 0]
/// np.unique([3, 1, 3], return_counts=True)   # ([1 3], [1 2])
/// ```
extension NDArray {
    /// `np.sort(a, axis)`: a sorted copy (axis `nil` sorts the flattened array).
    public func sorted(axis: Int? = -1) throws -> NDArray {
        guard let axis else { return try flatten().sorted(axis: 0) }
        if ndim == 0 { return try copy() }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let rows = try moveaxis([ax], [-1]).copy()
        let n = rows.shape.last ?? 0
        let count = n == 0 ? 0 : rows.size / n
        for r in 0..<count {
            if r & 63 == 63 { try Interrupt.checkpoint() }
            switch dtype {
            case .bool: try Self.sortRow(rows.base(Bool.self) + r * n, n, RadixSort.key)
            case .uint8: try Self.sortRow(rows.base(UInt8.self) + r * n, n, RadixSort.key)
            case .int64: try Self.sortRow(rows.base(Int64.self) + r * n, n, RadixSort.key)
            case .float32: try Self.sortRow(rows.base(Float.self) + r * n, n, RadixSort.key)
            case .float64: try Self.sortRow(rows.base(Double.self) + r * n, n, RadixSort.key)
            }
        }
        // Sorting along the last axis leaves `rows` as the (fresh, C-order) result.
        return ax == ndim - 1 ? rows : try rows.moveaxis([-1], [ax]).copy()
    }

    /// Sorts one contiguous row in place by radix order of its keys.
    private static func sortRow<T, K: FixedWidthInteger & UnsignedInteger>(_ p: UnsafeMutablePointer<T>, _ n: Int, _ key: (T) -> K) throws {
        let values = Array(UnsafeBufferPointer(start: p, count: n))
        let order = try RadixSort.order(count: n) { key(p[$0]) }
        try values.withUnsafeBufferPointer { v in
            try Interrupt.chunked(n) { range in for i in range { p[i] = v[order[i]] } }
        }
    }

    /// `np.argsort(a, axis, kind='stable')`: int64 indices that sort each run along `axis`.
    public func argsort(axis: Int? = -1) throws -> NDArray {
        guard let axis else { return try flatten().argsort(axis: 0) }
        if ndim == 0 { return try NDArray([Int64(0)]).reshape([]) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let moved = try moveaxis([ax], [-1])
        let n = moved.shape.last ?? 0
        let rows = try moved.reshape([-1, Swift.max(n, 1)].map { $0 }).contiguous()
        let rowCount = n == 0 ? 0 : rows.shape[0]
        let out = try NDArray.uninitialized(moved.shape, dtype: .int64)
        let po = out.base(Int64.self)
        for r in 0..<rowCount {
            if r & 63 == 63 { try Interrupt.checkpoint() }
            let order: [Int]
            let start = rows.offset + r * n
            switch dtype {
            case .bool: let p = rows.base(Bool.self) + start; order = try RadixSort.order(count: n) { RadixSort.key(p[$0]) }
            case .uint8: let p = rows.base(UInt8.self) + start; order = try RadixSort.order(count: n) { RadixSort.key(p[$0]) }
            case .int64: let p = rows.base(Int64.self) + start; order = try RadixSort.order(count: n) { RadixSort.key(p[$0]) }
            case .float32: let p = rows.base(Float.self) + start; order = try RadixSort.order(count: n) { RadixSort.key(p[$0]) }
            case .float64: let p = rows.base(Double.self) + start; order = try RadixSort.order(count: n) { RadixSort.key(p[$0]) }
            }
            try Interrupt.chunked(n) { range in for i in range { po[r * n + i] = Int64(order[i]) } }
        }
        return try out.moveaxis([-1], [ax])
    }

    /// `np.take_along_axis(a, indices, axis)` for indices shaped like `a` (axis `nil`: flat).
    public func takeAlong(_ indices: NDArray, axis: Int?) throws -> NDArray {
        guard let axis else { return try flatten().takeAlong(indices, axis: 0) }
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let idx = try indices.converted(to: .int64).contiguous()
        guard idx.ndim == ndim else { throw TensorError.value("`indices` and `arr` must have the same number of dimensions") }
        let shp = try Shape.broadcast(shape.enumerated().map { $0.offset == ax ? 1 : $0.element },
                                      idx.shape.enumerated().map { $0.offset == ax ? 1 : $0.element })
        var outShape = shp
        outShape[ax] = idx.shape[ax]
        let src = try self.broadcast(to: shp.enumerated().map { $0.offset == ax ? shape[ax] : $0.element })
        let ib = try idx.broadcast(to: outShape)
        let out = try NDArray.uninitialized(outShape, dtype: dtype)
        let n = shape[ax]
        let ip = ib.base(Int64.self)
        var k = 0
        var failure: TensorError?
        let outStrides = Shape.contiguousStrides(outShape)
        ib.forEachOffset { o in
            if failure != nil { return }
            var i = Int(ip[o])
            if i < 0 { i += n }
            if i < 0 || i >= n { failure = .indexOutOfBounds(index: Int(ip[o]), axis: ax, size: n); return }
            // storage index of the source element: output element k's multi-index, with `i` on `ax`
            var so = src.offset
            for d in 0..<outShape.count {
                let c = (k / outStrides[d]) % Swift.max(outShape[d], 1)
                so += (d == ax ? i : c) * src.strides[d]
            }
            out.copyScalar(from: src, storageIndex: so, toFlat: k)
            k += 1
        }
        if let failure { throw failure }
        return out
    }

    /// Copies one element (same dtype) into flat position `k` of this contiguous array.
    @inline(__always)
    func copyScalar(from src: NDArray, storageIndex: Int, toFlat k: Int) {
        switch dtype {
        case .bool: base(Bool.self)[offset + k] = src.base(Bool.self)[storageIndex]
        case .uint8: base(UInt8.self)[offset + k] = src.base(UInt8.self)[storageIndex]
        case .int64: base(Int64.self)[offset + k] = src.base(Int64.self)[storageIndex]
        case .float32: base(Float.self)[offset + k] = src.base(Float.self)[storageIndex]
        case .float64: base(Double.self)[offset + k] = src.base(Double.self)[storageIndex]
        }
    }

    /// The results of `np.unique(a, return_index, return_inverse, return_counts)` (all computed).
    public struct UniqueResult: Sendable {
        /// Sorted distinct values (1-D).
        public var values: NDArray
        /// Index of each value's first occurrence in the flattened input.
        public var indices: NDArray
        /// For each input element, the index of its value in `values` (shape of the input, as NumPy 2).
        public var inverse: NDArray
        /// Occurrences of each value.
        public var counts: NDArray
    }

    /// `np.unique(a, return_index=True, return_inverse=True, return_counts=True)` on the
    /// flattened array. NaNs collapse into one as NumPy's `equal_nan=True` does.
    public func unique() throws -> UniqueResult {
        let flat = try flatten()
        let order = try flat.argsort(axis: 0).elements(as: Int64.self).map(Int.init)
        let vals = flat.scalarValues
        var uniqIdx: [Int] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: vals.count)
        var firstIdx: [Int64] = []
        for (pos, i) in order.enumerated() {
            let v = vals[i]
            let same: Bool
            if pos > 0, let last = uniqIdx.last {
                let u = vals[last]
                same = u == v || (u.asDouble.isNaN && v.asDouble.isNaN)
            } else { same = false }
            if same {
                counts[counts.count - 1] += 1
            } else {
                uniqIdx.append(i); counts.append(1); firstIdx.append(Int64(i))
            }
            inverse[i] = Int64(uniqIdx.count - 1)
        }
        let idxArray = try NDArray(uniqIdx.map(Int64.init))
        return UniqueResult(values: try flat.takeAlong(idxArray, axis: 0),
                            indices: try NDArray(firstIdx),
                            inverse: try NDArray(inverse).reshape(ndim == 0 ? [1] : shape),
                            counts: try NDArray(counts))
    }
}
