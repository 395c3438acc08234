import Foundation
import Language
import NN
import Tensor

/// `keras.utils.load_img`, `img_to_array`, `array_to_img` and `save_img` (also under
/// `keras.preprocessing.image`): a picture file to a PIL-style image and on to a float array,
/// and back, as Keras does it over PIL (PIL's resampling filters, nearest by default; channels last).
enum KerasImageUtils {
    static let loadSignature = "load_img(path, color_mode='rgb', target_size=None, interpolation='nearest', keep_aspect_ratio=False)"
    static let toArraySignature = "img_to_array(img, data_format=None, dtype=None)"
    static let toImageSignature = "array_to_img(x, data_format=None, scale=True, dtype=None)"
    static let saveSignature = "save_img(path, x, data_format=None, file_format=None, scale=True, **kwargs)"

    static func define(in m: PyModule) {
        KerasUtils.function(m, loadSignature, load)
        KerasUtils.function(m, toArraySignature, toArray)
        KerasUtils.function(m, toImageSignature) { interp, b in
            .object(PyImage(try image(b["x"] ?? .none, interp, channelsFirst: try channelsFirst(b, interp),
                                      scale: try interp.isTruthy(b["scale"] ?? .bool(true)))))
        }
        KerasUtils.function(m, saveSignature, save)
        m.document([
            "load_img": loadSignature + "\n\nLoads a PNG or JPEG file as a PIL image: color_mode 'grayscale', 'rgb' or 'rgba'; target_size=(height, width) resizes with interpolation 'nearest', 'bilinear', 'bicubic', 'hamming', 'box' or 'lanczos' (PIL's filters).",
            "img_to_array": toArraySignature + "\n\nA PIL image as a float32 array of shape (height, width, channels) (channels first with data_format='channels_first').",
            "array_to_img": toImageSignature + "\n\nA 3-D array as a PIL image; with scale=True its values are first stretched to 0–255.",
            "save_img": saveSignature + "\n\nSaves a 3-D array as a PNG or JPEG file (chosen by file_format or the file's extension).",
        ])
    }

    static func path(_ v: Value, _ interp: Interpreter) throws -> String {
        if let s = try PathArgument.string(v, interp) { return s }
        throw PyError.type("path should be path-like or io.BytesIO, not \(v.typeName)")
    }

    static func channelsFirst(_ b: BoundArguments, _ interp: Interpreter) throws -> Bool {
        let format = try b.optional("data_format").map { try interp.toStringValue($0) } ?? "channels_last"
        guard format == "channels_last" || format == "channels_first" else {
            throw PyError.value("Invalid data_format: \(format)")
        }
        return format == "channels_first"
    }

    static func load(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let file = try path(b["path"] ?? .none, interp)
        guard FileManager.default.fileExists(atPath: file) else { throw PyError.system(ENOENT, path: file) }
        var img: Image
        do { img = try ImageFile.read(file) } catch let e as ImageFile.Failure { throw PyError(BuiltinTypes.osError, e.description) }
        let mode = try interp.toStringValue(b["color_mode"] ?? .str("rgb"))
        switch mode {
        case "grayscale": img = img.converted(toChannels: 1)
        case "rgb": img = img.converted(toChannels: 3)
        case "rgba": img = img.converted(toChannels: 4)
        default: throw PyError.value("color_mode must be \"grayscale\", \"rgb\", or \"rgba\"")
        }
        guard let size = b.optional("target_size"), !size.isNone else { return .object(PyImage(img)) }
        let hw = try interp.iterateToArray(size).map { try interp.toInt($0) }
        guard hw.count == 2, hw[0] > 0, hw[1] > 0, hw[0] * hw[1] <= 1 << 28 else {
            throw PyError.value("target_size must be (height, width) of positive sizes")
        }
        let (height, width) = (hw[0], hw[1])
        if width == img.width && height == img.height { return .object(PyImage(img)) }
        let interpolation = try interp.toStringValue(b["interpolation"] ?? .str("nearest"))
        let keepAspect = try interp.isTruthy(b["keep_aspect_ratio"] ?? .bool(false))
        guard let filter = PyImage.namedFilters[interpolation] else {
            throw PyError.value("Invalid interpolation method \(interpolation) specified. Supported methods are nearest, bilinear, bicubic, hamming, box, lanczos")
        }
        return .object(PyImage(PyImage.resized(img, width: width, height: height, filter: filter, box: keepAspect ? cropBox(img, width, height) : nil)))
    }

