import Language
import NN
import Tensor

/// `torch.nn.utils.rnn.PackedSequence` and its functions: sequences of different lengths packed
/// time step by time step (`data` holds, for each step, the rows of the sequences still running;
/// `batch_sizes` how many), so a recurrent layer never reads padding.
enum TorchPackedSequence {
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "PackedSequence", bases: [BuiltinTypes.tuple], module: "torch.nn.utils.rnn")
        t.messagesUseBareName = true
        t.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let p = o as? PyTuple, p.items.count == 4 else { throw PyError.type("expected a PackedSequence") }
            let names = ["data", "batch_sizes", "sorted_indices", "unsorted_indices"]
            return .str("PackedSequence(" + (try zip(names, p.items).map { "\($0)=\(try interp.repr($1))" }.joined(separator: ", ")) + ")")
        }
        return t
    }()

    static func make(data: Value, batchSizes: [Int], sorted: [Int]?, unsorted: [Int]?) throws -> Value {
        func indices(_ v: [Int]?) throws -> Value {
            try v.map { TorchBridge.wrap(try NDArray($0.map { Int64($0) }, shape: [$0.count])) } ?? .none
        }
        let items = [data, TorchBridge.wrap(try NDArray(batchSizes.map { Int64($0) }, shape: [batchSizes.count])),
                     try indices(sorted), try indices(unsorted)]
        let p = PyTuple(items, type: type)
        for (name, v) in zip(["data", "batch_sizes", "sorted_indices", "unsorted_indices"], items) { p.setAttribute(Symbol(name), v) }
        return .object(p)
    }

    /// The parts of a packed sequence, or nil for any other value.
    static func parts(_ v: Value?) throws -> (data: Variable, batchSizes: [Int], sorted: [Int]?, unsorted: [Int]?)? {
        guard case .object(let o)? = v, let p = o as? PyTuple, o.type === type, p.items.count == 4 else { return nil }
        func ints(_ v: Value) throws -> [Int]? {
            v.isNone ? nil : try TorchBridge.tensor(v).data.astype(.int64).reshape([-1]).elements(as: Int64.self).map { Int($0) }
        }
        return (try TorchBridge.variable(p.items[0]), try ints(p.items[1]) ?? [], try ints(p.items[2]), try ints(p.items[3]))
    }

    /// Packs a time-major padded batch (T, B, *) whose columns are already in decreasing length.
    static func pack(_ x: Variable, lengths: [Int], sorted: [Int]?, unsorted: [Int]?) throws -> Value {
        let steps = lengths.first ?? 0
        let batchSizes = (0..<steps).map { t in lengths.filter { $0 > t }.count }
        var times: [Double] = [], columns: [Double] = []
        for (t, size) in batchSizes.enumerated() {
            for b in 0..<size { times.append(Double(t)); columns.append(Double(b)) }
        }
        let data = try x.index([.array(try NDArray(times, shape: [times.count]).astype(.int64)),
                                .array(try NDArray(columns, shape: [columns.count]).astype(.int64))])
        return try make(data: TorchBridge.wrap(TorchBridge.named(data, "PackPaddedSequenceBackward0")), batchSizes: batchSizes,
                        sorted: sorted, unsorted: unsorted)
    }

    /// The lengths of the (sorted) sequences of a packed batch.
    static func lengths(_ batchSizes: [Int]) -> [Int] {
        guard let batch = batchSizes.first else { return [] }
        return (0..<batch).map { b in batchSizes.filter { $0 > b }.count }
    }

    /// Unpacks to a time-major padded batch (T, B, *) in sorted order.
    static func padded(_ data: Variable, batchSizes: [Int], padding: Double, totalLength: Int? = nil) throws -> Variable {
        let steps = max(batchSizes.count, totalLength ?? 0), batch = batchSizes.first ?? 0
        let features = Array(data.shape.dropFirst())
        let width = features.reduce(1, *)
        let base = Variable(try NDArray.full([steps, batch] + features, .float(padding), dtype: .float64).astype(data.dtype))
        var positions: [Double] = []
        for (t, size) in batchSizes.enumerated() {
            for b in 0..<size { for f in 0..<width { positions.append(Double((t * batch + b) * width + f)) } }
        }
        let where_ = try NDArray(positions, shape: [data.shape[0]] + features).astype(.int64)
        return try base.put(positions: where_, values: data, accumulate: false, name: "PadPackedSequenceBackward0")
    }

    static func install(_ rnn: PyModule) {
        rnn["PackedSequence"] = .object(type)
        TorchModule.function(rnn, "pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)") { interp, b in
            var x = try TorchBridge.variable(b["input"] ?? .none)
            if try TorchBridge.bool(b["batch_first"], interp) { x = try x.transpose(0, 1) }
            let lengthsValue = b["lengths"] ?? .none
            let lengths: [Int]
            if case .object(let o) = lengthsValue, let t = o as? PyTorchTensor {
                lengths = try t.data.astype(.int64).reshape([-1]).elements(as: Int64.self).map { Int($0) }
            } else {
                lengths = try interp.iterateToArray(lengthsValue).map { try interp.toInt($0) }
            }
            guard lengths.count == x.shape[1] else {
                throw PyError(BuiltinTypes.runtimeError, "Expected `len(lengths)` to be equal to batch_size, but got \(lengths.count) (batch_size=\(x.shape[1]))")
            }
            guard lengths.allSatisfy({ $0 > 0 }) else {
                throw PyError(BuiltinTypes.runtimeError, "Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0")
            }
            guard lengths.max() ?? 0 <= x.shape[0] else {
                throw PyError(BuiltinTypes.runtimeError, "Expected sequence length to be larger than or equal to the longest length \(lengths.max() ?? 0)")
            }
            if try TorchBridge.bool(b["enforce_sorted"], interp, default: true) {
                guard zip(lengths, lengths.dropFirst()).allSatisfy({ $0 >= $1 }) else {
                    throw PyError(BuiltinTypes.runtimeError, "`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.")
                }
                return try pack(x, lengths: lengths, sorted: nil, unsorted: nil)
            }
            // Longest first; equal lengths keep their order (torch sorts stably here).
            let order = lengths.indices.sorted { lengths[$0] > lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
            var inverse = [Int](repeating: 0, count: order.count)
            for (i, o) in order.enumerated() { inverse[o] = i }
            let reordered = try x.index([.all, .array(try NDArray(order.map { Int64($0) }, shape: [order.count]))])
            return try pack(reordered, lengths: order.map { lengths[$0] }, sorted: order, unsorted: inverse)
        }
        TorchModule.function(rnn, "pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None)") { interp, b in
            guard let p = try parts(b["sequence"]) else { throw PyError.type("pad_packed_sequence() expects a PackedSequence") }
            let total = try b.optional("total_length").map { try interp.toInt($0) }
            if let total, total < p.batchSizes.count {
                throw PyError.value("Expected total_length to be at least the length of the longest sequence in input, but got total_length=\(total) and max sequence length being \(p.batchSizes.count)")
            }
            var out = try padded(p.data, batchSizes: p.batchSizes, padding: try TorchBridge.double(b["padding_value"], interp) ?? 0, totalLength: total)
            var lens = lengths(p.batchSizes)
            if let unsorted = p.unsorted {
                out = try out.index([.all, .array(try NDArray(unsorted.map { Int64($0) }, shape: [unsorted.count]))])
                lens = unsorted.map { lens[$0] }
            }
            if try TorchBridge.bool(b["batch_first"], interp) { out = try out.transpose(0, 1) }
            return .tuple([TorchBridge.wrap(out), TorchBridge.wrap(try NDArray(lens.map { Int64($0) }, shape: [lens.count]))])
        }
        TorchModule.function(rnn, "pack_sequence(sequences, enforce_sorted=True)") { interp, b in
            let seqs = try interp.iterateToArray(b["sequences"] ?? .none)
            guard let pad = rnn["pad_sequence"], let packPadded = rnn["pack_padded_sequence"] else { throw PyError.type("torch.nn.utils.rnn is incomplete") }
            let lengths = try seqs.map { Value.int(try TorchBridge.tensor($0).data.shape[0]) }
            let padded = try interp.call(pad, Arguments([.list(seqs)]))
            return try interp.call(packPadded, Arguments([padded, .list(lengths)], keywords: [(Symbol("enforce_sorted"), b["enforce_sorted"] ?? .bool(true))]))
        }
    }
}
