import Foundation
import Language
import NN
import Tensor

/// A torchvision dataset: samples (an image source and a label) plus the transforms.
final class PyVisionDataset: PyObject {
    /// In-memory images (MNIST-style): uint8 values (N, H, W).
    var images: NDArray?
    /// Files on disk (ImageFolder): path and class index.
    var samples: [(String, Int)] = []
    var labels: [Int] = []
    var transform: Value = .none
    var targetTransform: Value = .none
}

/// `torchvision.datasets`: MNIST and FashionMNIST from their idx files under `root` (and
/// Debian's `dataset-fashion-mnist` copy), CIFAR10/100 (TorchvisionDatasets+CIFAR), and
/// ImageFolder over PNG and JPEG files.
enum TorchvisionDatasets {
    static let fashionClasses = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
    static let digitClasses = (0..<10).map { ["0 - zero", "1 - one", "2 - two", "3 - three", "4 - four", "5 - five", "6 - six", "7 - seven", "8 - eight", "9 - nine"][$0] }
    static let debianFashionMNIST = "/usr/share/datasets/fashion-mnist"

    nonisolated(unsafe) static let datasetType: PyType = {
        let t = PyType(name: "VisionDataset", bases: [TorchData.datasetType], module: "torchvision.datasets.vision")
        t.allocator = { PyVisionDataset(type: $0) }
        t.method("__len__()", on: PyVisionDataset.self) { _, d, _ in .int(d.images?.shape[0] ?? d.samples.count) }
        t.method("__getitem__(index)", on: PyVisionDataset.self) { interp, d, b in
            let n = d.images?.shape[0] ?? d.samples.count
            var i = try interp.toInt(b["index"] ?? .int(0))
            if i < 0 { i += n }
            guard i >= 0 && i < n else { throw PyError.index("index \(i) is out of range") }
            var img: Value
            let label: Int
            if let images = d.images {
                img = .object(PyImage(try PyImage.from(try images.getItem([.int(i)]))))
                label = d.labels[i]
            } else {
                let (path, cls) = d.samples[i]
                img = .object(PyImage(try TorchBridge.call { try ImageFile.read(path) }.converted(toChannels: 3)))
                label = cls
            }
            if !d.transform.isNone { img = try interp.call(d.transform, img) }
            var target: Value = .int(label)
            if !d.targetTransform.isNone { target = try interp.call(d.targetTransform, target) }
            return .tuple([img, target])
        }
        t.define("__repr__") { interp, args in
            guard case .object(let o) = args.receiver, let d = o as? PyVisionDataset else { throw PyError.type("expected a dataset") }
            var lines = ["Dataset \(o.type.name)", "    Number of datapoints: \(d.images?.shape[0] ?? d.samples.count)"]
            if let root = o.attribute(Symbol("root")) { lines.append("    Root location: \(try interp.toStringValue(root))") }
            if let split = o.attribute(Symbol("_split")) { lines.append("    Split: \(try interp.toStringValue(split))") }
            if !d.transform.isNone {
                let text = try interp.repr(d.transform).components(separatedBy: "\n").enumerated().map { $0 == 0 ? $1 : "                 " + $1 }
                lines.append("    StandardTransform\nTransform: " + text.joined(separator: "\n"))
            }
            return .str(lines.joined(separator: "\n"))
        }
        return t
    }()

    static func idxType(_ m: PyModule, _ name: String, folder: String, classes: [String], debian: String?) {
        let t = PyType(name: name, bases: [datasetType], module: "torchvision.datasets.mnist")
        t.method("__init__(root, train=True, transform=None, target_transform=None, download=False)", on: PyVisionDataset.self) { interp, d, b in
            let root = try interp.toStringValue(b["root"] ?? .str("."))
            let train = try TorchBridge.bool(b["train"], interp, default: true)
            let prefix = train ? "train" : "t10k"
            let files = ["\(prefix)-images-idx3-ubyte", "\(prefix)-labels-idx1-ubyte"]
            let raw = (root as NSString).expandingTildeInPath + "/\(folder)/raw"
            func locate(_ file: String) -> String? {
                for dir in [raw] + (debian.map { [$0] } ?? []) {
                    for candidate in [file, file + ".gz"] where FileManager.default.fileExists(atPath: dir + "/" + candidate) {
                        return dir + "/" + candidate
                    }
                }
                return nil
            }
            var paths: [String] = []
            for f in files {
                guard let p = locate(f) else {
                    var message = "Dataset not found: \(name) needs '\(f).gz' (or '\(f)') in \(raw)/."
                    if try TorchBridge.bool(b["download"], interp) { message += " Cellgrad works offline and cannot download it;" }
                    message += " Copy the file there"
                    if debian != nil { message += ", or install Debian's dataset-fashion-mnist package (apt install dataset-fashion-mnist), which Cellgrad reads from \(debianFashionMNIST)" }
                    throw PyError(BuiltinTypes.runtimeError, message + ".")
                }
                paths.append(p)
            }
            let images = try TorchBridge.call { try IDXFile.read(paths[0]) }
            let labels = try TorchBridge.call { try IDXFile.read(paths[1]) }.elements(as: Int64.self).map { Int($0) }
            guard images.ndim == 3, images.shape[0] == labels.count else {
                throw PyError(BuiltinTypes.runtimeError, "\(paths[0]) and \(paths[1]) do not match")
            }
            fill(d, images: images, labels: labels, root: root, train: train, b)
            d.setAttribute(Symbol("classes"), .list(classes.map { .str($0) }))
            d.setAttribute(Symbol("data"), TorchBridge.wrap(images, dtype: .uint8))
            d.setAttribute(Symbol("targets"), TorchBridge.wrap(try NDArray(labels.map { Int64($0) }, shape: [labels.count])))
            d.setAttribute(Symbol("transform"), d.transform)
            return .none
        }
        m[name] = .object(t)
    }

