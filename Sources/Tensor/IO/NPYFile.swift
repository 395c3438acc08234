import Foundation

/// `.npy` files: one array, a small text header, then the raw little-endian elements.
///
/// ```python
/// np.save("x.npy", a)      → try NPYFile.save(a, to: "x.npy")
/// a = np.load("x.npy")     → try NPYFile.load(path: "x.npy")
/// ```
/// Writing produces the same bytes as NumPy (format 1.0, or 2.0 for huge headers). Reading
/// accepts versions 1.0–3.0, Fortran order (transposed back to C order), big-endian data and
/// the narrower dtypes listed in ``NPYDType``.
public enum NPYFile {
    /// The `.npy` bytes of `array`, identical to what `np.save` writes.
    public static func encode(_ array: NPYArray) -> [UInt8] {
        // The automatic version never fails: it switches to 2.0 when 1.0 cannot hold the header.
        (try? encode(array, version: .automatic)) ?? []
    }

    /// The `.npy` bytes of `array` in a given format version.
    public static func encode(_ array: NPYArray, version: NPYFormatVersion) throws(NPYError) -> [UInt8] {
        let header = NPYHeader(descr: NPYDType.descr(of: array.data), fortranOrder: false, shape: array.shape)
        return try header.encoded(version: version) + NPYDType.encode(array.data)
    }

    /// Reads an array from `.npy` bytes.
    public static func decode(_ bytes: [UInt8]) throws(NPYError) -> NPYArray {
        let (header, offset) = try NPYHeader.decode(bytes)
        let dtype = try NPYDType(descr: header.descr)
        guard let count = NPYArray.elementCount(header.shape) else {
            throw .invalidFormat("shape is not valid: \(header.dictText)")
        }
        let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, bytes.count - offset >= needed else {
            throw .invalidFormat("EOF: reading array data, expected \(needed) bytes got \(bytes.count - offset)")
        }
        var data = dtype.decode(bytes, offset: offset, count: count)
        if header.fortranOrder && header.shape.count > 1 {
            data = fromFortranOrder(data, shape: header.shape)
        }
        return NPYArray(uncheckedShape: header.shape, data: data)
    }

    /// `np.frombuffer(buffer, dtype, count, offset)`: `count` elements (all that fit when
    /// `nil`) of the encoding `descr` (`'|u1'`, `'<f4'`…) read from `bytes` at `offset`.
    public static func fromBuffer(_ bytes: [UInt8], descr: String, count: Int?, offset: Int) throws(NPYError) -> NPYArray {
        let dtype = try NPYDType(descr: descr)
        guard offset >= 0, offset <= bytes.count else { throw .invalidFormat("offset must be non-negative and no greater than buffer length (\(bytes.count))") }
        let available = bytes.count - offset
        if count == nil, available % dtype.size != 0 { throw .invalidFormat("buffer size must be a multiple of element size") }
        let n = count ?? available / dtype.size
        guard n >= 0, n * dtype.size <= available else { throw .invalidFormat("buffer is smaller than requested size") }
        return NPYArray(uncheckedShape: [n], data: dtype.decode(bytes, offset: offset, count: n))
    }

    /// The header of a `.npy` holding an object array (`descr` `'|O'`, which NumPy writes as a
    /// pickle) and where that pickle starts; `nil` for any other array.
    public static func objectArrayPayload(_ bytes: [UInt8]) throws(NPYError) -> (shape: [Int], pickleOffset: Int)? {
        let (header, offset) = try NPYHeader.decode(bytes)
        return header.descr == "|O" ? (header.shape, offset) : nil
    }

    /// `np.save(path, array)`. Unlike NumPy, `path` is used as given (the binding appends `.npy`).
    public static func save(_ array: NPYArray, to path: String) throws(NPYError) {
        try NPYFile.writeBytes(encode(array), to: path)
    }

    /// `np.load(path)` of a `.npy` file.
    public static func load(path: String) throws(NPYError) -> NPYArray {
        try decode(readBytes(path))
    }

    /// `np.load(path)`: a `.npy` array or an `.npz` archive, told apart by the first bytes.
    public static func loadAny(path: String) throws(NPYError) -> NPYLoaded {
        let bytes = try readBytes(path)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .archive(try NPYArchive.decode(bytes))
        }
        if bytes.starts(with: NPYHeader.magic) { return .array(try decode(bytes)) }
        throw .invalidFormat("Cannot load file containing pickled data when allow_pickle=False")
    }

    /// Reorders a column-major buffer of `shape` into row-major order.
    static func fromFortranOrder(_ data: NPYData, shape: [Int]) -> NPYData {
        let n = shape.count
        var fortranStrides = [Int](repeating: 1, count: n)
        for axis in 1..<n { fortranStrides[axis] = fortranStrides[axis - 1] * shape[axis - 1] }
        let count = data.count
        var source = [Int](repeating: 0, count: count)        // source[i] = fortran offset of C index i
        var index = [Int](repeating: 0, count: n)
        var offset = 0
        for i in 0..<count {
            source[i] = offset
            var axis = n - 1
            while axis >= 0 {
                index[axis] += 1
                offset += fortranStrides[axis]
                if index[axis] < shape[axis] { break }
                offset -= fortranStrides[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        switch data {
        case .float64(let v): return .float64(source.map { v[$0] })
        case .float32(let v): return .float32(source.map { v[$0] })
        case .int64(let v): return .int64(source.map { v[$0] })
        case .uint8(let v): return .uint8(source.map { v[$0] })
        case .bool(let v): return .bool(source.map { v[$0] })
        }
    }

    // MARK: - Files

    static func readBytes(_ path: String) throws(NPYError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .fileSystem(pythonName: "FileNotFoundError", message: "[Errno 2] No such file or directory: '\(path)'")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileSystem(pythonName: "OSError", message: "could not read file '\(path)'")
        }
        return [UInt8](data)
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) throws(NPYError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                throw .fileSystem(pythonName: "FileNotFoundError", message: "[Errno 2] No such file or directory: '\(path)'")
            }
            throw .fileSystem(pythonName: "OSError", message: "could not write file '\(path)'")
        }
    }
}

/// What `np.load` returns: one array (`.npy`) or the members of an archive (`.npz`).
public enum NPYLoaded: Equatable, Sendable {
    case array(NPYArray)
    case archive([NPYNamedArray])
}
