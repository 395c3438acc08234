import Foundation
import Testing
@testable import Tensor

/// `.npy` / `.npz`: files written by NumPy (Fixtures/io, from generate_io_fixtures.py) read
/// by us, our bytes identical to NumPy's, round trips, and our files read by NumPy itself.
@Suite struct NPYFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/io")

    /// A fixture array description: shape, NumPy dtype name and flat values.
    struct Described: Decodable {
        enum Value: Decodable {
            case text(String), integer(Int64), flag(Bool)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let b = try? c.decode(Bool.self) { self = .flag(b) }
                else if let i = try? c.decode(Int64.self) { self = .integer(i) }
                else { self = .text(try c.decode(String.self)) }
            }
            var double: Double { if case .text(let s) = self { Double(s) ?? .nan } else { .nan } }
            var integer: Int64 { if case .integer(let i) = self { i } else { 0 } }
            var flag: Bool { if case .flag(let b) = self { b } else { false } }
        }
        let shape: [Int], dtype: String, values: [Value]

        /// What we should produce when reading it (narrow dtypes widen to our five).
        var expected: NPYArray? {
            let data: NPYData
            switch dtype {
            case "float64", ">f8": data = .float64(values.map(\.double))
            case "float32", "float16": data = .float32(values.map { Float($0.double) })
            case "bool": data = .bool(values.map(\.flag))
            case "uint8": data = .uint8(values.map { UInt8(truncatingIfNeeded: $0.integer) })
            default: data = .int64(values.map(\.integer))
            }
            return try? NPYArray(shape: shape, data: data)
        }
    }

    static func manifest() throws -> [String: [String: Described]] {
        let data = try Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        let raw = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var result: [String: [String: Described]] = [:]
        for (file, entry) in raw {
            let entryData = try JSONSerialization.data(withJSONObject: entry)
            if file.hasSuffix(".npz") {
                result[file] = try JSONDecoder().decode([String: Described].self, from: entryData)
            } else {
                result[file] = ["": try JSONDecoder().decode(Described.self, from: entryData)]
            }
        }
        return result
    }

    /// Equality that treats nan as equal to nan.
    static func same(_ a: NPYArray, _ b: NPYArray) -> Bool {
        guard a.shape == b.shape else { return false }
        switch (a.data, b.data) {
        case (.float64(let x), .float64(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        case (.float32(let x), .float32(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        default:
            return a == b
        }
    }

    @Test func readsEveryNumPyFile() throws {
        for (file, members) in try Self.manifest() {
            let path = Self.directory.appendingPathComponent(file).path
            if file.hasSuffix(".npz") {
                let arrays = try NPYArchive.load(path: path)
                #expect(Set(arrays.map(\.name)) == Set(members.keys), "\(file)")
                for (name, described) in members {
                    let got = try NPYArchive.member(name, in: arrays)
                    let want = try #require(described.expected)
                    #expect(Self.same(got, want), "\(file)[\(name)]")
                }
            } else {
                let got = try NPYFile.load(path: path)
                let want = try #require(members[""]?.expected)
                #expect(Self.same(got, want), "\(file)")
            }
        }
    }

    @Test func writesTheSameBytesAsNumPy() throws {
        for file in ["f8_2x3.npy", "f4_vec.npy", "i8_3d.npy", "b1.npy", "scalar.npy", "empty_0x3.npy", "long_dim.npy"] {
            let numpyBytes = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(file)))
            let array = try NPYFile.decode(numpyBytes)
            #expect(NPYFile.encode(array) == numpyBytes, "\(file)")
        }
        for (file, version) in [("v2.npy", NPYFormatVersion.v2), ("v3.npy", .v3)] {
            let numpyBytes = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(file)))
            #expect(try NPYFile.encode(NPYFile.decode(numpyBytes), version: version) == numpyBytes, "\(file)")
        }
    }

    @Test func unsupportedAndCorruptInputsThrow() throws {
        let complex = Self.directory.appendingPathComponent("c16.npy").path
        #expect(throws: NPYError.self) { try NPYFile.load(path: complex) }
        #expect(throws: NPYError.invalidFormat("the magic string is not correct; expected b'\\x93NUMPY', got b'PK\\x03\\x04-\\x00'")) {
            try NPYFile.decode([0x50, 0x4B, 3, 4, 0x2D, 0, 0, 0, 0, 0, 0])
        }
        let good = NPYFile.encode(try NPYArray(shape: [4], data: .float64([1, 2, 3, 4])))
        #expect(throws: NPYError.invalidFormat("EOF: reading array data, expected 32 bytes got 16")) {
            try NPYFile.decode(Array(good.dropLast(16)))
        }
        #expect(throws: NPYError.badZipFile("File is not a zip file")) { try NPYArchive.decode([1, 2, 3]) }
        #expect(throws: NPYError.invalidFormat("Header does not contain the correct keys: ['descr', 'shape']")) {
            try NPYHeader.parse("{'descr': '<f8', 'shape': (2,), }")
        }
        #expect(throws: NPYError.missingMember("zz")) { try NPYArchive.member("zz", in: []) }
        let missing = NPYError.fileSystem(pythonName: "FileNotFoundError",
                                          message: "[Errno 2] No such file or directory: '/nonexistent/x.npy'")
        #expect(throws: missing) { try NPYFile.load(path: "/nonexistent/x.npy") }
    }

    static let samples: [NPYNamedArray] = {
        var out: [NPYNamedArray] = []
        if let a = try? NPYArray(shape: [2, 3], data: .float64([1.5, -2, .infinity, 0, 1e-300, 7])) { out.append(.init(name: "x", array: a)) }
        if let b = try? NPYArray(shape: [], data: .int64([-42])) { out.append(.init(name: "scalar", array: b)) }
        if let c = try? NPYArray(shape: [3], data: .bool([true, false, true])) { out.append(.init(name: "mask", array: c)) }
        if let d = try? NPYArray(shape: [1000], data: .float32((0..<1000).map { Float($0 % 17) * 0.25 })) { out.append(.init(name: "w", array: d)) }
        if let e = try? NPYArray(shape: [0, 4], data: .float64([])) { out.append(.init(name: "empty", array: e)) }
        // Many distinct byte values: exercises the dynamic Huffman codes against zlib.
        if let r = try? NPYArray(shape: [50, 100], data: .float64((0..<5000).map { sin(Double($0)) * 1000 })) {
            out.append(.init(name: "r", array: r))
        }
        if let t = try? NPYArray(shape: [3000], data: .int64((0..<3000).map { Int64($0 * $0 % 977) - 400 })) {
            out.append(.init(name: "t", array: t))
        }
        return out
    }()

    @Test func roundTrips() throws {
        for item in Self.samples {
            #expect(try NPYFile.decode(NPYFile.encode(item.array)) == item.array)
        }
        for compressed in [false, true] {
            let bytes = try NPYArchive.encode(Self.samples, compressed: compressed)
            #expect(try NPYArchive.decode(bytes) == Self.samples)
        }
    }

    @Test func deflateInflateRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let inputs: [[UInt8]] = [
            [], [7], Array("abcabcabcabcabcabc".utf8), [UInt8](repeating: 0, count: 100_000),
            (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) },
            (0..<50_000).map { UInt8(($0 * $0 / 7) % 13) },
        ]
        var sizes: [Int] = []
        for input in inputs {
            let packed = try NPYDeflate.deflate(input)
            sizes.append(packed.count)
            #expect(try NPYInflate.inflate(packed) == input)
            #expect(try NPYInflate.inflate(NPYDeflate.stored(input)) == input)
        }
        #expect(sizes[3] < 1000 && sizes[5] < 5000, "compression of repetitive data: \(sizes)")
        #expect(NPYCRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        // A stream that inflates past its declared size stops instead of allocating.
        let bomb = try NPYDeflate.deflate([UInt8](repeating: 0, count: 1_000_000))
        #expect(throws: NPYInflate.Failure.self) { try NPYInflate.inflate(bomb, limit: 1000) }
    }

    /// The project's `.venv/bin/python`, when present.
    static let python: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Runs `script` with the venv's Python; returns its combined output.
    static func runPython(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? "/usr/bin/false")
        process.arguments = ["-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    /// NumPy reads what we write (skipped when the project's venv is absent).
    @Test(.enabled(if: NPYFileTests.python != nil)) func numpyReadsOurFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("npy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for item in Self.samples { try NPYFile.save(item.array, to: dir.appendingPathComponent(item.name + ".npy").path) }
        try NPYArchive.save(Self.samples, to: dir.appendingPathComponent("s.npz").path)
        try NPYArchive.save(Self.samples, to: dir.appendingPathComponent("c.npz").path, compressed: true)
        let script = """
        import numpy as np, sys, os
        d = sys.argv[1]
        x = np.array([[1.5, -2, np.inf], [0, 1e-300, 7]])
        w = (np.arange(1000) % 17).astype(np.float32) * np.float32(0.25)
        want = dict(x=x, scalar=np.array(-42), mask=np.array([True, False, True]), w=w, empty=np.zeros((0, 4)))
        for name in ('r', 't'):   # checked against our own .npy (stored, no compression)
            want[name] = np.load(os.path.join(d, name + '.npy'))
        for name, a in want.items():
            got = np.load(os.path.join(d, name + '.npy'))
            assert got.dtype == a.dtype and got.shape == a.shape and np.array_equal(got, a), name
        for z in ('s.npz', 'c.npz'):
            with np.load(os.path.join(d, z)) as f:
                assert sorted(f.files) == sorted(want), f.files
                for name, a in want.items():
                    assert f[name].dtype == a.dtype and np.array_equal(f[name], a), (z, name)
        print('OK')
        """
        let output = try Self.runPython(script, [dir.path])
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "OK", "\(output)")
    }
}
