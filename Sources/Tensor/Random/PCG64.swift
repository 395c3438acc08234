/// The PCG64 (XSL-RR 128/64) bit generator behind `np.random.default_rng`, seeded through
/// ``SeedSequence`` as NumPy seeds it.
///
/// ```python
/// np.random.default_rng(42).random()   # 0.7739560485559633
/// ```
public struct PCG64: Sendable {
    var stateHi: UInt64 = 0, stateLo: UInt64 = 0
    var incHi: UInt64 = 0, incLo: UInt64 = 0
    var bufferedHalf: UInt32?
    static let multHi: UInt64 = 2549297995355413924, multLo: UInt64 = 4865540595714422341

    public init(seed: UInt64) {
        self.init(SeedSequence(entropy: seed))
    }

    public init(_ seeds: SeedSequence) {
        let v = seeds.generateState64(4)
        // initseq = (v[2] << 64 | v[3]); inc = initseq << 1 | 1
        incHi = (v[2] << 1) | (v[3] >> 63)
        incLo = (v[3] << 1) | 1
        step()
        let (lo, carry) = stateLo.addingReportingOverflow(v[1])
        stateLo = lo
        stateHi = stateHi &+ v[0] &+ (carry ? 1 : 0)
        step()
    }

    /// state = state * MULT + inc (mod 2^128).
    private mutating func step() {
        let (h1, l1) = stateLo.multipliedFullWidth(by: Self.multLo)
        let hi = h1 &+ stateLo &* Self.multHi &+ stateHi &* Self.multLo
        let (lo, carry) = l1.addingReportingOverflow(incLo)
        stateLo = lo
        stateHi = hi &+ incHi &+ (carry ? 1 : 0)
    }

    public mutating func nextUInt64() -> UInt64 {
        step()
        let x = stateHi ^ stateLo
        let rot = stateHi >> 58
        return (x >> rot) | (x << ((64 &- rot) & 63))
    }

    /// 32-bit draws use both halves of a 64-bit draw (low half first), as NumPy buffers them.
    public mutating func nextUInt32() -> UInt32 {
        if let h = bufferedHalf { bufferedHalf = nil; return h }
        let v = nextUInt64()
        bufferedHalf = UInt32(truncatingIfNeeded: v >> 32)
        return UInt32(truncatingIfNeeded: v)
    }

    /// `(next_uint64 >> 11) / 2^53`.
    public mutating func nextDouble() -> Double { Double(nextUInt64() >> 11) * (1.0 / 9007199254740992.0) }
}
