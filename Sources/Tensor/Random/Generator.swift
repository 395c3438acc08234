/// `np.random.default_rng(seed)`: NumPy's `Generator` on ``PCG64``.
///
/// `random`, `uniform` and `integers` are bit-identical to NumPy (Lemire's bounded integers);
/// `permutation`/`shuffle` follow NumPy's Fisher–Yates on those integers.
/// `standard_normal`/`normal` are seeded and deterministic but NOT bit-identical to NumPy
/// (NumPy uses a ziggurat; here it is the polar method on this stream).
///
/// ```python
/// rng = np.random.default_rng(0); rng.integers(0, 10, 3)
/// ```
public struct Generator: Sendable {
    var bits: PCG64
    var cachedGauss: Double?

    public init(seed: Int) throws {
        guard seed >= 0 else { throw TensorError.value("expected non-negative integer") }
        bits = PCG64(seed: UInt64(seed))
    }

    /// `rng.random(size)`.
    public mutating func random(_ shape: [Int]) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var v = [Double](repeating: 0, count: n)
        for i in 0..<n { v[i] = bits.nextDouble() }
        return try NDArray(v, shape: shape)
    }

    /// `rng.uniform(low, high, size)`.
    public mutating func uniform(_ low: Double = 0, _ high: Double = 1, shape: [Int]) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var v = [Double](repeating: 0, count: n)
        for i in 0..<n { v[i] = low + (high - low) * bits.nextDouble() }
        return try NDArray(v, shape: shape)
    }

    /// One integer in `0 ... rng` by Lemire's method, as NumPy's `Generator`.
    mutating func boundedLemire(_ rng: UInt64) -> UInt64 {
        if rng == 0 { return 0 }
        if rng <= 0xFFFF_FFFF {
            if rng == 0xFFFF_FFFF { return UInt64(bits.nextUInt32()) }
            let excl = UInt32(rng) + 1
            var m = UInt64(bits.nextUInt32()) * UInt64(excl)
            var leftover = UInt32(truncatingIfNeeded: m)
            if leftover < excl {
                let threshold = (UInt32.max - UInt32(rng)) % excl
                while leftover < threshold {
                    m = UInt64(bits.nextUInt32()) * UInt64(excl)
                    leftover = UInt32(truncatingIfNeeded: m)
                }
            }
            return m >> 32
        }
        if rng == UInt64.max { return bits.nextUInt64() }
        let excl = rng + 1
        var (hi, lo) = bits.nextUInt64().multipliedFullWidth(by: excl)
        if lo < excl {
            let threshold = (UInt64.max - rng) % excl
            while lo < threshold { (hi, lo) = bits.nextUInt64().multipliedFullWidth(by: excl) }
        }
        return hi
    }

    /// `rng.integers(low, high, size)` (int64, `high` exclusive; `high: nil` means `[0, low)`).
    public mutating func integers(_ low: Int, _ high: Int? = nil, shape: [Int]) throws -> NDArray {
        let (lo, hi) = high.map { (low, $0) } ?? (0, low)
        guard lo < hi else { throw TensorError.value("low >= high") }
        let rng = UInt64(bitPattern: Int64(hi) &- 1 &- Int64(lo))
        let n = try Shape.checkedSize(shape, dtype: .int64)
        var v = [Int64](repeating: 0, count: n)
        for i in 0..<n { v[i] = Int64(lo) &+ Int64(bitPattern: boundedLemire(rng)) }
        return try NDArray(v, shape: shape)
    }

    /// `rng.standard_normal(size)` (deterministic; not NumPy's ziggurat stream).
    public mutating func standardNormal(_ shape: [Int]) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var v = [Double](repeating: 0, count: n)
        for i in 0..<n { v[i] = nextGauss() }
        return try NDArray(v, shape: shape)
    }

    /// `rng.normal(loc, scale, size)`.
    public mutating func normal(_ loc: Double = 0, _ scale: Double = 1, shape: [Int]) throws -> NDArray {
        guard scale >= 0 else { throw TensorError.value("scale < 0") }
        return try standardNormal(shape) * .pythonScalar(scale) + .pythonScalar(loc)
    }

    mutating func nextGauss() -> Double {
        if let g = cachedGauss { cachedGauss = nil; return g }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * bits.nextDouble() - 1.0
            x2 = 2.0 * bits.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * _log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// NumPy's `random_interval`: masked rejection in `0 ... max` (32-bit draws when it fits).
    mutating func randomInterval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4
        mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        var v: UInt64
        if max <= 0xFFFF_FFFF {
            repeat { v = UInt64(bits.nextUInt32()) & mask } while v > max
        } else {
            repeat { v = bits.nextUInt64() & mask } while v > max
        }
        return v
    }

    /// `rng.shuffle(x)`: in place along axis 0, NumPy's Generator order (`j = random_interval(i)`).
    public mutating func shuffle(_ x: NDArray) throws {
        guard x.ndim > 0 else { throw TensorError.type("object of type 'numpy.float64' has no len()") }
        let n = x.shape[0]
        if n < 2 { return }
        for i in stride(from: n - 1, through: 1, by: -1) {
            let j = Int(randomInterval(UInt64(i)))
            if i == j { continue }
            let a = try x.take(index: i, axis: 0), b = try x.take(index: j, axis: 0)
            let tmp = try a.copy()
            var av = a, bv = b
            av.copyElements(from: b)
            bv.copyElements(from: tmp)
        }
    }

    /// `rng.permutation(n)`.
    public mutating func permutation(_ n: Int) throws -> NDArray {
        let a = try NDArray.arange(n)
        try shuffle(a)
        return a
    }
}
