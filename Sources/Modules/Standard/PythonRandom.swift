import Foundation

/// CPython's `random.Random`: MT19937 seeded with init_by_array from the integer seed, and
/// the same derivations (random, getrandbits, _randbelow, gauss), so seeded sequences match
/// CPython's value for value.
struct PythonRandom {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625
    var gaussNext: Double?

    init(seed: Int) { self.seed(seed) }

    mutating func seed(_ value: Int) {
        var n = value.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: n))
            n >>= 32
        } while n > 0
        initByArray(key)
        gaussNext = nil
    }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19650218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
        }
        state[0] = 0x8000_0000
        index = 624
    }

    mutating func nextUInt32() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7fff_ffff)
                state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    mutating func getrandbits(_ k: Int) -> UInt64 {
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
