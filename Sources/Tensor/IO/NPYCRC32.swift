/// CRC-32 (the zip/PNG polynomial 0xEDB88320, reflected), table-driven.
///
/// ```swift
/// NPYCRC32.checksum(Array("123456789".utf8)) == 0xCBF43926
/// ```
enum NPYCRC32 {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of a large buffer, answering an interrupt between blocks of 2^22 bytes
    /// (a table-driven pass takes seconds over a gigabyte).
    static func interruptibleChecksum(_ bytes: [UInt8]) throws(NPYError) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        var start = 0
        while start < bytes.count {
            if start > 0, let e = Interrupt.pending() { throw .stopped(e) }
            let end = min(bytes.count, start + (1 << 22))
            for i in start..<end { crc = table[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8) }
            start = end
        }
        return crc ^ 0xFFFF_FFFF
    }
}
