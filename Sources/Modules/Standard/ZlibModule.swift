import CZlib
import Foundation
import Language

/// `zlib` over the system zlib: whole-buffer compress/decompress (wbits selects zlib, raw
/// deflate or gzip framing, as in CPython), streaming compressobj/decompressobj (ZlibStream)
/// and the two checksums. `gzip` builds on it.
enum ZlibModule {
    nonisolated(unsafe) static let error = PyType(name: "error", bases: [BuiltinTypes.exception], module: "zlib")
    static let compressSignature = Signature("compress(data, /, level=-1, wbits=15)")
    static let decompressSignature = Signature("decompress(data, /, wbits=15, bufsize=16384)")
    static let compressobjSignature = Signature("compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)")
    static let decompressobjSignature = Signature("decompressobj(wbits=15, zdict=None)")

    static func data(_ v: Value?) throws -> [UInt8] {
        guard let v, case .object(let o) = v, let b = o as? PyBytes else {
            throw PyError.type("a bytes-like object is required, not '\(v?.typeName ?? "NoneType")'")
        }
        return b.bytes
    }

    static func compress(_ input: [UInt8], level: Int32, wbits: Int32) throws -> [UInt8] {
        var stream = z_stream()
        let rc = deflateInit2_(&stream, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if rc == Z_STREAM_ERROR { throw PyError(error, "Bad compression level") }
        guard rc == Z_OK else { throw PyError(error, "Error \(rc) while compressing data") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        var input = input
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    static func decompress(_ input: [UInt8], wbits: Int32) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, wbits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PyError(error, "Error -2 while preparing to decompress data: invalid window size")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(1 << 16, input.count * 4))
        var input = input
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let (rc, produced) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    let rc = inflate(&stream, Z_NO_FLUSH)
                    return (rc, outBuf.count - Int(stream.avail_out))
                }
                status = rc
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { break }
                // No progress possible: the input ended before the stream did.
                if status == Z_BUF_ERROR || (status == Z_OK && stream.avail_in == 0 && produced < chunk.count) { break }
                guard status == Z_OK else {
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid input data"
                    throw PyError(error, "Error \(status) while decompressing data: \(message)")
                }
            }
        }
        if status != Z_STREAM_END {
            throw PyError(error, "Error -5 while decompressing data: incomplete or truncated stream")
        }
        return output
    }

    /// A `zdict=` argument: bytes-like, or absent.
    static func dictionary(_ v: Value?) throws -> [UInt8]? {
        guard let v, !v.isNone else { return nil }
        guard let b = v.asObject as? PyBytes else {
            throw PyError.type("a bytes-like object is required, not '\(v.typeName)'")
        }
        return b.bytes
    }

    /// zlib's CRC-32 of `bytes`, continuing from `start` (binascii.crc32 shares it).
    static func crc32(_ bytes: [UInt8], start: Int) -> Int {
        Int(bytes.withUnsafeBufferPointer { CZlib.crc32(uLong(UInt32(truncatingIfNeeded: start)), $0.baseAddress, uInt($0.count)) })
    }

    static func adler32(_ bytes: [UInt8], start: Int) -> Int {
        Int(bytes.withUnsafeBufferPointer { CZlib.adler32(uLong(UInt32(truncatingIfNeeded: start)), $0.baseAddress, uInt($0.count)) })
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "zlib", doc: "Compression compatible with gzip, over the system zlib.")
        m["error"] = .object(error)
        m["MAX_WBITS"] = .int(15)
        m["DEFLATED"] = .int(Int(Z_DEFLATED))
        m["DEF_MEM_LEVEL"] = .int(8)
        m["Z_DEFAULT_COMPRESSION"] = .int(Int(Z_DEFAULT_COMPRESSION))
        m["Z_BEST_SPEED"] = .int(Int(Z_BEST_SPEED))
        m["Z_BEST_COMPRESSION"] = .int(Int(Z_BEST_COMPRESSION))
        m["Z_NO_COMPRESSION"] = .int(Int(Z_NO_COMPRESSION))
        m["ZLIB_VERSION"] = .str(ZLIB_VERSION)
        m["ZLIB_RUNTIME_VERSION"] = .str(String(cString: zlibVersion()))
        m["DEF_BUF_SIZE"] = .int(16_384)
        m.define("compress", doc: "compress(data, /, level=-1, wbits=15)\n\ndata deflated by zlib at level (0 to 9; -1 is zlib's default, 6).") { interp, args in
            let a = try compressSignature.bind(args)
            let level = try interp.toInt(a["level"] ?? .int(-1)), wbits = try interp.toInt(a["wbits"] ?? .int(15))
            return .object(PyBytes(try compress(data(a.value(0)), level: Int32(clamping: level), wbits: Int32(clamping: wbits))))
        }
        m.define("decompress") { interp, args in
            let a = try decompressSignature.bind(args)
            let wbits = try interp.toInt(a["wbits"] ?? .int(15))
            return .object(PyBytes(try decompress(data(a.value(0)), wbits: Int32(clamping: wbits))))
        }
        ZlibStream.installMethods()
        for (name, value) in [("Z_NO_FLUSH", Z_NO_FLUSH), ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH), ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
                              ("Z_FULL_FLUSH", Z_FULL_FLUSH), ("Z_FINISH", Z_FINISH), ("Z_BLOCK", Z_BLOCK), ("Z_TREES", Z_TREES),
                              ("Z_FILTERED", Z_FILTERED), ("Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY), ("Z_RLE", Z_RLE),
                              ("Z_FIXED", Z_FIXED), ("Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY)] {
            m[name] = .int(Int(value))
        }
        m.define("compressobj") { interp, args in
            let a = try compressobjSignature.bind(args)
            func int(_ name: String, _ fallback: Int32) throws -> Int32 {
                try a[name].map { Int32(clamping: try interp.toInt($0)) } ?? fallback
            }
            return .object(try ZlibStream(compressLevel: int("level", -1), method: int("method", Z_DEFLATED), wbits: int("wbits", 15),
                                          memLevel: int("memLevel", 8), strategy: int("strategy", Z_DEFAULT_STRATEGY),
                                          dictionary: try dictionary(a["zdict"])))
        }
        m.define("decompressobj") { interp, args in
            let a = try decompressobjSignature.bind(args)
            return .object(try ZlibStream(decompressWbits: Int32(clamping: try interp.toInt(a["wbits"] ?? .int(15))),
                                          dictionary: try dictionary(a["zdict"])))
        }
        for (name, checksum) in [("crc32", crc32(_:start:)), ("adler32", adler32(_:start:))] {
            m.define(name) { interp, args in
                let bytes = try data(args.count > 0 ? args[0] : nil)
                let start = args.count > 1 ? try interp.toInt(args[1]) : (name == "crc32" ? 0 : 1)
                return .int(checksum(bytes, start))
            }
        }
        return m
    }
}
