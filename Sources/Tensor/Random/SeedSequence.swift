/// NumPy's `SeedSequence` hashing (the entropy pool and `generate_state`), so
/// `np.random.default_rng(seed)` starts from the same PCG64 state as NumPy.
///
/// ```python
/// np.random.SeedSequence(42).generate_state(4, np.uint64)
/// ```
public struct SeedSequence: Sendable {
    static let poolSize = 4
    static let initA: UInt32 = 0x43b0_d7e5, multA: UInt32 = 0x931e_8875
    static let initB: UInt32 = 0x8b51_f9dd, multB: UInt32 = 0x58f3_8ded
    static let mixMultL: UInt32 = 0xca01_f9dd, mixMultR: UInt32 = 0x4973_f715
    var pool = [UInt32](repeating: 0, count: 4)

    /// Seeds from a non-negative integer (split into little-endian 32-bit words).
    public init(entropy: UInt64) {
        self.init(words: Self.words(of: entropy))
    }

    /// Seeds from a sequence of non-negative integers (`default_rng([1, 2])`): each integer
    /// contributes its 32-bit words, low first, as NumPy coerces entropy.
    public init(entropy values: [UInt64]) {
        self.init(words: values.flatMap(Self.words(of:)))
    }

    init(words: [UInt32]) {
        mixEntropy(words)
    }

    /// An integer's little-endian 32-bit words (at least one).
    static func words(of value: UInt64) -> [UInt32] {
        var words: [UInt32] = []
        var e = value
        repeat { words.append(UInt32(truncatingIfNeeded: e)); e >>= 32 } while e > 0
        return words
    }

    private static func hashmix(_ value: UInt32, _ hashConst: inout UInt32) -> UInt32 {
        var v = value ^ hashConst
        hashConst = hashConst &* multA
        v = v &* hashConst
        v ^= v >> 16
        return v
    }

    private static func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
        var r = (mixMultL &* x) &- (mixMultR &* y)
        r ^= r >> 16
        return r
    }

    private mutating func mixEntropy(_ entropy: [UInt32]) {
        var h = Self.initA
        for i in 0..<Self.poolSize {
            pool[i] = Self.hashmix(i < entropy.count ? entropy[i] : 0, &h)
        }
        for src in 0..<Self.poolSize {
            for dst in 0..<Self.poolSize where src != dst {
                pool[dst] = Self.mix(pool[dst], Self.hashmix(pool[src], &h))
            }
        }
        if entropy.count > Self.poolSize {
            for src in Self.poolSize..<entropy.count {
                for dst in 0..<Self.poolSize {
                    pool[dst] = Self.mix(pool[dst], Self.hashmix(entropy[src], &h))
                }
            }
        }
    }

    /// `generate_state(n, np.uint32)`.
    public func generateState32(_ n: Int) -> [UInt32] {
        var h = Self.initB
        var out: [UInt32] = []
        for i in 0..<n {
            var v = pool[i % Self.poolSize]
            v ^= h
            h = h &* Self.multB
            v = v &* h
            v ^= v >> 16
            out.append(v)
        }
        return out
    }

    /// `generate_state(n, np.uint64)`: pairs of 32-bit words, low word first.
    public func generateState64(_ n: Int) -> [UInt64] {
        let w = generateState32(2 * n)
        return (0..<n).map { UInt64(w[2 * $0]) | UInt64(w[2 * $0 + 1]) << 32 }
    }
}
