import CZlib
import Language

/// `zlib.compressobj()` and `zlib.decompressobj()`: one zlib stream fed piece by piece, as
/// CPython's `Compress` and `Decompress` objects are.
final class ZlibStream: PyObject {
    nonisolated(unsafe) static let compressType = PyType(name: "Compress", bases: [BuiltinTypes.object], module: "zlib")
    nonisolated(unsafe) static let decompressType = PyType(name: "Decompress", bases: [BuiltinTypes.object], module: "zlib")

    let compressing: Bool
    /// On the heap: zlib's state points back at its stream and checks that it has not moved.
    let stream: UnsafeMutablePointer<z_stream>
    var open = true
    var eof = false
    var unusedData: [UInt8] = []
    var unconsumedTail: [UInt8] = []

    /// The preset dictionary (`zdict=`): a zlib stream asks for it when it meets its checksum.
    let dictionary: [UInt8]?

    init(compressLevel level: Int32, method: Int32, wbits: Int32, memLevel: Int32, strategy: Int32, dictionary: [UInt8]?) throws {
        compressing = true
        self.dictionary = dictionary
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = deflateInit2_(stream, level, method, wbits, memLevel, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deallocate()
            if rc == Z_STREAM_ERROR { throw PyError.value("Invalid initialization option") }
            throw PyError(ZlibModule.error, "Error \(rc) while creating compression object")
        }
        super.init(type: ZlibStream.compressType)
        if let dictionary {
            let rc = dictionary.withUnsafeBufferPointer { deflateSetDictionary(stream, $0.baseAddress, uInt($0.count)) }
            if rc == Z_STREAM_ERROR { throw PyError.value("Invalid dictionary") }
            guard rc == Z_OK else { throw PyError(ZlibModule.error, "deflateSetDictionary()") }
        }
    }

    init(decompressWbits wbits: Int32, dictionary: [UInt8]?) throws {
        compressing = false
        self.dictionary = dictionary
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = inflateInit2_(stream, wbits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deallocate()
            if rc == Z_STREAM_ERROR { throw PyError.value("Invalid initialization option") }
            throw PyError(ZlibModule.error, "Error \(rc) while creating decompression object")
        }
        super.init(type: ZlibStream.decompressType)
        // Raw deflate carries no dictionary request: the dictionary is set up front, as CPython does.
        if wbits < 0, let dictionary { try setInflateDictionary(dictionary) }
    }

    private func setInflateDictionary(_ dictionary: [UInt8]) throws {
        let rc = dictionary.withUnsafeBufferPointer { inflateSetDictionary(stream, $0.baseAddress, uInt($0.count)) }
        guard rc == Z_OK else { throw fail(rc, "setting the dictionary") }
    }

    deinit {
        if open { if compressing { deflateEnd(stream) } else { inflateEnd(stream) } }
        stream.deallocate()
    }

    private func fail(_ rc: Int32, _ doing: String) -> PyError {
        let message = stream.pointee.msg.map { String(cString: $0) }
            ?? (rc == Z_STREAM_ERROR ? "inconsistent stream state" : rc == Z_DATA_ERROR ? "invalid input data" : "library error")
        return PyError(ZlibModule.error, "Error \(rc) while \(doing): \(message)")
    }

