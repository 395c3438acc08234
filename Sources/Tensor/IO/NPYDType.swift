/// The element encodings a `.npy` `descr` can name, and how each maps to Cellgrad's dtypes.
///
/// | descr | reads as | writes |
/// |---|---|---|
/// | `<f8` | float64 | float64 |
/// | `<f4`, `<f2` | float32 (half widened) | float32 |
/// | `<i8`, `<i4`, `<i2`, `|i1`, `<u4`, `<u2`, `|u1` | int64 | int64 |
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
        case .bool: "|b1"
        }
    }

    /// Decodes `count` elements starting at `offset`.
    func decode(_ bytes: [UInt8], offset: Int, count: Int) -> NPYData {
        func raw(_ i: Int) -> UInt64 {
            var v: UInt64 = 0
            let base = offset + i * size
            for k in 0..<size {
                let b = UInt64(bytes[base + k])
                v |= bigEndian ? b << (8 * UInt64(size - 1 - k)) : b << (8 * UInt64(k))
            }
            return v
        }
        switch (kind, size) {
        case (.float, 8): return .float64((0..<count).map { Double(bitPattern: raw($0)) })
        case (.float, 4): return .float32((0..<count).map { Float(bitPattern: UInt32(raw($0))) })
        case (.float, _): return .float32((0..<count).map { NPYDType.halfToFloat(UInt16(raw($0))) })
        case (.bool, _): return .bool((0..<count).map { raw($0) != 0 })
        case (.unsigned, _): return .int64((0..<count).map { Int64(raw($0)) })
        default:
            let shift = UInt64(64 - 8 * size)
            return .int64((0..<count).map { Int64(bitPattern: raw($0) << shift) >> Int64(shift) })   // sign-extend
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
        var out: [UInt8] = []
        func append<U: FixedWidthInteger>(_ v: U) {
            var x = v.littleEndian
            withUnsafeBytes(of: &x) { out.append(contentsOf: $0) }
        }
        switch data {
        case .float64(let v): out.reserveCapacity(v.count * 8); v.forEach { append($0.bitPattern) }
        case .float32(let v): out.reserveCapacity(v.count * 4); v.forEach { append($0.bitPattern) }
        case .int64(let v): out.reserveCapacity(v.count * 8); v.forEach { append($0) }
        case .bool(let v): out = v.map { $0 ? 1 : 0 }
        }
        return out
    }
}
