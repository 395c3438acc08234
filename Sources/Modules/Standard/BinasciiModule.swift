import Language

/// `binascii`: base64 and hex conversions between binary data and ASCII, natively (a pure
/// Python loop would take seconds on an image's bytes), with CPython's errors. `base64` is
/// written in Cellgrad Python on top of it.
enum BinasciiModule {
    nonisolated(unsafe) static let error = PyType(name: "Error", bases: [BuiltinTypes.valueError], module: "binascii")
    nonisolated(unsafe) static let incomplete = PyType(name: "Incomplete", bases: [BuiltinTypes.exception], module: "binascii")
    static let b2aBase64Signature = Signature("b2a_base64(data, /, *, newline=True)")
    static let a2bBase64Signature = Signature("a2b_base64(data, /, *, strict_mode=False)")
    static let hexlifySignature = Signature("hexlify(data, sep=<unrepresentable>, bytes_per_sep=1)")
    static let crc32Signature = Signature("crc32(data, crc=0, /)")

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    /// Each ASCII byte's 6-bit value, 255 for bytes outside the alphabet.
    static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    /// Binary data: bytes or bytearray.
    static func binary(_ v: Value?) throws -> [UInt8] {
        guard let v, let b = v.asObject as? PyBytes else {
            throw PyError.type("a bytes-like object is required, not '\(v?.typeName ?? "NoneType")'")
        }
        return b.bytes
    }

    /// ASCII input of the a2b functions: bytes, bytearray or a str of ASCII characters.
    static func ascii(_ v: Value?) throws -> [UInt8] {
        if case .object(let o)? = v, let s = o as? PyStr {
            guard s.value.utf8.allSatisfy({ $0 < 0x80 }) else {
                throw PyError.value("string argument should contain only ASCII characters")
            }
            return Array(s.value.utf8)
        }
        guard let v, let b = v.asObject as? PyBytes else {
            throw PyError.type("argument should be bytes, buffer or ASCII string, not '\(v?.typeName ?? "NoneType")'")
        }
        return b.bytes
    }

