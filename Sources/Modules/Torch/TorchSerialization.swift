import Foundation
import Language
import NN
import Tensor

/// `torch.save` / `torch.load` in the safetensors layout, which the `safetensors` package,
/// PyTorch and NumPy can read: the tensors are the file's entries, named by their path in the
/// saved object (`model_state_dict/fc.weight`); the object's shape around them (dicts, lists,
/// numbers, strings: a checkpoint with its epoch and optimizer state) is a JSON tree in the
/// metadata.
enum TorchSerialization {
    static func storedType(_ d: TorchDType) -> String {
        switch d {
        case .float32, .float16: return "F32"
        case .float64: return "F64"
        case .int64: return "I64"
        case .int32: return "I32"
        case .int16: return "I16"
        case .int8: return "I8"
        case .uint8: return "U8"
        case .bool: return "BOOL"
        }
    }

    static func dtype(stored: String) -> TorchDType {
        ["F32": .float32, "F64": .float64, "I64": .int64, "I32": .int32, "I16": .int16, "I8": .int8, "U8": .uint8, "BOOL": .bool][stored] ?? .float32
    }

    /// A number, bool, None or simple str written by `repr` into the metadata.
    static func literal(_ text: String) throws -> Value {
        if let q = text.first, q == "'" || q == "\"", text.count >= 2, text.last == q {
            return .str(String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\'", with: "'"))
        }
        return try TorchOptim.literal(text)
    }

    /// Encodes `v` as a JSON tree for the metadata; tensors become entries named by their path.
    static func encode(_ interp: Interpreter, _ v: Value, path: String, into entries: inout [SafeTensorsFile.Entry]) throws -> Any {
        switch v {
        case .none: return ["none": NSNull()]
        case .bool(let b): return ["bool": b]
        case .int(let i): return ["int": i]
        case .float: return ["float": try interp.repr(v)]
        default: break
        }
        guard case .object(let o) = v else { throw PyError.notImplemented("torch.save in Cellgrad cannot store '\(path)', a \(v.typeName)") }
        if let t = o as? PyTorchTensor {
            let name = path.isEmpty ? "tensor" : path
            entries.append(.init(name: name, array: t.data, storedType: storedType(t.dtypeName)))
            return ["tensor": name, "requires_grad": t.variable.requiresGrad, "dtype": t.dtypeName.rawValue]
        }
        if o is PyStr { return ["str": try interp.toStringValue(v)] }
        if let d = o as? PyDict {
            var pairs: [Any] = []
            for (k, item) in d.entries {
                let keyText: String
                let key: Any
                switch k {
                case .int(let i): keyText = String(i); key = ["int": i]
                default:
                    guard let text = k.asString else { throw PyError.notImplemented("torch.save in Cellgrad stores dicts with str or int keys; '\(path)' has a \(k.typeName) key") }
                    keyText = text; key = ["str": text]
                }
                pairs.append([key, try encode(interp, item, path: path.isEmpty ? keyText : path + "/" + keyText, into: &entries)])
            }
            return ["dict": pairs, "ordered": o.type.name == "OrderedDict"]
        }
        if let l = o as? PyList {
            return ["list": try l.items.enumerated().map { try encode(interp, $1, path: path + "/" + String($0), into: &entries) }]
        }
        if let t = o as? PyTuple {
            return ["tuple": try t.items.enumerated().map { try encode(interp, $1, path: path + "/" + String($0), into: &entries) }]
        }
        throw PyError.notImplemented("torch.save in Cellgrad stores tensors, numbers, strings and dicts, lists and tuples of them; '\(path.isEmpty ? "obj" : path)' is a \(v.typeName) (save model.state_dict() rather than the model)")
    }

    static func decode(_ interp: Interpreter, _ node: Any, _ tensors: [String: SafeTensorsFile.Entry]) throws -> Value {
        guard let n = node as? [String: Any] else { throw PyError.value("torch.load: unreadable Cellgrad metadata") }
        if n["none"] != nil { return .none }
        if let b = n["bool"] as? Bool { return .bool(b) }
        if let i = n["int"] as? Int { return .int(i) }
        if let f = n["float"] as? String { return try literal(f) }
        if let text = n["str"] as? String { return .str(text) }
        if let name = n["tensor"] as? String {
            guard let e = tensors[name] else { throw PyError.value("torch.load: the file has no tensor '\(name)'") }
            let d = (n["dtype"] as? String).flatMap(TorchDType.init(rawValue:)) ?? dtype(stored: e.storedType)
            let t = PyTorchTensor(Variable(try d.wrapping(e.array)), dtype: d)
            t.variable.requiresGrad = (n["requires_grad"] as? Bool) ?? false
            return .object(t)
        }
        if let items = n["list"] as? [Any] { return .list(try items.map { try decode(interp, $0, tensors) }) }
        if let items = n["tuple"] as? [Any] { return .tuple(try items.map { try decode(interp, $0, tensors) }) }
        if let pairs = n["dict"] as? [[Any]] {
            let decoded = try pairs.map { (try decode(interp, $0[0], tensors), try decode(interp, $0[1], tensors)) }
            if (n["ordered"] as? Bool) == true, let od = try interp.importModule("collections")["OrderedDict"] {
                return try interp.call(od, Arguments([.list(decoded.map { .tuple([$0.0, $0.1]) })]))
            }
            let d = PyDict()
            for (k, v) in decoded { d[try interp.hashKey(k)] = v }
            return .object(d)
        }
        throw PyError.value("torch.load: unreadable Cellgrad metadata")
    }

    static func install(_ m: PyModule) {
        TorchModule.function(m, "save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True)") { interp, b in
            let path = try interp.toStringValue(b["f"] ?? .none)
            var entries: [SafeTensorsFile.Entry] = []
            let tree = try encode(interp, b["obj"] ?? .none, path: "", into: &entries)
            let json = try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
            let metadata = ["format": "pt", "cellgrad_tree": String(decoding: json, as: UTF8.self)]
            try TorchBridge.call { try SafeTensorsFile.write(entries, metadata: metadata, to: path) }
            return .none
        }
        TorchModule.function(m, "load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None)") { interp, b in
            let path = try interp.toStringValue(b["f"] ?? .none)
            guard FileManager.default.fileExists(atPath: path) else {
                throw PyError(BuiltinTypes.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
            }
            let (entries, metadata) = try TorchBridge.call { try SafeTensorsFile.read(path) }
            if let tree = metadata["cellgrad_tree"] {
                let node = try JSONSerialization.jsonObject(with: Data(tree.utf8), options: [.fragmentsAllowed])
                return try decode(interp, node, Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
            }
            // A plain safetensors file (from the safetensors package or an older Cellgrad): a dict of tensors.
            let root = PyDict()
            for e in entries { root[try interp.hashKey(.str(e.name))] = TorchBridge.wrap(e.array, dtype: dtype(stored: e.storedType)) }
            return .object(root)
        }
    }
}
