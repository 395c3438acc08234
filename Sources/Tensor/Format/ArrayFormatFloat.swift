/// Formats the floats of one array so that they line up: NumPy's `FloatingFormat` (floatmode
/// `'maxprec'`).
///
/// NumPy decides once per array, from all the values that will be printed:
///
/// - **Notation.** Scientific when the largest non-zero magnitude is ≥ 1e8 (1e6 for float32,
///   `10**min(8, finfo.precision)`), or, unless `suppress`, when the smallest is < 1e-4 or the
///   ratio largest/smallest is > 1000. The comparisons run in the array's own precision.
/// - **Digits.** Each value prints its shortest round-trip digits, cut at `precision` digits
///   after the point (after the first digit in scientific notation) and rounded half-to-even.
/// - **Alignment.** Positional: every value is padded with spaces to the widest integer part on
///   the left and the widest fraction on the right, so `[1., 2.5]` prints `[1. , 2.5]`.
///   Scientific: every mantissa gets the longest fraction's digit count (extra digits are real
///   digits of the binary value, usually zeros) and every exponent the same digit count.
/// - **nan / inf** are right-aligned in the common width.
///
/// ```
/// [1e-5, 1.5]      → "1.0e-05", "1.5e+00"
/// [0.1, 2.25, -3]  → " 0.1 ", " 2.25", "-3.  "
/// ```
struct ArrayFormatFloat {
    private let isFloat32: Bool
    private var precision: Int
    private(set) var exponential = false
    private var padLeft = 0
    private var padRight = 0
    private var exponentDigits = -1

    /// Decides notation and widths from `values` (the elements that will be shown).
    init(values: [Double], isFloat32: Bool, options: ArrayFormatOptions) {
        self.isFloat32 = isFloat32
        self.precision = options.precision
        let finite = values.filter { $0.isFinite }
        exponential = ArrayFormatFloat.needsExponent(finite, isFloat32: isFloat32, suppress: options.suppress)

        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if exponential {
            var fractionLength = 0, integerLength = 0, exponentLength = 0
            for x in finite {
                let d = shortest(x).rounded(keeping: precision + 1, source: x)
                let parts = ArrayFormatFloat.scientificParts(d)
                integerLength = max(integerLength, parts.integer.count)
                fractionLength = max(fractionLength, parts.fraction.count)
                exponentLength = max(exponentLength, parts.exponent.count)
            }
            exponentDigits = max(2, exponentLength)
            precision = fractionLength
            padLeft = integerLength
            padRight = exponentDigits + 2 + precision
        } else {
            for x in finite {
                let parts = positionalParts(x)
                padLeft = max(padLeft, parts.integer.count)
                padRight = max(padRight, parts.fraction.count)
            }
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
        }
    }

    /// NumPy's rule for switching to scientific notation, evaluated in the array's precision.
    private static func needsExponent(_ finite: [Double], isFloat32: Bool, suppress: Bool) -> Bool {
        let magnitudes = finite.filter { $0 != 0 }.map { abs($0) }
        guard let largest = magnitudes.max(), let smallest = magnitudes.min() else { return false }
        if isFloat32 {
            let hi = Float(largest), lo = Float(smallest)
            return hi >= Float(1e6) || (!suppress && (lo < Float(0.0001) || hi / lo > Float(1000)))
        }
        return largest >= 1e8 || (!suppress && (smallest < 0.0001 || largest / smallest > 1000))
    }

    private func shortest(_ x: Double) -> ArrayFormatDecimal {
        ArrayFormatDecimal.shortest(x, isFloat32: isFloat32)
    }

    /// Signed integer part and fraction of `x` at `precision` decimals (trim mode `'.'`).
    private func positionalParts(_ x: Double) -> (integer: String, fraction: String) {
        let s = shortest(x)
        let d = s.rounded(keeping: s.pointPosition + precision, source: x)
        let parts = d.positionalParts
        return ((d.negative ? "-" : "") + parts.integer, parts.fraction)
    }

    /// Signed first digit, the other digits, and the signed exponent digits (`"+05"`).
    private static func scientificParts(_ d: ArrayFormatDecimal) -> (integer: String, fraction: String,
                                                                     exponent: String) {
        let sign = d.negative ? "-" : ""
        guard let first = d.digits.first else { return (sign + "0", "", "00") }
        let fraction = d.digits.dropFirst().map(String.init).joined()
        let e = d.scientificExponent
        var exponent = String(abs(e))
        while exponent.count < 2 { exponent = "0" + exponent }
        return (sign + String(first), fraction, exponent)
    }

    /// The padded text of one element.
    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return ArrayFormatFloat.padded(text, toWidth: padLeft + padRight + 1)
        }
        if exponential {
            let s = shortest(x)
            let d = s.digits.count > precision + 1
                ? s.rounded(keeping: precision + 1, source: x)
                : s.extended(to: precision + 1, source: x)
            let parts = ArrayFormatFloat.scientificParts(d)
            var fraction = parts.fraction
            if fraction.count < precision {
                fraction += String(repeating: "0", count: precision - fraction.count)
            }
            var exponent = parts.exponent
            while exponent.count < exponentDigits { exponent = "0" + exponent }
            let sign = d.scientificExponent < 0 ? "-" : "+"
            return ArrayFormatFloat.padded(parts.integer, toWidth: padLeft) + "." + fraction + "e" + sign + exponent
        }
        let parts = positionalParts(x)
        var fraction = parts.fraction
        if fraction.count < padRight {
            fraction += String(repeating: " ", count: padRight - fraction.count)
        }
        return ArrayFormatFloat.padded(parts.integer, toWidth: padLeft) + "." + fraction
    }

    static func padded(_ text: String, toWidth width: Int) -> String {
        let n = text.utf8.count
        return n >= width ? text : String(repeating: " ", count: width - n) + text
    }

    /// A float scalar's `str` (`str(np.float64(x))`), which is also Python's `repr(float)`:
    /// positional for 1e-4 ≤ |x| < 1e16 (1e6 for float32) or zero (`0.5`, `100.0`), else scientific (`1e+16`,
    /// `1.5e-05`); always the shortest round-trip digits of the scalar's own type.
    static func scalarString(_ x: Double, isFloat32: Bool) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let d = ArrayFormatDecimal.shortest(x, isFloat32: isFloat32)
        let sign = d.negative ? "-" : ""
        let magnitude = abs(x)
        let upper = isFloat32 ? 1e6 : 1e16
        if magnitude == 0 || (magnitude >= 1e-4 && magnitude < upper) {
            let parts = d.positionalParts
            return sign + parts.integer + "." + (parts.fraction.isEmpty ? "0" : parts.fraction)
        }
        let parts = scientificParts(d)
        let fraction = parts.fraction.isEmpty ? "" : "." + parts.fraction
        return parts.integer + fraction + "e" + (d.scientificExponent < 0 ? "-" : "+") + parts.exponent
    }
}
