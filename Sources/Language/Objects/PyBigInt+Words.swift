import CGMP

/// Ints as 32-bit words, least significant first: how CPython's `random` seeds its Mersenne
/// Twister from |seed| and assembles `getrandbits(k)` for k past 32, so that `random.seed(2**100)`
/// and `random.randint(0, 2**100)` give CPython's numbers.
extension PyBigInt {
    /// The non-negative int the words spell.
    public static func fromWords(_ words: [UInt32]) -> Value {
        make { z in
            words.withUnsafeBytes { raw in __gmpz_import(z, words.count, -1, 4, 0, 0, raw.baseAddress) }
        }
    }

    /// The words of |v| (at least one); nil when `v` is not an int.
    public static func magnitudeWords(_ v: Value) -> [UInt32]? {
        withInteger(v) { z in
            let count = max(1, (bitLength(z) + 31) / 32)
            var words = [UInt32](repeating: 0, count: count)
            var written = 0
            words.withUnsafeMutableBytes { raw in _ = __gmpz_export(raw.baseAddress, &written, -1, 4, 0, 0, z) }
            return words
        }
    }

    /// `v.bit_length()`; nil when `v` is not an int.
    public static func bitLength(of v: Value) -> Int? {
        withInteger(v) { bitLength($0) }
    }
}
