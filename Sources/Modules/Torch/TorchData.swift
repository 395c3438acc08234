import Language
import NN
import Tensor

/// A `TensorDataset`: tensors indexed together along their first dimension.
final class PyTensorDataset: PyObject {
    var tensors: [PyTorchTensor] = []
}

/// A `DataLoader`: a dataset, batch size, shuffling and collation. Iterating it yields batches
/// drawn in torch's order (the sampler is seeded from the default generator as torch seeds it).
final class PyDataLoader: PyObject {
    var dataset: Value = .none
    var batchSize = 1
    var shuffle = false
    var dropLast = false
    var collate: Value = .none
    var generator: Value = .none
}

/// `torch.utils.data`: Dataset, TensorDataset, DataLoader, random_split, Subset.
enum TorchData {
    nonisolated(unsafe) static let datasetType: PyType = {
        let t = PyType(name: "Dataset", bases: [BuiltinTypes.object], module: "torch.utils.data.dataset",
                       doc: "Dataset: subclass it and define __getitem__ and __len__.")
        t.messagesUseBareName = true
        t.define("__init__") { _, _ in .none }
        t.define("__getitem__") { _, args in
            throw PyError.notImplemented("Subclasses of Dataset should implement __getitem__ (\(args.receiver.typeName) does not).")
        }
        return t
    }()

    nonisolated(unsafe) static let tensorDatasetType: PyType = {
        let t = PyType(name: "TensorDataset", bases: [datasetType], module: "torch.utils.data.dataset")
        t.messagesUseBareName = true
        t.allocator = { PyTensorDataset(type: $0) }
        t.method("__init__(*tensors)", on: PyTensorDataset.self) { _, d, b in
            d.tensors = try b.extraPositional.map { try TorchBridge.tensor($0) }
            if let first = d.tensors.first {
                for x in d.tensors where x.data.shape.first != first.data.shape.first {
                    throw PyError(BuiltinTypes.assertionError, "Size mismatch between tensors")
                }
            }
            d.setAttribute(Symbol("tensors"), .tuple(d.tensors.map { .object($0) }))
            return .none
        }
        t.method("__getitem__(index)", on: PyTensorDataset.self) { interp, d, b in
            let items = try TensorMethods.indexItems(b["index"] ?? .none, interp)
            return .tuple(try d.tensors.map { x in TorchBridge.wrap(try TorchBridge.call { try x.variable.index(items) }, dtype: x.dtypeName) })
        }
        t.method("__len__()", on: PyTensorDataset.self) { _, d, _ in .int(d.tensors.first?.data.shape.first ?? 0) }
        return t
    }()

    nonisolated(unsafe) static let subsetType: PyType = {
        let t = PyType(name: "Subset", bases: [datasetType], module: "torch.utils.data.dataset")
        t.messagesUseBareName = true
        t.allocator = { PyObject.instance(of: $0) }
        t.define("__init__") { interp, args in
            let b = try Signature("__init__(self, dataset, indices)").bind(args)
            let me = b["self"] ?? .none
            try interp.genericSetAttribute(me.asObject!, Symbol("dataset"), b["dataset"] ?? .none)
            try interp.genericSetAttribute(me.asObject!, Symbol("indices"), .list(try interp.iterateToArray(b["indices"] ?? .none)))
            return .none
        }
        t.define("__getitem__") { interp, args in
            let me = try args[0]
            let indices = try interp.getAttribute(me, Symbol("indices"))
            let i = try interp.getItem(indices, try args[1])
            return try interp.getItem(try interp.getAttribute(me, Symbol("dataset")), i)
        }
        t.define("__len__") { interp, args in .int(try interp.length(try interp.getAttribute(try args[0], Symbol("indices")))) }
        return t
    }()