    /// Runs deflate over `input` with `mode`, collecting everything it writes.
    func deflateAll(_ input: [UInt8], mode: Int32) throws -> [UInt8] {
        guard open else { throw PyError(ZlibModule.error, "Error -2 while compressing data: inconsistent stream state") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var input = input
        try input.withUnsafeMutableBufferPointer { inBuf in
            stream.pointee.next_in = inBuf.baseAddress
            stream.pointee.avail_in = uInt(inBuf.count)
            while true {
                let (rc, produced) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = uInt(outBuf.count)
                    let rc = deflate(stream, mode)
                    return (rc, outBuf.count - Int(stream.pointee.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if rc == Z_STREAM_END { break }
                guard rc == Z_OK || rc == Z_BUF_ERROR else { throw fail(rc, "compressing data") }
                // Done when deflate left room in the output: it had nothing more to say.
                if stream.pointee.avail_out != 0 { break }
            }
            stream.pointee.next_in = nil
        }
        return output
    }

    /// Inflates `input` (after any tail kept from the last call), at most `maxLength` bytes
    /// of output when it is positive; input left over is `unconsumed_tail`, input after the
    /// stream's end is `unused_data`.
    func inflateAll(_ input: [UInt8], maxLength: Int, mode: Int32) throws -> [UInt8] {
        guard open else { throw PyError(ZlibModule.error, "Error -2 while decompressing data: inconsistent stream state") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var input = input
        var remaining = 0
        try input.withUnsafeMutableBufferPointer { inBuf in
            stream.pointee.next_in = inBuf.baseAddress
            stream.pointee.avail_in = uInt(inBuf.count)
            while !eof {
                let room = maxLength > 0 ? min(chunk.count, maxLength - output.count) : chunk.count
                if room <= 0 { break }
                let (rc, produced) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = uInt(room)
                    let rc = inflate(stream, mode)
                    return (rc, room - Int(stream.pointee.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if rc == Z_STREAM_END { eof = true; break }
                if rc == Z_NEED_DICT, let dictionary {
                    try setInflateDictionary(dictionary)
                    continue
                }
                if rc == Z_BUF_ERROR { break }
                guard rc == Z_OK else { throw fail(rc, "decompressing data") }
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { break }
            }
            remaining = Int(stream.pointee.avail_in)
            stream.pointee.next_in = nil
        }
        let left = Array(input.suffix(remaining))
        if eof {
            unusedData += left
            unconsumedTail = []
        } else {
            unconsumedTail = left
        }
        return output
    }

    static func stream(_ v: Value, compressing: Bool) throws -> ZlibStream {
        guard let s = v.asObject as? ZlibStream, s.compressing == compressing else {
            throw PyError.type("descriptor requires a 'zlib.\(compressing ? "Compress" : "Decompress")' object")
        }
        return s
    }

    static let compressSignature = Signature("compress(self, data, /)")
    static let flushSignature = Signature("flush(self, mode=4, /)")
    static let decompressSignature = Signature("decompress(self, data, /, max_length=0)")
    static let decompressFlushSignature = Signature("flush(self, length=16384, /)")

    static func installMethods() {
        let c = compressType
        c.define("compress") { interp, args in
            let a = try compressSignature.bind(args)
            let s = try stream(args.receiver, compressing: true)
            return .object(PyBytes(try s.deflateAll(ZlibModule.data(a.value(1)), mode: Z_NO_FLUSH)))
        }
        c.define("flush") { interp, args in
            let a = try flushSignature.bind(args)
            let s = try stream(args.receiver, compressing: true)
            let mode = Int32(clamping: try interp.toInt(a.value(1) ?? .int(Int(Z_FINISH))))
            if mode == Z_NO_FLUSH { return .object(PyBytes([])) }
            let out = try s.deflateAll([], mode: mode)
            if mode == Z_FINISH {
                deflateEnd(s.stream)
                s.open = false
            }
            return .object(PyBytes(out))
        }
        let d = decompressType
        d.define("decompress") { interp, args in
            let a = try decompressSignature.bind(args)
            let s = try stream(args.receiver, compressing: false)
            let maxLength = try interp.toInt(a["max_length"] ?? .int(0))
            if maxLength < 0 { throw PyError.value("max_length must be non-negative") }
            return .object(PyBytes(try s.inflateAll(ZlibModule.data(a.value(1)), maxLength: maxLength, mode: Z_SYNC_FLUSH)))
        }
        d.define("flush") { interp, args in
            let a = try decompressFlushSignature.bind(args)
            let s = try stream(args.receiver, compressing: false)
            if try interp.toInt(a.value(1) ?? .int(16_384)) <= 0 { throw PyError.value("length must be greater than zero") }
            let tail = s.unconsumedTail
            s.unconsumedTail = []
            let out = try s.inflateAll(tail, maxLength: 0, mode: Z_FINISH)
            if s.eof {
                inflateEnd(s.stream)
                s.open = false
            }
            return .object(PyBytes(out))
        }
        d.property("eof") { _, v in .bool(try stream(v, compressing: false).eof) }
        d.property("unused_data") { _, v in .object(PyBytes(try stream(v, compressing: false).unusedData)) }
        d.property("unconsumed_tail") { _, v in .object(PyBytes(try stream(v, compressing: false).unconsumedTail)) }
    }
}
