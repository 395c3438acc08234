/// `.npz` archives: a zip file with one `.npy` member per array.
///
/// ```python
/// np.savez("d.npz", x=a, y=b)              → try NPYArchive.save([.init(name: "x", array: a), …], to: "d.npz")
/// np.savez_compressed("d.npz", x=a)        → try NPYArchive.save(…, to: "d.npz", compressed: true)
/// d = np.load("d.npz"); d["x"]; d.files    → try NPYArchive.load(path: "d.npz")   (names without ".npy")
/// ```
/// Positional arrays (`np.savez(f, a, b)`) are named `arr_0`, `arr_1` by the caller, as NumPy does.
public enum NPYArchive {
    /// The archive bytes; members are stored (`np.savez`) or deflated (`np.savez_compressed`).
    public static func encode(_ arrays: [NPYNamedArray], compressed: Bool = false) throws(NPYError) -> [UInt8] {
        var seen = Set<String>()
        for item in arrays where !seen.insert(item.name).inserted {
            throw .text("Cannot use un-named variables and keyword \(item.name)")
        }
        let members = arrays.map { NPYZip.Member(name: $0.name + ".npy", bytes: NPYFile.encode($0.array)) }
        return try NPYZip.write(members, compressed: compressed)
    }

    /// The arrays of an archive in stored order. Members not ending in `.npy` are skipped
    /// (NumPy would hand them back as raw bytes).
    public static func decode(_ bytes: [UInt8]) throws(NPYError) -> [NPYNamedArray] {
        var arrays: [NPYNamedArray] = []
        for member in try NPYZip.read(bytes) where member.name.hasSuffix(".npy") {
            arrays.append(NPYNamedArray(name: String(member.name.dropLast(4)), array: try NPYFile.decode(member.bytes)))
        }
        return arrays
    }

    /// `np.savez` / `np.savez_compressed` to `path` (used as given; the binding appends `.npz`).
    public static func save(_ arrays: [NPYNamedArray], to path: String, compressed: Bool = false) throws(NPYError) {
        try NPYFile.writeBytes(try encode(arrays, compressed: compressed), to: path)
    }

    public static func load(path: String) throws(NPYError) -> [NPYNamedArray] {
        try decode(NPYFile.readBytes(path))
    }

    /// `npz[name]`, throwing NumPy's `KeyError: 'name is not a file in the archive'`.
    public static func member(_ name: String, in arrays: [NPYNamedArray]) throws(NPYError) -> NPYArray {
        guard let found = arrays.first(where: { $0.name == name }) else { throw .missingMember(name) }
        return found.array
    }
}
