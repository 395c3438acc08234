import Language
import NN
import Tensor

/// A picture as torchvision hands it to transforms: shown as a PIL image
/// (`<PIL.Image.Image image mode=RGB size=28x28>`), with `size`, `mode`, `convert`, `resize` and
/// `save`; a notebook shows it as the picture.
final class PyImage: PyObject {
    var image: Image

    init(_ image: Image) {
        self.image = image
        super.init(type: PyImage.type)
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Image", bases: [BuiltinTypes.object], module: "PIL.Image",
                       doc: "A decoded picture (8-bit samples), as PIL.Image.Image.")
        t.define("__repr__") { _, args in
            guard case .object(let o) = args.receiver, let p = o as? PyImage else { throw PyError.type("expected an Image") }
            return .str("<PIL.Image.Image image mode=\(p.image.mode) size=\(p.image.width)x\(p.image.height)>")
        }
        t.getter("size", on: PyImage.self) { _, p in .tuple([.int(p.image.width), .int(p.image.height)]) }
        t.getter("width", on: PyImage.self) { _, p in .int(p.image.width) }
        t.getter("height", on: PyImage.self) { _, p in .int(p.image.height) }
        t.getter("mode", on: PyImage.self) { _, p in .str(p.image.mode) }
        t.method("__array__(dtype=None, copy=None)", on: PyImage.self) { _, p, _ in NumPyBridge.wrap(try p.array) }
        t.method("getpixel(xy)", on: PyImage.self) { interp, p, b in
            let xy = try interp.iterateToArray(b["xy"] ?? .none).map { try interp.toInt($0) }
            guard xy.count == 2, (0..<p.image.width).contains(xy[0]), (0..<p.image.height).contains(xy[1]) else {
                throw PyError.index("image index out of range")
            }
            let start = (xy[1] * p.image.width + xy[0]) * p.image.channels
            let samples = p.image.pixels[start..<(start + p.image.channels)].map { Value.int(Int($0)) }
            return samples.count == 1 ? samples[0] : .tuple(samples)
        }
        t.method("save(fp, format=None)", on: PyImage.self) { interp, p, b in
            let file = try KerasImageUtils.path(b["fp"] ?? .none, interp)
            let named = try b.optional("format").map { try interp.toStringValue($0).uppercased() }
            guard let format = ImageFile.format(named: named, path: file) else {
                throw PyError.value(named.map { "Cellgrad writes PNG and JPEG, not \($0)" } ?? "unknown file extension: \(Formatter.stringRepr(file))")
            }
            do { try ImageFile.write(p.image, to: file, format: format) } catch let e as ImageFile.Failure { throw PyError(BuiltinTypes.osError, e.description) }
            return .none
        }
        t.method("_repr_png_()", on: PyImage.self) { _, p, _ in
            do { return .object(PyBytes(try ImageFile.pngBytes(p.image))) } catch let e as ImageFile.Failure { throw PyError(BuiltinTypes.osError, e.description) }
        }
        t.method("convert(mode=None)", on: PyImage.self) { interp, p, b in
            let mode = try b.optional("mode").map { try interp.toStringValue($0) } ?? p.image.mode
            let channels = ["L": 1, "RGB": 3, "RGBA": 4][mode]
            guard let channels else { throw PyError.value("conversion to mode '\(mode)' is not supported in Cellgrad (use 'L', 'RGB' or 'RGBA')") }
            return .object(PyImage(p.image.converted(toChannels: channels)))
        }
        t.method("resize(size, resample=None, box=None, reducing_gap=None)", on: PyImage.self) { interp, p, b in
            let size = try interp.iterateToArray(b["size"] ?? .none).map { try interp.toInt($0) }
            guard size.count == 2, size[0] > 0, size[1] > 0, size[0] * size[1] <= 1 << 26 else { throw PyError.value("resize expects a (width, height) of positive sizes") }
            if let box = b.optional("box"), !box.isNone { throw PyError.notImplemented("Image.resize(box=...) is not supported in Cellgrad; crop() first") }
            // Pillow's default for L, RGB and RGBA pictures is BICUBIC.
            let code = try b.optional("resample").flatMap { $0.isNone ? nil : try interp.toInt($0) } ?? 3
            if code == 6 || code == 7 {
                throw PyError.notImplemented("Image.Resampling.\(code == 6 ? "MKS2013" : "MKS2021") is not supported in Cellgrad; use BICUBIC (3) or LANCZOS (1)")
            }
            guard let filter = resamplingFilters[code] else {
                throw PyError.value("Unknown resampling filter (\(code)). Use Image.Resampling.NEAREST (0), Image.Resampling.LANCZOS (1), Image.Resampling.BILINEAR (2), Image.Resampling.BICUBIC (3), Image.Resampling.BOX (4), Image.Resampling.HAMMING (5), Image.Resampling.MKS2013 (6) or Image.Resampling.MKS2021 (7)")
            }
            return .object(PyImage(resized(p.image, width: size[0], height: size[1], filter: filter)))
        }
        return t
    }()

    /// PIL's resampling codes (`Image.Resampling.NEAREST` is 0…) and their filters; nil is NEAREST.
    static let resamplingFilters: [Int: ImageResampler.Filter?] = [0: nil, 1: .lanczos, 2: .bilinear, 3: .bicubic, 4: .box, 5: .hamming]

    /// Keras's and PIL's filter names (`interpolation='bicubic'`); nil is nearest.
    static let namedFilters: [String: ImageResampler.Filter?] = ["nearest": nil, "bilinear": .bilinear, "bicubic": .bicubic,
                                                                 "hamming": .hamming, "box": .box, "lanczos": .lanczos]

    static func resized(_ image: Image, width: Int, height: Int, filter: ImageResampler.Filter?,
                        box: (left: Int, top: Int, width: Int, height: Int)? = nil) -> Image {
        guard let filter else { return ImageResampler.nearest(image, width: width, height: height, box: box) }
        return ImageResampler.resample(image, width: width, height: height, filter: filter, box: box)
    }

    /// The picture as a uint8 (H, W[, C]) array, as `np.array(image)` gives it.
    var array: NDArray {
        get throws {
            let shape = image.channels == 1 ? [image.height, image.width] : [image.height, image.width, image.channels]
            return try NDArray(image.pixels, shape: shape)
        }
    }

    /// A picture from a (H, W) or (H, W, C) array of 0–255 values.
    static func from(_ a: NDArray) throws -> Image {
        guard a.ndim == 2 || (a.ndim == 3 && [1, 3, 4].contains(a.shape[2])) else {
            throw PyError.type("Cannot handle this data type: an image needs shape (H, W) or (H, W, C), got \(a.shape)")
        }
        let values = try a.astype(.int64).contiguous().elements(as: Int64.self)
        return Image(width: a.shape[1], height: a.shape[0], channels: a.ndim == 2 ? 1 : a.shape[2],
                     pixels: values.map { UInt8(max(0, min(255, $0))) })
    }
}
