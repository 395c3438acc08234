/// The zip container of `.npz` files: just enough of PKWARE's APPNOTE to write archives that
/// `zipfile` reads and to read the archives NumPy writes (which use ZIP64 extra fields).
///
/// A zip file is a sequence of *local headers* each followed by its member's bytes, then a
/// *central directory* (one entry per member, with sizes, CRC and offset), then an
/// *end of central directory* record pointing at the directory. Readers start from the end.
public enum NPYZip {
    public struct Member {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    private static let localSignature: UInt32 = 0x0403_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let dosDate: UInt16 = 0x21                  // 1980-01-01, as NumPy's members

    // MARK: - Writing

    /// An archive of `members`, each stored (method 0) or deflated (method 8).
    public static func write(_ members: [Member], compressed: Bool) throws(NPYError) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let name = Array(member.name.utf8)
            let crc = try NPYCRC32.interruptibleChecksum(member.bytes)
            let payload = compressed ? try NPYDeflate.deflate(member.bytes) : member.bytes
            guard out.count < Int(UInt32.max), payload.count < Int(UInt32.max), member.bytes.count < Int(UInt32.max) else {
                throw .badZipFile("archives larger than 4 GiB are not supported")
            }
            let method: UInt16 = compressed ? 8 : 0
            let offset = UInt32(out.count)
            // Local file header.
            put32(&out, localSignature); put16(&out, 20); put16(&out, 0); put16(&out, method)
            put16(&out, 0); put16(&out, dosDate); put32(&out, crc)
            put32(&out, UInt32(payload.count)); put32(&out, UInt32(member.bytes.count))
            put16(&out, UInt16(name.count)); put16(&out, 0)
            out += name
            out += payload
            // Central directory entry.
            put32(&central, centralSignature); put16(&central, 20); put16(&central, 20); put16(&central, 0)
            put16(&central, method); put16(&central, 0); put16(&central, dosDate); put32(&central, crc)
            put32(&central, UInt32(payload.count)); put32(&central, UInt32(member.bytes.count))
            put16(&central, UInt16(name.count)); put16(&central, 0); put16(&central, 0); put16(&central, 0)
            put16(&central, 0); put32(&central, 0o100644 << 16); put32(&central, offset)
            central += name
        }
        let directoryOffset = UInt32(out.count)
        out += central
        put32(&out, endSignature); put16(&out, 0); put16(&out, 0)
        put16(&out, UInt16(members.count)); put16(&out, UInt16(members.count))
        put32(&out, UInt32(central.count)); put32(&out, directoryOffset); put16(&out, 0)
        return out
    }

    private static func put16(_ out: inout [UInt8], _ v: UInt16) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func put32(_ out: inout [UInt8], _ v: UInt32) { for i in 0..<4 { out.append(UInt8((v >> (8 * UInt32(i))) & 0xFF)) } }

    // MARK: - Reading

    /// All members, in directory order, decompressed and CRC-checked.
    public static func read(_ bytes: [UInt8]) throws(NPYError) -> [Member] {
        var reader = Reader(bytes: bytes)
        // The end record is the last 22 bytes, unless a comment follows it.
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65535), by: -1)
                .first(where: { reader.u32($0) == endSignature }) else {
            throw .badZipFile("File is not a zip file")
        }
        var count = Int(reader.u16(end + 10))
        var directoryOffset = Int(reader.u32(end + 16))
        if end >= 20 && reader.u32(end - 20) == zip64LocatorSignature {
            let zip64End = reader.offset(reader.u64(end - 20 + 8))
            guard zip64End + 56 <= bytes.count, reader.u32(zip64End) == zip64EndSignature else {
                throw .badZipFile("Corrupt zip64 end of central directory")
            }
            count = reader.offset(reader.u64(zip64End + 32))
            directoryOffset = reader.offset(reader.u64(zip64End + 48))
        }
        var members: [Member] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= bytes.count, reader.u32(p) == centralSignature else {
                throw .badZipFile("Bad magic number for central directory")
            }
            let flags = reader.u16(p + 8)
            let method = reader.u16(p + 10)
            let crc = reader.u32(p + 16)
            var compressedSize = Int(reader.u32(p + 20))
            var size = Int(reader.u32(p + 24))
            let nameLength = Int(reader.u16(p + 28)), extraLength = Int(reader.u16(p + 30))
            let commentLength = Int(reader.u16(p + 32))
            var localOffset = Int(reader.u32(p + 42))
            guard p + 46 + nameLength + extraLength <= bytes.count else { throw .badZipFile("Truncated central directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // ZIP64 extra field: the 64-bit values of whichever fields were saturated, in order.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while e + 4 <= extraEnd {
                let id = reader.u16(e), length = Int(reader.u16(e + 2))
                if id == 1 {
                    var q = e + 4
                    if size == 0xFFFF_FFFF { size = Int(clamping: min(reader.u64(q), 1 << 48)); q += 8 }
                    if compressedSize == 0xFFFF_FFFF { compressedSize = reader.offset(reader.u64(q)); q += 8 }
                    if localOffset == 0xFFFF_FFFF { localOffset = reader.offset(reader.u64(q)) }
                }
                e += 4 + length
            }
            if flags & 1 != 0 { throw .badZipFile("encrypted members are not supported: \(name)") }
            guard localOffset + 30 <= bytes.count, reader.u32(localOffset) == localSignature else {
                throw .badZipFile("Bad magic number for file header")
            }
            let dataStart = localOffset + 30 + Int(reader.u16(localOffset + 26)) + Int(reader.u16(localOffset + 28))
            guard dataStart + compressedSize <= bytes.count else { throw .badZipFile("Truncated member \(name)") }
            let payload = Array(bytes[dataStart..<(dataStart + compressedSize)])
            let content: [UInt8]
            switch method {
            case 0: content = payload
            case 8:
                do throws(NPYInflate.Failure) {
                    content = try NPYInflate.inflate(payload, expectedSize: size, limit: size)
                } catch {
                    throw .badZipFile("Error -3 while decompressing data: \(error.message)")
                }
            default: throw .badZipFile("That compression method is not supported")
            }
            guard content.count == size, NPYCRC32.checksum(content) == crc else {
                throw .badZipFile("Bad CRC-32 for file '\(name)'")
            }
            members.append(Member(name: name, bytes: content))
            p += 46 + nameLength + extraLength + commentLength
        }
        return members
    }

    /// Little-endian field access that never traps (out-of-range reads give 0).
    private struct Reader {
        let bytes: [UInt8]
        func u8(_ i: Int) -> UInt64 { i >= 0 && i < bytes.count ? UInt64(bytes[i]) : 0 }
        func u16(_ i: Int) -> UInt16 { UInt16(u8(i) | u8(i + 1) << 8) }
        func u32(_ i: Int) -> UInt32 { UInt32((0..<4).reduce(UInt64(0)) { $0 | u8(i + $1) << UInt64(8 * $1) }) }
        func u64(_ i: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | u8(i + $1) << UInt64(8 * $1) } }
        /// A 64-bit offset or size as an `Int`; anything beyond the file becomes `count + 1`
        /// (so the bounds checks that follow fail cleanly instead of overflowing).
        func offset(_ value: UInt64) -> Int { value > UInt64(bytes.count) ? bytes.count + 1 : Int(value) }
    }
}
