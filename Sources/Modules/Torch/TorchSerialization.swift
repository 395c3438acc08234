import Foundation
import Language
import NN
import Tensor

/// `torch.save` / `torch.load` in the safetensors layout: a tensor, or a dict of tensors
/// (a `state_dict`), whose file the `safetensors` package, PyTorch and NumPy can read.
/// Numbers and strings beside the tensors (a checkpoint's `epoch`) go in the metadata.
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

    static func install(_ m: PyModule) {
        TorchModule.function(m, "save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True)") { interp, b in
            let path = try interp.toStringValue(b["f"] ?? .none)
            let obj = b["obj"] ?? .none
            var entries: [SafeTensorsFile.Entry] = []
            var metadata: [String: String] = ["format": "pt"]
            func add(_ name: String, _ t: PyTorchTensor) {
                entries.append(.init(name: name, array: t.data, storedType: storedType(t.dtypeName)))
            }
            if case .object(let o) = obj, let t = o as? PyTorchTensor {
                add("tensor", t)
                metadata["cellgrad_kind"] = "tensor"
            } else if case .object(let o) = obj, let d = o as? PyDict {
                var order: [String] = []
                func walk(_ d: PyDict, _ prefix: String) throws {
                    for (k, v) in d.entries {
                        guard let key = k.asString else { throw PyError.notImplemented("torch.save in Cellgrad stores dicts with str keys") }
                        let name = prefix + key
                        switch v {
                        case .object(let vo) where vo is PyTorchTensor: add(name, vo as! PyTorchTensor); order.append(name)
                        case .object(let vo) where vo is PyDict:
                            metadata["cellgrad_dict:" + name] = "1"
                            try walk(vo as! PyDict, name + "/")
                        case .int, .float, .bool, .none: metadata["cellgrad_value:" + name] = try interp.repr(v); order.append(name)
                        case .object(let vo) where vo is PyStr: metadata["cellgrad_value:" + name] = try interp.repr(v); order.append(name)
                        default:
                            throw PyError.notImplemented("torch.save in Cellgrad stores tensors, dicts of tensors and numbers; '\(name)' is a \(v.typeName)")
                        }
                    }
                }
                try walk(d, "")
                metadata["cellgrad_kind"] = "dict"
                metadata["cellgrad_order"] = order.joined(separator: "\n")
            } else {
                throw PyError.notImplemented("torch.save in Cellgrad stores a tensor or a dict of tensors (a state_dict), not a \(obj.typeName); save model.state_dict()")
            }
            try TorchBridge.call { try SafeTensorsFile.write(entries, metadata: metadata, to: path) }
            return .none
        }
        TorchModule.function(m, "load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None)") { interp, b in
            let path = try interp.toStringValue(b["f"] ?? .none)
            guard FileManager.default.fileExists(atPath: path) else {
                throw PyError(BuiltinTypes.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
            }
            let (entries, metadata) = try TorchBridge.call { try SafeTensorsFile.read(path) }
            if metadata["cellgrad_kind"] == "tensor", let e = entries.first {
                return TorchBridge.wrap(e.array, dtype: dtype(stored: e.storedType))
            }
            let root = PyDict()
            func container(_ name: String) throws -> (PyDict, String) {
                var d = root
                let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                for p in parts.dropLast() {
                    let key = try interp.hashKey(.str(p))
                    if case .object(let o)? = d[key], let sub = o as? PyDict { d = sub } else {
                        let sub = PyDict()
                        d[key] = .object(sub)
                        d = sub
                    }
                }
                return (d, parts.last ?? name)
            }
            let order = metadata["cellgrad_order"].map { $0.split(separator: "\n").map(String.init) } ?? entries.map(\.name)
            for name in order {
                let (d, key) = try container(name)
                if let e = entries.first(where: { $0.name == name }) {
                    d[try interp.hashKey(.str(key))] = TorchBridge.wrap(e.array, dtype: dtype(stored: e.storedType))
                } else if let text = metadata["cellgrad_value:" + name] {
                    d[try interp.hashKey(.str(key))] = try literal(text)
                }
            }
            for e in entries where !order.contains(e.name) {
                let (d, key) = try container(e.name)
                d[try interp.hashKey(.str(key))] = TorchBridge.wrap(e.array, dtype: dtype(stored: e.storedType))
            }
            return .object(root)
        }
    }
}
