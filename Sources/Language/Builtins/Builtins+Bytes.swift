import Foundation

/// `bytes` and `bytearray`: one Swift class (`PyBytes`) under two Python types; bytearray adds
/// the mutating methods. Enough for struct, gzip, pickle and binary files.
extension Builtins {
    static func byteString(_ v: Value) -> [UInt8]? {
        if case .object(let o) = v, let b = o as? PyBytes { return b.bytes }
        return nil
    }

    /// The bytes of a bytes-like argument, or CPython's TypeError naming it.
    static func bytesLike(_ v: Value, _ context: String = "a bytes-like object is required") throws -> [UInt8] {
        if let b = byteString(v) { return b }
        throw PyError.type("\(context), not '\(v.typeName)'")
    }

    /// `bytes(x)` / `bytearray(x)`: from an encoded str, a length, an iterable of ints, or bytes.
    static func makeBytes(_ interp: Interpreter, _ args: Arguments, typeName: String) throws -> [UInt8] {
        let source = args.count > 0 ? args.positional[0] : nil
        let encoding = args.count > 1 ? args.positional[1] : args.keyword("encoding")
        guard let source else { return [] }
        if let s = source.asString {
            guard let encoding else { throw PyError.type("string argument without an encoding") }
            return try encode(s, encoding: interp.toStringValue(encoding), errors: "strict")
        }
        if encoding != nil { throw PyError.type("encoding without a string argument") }
        if let b = byteString(source) { return b }
        if case .int(let n) = source {
            if n < 0 { throw PyError.value("negative count") }
            try MemoryCeiling.check(bytes: n)
            return [UInt8](repeating: 0, count: n)
        }
        if case .bool(let flag) = source { return [UInt8](repeating: 0, count: flag ? 1 : 0) }
        let items: [Value]
        do { items = try interp.iterateToArray(source) } catch let e as PyError where e.isInstance(of: BuiltinTypes.typeError) {
            throw PyError.type("cannot convert '\(source.typeName)' object to \(typeName)")
        }
        return try items.map { item in
            let n: Int
            switch item {
            case .int(let i): n = i
            case .bool(let b): n = b ? 1 : 0
            default: throw PyError.type("'\(item.typeName)' object cannot be interpreted as an integer")
            }
            guard (0..<256).contains(n) else { throw PyError.value("bytes must be in range(0, 256)") }
            return UInt8(n)
        }
    }

