import Foundation
import Language
import NN
import Tensor

/// `torchvision.datasets.CIFAR10` and `CIFAR100`: the python-pickle batches of the official
/// archives (`cifar-10-batches-py/data_batch_1`…, `cifar-100-python/train`), read through the
/// stdlib's pickle as torchvision reads them, with torchvision's attributes: `data` an
/// (N, 32, 32, 3) uint8 ndarray,
/// `targets` a list of ints, `classes`, `class_to_idx`.
extension TorchvisionDatasets {
    struct CIFARLayout {
        let name: String
        let folder: String
        let archive: String
        let trainFiles: [String]
        let testFiles: [String]
        let metaFile: String
        let labelsKey: String
        let namesKey: String
    }

    static let cifar10 = CIFARLayout(name: "CIFAR10", folder: "cifar-10-batches-py", archive: "cifar-10-python.tar.gz",
                                     trainFiles: (1...5).map { "data_batch_\($0)" }, testFiles: ["test_batch"],
                                     metaFile: "batches.meta", labelsKey: "labels", namesKey: "label_names")
    static let cifar100 = CIFARLayout(name: "CIFAR100", folder: "cifar-100-python", archive: "cifar-100-python.tar.gz",
                                      trainFiles: ["train"], testFiles: ["test"],
                                      metaFile: "meta", labelsKey: "fine_labels", namesKey: "fine_label_names")

    static func cifarType(_ m: PyModule, _ layout: CIFARLayout) {
        let t = PyType(name: layout.name, bases: [datasetType], module: "torchvision.datasets.cifar")
        t.method("__init__(root, train=True, transform=None, target_transform=None, download=False)", on: PyVisionDataset.self) { interp, d, b in
            let root = try interp.toStringValue(b["root"] ?? .str("."))
            let train = try TorchBridge.bool(b["train"], interp, default: true)
            let dir = (root as NSString).expandingTildeInPath + "/" + layout.folder
            for file in (train ? layout.trainFiles : layout.testFiles) + [layout.metaFile]
            where !FileManager.default.fileExists(atPath: dir + "/" + file) {
                var message = "Dataset not found: \(layout.name) needs '\(file)' in \(dir)/."
                if try TorchBridge.bool(b["download"], interp) { message += " Cellgrad works offline and cannot download it;" }
                message += " Extract \(layout.archive) from https://www.cs.toronto.edu/~kriz/cifar.html into \(root)/ (it unpacks to \(layout.folder)/)."
                throw PyError(BuiltinTypes.runtimeError, message)
            }
            var batches: [NDArray] = []
            var labels: [Int] = []
            for file in train ? layout.trainFiles : layout.testFiles {
                let entry = try unpickle(interp, dir + "/" + file)
                let data = try NumPyBridge.array(try interp.getItem(entry, .str("data")))
                guard data.ndim == 2, data.shape[1] == 3 * 32 * 32 else {
                    throw PyError(BuiltinTypes.runtimeError, "\(dir)/\(file): 'data' has shape \(data.shape), expected (N, 3072)")
                }
                batches.append(data)
                labels += try interp.iterateToArray(try interp.getItem(entry, .str(layout.labelsKey))).map { try interp.toInt($0) }
            }
            // Stored as (N, 3, 32, 32) planes; torchvision keeps HWC images.
            let data = try TorchBridge.call {
                try NDArray.concatenate(batches, axis: 0).reshape([-1, 3, 32, 32]).transpose([0, 2, 3, 1]).copy()
            }
            guard data.shape[0] == labels.count else {
                throw PyError(BuiltinTypes.runtimeError, "\(dir): \(data.shape[0]) images but \(labels.count) labels")
            }
            let meta = try unpickle(interp, dir + "/" + layout.metaFile)
            let classes = try interp.iterateToArray(try interp.getItem(meta, .str(layout.namesKey)))
            fill(d, images: data, labels: labels, root: root, train: train, b)
            d.setAttribute(Symbol("base_folder"), .str(layout.folder))
            d.setAttribute(Symbol("data"), NumPyBridge.wrap(data))
            d.setAttribute(Symbol("targets"), .list(labels.map { .int($0) }))
            d.setAttribute(Symbol("classes"), .list(classes))
            let mapping = PyDict()
            for (i, c) in classes.enumerated() { mapping[try interp.hashKey(c)] = .int(i) }
            d.setAttribute(Symbol("class_to_idx"), .object(mapping))
            d.setAttribute(Symbol("transform"), d.transform)
            d.setAttribute(Symbol("target_transform"), d.targetTransform)
            return .none
        }
        m[layout.name] = .object(t)
    }

    /// `pickle.load(f, encoding="latin1")`, as torchvision opens the batches.
    static func unpickle(_ interp: Interpreter, _ path: String) throws -> Value {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw PyError(BuiltinTypes.osError, "[Errno 5] Cannot read '\(path)'")
        }
        let loads = try interp.getAttribute(.object(try interp.importModule("pickle")), Symbol("loads"))
        return try interp.call(loads, Arguments([.object(PyBytes([UInt8](bytes)))], keywords: [(Symbol("encoding"), .str("latin1"))]))
    }
}
