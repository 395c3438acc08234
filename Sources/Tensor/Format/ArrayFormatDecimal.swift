/// A finite floating-point value written as decimal digits: the digit engine of the formatter.
///
/// NumPy prints floats with Dragon4 in "unique" mode: the shortest digit string that reads back
/// as the same binary value, cut off at a precision and rounded half-to-even against the *exact*
/// binary value. `ArrayFormatDecimal` reproduces that in two steps:
///
/// 1. ``shortest(_:isFloat32:)`` takes the shortest round-trip digits from Swift's own
///    `description` (which, like Dragon4 unique mode, yields the shortest *and* closest digits).
/// 2. ``rounded(keeping:)`` cuts those digits at a position. Rounding the shortest digits gives
///    the same answer as rounding the exact value except when the dropped part is exactly a
///    `5`; only then, and when more digits than the shortest are asked for, the exact binary
///    expansion (``exact(_:)``) decides.
///
/// The value is `0.d₁d₂d₃… × 10^(pointPosition)`, i.e. `pointPosition` digits stand before the
/// decimal point (negative: that many zeros follow the point first).
///
/// ```
/// 0.05   → digits [5],       pointPosition -1
/// 123.5  → digits [1,2,3,5], pointPosition 3
/// 0.0    → digits [],        pointPosition 0
/// ```
struct ArrayFormatDecimal: Equatable {
    /// Significant digits, no leading or trailing zeros. Empty means zero.
    var digits: [UInt8]
    /// How many digits stand before the decimal point.
    var pointPosition: Int
    /// The sign bit of the source value (so `-0.0` and values rounded to zero keep their `-`).
    var negative: Bool

    var isZero: Bool { digits.isEmpty }

    /// The exponent of scientific notation: `1.5e-05` has `scientificExponent == -5`.
    var scientificExponent: Int { isZero ? 0 : pointPosition - 1 }

    // MARK: - Building

    /// The shortest digits that round-trip `value` in its own type (float32 when `isFloat32`).
    /// `value` must be finite.
    static func shortest(_ value: Double, isFloat32: Bool) -> ArrayFormatDecimal {
        let text = isFloat32 ? Float(value).description : value.description
        return parse(text)
    }

