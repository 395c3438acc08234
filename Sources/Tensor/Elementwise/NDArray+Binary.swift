/// The binary ufuncs as functions and operators, with broadcasting and NumPy's dtype rules.
///
/// ```python
/// a = np.ones((2, 3), np.float32)
/// a + np.arange(3)     # (2, 3) float64   -> try a + NDArray.arange(3)
/// a * 2.0              # (2, 3) float32   -> try a * .pythonScalar(2.0)
/// a // 0               # inf              -> try NDArray.binary(.floorDivide, a, .pythonScalar(0))
/// ```
extension NDArray {
    /// `np.<ufunc>(a, b)`: a fresh array of the broadcast shape.
    public static func binary(_ op: BinaryOp, _ a: NDArray, _ b: NDArray) throws -> NDArray {
        let (compute, output) = try op.resolve(a, b)
        // Same shapes (the common case) share the shape array instead of building a new one.
        let shape = a.shape == b.shape || b.ndim == 0 ? a.shape : (a.ndim == 0 ? b.shape : try Shape.broadcast(a.shape, b.shape))
        // A narrow result (uint8) is computed in its wide dtype and wrapped back at the end.
        let narrowed = output != .bool && output != compute
        let out = try NDArray.uninitialized(shape, dtype: narrowed ? compute : output, like: a)
        if out.size < Parallel.threshold && a.dtype == compute && b.dtype == compute {
            try op.run(a, b, into: out)   // small work: no split, no casts, no per-call arrays or closures
            return narrowed ? try out.astype(output) : out
        }
        let ca = try a.converted(to: compute), cb = try b.converted(to: compute)
        if out.size < Parallel.threshold {
            try op.run(ca, cb, into: out)
        } else {
            try Parallel.splitRows(out, [ca, cb]) { o, ins in try op.run(ins[0], ins[1], into: o) }
        }
        return narrowed ? try out.astype(output) : out
    }

    /// `np.<ufunc>(a, b, out=self)` / `self op= b`: writes into this view, keeping its dtype.
    /// Throws NumPy's `same_kind` casting error (`int_array += 1.5`) and broadcast errors
    /// (`b` must broadcast to `self.shape`).
    ///
    /// ```python
    /// x = np.arange(3); x += 1.5
    /// # UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
    /// ```
    public func applyInPlace(_ op: BinaryOp, _ b: NDArray) throws {
        let (compute, output) = try op.resolve(self, b)
        let shape = try Shape.broadcast(self.shape, b.shape)
        guard shape == self.shape else {
            throw TensorError.value("non-broadcastable output operand with shape \(Shape.tupleString(self.shape, compact: true)) doesn't match the broadcast shape \(Shape.tupleString(shape, compact: true))")
        }
        guard output.canCastSameKind(to: dtype) else {
            throw TensorError.outputCasting(ufunc: op.ufuncName, from: output, to: dtype)
        }
        var rhs = try b.converted(to: compute)
        if rhs.storage === storage && (rhs.offset != offset || rhs.strides != strides) { rhs = try rhs.copy() }
        let lhs = try converted(to: compute)
        let narrowed = output != .bool && output != compute
        if output == dtype && !narrowed {
            try op.run(lhs, rhs, into: self)
        } else {
            let tmp = try NDArray.uninitialized(shape, dtype: narrowed ? compute : output)
            try op.run(lhs, rhs, into: tmp)
            var me = self
            me.copyElements(from: tmp)
        }
    }

    public static func + (a: NDArray, b: NDArray) throws -> NDArray { try binary(.add, a, b) }
    public static func - (a: NDArray, b: NDArray) throws -> NDArray { try binary(.subtract, a, b) }
    public static func * (a: NDArray, b: NDArray) throws -> NDArray { try binary(.multiply, a, b) }
    public static func / (a: NDArray, b: NDArray) throws -> NDArray { try binary(.trueDivide, a, b) }
    public static func % (a: NDArray, b: NDArray) throws -> NDArray { try binary(.remainder, a, b) }

    public static func += (a: inout NDArray, b: NDArray) throws { try a.applyInPlace(.add, b) }
    public static func -= (a: inout NDArray, b: NDArray) throws { try a.applyInPlace(.subtract, b) }
    public static func *= (a: inout NDArray, b: NDArray) throws { try a.applyInPlace(.multiply, b) }
    public static func /= (a: inout NDArray, b: NDArray) throws { try a.applyInPlace(.trueDivide, b) }

    /// `np.add(a, b)`.
    public static func add(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.add, a, b) }
    /// `np.subtract(a, b)`.
    public static func subtract(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.subtract, a, b) }
    /// `np.multiply(a, b)`.
    public static func multiply(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.multiply, a, b) }
    /// `np.true_divide(a, b)` (`a / b`).
    public static func divide(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.trueDivide, a, b) }
    /// `np.floor_divide(a, b)` (`a // b`).
    public static func floorDivide(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.floorDivide, a, b) }
    /// `np.power(a, b)` (`a ** b`).
    public static func power(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.power, a, b) }
    /// `np.maximum(a, b)` (NaN propagates).
    public static func maximum(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.maximum, a, b) }
    /// `np.minimum(a, b)` (NaN propagates).
    public static func minimum(_ a: NDArray, _ b: NDArray) throws -> NDArray { try binary(.minimum, a, b) }
}

/// Elementwise comparisons returning bool arrays. Equality uses `.==` / `.!=` (as Swift's SIMD
/// types do) so that `==` stays free for identity-style checks.
///
/// ```python
/// a > 0      # -> try a > .pythonScalar(0)
/// a == b     # -> try a .== b
/// ```
extension NDArray {
    public static func < (a: NDArray, b: NDArray) throws -> NDArray { try binary(.less, a, b) }
    public static func <= (a: NDArray, b: NDArray) throws -> NDArray { try binary(.lessEqual, a, b) }
    public static func > (a: NDArray, b: NDArray) throws -> NDArray { try binary(.greater, a, b) }
    public static func >= (a: NDArray, b: NDArray) throws -> NDArray { try binary(.greaterEqual, a, b) }
    public static func .== (a: NDArray, b: NDArray) throws -> NDArray { try binary(.equal, a, b) }
    public static func .!= (a: NDArray, b: NDArray) throws -> NDArray { try binary(.notEqual, a, b) }
}
