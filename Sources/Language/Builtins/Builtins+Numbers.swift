import Foundation

/// abs, round, min, max, sum, divmod, pow, chr, ord, bin/hex/oct, and the methods of int and float.
extension Builtins {
    nonisolated(unsafe) static let numericFunctions: [(String, NativeBody)] = [
        ("abs", { interp, args in
            try arity("abs", args, 1, 1)
            switch try args[0] {
            case .int(let i):
                if i == Int.min { return PyBigInt.withSmall(i) { PyBigInt.absolute($0) } }
                return .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if let big = PyBigInt.of(try args[0]) { return PyBigInt.absolute(big.mpz) }
                if let f = try args[0].type.lookup(Dunder.abs) { return try interp.call(f, Arguments([args[0]])) }
                throw PyError.type("bad operand type for abs(): '\(try args[0].typeName)'")
            }
        }),
        ("round", { interp, args in
            let a = try BuiltinSignatures.round.bind(args)
            let number = a.value(0) ?? Value.none
            let digits = a.optional("ndigits")
            switch number {
            case .int(let i):
                guard let d = digits else { return .int(i) }
                let n = try interp.toInt(d)
                if n >= 0 { return .int(i) }
                if n < -18 { return .int(0) }  // 10**19 exceeds every 64-bit int
                let p = Int(Foundation.pow(10.0, Double(-n)))
                let q = Double(i) / Double(p)
                guard let r = Int(exactly: q.rounded(.toNearestOrEven)), case let (v, false) = r.multipliedReportingOverflow(by: p) else {
                    throw PyError.overflow("int too large: Cellgrad ints are 64-bit")
                }
                return .int(v)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let x):
                guard let d = digits else {
                    return try PyBigInt.fromDouble(x.rounded(.toNearestOrEven))
                }
                return .float(roundFloat(x, try interp.toInt(d)))
            default:
                if PyBigInt.of(number) != nil {
                    guard let d = digits else { return number }
                    let n = try interp.toInt(d)
                    if n >= 0 { return number }
                    // Half to even at 10**-n: q, r = divmod(x, p); round q up past half.
                    let p = try interp.binary(.pow, .int(10), .int(-n))
                    let r = try interp.binary(.mod, number, p)
                    var q = try interp.binary(.floordiv, number, p)
                    let twice = try interp.binary(.mul, r, .int(2))
                    if try interp.isTruthy(interp.compare(.gt, twice, p))
                        || (interp.equals(twice, p) && interp.isTruthy(interp.binary(.mod, q, .int(2)))) {
                        q = try interp.binary(.add, q, .int(1))
                    }
                    return try interp.binary(.mul, q, p)
                }
                if let f = number.type.lookup(Dunder.round) {
                    return try interp.call(f, Arguments(digits.map { [number, $0] } ?? [number]))
                }
                throw PyError.type("type \(number.typeName) doesn't define __round__ method")
            }
        }),
        ("min", { interp, args in try extremum(interp, args, name: "min", op: .lt) }),
        ("max", { interp, args in try extremum(interp, args, name: "max", op: .gt) }),
        ("sum", { interp, args in
            let a = try BuiltinSignatures.sum.bind(args)
            var total = a["start"] ?? .int(0)
            if total.asString != nil { throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try interp.iterator(a.value(0) ?? Value.none)
            // Python adds floats with extended precision (Neumaier) since 3.12; 3.11 adds plainly.
            while let v = try it.next(interp) { total = try interp.binary(.add, total, v) }
            return total
        }),
        ("divmod", { interp, args in
            try arity("divmod", args, 2, 2)
            return .tuple([try interp.binary(.floordiv, args[0], args[1]), try interp.binary(.mod, args[0], args[1])])
        }),
        ("pow", { interp, args in
            try arity("pow", args, 2, 3)
            if args.count == 3, !args.positional[2].isNone {
                let values = try args.positional.map { v -> Value in
                    if case .float = v { throw PyError.type("pow() 3rd argument not allowed unless all arguments are integers") }
                    return try interp.toInteger(v)
                }
                return try PyBigInt.modularPower(values[0], values[1], values[2])
            }
            return try interp.binary(.pow, args[0], args[1])
        }),
        ("chr", { interp, args in
            try arity("chr", args, 1, 1)
            let i = try interp.toInt(args[0])
            guard i >= 0, let s = Unicode.Scalar(UInt32(clamping: i)) else { throw PyError.value("chr() arg not in range(0x110000)") }
            return .str(String(Character(s)))
        }),
        ("ord", { interp, args in
            try arity("ord", args, 1, 1)
            guard let s = try args[0].asString else {
                throw PyError.type("ord() expected string of length 1, but \(try args[0].typeName) found")
            }
            let scalars = Array(s.unicodeScalars)
            guard scalars.count == 1 else {
                throw PyError.type("ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(scalars[0].value))
        }),
        ("bin", { interp, args in .str(try interp.formatInteger(args[0], FormatSpec("#b"))) }),
        ("hex", { interp, args in .str(try interp.formatInteger(args[0], FormatSpec("#x"))) }),
        ("oct", { interp, args in .str(try interp.formatInteger(args[0], FormatSpec("#o"))) }),
    ]

    /// Python's round(x, n): correctly rounded, half-to-even on the exact decimal value.
    static func roundFloat(_ x: Double, _ n: Int) -> Double {
        guard x.isFinite else { return x }
        if n > 308 { return x }
        if n < -308 { return 0 * x }
        let text = PrintfFormat.double(x, precision: max(0, n), conversion: "f")
        if n >= 0 { return Double(text) ?? x }
        let p = Foundation.pow(10.0, Double(-n))
        return (x / p).rounded(.toNearestOrEven) * p
    }

    static func extremum(_ interp: Interpreter, _ args: Arguments, name: String, op: CompareOp) throws -> Value {
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let defaultValue = args.keyword("default")
        for k in args.keywords where k.name.name != "key" && k.name.name != "default" {
            throw Signature.invalidKeyword(k.name.name, forCFunction: name)
        }
        let items: [Value]
        if args.count == 1 {
            items = try interp.iterateToArray(args[0])
        } else if args.count == 0 {
            throw PyError.type("\(name) expected at least 1 argument, got 0")
        } else {
            if defaultValue != nil { throw PyError.type("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = args.positional
        }
        guard var best = items.first else {
            if let d = defaultValue { return d }
            throw PyError.value("\(name)() iterable argument is empty")
        }
        var bestKey = try key.map { try interp.call($0, one: best) } ?? best
        for v in items.dropFirst() {
            let k = try key.map { try interp.call($0, one: v) } ?? v
            if try interp.isTruthy(interp.compare(op, k, bestKey)) {
                best = v
                bestKey = k
            }
        }
        return best
    }

    static func installNumberMethods() {
        let int = BuiltinTypes.int
        int.define("bit_length") { interp, args in
            if let big = PyBigInt.of(args.receiver) { return .int(PyBigInt.bitLength(big.mpz)) }
            let i = try interp.toInt(args.receiver)
            return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        }
        int.define("bit_count") { interp, args in
            let n = try interp.toInteger(args.receiver)
            return .int(PyBigInt.withInteger(n) { PyBigInt.populationCount($0) } ?? 0)
        }
        int.define("is_integer") { _, _ in .bool(true) }
        int.define("__index__") { interp, args in try interp.toInteger(args.receiver) }
        int.define("__float__") { interp, args in .float(try interp.toDouble(args.receiver)) }
        int.define("__int__") { interp, args in try interp.toInteger(args.receiver) }
        int.define("to_bytes") { interp, args in
            let a = try BuiltinSignatures.toBytes.bind(args, skipReceiver: true)
            let length = try a["length"].map { try interp.toInt($0) } ?? 1
            if length < 0 { throw PyError.value("length argument must be non-negative") }
            // A bytes object's header must fit beside its length, as in CPython.
            if length > Int.max - 33 { throw PyError.overflow("byte string is too large") }
            try MemoryCeiling.check(bytes: length)
            let order = try a["byteorder"].map { try interp.toStringValue($0) } ?? "big"
            guard order == "big" || order == "little" else { throw PyError.value("byteorder must be either 'little' or 'big'") }
            let signed = try a["signed"].map { try interp.isTruthy($0) } ?? false
            let n = try interp.toInteger(args.receiver)
            let bytes = try PyBigInt.withInteger(n) { try PyBigInt.bytes($0, length: length, bigEndian: order == "big", signed: signed) } ?? []
            return .object(PyBytes(bytes))
        }
        int.namespace[Symbol("from_bytes")] = .object(PyClassMethod(.object(PyNativeFunction(name: "from_bytes") { interp, args in
            let a = try BuiltinSignatures.fromBytes.bind(args, skipReceiver: true)
            let order = try a["byteorder"].map { try interp.toStringValue($0) } ?? "big"
            guard order == "big" || order == "little" else { throw PyError.value("byteorder must be either 'little' or 'big'") }
            let source = a.value(0) ?? .none
            let bytes: [UInt8]
            if let b = source.asObject as? PyBytes {
                bytes = b.bytes
            } else {
                bytes = try interp.iterateToArray(source).map { v in
                    let i = try interp.toInt(v)
                    guard (0...255).contains(i) else { throw PyError.value("bytes must be in range(0, 256)") }
                    return UInt8(i)
                }
            }
            return PyBigInt.fromBytes(bytes, bigEndian: order == "big", signed: try a["signed"].map { try interp.isTruthy($0) } ?? false)
        })))
        int.property("real") { _, v in v }
        int.property("imag") { _, _ in .int(0) }
        int.define("conjugate") { _, args in args.receiver }
        int.define("__round__") { _, args in args.receiver }
        let float = BuiltinTypes.float
        float.define("is_integer") { interp, args in
            let d = try interp.toDouble(args.receiver)
            return .bool(d.isFinite && d == d.rounded())
        }
        float.define("__float__") { interp, args in .float(try interp.toDouble(args.receiver)) }
        float.define("hex") { interp, args in
            .str(String(format: "%a", try interp.toDouble(args.receiver)))
        }
        float.define("as_integer_ratio") { interp, args in
            var d = try interp.toDouble(args.receiver)
            if d.isNaN { throw PyError.value("cannot convert NaN to integer ratio") }
            guard d.isFinite else { throw PyError.overflow("cannot convert Infinity to integer ratio") }
            // Doubling is exact, so the first integral value over a power of two is the ratio.
            var den = 1
            while d != d.rounded() && den < (1 << 62) { d *= 2; den *= 2 }
            guard d == d.rounded(), abs(d) < 9.2e18 else {
                throw PyError.overflow("the integer ratio of \(try interp.repr(args.receiver)) does not fit in 64 bits: Cellgrad ints are 64-bit")
            }
            return .tuple([.int(Int(d)), .int(den)])
        }
        float.property("real") { _, v in v }
        float.property("imag") { _, _ in .float(0) }
        float.define("conjugate") { _, args in args.receiver }
    }
}