    /// The state and attributes every in-memory split shares (MNIST, CIFAR): images, labels,
    /// transforms, `root`, `train`.
    static func fill(_ d: PyVisionDataset, images: NDArray, labels: [Int], root: String, train: Bool, _ b: BoundArguments) {
        d.images = images
        d.labels = labels
        d.transform = b["transform"] ?? .none
        d.targetTransform = b["target_transform"] ?? .none
        d.setAttribute(Symbol("root"), .str(root))
        d.setAttribute(Symbol("train"), .bool(train))
        d.setAttribute(Symbol("_split"), .str(train ? "Train" : "Test"))
    }

    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "ppm", "bmp", "pgm", "tif", "tiff", "webp"]

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = try interp.importModule("torch")
        let m = PyModule(name: "torchvision.datasets")
        idxType(m, "MNIST", folder: "MNIST", classes: digitClasses, debian: nil)
        idxType(m, "FashionMNIST", folder: "FashionMNIST", classes: fashionClasses, debian: debianFashionMNIST)
        let folder = PyType(name: "ImageFolder", bases: [datasetType], module: "torchvision.datasets.folder")
        folder.method("__init__(root, transform=None, target_transform=None, loader=None, is_valid_file=None, allow_empty=False)",
                      on: PyVisionDataset.self) { interp, d, b in
            let root = try interp.toStringValue(b["root"] ?? .str("."))
            let fm = FileManager.default
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
                throw PyError(BuiltinTypes.fileNotFoundError, "[Errno 2] No such file or directory: '\(root)'")
            }
            let classes = try fm.contentsOfDirectory(atPath: root).filter { name in
                var dir: ObjCBool = false
                return fm.fileExists(atPath: root + "/" + name, isDirectory: &dir) && dir.boolValue && !name.hasPrefix(".")
            }.sorted()
            guard !classes.isEmpty else { throw PyError(BuiltinTypes.fileNotFoundError, "Couldn't find any class folder in \(root).") }
            var samples: [(String, Int)] = []
            for (index, cls) in classes.enumerated() {
                let dir = root + "/" + cls
                guard let walker = fm.enumerator(atPath: dir) else { continue }
                var files: [String] = []
                while let f = walker.nextObject() as? String {
                    if imageExtensions.contains((f as NSString).pathExtension.lowercased()) { files.append(f) }
                }
                for f in files.sorted() { samples.append((dir + "/" + f, index)) }
            }
            guard !samples.isEmpty else {
                throw PyError(BuiltinTypes.fileNotFoundError, "Found no valid file for the classes \(classes.joined(separator: ", ")). Supported extensions are: .jpg, .jpeg, .png, .ppm, .bmp, .pgm, .tif, .tiff, .webp")
            }
            d.samples = samples
            d.labels = samples.map(\.1)
            d.transform = b["transform"] ?? .none
            d.targetTransform = b["target_transform"] ?? .none
            d.setAttribute(Symbol("root"), .str(root))
            d.setAttribute(Symbol("classes"), .list(classes.map { .str($0) }))
            let mapping = PyDict()
            for (i, c) in classes.enumerated() { mapping[try interp.hashKey(.str(c))] = .int(i) }
            d.setAttribute(Symbol("class_to_idx"), .object(mapping))
            let list = Value.list(samples.map { .tuple([.str($0.0), .int($0.1)]) })
            d.setAttribute(Symbol("samples"), list)
            d.setAttribute(Symbol("imgs"), list)
            d.setAttribute(Symbol("targets"), .list(samples.map { .int($0.1) }))
            d.setAttribute(Symbol("transform"), d.transform)
            return .none
        }
        m["ImageFolder"] = .object(folder)
        cifarType(m, cifar10)
        cifarType(m, cifar100)
        m.define("ImageNet") { _, _ in
            throw PyError.notImplemented("torchvision.datasets.ImageNet is not available in Cellgrad yet; use FashionMNIST (read from Debian's dataset-fashion-mnist), CIFAR10 or ImageFolder on a folder of PNG/JPEG files")
        }
        return m
    }

    static func makeTorchvision(_ interp: Interpreter) throws -> PyModule {
        // torchvision imports torch, which sets up dtypes, devices and Size as they print.
        _ = try interp.importModule("torch")
        let m = PyModule(name: "torchvision", doc: "Datasets and transforms for vision (torchvision-compatible).")
        m["__version__"] = .str("0.29.2+cellgrad")
        m["datasets"] = .object(try interp.importModule("torchvision.datasets"))
        m["transforms"] = .object(try interp.importModule("torchvision.transforms"))
        return m
    }
}
