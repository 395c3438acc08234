/// The generic loops under every ufunc: apply a scalar closure over broadcast operands into an
/// output view. Contiguous operands take a flat loop the compiler vectorises; a scalar operand
/// takes a flat loop with a constant; everything else walks rows with ``StridedLoop``.
/// These loops are single-threaded on purpose: the scalar closure must stay inlinable (a
/// closure captured by a thread pool is called indirectly and never vectorises). Big ops are
/// split across cores one level up, by ``Parallel/splitRows(_:_:)`` on whole sub-arrays.
///
/// ```python
/// np.add(a, b)   # a (1000, 1000) f32 + b (1000,) f32: rows of 1000, b's step 0 on axis 0
/// ```
enum ElementwiseKernel {
    /// `out[...] = f(a, b)`: `a` and `b` have element type `T` and broadcast to `out.shape`.
    @inline(__always)
    static func binary<T: TensorElement, R: TensorElement>(
        _ a: NDArray, _ b: NDArray, into out: NDArray, _ f: (T, T) -> R
    ) throws {
        // Same-shape contiguous operands (most calls) go straight to the flat loop, without
        // making broadcast views (each view copy costs retains of its storage and shape arrays).
        if a.shape == out.shape && b.shape == out.shape && a.isContiguous && b.isContiguous && out.isContiguous {
            let pa = a.start(T.self), pb = b.start(T.self), po = out.start(R.self)
            for i in 0..<out.size { po[i] = f(pa[i], pb[i]) }
            return
        }
        // Array and 0-d operand (`a * 2.0`): the scalar is read once, no broadcast view.
        if b.ndim == 0 && a.shape == out.shape && a.isContiguous && out.isContiguous {
            let pa = a.start(T.self), po = out.start(R.self), s = b.start(T.self).pointee
            for i in 0..<out.size { po[i] = f(pa[i], s) }
            return
        }
        if a.ndim == 0 && b.shape == out.shape && b.isContiguous && out.isContiguous {
            let pb = b.start(T.self), po = out.start(R.self), s = a.start(T.self).pointee
            for i in 0..<out.size { po[i] = f(s, pb[i]) }
            return
        }
        let a = try a.broadcast(to: out.shape), b = try b.broadcast(to: out.shape)
        let ap = a.base(T.self), bp = b.base(T.self), op = out.base(R.self)
        let n = out.size
        let oc = out.isContiguous, ac = a.isContiguous, bc = b.isContiguous
        if oc && ac && bc {
            let pa = ap + a.offset, pb = bp + b.offset, po = op + out.offset
            for i in 0..<n { po[i] = f(pa[i], pb[i]) }
            return
        }
        if oc && ac && b.isRepeatedScalar {
            let pa = ap + a.offset, po = op + out.offset
            let s = bp[b.offset]
            for i in 0..<n { po[i] = f(pa[i], s) }
            return
        }
        if oc && bc && a.isRepeatedScalar {
            let pb = bp + b.offset, po = op + out.offset
            let s = ap[a.offset]
            for i in 0..<n { po[i] = f(s, pb[i]) }
            return
        }
        let loop = StridedLoop(shape: out.shape, strides: [a.strides, b.strides, out.strides])
        loop.forEachRow(starts: [a.offset, b.offset, out.offset]) { o, count, st in
            let pa = ap + o[0], pb = bp + o[1], po = op + o[2]
            let sa = st[0], sb = st[1], so = st[2]
            if sa == 1 && sb == 1 && so == 1 {
                for i in 0..<count { po[i] = f(pa[i], pb[i]) }
            } else if sa == 1 && sb == 0 && so == 1 {
                let s = pb[0]
                for i in 0..<count { po[i] = f(pa[i], s) }
            } else if sa == 0 && sb == 1 && so == 1 {
                let s = pa[0]
                for i in 0..<count { po[i] = f(s, pb[i]) }
            } else {
                for i in 0..<count { po[i * so] = f(pa[i * sa], pb[i * sb]) }
            }
        }
    }

    /// `out[...] = f(a)`: `a` broadcasts to `out.shape`.
    @inline(__always)
    static func unary<T: TensorElement, R: TensorElement>(
        _ a: NDArray, into out: NDArray, _ f: (T) -> R
    ) throws {
        let a = try a.broadcast(to: out.shape)
        let ap = a.base(T.self), op = out.base(R.self)
        if out.isContiguous && a.isContiguous {
            let pa = ap + a.offset, po = op + out.offset
            for i in 0..<out.size { po[i] = f(pa[i]) }
            return
        }
        let loop = StridedLoop(shape: out.shape, strides: [a.strides, out.strides])
        loop.forEachRow(starts: [a.offset, out.offset]) { o, count, st in
            let pa = ap + o[0], po = op + o[1]
            let sa = st[0], so = st[1]
            if sa == 1 && so == 1 {
                for i in 0..<count { po[i] = f(pa[i]) }
            } else {
                for i in 0..<count { po[i * so] = f(pa[i * sa]) }
            }
        }
    }

    /// `out[...] = f(a, b, c)` for `where` and `clip`.
    static func ternary<A: TensorElement, T: TensorElement, R: TensorElement>(
        _ a: NDArray, _ b: NDArray, _ c: NDArray, into out: NDArray, _ f: (A, T, T) -> R
    ) throws {
        let a = try a.broadcast(to: out.shape), b = try b.broadcast(to: out.shape), c = try c.broadcast(to: out.shape)
        let ap = a.base(A.self), bp = b.base(T.self), cp = c.base(T.self), op = out.base(R.self)
        var oa = 0, ob = 0, oc = 0
        let loop = StridedLoop(shape: out.shape, strides: [a.strides, b.strides, c.strides, out.strides])
        loop.forEachRow(starts: [a.offset, b.offset, c.offset, out.offset]) { o, count, st in
            oa = o[0]; ob = o[1]; oc = o[2]
            var oo = o[3]
            for _ in 0..<count {
                op[oo] = f(ap[oa], bp[ob], cp[oc])
                oa += st[0]; ob += st[1]; oc += st[2]; oo += st[3]
            }
        }
    }
}

extension NDArray {
    /// True when every element is the same storage element (a broadcast scalar).
    var isRepeatedScalar: Bool {
        for i in 0..<shape.count where shape[i] != 1 && strides[i] != 0 { return false }
        return true
    }
}
