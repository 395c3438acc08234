import Foundation

/// A value used as a dict key or set element, with Python's hashing and equality for built-in
/// types (1 == 1.0 == True share a key). Build it with `Interpreter.hashKey(_:)`, which rejects
/// unhashable values.
public struct HashKey: Hashable {
    public let value: Value
    public let hash: Int
    /// Set for instances of classes that define `__eq__`: equality calls back into Python.
    let custom: Bool

    init(value: Value, hash: Int, custom: Bool = false) {
        self.value = value
        self.hash = hash
        self.custom = custom
    }

    /// Python-level equality for keys whose class defines `__eq__`, installed by the
    /// interpreter that runs on this thread. Errors count as "not equal".
    nonisolated(unsafe) static var customEquality: ((Value, Value) -> Bool)?

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    public func _rawHashValue(seed: Int) -> Int { cheapHash(hash, seed: seed) }

    /// The key of a str, which never fails to hash.
    public static func string(_ s: String) -> HashKey { HashKey(value: .str(s), hash: PyStr.hash(of: s)) }

    public static func == (a: HashKey, b: HashKey) -> Bool {
        guard a.hash == b.hash else { return false }
        if (a.custom || b.custom), let eq = customEquality { return eq(a.value, b.value) }
        return HashKey.equal(a.value, b.value)
    }

    /// Structural equality of hashable built-in values; identity for other objects.
    /// (Matched one side at a time: a tuple of the two would copy both, a retain each, on
    /// every dict probe.)
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if case .object(let x) = a {
            guard case .object(let y) = b else {
                if case .float(let d) = b, let big = PyBigInt.of(a) { return PyBigInt.compare(big.mpz, d) == 0 }
                return false
            }
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr { return s.value == t.value }
            if let s = x as? PyBytes, let t = y as? PyBytes { return s.bytes == t.bytes }
            if let s = PyBigInt.of(a), let t = PyBigInt.of(b) { return PyBigInt.compare(s.mpz, t.mpz) == 0 }
            if let s = x as? PyTuple, let t = y as? PyTuple {
                return s.items.count == t.items.count && zip(s.items, t.items).allSatisfy { equal($0, $1) }
            }
            if let s = x as? PySet, let t = y as? PySet {
                return s.count == t.count && s.elements.allSatisfy { e in t.storage.contains { equal($0.value, e) } }
            }
            return false
        }
        if case .none = a {
            if case .none = b { return true }
            return false
        }
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        if case .float(let x) = a, let big = PyBigInt.of(b) { return PyBigInt.compare(big.mpz, x) == 0 }
        if let x = numericValue(a), let y = numericValue(b) { return x == y && exactlyEqual(a, b) }
        return false
    }

    /// Int and float keys beyond 2**53 compare exactly, not through a rounded float.
    static func exactlyEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let i), .float(let d)), (.float(let d), .int(let i)):
            return i.magnitude <= 1 << 53 || (d > -0x1p63 && d < 0x1p63 && Int(d) == i)
        default: return true
        }
    }

    static func numericValue(_ v: Value) -> Double? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    static func bytesHash(_ b: [UInt8]) -> Int {
        var h = Hasher()
        h.combine(b)
        return h.finalize()
    }

    /// Python-compatible hashes for numbers: equal numbers hash equally across int/float/bool.
    /// Python's hash of an int: its residue modulo 2**61 - 1, signed, with -1 (an error code
    /// in CPython) hashed as -2. Equal numbers hash equally across int, float and bool.
    @inline(__always)
    static func intHash(_ i: Int) -> Int {
        let m = PyBigInt.hashModulus
        if i > -m && i < m { return i == -1 ? -2 : i }
        let r = Int(i.magnitude % UInt(m))
        return i < 0 ? (r == 1 ? -2 : -r) : r
    }

    /// Python's hash of a float: the residue of the exact rational value modulo 2**61 - 1.
    static func numberHash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
        if d == d.rounded(), abs(d) < 0x1p62 { return intHash(Int(d)) }
        let m = UInt64(PyBigInt.hashModulus)
        var (mantissa, e) = frexp(abs(d))
        var h: UInt64 = 0
        // 28 bits of the mantissa at a time, each step multiplying by 2**28 modulo 2**61 - 1.
        while mantissa != 0 {
            h = ((h << 28) & m) | (h >> (61 - 28))
            mantissa *= 268_435_456.0
            e -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            h += y
            if h >= m { h -= m }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        h = ((h << UInt64(shift)) & m) | (h >> UInt64(61 - shift))
        let signed = d < 0 ? -Int(h) : Int(h)
        return signed == -1 ? -2 : signed
    }

    static func builtinHash(_ v: Value) -> Int? {
        switch v {
        case .none: return 0x2A
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return intHash(i)
        case .float(let d): return numberHash(d)
        case .object(let o):
            if let s = o as? PyStr { return s.hash }
            if let b = o as? PyBytes, b.type === BuiltinTypes.bytes { return bytesHash(b.bytes) }
            if let b = PyBigInt.of(v) { return PyBigInt.hash(b.mpz) }
            if let t = o as? PyTuple {
                var h = Hasher()
                for item in t.items {
                    guard let ih = builtinHash(item) else { return nil }
                    h.combine(ih)
                }
                return h.finalize()
            }
            return nil
        }
    }
}
