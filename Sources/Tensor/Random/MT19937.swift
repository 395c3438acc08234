/// The Mersenne Twister MT19937 bit generator, seeded and stepped exactly as NumPy's legacy
/// `RandomState` does, so `np.random.seed(s)` streams match bit for bit.
///
/// ```python
/// np.random.seed(0); np.random.random_sample()   # 0.5488135039273248
/// ```
public struct MT19937: Sendable {
    static let n = 624
    static let m = 397
    var key = [UInt32](repeating: 0, count: 624)
    var pos = 624

    /// `RandomState(seed)` for an integer seed in `0 ..< 2**32`: Knuth's linear initialiser.
    public init(seed: UInt32) {
        var s = seed
        for i in 0..<Self.n {
            key[i] = s
            s = 1812433253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
        }
        pos = Self.n
    }

    /// `RandomState([k0, k1, ...])`: MT's `init_by_array` for array seeds.
    public init(key initKey: [UInt32]) {
        self.init(seed: 19650218)
        var i = 1, j = 0
        let len = initKey.count
        for _ in 0..<Swift.max(Self.n, len) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1664525)) &+ (len > 0 ? initKey[j] : 0) &+ UInt32(j)
            i += 1; j += 1
            if i >= Self.n { key[0] = key[Self.n - 1]; i = 1 }
            if j >= len { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= Self.n { key[0] = key[Self.n - 1]; i = 1 }
        }
        key[0] = 0x8000_0000
        pos = Self.n
    }

    /// The whole state: the 624 key words, then the read position (`get_state`/`set_state`).
    public var stateWords: [UInt32] { key + [UInt32(pos)] }

    public init?(stateWords words: [UInt32]) {
        guard words.count == Self.n + 1, words[Self.n] <= UInt32(Self.n) else { return nil }
        key = Array(words[0..<Self.n])
        pos = Int(words[Self.n])
    }

    private mutating func regenerate() {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff
        @inline(__always) func mag(_ y: UInt32) -> UInt32 { (y & 1) != 0 ? 0x9908_b0df : 0 }
        for i in 0..<(Self.n - Self.m) {
            let y = (key[i] & upper) | (key[i + 1] & lower)
            key[i] = key[i + Self.m] ^ (y >> 1) ^ mag(y)
        }
        for i in (Self.n - Self.m)..<(Self.n - 1) {
            let y = (key[i] & upper) | (key[i + 1] & lower)
            key[i] = key[i + Self.m - Self.n] ^ (y >> 1) ^ mag(y)
        }
        let y = (key[Self.n - 1] & upper) | (key[0] & lower)
        key[Self.n - 1] = key[Self.m - 1] ^ (y >> 1) ^ mag(y)
        pos = 0
    }

    /// Next tempered 32-bit output.
    public mutating func nextUInt32() -> UInt32 {
        if pos >= Self.n { regenerate() }
        var y = key[pos]
        pos += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Two 32-bit outputs, high word first (NumPy's `next_uint64` for MT19937).
    public mutating func nextUInt64() -> UInt64 {
        let hi = UInt64(nextUInt32())
        return hi << 32 | UInt64(nextUInt32())
    }

    /// 53-bit double in [0, 1): `((a >> 5) * 67108864 + (b >> 6)) / 9007199254740992`.
    public mutating func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) / 9007199254740992.0
    }
}
