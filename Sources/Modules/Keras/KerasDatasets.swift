import Foundation
import Language
import NN
import Tensor

/// `keras.datasets`: the files Keras itself caches under `~/.keras/datasets` (or
/// `$KERAS_HOME/datasets`), read in their own formats, and Debian's `dataset-fashion-mnist`.
/// Nothing is downloaded: a missing file is an error that says which file to put where.
enum KerasDatasets {
    static var cacheDirectory: String {
        let env = ProcessInfo.processInfo.environment
        let home = env["KERAS_HOME"] ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.keras")
        return home + "/datasets"
    }

    static let debianFashionMNIST = "/usr/share/datasets/fashion-mnist"

    /// Where Keras caches the datasets Cellgrad cannot read yet, under `~/.keras/datasets`.
    static let cachedFiles = ["cifar100": "cifar-100-python", "reuters": "reuters.npz", "boston_housing": "boston_housing.npz"]

    static func pair(_ x: NDArray, _ y: NDArray) -> Value { .tuple([NumPyBridge.wrapArray(x), NumPyBridge.wrapArray(y)]) }

    /// `mnist.load_data(path='mnist.npz')`: the npz Keras downloads, with `x_train`, `y_train`,
    /// `x_test`, `y_test`.
    static func mnist(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let name = try interp.toStringValue(b["path"] ?? .str("mnist.npz"))
        let path = name.hasPrefix("/") ? name : cacheDirectory + "/" + name
        guard FileManager.default.fileExists(atPath: path) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "keras.datasets.mnist reads \(path), which is not there, and Cellgrad does not download. Put Keras's mnist.npz (https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz) at that path, or use keras.datasets.fashion_mnist, which reads Debian's dataset-fashion-mnist package from \(debianFashionMNIST).")
        }
        guard case .archive(let members) = try NumPyBridge.call({ try NPYFile.loadAny(path: path) }) else {
            throw PyError.value("\(path) is not an .npz archive")
        }
        func member(_ key: String) throws -> NDArray {
            guard let m = members.first(where: { $0.name == key }) else { throw PyError.key(.str(key)) }
            return try NumPyModule.ndarray(m.array)
        }
        return .tuple([pair(try member("x_train"), try member("y_train")), pair(try member("x_test"), try member("y_test"))])
    }

    /// `fashion_mnist.load_data()`: the four IDX files Keras caches in
    /// `~/.keras/datasets/fashion-mnist/`, else Debian's copy.
    static func fashionMNIST(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let files = ["train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz"]
        let candidates = [cacheDirectory + "/fashion-mnist", debianFashionMNIST]
        guard let dir = candidates.first(where: { d in files.allSatisfy { FileManager.default.fileExists(atPath: d + "/" + $0) } }) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "keras.datasets.fashion_mnist needs \(files.joined(separator: ", ")) in \(candidates[0]) or \(candidates[1]); install Debian's dataset-fashion-mnist package (apt install dataset-fashion-mnist), or copy the files Keras downloads into \(candidates[0]).")
        }
        let arrays = try files.map { f in try KerasBridge.call { try IDXFile.read(dir + "/" + f) } }
        return .tuple([pair(arrays[1], arrays[0]), pair(arrays[3], arrays[2])])
    }

    static func module(_ name: String, _ doc: String, _ signature: String, _ body: @escaping (Interpreter, BoundArguments) throws -> Value) -> PyModule {
        let m = PyModule(name: "keras.datasets." + name, doc: doc)
        let sig = Signature(signature)
        m.define("load_data", doc: doc) { interp, args in try body(interp, try sig.bind(args)) }
        return m
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "keras.datasets", doc: "Keras's datasets, read offline from Keras's cache and Debian's packages.")
        for name in ["mnist", "fashion_mnist", "cifar10", "imdb", "cifar100", "boston_housing", "reuters"] {
            m[name] = .object(try interp.importModule("keras.datasets." + name))
        }
        return m
    }

    static func register(into interp: Interpreter) {
        interp.registerModule("keras.datasets", make)
        interp.registerModule("keras.datasets.mnist") { _ in
            module("mnist", "MNIST digits: ((x_train, y_train), (x_test, y_test)), 28x28 uint8 images.", "load_data(path='mnist.npz')", mnist)
        }
        interp.registerModule("keras.datasets.fashion_mnist") { _ in
            module("fashion_mnist", "Fashion-MNIST: ((x_train, y_train), (x_test, y_test)), 28x28 uint8 images of 10 kinds of clothing.", "load_data()", fashionMNIST)
        }
        interp.registerModule("keras.datasets.cifar10") { _ in
            module("cifar10", "CIFAR-10: ((x_train, y_train), (x_test, y_test)), 32x32x3 uint8 images of 10 classes, labels shaped (N, 1).", "load_data()", cifar10)
        }
        interp.registerModule("keras.datasets.imdb") { _ in
            let m = module("imdb", "IMDB movie reviews as word-index sequences: ((x_train, y_train), (x_test, y_test)); x are lists of lists of ints in Cellgrad.", imdbSignature, imdb)
            let sig = Signature("get_word_index(path='imdb_word_index.json')")
            m.define("get_word_index", doc: "get_word_index(path='imdb_word_index.json'): the dict mapping words to their index") { interp, args in
                try imdbWordIndex(interp, try sig.bind(args))
            }
            return m
        }
        for name in ["cifar100", "boston_housing", "reuters"] {
            interp.registerModule("keras.datasets." + name) { _ in
                let m = PyModule(name: "keras.datasets." + name)
                m.define("load_data") { _, _ in
                    // Say first what a fresh machine lacks, then what Cellgrad lacks.
                    let file = cacheDirectory + "/" + (cachedFiles[name] ?? name)
                    if !FileManager.default.fileExists(atPath: file) {
                        throw PyError(BuiltinTypes.fileNotFoundError, "keras.datasets.\(name) reads \(file), which is not there, and Cellgrad does not download. Offline, use keras.datasets.fashion_mnist (Debian's dataset-fashion-mnist package).")
                    }
                    throw PyError.notImplemented("reading keras.datasets.\(name) (\(file)) is not supported in Cellgrad yet; keras.datasets.fashion_mnist and mnist are")
                }
                if name == "reuters" {
                    m.define("get_word_index") { _, _ in throw PyError.notImplemented("keras.datasets.\(name).get_word_index is not supported in Cellgrad yet") }
                }
                return m
            }
        }
    }
}
