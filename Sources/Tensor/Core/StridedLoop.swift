/// The strided iteration engine: walks up to three operands that share one (broadcast) shape,
/// calling a body once per innermost row with each operand's start offset and step.
///
/// Axes that can be merged (size 1, or laid out back to back in every operand) are coalesced
/// first, so a contiguous array, or a transposed one read in its own order, becomes one long row.
///
/// ```python
/// # np.add(a, b, out) with a (2,3) C-order, b (3,) broadcast along axis 0:
/// # rows: (oa=0, ob=0, oo=0, n=3), (oa=3, ob=0, oo=3, n=3)
/// ```
struct StridedLoop {
    var shape: [Int]
    var strides: [[Int]]

    /// Coalesces `shape` with the per-operand `strides` (all of the same rank).
    init(shape: [Int], strides: [[Int]]) {
        var sh: [Int] = []
        var st: [[Int]] = Array(repeating: [], count: strides.count)
        for i in 0..<shape.count where shape[i] != 1 {
            sh.append(shape[i])
            for k in 0..<strides.count { st[k].append(strides[k][i]) }
        }
        // merge axis j into j-1 when contiguous for every operand
        var j = sh.count - 1
        while j > 0 {
            var mergeable = true
            for k in 0..<st.count where st[k][j - 1] != st[k][j] * sh[j] { mergeable = false; break }
            if mergeable {
                sh[j - 1] *= sh[j]
                sh.remove(at: j)
                for k in 0..<st.count { st[k][j - 1] = st[k][j]; st[k].remove(at: j) }
            }
            j -= 1
        }
        self.shape = sh
        self.strides = st
    }

    /// Total rows and row length after coalescing.
    var rowLength: Int { shape.last ?? 1 }

    /// Calls `body(offsets, count, steps)` for every innermost row. `offsets` holds each
    /// operand's storage offset (starting from `starts`), `steps` each operand's inner step.
    @inline(__always)
    func forEachRow(starts: [Int], _ body: (UnsafeBufferPointer<Int>, Int, UnsafeBufferPointer<Int>) -> Void) {
        let nops = strides.count
        if shape.contains(0) { return }
        let ndim = shape.count
        var offsets = starts
        var inner = [Int](repeating: 0, count: nops)
        if ndim == 0 {
            offsets.withUnsafeBufferPointer { o in inner.withUnsafeBufferPointer { s in body(o, 1, s) } }
            return
        }
        for k in 0..<nops { inner[k] = strides[k][ndim - 1] }
        let n = shape[ndim - 1]
        var counter = [Int](repeating: 0, count: ndim)
        inner.withUnsafeBufferPointer { steps in
            while true {
                offsets.withUnsafeBufferPointer { o in body(o, n, steps) }
                // advance outer counter
                var axis = ndim - 2
                while axis >= 0 {
                    counter[axis] += 1
                    for k in 0..<nops { offsets[k] += strides[k][axis] }
                    if counter[axis] < shape[axis] { break }
                    for k in 0..<nops { offsets[k] -= strides[k][axis] * shape[axis] }
                    counter[axis] = 0
                    axis -= 1
                }
                if axis < 0 { return }
            }
        }
    }
}

/// Element offsets of every element of a view in C order (used by gathers and small paths).
extension NDArray {
    func forEachOffset(_ body: (Int) -> Void) {
        let loop = StridedLoop(shape: shape, strides: [strides])
        loop.forEachRow(starts: [offset]) { o, n, s in
            var p = o[0]
            let step = s[0]
            for _ in 0..<n { body(p); p += step }
        }
    }
}
