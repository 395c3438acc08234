import Foundation
import Language
import NN
import Tensor

/// `keras.datasets.cifar10`: the Python version of CIFAR-10 (`cifar-10-batches-py`: five
/// training batches and a test batch, each a pickled dict of `data` (N x 3072 bytes, channels
/// first) and `labels`), in the folder Keras 3 extracts it to or the one Keras 2 used, returned
/// as Keras returns it: channels-last `(N, 32, 32, 3)` images and `(N, 1)` labels.
extension KerasDatasets {
    static var cifar10Folders: [String] {
        [cacheDirectory + "/cifar-10-batches-py-target/cifar-10-batches-py", cacheDirectory + "/cifar-10-batches-py"]
    }

    static let cifar10Batches = ["data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4", "data_batch_5", "test_batch"]

    static func cifar10(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let folders = cifar10Folders
        guard let dir = folders.first(where: { d in cifar10Batches.allSatisfy { FileManager.default.fileExists(atPath: d + "/" + $0) } }) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "keras.datasets.cifar10 reads \(cifar10Batches.joined(separator: ", ")) from \(folders[0]) (where Keras 3 extracts them) or \(folders[1]), which are not there, and Cellgrad does not download. Extract the batches of https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz (its folder cifar-10-batches-py) into \(cacheDirectory)/cifar-10-batches-py-target/, or use keras.datasets.fashion_mnist, which reads Debian's dataset-fashion-mnist package from \(debianFashionMNIST).")
        }
        let loads = try interp.importModule("pickle")["loads"] ?? .none
        /// One batch as Keras's `load_batch` reads it: `(data, labels)` with data `(N, 3, 32, 32)`.
        func batch(_ name: String) throws -> (NDArray, NDArray) {
            let raw = PyBytes(try readBytes(dir + "/" + name))
            let d = try interp.call(loads, Arguments([.object(raw)], keywords: [(Symbol("encoding"), .str("bytes"))]))
            guard case .object(let o) = d, let dict = o as? PyDict else { throw PyError.value("\(dir)/\(name) is not a CIFAR-10 batch (a pickled dict)") }
            func entry(_ key: String) throws -> Value {
                guard let v = dict.entries.first(where: { entry in
                    if case .object(let kb) = entry.0, let bytes = kb as? PyBytes { return bytes.bytes == Array(key.utf8) }
                    return entry.0.asString == key
                })?.1 else { throw PyError.key(.str(key)) }
                return v
            }
            let data = try NumPyBridge.toArray(try entry("data"), dtype: .uint8, interp)
            let labels = try NumPyBridge.toArray(try entry("labels"), dtype: .uint8, interp)
            return (try KerasBridge.call { try data.reshape([data.shape.first ?? 0, 3, 32, 32]) }, labels)
        }
        let parts = try cifar10Batches.map(batch)
        func images(_ xs: [NDArray]) throws -> Value {
            let x = xs.count == 1 ? xs[0] : try NDArray.concatenate(xs, axis: 0)
            return NumPyBridge.wrapArray(try x.transpose([0, 2, 3, 1]).contiguous())
        }
        func labels(_ ys: [NDArray]) throws -> Value {
            let y = ys.count == 1 ? ys[0] : try NDArray.concatenate(ys, axis: 0)
            return NumPyBridge.wrapArray(try y.reshape([y.size, 1]))
        }
        return try KerasBridge.call { () -> Value in
            let train = Value.tuple([try images(parts.prefix(5).map { $0.0 }), try labels(parts.prefix(5).map { $0.1 })])
            let test = Value.tuple([try images([parts[5].0]), try labels([parts[5].1])])
            return .tuple([train, test])
        }
    }
}
