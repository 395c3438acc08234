import Foundation
import Language

/// `_struct`: packing values into C layouts and back (`struct` in Library adds the Struct
/// class). Native: MNIST's idx headers and pickle's frames go through it byte by byte.
enum StructModule {
    nonisolated(unsafe) static let error = PyType(name: "error", bases: [BuiltinTypes.exception], module: "struct")

    /// One parsed item: its code, repeat count (the length for 's' and 'p'), size and offset.
    struct Item {
        let code: Character
        let count: Int
        let size: Int
        let offset: Int
    }

    struct Layout {
        let littleEndian: Bool
        let items: [Item]
        let size: Int
        /// How many values pack takes / unpack returns.
        var valueCount: Int { items.reduce(0) { $0 + ($1.code == "x" ? 0 : ($1.code == "s" || $1.code == "p" ? 1 : $1.count)) } }
    }

    nonisolated(unsafe) static var cache: [String: Layout] = [:]

    static func fail(_ message: String) -> PyError { PyError(error, message) }

    static func layout(_ format: String) throws -> Layout {
        if let cached = cache[format] { return cached }
        var chars = Array(format)
        var native = true, little = true
        if let first = chars.first, "@=<>!".contains(first) {
            native = first == "@"
            little = first == "@" || first == "=" || first == "<"
            chars.removeFirst()
        }
        var items: [Item] = []
        var offset = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            var count = 1
            if c.isNumber {
                var n = 0
                while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII { n = n * 10 + d; i += 1 }
                guard i < chars.count else { throw fail("repeat count given without format specifier") }
                count = n
            }
            let code = chars[i]
            i += 1
            guard let size = itemSize(code, native: native) else { throw fail("bad char in struct format") }
            if native, size > 1, code != "s", code != "p", code != "x" { offset = (offset + size - 1) / size * size }
            items.append(Item(code: code, count: count, size: size, offset: offset))
            offset += size * count
        }
        let result = Layout(littleEndian: little, items: items, size: offset)
        cache[format] = result
        return result
    }

    static func itemSize(_ code: Character, native: Bool) -> Int? {
        switch code {
        case "x", "c", "b", "B", "?", "s", "p": return 1
        case "h", "H", "e": return 2
        case "i", "I", "f": return 4
        case "l", "L": return native ? 8 : 4
        case "q", "Q", "d": return 8
        case "n", "N", "P": return native ? 8 : nil
        default: return nil
        }
    }

    static func formatString(_ interp: Interpreter, _ v: Value) throws -> String {
        if let s = v.asString { return s }
        if case .object(let o) = v, let b = o as? PyBytes { return String(decoding: b.bytes, as: UTF8.self) }
        throw PyError.type("Struct() argument 1 must be a str or bytes object, not \(v.typeName)")
    }

    static func integer(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw fail("required argument is not an integer")
        }
    }

    static func pack(_ interp: Interpreter, _ layout: Layout, _ values: [Value]) throws -> [UInt8] {
        guard values.count == layout.valueCount else {
            throw fail("pack expected \(layout.valueCount) items for packing (got \(values.count))")
        }
        var out = [UInt8](repeating: 0, count: layout.size)
        var next = 0
        func put(_ bits: UInt64, _ at: Int, _ size: Int) {
            for k in 0..<size {
                let byte = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k)))
                out[layout.littleEndian ? at + k : at + size - 1 - k] = byte
            }
        }
        for item in layout.items {
            switch item.code {
            case "x": continue
            case "s", "p":
                let v = values[next]; next += 1
                guard case .object(let o) = v, let b = o as? PyBytes else { throw fail("argument for '\(item.code)' must be a bytes object") }
                if item.code == "s" {
                    for (k, byte) in b.bytes.prefix(item.count).enumerated() { out[item.offset + k] = byte }
                } else if item.count > 0 {
                    let n = min(b.bytes.count, item.count - 1, 255)
                    out[item.offset] = UInt8(n)
                    for (k, byte) in b.bytes.prefix(n).enumerated() { out[item.offset + 1 + k] = byte }
                }
                continue
            default: break
            }
            for r in 0..<item.count {
                let v = values[next]; next += 1
                let at = item.offset + r * item.size
                switch item.code {
                case "c":
                    guard case .object(let o) = v, let b = o as? PyBytes, b.bytes.count == 1 else {
                        throw fail("char format requires a bytes object of length 1")
                    }
                    out[at] = b.bytes[0]
                case "?": out[at] = try interp.isTruthy(v) ? 1 : 0
                case "e", "f", "d":
                    let d: Double
                    switch v {
                    case .float(let x): d = x
                    case .int(let i): d = Double(i)
                    case .bool(let b): d = b ? 1 : 0
                    default:
                        if v.type.lookup(Symbol("__float__")) != nil { d = try interp.toDouble(v) } else { throw fail("required argument is not a float") }
                    }
                    if item.code == "d" { put(d.bitPattern, at, 8) } else if item.code == "f" {
                        if d.isFinite, abs(d) > Double(Float.greatestFiniteMagnitude) { throw PyError.overflow("float too large to pack with f format") }
                        put(UInt64(Float(d).bitPattern), at, 4)
                    } else {
                        if d.isFinite, abs(d) >= 65520 { throw PyError.overflow("float too large to pack with e format") }
                        put(UInt64(Float16(Float(d)).bitPattern), at, 2)
                    }
                default:
                    let n = try integer(v)
                    try checkRange(item.code, n, size: item.size)
                    put(UInt64(bitPattern: Int64(n)), at, item.size)
                }
            }
        }
        return out
    }

    static func checkRange(_ code: Character, _ n: Int, size: Int) throws {
        let unsigned = "BHILQNP".contains(code)
        if unsigned {
            if n < 0 || (size < 8 && n >= 1 << (8 * size)) {
                switch code {
                case "B": throw fail("ubyte format requires 0 <= number <= 255")
                case "H" where n >= 0: throw fail("ushort format requires 0 <= number <= 65535")
                default: throw fail("argument out of range")
                }
            }
            return
        }
        guard size < 8 else { return }
        let low = -(1 << (8 * size - 1)), high = (1 << (8 * size - 1)) - 1
        guard n < low || n > high else { return }
        switch code {
        case "b": throw fail("byte format requires -128 <= number <= 127")
        case "h": throw fail("short format requires -32768 <= number <= 32767")
        default: throw fail("'\(code)' format requires \(low) <= number <= \(high)")
        }
    }

    static func unpack(_ layout: Layout, _ bytes: [UInt8], at base: Int) -> [Value] {
        var values: [Value] = []
        func get(_ at: Int, _ size: Int) -> UInt64 {
            var bits: UInt64 = 0
            for k in 0..<size {
                let byte = bytes[base + (layout.littleEndian ? at + k : at + size - 1 - k)]
                bits |= UInt64(byte) << (8 * UInt64(k))
            }
            return bits
        }
        for item in layout.items {
            switch item.code {
            case "x": continue
            case "s":
                values.append(.object(PyBytes(Array(bytes[(base + item.offset)..<(base + item.offset + item.count)]))))
                continue
            case "p":
                let n = item.count == 0 ? 0 : min(Int(bytes[base + item.offset]), item.count - 1)
                values.append(.object(PyBytes(Array(bytes[(base + item.offset + 1)..<(base + item.offset + 1 + n)]))))
                continue
            default: break
            }
            for r in 0..<item.count {
                let at = item.offset + r * item.size
                let bits = get(at, item.size)
                switch item.code {
                case "c": values.append(.object(PyBytes([UInt8(bits)])))
                case "?": values.append(.bool(bits != 0))
                case "d": values.append(.float(Double(bitPattern: bits)))
                case "f": values.append(.float(Double(Float(bitPattern: UInt32(bits)))))
                case "e": values.append(.float(Double(Float(Float16(bitPattern: UInt16(bits))))))
                default:
                    if "BHILQNP".contains(item.code) {
                        if item.size == 8, bits > UInt64(Int.max) { values.append(.int(Int(bitPattern: UInt(bits)))) } else { values.append(.int(Int(bits))) }
                    } else {
                        let shift = UInt64(64 - 8 * item.size)
                        values.append(.int(Int(Int64(bitPattern: bits << shift) >> Int64(shift))))
                    }
                }
            }
        }
        return values
    }

    static func buffer(_ v: Value) throws -> [UInt8] {
        if case .object(let o) = v, let b = o as? PyBytes { return b.bytes }
        throw PyError.type("a bytes-like object is required, not '\(v.typeName)'")
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_struct", doc: "Conversions between Python values and C structs represented as bytes.")
        m["error"] = .object(error)
        m.define("calcsize") { interp, args in
            .int(try layout(formatString(interp, args.count > 0 ? args[0] : .none)).size)
        }
        m.define("pack") { interp, args in
            guard args.count > 0 else { throw PyError.type("pack expected at least 1 argument, got 0") }
            let l = try layout(formatString(interp, args[0]))
            return .object(PyBytes(try pack(interp, l, Array(args.positional.dropFirst()))))
        }
        m.define("unpack") { interp, args in
            guard args.count == 2 else { throw PyError.type("unpack expected 2 arguments, got \(args.count)") }
            let l = try layout(formatString(interp, args[0]))
            let bytes = try buffer(args[1])
            guard bytes.count == l.size else { throw fail("unpack requires a buffer of \(l.size) bytes") }
            return .tuple(unpack(l, bytes, at: 0))
        }
        m.define("unpack_from") { interp, args in
            guard args.count >= 2 else { throw PyError.type("unpack_from() missing required argument 'buffer' (pos 2)") }
            let l = try layout(formatString(interp, args[0]))
            let bytes = try buffer(args[1])
            var offset = args.count > 2 ? try interp.toInt(args[2]) : try args.keyword("offset").map { try interp.toInt($0) } ?? 0
            if offset < 0 {
                if offset + bytes.count < 0 { throw fail("offset \(offset) out of range for \(bytes.count)-byte buffer") }
                offset += bytes.count
            }
            guard bytes.count - offset >= l.size else {
                if offset > bytes.count { throw fail("offset \(offset) out of range for \(bytes.count)-byte buffer") }
                throw fail("unpack_from requires a buffer of at least \(l.size + offset) bytes for unpacking \(l.size) bytes at offset \(offset) (actual buffer size is \(bytes.count))")
            }
            return .tuple(unpack(l, bytes, at: offset))
        }
        m.define("iter_unpack") { interp, args in
            guard args.count == 2 else { throw PyError.type("iter_unpack expected 2 arguments, got \(args.count)") }
            let l = try layout(formatString(interp, args[0]))
            let bytes = try buffer(args[1])
            if l.size == 0 { throw fail("cannot iteratively unpack with a struct of length 0") }
            guard bytes.count % l.size == 0 else {
                throw fail("iterative unpacking requires a buffer of a multiple of \(l.size) bytes")
            }
            var at = 0
            return .object(PyIterator { _ in
                guard at < bytes.count else { return nil }
                defer { at += l.size }
                return .tuple(unpack(l, bytes, at: at))
            })
        }
        return m
    }
}