    /// Keras's centred crop to the target's aspect ratio (keep_aspect_ratio=True).
    static func cropBox(_ img: Image, _ width: Int, _ height: Int) -> (left: Int, top: Int, width: Int, height: Int) {
        let cropHeight = min(img.height, img.width * height / width)
        let cropWidth = min(img.width, img.height * width / height)
        return ((img.width - cropWidth) / 2, (img.height - cropHeight) / 2, cropWidth, cropHeight)
    }

    static func toArray(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let x = b["img"] ?? .none
        var a: NDArray
        if let p = x.asObject as? PyImage {
            a = try p.array.astype(.float32)
            if p.image.channels == 1 { a = try a.reshape([p.image.height, p.image.width, 1]) }
        } else {
            a = try KerasData.array(x, interp, what: "img").astype(.float32)
            if a.ndim == 2 { a = try a.reshape(a.shape + [1]) }
            guard a.ndim == 3 else { throw PyError.value("Unsupported image shape: \(KerasShape.text(a.shape.map { $0 }))") }
        }
        if let storage = try NumPyBridge.dtype(b.optional("dtype")) { a = try a.astype(storage) }
        return NumPyBridge.wrapArray(try channelsFirst(b, interp) ? a.transpose([2, 0, 1]).contiguous() : a)
    }

    /// Keras's array_to_img: channels last, stretched to 0–255 when `scale`, then cut to 8 bits
/// as NumPy's `astype('uint8')` cuts (towards zero, then modulo 256: -100 becomes 156).
    static func image(_ x: Value, _ interp: Interpreter, channelsFirst: Bool, scale: Bool) throws -> Image {
        var a = try KerasData.array(x, interp, what: "x").astype(.float64)
        guard a.ndim == 3 else {
            throw PyError.value("Expected image array to have rank 3 (single image). Got array with shape: \(KerasShape.text(a.shape.map { $0 }))")
        }
        if channelsFirst { a = try a.transpose([1, 2, 0]).contiguous() }
        var values = try a.contiguous().elements(as: Double.self)
        if scale, let low = values.min() {
            values = values.map { $0 - low }
            let high = values.max() ?? 0
            values = values.map { (high != 0 ? $0 / high : $0) * 255 }
        }
        let channels = a.shape[2]
        guard [1, 3, 4].contains(channels) else { throw PyError.value("Unsupported channel number: \(channels)") }
        if channels == 1, (values.max() ?? 0) > 255 {
            throw PyError.notImplemented("array_to_img of a one-channel array above 255 (PIL mode 'I') is not supported in Cellgrad")
        }
        return Image(width: a.shape[1], height: a.shape[0], channels: channels,
                     pixels: values.map { UInt8(truncatingIfNeeded: Int32(clamping: Int(exactly: $0.rounded(.towardZero)) ?? 0)) })
    }

    static func save(_ interp: Interpreter, _ b: BoundArguments) throws -> Value {
        let file = try path(b["path"] ?? .none, interp)
        var img = try image(b["x"] ?? .none, interp, channelsFirst: try channelsFirst(b, interp),
                            scale: try interp.isTruthy(b["scale"] ?? .bool(true)))
        let named = try b.optional("file_format").map { try interp.toStringValue($0) }
        guard let format = ImageFile.format(named: named, path: file) else {
            throw PyError.value(named.map { "unknown file format '\($0)': Cellgrad writes PNG and JPEG" } ?? "unknown file extension: \(Formatter.stringRepr(file))")
        }
        // Keras drops the alpha channel before writing a JPEG, with a warning.
        if format == .jpeg && img.channels == 4 {
            _ = try interp.callMethod(.object(try interp.importModule("warnings")), Symbol("warn"),
                                      Arguments([.str("The JPG format does not support RGBA images, converting to RGB.")]))
            img = img.converted(toChannels: 3)
        }
        do { try ImageFile.write(img, to: file, format: format) } catch let e as ImageFile.Failure { throw PyError(BuiltinTypes.osError, e.description) }
        return .none
    }
}
