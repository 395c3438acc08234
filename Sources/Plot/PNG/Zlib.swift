import CZlib

/// Thin Swift wrappers over the system zlib: deflate, inflate and CRC-32.
public enum Zlib {
    /// Compresses `data` into a zlib stream (RFC 1950) at `level` 0...9.
    public static func deflate(_ data: [UInt8], level: Int = 6) throws -> [UInt8] {
        var destLen = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(destLen))
        let lvl = Int32(max(0, min(9, level)))
        let rc = out.withUnsafeMutableBufferPointer { o in
            data.withUnsafeBufferPointer { i in
                compress2(o.baseAddress, &destLen, i.baseAddress, uLong(i.count), lvl)
            }
        }
        guard rc == Z_OK else { throw PlotError.unsupported("zlib compress2 failed with code \(rc)") }
        out.removeSubrange(Int(destLen)...)
        return out
    }

    /// Decompresses a zlib stream whose decompressed size is known to be at most `expected`.
    public static func inflate(_ data: [UInt8], expectedSize expected: Int) throws -> [UInt8] {
        guard expected >= 0, expected < 1 << 31 else { throw PlotError.tooLarge("inflate target of \(expected) bytes") }
        var destLen = uLong(expected)
        var out = [UInt8](repeating: 0, count: max(1, expected))
        let rc = out.withUnsafeMutableBufferPointer { o in
            data.withUnsafeBufferPointer { i in
                uncompress(o.baseAddress, &destLen, i.baseAddress, uLong(i.count))
            }
        }
        guard rc == Z_OK else { throw PlotError.unsupported("zlib uncompress failed with code \(rc)") }
        return Array(out.prefix(Int(destLen)))
    }

    /// The CRC-32 of `bytes`, continuing from `crc` (start with 0).
    public static func crc32(_ bytes: ArraySlice<UInt8>, crc: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { b in
            UInt32(CZlib.crc32(uLong(crc), b.baseAddress, uInt(b.count)))
        }
    }
}