    /// Parses Swift's `description` forms: `"1.0"`, `"0.001"`, `"5e-324"`, `"-1.25e+20"`.
    private static func parse(_ text: String) -> ArrayFormatDecimal {
        // Over the ASCII bytes of Swift's description (`-1.25e-07`): Character properties
        // cost a Unicode table lookup per digit, most of printing a big array's time.
        var negative = false
        var all: [UInt8] = []
        all.reserveCapacity(20)
        var integerLength = 0
        var seenPoint = false
        var exponent = 0
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            if i < bytes.count && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    exponent = Int(String(decoding: bytes[(i + 1)...], as: UTF8.self)) ?? 0
                    break
                }
                if b == UInt8(ascii: ".") {
                    seenPoint = true
                } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                    all.append(b - UInt8(ascii: "0"))
                    if !seenPoint { integerLength += 1 }
                }
                i += 1
            }
        }
        let leadingZeros = all.prefix { $0 == 0 }.count
        if leadingZeros == all.count {
            return ArrayFormatDecimal(digits: [], pointPosition: 0, negative: negative)
        }
        var digits = Array(all[leadingZeros...])
        while digits.last == 0 { digits.removeLast() }
        return ArrayFormatDecimal(digits: digits, pointPosition: integerLength - leadingZeros + exponent,
                                  negative: negative)
    }

    /// The exact decimal expansion of a finite binary double (every double is a finite decimal).
    static func exact(_ value: Double) -> ArrayFormatDecimal {
        let negative = value.sign == .minus
        if value == 0 { return ArrayFormatDecimal(digits: [], pointPosition: 0, negative: negative) }
        let biased = Int(value.exponentBitPattern)
        var mantissa = value.significandBitPattern
        var binaryExponent: Int
        if biased == 0 {
            binaryExponent = -1074
        } else {
            mantissa |= 1 << 52
            binaryExponent = biased - 1075
        }
        // value = mantissa × 2^binaryExponent. For a negative exponent, multiply by 5^k instead
        // and move the decimal point k places: m × 2^-k = m × 5^k × 10^-k.
        var big = ArrayFormatBigInt(mantissa)
        var decimalShift = 0
        if binaryExponent >= 0 {
            big.multiply(byPowerOf: 2, count: binaryExponent)
        } else {
            big.multiply(byPowerOf: 5, count: -binaryExponent)
            decimalShift = binaryExponent
        }
        var digits = big.decimalDigits()
        let position = digits.count + decimalShift
        while digits.last == 0 { digits.removeLast() }
        return ArrayFormatDecimal(digits: digits, pointPosition: position, negative: negative)
    }

    // MARK: - Rounding

    /// Keeps at most `count` significant digits (counting from the first digit of *this* value),
    /// rounding half-to-even against the exact binary value `source`; trailing zeros are dropped.
    /// This is Dragon4's unique mode with a precision cutoff.
    ///
    /// `count` may be zero or negative: the value then rounds to zero or to one unit of the
    /// first kept position (`0.000000007` kept to 8 decimals is `0.00000001`).
    func rounded(keeping count: Int, source: Double) -> ArrayFormatDecimal {
        if isZero || count >= digits.count { return self }
        if count < 0 {
            return ArrayFormatDecimal(digits: [], pointPosition: 0, negative: negative)
        }
        let dropped = digits[count]
        let moreAfter = digits.count > count + 1
        var roundUp: Bool
        if dropped != 5 || moreAfter {
            roundUp = dropped > 5 || (dropped == 5 && moreAfter)
        } else {
            // The shortest digits sit exactly on the midpoint; the exact value decides.
            let exactValue = ArrayFormatDecimal.exact(source)
            let midpoint = ArrayFormatDecimal(digits: Array(digits[0...count]), pointPosition: pointPosition,
                                              negative: negative)
            switch exactValue.compareMagnitude(midpoint) {
            case 1: roundUp = true
            case -1: roundUp = false
            default: roundUp = count > 0 && digits[count - 1] % 2 == 1
            }
        }
        return truncated(to: count, roundUp: roundUp)
    }

    /// At least `count` significant digits (scientific notation): when the shortest form is
    /// shorter, all digits come from the exact binary expansion, rounded half-to-even at that length (NumPy's
    /// `min_digits`; `np.float32(0.3)` to 9 digits is `3.00000012e-01`, not `3.00000000e-01`).
    /// Trailing zeros are dropped; the caller pads with zeros.
    func extended(to count: Int, source: Double) -> ArrayFormatDecimal {
        if isZero || count <= digits.count { return self }
        // Counted from the exact value's own first digit: float32 1e-5 is 9.99999974…e-06,
        // so 8 digits give 9.9999997e-06 although the shortest form is 1e-05.
        return ArrayFormatDecimal.exact(source).roundedExactly(keeping: count)
    }

    /// Rounds an exact expansion (no further information below its last digit).
    func roundedExactly(keeping count: Int) -> ArrayFormatDecimal {
        if count >= digits.count { return self }
        if count < 0 { return ArrayFormatDecimal(digits: [], pointPosition: 0, negative: negative) }
        let dropped = digits[count]
        let moreAfter = digits.count > count + 1
        let roundUp = dropped > 5 || (dropped == 5 && (moreAfter || (count > 0 && digits[count - 1] % 2 == 1)))
        return truncated(to: count, roundUp: roundUp)
    }

    private func truncated(to count: Int, roundUp: Bool) -> ArrayFormatDecimal {
        var kept = Array(digits[0..<count])
        var position = pointPosition
        if roundUp {
            var i = kept.count - 1
            while i >= 0 && kept[i] == 9 { kept[i] = 0; i -= 1 }
            if i >= 0 {
                kept[i] += 1
            } else {
                kept.insert(1, at: 0)
                position += 1
            }
        }
        while kept.last == 0 { kept.removeLast() }
        if kept.isEmpty { position = 0 }
        return ArrayFormatDecimal(digits: kept, pointPosition: position, negative: negative)
    }

    /// -1, 0 or 1 as |self| is below, equal to or above |other|.
    func compareMagnitude(_ other: ArrayFormatDecimal) -> Int {
        if isZero || other.isZero { return isZero ? (other.isZero ? 0 : -1) : 1 }
        if pointPosition != other.pointPosition { return pointPosition < other.pointPosition ? -1 : 1 }
        for i in 0..<max(digits.count, other.digits.count) {
            let a = i < digits.count ? digits[i] : 0
            let b = i < other.digits.count ? other.digits[i] : 0
            if a != b { return a < b ? -1 : 1 }
        }
        return 0
    }

    // MARK: - Text

    /// Integer and fraction digit strings of the positional form (`123.05` → ("123", "05")).
    var positionalParts: (integer: String, fraction: String) {
        if isZero { return ("0", "") }
        var integer = ""
        var fraction = ""
        if pointPosition <= 0 {
            integer = "0"
            fraction = String(repeating: "0", count: -pointPosition)
            fraction += digits.map(String.init).joined()
        } else {
            for i in 0..<max(pointPosition, digits.count) {
                let d = i < digits.count ? String(digits[i]) : "0"
                if i < pointPosition { integer += d } else { fraction += d }
            }
        }
        return (integer, fraction)
    }
}

/// An unsigned big integer just large enough for exact float expansions (at most ~770 digits).
struct ArrayFormatBigInt {
    /// Little-endian base-2³² limbs.
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize()
    }

    private mutating func normalize() {
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    }

    mutating func multiply(bySmall factor: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(factor) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    /// Multiplies by `base^count` for base 2 or 5, in word-sized chunks.
    mutating func multiply(byPowerOf base: UInt32, count: Int) {
        let chunkExponent = base == 2 ? 31 : 13          // 2^31 and 5^13 fit in 32 bits
        var chunk: UInt32 = 1
        for _ in 0..<chunkExponent { chunk &*= base }
        var remaining = count
        while remaining >= chunkExponent { multiply(bySmall: chunk); remaining -= chunkExponent }
        var last: UInt32 = 1
        for _ in 0..<remaining { last &*= base }
        if last > 1 { multiply(bySmall: last) }
    }

    /// Base-10 digits, most significant first.
    func decimalDigits() -> [UInt8] {
        var work = limbs
        var groups: [UInt32] = []                        // base 10⁹, least significant first
        while !(work.count == 1 && work[0] == 0) {
            var remainder: UInt64 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let current = (remainder << 32) | UInt64(work[i])
                work[i] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            groups.append(UInt32(remainder))
            while work.count > 1 && work.last == 0 { work.removeLast() }
        }
        var digits: [UInt8] = []
        for (index, group) in groups.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var g = group
            for j in stride(from: 8, through: 0, by: -1) { chunk[j] = UInt8(g % 10); g /= 10 }
            if index == 0 {
                digits.append(contentsOf: chunk.drop { $0 == 0 })
            } else {
                digits.append(contentsOf: chunk)
            }
        }
        return digits.isEmpty ? [0] : digits
    }
}
