import Foundation
import Language
import Tensor

/// CPython's `random.Random`: MT19937 seeded with init_by_array from the integer seed, and
/// the same derivations (random, getrandbits, _randbelow, gauss), so seeded sequences match
/// CPython's value for value.
struct PythonRandom {
    /// The Mersenne Twister core is Tensor's (NumPy's legacy generator uses the same one).
    private var mt = MT19937(seed: 0)
    var gaussNext: Double?

    init(seed: Int) { self.seed(seed) }

    /// CPython seeds with init_by_array over the 32-bit words of |seed|.
    mutating func seed(_ value: Int) {
        var n = value.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: n))
            n >>= 32
        } while n > 0
        seed(key: key)
    }

    /// Seeds from the 32-bit words of |seed|, least significant first.
    mutating func seed(key: [UInt32]) {
        mt = MT19937(key: key)
        gaussNext = nil
    }

    mutating func nextUInt32() -> UInt32 { mt.nextUInt32() }

    mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    mutating func getrandbits(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> (32 - UInt32(k))) }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var remaining = k
        while remaining > 0 {
            var r = UInt64(nextUInt32())
            if remaining < 32 { r >>= UInt64(32 - remaining) }
            result |= r << shift
            shift += 32
            remaining -= 32
        }
        return result
    }

    /// `getrandbits(k)` for any k as an int: 32-bit words from the least significant, the
    /// last one keeping its top bits, as CPython assembles it.
    mutating func getrandbits(value k: Int) throws -> Value {
        if k <= 63 { return .int(Int(getrandbits(k))) }
        try MemoryCeiling.check(bytes: k / 8)
        var words: [UInt32] = []
        words.reserveCapacity((k + 31) / 32)
        var remaining = k
        while remaining > 0 {
            let r = nextUInt32()
            words.append(remaining < 32 ? r >> UInt32(32 - remaining) : r)
            remaining -= 32
        }
        return PyBigInt.fromWords(words)
    }

    /// A uniform int in [0, n) for an int `n > 0` of any size.
    mutating func randbelow(_ n: Value, _ interp: Interpreter) throws -> Value {
        if case .int(let small) = n { return .int(randbelow(small)) }
        let k = PyBigInt.bitLength(of: n) ?? 0
        while true {
            let r = try getrandbits(value: k)
            if try interp.isTruthy(interp.compare(.lt, r, n)) { return r }
        }
    }

    /// A uniform integer in [0, n), by rejection on getrandbits as CPython does.
    mutating func randbelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(getrandbits(k))
        while r >= n { r = Int(getrandbits(k)) }
        return r
    }

    mutating func gauss(mu: Double, sigma: Double) -> Double {
        if let z = gaussNext {
            gaussNext = nil
            return mu + z * sigma
        }
        let x2pi = random() * 2 * Double.pi
        let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
        let z = cos(x2pi) * g2rad
        gaussNext = sin(x2pi) * g2rad
        return mu + z * sigma
    }

    /// random.normalvariate (Kinderman–Monahan), as CPython.
    mutating func normalvariate(mu: Double, sigma: Double) -> Double {
        let nvMagic = 4 * exp(-0.5) / 2.0.squareRoot()
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            let z = nvMagic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return mu + z * sigma }
        }
    }
}
