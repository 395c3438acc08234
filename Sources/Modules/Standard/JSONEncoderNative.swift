import Foundation
import Language

/// `_json.encode`: json.dumps's encoder in Swift, with every option of JSONEncoder (json.py
/// passes them, and its `default` method for values JSON has no form for).
final class JSONEncoderNative {
    let interp: Interpreter
    let skipKeys: Bool, ensureASCII: Bool, checkCircular: Bool, allowNaN: Bool, sortKeys: Bool
    let indent: String?
    let itemSeparator: String, keySeparator: String
    let defaultFunction: Value
    var out = ""
    var active = Set<ObjectIdentifier>()
    var depth = 0

    init(interp: Interpreter, options: BoundArguments) throws {
        self.interp = interp
        func flag(_ name: String) throws -> Bool { try interp.isTruthy(options[name] ?? .bool(false)) }
        skipKeys = try flag("skipkeys")
        ensureASCII = try flag("ensure_ascii")
        checkCircular = try flag("check_circular")
        allowNaN = try flag("allow_nan")
        sortKeys = try flag("sort_keys")
        indent = try options["indent"].flatMap { $0.isNone ? nil : try interp.toStringValue($0) }
        itemSeparator = try interp.toStringValue(options["item_separator"] ?? .str(", "))
        keySeparator = try interp.toStringValue(options["key_separator"] ?? .str(": "))
        defaultFunction = options["default"] ?? .none
    }

    func quote(_ s: String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{8}": out.append("\\b")
            case "\u{c}": out.append("\\f")
            default:
                let v = scalar.value
                if v < 0x20 || (ensureASCII && v > 0x7E) {
                    if v > 0xFFFF {
                        let rest = v - 0x10000
                        hexEscape(0xD800 | (rest >> 10))
                        hexEscape(0xDC00 | (rest & 0x3FF))
                    } else {
                        hexEscape(v)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    func hexEscape(_ v: UInt32) {
        let hex = String(v, radix: 16)
        out.append("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
    }

    func float(_ d: Double) throws -> String {
        if d.isFinite { return try interp.repr(.float(d)) }
        if !allowNaN { throw PyError.value("Out of range float values are not JSON compliant") }
        return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
    }

    /// A dict key as JSON text (without quotes), or nil to skip it.
    func key(_ k: Value) throws -> String? {
        switch k {
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let i): return String(i)
        case .float(let d): return try float(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
        }
        if skipKeys { return nil }
        throw PyError.type("keys must be str, int, float, bool or None, not \(k.typeName)")
    }

    func enter(_ o: PyObject) throws {
        depth += 1
        if depth > interp.recursionLimit {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        if checkCircular {
            let id = ObjectIdentifier(o)
            if active.contains(id) { throw PyError.value("Circular reference detected") }
            active.insert(id)
        }
    }

    func leave(_ o: PyObject) {
        depth -= 1
        if checkCircular { active.remove(ObjectIdentifier(o)) }
    }

    func newline(_ level: Int) {
        guard let indent else { return }
        out.append("\n")
        for _ in 0..<level { out.append(indent) }
    }

    func encode(_ v: Value, level: Int) throws {
        switch v {
        case .none: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .float(let d): out.append(try float(d))
        case .object(let o):
            if let s = o as? PyStr {
                quote(s.value)
            } else if let list = o as? PyList {
                try array(o, list.items, level: level)
            } else if let tuple = o as? PyTuple {
                try array(o, tuple.items, level: level)
            } else if let dict = o as? PyDict {
                try object(dict, level: level)
            } else {
                try enter(o)
                try encode(interp.call(defaultFunction, Arguments([v])), level: level)
                leave(o)
            }
        }
    }

    func array(_ o: PyObject, _ items: [Value], level: Int) throws {
        if items.isEmpty { out.append("[]"); return }
        try enter(o)
        out.append("[")
        newline(level + 1)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(itemSeparator)
                newline(level + 1)
            }
            try encode(item, level: level + 1)
        }
        newline(level)
        out.append("]")
        leave(o)
    }

    func object(_ dict: PyDict, level: Int) throws {
        if dict.count == 0 { out.append("{}"); return }
        try enter(dict)
        var entries = dict.entries.map { (key: $0.0, value: $0.1) }
        if sortKeys {
            var failure: Error?
            entries.sort { a, b in
                if failure != nil { return false }
                do { return try interp.isTruthy(interp.compare(.lt, a.key, b.key)) } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
        out.append("{")
        newline(level + 1)
        var first = true
        for (k, value) in entries {
            guard let text = try key(k) else { continue }
            if !first {
                out.append(itemSeparator)
                newline(level + 1)
            }
            first = false
            quote(text)
            out.append(keySeparator)
            try encode(value, level: level + 1)
        }
        newline(level)
        out.append("}")
        leave(dict)
    }

    static let signature = Signature("encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_separator, key_separator, default)")

    static func define(in m: PyModule) {
        m.define("encode") { interp, args in
            let a = try signature.bind(args)
            let encoder = try JSONEncoderNative(interp: interp, options: a)
            try encoder.encode(a.value(0) ?? .none, level: 0)
            return .str(encoder.out)
        }
    }
}