    /// `ConcatDataset([a, b])`: the datasets one after another.
    nonisolated(unsafe) static let concatType: PyType = {
        let t = PyType(name: "ConcatDataset", bases: [datasetType], module: "torch.utils.data.dataset")
        t.messagesUseBareName = true
        t.allocator = { PyObject.instance(of: $0) }
        t.define("__init__") { interp, args in
            let b = try Signature("__init__(self, datasets)").bind(args)
            guard case .object(let me)? = b["self"] else { return .none }
            let parts = try interp.iterateToArray(b["datasets"] ?? .none)
            guard !parts.isEmpty else { throw PyError(BuiltinTypes.assertionError, "datasets should not be an empty iterable") }
            var total = 0
            var sizes: [Value] = []
            for p in parts { total += try interp.length(p); sizes.append(.int(total)) }
            try interp.genericSetAttribute(me, Symbol("datasets"), .list(parts))
            try interp.genericSetAttribute(me, Symbol("cumulative_sizes"), .list(sizes))
            return .none
        }
        t.define("__len__") { interp, args in
            let sizes = try interp.iterateToArray(try interp.getAttribute(try args[0], Symbol("cumulative_sizes")))
            return sizes.last ?? .int(0)
        }
        t.define("__getitem__") { interp, args in
            let me = try args[0]
            let parts = try interp.iterateToArray(try interp.getAttribute(me, Symbol("datasets")))
            let sizes = try interp.iterateToArray(try interp.getAttribute(me, Symbol("cumulative_sizes"))).map { try interp.toInt($0) }
            var i = try interp.toInt(try args[1])
            if i < 0 { i += sizes.last ?? 0 }
            guard i >= 0, let k = sizes.firstIndex(where: { i < $0 }) else { throw PyError.index("index out of range") }
            return try interp.getItem(parts[k], .int(i - (k == 0 ? 0 : sizes[k - 1])))
        }
        return t
    }()

    nonisolated(unsafe) static let loaderType: PyType = {
        let t = PyType(name: "DataLoader", bases: [BuiltinTypes.object], module: "torch.utils.data.dataloader")
        t.messagesUseBareName = true
        t.allocator = { PyDataLoader(type: $0) }
        t.method("__init__(dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0, collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False, pin_memory_device='')",
                 on: PyDataLoader.self) { interp, l, b in
            l.dataset = b["dataset"] ?? .none
            if let bs = b["batch_size"], bs.isNone { throw PyError.notImplemented("DataLoader(batch_size=None) is not supported in Cellgrad") }
            l.batchSize = try b.optional("batch_size").map { try interp.toInt($0) } ?? 1
            guard l.batchSize > 0 else { throw PyError.value("batch_size should be a positive integer value, but got batch_size=\(l.batchSize)") }
            l.shuffle = try TorchBridge.bool(b["shuffle"], interp)
            l.dropLast = try TorchBridge.bool(b["drop_last"], interp)
            l.collate = b["collate_fn"] ?? .none
            l.generator = b["generator"] ?? .none
            if b.optional("sampler") != nil || b.optional("batch_sampler") != nil {
                throw PyError.notImplemented("DataLoader(sampler=…) is not supported in Cellgrad; use shuffle=True or a Subset")
            }
            l.setAttribute(Symbol("dataset"), l.dataset)
            l.setAttribute(Symbol("batch_size"), .int(l.batchSize))
            l.setAttribute(Symbol("drop_last"), .bool(l.dropLast))
            return .none
        }
        t.method("__len__()", on: PyDataLoader.self) { interp, l, _ in
            let n = try interp.length(l.dataset)
            return .int(l.dropLast ? n / l.batchSize : (n + l.batchSize - 1) / l.batchSize)
        }
        t.method("__iter__()", on: PyDataLoader.self) { interp, l, _ in try iterate(interp, l) }
        return t
    }()

    static func iterate(_ interp: Interpreter, _ l: PyDataLoader) throws -> Value {
        let n = try interp.length(l.dataset)
        var order: [Int] = Array(0..<n)
        if l.shuffle {
            // torch draws a base seed for the iterator; its sampler then shuffles with the
            // loader's generator, or with a generator seeded from the default one.
            if !l.generator.isNone {
                order = try PyTorchGenerator.using(l.generator) {
                    _ = DefaultGenerator.shared.nextUInt64()
                    return try DefaultGenerator.shared.permutation(n).elements(as: Int64.self).map { Int($0) }
                }
            } else {
                _ = DefaultGenerator.shared.nextUInt64()
                let seed = DefaultGenerator.shared.nextUInt64() % (UInt64(1) << 63)
                var g = TorchGenerator(seed: seed)
                order = try g.permutation(n).elements(as: Int64.self).map { Int($0) }
            }
        }
        let batchSize = l.batchSize
        var start = 0
        let tensors = (l.dataset.asObject as? PyTensorDataset).map(\.tensors)
        let collate = l.collate
        // torch's RandomSampler ends each pass with one more (empty) randperm slice; with the
        // loader's own generator that draw moves the next epoch's shuffle.
        var finished = false
        func finish() throws -> Value? {
            if l.shuffle && !l.generator.isNone && !finished {
                finished = true
                _ = try PyTorchGenerator.using(l.generator) { try DefaultGenerator.shared.permutation(n) }
            }
            return nil
        }
        return .object(PyIterator { interp in
            try Interrupt.checkpoint()
            guard start < n else { return try finish() }
            let end = min(start + batchSize, n)
            if l.dropLast && end - start < batchSize { return try finish() }
            let indices = Array(order[start..<end])
            start = end
            if let tensors, collate.isNone {
                let idx = try NDArray(indices.map { Int64($0) }, shape: [indices.count])
                return .list(try tensors.map { x in TorchBridge.wrap(try x.data.take(idx, axis: 0), dtype: x.dtypeName) })
            }
            let samples = try indices.map { try interp.getItem(l.dataset, .int($0)) }
            if !collate.isNone { return try interp.call(collate, .list(samples)) }
            return try defaultCollate(interp, samples)
        })
    }