    static func encode(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        switch normalizedEncoding(encoding) {
        case "utf-8": return Array(s.utf8)
        case "ascii", "latin-1":
            let limit: UInt32 = normalizedEncoding(encoding) == "ascii" ? 128 : 256
            var out: [UInt8] = []
            for (i, scalar) in s.unicodeScalars.enumerated() {
                if scalar.value < limit { out.append(UInt8(scalar.value)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append(UInt8(ascii: "?"))
                default:
                    let name = normalizedEncoding(encoding) == "ascii" ? "ascii" : "latin-1"
                    let hex = String(scalar.value, radix: 16)
                    let escape = scalar.value < 0x100 ? "\\x" + hex.leftPadded(2) : (scalar.value < 0x10000 ? "\\u" + hex.leftPadded(4) : "\\U" + hex.leftPadded(8))
                    throw PyError(BuiltinTypes.unicodeEncodeError,
                                  "'\(name)' codec can't encode character '\(escape)' in position \(i): ordinal not in range(\(limit))")
                }
            }
            return out
        default: throw PyError(BuiltinTypes.lookupError, "unknown encoding: \(encoding)")
        }
    }

    static func decode(_ bytes: [UInt8], encoding: String, errors: String) throws -> String {
        switch normalizedEncoding(encoding) {
        case "utf-8":
            if let s = String(validating: bytes, as: UTF8.self) { return s }
            switch errors {
            case "replace": return String(decoding: bytes, as: UTF8.self)
            case "ignore":
                var out = ""
                var i = 0
                while i < bytes.count {
                    // Take the longest valid sequence starting at i, else skip one byte.
                    var taken = false
                    for length in stride(from: min(4, bytes.count - i), through: 1, by: -1) {
                        if let s = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                            out += s
                            i += length
                            taken = true
                            break
                        }
                    }
                    if !taken { i += 1 }
                }
                return out
            default:
                let position = firstInvalidUTF8(bytes)
                let byte = String(bytes[position], radix: 16).leftPadded(2)
                let reason = bytes[position] >= 0x80 && bytes[position] < 0xC0 || bytes[position] >= 0xF8 ? "invalid start byte" : "invalid continuation byte"
                throw PyError(BuiltinTypes.unicodeDecodeError,
                              "'utf-8' codec can't decode byte 0x\(byte) in position \(position): \(position + 1 >= bytes.count && reason == "invalid continuation byte" ? "unexpected end of data" : reason)")
            }
        case "latin-1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "ascii":
            var out = String.UnicodeScalarView()
            for (i, b) in bytes.enumerated() {
                if b < 128 { out.append(Unicode.Scalar(b)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append("\u{FFFD}")
                default:
                    throw PyError(BuiltinTypes.unicodeDecodeError,
                                  "'ascii' codec can't decode byte 0x\(String(b, radix: 16).leftPadded(2)) in position \(i): ordinal not in range(128)")
                }
            }
            return String(out)
        default: throw PyError(BuiltinTypes.lookupError, "unknown encoding: \(encoding)")
        }
    }

    static func normalizedEncoding(_ name: String) -> String {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8", "u8": return "utf-8"
        case "ascii", "us-ascii": return "ascii"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1": return "latin-1"
        default: return name
        }
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            var valid = false
            for length in 1...4 where i + length <= bytes.count {
                if String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil { i += length; valid = true; break }
            }
            if !valid { return i }
        }
        return max(0, bytes.count - 1)
    }

    /// Each byte as the code point of the same value (Latin-1).
    static func latin1(_ b: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: b.map { Unicode.Scalar($0) })
        return String(scalars)
    }

    static func bytesRepr(_ b: [UInt8]) -> String {
        // Written into one byte buffer: appending to a String piece by piece took 3 s for
        // 100 MB (CPython 0.4 s).
        let quote: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [UInt8(ascii: "b"), quote]
        out.reserveCapacity(b.count + 3)
        for c in b {
            let escaped: UInt8
            switch c {
            case 0x5C, quote: escaped = c
            case 0x0A: escaped = UInt8(ascii: "n")
            case 0x0D: escaped = UInt8(ascii: "r")
            case 0x09: escaped = UInt8(ascii: "t")
            case 0x20..<0x7F:
                out.append(c)
                continue
            default:
                out.append(0x5C)
                out.append(UInt8(ascii: "x"))
                out.append(hex[Int(c >> 4)])
                out.append(hex[Int(c & 15)])
                continue
            }
            out.append(0x5C)
            out.append(escaped)
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    static func isByteWhitespace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }

    /// The first (last) offset of `needle` within `hay[from..<to]`, or -1; linear time.
    static func findBytes(_ hay: [UInt8], _ needle: [UInt8], from: Int, to: Int, reverse: Bool = false) -> Int {
        let lo = max(0, from), hi = min(hay.count, to)
        guard hi - lo >= needle.count else { return -1 }
        var search = SubstringSearch(bytes: needle)
        return hay.withUnsafeBufferPointer {
            (reverse ? search.last(in: $0, from: lo, to: hi) : search.first(in: $0, from: lo, to: hi)) ?? -1
        }
    }

    static func splitBytes(_ b: [UInt8], sep: [UInt8]?, maxsplit: Int) throws -> [[UInt8]] {
        var parts: [[UInt8]] = []
        if let sep {
            if sep.isEmpty { throw PyError.value("empty separator") }
            var start = 0
            while maxsplit < 0 || parts.count < maxsplit {
                let i = findBytes(b, sep, from: start, to: b.count)
                if i < 0 { break }
                parts.append(Array(b[start..<i]))
                start = i + sep.count
            }
            parts.append(Array(b[start...]))
            return parts
        }
        var i = 0
        while i < b.count {
            while i < b.count, isByteWhitespace(b[i]) { i += 1 }
            if i == b.count { break }
            if maxsplit >= 0, parts.count == maxsplit {
                var end = b.count
                while end > i, isByteWhitespace(b[end - 1]) { end -= 1 }
                parts.append(Array(b[i..<end]))
                break
            }
            let start = i
            while i < b.count, !isByteWhitespace(b[i]) { i += 1 }
            parts.append(Array(b[start..<i]))
        }
        return parts
    }

    static func installBytesMethods() {
        for t in [BuiltinTypes.bytes, BuiltinTypes.bytearray] {
            installSharedByteMethods(t)
        }
        installByteArrayMutators()
        let fromhex = PyClassMethod(.object(PyNativeFunction(name: "fromhex") { interp, a in
            let text = try interp.toStringValue(a.count > 1 ? a.positional[1] : .none, what: "fromhex() argument")
            var out: [UInt8] = []
            var pending: UInt8?
            for (i, scalar) in text.unicodeScalars.enumerated() {
                if scalar == " " && pending == nil { continue }
                guard scalar.isASCII, let digit = UInt8(String(scalar), radix: 16) else {
                    throw PyError.value("non-hexadecimal number found in fromhex() arg at position \(i)")
                }
                if let high = pending { out.append(high << 4 | digit); pending = nil } else { pending = digit }
            }
            if pending != nil { throw PyError.value("non-hexadecimal number found in fromhex() arg at position \(text.unicodeScalars.count)") }
            let cls = a.positional[0]
            if case .object(let o) = cls, o === BuiltinTypes.bytearray { return .object(PyBytes(out, type: BuiltinTypes.bytearray)) }
            return .object(PyBytes(out))
        }))
        BuiltinTypes.bytes.namespace[Symbol("fromhex")] = .object(fromhex)
        BuiltinTypes.bytearray.namespace[Symbol("fromhex")] = .object(fromhex)
    }

    private static func installSharedByteMethods(_ t: PyType) {
        let mutable = t === BuiltinTypes.bytearray
        func me(_ a: Arguments) throws -> PyBytes {
            guard case .object(let o) = a.receiver, let b = o as? PyBytes else {
                throw PyError.type("descriptor requires a '\(t.name)' object but received a '\(a.receiver.typeName)'")
            }
            return b
        }
        func make(_ b: [UInt8]) -> Value { .object(PyBytes(b, type: t)) }
        func arg(_ a: Arguments, _ i: Int) -> Value? { i < a.count ? a.positional[i] : nil }
        func subArgument(_ v: Value?, _ method: String) throws -> [UInt8] {
            guard let v else { throw PyError.type("\(method)() takes at least 1 argument (0 given)") }
            if case .int(let n) = v {
                guard (0..<256).contains(n) else { throw PyError.value("byte must be in range(0, 256)") }
                return [UInt8(n)]
            }
            return try bytesLike(v, "argument should be integer or bytes-like object")
        }
        t.define("__repr__") { _, a in
            let r = bytesRepr(try me(a).bytes)
            return .str(mutable ? "bytearray(\(r))" : r)
        }
        t.define("__len__") { _, a in .int(try me(a).bytes.count) }
        t.define("__hash__") { _, a in
            if mutable { throw PyError.type("unhashable type: 'bytearray'") }
            return .int(HashKey.bytesHash(try me(a).bytes))
        }
        t.define("__iter__") { _, a in .object(PyIterator(values: try me(a).bytes.map { .int(Int($0)) })) }
        t.define("__contains__") { _, a in
            let hay = try me(a).bytes
            let needle = try subArgument(arg(a, 1), "__contains__")
            return .bool(findBytes(hay, needle, from: 0, to: hay.count) >= 0)
        }
        t.define("__getitem__") { interp, a in
            let b = try me(a).bytes
            guard let index = arg(a, 1) else { throw PyError.type("expected an index") }
            if case .object(let o) = index, let s = o as? PySlice {
                let (start, stop, step) = try s.indices(length: b.count, interp)
                return make(PySlice.select(b, start: start, stop: stop, step: step))
            }
            guard case .int(var i) = index else {
                throw PyError.type("\(t.name) indices must be integers or slices, not \(index.typeName)")
            }
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else { throw PyError.index("index out of range") }
            return .int(Int(b[i]))
        }
        for (name, op) in [("__eq__", CompareOp.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            t.define(name) { _, a in
                let x = try me(a).bytes
                guard let other = arg(a, 1), let y = byteString(other) else { return .object(PyNotImplemented.shared.value) }
                let c = x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
                return .bool(Interpreter.ordered(op, c, 0))
            }
        }
        t.define("__add__") { _, a in
            guard let other = arg(a, 1), let y = byteString(other) else {
                throw PyError.type("can't concat \(arg(a, 1)?.typeName ?? "NoneType") to \(t.name)")
            }
            return make(try me(a).bytes + y)
        }
        let repeatBody: NativeBody = { interp, a in
            guard let other = arg(a, 1), case .int = other else {
                throw PyError.type("can't multiply sequence by non-int of type '\(arg(a, 1)?.typeName ?? "NoneType")'")
            }
            let n = try interp.toInt(other), bytes = try me(a).bytes
            // CPython's words: a length past Int.max is an OverflowError for bytes (a MemoryError
            // for bytearray), a merely huge one a MemoryError.
            if n > 0 && bytes.count.multipliedReportingOverflow(by: n).overflow {
                throw mutable ? PyError.memory() : PyError.overflow("repeated bytes are too long")
            }
            try MemoryCeiling.check(bytes: bytes.count, times: max(0, n))
            if bytes.isEmpty || n <= 0 { return make([]) }   // `b'' * 10**18` is instant
            // Copied by doubling: b'x' * 10**8 takes milliseconds (joining 10**8 pieces took seconds).
            let total = bytes.count * n
            var out = bytes
            out.reserveCapacity(total)
            while out.count < total { out.append(contentsOf: out[0..<min(out.count, total - out.count)]) }
            return make(out)
        }
        t.define("__mod__") { interp, a in
            guard let args = arg(a, 1) else { throw PyError.type("expected 1 argument, got 0") }
            return make(try interp.bytesPercentFormat(try me(a).bytes, args))
        }
        t.define("__mul__", repeatBody)
        t.define("__rmul__", repeatBody)
        t.define("decode") { interp, a in
            let p = try BuiltinSignatures.decode.bind(a, skipReceiver: true)
            let encoding = try p["encoding"].map { try interp.toStringValue($0) } ?? "utf-8"
            let errors = try p["errors"].map { try interp.toStringValue($0) } ?? "strict"
            return .str(try decode(me(a).bytes, encoding: encoding, errors: errors))
        }
        t.define("hex") { interp, a in
            let b = try me(a).bytes
            let digits = b.map { String($0, radix: 16).leftPadded(2) }
            guard let sepValue = arg(a, 1) else { return .str(digits.joined()) }
            let sep = try interp.toStringValue(sepValue)
            return .str(digits.joined(separator: sep))
        }
        for (name, reverse) in [("find", false), ("rfind", true), ("index", false), ("rindex", true)] {
            t.define(name) { interp, a in
                let b = try me(a).bytes
                let needle = try subArgument(arg(a, 1), name)
                let w = try SearchWindow(interp, a, count: b.count)
                let i = findBytes(b, needle, from: w.start, to: w.end, reverse: reverse)
                if i < 0 && name.hasSuffix("index") { throw PyError.value("subsection not found") }
                return .int(i)
            }
        }
        t.define("count") { interp, a in
            let b = try me(a).bytes
            let needle = try subArgument(arg(a, 1), "count")
            let w = try SearchWindow(interp, a, count: b.count)
            guard w.fits(needle.count) else { return .int(0) }
            if needle.isEmpty { return .int(w.end - w.start + 1) }
            var search = SubstringSearch(bytes: needle)
            return .int(b.withUnsafeBufferPointer { search.occurrences(in: $0, from: w.start, to: w.end).count })
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            t.define(name) { interp, a in
                let b = try me(a).bytes
                guard let what = arg(a, 1) else { throw PyError.type("\(name)() takes at least 1 argument (0 given)") }
                let w = try SearchWindow(interp, a, count: b.count)
                let candidates: [[UInt8]]
                if case .object(let o) = what, let tuple = o as? PyTuple {
                    candidates = try tuple.items.map { try bytesLike($0, "a bytes-like object is required") }
                } else {
                    candidates = [try bytesLike(what, "\(name) first arg must be bytes or a tuple of bytes")]
                }
                return .bool(candidates.contains { affix in
                    guard w.fits(affix.count) else { return false }
                    let from = atStart ? w.start : w.end - affix.count
                    return b[from..<(from + affix.count)].elementsEqual(affix)
                })
            }
        }
        t.define("split") { interp, a in
            let p = try BuiltinSignatures.split.bind(a, skipReceiver: true)
            let sep = try p.optional("sep").map { try bytesLike($0) }
            let maxsplit = try p["maxsplit"].map { try interp.toInt($0) } ?? -1
            return .list(try splitBytes(me(a).bytes, sep: sep, maxsplit: maxsplit).map(make))
        }
        t.define("splitlines") { interp, a in
            let b = try me(a).bytes
            let keep = try arg(a, 1).map { try interp.isTruthy($0) } ?? false
            var lines: [Value] = []
            var start = 0, i = 0
            while i < b.count {
                if b[i] == 0x0A || b[i] == 0x0D {
                    var end = i + 1
                    if b[i] == 0x0D, end < b.count, b[end] == 0x0A { end += 1 }
                    lines.append(make(Array(b[start..<(keep ? end : i)])))
                    start = end
                    i = end
                } else { i += 1 }
            }
            if start < b.count { lines.append(make(Array(b[start...]))) }
            return .list(lines)
        }
        t.define("join") { interp, a in
            let sep = try me(a).bytes
            var pieces: [[UInt8]] = []
            for (i, item) in try interp.iterateToArray(arg(a, 1) ?? .none).enumerated() {
                guard let piece = byteString(item) else {
                    throw PyError.type("sequence item \(i): expected a bytes-like object, \(item.typeName) found")
                }
                pieces.append(piece)
            }
            try MemoryCeiling.checkJoin(pieces: pieces.lazy.map(\.count), separator: sep.count, result: "bytes")
            return make(Array(pieces.joined(separator: sep)))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.define(name) { _, a in
                var b = ArraySlice(try me(a).bytes)
                let chars: [UInt8]? = try arg(a, 1).flatMap { $0.isNone ? nil : try bytesLike($0) }
                let strip: (UInt8) -> Bool = { c in chars.map { $0.contains(c) } ?? isByteWhitespace(c) }
                if left { b = b.drop(while: strip) }
                if right { while let last = b.last, strip(last) { b = b.dropLast() } }
                return make(Array(b))
            }
        }
        t.define("replace") { interp, a in
            let b = try me(a).bytes
            let old = try bytesLike(arg(a, 1) ?? .none), new = try bytesLike(arg(a, 2) ?? .none)
            var limit = try arg(a, 3).map { try interp.toInt($0) } ?? -1
            var out: [UInt8] = []
            var i = 0
            while i <= b.count {
                if limit != 0, b[i...].starts(with: old) {
                    out += new
                    limit -= 1
                    if old.isEmpty {
                        if i < b.count { out.append(b[i]) }
                        i += 1
                    } else { i += old.count }
                } else {
                    if i < b.count { out.append(b[i]) }
                    i += 1
                }
            }
            return make(out)
        }
        t.define("upper") { _, a in make(try me(a).bytes.map { (0x61...0x7A).contains($0) ? $0 - 32 : $0 }) }
        t.define("lower") { _, a in make(try me(a).bytes.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }) }
        let classes: [(String, @Sendable (UInt8) -> Bool)] = [
            ("isdigit", { (0x30...0x39).contains($0) }),
            ("isalpha", { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
            ("isspace", { isByteWhitespace($0) }),
            ("isalnum", { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
        ]
        for (name, test) in classes {
            t.define(name) { _, a in
                let b = try me(a).bytes
                return .bool(!b.isEmpty && b.allSatisfy(test))
            }
        }
    }

    private static func installByteArrayMutators() {
        let t = BuiltinTypes.bytearray
        func me(_ a: Arguments) throws -> PyBytes {
            guard case .object(let o) = a.receiver, let b = o as? PyBytes else { throw PyError.type("expected a bytearray") }
            return b
        }
        func byte(_ interp: Interpreter, _ v: Value) throws -> UInt8 {
            let n = try interp.toInt(v)
            guard (0..<256).contains(n) else { throw PyError.value("byte must be in range(0, 256)") }
            return UInt8(n)
        }
        t.define("append") { interp, a in
            try me(a).bytes.append(byte(interp, a.count > 1 ? a.positional[1] : .none))
            return .none
        }
        t.define("extend") { interp, a in
            let target = try me(a)
            let source = a.count > 1 ? a.positional[1] : .none
            if let b = byteString(source) { target.bytes += b } else {
                target.bytes += try interp.iterateToArray(source).map { try byte(interp, $0) }
            }
            return .none
        }
        t.define("__iadd__") { _, a in
            let target = try me(a)
            target.bytes += try bytesLike(a.count > 1 ? a.positional[1] : .none, "can't concat \(a.count > 1 ? a.positional[1].typeName : "NoneType") to bytearray")
            return a.receiver
        }
        t.define("pop") { interp, a in
            let target = try me(a)
            if target.bytes.isEmpty { throw PyError.index("pop from empty bytearray") }
            var i = a.count > 1 ? try interp.toInt(a.positional[1]) : -1
            if i < 0 { i += target.bytes.count }
            guard i >= 0 && i < target.bytes.count else { throw PyError.index("pop index out of range") }
            return .int(Int(target.bytes.remove(at: i)))
        }
        t.define("clear") { _, a in
            try me(a).bytes.removeAll()
            return .none
        }
        t.define("__setitem__") { interp, a in
            let target = try me(a)
            guard a.count > 2 else { throw PyError.type("expected an index and a value") }
            let index = a.positional[1], value = a.positional[2]
            if case .object(let o) = index, let s = o as? PySlice {
                let (start, stop, step) = try s.indices(length: target.bytes.count, interp)
                let replacement = try byteString(value) ?? interp.iterateToArray(value).map { try byte(interp, $0) }
                if step == 1 {
                    target.bytes.replaceSubrange(start..<max(start, stop), with: replacement)
                    return .none
                }
                let positions = SlicePositions(start: start, stop: stop, step: step)
                guard positions.count == replacement.count else {
                    throw PyError.value("attempt to assign bytes of size \(replacement.count) to extended slice of size \(positions.count)")
                }
                for (p, v) in zip(positions, replacement) { target.bytes[p] = v }
                return .none
            }
            var i = try interp.toInt(index)
            if i < 0 { i += target.bytes.count }
            guard i >= 0 && i < target.bytes.count else { throw PyError.index("bytearray index out of range") }
            target.bytes[i] = try byte(interp, value)
            return .none
        }
        t.define("__delitem__") { interp, a in
            let target = try me(a)
            let index = a.count > 1 ? a.positional[1] : .none
            if case .object(let o) = index, let s = o as? PySlice {
                let (start, stop, step) = try s.indices(length: target.bytes.count, interp)
                let doomed = Set(SlicePositions(start: start, stop: stop, step: step))
                target.bytes = target.bytes.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                return .none
            }
            var i = try interp.toInt(index)
            if i < 0 { i += target.bytes.count }
            guard i >= 0 && i < target.bytes.count else { throw PyError.index("bytearray index out of range") }
            target.bytes.remove(at: i)
            return .none
        }
    }
}