    static func encodeBase64(_ data: [UInt8], newline: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 3 <= data.count {
            let n = Int(data[i]) << 16 | Int(data[i + 1]) << 8 | Int(data[i + 2])
            out.append(alphabet[n >> 18]); out.append(alphabet[n >> 12 & 63])
            out.append(alphabet[n >> 6 & 63]); out.append(alphabet[n & 63])
            i += 3
        }
        let left = data.count - i
        if left > 0 {
            let n = Int(data[i]) << 16 | (left == 2 ? Int(data[i + 1]) << 8 : 0)
            out.append(alphabet[n >> 18]); out.append(alphabet[n >> 12 & 63])
            out.append(left == 2 ? alphabet[n >> 6 & 63] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        if newline { out.append(UInt8(ascii: "\n")) }
        return out
    }

    /// CPython's decoding rules: outside strict mode, bytes outside the alphabet are skipped and
    /// a complete pad ends the data; strict mode refuses both.
    static func decodeBase64(_ text: [UInt8], strict: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 4 * 3 + 3)
        var quad = 0, left = 0, pads = 0, paddingStarted = false
        if strict && text.first == UInt8(ascii: "=") { throw PyError(error, "Leading padding not allowed") }
        for (i, c) in text.enumerated() {
            if c == UInt8(ascii: "=") {
                paddingStarted = true
                if quad >= 2 {
                    pads += 1
                    if quad + pads >= 4 {
                        if strict && i + 1 < text.count { throw PyError(error, "Excess data after padding") }
                        return out
                    }
                }
                continue
            }
            let v = Int(decodeTable[Int(c)])
            if v == 255 {
                if strict { throw PyError(error, "Only base64 data is allowed") }
                continue
            }
            if strict && paddingStarted { throw PyError(error, "Discontinuous padding not allowed") }
            pads = 0
            switch quad {
            case 0: left = v
            case 1: out.append(UInt8(left << 2 | v >> 4)); left = v & 15
            case 2: out.append(UInt8(left << 4 | v >> 2)); left = v & 3
            default: out.append(UInt8((left << 6 | v) & 255)); left = 0
            }
            quad = (quad + 1) % 4
        }
        if quad == 1 {
            throw PyError(error, "Invalid base64-encoded string: number of data characters (\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
        }
        if quad != 0 { throw PyError(error, "Incorrect padding") }
        return out
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// `hexlify(data, sep, bytes_per_sep)`: a separator every `perSep` bytes, counted from the
    /// right when positive and from the left when negative.
    static func hexlify(_ data: [UInt8], separator: UInt8?, perSep: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 3)
        let group = perSep.magnitude == 0 ? 0 : Int(perSep.magnitude)
        for (i, b) in data.enumerated() {
            if let separator, group > 0, i > 0 {
                let boundary = perSep > 0 ? (data.count - i) % group == 0 : i % group == 0
                if boundary { out.append(separator) }
            }
            out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)])
        }
        return out
    }

    static func unhexlify(_ text: [UInt8]) throws -> [UInt8] {
        guard text.count % 2 == 0 else { throw PyError(error, "Odd-length string") }
        func digit(_ c: UInt8) throws -> UInt8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
            default: throw PyError(error, "Non-hexadecimal digit found")
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 2)
        var i = 0
        while i < text.count {
            out.append(try digit(text[i]) << 4 | digit(text[i + 1]))
            i += 2
        }
        return out
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "binascii", doc: "Conversion between binary data and ASCII.")
        m["Error"] = .object(error)
        m["Incomplete"] = .object(incomplete)
        m.define("b2a_base64", doc: "b2a_base64(data, /, *, newline=True)\n\nBase64-code line of data.") { interp, args in
            let a = try b2aBase64Signature.bind(args)
            let newline = try a["newline"].map { try interp.isTruthy($0) } ?? true
            return .object(PyBytes(encodeBase64(try binary(a.value(0)), newline: newline)))
        }
        m.define("a2b_base64", doc: "a2b_base64(data, /, *, strict_mode=False)\n\nDecode a line of base64 data.") { interp, args in
            let a = try a2bBase64Signature.bind(args)
            let strict = try a["strict_mode"].map { try interp.isTruthy($0) } ?? false
            return .object(PyBytes(try decodeBase64(try ascii(a.value(0)), strict: strict)))
        }
        for name in ["hexlify", "b2a_hex"] {
            m.define(name, doc: "\(name)(data, sep=<unrepresentable>, bytes_per_sep=1)\n\nHexadecimal representation of binary data.") { interp, args in
                let a = try hexlifySignature.bind(args)
                let data = try binary(a.value(0))
                var separator: UInt8?
                if let sep = a["sep"], !sep.isNone {
                    let text: [UInt8]
                    if case .object(let o) = sep, let s = o as? PyStr { text = Array(s.value.utf8) } else { text = try binary(sep) }
                    guard text.count == 1 else { throw PyError.value("sep must be length 1.") }
                    guard text[0] < 0x80 else { throw PyError.value("sep must be ASCII.") }
                    separator = text[0]
                }
                let perSep = try interp.toInt(a["bytes_per_sep"] ?? .int(1))
                return .object(PyBytes(hexlify(data, separator: separator, perSep: perSep)))
            }
        }
        for name in ["unhexlify", "a2b_hex"] {
            m.define(name, doc: "\(name)(hexstr, /)\n\nBinary data of hexadecimal representation.") { _, args in
                guard args.count == 1 else { throw PyError.type("\(name)() takes exactly one argument (\(args.count) given)") }
                return .object(PyBytes(try unhexlify(try ascii(args[0]))))
            }
        }
        m.define("crc32", doc: "crc32(data, crc=0, /)\n\nCompute CRC-32 incrementally.") { interp, args in
            let a = try crc32Signature.bind(args)
            let start = try interp.toInt(a.value(1) ?? .int(0))
            return .int(ZlibModule.crc32(try binary(a.value(0)), start: start))
        }
        return m
    }
}
