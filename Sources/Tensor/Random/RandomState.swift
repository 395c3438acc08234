/// NumPy's legacy `np.random` API (`RandomState`) on ``MT19937``, reproducing NumPy's streams:
/// `random_sample`, the polar Box–Muller `standard_normal` with its cached second value,
/// `uniform`, `normal`, `randint` (masked rejection), `shuffle`/`permutation` (Fisher–Yates with
/// masked `random_interval`) and `choice`.
///
/// ```python
/// np.random.seed(0); np.random.randint(0, 10, 5)   # [5 0 3 3 7]
/// ```
/// ```swift
/// var rs = RandomState(seed: 0)
/// try rs.randint(0, 10, shape: [5])   // [5, 0, 3, 3, 7]
/// ```
public struct RandomState: Sendable {
    var mt: MT19937
    var cachedGauss: Double?

    /// `np.random.RandomState(seed)` / `np.random.seed(seed)` for `0 <= seed < 2**32`.
    public init(seed: Int) throws {
        guard seed >= 0 && seed <= Int(UInt32.max) else { throw TensorError.value("Seed must be between 0 and 2**32 - 1") }
        mt = MT19937(seed: UInt32(seed))
    }

    /// `np.random.seed([k0, k1, ...])`: array seeds go through `init_by_array`.
    public init(seedArray: [Int]) throws {
        for s in seedArray where s < 0 || s > Int(UInt32.max) {
            throw TensorError.value("Seed must be between 0 and 2**32 - 1")
        }
        mt = MT19937(key: seedArray.map { UInt32($0) })
    }

    /// `np.random.seed(seed)`.
    public mutating func seed(_ seed: Int) throws { self = try RandomState(seed: seed) }

    /// One double in [0, 1).
    public mutating func nextDouble() -> Double { mt.nextDouble() }

    /// NumPy's `legacy_gauss`: polar Box–Muller, returning `f * x2` and caching `f * x1`.
    public mutating func nextGauss() -> Double {
        if let g = cachedGauss { cachedGauss = nil; return g }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * mt.nextDouble() - 1.0
            x2 = 2.0 * mt.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * _log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    private mutating func fill(_ shape: [Int], _ next: (inout RandomState) -> Double) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n {
            if i & 0xFFFFF == 0xFFFFF { try Interrupt.checkpoint() }
            values[i] = next(&self)
        }
        return try NDArray(values, shape: shape)
    }

    /// `np.random.random_sample(size)` / `np.random.random` / `np.random.rand(*shape)`.
    public mutating func randomSample(_ shape: [Int]) throws -> NDArray { try fill(shape) { $0.mt.nextDouble() } }

    /// `np.random.standard_normal(size)` / `np.random.randn(*shape)`.
    public mutating func standardNormal(_ shape: [Int]) throws -> NDArray { try fill(shape) { $0.nextGauss() } }

    /// `np.random.uniform(low, high, size)`: `low + (high - low) * random_sample()`.
    public mutating func uniform(_ low: Double = 0, _ high: Double = 1, shape: [Int]) throws -> NDArray {
        let range = high - low
        guard range.isFinite else { throw TensorError.value("Range exceeds valid bounds") }
        return try fill(shape) { low + range * $0.mt.nextDouble() }
    }

    /// `np.random.normal(loc, scale, size)`: `loc + scale * gauss`.
    public mutating func normal(_ loc: Double = 0, _ scale: Double = 1, shape: [Int]) throws -> NDArray {
        guard scale >= 0 else { throw TensorError.value("scale < 0") }
        return try fill(shape) { loc + scale * $0.nextGauss() }
    }

    /// One integer in `0 ... rng` by NumPy's masked rejection (32-bit draws when `rng` fits).
    mutating func boundedMasked(_ rng: UInt64) -> UInt64 {
        if rng == 0 { return 0 }
        var mask = rng
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4
        mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        if rng <= 0xFFFF_FFFF {
            if rng == 0xFFFF_FFFF { return UInt64(mt.nextUInt32()) }
            var v: UInt64
            repeat { v = UInt64(mt.nextUInt32()) & mask } while v > rng
            return v
        }
        if rng == UInt64.max { return mt.nextUInt64() }
        var v: UInt64
        repeat { v = mt.nextUInt64() & mask } while v > rng
        return v
    }

    /// `np.random.randint(low, high, size)` (int64; `high: nil` means `[0, low)`).
    public mutating func randint(_ low: Int, _ high: Int? = nil, shape: [Int]) throws -> NDArray {
        let (lo, hi) = high.map { (low, $0) } ?? (0, low)
        guard lo < hi else { throw TensorError.value("low >= high") }
        let rng = UInt64(bitPattern: Int64(hi) &- 1 &- Int64(lo))
        let n = try Shape.checkedSize(shape, dtype: .int64)
        var values = [Int64](repeating: 0, count: n)
        for i in 0..<n { values[i] = Int64(lo) &+ Int64(bitPattern: boundedMasked(rng)) }
        return try NDArray(values, shape: shape)
    }

    /// `np.random.shuffle(x)`: shuffles along axis 0 in place (through `x`'s storage).
    public mutating func shuffle(_ x: NDArray) throws {
        guard x.ndim > 0 else { throw TensorError.type("object of type 'numpy.float64' has no len()") }
        let n = x.shape[0]
        if n < 2 { return }
        for i in stride(from: n - 1, through: 1, by: -1) {
            let j = Int(boundedMasked(UInt64(i)))
            if i == j { continue }
            let a = try x.take(index: i, axis: 0), b = try x.take(index: j, axis: 0)
            let tmp = try a.copy()
            var av = a, bv = b
            av.copyElements(from: b)
            bv.copyElements(from: tmp)
        }
    }

    /// `np.random.permutation(n)`: a shuffled `arange(n)`.
    public mutating func permutation(_ n: Int) throws -> NDArray {
        let a = try NDArray.arange(n)
        try shuffle(a)
        return a
    }

    /// `np.random.permutation(array)`: a shuffled copy along axis 0.
    public mutating func permutation(_ x: NDArray) throws -> NDArray {
        let a = try x.copy()
        try shuffle(a)
        return a
    }

    /// `np.random.choice(n, size, replace, p)`: indices into a population of `n` (index the
    /// population array with the result for `choice(array, ...)`).
    public mutating func choice(_ n: Int, shape: [Int], replace: Bool = true, p: [Double]? = nil,
                                pTolerance: Double? = nil) throws -> NDArray {
        guard n > 0 else { throw TensorError.value("a must be a positive integer unless no samples are taken") }
        let size = try Shape.checkedSize(shape, dtype: .int64)
        if let p { try WeightedChoice.validate(p, populationSize: n, tolerance: pTolerance) }
        if replace {
            guard let p else { return try randint(0, n, shape: shape) }
            return try NDArray(WeightedChoice.withReplacement(p, uniforms: try randomSample(shape).doubles), shape: shape)
        }
        guard size <= n else { throw TensorError.value("Cannot take a larger sample than population when 'replace=False'") }
        guard let p else {
            let perm = try permutation(n).elements(as: Int64.self)
            return try NDArray(Array(perm[0..<size]), shape: shape)
        }
        let found = try WeightedChoice.withoutReplacement(p, size: size) { try randomSample([$0]).doubles }
        return try NDArray(found, shape: shape)
    }
}

@inline(__always) func _log(_ x: Double) -> Double { Double.mLog(x) }
