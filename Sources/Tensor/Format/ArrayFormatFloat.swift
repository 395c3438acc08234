/// Formats the floats of one array so that they line up: NumPy's `FloatingFormat`.
///
/// NumPy decides once per array, from all the values that will be printed:
///
/// - **Notation.** Scientific when the largest non-zero magnitude is ≥ 1e8 (1e6 for float32,
///   `10**min(8, finfo.precision)`), or, unless `suppress`, when the smallest is < 1e-4 or the
///   ratio largest/smallest is > 1000. The comparisons run in the array's own precision.
/// - **Digits** (`floatmode`). `maxprec`: each value prints its shortest round-trip digits,
///   cut at `precision` digits after the point (after the first digit in scientific notation)
///   and rounded half-to-even. `unique`: no cut. `fixed`: always `precision` digits of the exact
///   binary value. `maxprec_equal`: as `maxprec`, then every value gets the longest count.
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
    private let options: ArrayFormatOptions
    /// The digit cut-off; nil in `unique` mode.
    private var precision: Int?
    /// Digits are shortest round-trip ones (false only in `fixed` mode).
    private var unique: Bool
    /// At least this many digits (after the point, or after the first digit in scientific).
    private var minDigits = 0
    /// Trim mode `'k'` (keep trailing zeros up to `minDigits`) rather than `'.'`.
    private var keepZeros = false
    private(set) var exponential = false
    private var padLeft = 0
    private var padRight = 0
    private var exponentDigits = 2

    /// Decides notation and widths from `values` (the elements that will be shown). Measuring
    /// millions of values takes seconds: `stopped` is asked every 2^12 of them, and once it
    /// answers true the measuring ends early (the caller then throws, printing nothing).
    init(values: [Double], isFloat32: Bool, options: ArrayFormatOptions, stopped: () -> Bool = { false }) {
        self.isFloat32 = isFloat32
        self.options = options
        precision = options.floatmode == .unique ? nil : options.precision
        unique = options.floatmode != .fixed
        let finite = values.allSatisfy { $0.isFinite } ? values : values.filter { $0.isFinite }
        exponential = ArrayFormatFloat.needsExponent(finite, isFloat32: isFloat32, suppress: options.suppress)
        _ = stopped()   // an interrupt during those passes ends the measuring at its first check

        if finite.isEmpty {
            unique = true
        } else if exponential {
            // First pass: trim mode '.' ('k' when fixed) to measure; then pad every mantissa.
            keepZeros = !unique
            minDigits = !unique ? precision ?? 0 : 0
            var fractionLength = 0, integerLength = 0, exponentLength = 0
            for (i, x) in finite.enumerated() {
                if i & 0xFFF == 0xFFF && stopped() { break }
                let parts = scientificParts(digits(x, scientific: true))
                integerLength = max(integerLength, parts.integer.count)
                fractionLength = max(fractionLength, parts.fraction.count)
                exponentLength = max(exponentLength, parts.exponent.count)
            }
            exponentDigits = max(2, exponentLength)
            precision = fractionLength
            minDigits = fractionLength
            keepZeros = true
            padLeft = integerLength
            padRight = exponentDigits + 2 + fractionLength
        } else {
            keepZeros = !unique
            minDigits = !unique ? precision ?? 0 : 0
            for (i, x) in finite.enumerated() {
                if i & 0xFFF == 0xFFF && stopped() { break }
                let parts = positionalParts(x)
                padLeft = max(padLeft, parts.integer.count)
                padRight = max(padRight, parts.fraction.count)
            }
            if options.floatmode == .fixed || options.floatmode == .maxprecEqual {
                precision = padRight
                minDigits = padRight
                keepZeros = true
            } else {
                keepZeros = false
                minDigits = 0
            }
        }
        if options.sign == .space && !finite.contains(where: { $0.sign == .minus }) {
            padLeft += 1
        }
        if finite.count != values.count {
            let negativeInfinity = options.sign != .minus || values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = max(padLeft, options.nanstr.count - offset, options.infstr.count + negativeInfinity - offset)
        }
    }

    /// NumPy's rule for switching to scientific notation, evaluated in the array's precision.
    private static func needsExponent(_ finite: [Double], isFloat32: Bool, suppress: Bool) -> Bool {
        // One pass, no copies: for millions of values each copy is an uninterruptible step.
        var largest = 0.0, smallest = Double.infinity
        for x in finite where x != 0 {
            let m = abs(x)
            largest = max(largest, m)
            smallest = min(smallest, m)
        }
        guard smallest.isFinite else { return false }
        if isFloat32 {
            let hi = Float(largest), lo = Float(smallest)
            return hi >= Float(1e6) || (!suppress && (lo < Float(0.0001) || hi / lo > Float(1000)))
        }
        return largest >= 1e8 || (!suppress && (smallest < 0.0001 || largest / smallest > 1000))
    }

    /// Dragon4's digit generation for one value under the current mode: the digits to print,
    /// before trimming and padding.
    private func digits(_ x: Double, scientific: Bool) -> ArrayFormatDecimal {
        // The number of significant digits that reach a given number of places.
        func cut(_ d: ArrayFormatDecimal, _ places: Int) -> Int { scientific ? places + 1 : d.pointPosition + places }
        if !unique {
            let exact = ArrayFormatDecimal.exact(x)
            return exact.roundedExactly(keeping: cut(exact, precision ?? 0))
        }
        var d = ArrayFormatDecimal.shortest(x, isFloat32: isFloat32)
        if let precision { d = d.rounded(keeping: cut(d, precision), source: x) }
        if minDigits > 0 && !d.isZero && d.digits.count < cut(d, minDigits) {
            // More digits than the shortest form: they are the exact binary value's (min_digits).
            let exact = ArrayFormatDecimal.exact(x)
            d = exact.roundedExactly(keeping: cut(exact, minDigits))
        }
        return d
    }

    private var signPrefix: (ArrayFormatDecimal) -> String {
        { $0.negative ? "-" : (options.sign == .plus ? "+" : "") }
    }

    /// Signed integer part and fraction (trailing zeros as the trim mode leaves them).
    private func positionalParts(_ x: Double) -> (integer: String, fraction: String) {
        let d = digits(x, scientific: false)
        var parts = d.positionalParts
        if keepZeros && parts.fraction.count < minDigits {
            parts.fraction += String(repeating: "0", count: minDigits - parts.fraction.count)
        }
        return (signPrefix(d) + parts.integer, parts.fraction)
    }

    /// Signed first digit, the other digits, and the exponent's digits (its sign is separate).
    private func scientificParts(_ d: ArrayFormatDecimal) -> (integer: String, fraction: String, exponent: String) {
        var parts = ArrayFormatFloat.scientificDigits(d)
        if keepZeros && parts.fraction.count < minDigits {
            parts.fraction += String(repeating: "0", count: minDigits - parts.fraction.count)
        }
        return (signPrefix(d) + parts.first, parts.fraction, parts.exponent)
    }

    private static func scientificDigits(_ d: ArrayFormatDecimal) -> (first: String, fraction: String, exponent: String) {
        guard let first = d.digits.first else { return ("0", "", "00") }
        var exponent = String(abs(d.scientificExponent))
        while exponent.count < 2 { exponent = "0" + exponent }
        return (String(first), d.digits.dropFirst().map(String.init).joined(), exponent)
    }

    /// The padded text of one element.
    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN
                ? (options.sign == .plus ? "+" : "") + options.nanstr
                : (x < 0 ? "-" : (options.sign == .plus ? "+" : "")) + options.infstr
            return ArrayFormatFloat.padded(text, toWidth: padLeft + padRight + 1)
        }
        if exponential {
            let d = digits(x, scientific: true)
            let parts = scientificParts(d)
            var exponent = parts.exponent
            while exponent.count < exponentDigits { exponent = "0" + exponent }
            let sign = d.scientificExponent < 0 ? "-" : "+"
            return ArrayFormatFloat.padded(parts.integer, toWidth: padLeft) + "." + parts.fraction + "e" + sign + exponent
        }
        let parts = positionalParts(x)
        var fraction = parts.fraction
        if fraction.count < padRight {
            fraction += String(repeating: " ", count: padRight - fraction.count)
        }
        return ArrayFormatFloat.padded(parts.integer, toWidth: padLeft) + "." + fraction
    }

    static func padded(_ text: String, toWidth width: Int) -> String {
        let n = text.unicodeScalars.count
        return n >= width ? text : String(repeating: " ", count: width - n) + text
    }

    /// A float scalar's `str` (`str(np.float64(x))`), which is also Python's `repr(float)`:
    /// positional for 1e-4 ≤ |x| < 1e16 (1e6 for float32) or zero (`0.5`, `100.0`), else
    /// scientific (`1e+16`, `1.5e-05`); always the shortest round-trip digits of the scalar's
    /// own type.
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
        let parts = scientificDigits(d)
        let fraction = parts.fraction.isEmpty ? "" : "." + parts.fraction
        return sign + parts.first + fraction + "e" + (d.scientificExponent < 0 ? "-" : "+") + parts.exponent
    }
}
