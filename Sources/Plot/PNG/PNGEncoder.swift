import Foundation

/// Writes 8-bit RGBA PNG files to memory.
///
/// Each row gets the filter whose output has the smallest sum of absolute (signed) bytes — the
/// "minimum sum of absolute differences" heuristic of libpng (a row equal to the one above takes
/// Up at once) — then the filtered image is deflated by zlib with the run-length strategy
/// (`Z_RLE`, fast and well suited to filtered plots) and split into IHDR, IDAT, IEND chunks with
/// their CRCs.
///
/// ```swift
/// let bytes = try PNGEncoder.encode(rgba: pixels, width: 2, height: 1)
/// ```
public enum PNGEncoder {
    /// The filters tried by default: None, Sub, Up and Paeth, scored in one pass per row.
    public static let standardFilters: [PNGFilter] = [.none, .sub, .up, .paeth]
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Encodes straight-alpha RGBA bytes (`width * height * 4`, top row first).
    /// - Parameter filters: the filters to try for each row (all five by default).
    public static func encode(rgba: [UInt8], width: Int, height: Int, level: Int = 6,
                              filters: [PNGFilter] = standardFilters, strategy: Zlib.Strategy = .rle) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw PlotError.invalidArgument("PNG size must be positive, got \(width)x\(height)") }
        guard width < 1 << 24, height < 1 << 24, rgba.count == width * height * 4 else {
            throw PlotError.shapeMismatch("PNG of \(width)x\(height) needs \(width * height * 4) bytes, got \(rgba.count)")
        }
        let choices = filters.isEmpty ? [PNGFilter.none] : filters
        let rowBytes = width * 4
        let standard = choices == PNGEncoder.standardFilters
        let deflater = try Zlib.Deflater(level: level, strategy: strategy)
        // Rows are filtered into a small batch buffer that is handed to zlib 16 rows at a time.
        let batchRows = 16
        var batch = [UInt8](repeating: 0, count: (rowBytes + 1) * batchRows)
        var trial = [UInt8](repeating: 0, count: rowBytes)
        try rgba.withUnsafeBufferPointer { srcBuf in
            try batch.withUnsafeMutableBufferPointer { batchBuf in
                try trial.withUnsafeMutableBufferPointer { trBuf in
                    guard let src = srcBuf.baseAddress, let buf = batchBuf.baseAddress, let tr = trBuf.baseAddress else { return }
                    var filled = 0
                    for y in 0..<height {
                        let row = src + y * rowBytes
                        let prior: UnsafePointer<UInt8>? = y > 0 ? src + (y - 1) * rowBytes : nil
                        filterRow(row: row, prior: prior, rowBytes: rowBytes, choices: choices, standard: standard,
                                  out: buf + filled * (rowBytes + 1), trial: tr)
                        filled += 1
                        if filled == batchRows || y == height - 1 {
                            try deflater.write(buf, count: filled * (rowBytes + 1))
                            filled = 0
                        }
                    }
                }
            }
        }
        let compressed = try deflater.finish()
        var out = signature
        var ihdr: [UInt8] = []
        appendBE(&ihdr, UInt32(width)); appendBE(&ihdr, UInt32(height))
        ihdr += [8, 6, 0, 0, 0]  // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
        appendChunk(&out, "IHDR", ihdr)
        appendChunk(&out, "IDAT", compressed)
        appendChunk(&out, "IEND", [])
        return out
    }

    /// Writes the filter byte and the filtered row into `out` (`rowBytes + 1` bytes).
    static func filterRow(row: UnsafePointer<UInt8>, prior: UnsafePointer<UInt8>?, rowBytes: Int, choices: [PNGFilter],
                                  standard: Bool, out: UnsafeMutablePointer<UInt8>, trial: UnsafeMutablePointer<UInt8>) {
        // A row equal to the one above (plain background) is all zeros with Up.
        if let prior, choices.contains(.up), memcmp(row, prior, rowBytes) == 0 {
            out[0] = PNGFilter.up.rawValue
            (out + 1).update(repeating: 0, count: rowBytes)
            return
        }
        if standard, let prior {
            // Only the span where this row differs from the one above decides: outside it Up
            // is exactly zero.
            var first = 0, last = rowBytes - 1
            while first + 8 <= rowBytes && UnsafeRawPointer(row + first).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(prior + first).loadUnaligned(as: UInt64.self) { first += 8 }
            while first < rowBytes && row[first] == prior[first] { first += 1 }
            while last - 8 >= first && UnsafeRawPointer(row + last - 7).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(prior + last - 7).loadUnaligned(as: UInt64.self) { last -= 8 }
            while last > first && row[last] == prior[last] { last -= 1 }
            let lo = max(0, first - first % 4 - 4), hi = min(rowBytes, last - last % 4 + 8)
            if hi - lo < rowBytes {
                // Up and Paeth are exactly zero outside the span, so only they are weighed here.
                let f = PNGFilter.choose(row: row + lo, prior: prior + lo, n: hi - lo, bpp: 4, allowNone: false, allowSub: false)
                out[0] = f.rawValue
                switch f {
                case .up:
                    (out + 1).update(repeating: 0, count: rowBytes)
                    for i in lo..<hi { out[1 + i] = row[i] &- prior[i] }
                case .paeth:
                    // Where a row equals the one above (and so does its left neighbour), the
                    // Paeth predictor returns the byte above: the residual is zero there too.
                    (out + 1).update(repeating: 0, count: rowBytes)
                    for i in lo..<hi {
                        let a = i >= 4 ? Int(row[i - 4]) : 0, c = i >= 4 ? Int(prior[i - 4]) : 0
                        out[1 + i] = row[i] &- UInt8(truncatingIfNeeded: PNGFilter.paethPredictor(a, Int(prior[i]), c))
                    }
                default:
                    _ = PNGFilter.apply(f, row: row, prior: prior, n: rowBytes, bpp: 4, out: out + 1)
                }
                return
            }
        }
        if standard {
            let best = PNGFilter.choose(row: row, prior: prior, n: rowBytes, bpp: 4)
            out[0] = best.rawValue
            _ = PNGFilter.apply(best, row: row, prior: prior, n: rowBytes, bpp: 4, out: out + 1)
            return
        }
        var best = choices[0]
        var bestScore = Int.max
        for f in choices {
            let score = PNGFilter.apply(f, row: row, prior: prior, n: rowBytes, bpp: 4, out: trial)
            if score < bestScore { bestScore = score; best = f }
        }
        out[0] = best.rawValue
        _ = PNGFilter.apply(best, row: row, prior: prior, n: rowBytes, bpp: 4, out: out + 1)
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
        if isOpaque { return try PNGEncoder.encode(rgba: pixels, width: width, height: height, level: level) }
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
