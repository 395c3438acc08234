import CPNG
import CTurboJPEG
import Foundation

/// Reads PNG (libpng's simplified API) and JPEG (libjpeg-turbo) files into ``Image``s.
public enum ImageFile {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "cannot identify image file '\(path)': \(why)"
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
}
