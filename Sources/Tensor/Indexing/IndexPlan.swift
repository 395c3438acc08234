/// The analysis of a subscript against an array: the basic-indexing view plus, when integer or
/// boolean arrays are present, the advanced part (broadcast index arrays and where their
/// dimensions land in the result). Shared by get (``NDArray/subscript(_:)``) and set.
///
/// ```python
/// a = np.zeros((5, 6, 7))
/// a[1:3, [0, 2], ::2].shape     # (2, 2, 4)   adjacent advanced dims stay in place
/// a[[0, 1], :, [2, 3]].shape    # (2, 6)      separated: broadcast dims go first
/// ```
struct IndexPlan {
    /// The view after basic indexing; advanced axes are kept whole.
    var view: NDArray
    /// Axes of `view` selected by index arrays (increasing).
    var advancedAxes: [Int] = []
    /// The index arrays (int64, bounds-checked, non-negative), broadcast to `broadcastShape`.
    var indexArrays: [NDArray] = []
    var broadcastShape: [Int] = []
    /// Where the broadcast dims go in the result (index into the remaining axes).
    var insertPosition = 0

    var isBasic: Bool { advancedAxes.isEmpty }

    init(_ a: NDArray, _ items: [IndexItem]) throws {
        // Count consumed axes (a mask consumes its ndim); plain ints join an advanced index.
        var consumed = 0
        var ellipsisCount = 0
        let hasArray = items.contains { $0.isAdvanced }
        var normalized: [IndexItem] = []
        for item in items {
            switch item {
            case .array(let arr) where arr.dtype == .bool:
                if arr.ndim == 0 { throw TensorError.notImplemented("indexing with a 0-d boolean is not supported") }
                consumed += arr.ndim
                normalized.append(item)
            case .array(let arr) where arr.dtype == .uint8:
                consumed += 1
                normalized.append(.array(try arr.astype(.int64)))
            case .array(let arr):
                guard arr.dtype == .int64 else {
                    throw TensorError.index("arrays used as indices must be of integer (or boolean) type")
                }
                consumed += 1
                normalized.append(item)
            case .int(let i):
                consumed += 1
                normalized.append(hasArray ? .array(NDArray(scalar: .int(Int64(i)))) : item)
            case .slice:
                consumed += 1
                normalized.append(item)
            case .newAxis: normalized.append(item)
            case .ellipsis:
                ellipsisCount += 1
                normalized.append(item)
            }
        }
        if ellipsisCount > 1 { throw TensorError.index("an index can only have a single ellipsis ('...')") }
        if consumed > a.ndim { throw TensorError.tooManyIndices(ndim: a.ndim, indexed: consumed) }

        // Basic pass; advanced items keep their axis whole and are recorded.
        var shape: [Int] = [], strides: [Int] = []
        var offset = a.offset
        var src = 0
        var advancedItems: [(axis: Int, array: NDArray, itemIndex: Int)] = []
        var itemCounter = 0
        for item in normalized {
            itemCounter += 1
            switch item {
            case .int(let i):
                let n = a.shape[src]
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { throw TensorError.indexOutOfBounds(index: i, axis: src, size: n) }
                offset += j * a.strides[src]
                src += 1
            case .slice(let s0, let s1, let st):
                let b = try SliceBounds(start: s0, stop: s1, step: st, length: a.shape[src])
                if b.count > 0 { offset += b.start * a.strides[src] }
                shape.append(b.count); strides.append(a.strides[src] &* b.step)   // wraps only when count <= 1, where it is never used
                src += 1
            case .newAxis:
                shape.append(1); strides.append(0)
            case .ellipsis:
                for _ in 0..<(a.ndim - consumed) { shape.append(a.shape[src]); strides.append(a.strides[src]); src += 1 }
            case .array(let arr) where arr.dtype == .bool:
                for (k, d) in arr.shape.enumerated() where a.shape[src + k] != d {
                    throw TensorError.index("boolean index did not match indexed array along axis \(src + k); size of axis is \(a.shape[src + k]) but size of corresponding boolean axis is \(d)")
                }
                for nz in try arr.nonzero() {
                    advancedItems.append((shape.count, nz, itemCounter))
                    itemCounter += 1
                    shape.append(a.shape[src]); strides.append(a.strides[src])
                    src += 1
                }
                itemCounter -= 1
            case .array(let arr):
                let n = a.shape[src]
                let checked = try Self.checkedIndices(arr, axis: src, size: n)
                advancedItems.append((shape.count, checked, itemCounter))
                shape.append(n); strides.append(a.strides[src])
                src += 1
            }
        }
        while src < a.ndim { shape.append(a.shape[src]); strides.append(a.strides[src]); src += 1 }
        view = a.view(shape: shape, strides: strides, offset: offset)
        if advancedItems.isEmpty { return }

        advancedAxes = advancedItems.map(\.axis)
        do {
            broadcastShape = try Shape.broadcast(advancedItems.map(\.array.shape))
        } catch {
            throw TensorError.index("shape mismatch: indexing arrays could not be broadcast together with shapes " + advancedItems.map { Shape.tupleString($0.array.shape, compact: true) + " " }.joined())
        }
        indexArrays = try advancedItems.map { try $0.array.broadcast(to: broadcastShape) }
        let itemPositions = advancedItems.map(\.itemIndex)
        let adjacent = zip(itemPositions, itemPositions.dropFirst()).allSatisfy { $1 == $0 + 1 }
        insertPosition = adjacent ? advancedAxes[0] : 0
    }