    /// torch's `default_collate`: stacks tensors, turns numbers into tensors, and collates
    /// tuples, lists and dicts field by field.
    static func defaultCollate(_ interp: Interpreter, _ samples: [Value]) throws -> Value {
        guard let first = samples.first else { return .list([]) }
        switch first {
        case .int: return TorchBridge.wrap(try NDArray(try samples.map { Int64(try interp.toInt($0)) }, shape: [samples.count]))
        case .float: return TorchBridge.wrap(try NDArray(try samples.map { try interp.toDouble($0) }, shape: [samples.count]))
        case .bool: return TorchBridge.wrap(try NDArray(try samples.map { try interp.isTruthy($0) }, shape: [samples.count]))
        case .object(let o):
            if let t = o as? PyTorchTensor {
                let parts = try samples.map { try TorchBridge.tensor($0) }
                return TorchBridge.wrap(try TorchBridge.call { try NDArray.stack(parts.map(\.data), axis: 0) }, dtype: t.dtypeName)
            }
            if let s = o as? PyNumPyScalar {
                _ = s
                let parts = try samples.map { try NumPyBridge.array($0) }
                return TorchBridge.wrap(try NDArray.stack(parts, axis: 0))
            }
            if let a = o as? PyNDArray {
                _ = a
                let parts = try samples.map { try NumPyBridge.array($0) }
                return TorchBridge.wrap(try NDArray.stack(parts, axis: 0))
            }
            if o is PyTuple || o is PyList {
                let columns = try samples.map { try interp.iterateToArray($0) }
                let width = columns[0].count
                guard columns.allSatisfy({ $0.count == width }) else {
                    throw PyError(BuiltinTypes.runtimeError, "each element in list of batch should be of equal size")
                }
                return .list(try (0..<width).map { i in try defaultCollate(interp, columns.map { $0[i] }) })
            }
            if let d = o as? PyDict {
                let out = PyDict()
                for key in d.keyList {
                    out[try interp.hashKey(key)] = try defaultCollate(interp, try samples.map { try interp.getItem($0, key) })
                }
                return .object(out)
            }
            if o is PyStr { return .list(samples) }
        default: break
        }
        throw PyError.type("default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found \(first.typeName)")
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = TensorMethods.installed
        let m = PyModule(name: "torch.utils.data")
        m["Dataset"] = .object(datasetType)
        m["TensorDataset"] = .object(tensorDatasetType)
        m["DataLoader"] = .object(loaderType)
        m["Subset"] = .object(subsetType)
        m["ConcatDataset"] = .object(concatType)
        TorchModule.function(m, "random_split(dataset, lengths, generator=None)") { interp, b in
            let dataset = b["dataset"] ?? .none
            let n = try interp.length(dataset)
            var lengths = try interp.iterateToArray(b["lengths"] ?? .none).map { v -> Double in try interp.toDouble(v) }
            if lengths.allSatisfy({ $0 <= 1 }) && lengths.contains(where: { $0 < 1 && $0 > 0 }) {
                var counts = lengths.map { Int(($0 * Double(n)).rounded(.down)) }
                var i = 0
                while counts.reduce(0, +) < n { counts[i % counts.count] += 1; i += 1 }
                lengths = counts.map(Double.init)
            }
            let counts = lengths.map { Int($0) }
            guard counts.reduce(0, +) == n else {
                throw PyError.value("Sum of input lengths does not equal the length of the input dataset!")
            }
            let perm = try PyTorchGenerator.using(b["generator"]) { try DefaultGenerator.shared.permutation(n) }.elements(as: Int64.self).map { Int($0) }
            var offset = 0
            var parts: [Value] = []
            for c in counts {
                let idx = perm[offset..<(offset + c)].map { Value.int($0) }
                offset += c
                parts.append(try interp.call(.object(subsetType), dataset, .list(Array(idx))))
            }
            return .list(parts)
        }
        m.document(TorchDocs.data)
        return m
    }

    static func makeUtils(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "torch.utils")
        m["data"] = .object(try interp.importModule("torch.utils.data"))
        return m
    }
}
