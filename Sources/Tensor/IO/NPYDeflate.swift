/// A small DEFLATE encoder (RFC 1951) for `np.savez_compressed`: LZ77 matching with hash
/// chains, coded with the *fixed* Huffman tables.
///
/// Fixed codes need no code tables in the stream, so the encoder stays short; array data
/// (repeated zeros, small ints, smooth floats) still compresses well. If the result would be
/// larger than the input, stored blocks are written instead. Any inflater (zlib, Python's
/// `zipfile`, ``NPYInflate``) reads the output.
enum NPYDeflate {
    private static let windowSize = 32768
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let maxChain = 64

    /// Writes bits least-significant first, as DEFLATE requires.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        mutating func write(_ value: Int, _ n: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += n
            while count >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code is defined most-significant bit first: reverse it.
        mutating func writeCode(_ code: Int, _ n: Int) {
            var reversed = 0
            for i in 0..<n where code & (1 << i) != 0 { reversed |= 1 << (n - 1 - i) }
            write(reversed, n)
        }

        mutating func flush() {
            if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            buffer = 0
            count = 0
        }
    }

    /// Raw DEFLATE data for `input`.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        let compressed = fixedHuffman(input)
        return compressed.count <= input.count + 5 * (input.count / 65535 + 1) ? compressed : stored(input)
    }

    /// Stored blocks of at most 65535 bytes.
    static func stored(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        repeat {
            let length = min(65535, input.count - start)
            let last: UInt8 = start + length == input.count ? 1 : 0
            out += [last, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += input[start..<(start + length)]
            start += length
        } while start < input.count
        return out
    }

    private static func writeLiteral(_ w: inout BitWriter, _ symbol: Int) {
        switch symbol {
        case 0..<144: w.writeCode(0x30 + symbol, 8)
        case 144..<256: w.writeCode(0x190 + symbol - 144, 9)
        case 256..<280: w.writeCode(symbol - 256, 7)
        default: w.writeCode(0xC0 + symbol - 280, 8)
        }
    }

    private static func writeMatch(_ w: inout BitWriter, length: Int, distance: Int) {
        var l = NPYInflate.lengthBase.count - 1
        while NPYInflate.lengthBase[l] > length { l -= 1 }
        writeLiteral(&w, 257 + l)
        w.write(length - NPYInflate.lengthBase[l], NPYInflate.lengthExtra[l])
        var d = NPYInflate.distanceBase.count - 1
        while NPYInflate.distanceBase[d] > distance { d -= 1 }
        w.writeCode(d, 5)
        w.write(distance - NPYInflate.distanceBase[d], NPYInflate.distanceExtra[d])
    }

    private static func fixedHuffman(_ input: [UInt8]) -> [UInt8] {
        var w = BitWriter()
        w.write(1, 1)                                   // BFINAL
        w.write(1, 2)                                   // BTYPE = fixed Huffman
        let hashSize = 1 << 15
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: windowSize)
        func hash(_ i: Int) -> Int {
            (Int(input[i]) << 10 ^ Int(input[i + 1]) << 5 ^ Int(input[i + 2])) & (hashSize - 1)
        }
        func insert(_ i: Int) {
            guard i + minMatch <= input.count else { return }
            let h = hash(i)
            previous[i % windowSize] = head[h]
            head[h] = i
        }
        var i = 0
        while i < input.count {
            var bestLength = 0, bestDistance = 0
            if i + minMatch <= input.count {
                var candidate = head[hash(i)]
                var chain = 0
                let limit = min(maxMatch, input.count - i)
                while candidate >= 0 && i - candidate <= windowSize && chain < maxChain {
                    var length = 0
                    while length < limit && input[candidate + length] == input[i + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == limit { break }
                    }
                    let next = previous[candidate % windowSize]
                    if next >= candidate { break }
                    candidate = next
                    chain += 1
                }
            }
            if bestLength >= minMatch {
                writeMatch(&w, length: bestLength, distance: bestDistance)
                for k in 0..<bestLength { insert(i + k) }
                i += bestLength
            } else {
                writeLiteral(&w, Int(input[i]))
                insert(i)
                i += 1
            }
        }
        writeLiteral(&w, 256)
        w.flush()
        return w.bytes
    }
}
