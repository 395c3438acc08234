import Foundation
import Language
import NN
import Tensor

/// A `torchvision.transforms` transform: a callable object configured at construction.
final class PyVisionTransform: PyObject {
    var apply: (Interpreter, Value) throws -> Value = { _, v in v }
    var text = ""
}

enum TorchvisionTransforms {
    static func define(_ m: PyModule, _ signature: String, doc: String? = nil, _ configure: @escaping (Interpreter, PyVisionTransform, BoundArguments) throws -> Void) {
        let sig = Signature(signature)
        let t = PyType(name: sig.functionName, bases: [BuiltinTypes.object], module: "torchvision.transforms.transforms",
                       doc: doc.map { signature + "\n\n" + $0 })
        t.allocator = { PyVisionTransform(type: $0) }
        t.method("__init__" + signature.drop { $0 != "(" }, on: PyVisionTransform.self) { interp, x, b in
            try TorchBridge.call { try configure(interp, x, b) }
            return .none
        }
        t.method("__call__(img)", on: PyVisionTransform.self) { interp, x, b in try TorchBridge.call { try x.apply(interp, b["img"] ?? .none) } }
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let x = o as? PyVisionTransform else { throw PyError.type("expected a transform") }
            return .str(x.text.isEmpty ? o.type.name + "()" : x.text)
        }
        m[sig.functionName] = .object(t)
    }

    static func image(_ v: Value) throws -> Image {
        if case .object(let o) = v {
            if let p = o as? PyImage { return p.image }
            if let a = o as? PyNDArray { return try PyImage.from(a.array) }
        }
        throw PyError.type("img should be PIL Image. Got \(v.typeName)")
    }

    /// (height, width) from an int (shorter side) or a pair.
    static func targetSize(_ v: Value, _ interp: Interpreter) throws -> (Int, Int)? {
        if case .object(let o) = v, o is PyTuple || o is PyList {
            let s = try interp.iterateToArray(v).map { try interp.toInt($0) }
            if s.count == 1 { return nil }
            guard s.count == 2 else { throw PyError.value("size should be an int or a sequence of length 1 or 2") }
            return (s[0], s[1])
        }
        return nil
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        // torchvision imports torch, which sets up dtypes, devices and Size as they print.
        _ = try interp.importModule("torch")
        let m = PyModule(name: "torchvision.transforms")
        let compose = Signature("Compose(transforms)")
        define(m, compose.text) { interp, x, b in
            let steps = try interp.iterateToArray(b["transforms"] ?? .none)
            x.apply = { interp, v in try steps.reduce(v) { try interp.call($1, $0) } }
            x.text = "Compose(\n" + (try steps.map { "    " + (try interp.repr($0)) }.joined(separator: "\n")) + "\n)"
        }
        define(m, "ToTensor()", doc: "Converts a PIL image or an (H, W, C) uint8 array into a float (C, H, W) tensor scaled to [0, 1].") { _, x, _ in
            x.text = "ToTensor()"
            x.apply = { _, v in
                if case .object(let o) = v, let a = o as? PyNDArray, a.array.dtype != .uint8 || a.array.ndim < 2 {
                    // Any other HWC array: transposed to CHW, values and dtype kept (torchvision scales only uint8).
                    let hwc = a.array.ndim == 2 ? try a.array.expandDims([2]) : a.array
                    guard hwc.ndim == 3 else { throw PyError.value("pic should be 2/3 dimensional. Got \(a.array.ndim) dimensions.") }
                    return TorchBridge.wrap(try hwc.transpose([2, 0, 1]).copy())
                }
                let img = try image(v)
                let hw = img.width * img.height
                let out = try NDArray.filled([img.channels, img.height, img.width], as: Float.self) { o in
                    for i in 0..<hw { for c in 0..<img.channels { o[c * hw + i] = Float(img.pixels[i * img.channels + c]) / 255 } }
                }
                return TorchBridge.wrap(out)
            }
        }
        define(m, "PILToTensor()", doc: "Converts a PIL image into a uint8 (C, H, W) tensor, without scaling.") { _, x, _ in
            x.apply = { _, v in
                let img = try image(v)
                let hw = img.width * img.height
                let out = try NDArray.filled([img.channels, img.height, img.width], as: UInt8.self) { o in
                    for i in 0..<hw { for c in 0..<img.channels { o[c * hw + i] = img.pixels[i * img.channels + c] } }
                }
                return TorchBridge.wrap(out, dtype: .uint8)
            }
        }
        define(m, "ToPILImage(mode=None)", doc: "Converts a (C, H, W) tensor or an (H, W, C) array into a PIL image.") { _, x, _ in
            x.apply = { _, v in
                let t = try TorchBridge.tensor(v)
                var a = t.data
                if t.dtypeName.isFloatingPoint { a = try NDArray.round(a * NDArray.pythonScalar(255.0), decimals: 0) }
                if a.ndim == 3 { a = try a.transpose([1, 2, 0]) }
                if a.ndim == 3 && a.shape[2] == 1 { a = try a.squeeze([2]) }
                return .object(PyImage(try PyImage.from(a)))
            }
        }
        define(m, "Normalize(mean, std, inplace=False)", doc: "Normalizes each channel of a tensor image: (x - mean[c]) / std[c].") { interp, x, b in
            let mean = try TorchBridge.array(from: b["mean"] ?? .none, dtype: .float32, interp).0
            let std = try TorchBridge.array(from: b["std"] ?? .none, dtype: .float32, interp).0
            x.text = "Normalize(mean=\(try interp.repr(b["mean"] ?? .none)), std=\(try interp.repr(b["std"] ?? .none)))"
            x.apply = { _, v in
                let t = try TorchBridge.tensor(v)
                guard t.dtypeName.isFloatingPoint else { throw PyError.type("Input tensor should be a float tensor. Got \(t.dtypeName.text).") }
                let c = t.data.ndim >= 3 ? t.data.shape[t.data.ndim - 3] : 1
                let shape = [c, 1, 1]
                let m = try mean.reshape(mean.size == 1 ? [1, 1, 1] : shape)
                let s = try std.reshape(std.size == 1 ? [1, 1, 1] : shape)
                return TorchBridge.wrap(try (t.data - m) / s)
            }
        }
        define(m, "Resize(size, interpolation=None, max_size=None, antialias=True)", doc: "Resizes an image so that it has the given size (h, w), or so that its shorter side has length size.") { interp, x, b in
            let sizeValue = b["size"] ?? .int(0)
            let pair = try targetSize(sizeValue, interp)
            var single = 0
            if pair == nil {
                if case .object(let o) = sizeValue, o is PyList || o is PyTuple {
                    single = try interp.toInt(try interp.iterateToArray(sizeValue)[0])
                } else {
                    single = try interp.toInt(sizeValue)
                }
            }
            x.text = "Resize(size=\(try interp.repr(sizeValue)), interpolation=bilinear, max_size=None, antialias=True)"
            func outputSize(height: Int, width: Int) -> (Int, Int) {
                if let pair { return pair }
                return width <= height ? (Int(Double(single) * Double(height) / Double(width)), single)
                                       : (single, Int(Double(single) * Double(width) / Double(height)))
            }
            x.apply = { interp, v in
                if case .object(let o) = v, let t = o as? PyTorchTensor, t.data.ndim >= 2 {
                    let (ih, iw) = (t.data.shape[t.data.ndim - 2], t.data.shape[t.data.ndim - 1])
                    let (h, w) = outputSize(height: ih, width: iw)
                    guard h >= ih && w >= iw else {
                        throw PyError.notImplemented("Resize that shrinks a tensor (antialiased) is not supported in Cellgrad; resize the PIL image before ToTensor()")
                    }
                    var x = t.variable
                    while x.ndim < 4 { x = try x.unsqueeze(0) }
                    let y = try Interpolation.interpolate(x, sizes: [h, w], scales: [nil, nil], mode: .bilinear, alignCorners: false)
                    return TorchBridge.wrap(try y.reshape(Array(t.data.shape.dropLast(2)) + [h, w]), dtype: t.dtypeName)
                }
                let img = try image(v)
                let (h, w) = outputSize(height: img.height, width: img.width)
                guard h > 0, w > 0, h * w <= 1 << 26 else { throw PyError.value("Resize: invalid output size (\(h), \(w))") }
                return .object(PyImage(ImageResampler.bilinear(img, width: w, height: h)))
            }
        }
        define(m, "CenterCrop(size)", doc: "Crops the centre of an image to the given size.") { interp, x, b in
            let v = b["size"] ?? .int(0)
            let (th, tw) = try targetSize(v, interp) ?? { let n = try interp.toInt(v); return (n, n) }()
            x.text = "CenterCrop(size=(\(th), \(tw)))"
            x.apply = { _, v in
                if case .object(let o) = v, let t = o as? PyTorchTensor, t.data.ndim >= 2 {
                    let (ih, iw) = (t.data.shape[t.data.ndim - 2], t.data.shape[t.data.ndim - 1])
                    guard ih >= th && iw >= tw else { throw PyError.notImplemented("CenterCrop larger than the tensor (padding) is not supported in Cellgrad") }
                    let top = Int((Double(ih - th) / 2).rounded(.toNearestOrEven)), left = Int((Double(iw - tw) / 2).rounded(.toNearestOrEven))
                    let items = [IndexItem](repeating: .all, count: t.data.ndim - 2)
                        + [.slice(start: top, stop: top + th, step: 1), .slice(start: left, stop: left + tw, step: 1)]
                    return TorchBridge.wrap(try t.variable.index(items), dtype: t.dtypeName)
                }
                let img = try image(v)
                let top = Int((Double(img.height - th) / 2).rounded(.toNearestOrEven)), left = Int((Double(img.width - tw) / 2).rounded(.toNearestOrEven))
                return .object(PyImage(img.cropped(left: left, top: top, width: tw, height: th)))
            }
        }
        define(m, "RandomCrop(size, padding=None, pad_if_needed=False, fill=0, padding_mode='constant')", doc: "Crops an image of the given size at a random position, after optional padding.") { interp, x, b in
            let v = b["size"] ?? .int(0)
            let (th, tw) = try targetSize(v, interp) ?? { let n = try interp.toInt(v); return (n, n) }()
            let padding = try b.optional("padding").map { try interp.toInt($0) } ?? 0
            x.apply = { _, v in
                var img = try image(v)
                if padding > 0 { img = img.cropped(left: -padding, top: -padding, width: img.width + 2 * padding, height: img.height + 2 * padding) }
                guard img.height >= th && img.width >= tw else {
                    throw PyError.value("Required crop size (\(th), \(tw)) is larger than input image size (\(img.height), \(img.width))")
                }
                let i = Int(try DefaultGenerator.shared.integers([1], from: 0, to: Int64(img.height - th + 1)).item().asDouble)
                let j = Int(try DefaultGenerator.shared.integers([1], from: 0, to: Int64(img.width - tw + 1)).item().asDouble)
                return .object(PyImage(img.cropped(left: j, top: i, width: tw, height: th)))
            }
        }
        define(m, "RandomHorizontalFlip(p=0.5)", doc: "Flips an image left to right with probability p.") { interp, x, b in
            let p = try TorchBridge.double(b["p"], interp) ?? 0.5
            x.text = "RandomHorizontalFlip(p=\(Formatter.repr(.float(p))))"
            x.apply = { _, v in
                let draw = try DefaultGenerator.shared.uniform([1]).item().asDouble
                guard draw < p else { return v }
                if case .object(let o) = v, let t = o as? PyTorchTensor { return TorchBridge.wrap(try t.data.flip([t.data.ndim - 1])) }
                return .object(PyImage(try image(v).flippedHorizontally()))
            }
        }
        define(m, "Grayscale(num_output_channels=1)", doc: "Converts an image to grayscale with num_output_channels channels (1 or 3).") { interp, x, b in
            let n = try b.optional("num_output_channels").map { try interp.toInt($0) } ?? 1
            x.text = "Grayscale(num_output_channels=\(n))"
            x.apply = { _, v in .object(PyImage(try image(v).converted(toChannels: 1).converted(toChannels: n))) }
        }
        define(m, "Lambda(lambd)", doc: "Applies a user function as a transform.") { _, x, b in
            let f = b["lambd"] ?? .none
            x.apply = { interp, v in try interp.call(f, v) }
        }
        m.document(TorchDocs.transforms)
        return m
    }
}
