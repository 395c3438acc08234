import CGMP
import Foundation

/// An `int` beyond 64 bits, held as a GMP integer. Every result goes through `make`, which
/// returns `Value.int` whenever it fits 64 bits: a PyBigInt never holds a small value, so the
/// 64-bit fast paths never meet one and two equal ints always have the same representation.
public final class PyBigInt: PyObject {
    typealias Integer = UnsafeMutablePointer<__mpz_struct>
    typealias ReadOnly = UnsafePointer<__mpz_struct>

    let mpz: Integer

    private init() {
        mpz = .allocate(capacity: 1)
        __gmpz_init(mpz)
        super.init(type: BuiltinTypes.int)
    }

    deinit {
        __gmpz_clear(mpz)
        mpz.deallocate()
    }

    /// Runs `body` on a fresh integer and returns it as a Value, demoted when it fits 64 bits.
    static func make(_ body: (Integer) throws -> Void) rethrows -> Value {
        let b = PyBigInt()
        try body(b.mpz)
        return cgmp_fits_long(b.mpz) != 0 ? .int(__gmpz_get_si(b.mpz)) : .object(b)
    }

    /// The bigger-than-64-bit int a value holds, if it holds one.
    @inline(__always)
    public static func of(_ v: Value) -> PyBigInt? {
        if case .object(let o) = v, o.hasType(BuiltinTypes.int) { return o as? PyBigInt }
        return nil
    }

    /// Lends any int (a bool, a 64-bit int, a PyBigInt) to `body` as a GMP integer; nil for
    /// values that are not ints.
    static func withInteger<R>(_ v: Value, _ body: (ReadOnly) throws -> R) rethrows -> R? {
        switch v {
        case .int(let i): return try withSmall(i, body)
        case .bool(let b): return try withSmall(b ? 1 : 0, body)
        default: return try of(v).map { try body($0.mpz) }
        }
    }

    /// A temporary GMP integer, cleared when the last reference goes. Its users hold it with
    /// `withExtendedLifetime`: the C calls see only `z`, which outlives no reference by itself.
    final class Scratch {
        let z: Integer
        init() {
            z = .allocate(capacity: 1)
            __gmpz_init(z)
        }
        deinit {
            __gmpz_clear(z)
            z.deallocate()
        }
    }

    static func withSmall<R>(_ i: Int, _ body: (ReadOnly) throws -> R) rethrows -> R {
        var z = __mpz_struct()
        __gmpz_init_set_si(&z, i)
        defer { __gmpz_clear(&z) }
        return try withUnsafePointer(to: &z) { try body($0) }
    }

    static func sign(_ z: ReadOnly) -> Int { Int(cgmp_sign(z)) }
    static func bitLength(_ z: ReadOnly) -> Int { sign(z) == 0 ? 0 : Int(__gmpz_sizeinbase(z, 2)) }

    /// GMP aborts the process when it cannot allocate; results are refused well before that.
    static let maximumBits = 1 << 32

    static func checkSize(bits: Int) throws {
        if bits > maximumBits { throw PyError.memory("") }
    }

    // MARK: Arithmetic

