import CZlib
import Foundation
import Tensor

/// The IDX format of MNIST and Fashion-MNIST (`train-images-idx3-ubyte.gz`): a magic number
/// giving the element type and rank, big-endian dimensions, then the data. Gzip is undone
/// with zlib.
public enum IDXFile {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case corrupt(String, String)
        public var description: String {
            switch self {
            case .missing(let p): return "No such file: '\(p)'"
            case .corrupt(let p, let why): return "'\(p)' is not an IDX file: \(why)"
            }
        }
    }

    /// Reads an (optionally gzipped) IDX file of unsigned bytes as a uint8 array (one byte a pixel).
    public static func read(_ path: String) throws -> NDArray {
        guard let raw = FileManager.default.contents(atPath: path) else { throw Failure.missing(path) }
        let bytes = path.hasSuffix(".gz") ? try gunzip(raw, path: path) : raw
        guard bytes.count >= 4 else { throw Failure.corrupt(path, "too short") }
        return try bytes.withUnsafeBytes { raw in try parse(raw.bindMemory(to: UInt8.self), path: path) }
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, path: String) throws -> NDArray {
        guard b[0] == 0, b[1] == 0, b[2] == 0x08 else { throw Failure.corrupt(path, "expected unsigned-byte data (magic 0x0008)") }
        let rank = Int(b[3])
        guard b.count >= 4 + 4 * rank else { throw Failure.corrupt(path, "truncated header") }
        var shape: [Int] = []
        for i in 0..<rank {
            let o = 4 + 4 * i
            shape.append(Int(b[o]) << 24 | Int(b[o + 1]) << 16 | Int(b[o + 2]) << 8 | Int(b[o + 3]))
        }
        let start = 4 + 4 * rank
        let count = shape.reduce(1, *)
        guard b.count - start >= count else { throw Failure.corrupt(path, "expected \(count) bytes of data, found \(b.count - start)") }
        return try NDArray.filled(shape, as: UInt8.self) { out in
            for i in 0..<count { out[i] = b[start + i] }
        }
    }

    /// Inflates a gzip stream.
    public static func gunzip(_ data: Data, path: String) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.corrupt(path, "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let input = [UInt8](data)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END else {
                        throw Failure.corrupt(path, "gzip data is damaged")
                    }
                    output.append(outBuf.baseAddress!, count: outBuf.count - Int(stream.avail_out))
                }
            } while status != Z_STREAM_END && stream.avail_in > 0
        }
        return output
    }
}
