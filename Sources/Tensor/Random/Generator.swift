import Foundation

/// `np.random.default_rng(seed)`: NumPy's `Generator` on ``PCG64``, bit-identical to NumPy.
///
/// `random`, `uniform`, `integers` (Lemire's bounded integers on buffered 32-bit halves when the
/// range fits), `standard_normal`/`normal` (the 256-layer ziggurat of ``ZigguratTables``),
/// `permutation`/`shuffle` (Fisher–Yates on masked `random_interval`) and `choice` (Floyd's
/// sampling or a tail shuffle without replacement, as NumPy picks) all reproduce NumPy's streams.
///
/// ```python
/// rng = np.random.default_rng(42); rng.random()   # 0.7739560485559633
/// ```
public struct Generator: Sendable {
    var bits: PCG64

    public init(seed: Int) throws {
        guard seed >= 0 else { throw TensorError.value("expected non-negative integer") }
        bits = PCG64(seed: UInt64(seed))
    }

    /// `np.random.default_rng([s0, s1, ...])`.
    public init(seeds: [Int]) throws {
        guard seeds.allSatisfy({ $0 >= 0 }) else { throw TensorError.value("expected non-negative integer") }
        bits = PCG64(SeedSequence(entropy: seeds.map { UInt64($0) }))
    }

    /// Fills a float64 array of `shape` with `next` (checking for interrupts on big fills).
    private mutating func fill(_ shape: [Int], _ next: (inout Generator) -> Double) throws -> NDArray {
        let n = try Shape.checkedSize(shape, dtype: .float64)
        var v = [Double](repeating: 0, count: n)
        for i in 0..<n {
            if i & 0xFFFFF == 0xFFFFF { try Interrupt.checkpoint() }
            v[i] = next(&self)
        }
        return try NDArray(v, shape: shape)
    }

    /// `rng.random(size)`.
    public mutating func random(_ shape: [Int]) throws -> NDArray { try fill(shape) { $0.bits.nextDouble() } }

    /// `rng.uniform(low, high, size)`: `low + (high - low) * random()`.
    public mutating func uniform(_ low: Double = 0, _ high: Double = 1, shape: [Int]) throws -> NDArray {
        let range = high - low
        guard range.isFinite else { throw TensorError.value("Range exceeds valid bounds") }
        return try fill(shape) { low + range * $0.bits.nextDouble() }
    }

    /// `rng.standard_normal(size)`.
    public mutating func standardNormal(_ shape: [Int]) throws -> NDArray { try fill(shape) { $0.nextStandardNormal() } }

    /// `rng.normal(loc, scale, size)`: `loc + scale * standard_normal()`.
    public mutating func normal(_ loc: Double = 0, _ scale: Double = 1, shape: [Int]) throws -> NDArray {
        guard scale >= 0 else { throw TensorError.value("scale < 0") }
        return try fill(shape) { loc + scale * $0.nextStandardNormal() }
    }

    /// One standard normal by the ziggurat: 8 bits pick a layer, 1 bit the sign, 52 bits the
    /// position; 99% of draws land inside the layer's rectangle and return at once.
    mutating func nextStandardNormal() -> Double {
        let z = ZigguratTables.self
        while true {
            let r = bits.nextUInt64()
            let layer = Int(r & 0xff)
            let negative = (r >> 8) & 1 == 1
            let position = (r >> 9) & 0x000f_ffff_ffff_ffff
            var x = Double(position) * z.w[layer]
            if negative { x = -x }
            if position < z.k[layer] { return x }
            if layer == 0 {
                // The tail beyond R, by Marsaglia's exponential rejection (1 - U avoids log(0)).
                while true {
                    let xx = -z.inverseTailStart * Foundation.log1p(-bits.nextDouble())
                    let yy = -Foundation.log1p(-bits.nextDouble())
                    if yy + yy > xx * xx { return (position >> 8) & 1 == 1 ? -(z.tailStart + xx) : z.tailStart + xx }
                }
            }
            // The wedge between the rectangle and the curve.
            if (z.f[layer - 1] - z.f[layer]) * bits.nextDouble() + z.f[layer] < Foundation.exp(-0.5 * x * x) { return x }
        }
    }

    /// One integer in `0 ... rng` by Lemire's multiply-and-reject, as NumPy's `Generator`
    /// (32-bit draws, which PCG64 serves from both halves of a 64-bit output, when `rng` fits).
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

    /// `rng.integers(low, high, size, endpoint=False)` (int64; `high: nil` means `[0, low)`).
    public mutating func integers(_ low: Int, _ high: Int? = nil, shape: [Int], endpoint: Bool = false) throws -> NDArray {
        let (lo, hi) = high.map { (low, $0) } ?? (0, low)
        if endpoint ? lo > hi : lo >= hi { throw TensorError.value(endpoint ? "low > high" : "low >= high") }
        let rng = UInt64(bitPattern: Int64(hi) &- (endpoint ? 0 : 1) &- Int64(lo))
        let n = try Shape.checkedSize(shape, dtype: .int64)
        var v = [Int64](repeating: 0, count: n)
        for i in 0..<n { v[i] = Int64(lo) &+ Int64(bitPattern: boundedLemire(rng)) }
        return try NDArray(v, shape: shape)
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

    /// `rng.permutation(n)`: a shuffled `arange(n)`.
    public mutating func permutation(_ n: Int) throws -> NDArray {
        let a = try NDArray.arange(n)
        try shuffle(a)
        return a
    }

    /// `rng.permutation(array)`: a shuffled copy along axis 0.
    public mutating func permutation(_ x: NDArray) throws -> NDArray {
        let a = try x.copy()
        try shuffle(a)
        return a
    }
}
