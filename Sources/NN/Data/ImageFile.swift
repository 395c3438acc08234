import CPNG
import CTurboJPEG
import Foundation

/// Reads and writes PNG (libpng's simplified API) and JPEG (libjpeg-turbo) files as ``Image``s.
public enum ImageFile {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        case unwritable(String, String)
        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "cannot identify image file '\(path)': \(why)"
            case .unwritable(let path, let why): return "cannot write image file '\(path)': \(why)"
            }
        }
    }

    public static func read(_ path: String) throws -> Image {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path, "no such file") }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return try png(bytes, path: path) }
        if bytes.starts(with: [0xFF, 0xD8]) { return try jpeg(bytes, path: path) }
        throw Failure.unreadable(path, "only PNG and JPEG files are supported")
    }

    static func png(_ bytes: [UInt8], path: String) throws -> Image {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let ok = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw Failure.unreadable(path, "not a valid PNG") }
        defer { png_image_free(&image) }
        let colour = image.format & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let alpha = image.format & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        // 8-bit samples: grey, grey+alpha, RGB or RGBA, from the flag bits.
        image.format = (colour ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0) | (alpha ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0)
        let channels = (colour ? 3 : 1) + (alpha ? 1 : 0)
        let width = Int(image.width), height = Int(image.height)
        guard width > 0, height > 0, width * height <= 1 << 28 else { throw Failure.unreadable(path, "image too large") }
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        let done = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard done != 0 else { throw Failure.unreadable(path, "damaged PNG data") }
        return Image(width: width, height: height, channels: channels, pixels: pixels)
    }

    static func jpeg(_ bytes: [UInt8], path: String) throws -> Image {
        guard let handle = tjInitDecompress() else { throw Failure.unreadable(path, "libjpeg-turbo could not start") }
        defer { tjDestroy(handle) }
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
        var input = bytes
        let header = input.withUnsafeMutableBufferPointer {
            tjDecompressHeader3(handle, $0.baseAddress, UInt(bytes.count), &width, &height, &subsampling, &colourspace)
        }
        guard header == 0, width > 0, height > 0, Int(width) * Int(height) <= 1 << 28 else { throw Failure.unreadable(path, "not a valid JPEG") }
        let grey = colourspace == Int32(TJCS_GRAY.rawValue)
        let channels = grey ? 1 : 3
        var pixels = [UInt8](repeating: 0, count: Int(width) * Int(height) * channels)
        let format = grey ? Int32(TJPF_GRAY.rawValue) : Int32(TJPF_RGB.rawValue)
        let status = input.withUnsafeMutableBufferPointer { src in
            pixels.withUnsafeMutableBufferPointer { dst in
                tjDecompress2(handle, src.baseAddress, UInt(bytes.count), dst.baseAddress, width, 0, height, format, 0)
            }
        }
        guard status == 0 else { throw Failure.unreadable(path, "damaged JPEG data") }
        return Image(width: Int(width), height: Int(height), channels: channels, pixels: pixels)
    }

    /// The file formats `write` knows, named as PIL names them.
    public enum Format: String { case png = "PNG", jpeg = "JPEG" }

    /// The format a caller named (`'png'`, `'JPG'`…), else the one the file name's extension
    /// gives; nil for one `write` does not know.
    public static func format(named name: String?, path: String) -> Format? {
        guard let name = name?.uppercased() else { return format(forPath: path) }
        return Format(rawValue: name == "JPG" ? "JPEG" : name)
    }

    /// PIL's format for a file name's extension (`.png`, `.jpg`, `.jpeg`), or nil.
    public static func format(forPath path: String) -> Format? {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "png": return .png
        case "jpg", "jpeg", "jpe", "jfif": return .jpeg
        default: return nil
        }
    }

    /// Writes `image` as PNG, or as JPEG at PIL's defaults (quality 75, 4:2:0 chroma).
    public static func write(_ image: Image, to path: String, format: Format) throws {
        switch format {
        case .png: try writePNG(image, to: path)
        case .jpeg: try writeJPEG(image, to: path)
        }
    }

    static func writePNG(_ image: Image, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(try pngBytes(image))) else {
            throw Failure.unwritable(path, "the file could not be created")
        }
    }

    /// The picture encoded as a PNG file's bytes (what a notebook shows for it).
    public static func pngBytes(_ image: Image) throws -> [UInt8] {
        guard [1, 2, 3, 4].contains(image.channels) else { throw Failure.unwritable("<memory>", "cannot write mode \(image.mode) as PNG") }
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = (image.channels >= 3 ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0) | (image.channels % 2 == 0 ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0)
        defer { png_image_free(&png) }
        var size: png_alloc_size_t = 0
        // The first call measures, the second writes.
        let measured = image.pixels.withUnsafeBytes { png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, 0, nil) }
        guard measured != 0, size > 0 else { throw Failure.unwritable("<memory>", "libpng could not encode it") }
        var out = [UInt8](repeating: 0, count: Int(size))
        let written = out.withUnsafeMutableBytes { dst in
            image.pixels.withUnsafeBytes { png_image_write_to_memory(&png, dst.baseAddress, &size, 0, $0.baseAddress, 0, nil) }
        }
        guard written != 0 else { throw Failure.unwritable("<memory>", "libpng could not encode it") }
        return Array(out.prefix(Int(size)))
    }

    static func writeJPEG(_ image: Image, to path: String) throws {
        guard image.channels == 1 || image.channels == 3 else { throw Failure.unwritable(path, "cannot write mode \(image.mode) as JPEG") }
        guard let handle = tjInitCompress() else { throw Failure.unwritable(path, "libjpeg-turbo could not start") }
        defer { tjDestroy(handle) }
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let grey = image.channels == 1
        let status = image.pixels.withUnsafeBufferPointer {
            tjCompress2(handle, $0.baseAddress, Int32(image.width), 0, Int32(image.height),
                        grey ? Int32(TJPF_GRAY.rawValue) : Int32(TJPF_RGB.rawValue), &output, &size,
                        grey ? Int32(TJSAMP_GRAY.rawValue) : Int32(TJSAMP_420.rawValue), 75, 0)
        }
        defer { tjFree(output) }
        guard status == 0, let output else { throw Failure.unwritable(path, "libjpeg-turbo could not compress") }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes: output, count: Int(size))) else {
            throw Failure.unwritable(path, "the file could not be created")
        }
    }
}
