import Foundation
import Language
import Tensor

/// np.save / np.load / np.savez / np.loadtxt / np.genfromtxt / np.savetxt.
extension NumPyModule {
    static func npy(_ a: NDArray) throws -> NPYArray {
        let data: NPYData
        switch a.dtype {
        case .float64: data = .float64(a.elements(as: Double.self))
        case .float32: data = .float32(a.elements(as: Float.self))
        case .int64: data = .int64(a.elements(as: Int64.self))
        case .uint8: data = .uint8(a.elements(as: UInt8.self))
        case .bool: data = .bool(a.elements(as: Bool.self))
        }
        return try NPYArray(shape: a.shape, data: data)
    }

    static func ndarray(_ n: NPYArray) throws -> NDArray {
        switch n.data {
        case .float64(let v): return try NDArray(v, shape: n.shape)
        case .float32(let v): return try NDArray(v, shape: n.shape)
        case .int64(let v): return try NDArray(v, shape: n.shape)
        case .uint8(let v): return try NDArray(v, shape: n.shape)
        case .bool(let v): return try NDArray(v, shape: n.shape)
        }
    }

    static func path(_ v: Value?, _ interp: Interpreter, ext: String) throws -> String {
        let p = try interp.toStringValue(v ?? .none, what: "file")
        return p.hasSuffix(ext) ? p : p + ext
    }

    /// The `.npy` encoding of a `frombuffer` dtype: NumPy's names (`uint8`, `np.float32`) and
    /// codes (`'<u2'`, `'f4'`), little-endian unless the code says otherwise.
    static func bufferDescr(_ v: Value?) throws -> String {
        let widths = ["bool": "|b1", "int8": "|i1", "uint8": "|u1", "int16": "<i2", "uint16": "<u2", "int32": "<i4", "uint32": "<u4",
                      "int64": "<i8", "int": "<i8", "float16": "<f2", "float32": "<f4", "float64": "<f8", "float": "<f8", "double": "<f8"]
        var name = "float64"
        if let v, !v.isNone {
            if case .object(let o) = v, let t = o as? PyType { name = t === BuiltinTypes.float ? "float64" : t === BuiltinTypes.int ? "int64" : t.name }
            else if case .object(let o) = v, let d = o as? PyDType { name = d.dtype.name }
            else if let s = v.asString { name = s }
        }
        if let descr = widths[name] { return descr }
        let code = name.first.map { "<>|=".contains($0) } == true ? name : (name.hasSuffix("1") ? "|" : "<") + name
        return code
    }