    /// Validates indices against `size`, wrapping negatives.
    private static func checkedIndices(_ arr: NDArray, axis: Int, size n: Int) throws -> NDArray {
        let out = try NDArray.uninitialized(arr.shape, dtype: .int64)
        let src = arr.base(Int64.self)
        let dst = out.base(Int64.self)
        var k = 0
        var bad: Int64?
        arr.forEachOffset { o in
            let i = src[o]
            let j = i < 0 ? i + Int64(n) : i
            if j < 0 || j >= Int64(n) { if bad == nil { bad = i } }
            dst[k] = j
            k += 1
        }
        if let bad { throw TensorError.indexOutOfBounds(index: Int(bad), axis: axis, size: n) }
        return out
    }

    /// Shape of the result: remaining axes with the broadcast dims inserted.
    var resultShape: [Int] {
        if isBasic { return view.shape }
        var rest = view.shape.enumerated().filter { !advancedAxes.contains($0.offset) }.map(\.element)
        rest.insert(contentsOf: broadcastShape, at: Swift.min(insertPosition, rest.count))
        return rest
    }

    /// Calls `body(storageOffset, resultOffset-view)` for each broadcast position: the view of
    /// the source's remaining axes at that position, and the matching view of `result`.
    func forEachPosition(result: NDArray, _ body: (NDArray, NDArray) throws -> Void) throws {
        let restAxes = view.shape.indices.filter { !advancedAxes.contains($0) }
        let restShape = restAxes.map { view.shape[$0] }
        let restStrides = restAxes.map { view.strides[$0] }
        let bCount = broadcastShape.reduce(1, *)
        let bRank = broadcastShape.count
        let ins = Swift.min(insertPosition, restShape.count)
        var resRestStrides = Array(result.strides[0..<ins])
        resRestStrides.append(contentsOf: result.strides[(ins + bRank)...])
        let resBStrides = Array(result.strides[ins..<(ins + bRank)])
        let idx = indexArrays.map { $0.elements(as: Int64.self) }
        let bStrides = Shape.contiguousStrides(broadcastShape)
        for b in 0..<bCount {
            var srcOffset = view.offset
            for (k, axis) in advancedAxes.enumerated() { srcOffset += Int(idx[k][b]) * view.strides[axis] }
            var resOffset = result.offset
            var rem = b
            for d in 0..<bRank {
                let c = rem / bStrides[d]
                rem -= c * bStrides[d]
                resOffset += c * resBStrides[d]
            }
            let s = view.view(shape: restShape, strides: restStrides, offset: srcOffset)
            let r = result.view(shape: restShape, strides: resRestStrides, offset: resOffset)
            try body(s, r)
        }
    }
}