    /// `a op b` for two ints, exactly.
    static func binary(_ op: BinaryOp, _ a: ReadOnly, _ b: ReadOnly) throws -> Value {
        switch op {
        case .add: return make { __gmpz_add($0, a, b) }
        case .sub: return make { __gmpz_sub($0, a, b) }
        case .mul:
            try checkSize(bits: bitLength(a) + bitLength(b))
            return make { __gmpz_mul($0, a, b) }
        case .floordiv:
            if sign(b) == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            return make { __gmpz_fdiv_q($0, a, b) }
        case .mod:
            if sign(b) == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            return make { __gmpz_fdiv_r($0, a, b) }
        case .truediv: return .float(try trueDivide(a, b))
        case .pow:
            guard cgmp_fits_long(b) != 0 else {
                // Only 0, 1 and -1 survive an exponent beyond 64 bits.
                if sign(b) < 0 { return try .float(Foundation.pow(toDouble(a), toDouble(b))) }
                if cgmp_cmp_long(a, 0) == 0 || cgmp_cmp_long(a, 1) == 0 { return make { __gmpz_set($0, a) } }
                if cgmp_cmp_long(a, -1) == 0 { return .int(__gmpz_tstbit(b, 0) == 1 ? -1 : 1) }
                throw PyError.memory("")
            }
            return try power(a, __gmpz_get_si(b))
        case .and: return make { __gmpz_and($0, a, b) }
        case .or: return make { __gmpz_ior($0, a, b) }
        case .xor: return make { __gmpz_xor($0, a, b) }
        case .lshift:
            if sign(b) < 0 { throw PyError.value("negative shift count") }
            if sign(a) == 0 { return .int(0) }
            guard cgmp_fits_long(b) != 0 else { throw PyError.memory("") }
            let shift = __gmpz_get_si(b)
            try checkSize(bits: bitLength(a) + shift)
            return make { __gmpz_mul_2exp($0, a, UInt(shift)) }
        case .rshift:
            if sign(b) < 0 { throw PyError.value("negative shift count") }
            guard cgmp_fits_long(b) != 0 else { return .int(sign(a) < 0 ? -1 : 0) }
            return make { __gmpz_fdiv_q_2exp($0, a, UInt(__gmpz_get_si(b))) }
        case .matmul:
            throw PyError.type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// `a ** e`; a negative exponent gives a float, as in Python.
    static func power(_ a: ReadOnly, _ e: Int) throws -> Value {
        if e < 0 {
            if sign(a) == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(Foundation.pow(try toDouble(a), Double(e)))
        }
        if bitLength(a) > 1 {
            let (bits, overflow) = (bitLength(a) - 1).multipliedReportingOverflow(by: e)
            if overflow { throw PyError.memory("") }
            try checkSize(bits: bits)
        }
        return make { __gmpz_pow_ui($0, a, UInt(e)) }
    }

    /// `pow(base, e, m)`: a negative exponent takes the modular inverse; the result has the
    /// modulus's sign.
    static func modularPower(_ base: ReadOnly, _ e: ReadOnly, _ m: ReadOnly) throws -> Value {
        if sign(m) == 0 { throw PyError.value("pow() 3rd argument cannot be 0") }
        let r = try make { r in
            let modulus = Scratch()
            defer { withExtendedLifetime(modulus) {} }
            __gmpz_abs(modulus.z, m)
            if sign(e) < 0 {
                let inverse = Scratch()
                defer { withExtendedLifetime(inverse) {} }
                guard __gmpz_invert(inverse.z, base, modulus.z) != 0 else {
                    throw PyError.value("base is not invertible for the given modulus")
                }
                let exponent = Scratch()
                defer { withExtendedLifetime(exponent) {} }
                __gmpz_neg(exponent.z, e)
                __gmpz_powm(r, inverse.z, exponent.z, modulus.z)
            } else {
                __gmpz_powm(r, base, e, modulus.z)
            }
            if sign(m) < 0 && sign(r) != 0 { __gmpz_add(r, r, m) }
        }
        return r
    }

    /// `pow(base, e, m)` for int values of any size.
    static func modularPower(_ base: Value, _ e: Value, _ m: Value) throws -> Value {
        let r = try withInteger(base) { b in try withInteger(e) { x in try withInteger(m) { try modularPower(b, x, $0) } } }
        guard case let value??? = r else { throw PyError.type("pow() arguments must be integers") }
        return value
    }

    static func populationCount(_ a: ReadOnly) -> Int {
        let magnitude = Scratch()
        defer { withExtendedLifetime(magnitude) {} }
        __gmpz_abs(magnitude.z, a)
        return Int(__gmpz_popcount(magnitude.z))
    }

    static func unary(_ op: UnaryOp, _ a: ReadOnly) -> Value {
        switch op {
        case .neg: return make { __gmpz_neg($0, a) }
        case .invert: return make { __gmpz_com($0, a) }
        default: return make { __gmpz_set($0, a) }
        }
    }

    static func absolute(_ a: ReadOnly) -> Value { make { __gmpz_abs($0, a) } }

    static func compare(_ a: ReadOnly, _ b: ReadOnly) -> Int { Int(__gmpz_cmp(a, b)).signum() }

    /// The order of an int and a float, exactly; nil when the float is NaN.
    static func compare(_ a: ReadOnly, _ d: Double) -> Int? {
        d.isNaN ? nil : Int(__gmpz_cmp_d(a, d)).signum()
    }

    // MARK: Conversions

    /// The nearest float (ties to even), as Python's `float(int)`.
    static func toDouble(_ a: ReadOnly) throws -> Double {
        let bits = bitLength(a)
        if bits <= 63 { return Double(__gmpz_get_si(a)) }
        if bits > 1024 { throw PyError.overflow("int too large to convert to float") }
        // The top 64 bits, with a sticky low bit for anything below them, round as the whole
        // number does when converted once.
        let top = Scratch()
        defer { withExtendedLifetime(top) {} }
        __gmpz_abs(top.z, a)
        let shift = bits - 64
        let inexact = Int(truncatingIfNeeded: __gmpz_scan1(top.z, 0)) < shift
        __gmpz_tdiv_q_2exp(top.z, top.z, UInt(shift))
        var high = UInt64(__gmpz_get_ui(top.z))
        if inexact { high |= 1 }
        let d = Foundation.scalbn(Double(high), shift)
        if d.isInfinite { throw PyError.overflow("int too large to convert to float") }
        return sign(a) < 0 ? -d : d
    }

    /// `a / b` correctly rounded, as Python divides ints.
    static func trueDivide(_ a: ReadOnly, _ b: ReadOnly) throws -> Double {
        if sign(b) == 0 { throw PyError.zeroDivision("division by zero") }
        if bitLength(a) <= 53 && bitLength(b) <= 53 { return Double(__gmpz_get_si(a)) / Double(__gmpz_get_si(b)) }
        // Scale so the quotient has 65 or more bits, then round once with a sticky bit.
        let shift = bitLength(b) - bitLength(a) + 66
        let n = Scratch(), q = Scratch(), r = Scratch()
        defer { withExtendedLifetime(n) {} }
        defer { withExtendedLifetime(q) {} }
        defer { withExtendedLifetime(r) {} }
        __gmpz_abs(n.z, a)
        let truncated = shift < 0 && Int(truncatingIfNeeded: __gmpz_scan1(n.z, 0)) < -shift
        if shift > 0 { __gmpz_mul_2exp(n.z, n.z, UInt(shift)) } else { __gmpz_tdiv_q_2exp(n.z, n.z, UInt(-shift)) }
        let d = Scratch()
        defer { withExtendedLifetime(d) {} }
        __gmpz_abs(d.z, b)
        __gmpz_tdiv_qr(q.z, r.z, n.z, d.z)
        if cgmp_sign(r.z) != 0 || truncated { __gmpz_setbit(q.z, 0) }
        let exponent = bitLength(q.z) - shift
        if exponent > 1024 { throw PyError.overflow("integer division result too large for a float") }
        let value = try toDouble(q.z)
        let result = Foundation.scalbn(value, -shift)
        if result.isInfinite { throw PyError.overflow("integer division result too large for a float") }
        return (sign(a) < 0) != (sign(b) < 0) ? -result : result
    }

    /// `int(d)` for a finite float: truncated toward zero.
    static func fromDouble(_ d: Double) throws -> Value {
        if d.isNaN { throw PyError.value("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
        if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
        return make { __gmpz_set_d($0, d) }
    }

    /// The digits in a radix (2...36), with a leading `-` for negatives.
    static func digits(_ a: ReadOnly, radix: Int, uppercase: Bool = false) -> String {
        let size = __gmpz_sizeinbase(a, Int32(radix)) + 2
        var buffer = [CChar](repeating: 0, count: size)
        __gmpz_get_str(&buffer, Int32(uppercase ? -radix : radix), a)
        return String(cString: buffer)
    }

    /// The decimal form, refused past `sys.get_int_max_str_digits()` as Python 3.11 does.
    static func decimal(_ a: ReadOnly) throws -> String {
        let text = digits(a, radix: 10)
        let count = text.utf8.count - (sign(a) < 0 ? 1 : 0)
        if maximumStringDigits > 0 && count > maximumStringDigits {
            throw PyError.value("Exceeds the limit (\(maximumStringDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return text
    }

    /// `sys.set_int_max_str_digits`: 0 lifts the limit.
    nonisolated(unsafe) public static var maximumStringDigits = 4300

    /// Digits already checked to be valid in `radix` (no sign, no underscores).
    static func parse(digits: String, radix: Int, negative: Bool) throws -> Value {
        if radix == 10 && maximumStringDigits > 0 && digits.utf8.count > maximumStringDigits {
            throw PyError.value("Exceeds the limit (\(maximumStringDigits) digits) for integer string conversion: value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        return make { z in
            _ = __gmpz_set_str(z, digits, Int32(radix))
            if negative { __gmpz_neg(z, z) }
        }
    }

    // MARK: Hashing

    /// Python's numeric hash modulus, 2**61 - 1: equal ints and floats hash equally.
    static let hashModulus = (1 << 61) - 1

    static func hash(_ a: ReadOnly) -> Int {
        let r = Int(__gmpz_fdiv_ui(a, UInt(hashModulus)))
        if sign(a) >= 0 { return r }
        // fdiv_ui gives the residue of the value; Python hashes -(|a| mod M).
        let h = r == 0 ? 0 : -(hashModulus - r)
        return h == -1 ? -2 : h
    }

    // MARK: Math, for the modules (operands are int Values of any size)

    /// `math.factorial(n)`.
    public static func factorial(of n: Int) throws -> Value { try factorial(n) }

    /// `math.comb(n, k)`, for n >= 0 and 0 <= k.
    public static func combinations(_ n: Value, _ k: Int) throws -> Value {
        try withInteger(n) { z in
            // C(n, k) = C(n, n - k) < n^min(k, n - k): refuse what memory cannot hold.
            var smaller = k
            if case .int(let small) = n { smaller = Swift.min(k, Swift.max(0, small - k)) }
            try checkProductSize(factors: smaller, bitsEach: bitLength(z))
            return binomial(z, k)
        } ?? .int(0)
    }

    /// `math.perm(n, k)`, for n >= k >= 0.
    public static func permutations(_ n: Value, _ k: Int) throws -> Value {
        try withInteger(n) { z in
            try checkProductSize(factors: k, bitsEach: bitLength(z))
            return permutations(z, k)
        } ?? .int(0)
    }

    /// A product of `factors` numbers of `bitsEach` bits at most, checked before it is built.
    static func checkProductSize(factors: Int, bitsEach: Int) throws {
        if Double(factors) * Double(bitsEach) > Double(maximumBits) { throw PyError.memory("") }
    }

    /// `math.gcd(a, b)`.
    public static func gcd(_ a: Value, _ b: Value) -> Value {
        withInteger(a) { x in withInteger(b) { y in gcd(x, y) } ?? .int(0) } ?? .int(0)
    }

    /// `math.isqrt(n)`.
    public static func integerSquareRoot(_ n: Value) throws -> Value {
        try withInteger(n) { try integerSquareRoot($0) } ?? .int(0)
    }

    /// `x.rounded(rule)` as an int of any size (`math.floor`, `round`).
    public static func integer(_ d: Double) throws -> Value { try fromDouble(d) }

    /// The natural logarithm of a positive int of any size, without converting it to a float
    /// first (which overflows past 2**1024); nil for ints that are not bigger than 64 bits.
    public static func logarithm(_ v: Value) -> Double? {
        guard let b = of(v), sign(b.mpz) > 0 else { return nil }
        var exponent = 0
        let mantissa = __gmpz_get_d_2exp(&exponent, b.mpz)
        return Foundation.log(mantissa) + Double(exponent) * Foundation.log(2.0)
    }


    static func factorial(_ n: Int) throws -> Value {
        // n! has about n·log2(n) bits; that estimate overflows Int long before n does.
        let bits = n > 2 ? Double(n) * log2(Double(n)) : 1
        if bits > Double(maximumBits) { throw PyError.memory("") }
        return make { __gmpz_fac_ui($0, UInt(n)) }
    }

    static func binomial(_ n: ReadOnly, _ k: Int) -> Value {
        make { __gmpz_bin_ui($0, n, UInt(k)) }
    }

    /// n! / (n - k)!, the number of ordered choices.
    static func permutations(_ n: ReadOnly, _ k: Int) -> Value {
        make { r in
            __gmpz_set_ui(r, 1)
            let factor = Scratch()
            defer { withExtendedLifetime(factor) {} }
            __gmpz_set(factor.z, n)
            for _ in 0..<k {
                __gmpz_mul(r, r, factor.z)
                __gmpz_sub_ui(factor.z, factor.z, 1)
            }
        }
    }

    static func gcd(_ a: ReadOnly, _ b: ReadOnly) -> Value { make { __gmpz_gcd($0, a, b) } }

    static func integerSquareRoot(_ a: ReadOnly) throws -> Value {
        if sign(a) < 0 { throw PyError.value("isqrt() argument must be nonnegative") }
        return make { __gmpz_sqrt($0, a) }
    }

    /// `int.to_bytes`: two's complement when signed.
    static func bytes(_ a: ReadOnly, length: Int, bigEndian: Bool, signed: Bool) throws -> [UInt8] {
        if sign(a) < 0 && !signed { throw PyError.overflow("can't convert negative int to unsigned") }
        let value = Scratch()
        defer { withExtendedLifetime(value) {} }
        if sign(a) < 0 {
            // 2**(8*length) + a, which must keep its top bit set to fit.
            __gmpz_set_ui(value.z, 1)
            __gmpz_mul_2exp(value.z, value.z, UInt(8 * length))
            __gmpz_add(value.z, value.z, a)
        } else {
            __gmpz_set(value.z, a)
        }
        // Signed ranges are [-2**(8*length-1), 2**(8*length-1)); unsigned ones [0, 2**(8*length)).
        let magnitude = Scratch()
        defer { withExtendedLifetime(magnitude) {} }
        if sign(a) < 0 { __gmpz_com(magnitude.z, a) } else { __gmpz_set(magnitude.z, a) }
        if bitLength(magnitude.z) > 8 * length - (signed ? 1 : 0) { throw PyError.overflow("int too big to convert") }
        var out = [UInt8](repeating: 0, count: length)
        var count = 0
        out.withUnsafeMutableBytes { raw in
            _ = __gmpz_export(raw.baseAddress, &count, -1, 1, 0, 0, value.z)
        }
        return bigEndian ? out.reversed() : out
    }

    static func fromBytes(_ bytes: [UInt8], bigEndian: Bool, signed: Bool) -> Value {
        make { z in
            bytes.withUnsafeBytes { raw in __gmpz_import(z, bytes.count, bigEndian ? 1 : -1, 1, 0, 0, raw.baseAddress) }
            if signed, let top = bigEndian ? bytes.first : bytes.last, top & 0x80 != 0 {
                let offset = Scratch()
                defer { withExtendedLifetime(offset) {} }
                __gmpz_set_ui(offset.z, 1)
                __gmpz_mul_2exp(offset.z, offset.z, UInt(8 * bytes.count))
                __gmpz_sub(z, z, offset.z)
            }
        }
    }
}

extension FormatSpec {
    /// `format(n, spec)` for an int beyond 64 bits.
    func format(bigInt b: PyBigInt) throws -> String {
        let negative = PyBigInt.sign(b.mpz) < 0
        return try format(integerDigits: { radix, uppercase in
            let text = radix == 10 ? try PyBigInt.decimal(b.mpz) : PyBigInt.digits(b.mpz, radix: radix, uppercase: uppercase)
            return negative ? String(text.dropFirst()) : text
        }, negative: negative, codePoint: { throw PyError.overflow("%c arg not in range(0x110000)") },
           asDouble: { try PyBigInt.toDouble(b.mpz) })
    }
}
