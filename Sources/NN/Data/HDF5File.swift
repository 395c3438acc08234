import CHDF5
import Foundation
import Tensor

/// An HDF5 file through Debian's libhdf5: groups addressed by slash paths, numeric datasets
/// and string attributes. What Keras 3's `.weights.h5` (and the weights inside a `.keras`
/// archive) hold, so files written here open in h5py and real Keras, and the reverse.
public final class HDF5File {
    public enum Failure: Error, CustomStringConvertible {
        case failed(String)
        public var description: String {
            switch self {
            case .failed(let why): return why
            }
        }
    }

    private var file: hid_t
    public let path: String

    private init(path: String, file: hid_t) {
        self.path = path
        self.file = file
    }

    /// A new, empty file at `path` (an existing one is replaced).
    public static func create(_ path: String) throws -> HDF5File {
        chdf5_silence_errors()
        let f = H5Fcreate(path, chdf5_create_truncate(), chdf5_default(), chdf5_default())
        guard f >= 0 else { throw Failure.failed("cannot create the HDF5 file '\(path)'") }
        return HDF5File(path: path, file: f)
    }

    /// An existing file, read-only.
    public static func open(_ path: String) throws -> HDF5File {
        chdf5_silence_errors()
        guard H5Fis_hdf5(path) > 0 else { throw Failure.failed("'\(path)' is not an HDF5 file") }
        let f = H5Fopen(path, chdf5_read_only(), chdf5_default())
        guard f >= 0 else { throw Failure.failed("cannot open the HDF5 file '\(path)'") }
        return HDF5File(path: path, file: f)
    }

    public func close() {
        if file >= 0 { H5Fclose(file) }
        file = -1
    }

    deinit { close() }

    /// Makes the group at `path` and any missing parents.
    public func createGroup(_ path: String) throws {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty ? "" : "/") + part
            if exists(prefix) { continue }
            let g = H5Gcreate2(file, prefix, chdf5_default(), chdf5_default(), chdf5_default())
            guard g >= 0 else { throw Failure.failed("cannot create the group '\(prefix)' in '\(self.path)'") }
            H5Gclose(g)
        }
    }

    /// True when every link along `path` exists.
    public func exists(_ path: String) -> Bool {
        var prefix = ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty ? "" : "/") + part
            if H5Lexists(file, prefix, chdf5_default()) <= 0 { return false }
        }
        return true
    }

    /// The names of the members of a group, in HDF5's name order (as h5py lists them).
    public func members(_ path: String) -> [String] {
        guard path.isEmpty || exists(path) else { return [] }
        let g = H5Gopen2(file, path.isEmpty ? "/" : path, chdf5_default())
        guard g >= 0 else { return [] }
        defer { H5Gclose(g) }
        var info = H5G_info_t()
        guard H5Gget_info(g, &info) >= 0 else { return [] }
        var names: [String] = []
        for i in 0..<info.nlinks {
            let size = H5Lget_name_by_idx(g, ".", H5_INDEX_NAME, H5_ITER_INC, i, nil, 0, chdf5_default())
            guard size >= 0 else { continue }
            var buffer = [CChar](repeating: 0, count: Int(size) + 1)
            H5Lget_name_by_idx(g, ".", H5_INDEX_NAME, H5_ITER_INC, i, &buffer, Int(size) + 1, chdf5_default())
            names.append(String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return names
    }

    /// A UTF-8 string attribute on the group or dataset at `path`.
    public func setAttribute(_ path: String, _ name: String, _ value: String) throws {
        let object = H5Oopen(file, path.isEmpty ? "/" : path, chdf5_default())
        guard object >= 0 else { throw Failure.failed("no object '\(path)' in '\(self.path)'") }
        defer { H5Oclose(object) }
        let bytes = Array(value.utf8)
        let type = H5Tcopy(chdf5_c_string())
        defer { H5Tclose(type) }
        H5Tset_size(type, Swift.max(bytes.count, 1))
        H5Tset_cset(type, H5T_CSET_UTF8)
        let space = H5Screate(H5S_SCALAR)
        defer { H5Sclose(space) }
        let attribute = H5Acreate2(object, name, type, space, chdf5_default(), chdf5_default())
        guard attribute >= 0 else { throw Failure.failed("cannot write the attribute '\(name)' of '\(path)'") }
        defer { H5Aclose(attribute) }
        let padded = bytes.isEmpty ? [UInt8(0)] : bytes
        _ = padded.withUnsafeBytes { H5Awrite(attribute, type, $0.baseAddress) }
    }

    /// Writes `array` (float32, float64 or int64; a 0-d array is a scalar dataset) at `path`;
    /// the parent groups must exist. `storeAsInt32` keeps Keras's int32 counters int32.
    public func write(_ path: String, _ array: NDArray, storeAsInt32: Bool = false) throws {
        let a = try array.contiguous()
        let dims = a.shape.map { hsize_t($0) }
        let space = dims.isEmpty ? H5Screate(H5S_SCALAR) : H5Screate_simple(Int32(dims.count), dims, nil)
        defer { H5Sclose(space) }
        let (memory, stored): (hid_t, hid_t)
        switch a.dtype {
        case .float32: (memory, stored) = (chdf5_native_float(), chdf5_native_float())
        case .float64: (memory, stored) = (chdf5_native_double(), chdf5_native_double())
        case .int64: (memory, stored) = (chdf5_native_int64(), storeAsInt32 ? chdf5_native_int32() : chdf5_native_int64())
        case .uint8: (memory, stored) = (chdf5_native_uint8(), chdf5_native_uint8())
        case .bool: throw Failure.failed("boolean arrays are not stored in HDF5 here")
        }
        let dataset = H5Dcreate2(file, path, stored, space, chdf5_default(), chdf5_default(), chdf5_default())
        guard dataset >= 0 else { throw Failure.failed("cannot create the dataset '\(path)' in '\(self.path)'") }
        defer { H5Dclose(dataset) }
        let status = try a.withUnsafeMutableRawBytes { H5Dwrite(dataset, memory, chdf5_all(), chdf5_all(), chdf5_default(), $0.baseAddress) }
        guard status >= 0 else { throw Failure.failed("cannot write the dataset '\(path)' in '\(self.path)'") }
    }

    /// The dataset at `path` as float32 (HDF5 converts from whatever number type it holds).
    public func readFloat32(_ path: String) throws -> NDArray {
        guard exists(path) else { throw Failure.failed("'\(self.path)' has no dataset '\(path)'") }
        let dataset = H5Dopen2(file, path, chdf5_default())
        guard dataset >= 0 else { throw Failure.failed("'\(path)' in '\(self.path)' is not a dataset") }
        defer { H5Dclose(dataset) }
        let space = H5Dget_space(dataset)
        defer { H5Sclose(space) }
        let rank = Int(H5Sget_simple_extent_ndims(space))
        var dims = [hsize_t](repeating: 0, count: Swift.max(rank, 1))
        if rank > 0 { H5Sget_simple_extent_dims(space, &dims, nil) }
        let shape = rank > 0 ? dims.map { Int($0) } : []
        var values = [Float](repeating: 0, count: shape.reduce(1, *))
        let status = values.withUnsafeMutableBytes { H5Dread(dataset, chdf5_native_float(), chdf5_all(), chdf5_all(), chdf5_default(), $0.baseAddress) }
        guard status >= 0 else { throw Failure.failed("cannot read the dataset '\(path)' of '\(self.path)' as numbers") }
        return try NDArray(values, shape: shape)
    }
}
