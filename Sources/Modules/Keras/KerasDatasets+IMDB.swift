import Foundation
import Language
import NN
import Tensor

/// `keras.datasets.imdb`: Keras's `imdb.npz` (the reviews as pickled object arrays of word
/// indices, the labels as int arrays) and `imdb_word_index.json`, read from Keras's cache and
/// prepared exactly as Keras's `load_data` prepares them: shuffled by `RandomState(seed)`,
/// shifted by `index_from`, started with `start_char`, filtered by `maxlen`, and words outside
/// `[skip_top, num_words)` replaced by `oov_char`.
///
/// Cellgrad's numpy has no `dtype=object`, so `x_train` and `x_test` are lists of lists of
/// ints where Keras gives object arrays of lists; indexing, `len`, iteration and
/// `pad_sequences` behave the same.
extension KerasDatasets {
    static let imdbSignature = "load_data(path='imdb.npz', num_words=None, skip_top=0, maxlen=None, seed=113, start_char=1, oov_char=2, index_from=3, **kwargs)"

    static func cachedFile(_ name: String, dataset: String, url: String) throws -> String {
        let path = name.hasPrefix("/") ? name : cacheDirectory + "/" + name
        guard FileManager.default.fileExists(atPath: path) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "keras.datasets.\(dataset) reads \(path), which is not there, and Cellgrad does not download. Put Keras's \((name as NSString).lastPathComponent) (\(url)) at that path, or use keras.datasets.fashion_mnist, which reads Debian's dataset-fashion-mnist package from \(debianFashionMNIST).")
        }
        return path
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw PyError(BuiltinTypes.osError, "cannot read \(path)") }
        return [UInt8](data)
    }

    static func imdb(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let path = try cachedFile(try interp.toStringValue(b["path"] ?? .str("imdb.npz")), dataset: "imdb",
                                  url: "https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb.npz")
        let members = try NumPyBridge.call { try NPYZip.read(try readBytes(path)) }
        func member(_ key: String) throws -> [UInt8] {
            guard let m = members.first(where: { $0.name == key + ".npy" || $0.name == key }) else {
                throw PyError.key(.str(key))
            }
            return m.bytes
        }
        /// A review array: the pickled object array, unpickled as NumPy's restricted loader does.
        func sequences(_ key: String) throws -> [[Int]] {
            let bytes = try member(key)
            guard let payload = try NumPyBridge.call({ try NPYFile.objectArrayPayload(bytes) }) else {
                throw PyError.value("\(path): \(key) is not an object array of sequences")
            }
            let offset = payload.pickleOffset
            let loads = try interp.importModule("pickle")["loads"] ?? .none
            let list = try interp.call(loads, Arguments([.object(PyBytes(Array(bytes[offset...])))]))
            return try interp.iterateToArray(list).map { try interp.iterateToArray($0).map { try interp.toInt($0) } }
        }
        func labels(_ key: String) throws -> [Int] {
            let bytes = try member(key)
            return try NumPyBridge.call { try NumPyModule.ndarray(try NPYFile.decode(bytes)) }.astype(.int64).elements(as: Int64.self).map { Int($0) }
        }
        var xTrain = try sequences("x_train"), yTrain = try labels("y_train")
        var xTest = try sequences("x_test"), yTest = try labels("y_test")

        // The shuffle Keras does, with NumPy's legacy generator: one RandomState, train then test.
        let np = try interp.importModule("numpy")
        let random = try interp.getAttribute(.object(np), Symbol("random"))
        let rng = try interp.call(try interp.getAttribute(random, Symbol("RandomState")), Arguments([b["seed"] ?? .int(113)]))
        let shuffle = try interp.getAttribute(rng, Symbol("shuffle")), arange = try interp.getAttribute(.object(np), Symbol("arange"))
        func shuffled(_ n: Int) throws -> [Int] {
            let indices = try interp.call(arange, Arguments([.int(n)]))
            _ = try interp.call(shuffle, Arguments([indices]))
            return try interp.iterateToArray(indices).map { try interp.toInt($0) }
        }
        let trainOrder = try shuffled(xTrain.count)
        (xTrain, yTrain) = (trainOrder.map { xTrain[$0] }, trainOrder.map { yTrain[$0] })
        let testOrder = try shuffled(xTest.count)
        (xTest, yTest) = (testOrder.map { xTest[$0] }, testOrder.map { yTest[$0] })

        /// An omitted argument takes the signature's default; an explicit None means none.
        func optionalInt(_ name: String, default fallback: Int? = nil) throws -> Int? {
            guard let v = b[name] else { return fallback }
            return v.isNone ? nil : try interp.toInt(v)
        }
        let startChar = try optionalInt("start_char", default: 1), oovChar = try optionalInt("oov_char", default: 2)
        let indexFrom = try optionalInt("index_from", default: 3) ?? 0
        let prefix = startChar.map { [$0] } ?? []
        xTrain = xTrain.map { prefix + $0.map { $0 + indexFrom } }
        xTest = xTest.map { prefix + $0.map { $0 + indexFrom } }
        if let maxlen = try optionalInt("maxlen"), maxlen != 0 {
            func keep(_ x: [[Int]], _ y: [Int]) -> ([[Int]], [Int]) {
                let kept = zip(x, y).filter { $0.0.count < maxlen }
                return (kept.map(\.0), kept.map(\.1))
            }
            (xTrain, yTrain) = keep(xTrain, yTrain)
            (xTest, yTest) = keep(xTest, yTest)
            if xTrain.isEmpty || xTest.isEmpty {
                throw PyError.value("After filtering for sequences shorter than maxlen=\(maxlen), no sequence was kept. Increase maxlen.")
            }
        }
        let all = xTrain + xTest
        let numWords = try optionalInt("num_words").flatMap { $0 == 0 ? nil : $0 } ?? (all.map { $0.max() ?? 0 }.max() ?? 0)
        let skipTop = try optionalInt("skip_top") ?? 0
        func limited(_ x: [[Int]]) -> [[Int]] {
            x.map { seq in
                if let oovChar { return seq.map { skipTop <= $0 && $0 < numWords ? $0 : oovChar } }
                return seq.filter { skipTop <= $0 && $0 < numWords }
            }
        }
        func sequencesValue(_ x: [[Int]]) -> Value { .list(x.map { .list($0.map(Value.int)) }) }
        func labelsValue(_ y: [Int]) throws -> Value { NumPyBridge.wrapArray(try NDArray(y.map { Int64($0) }, shape: [y.count])) }
        let train = Value.tuple([sequencesValue(limited(xTrain)), try labelsValue(yTrain)])
        let test = Value.tuple([sequencesValue(limited(xTest)), try labelsValue(yTest)])
        return .tuple([train, test])
    }

    /// `imdb.get_word_index(path='imdb_word_index.json')`: the word → index dict.
    static func imdbWordIndex(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let path = try cachedFile(try interp.toStringValue(b["path"] ?? .str("imdb_word_index.json")), dataset: "imdb",
                                  url: "https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb_word_index.json")
        let json = try interp.importModule("json")
        let text = String(decoding: try readBytes(path), as: UTF8.self)
        return try interp.call(json["loads"] ?? .none, Arguments([.str(text)]))
    }
}
