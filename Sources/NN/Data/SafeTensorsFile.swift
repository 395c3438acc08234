import Foundation
import Tensor

/// The safetensors format (what `torch.save` writes in Cellgrad, so the `safetensors` package,
/// PyTorch and NumPy can read it): an 8-byte little-endian header length, a JSON header mapping
/// each name to its dtype, shape and byte range, then the raw little-endian data.
public enum SafeTensorsFile {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "'\(path)' is not a tensor file written by torch.save: \(why)"
            }
        }
    }

    /// One named array and the dtype name it is stored as (`F32`, `I64`, `U8`, …).
    public struct Entry {
        public var name: String
        public var array: NDArray
        public var storedType: String
        public init(name: String, array: NDArray, storedType: String) {
            self.name = name
            self.array = array
            self.storedType = storedType
        }
    }

    static func code(_ d: DType) -> String {
        switch d {
        case .float32: return "F32"
        case .float64: return "F64"
        case .int64: return "I64"
        case .uint8: return "U8"
        case .bool: return "BOOL"
        }
    }

    public static func write(_ entries: [Entry], metadata: [String: String], to path: String) throws {
        var header: [String: Any] = [:]
        var body = Data()
        for e in entries {
            let a = try e.array.contiguous()
            let start = body.count
            switch e.storedType {
            case "I32", "I16", "I8", "U8":
                let values = a.elements(as: Int64.self)
                for v in values {
                    switch e.storedType {
                    case "I32": withUnsafeBytes(of: Int32(truncatingIfNeeded: v).littleEndian) { body.append(contentsOf: $0) }
                    case "I16": withUnsafeBytes(of: Int16(truncatingIfNeeded: v).littleEndian) { body.append(contentsOf: $0) }
                    case "I8": body.append(UInt8(bitPattern: Int8(truncatingIfNeeded: v)))
                    default: body.append(UInt8(truncatingIfNeeded: v))
                    }
                }
            default:
                try a.withUnsafeMutableRawBytes { body.append(contentsOf: $0) }
            }
            header[e.name] = ["dtype": e.storedType, "shape": a.shape, "data_offsets": [start, body.count]]
        }
        if !metadata.isEmpty { header["__metadata__"] = metadata }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        while json.count % 8 != 0 { json.append(0x20) }
        var out = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(json)
        out.append(body)
        guard FileManager.default.createFile(atPath: path, contents: out) else {
            throw Failure.unreadable(path, "could not write the file")
        }
    }

    public static func read(_ path: String) throws -> (entries: [Entry], metadata: [String: String]) {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path, "no such file") }
        guard data.count >= 8 else { throw Failure.unreadable(path, "too short") }
        let length = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(data.count - 8) else { throw Failure.unreadable(path, "bad header length") }
        let headerData = data.subdata(in: 8..<(8 + Int(length)))
        guard let header = try JSONSerialization.jsonObject(with: headerData) as? [String: Any] else {
            throw Failure.unreadable(path, "the header is not a JSON object")
        }
        let base = 8 + Int(length)
        var entries: [Entry] = []
        var metadata: [String: String] = [:]
        for (name, value) in header {
            if name == "__metadata__" { metadata = value as? [String: String] ?? [:]; continue }
            guard let info = value as? [String: Any], let dtype = info["dtype"] as? String, let shape = info["shape"] as? [Int],
                  let offsets = info["data_offsets"] as? [Int], offsets.count == 2 else {
                throw Failure.unreadable(path, "entry '\(name)' is malformed")
            }
            let start = base + offsets[0], end = base + offsets[1]
            guard start <= end, end <= data.count, shape.allSatisfy({ $0 >= 0 }) else { throw Failure.unreadable(path, "entry '\(name)' is out of range") }
            let bytes = [UInt8](data.subdata(in: start..<end))
            let count = shape.reduce(1, *)
            func ints<T: FixedWidthInteger>(_: T.Type) throws -> NDArray {
                guard bytes.count == count * MemoryLayout<T>.size else { throw Failure.unreadable(path, "entry '\(name)' has the wrong size") }
                let values: [Int64] = bytes.withUnsafeBytes { raw in (0..<count).map { Int64(T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self))) } }
                return try NDArray(values, shape: shape)
            }
            let array: NDArray
            switch dtype {
            case "F32":
                guard bytes.count == count * 4 else { throw Failure.unreadable(path, "entry '\(name)' has the wrong size") }
                array = try NDArray(bytes.withUnsafeBytes { raw in (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) } }, shape: shape)
            case "F64":
                guard bytes.count == count * 8 else { throw Failure.unreadable(path, "entry '\(name)' has the wrong size") }
                array = try NDArray(bytes.withUnsafeBytes { raw in (0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) } }, shape: shape)
            case "I64": array = try ints(Int64.self)
            case "I32": array = try ints(Int32.self)
            case "I16": array = try ints(Int16.self)
            case "I8": array = try ints(Int8.self)
            case "U8":
                guard bytes.count == count else { throw Failure.unreadable(path, "entry '\(name)' has the wrong size") }
                array = try NDArray(bytes, shape: shape)
            case "BOOL":
                guard bytes.count == count else { throw Failure.unreadable(path, "entry '\(name)' has the wrong size") }
                array = try NDArray(bytes.map { $0 != 0 }, shape: shape)
            default: throw Failure.unreadable(path, "dtype \(dtype) is not supported")
            }
            entries.append(Entry(name: name, array: array, storedType: dtype))
        }
        entries.sort { ($0.name, 0) < ($1.name, 0) }
        if let order = metadata["cellgrad_order"]?.split(separator: "\n").map(String.init) {
            entries.sort { (order.firstIndex(of: $0.name) ?? Int.max) < (order.firstIndex(of: $1.name) ?? Int.max) }
        }
        return (entries, metadata)
    }
}
