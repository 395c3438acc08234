/// A small PNG reader for tests and reference images: 8-bit gray, gray+alpha, RGB or RGBA,
/// non-interlaced. It checks every chunk CRC and returns straight-alpha RGBA.
public enum PNGDecoder {
    public struct Image: Sendable {
        public var width: Int
        public var height: Int
        /// Straight RGBA bytes, row-major, top row first.
        public var rgba: [UInt8]
    }

    public static func decode(_ bytes: [UInt8]) throws -> Image {
        guard bytes.count > 8, Array(bytes[0..<8]) == PNGEncoder.signature else {
            throw PlotError.unsupported("not a PNG file (bad signature)")
        }
        var pos = 8
        var width = 0, height = 0, colorType = -1
        var idat: [UInt8] = []
        func be(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
        while pos + 12 <= bytes.count {
            let len = be(pos)
            guard len >= 0, pos + 12 + len <= bytes.count else { throw PlotError.unsupported("truncated PNG chunk") }
            let type = String(decoding: bytes[(pos + 4)..<(pos + 8)], as: UTF8.self)
            let data = Array(bytes[(pos + 8)..<(pos + 8 + len)])
            let crc = UInt32(be(pos + 8 + len))
            guard Zlib.crc32(bytes[(pos + 4)..<(pos + 8 + len)]) == crc else {
                throw PlotError.unsupported("bad CRC in PNG chunk \(type)")
            }
            switch type {
            case "IHDR":
                guard len == 13 else { throw PlotError.unsupported("bad IHDR") }
                width = be(pos + 8); height = be(pos + 12)
                guard data[8] == 8, data[12] == 0 else { throw PlotError.unsupported("only 8-bit non-interlaced PNG is supported") }
                colorType = Int(data[9])
            case "IDAT": idat += data
            default: break
            }
            pos += 12 + len
            if type == "IEND" { break }
        }
        let channels: Int
        switch colorType {
        case 0: channels = 1
        case 2: channels = 3
        case 4: channels = 2
        case 6: channels = 4
        default: throw PlotError.unsupported("unsupported PNG colour type \(colorType)")
        }
        guard width > 0, height > 0, width * height <= Canvas.maxPixels else { throw PlotError.unsupported("bad PNG size") }
        let rowBytes = width * channels
        var raw = try Zlib.inflate(idat, expectedSize: (rowBytes + 1) * height)
        guard raw.count == (rowBytes + 1) * height else { throw PlotError.unsupported("PNG data too short") }
        for y in 0..<height {
            let start = y * (rowBytes + 1)
            guard let f = PNGFilter(rawValue: raw[start]) else { throw PlotError.unsupported("bad PNG filter \(raw[start])") }
            PNGFilter.undo(f, row: &raw, start: start + 1, count: rowBytes, prior: y > 0 ? start + 1 - (rowBytes + 1) : nil, bpp: channels)
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let s = y * (rowBytes + 1) + 1 + x * channels
                let d = (y * width + x) * 4
                switch channels {
                case 1: rgba[d] = raw[s]; rgba[d + 1] = raw[s]; rgba[d + 2] = raw[s]
                case 2: rgba[d] = raw[s]; rgba[d + 1] = raw[s]; rgba[d + 2] = raw[s]; rgba[d + 3] = raw[s + 1]
                case 3: rgba[d] = raw[s]; rgba[d + 1] = raw[s + 1]; rgba[d + 2] = raw[s + 2]
                default: rgba[d] = raw[s]; rgba[d + 1] = raw[s + 1]; rgba[d + 2] = raw[s + 2]; rgba[d + 3] = raw[s + 3]
                }
            }
        }
        return Image(width: width, height: height, rgba: rgba)
    }
}
