import CZlib

/// Thin Swift wrappers over the system zlib: deflate, inflate and CRC-32.
public enum Zlib {
    /// zlib's compression strategies; `.rle` only looks for runs, which is fast and suits
    /// PNG-filtered images of plots.
    public enum Strategy: Sendable {
        case `default`, filtered, rle, huffmanOnly
        var raw: Int32 {
            switch self {
            case .default: return Z_DEFAULT_STRATEGY
            case .filtered: return Z_FILTERED
            case .rle: return Z_RLE
            case .huffmanOnly: return Z_HUFFMAN_ONLY
            }
        }
    }

    /// Compresses `data` into a zlib stream (RFC 1950) at `level` 0...9.
    public static func deflate(_ data: [UInt8], level: Int = 6, strategy: Strategy = .default) throws -> [UInt8] {
        let d = try Deflater(level: level, strategy: strategy)
        try data.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { try d.write(base, count: b.count) }
        }
        return try d.finish()
    }

    /// A streaming zlib compressor: feed bytes with `write`, get the stream from `finish`.
    /// The PNG encoder feeds it one filtered row at a time, so no image-sized buffer is needed.
    public final class Deflater {
        private var stream = z_stream()
        private var out: [UInt8] = []
        private var chunk = [UInt8](repeating: 0, count: 1 << 16)
        private var finished = false

        private var adler = Adler32()

        /// zlib runs in raw-deflate mode; the 2-byte zlib header and the Adler-32 trailer are
        /// written here, with an Adler-32 that skips runs of zeros in O(1) (filtered plot rows are
        /// mostly zeros, and zlib's byte-at-a-time checksum was a tenth of the encoding time).
        public init(level: Int = 6, strategy: Strategy = .default) throws {
            let lvl = Int32(max(0, min(9, level)))
            let rc = deflateInit2_(&stream, lvl, Z_DEFLATED, -15, 8, strategy.raw, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard rc == Z_OK else { throw PlotError.unsupported("zlib deflateInit2 failed with code \(rc)") }
            // CMF = deflate, 32 KiB window; FLG = level hint, with the check bits making it a multiple of 31.
            let flevel: UInt16 = lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3
            var header: UInt16 = 0x7800 | (flevel << 6)
            header += 31 - header % 31
            out = [UInt8(header >> 8), UInt8(header & 0xff)]
        }

        deinit { deflateEnd(&stream) }

        public func write(_ p: UnsafePointer<UInt8>, count: Int) throws {
            adler.update(p, count)
            try run(p, count, Z_NO_FLUSH)
        }

        /// Compresses bytes whose checksum the caller adds itself (`checksum`, `checksumZeros`),
        /// knowing where they are zero: the PNG encoder checksums only the changed spans.
        public func writeChecksummed(_ p: UnsafePointer<UInt8>, count: Int) throws {
            try run(p, count, Z_NO_FLUSH)
        }

        /// Adds bytes to the stream's Adler-32 (for `writeChecksummed`).
        public func checksum(_ p: UnsafePointer<UInt8>, count: Int) { adler.update(p, count) }

        /// Adds `n` zero bytes to the stream's Adler-32 in O(1).
        public func checksumZeros(_ n: Int) { adler.updateZeros(n) }

        /// Ends the stream and returns all compressed bytes.
        public func finish() throws -> [UInt8] {
            guard !finished else { return out }
            var dummy: UInt8 = 0
            try run(&dummy, 0, Z_FINISH)
            let a = adler.value
            out += [UInt8(a >> 24), UInt8((a >> 16) & 0xff), UInt8((a >> 8) & 0xff), UInt8(a & 0xff)]
            finished = true
            return out
        }

        private func run(_ p: UnsafePointer<UInt8>, _ count: Int, _ flush: Int32) throws {
            stream.next_in = UnsafeMutablePointer(mutating: p)
            stream.avail_in = uInt(count)
            let cap = chunk.count
            while true {
                let (rc, produced) = chunk.withUnsafeMutableBufferPointer { c -> (Int32, Int) in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(cap)
                    let r = CZlib.deflate(&stream, flush)
                    return (r, cap - Int(stream.avail_out))
                }
                if produced > 0 { out.append(contentsOf: chunk[0..<produced]) }
                if rc == Z_STREAM_END { return }
                guard rc == Z_OK || rc == Z_BUF_ERROR else { throw PlotError.unsupported("zlib deflate failed with code \(rc)") }
                if stream.avail_in == 0 && (flush == Z_NO_FLUSH || produced == 0) && stream.avail_out != 0 { return }
            }
        }
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

/// The Adler-32 checksum of the zlib format (RFC 1950), with a fast path for runs of zero
/// bytes: a zero leaves `s1` unchanged and adds `s1` to `s2`, so a run of `n` zeros adds `n * s1`.
struct Adler32 {
    private var s1: UInt64 = 1
    private var s2: UInt64 = 0
    static let mod: UInt64 = 65521

    var value: UInt32 { UInt32(truncatingIfNeeded: (s2 << 16) | s1) }

    /// `n` zeros leave `s1` unchanged and add `n * s1` to `s2`.
    mutating func updateZeros(_ n: Int) {
        guard n > 0 else { return }
        s2 = (s2 + s1 * UInt64(n % Int(Adler32.mod))) % Adler32.mod
    }

    mutating func update(_ p: UnsafePointer<UInt8>, _ n: Int) {
        var i = 0
        var a = s1, b = s2
        while i < n {
            // Skip zeros eight at a time.
            var z = 0
            while i + z + 8 <= n && UnsafeRawPointer(p + i + z).loadUnaligned(as: UInt64.self) == 0 { z += 8 }
            while i + z < n && p[i + z] == 0 { z += 1 }
            if z > 0 { b = (b + a * UInt64(z)) % Adler32.mod; i += z; continue }
            // Non-zero bytes: plain sums, reduced well before UInt64 could overflow.
            let end = min(n, i + 4096)
            while i < end && p[i] != 0 {
                a += UInt64(p[i]); b += a; i += 1
            }
            a %= Adler32.mod; b %= Adler32.mod
        }
        s1 = a; s2 = b
    }
}