    static func installIO(_ m: PyModule) {
        function(m, "frombuffer(buffer, dtype=float, count=-1, offset=0)") { interp, b in
            guard case .object(let o)? = b["buffer"], let buffer = o as? PyBytes else {
                throw PyError.type("a bytes-like object is required, not '\((b["buffer"] ?? .none).typeName)'")
            }
            let count = try interp.toInt(b["count"] ?? .int(-1))
            let array = try NPYFile.fromBuffer(buffer.bytes, descr: try bufferDescr(b["dtype"]), count: count < 0 ? nil : count,
                                               offset: try interp.toInt(b["offset"] ?? .int(0)))
            return NumPyBridge.wrapArray(try ndarray(array))
        }
        function(m, "save(file, arr, allow_pickle=True)") { interp, b in
            try NPYFile.save(try npy(try NumPyBridge.toArray(b["arr"] ?? .none, dtype: nil, interp)), to: try path(b["file"], interp, ext: ".npy"))
            return .none
        }
        for (name, compressed) in [("savez", false), ("savez_compressed", true)] {
            m.define(name) { interp, args in
                guard let file = args.positional.first else { throw PyError.type("\(name)() missing 1 required positional argument: 'file'") }
                var members: [NPYNamedArray] = []
                for (i, v) in args.positional.dropFirst().enumerated() {
                    members.append(NPYNamedArray(name: "arr_\(i)", array: try NumPyBridge.call { try npy(try NumPyBridge.toArray(v, dtype: nil, interp)) }))
                }
                for (k, v) in args.keywords {
                    members.append(NPYNamedArray(name: k.name, array: try NumPyBridge.call { try npy(try NumPyBridge.toArray(v, dtype: nil, interp)) }))
                }
                let p = try path(file, interp, ext: ".npz")
                try NumPyBridge.call { try NPYArchive.save(members, to: p, compressed: compressed) }
                return .none
            }
        }
        function(m, "load(file, allow_pickle=False)") { interp, b in
            let p = try interp.toStringValue(b["file"] ?? .none, what: "file")
            switch try NPYFile.loadAny(path: p) {
            case .array(let a): return NumPyBridge.wrapArray(try ndarray(a))
            case .archive(let members): return .object(NpzFile(members))
            }
        }
        function(m, "loadtxt(fname, dtype=float, comments='#', delimiter=None, skiprows=0, usecols=None, ndmin=0, max_rows=None)") { interp, b in
            var o = NPYLoadtxtOptions()
            if let d = try NumPyBridge.dtype(b["dtype"]) { o.dtype = d == .float32 ? .float32 : (d == .int64 ? .int64 : .float64) }
            if let c = b.optional("comments") { o.comments = [try interp.toStringValue(c)] }
            if let d = b.optional("delimiter") { o.delimiter = try interp.toStringValue(d) }
            if let s = b.optional("skiprows") { o.skiprows = try interp.toInt(s) }
            if let u = b.optional("usecols") { o.usecols = try NumPyBridge.shape(u, interp) }
            if let n = b.optional("ndmin") { o.ndmin = try interp.toInt(n) }
            if let r = b.optional("max_rows") { o.maxRows = try interp.toInt(r) }
            return NumPyBridge.wrapArray(try ndarray(try NPYText.loadtxt(path: try interp.toStringValue(b["fname"] ?? .none), o)))
        }
        function(m, "genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, usecols=None, filling_values=None)") { interp, b in
            var o = NPYGenfromtxtOptions()
            if let d = try NumPyBridge.dtype(b["dtype"]) { o.dtype = d == .float32 ? .float32 : (d == .int64 ? .int64 : .float64) }
            if let c = b.optional("comments") { o.comments = try interp.toStringValue(c) }
            if let d = b.optional("delimiter") { o.delimiter = try interp.toStringValue(d) }
            if let s = b.optional("skip_header") { o.skipHeader = try interp.toInt(s) }
            if let s = b.optional("skip_footer") { o.skipFooter = try interp.toInt(s) }
            if let u = b.optional("usecols") { o.usecols = try NumPyBridge.shape(u, interp) }
            if let f = b.optional("filling_values") { o.fillingValue = try interp.toDouble(f) }
            return NumPyBridge.wrapArray(try ndarray(try NPYText.genfromtxt(path: try interp.toStringValue(b["fname"] ?? .none), o)))
        }
        function(m, "savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\\n', header='', footer='', comments='# ')") { interp, b in
            var o = NPYSavetxtOptions()
            if let f = b.optional("fmt") {
                if case .object(let obj) = f, obj is PyList || obj is PyTuple { o.fmt = try interp.iterateToArray(f).map { try interp.toStringValue($0) } } else { o.fmt = [try interp.toStringValue(f)] }
            }
            if let d = b.optional("delimiter") { o.delimiter = try interp.toStringValue(d) }
            if let n = b.optional("newline") { o.newline = try interp.toStringValue(n) }
            if let h = b.optional("header") { o.header = try interp.toStringValue(h) }
            if let h = b.optional("footer") { o.footer = try interp.toStringValue(h) }
            if let c = b.optional("comments") { o.comments = try interp.toStringValue(c) }
            try NPYText.savetxt(try npy(try NumPyBridge.toArray(b["X"] ?? .none, dtype: nil, interp)), to: try interp.toStringValue(b["fname"] ?? .none), o)
            return .none
        }
    }
}

/// The object `np.load` returns for .npz archives: `f['x']`, `f.files`, `with np.load(...) as f`.
final class NpzFile: PyObject {
    let members: [NPYNamedArray]
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "NpzFile", bases: [BuiltinTypes.object], module: "numpy.lib.npyio")
        func me(_ v: Value) throws -> NpzFile {
            guard case .object(let o) = v, let f = o as? NpzFile else { throw PyError.type("expected NpzFile") }
            return f
        }
        t.define("__getitem__") { interp, args in
            let f = try me(args.receiver)
            let key = try interp.toStringValue(args.count > 1 ? args[1] : .none)
            guard let member = f.members.first(where: { $0.name == key }) else {
                throw PyError(BuiltinTypes.keyError, "\(key) is not a file in the archive")
            }
            return NumPyBridge.wrapArray(try NumPyBridge.call { try NumPyModule.ndarray(member.array) })
        }
        t.define("__contains__") { interp, args in
            let f = try me(args.receiver)
            let key = try interp.toStringValue(args.count > 1 ? args[1] : .none)
            return .bool(f.members.contains { $0.name == key })
        }
        t.define("__enter__") { _, args in args.receiver }
        t.define("__exit__") { _, _ in .bool(false) }
        t.define("close") { _, _ in .none }
        t.define("keys") { _, args in .list(try me(args.receiver).members.map { .str($0.name) }) }
        t.define("__iter__") { _, args in .object(PyIterator(values: try me(args.receiver).members.map { .str($0.name) })) }
        t.define("__len__") { _, args in .int(try me(args.receiver).members.count) }
        t.property("files") { _, v in .list(try me(v).members.map { .str($0.name) }) }
        return t
    }()

    init(_ members: [NPYNamedArray]) {
        self.members = members
        super.init(type: NpzFile.type)
    }
}
