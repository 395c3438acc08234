import Foundation
import Language

/// `_json.scan`: the JSON parser under `json.loads`, in Swift (the Python one ran two orders of
/// magnitude behind CPython's C scanner). It reads UTF-8 and reports positions in code points,
/// with CPython's messages; json.py turns a failure into JSONDecodeError.
final class JSONScanner {
    struct Failure: Error {
        let message: String
        let byteOffset: Int
    }

    /// The UTF-8 bytes, copied once into a buffer the scanner owns (no reference counting on
    /// each byte read, as an array property would have).
    let text: UnsafeMutableBufferPointer<UInt8>
    let interp: Interpreter
    let strict: Bool
    let objectHook: Value?, pairsHook: Value?, parseFloat: Value?, parseInt: Value?, parseConstant: Value?
    var depth = 0

    init(text: [UInt8], interp: Interpreter, strict: Bool, hooks: [Value?]) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, text.count))
        self.text = UnsafeMutableBufferPointer(rebasing: storage[0..<text.count])
        _ = self.text.initialize(from: text)
        self.interp = interp
        self.strict = strict
        objectHook = hooks[0]
        pairsHook = hooks[1]
        parseFloat = hooks[2]
        parseInt = hooks[3]
        parseConstant = hooks[4]
    }

    deinit { text.deallocate() }

    func skipSpace(_ i: inout Int) {
        while i < text.count, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D { i += 1 }
    }

    func matches(_ literal: StaticString, at i: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= text.count else { return false }
        return literal.withUTF8Buffer { buf in (0..<n).allSatisfy { text[i + $0] == buf[$0] } }
    }

    /// The value starting at `i` (no leading whitespace), or nil when none starts there.
    func value(_ i: inout Int) throws -> Value? {
        guard i < text.count else { return nil }
        switch text[i] {
        case UInt8(ascii: "\""):
            i += 1
            return .str(try string(&i))
        case UInt8(ascii: "{"):
            i += 1
            return try object(&i)
        case UInt8(ascii: "["):
            i += 1
            return try array(&i)
        case UInt8(ascii: "n") where matches("null", at: i): i += 4; return Value.none
        case UInt8(ascii: "t") where matches("true", at: i): i += 4; return .bool(true)
        case UInt8(ascii: "f") where matches("false", at: i): i += 5; return .bool(false)
        case UInt8(ascii: "N") where matches("NaN", at: i): i += 3; return try constant("NaN", .nan)
        case UInt8(ascii: "I") where matches("Infinity", at: i): i += 8; return try constant("Infinity", .infinity)
        case UInt8(ascii: "-") where matches("-Infinity", at: i): i += 9; return try constant("-Infinity", -.infinity)
        default: return try number(&i)
        }
    }

    func constant(_ name: String, _ d: Double) throws -> Value {
        if let parseConstant { return try interp.call(parseConstant, Arguments([.str(name)])) }
        return .float(d)
    }

    func isDigit(_ i: Int) -> Bool { i < text.count && text[i] >= 0x30 && text[i] <= 0x39 }

    func number(_ i: inout Int) throws -> Value? {
        let start = i
        var j = i
        if j < text.count, text[j] == UInt8(ascii: "-") { j += 1 }
        if j < text.count, text[j] == UInt8(ascii: "0") { j += 1 } else if isDigit(j) {
            while isDigit(j) { j += 1 }
        } else { return nil }
        let integerEnd = j
        if j + 1 < text.count, text[j] == UInt8(ascii: "."), isDigit(j + 1) {
            j += 2
            while isDigit(j) { j += 1 }
        }
        if j < text.count, text[j] == UInt8(ascii: "e") || text[j] == UInt8(ascii: "E") {
            var k = j + 1
            if k < text.count, text[k] == UInt8(ascii: "+") || text[k] == UInt8(ascii: "-") { k += 1 }
            if isDigit(k) {
                while isDigit(k) { k += 1 }
                j = k
            }
        }
        i = j
        let literal = String(decoding: text[start..<j], as: UTF8.self)
        if j == integerEnd {
            if let parseInt { return try interp.call(parseInt, Arguments([.str(literal)])) }
            guard let n = Int(literal) else {
                throw PyError.overflow("integer \(literal) does not fit in 64 bits: Cellgrad ints are 64-bit")
            }
            return .int(n)
        }
        if let parseFloat { return try interp.call(parseFloat, Arguments([.str(literal)])) }
        return .float(Double(literal) ?? .nan)
    }

    func hex4(_ at: Int) throws -> UInt32 {
        // `at` is the index of the 'u'.
        guard at + 4 < text.count else { throw Failure(message: "Invalid \\uXXXX escape", byteOffset: at) }
        var v: UInt32 = 0
        for k in 1...4 {
            guard let d = hexValue(text[at + k]) else { throw Failure(message: "Invalid \\uXXXX escape", byteOffset: at) }
            v = v << 4 | d
        }
        return v
    }

    func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    /// A string body; `i` is just past the opening quote.
    func string(_ i: inout Int) throws -> String {
        let begin = i - 1
        var out = [UInt8]()
        var j = i
        while true {
            let runStart = j
            while j < text.count {
                let c = text[j]
                if c == 0x22 || c == 0x5C || (c < 0x20 && strict) { break }
                j += 1
            }
            guard j < text.count else { throw Failure(message: "Unterminated string starting at", byteOffset: begin) }
            let c = text[j]
            if c == 0x22 && out.isEmpty {
                // No escapes (the usual case): the string is the run itself.
                i = j + 1
                return String(decoding: UnsafeBufferPointer(rebasing: text[runStart..<j]), as: UTF8.self)
            }
            out.append(contentsOf: text[runStart..<j])
            if c == 0x22 {
                i = j + 1
                return String(decoding: out, as: UTF8.self)
            }
            if c != 0x5C { throw Failure(message: "Invalid control character at", byteOffset: j) }
            guard j + 1 < text.count else { throw Failure(message: "Unterminated string starting at", byteOffset: begin) }
            let escape = text[j + 1]
            let simple: UInt8?
            switch escape {
            case UInt8(ascii: "\""): simple = 0x22
            case UInt8(ascii: "\\"): simple = 0x5C
            case UInt8(ascii: "/"): simple = 0x2F
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "u"): simple = nil
            default: throw Failure(message: "Invalid \\escape", byteOffset: j)
            }
            if let simple {
                out.append(simple)
                j += 2
                continue
            }
            var code = try hex4(j + 1)
            j += 6
            if (0xD800...0xDBFF).contains(code), j + 1 < text.count, text[j] == 0x5C, text[j + 1] == UInt8(ascii: "u") {
                let low = try hex4(j + 1)
                if (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10 | (low - 0xDC00))
                    j += 6
                }
            }
            // A lone surrogate cannot live in a Swift string; it becomes U+FFFD.
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    func enter() throws {
        depth += 1
        if depth > interp.recursionLimit {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while decoding a JSON document")
        }
    }

    func object(_ i: inout Int) throws -> Value {
        try enter()
        defer { depth -= 1 }
        if pairsHook == nil && objectHook == nil {
            // No hooks: keys go straight into the dict (a later duplicate wins, as in dict()).
            let d = PyDict()
            try members(&i) { d[HashKey.string($0)] = $1 }
            return .object(d)
        }
        var pairs: [(String, Value)] = []
        try members(&i) { pairs.append(($0, $1)) }
        return try finishObject(pairs)
    }

    /// The members of an object after its "{", up to and past its "}".
    func members(_ i: inout Int, _ add: (String, Value) -> Void) throws {
        skipSpace(&i)
        if i < text.count, text[i] == UInt8(ascii: "}") {
            i += 1
            return
        }
        while true {
            guard i < text.count, text[i] == 0x22 else {
                throw Failure(message: "Expecting property name enclosed in double quotes", byteOffset: i)
            }
            i += 1
            let key = try string(&i)
            skipSpace(&i)
            guard i < text.count, text[i] == UInt8(ascii: ":") else { throw Failure(message: "Expecting ':' delimiter", byteOffset: i) }
            i += 1
            skipSpace(&i)
            guard let v = try value(&i) else { throw Failure(message: "Expecting value", byteOffset: i) }
            add(key, v)
            skipSpace(&i)
            if i < text.count, text[i] == UInt8(ascii: "}") {
                i += 1
                return
            }
            guard i < text.count, text[i] == UInt8(ascii: ",") else { throw Failure(message: "Expecting ',' delimiter", byteOffset: i) }
            i += 1
            skipSpace(&i)
        }
    }

    func finishObject(_ pairs: [(String, Value)]) throws -> Value {
        if let pairsHook {
            return try interp.call(pairsHook, Arguments([.list(pairs.map { .tuple([.str($0.0), $0.1]) })]))
        }
        let d = PyDict()
        for (k, v) in pairs { d[HashKey.string(k)] = v }
        if let objectHook { return try interp.call(objectHook, Arguments([.object(d)])) }
        return .object(d)
    }

    func array(_ i: inout Int) throws -> Value {
        try enter()
        defer { depth -= 1 }
        var items: [Value] = []
        skipSpace(&i)
        if i < text.count, text[i] == UInt8(ascii: "]") {
            i += 1
            return .list(items)
        }
        while true {
            guard let v = try value(&i) else { throw Failure(message: "Expecting value", byteOffset: i) }
            items.append(v)
            skipSpace(&i)
            if i < text.count, text[i] == UInt8(ascii: "]") {
                i += 1
                return .list(items)
            }
            guard i < text.count, text[i] == UInt8(ascii: ",") else { throw Failure(message: "Expecting ',' delimiter", byteOffset: i) }
            i += 1
            skipSpace(&i)
        }
    }

    /// The code-point index of a UTF-8 offset (Python's positions count characters).
    func codePoints(upTo offset: Int) -> Int {
        var n = 0
        for k in 0..<min(offset, text.count) where text[k] & 0xC0 != 0x80 { n += 1 }
        return n + max(0, offset - text.count)
    }

    func byteOffset(ofCodePoint index: Int) -> Int {
        var seen = 0
        for k in 0..<text.count where text[k] & 0xC0 != 0x80 {
            if seen == index { return k }
            seen += 1
        }
        return text.count
    }

    static let signature = Signature("scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)")

    /// scan(...) -> (value, end) on success, (message, position, None) on failure. With `whole`,
    /// trailing whitespace is skipped and anything after it is 'Extra data'.
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_json", doc: "The native JSON scanner and encoder for the json module.")
        JSONEncoderNative.define(in: m)
        m.define("scan") { interp, args in
            let a = try signature.bind(args)
            guard let s = a.value(0)?.asString else { throw PyError.type("scan: expected a str") }
            let hooks = (4..<9).map { k -> Value? in
                guard let v = a.value(k), !v.isNone else { return nil }
                return v
            }
            let scanner = JSONScanner(text: Array(s.utf8), interp: interp, strict: try interp.isTruthy(a.value(3) ?? .bool(true)), hooks: hooks)
            let whole = try interp.isTruthy(a.value(2) ?? .bool(true))
            var i = scanner.byteOffset(ofCodePoint: try interp.toInt(a.value(1) ?? .int(0)))
            do {
                if whole { scanner.skipSpace(&i) }
                guard let v = try scanner.value(&i) else { throw Failure(message: "Expecting value", byteOffset: i) }
                if whole {
                    scanner.skipSpace(&i)
                    if i != scanner.text.count { throw Failure(message: "Extra data", byteOffset: i) }
                }
                return .tuple([v, .int(scanner.codePoints(upTo: i))])
            } catch let failure as Failure {
                return .tuple([.str(failure.message), .int(scanner.codePoints(upTo: failure.byteOffset)), .none])
            }
        }
        return m
    }
}
