import Foundation

/// Writes 8-bit RGBA or RGB PNG files to memory.
///
/// Each row gets the filter whose output has the smallest sum of absolute (signed) bytes — the
/// "minimum sum of absolute differences" heuristic of libpng (a row equal to the one above takes
/// Up at once) — then the filtered image is deflated by zlib with the run-length strategy
/// (`Z_RLE`, fast and well suited to filtered plots) and split into IHDR, IDAT, IEND chunks with
/// their CRCs. An opaque image is written as RGB (`opaque: true`): a quarter fewer bytes for
/// zlib to scan, and a smaller file; matplotlib writes RGBA, both are standard PNG.
///
/// ```swift
/// let bytes = try PNGEncoder.encode(rgba: pixels, width: 2, height: 1)
/// ```
public enum PNGEncoder {
    /// The filters tried by default: None, Sub, Up and Paeth, scored in one pass per row.
    public static let standardFilters: [PNGFilter] = [.none, .sub, .up, .paeth]
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Encodes straight-alpha RGBA bytes (`width * height * 4`, top row first).
    /// - Parameters:
    ///   - filters: the filters to try for each row.
    ///   - opaque: every alpha is 255: write RGB (colour type 2) and drop the alpha bytes.
    public static func encode(rgba: [UInt8], width: Int, height: Int, level: Int = 6,
                              filters: [PNGFilter] = standardFilters, strategy: Zlib.Strategy = .rle,
                              opaque: Bool = false) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw PlotError.invalidArgument("PNG size must be positive, got \(width)x\(height)") }
        guard width < 1 << 24, height < 1 << 24, rgba.count == width * height * 4 else {
            throw PlotError.shapeMismatch("PNG of \(width)x\(height) needs \(width * height * 4) bytes, got \(rgba.count)")
        }
        let choices = filters.isEmpty ? [PNGFilter.none] : filters
        let bpp = opaque ? 3 : 4
        let rowBytes = width * bpp
        let deflater = try Zlib.Deflater(level: level, strategy: strategy)
        // Rows are filtered into a small batch buffer that is handed to zlib 16 rows at a time.
        let batchRows = 16
        var batch = [UInt8](repeating: 0, count: (rowBytes + 1) * batchRows)
        var trial = [UInt8](repeating: 0, count: rowBytes)
        // RGB: the packed current row and the one above (only the changed pixels are repacked).
        var packed = [UInt8](repeating: 0, count: opaque ? 2 * rowBytes : 0)
        try rgba.withUnsafeBufferPointer { srcBuf in
            try batch.withUnsafeMutableBufferPointer { batchBuf in
                try trial.withUnsafeMutableBufferPointer { trBuf in
                    try packed.withUnsafeMutableBufferPointer { pkBuf in
                        guard let src = srcBuf.baseAddress, let buf = batchBuf.baseAddress, let tr = trBuf.baseAddress else { return }
                        // (An empty array may still have a base address: only RGB output packs.)
                        var rows = RowSource(rgba: src, width: width, packed: opaque ? pkBuf.baseAddress : nil, bpp: bpp)
                        let filter = RowFilter(rowBytes: rowBytes, bpp: bpp, choices: choices, trial: tr)
                        var filled = 0
                        for y in 0..<height {
                            let (row, prior, span) = rows.next(y)
                            let out = buf + filled * (rowBytes + 1)
                            let live = filter.run(row: row, prior: prior, span: span, out: out)
                            // Adler-32 over the filter byte and the span that may be non-zero.
                            deflater.checksum(out, count: 1)
                            deflater.checksumZeros(live.lowerBound)
                            deflater.checksum(out + 1 + live.lowerBound, count: live.count)
                            deflater.checksumZeros(rowBytes - live.upperBound)
                            filled += 1
                            if filled == batchRows || y == height - 1 {
                                try deflater.writeChecksummed(buf, count: filled * (rowBytes + 1))
                                filled = 0
                                try PlotInterrupt.checkpoint()
                            }
                        }
                    }
                }
            }
        }
        let compressed = try deflater.finish()
        var out = signature
        var ihdr: [UInt8] = []
        appendBE(&ihdr, UInt32(width)); appendBE(&ihdr, UInt32(height))
        // Bit depth 8, colour type RGB (2) or RGBA (6), deflate, adaptive filters, no interlace.
        ihdr += [8, opaque ? 2 : 6, 0, 0, 0]
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
    /// The canvas as PNG bytes: RGB when it is opaque, straight-alpha RGBA otherwise.
    public func pngData(level: Int = 6) throws -> [UInt8] {
        if isOpaque { return try PNGEncoder.encode(rgba: pixels, width: width, height: height, level: level, opaque: true) }
        var straight = pixels
        try straight.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) {
                if i & 0x3F_FFFF == 0 { try PlotInterrupt.checkpoint() }   // every million pixels
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
