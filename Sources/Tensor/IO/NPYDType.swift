/// The element encodings a `.npy` `descr` can name, and how each maps to Cellgrad's dtypes.
///
/// | descr | reads as | writes |
/// |---|---|---|
/// | `<f8` | float64 | float64 |
/// | `<f4`, `<f2` | float32 (half widened) | float32 |
/// | `<i8`, `<i4`, `<i2`, `|i1`, `<u4`, `<u2` | int64 | int64 |
/// | `|u1` | uint8 | uint8 |
/// | `|b1` | bool | bool |
///
/// Big-endian (`>`) variants are read too. Anything else (complex, strings, objects,
/// `<u8`, structured) throws ``NPYError/unsupportedDType(_:)``.
struct NPYDType {
    enum Kind { case float, signed, unsigned, bool }
    let kind: Kind
    let size: Int
    let bigEndian: Bool

    init(descr: String) throws(NPYError) {
        var chars = Array(descr)
        guard chars.count >= 2 else { throw NPYDType.unsupported(descr) }
        let order = chars.removeFirst()
        guard "<>|=".contains(order), let size = Int(String(chars.dropFirst())) else { throw NPYDType.unsupported(descr) }
        bigEndian = order == ">"
        self.size = size
        switch (chars[0], size) {
        case ("f", 2), ("f", 4), ("f", 8): kind = .float
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signed
        case ("u", 1), ("u", 2), ("u", 4): kind = .unsigned
        case ("b", 1): kind = .bool
        default: throw NPYDType.unsupported(descr)
        }
    }

    private static func unsupported(_ descr: String) -> NPYError {
        .unsupportedDType("cannot load arrays of dtype '\(descr)': only float64, float32, float16, "
            + "int64, int32, int16, int8, uint32, uint16, uint8 and bool are supported")
    }

    /// The descr NumPy writes for our dtypes.
    static func descr(of data: NPYData) -> String {
        switch data {
        case .float64: "<f8"
        case .float32: "<f4"
        case .int64: "<i8"
        case .uint8: "|u1"
        case .bool: "|b1"
        }
    }

    /// Decodes `count` elements starting at `offset` (the caller checked the length).
    func decode(_ bytes: [UInt8], offset: Int, count: Int) -> NPYData {
        func load<U: FixedWidthInteger>(_: U.Type) -> [U] {
            bytes.withUnsafeBytes { raw in
                (0..<count).map { i in
                    let v = raw.loadUnaligned(fromByteOffset: offset + i * MemoryLayout<U>.size, as: U.self)
                    return bigEndian ? U(bigEndian: v) : U(littleEndian: v)
                }
            }
        }
        switch (kind, size) {
        case (.float, 8): return .float64(load(UInt64.self).map { Double(bitPattern: $0) })
        case (.float, 4): return .float32(load(UInt32.self).map { Float(bitPattern: $0) })
        case (.float, _): return .float32(load(UInt16.self).map(NPYDType.halfToFloat))
        case (.bool, _): return .bool(load(UInt8.self).map { $0 != 0 })
        case (.signed, 1): return .int64(load(UInt8.self).map { Int64(Int8(bitPattern: $0)) })
        case (.signed, 2): return .int64(load(UInt16.self).map { Int64(Int16(bitPattern: $0)) })
        case (.signed, 4): return .int64(load(UInt32.self).map { Int64(Int32(bitPattern: $0)) })
        case (.signed, _): return .int64(load(UInt64.self).map { Int64(bitPattern: $0) })
        case (.unsigned, 1): return .uint8(Array(bytes[offset..<(offset + count)]))
        case (.unsigned, 2): return .int64(load(UInt16.self).map { Int64($0) })
        case (.unsigned, _): return .int64(load(UInt32.self).map { Int64($0) })
        }
    }

    /// IEEE half → float (exact).
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign: Float = h & 0x8000 != 0 ? -1 : 1
        let exponent = Int((h >> 10) & 0x1F)
        let fraction = Float(h & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * Float(1.0 / 16_777_216.0)              // 2^-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default:
            var scale: Float = 1
            if exponent >= 15 { for _ in 0..<(exponent - 15) { scale *= 2 } }
            else { for _ in 0..<(15 - exponent) { scale /= 2 } }
            return sign * (1 + fraction / 1024) * scale
        }
    }

    /// Little-endian bytes of the buffer.
    static func encode(_ data: NPYData) -> [UInt8] {
        switch data {
        case .float64(let v): return littleEndianBytes(v) { $0.bitPattern }
        case .float32(let v): return littleEndianBytes(v) { $0.bitPattern }
        case .int64(let v): return littleEndianBytes(v) { $0 }
        case .uint8(let v): return v
        case .bool(let v): return v.map { $0 ? 1 : 0 }
        }
    }

    /// The values' bytes, least significant first: on a little-endian machine their memory
    /// as it is, in one copy (a store per element took most of np.save's time).
    private static func littleEndianBytes<V, U: FixedWidthInteger>(_ values: [V], _ bits: (V) -> U) -> [UInt8] {
        #if _endian(little)
        return values.withUnsafeBytes { Array($0) }
        #else
        var out = [UInt8](repeating: 0, count: values.count * MemoryLayout<U>.size)
        out.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() {
                raw.storeBytes(of: bits(v).littleEndian, toByteOffset: i * MemoryLayout<U>.size, as: U.self)
            }
        }
        return out
        #endif
    }
}
