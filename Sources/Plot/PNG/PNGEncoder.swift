/// Writes 8-bit RGBA PNG files to memory.
///
/// Each row gets the filter whose output has the smallest sum of absolute (signed) bytes — the
/// "minimum sum of absolute differences" heuristic of libpng — then the whole filtered image is
/// deflated with zlib and split into IHDR, IDAT, IEND chunks with their CRCs.
///
/// ```swift
/// let bytes = try PNGEncoder.encode(rgba: pixels, width: 2, height: 1)
/// ```
public enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Encodes straight-alpha RGBA bytes (`width * height * 4`, top row first).
    /// - Parameter filters: the filters to try for each row (all five by default).
    public static func encode(rgba: [UInt8], width: Int, height: Int, level: Int = 6,
                              filters: [PNGFilter] = PNGFilter.allCases) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw PlotError.invalidArgument("PNG size must be positive, got \(width)x\(height)") }
        guard width < 1 << 24, height < 1 << 24, rgba.count == width * height * 4 else {
            throw PlotError.shapeMismatch("PNG of \(width)x\(height) needs \(width * height * 4) bytes, got \(rgba.count)")
        }
        let choices = filters.isEmpty ? [PNGFilter.none] : filters
        let rowBytes = width * 4
        var filtered = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var trial = [UInt8](repeating: 0, count: rowBytes)
        rgba.withUnsafeBufferPointer { src in
            filtered.withUnsafeMutableBufferPointer { dst in
                trial.withUnsafeMutableBufferPointer { tr in
                    for y in 0..<height {
                        let row = UnsafeBufferPointer(rebasing: src[(y * rowBytes)..<((y + 1) * rowBytes)])
                        let prior = y > 0 ? UnsafeBufferPointer(rebasing: src[((y - 1) * rowBytes)..<(y * rowBytes)]) : nil
                        let outStart = y * (rowBytes + 1)
                        var best = PNGFilter.none
                        var bestScore = Int.max
                        for f in choices {
                            PNGFilter.apply(f, row: row, prior: prior, bpp: 4, out: tr)
                            var score = 0
                            for v in tr { score += v < 128 ? Int(v) : 256 - Int(v) }
                            if score < bestScore { bestScore = score; best = f }
                        }
                        dst[outStart] = best.rawValue
                        let body = UnsafeMutableBufferPointer(rebasing: dst[(outStart + 1)..<(outStart + 1 + rowBytes)])
                        PNGFilter.apply(best, row: row, prior: prior, bpp: 4, out: body)
                    }
                }
            }
        }
        let compressed = try Zlib.deflate(filtered, level: level)
        var out = signature
        var ihdr: [UInt8] = []
        appendBE(&ihdr, UInt32(width)); appendBE(&ihdr, UInt32(height))
        ihdr += [8, 6, 0, 0, 0]  // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
        appendChunk(&out, "IHDR", ihdr)
        appendChunk(&out, "IDAT", compressed)
        appendChunk(&out, "IEND", [])
        return out
    }

    static func appendBE(_ out: inout [UInt8], _ v: UInt32) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }

    static func appendChunk(_ out: inout [UInt8], _ type: String, _ data: [UInt8]) {
        appendBE(&out, UInt32(data.count))
        let start = out.count
        out += Array(type.utf8)
        out += data
        appendBE(&out, Zlib.crc32(out[start...]))
    }
}

extension Canvas {
    /// The canvas as PNG bytes (straight alpha RGBA).
    public func pngData(level: Int = 6) throws -> [UInt8] {
        var straight = pixels
        straight.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) {
                let a = p[i + 3]
                if a == 255 || a == 0 { continue }
                let af = Float(a)
                p[i] = UInt8(min(255, Float(p[i]) * 255 / af + 0.5))
                p[i + 1] = UInt8(min(255, Float(p[i + 1]) * 255 / af + 0.5))
                p[i + 2] = UInt8(min(255, Float(p[i + 2]) * 255 / af + 0.5))
            }
        }
        return try PNGEncoder.encode(rgba: straight, width: width, height: height, level: level)
    }
}
