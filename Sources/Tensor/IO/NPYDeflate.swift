/// A DEFLATE encoder (RFC 1951) for `np.savez_compressed`: LZ77 matching with hash chains,
/// then one block coded with Huffman codes built for this data ("dynamic" block).
///
/// 1. **LZ77** turns the input into tokens: literal bytes, or (length, distance) copies of
///    3…258 bytes from up to 32 KiB back, found through a hash of the next three bytes.
/// 2. **Huffman** codes are built from the token frequencies (``NPYHuffmanCode``), limited to
///    15 bits, and sent in the block header as run-length-coded code lengths.
/// 3. If that is not smaller than the input, stored blocks are written instead.
///
/// Any inflater (zlib, Python's `zipfile`, ``NPYInflate``) reads the output.
enum NPYDeflate {
    private static let windowSize = 32768
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let maxChain = 64
    /// The order in which code-length code lengths are sent (RFC 1951 §3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A literal byte (`length == 0`, byte in `value`) or a copy (`length` bytes, `value` back).
    struct Token {
        var length: UInt16
        var value: UInt16
    }

    /// Writes bits least-significant first, as DEFLATE requires.
    struct BitWriter {
        var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var count = 0

        mutating func write(_ value: Int, _ n: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += n
            while count >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }

        mutating func flush() {
            if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            buffer = 0
            count = 0
        }
    }

    /// Raw DEFLATE data for `input`.
    static func deflate(_ input: [UInt8]) throws(NPYError) -> [UInt8] {
        let compressed = try dynamicBlock(try tokens(input))
        return compressed.count < input.count + 5 * (input.count / 65535 + 1) ? compressed : stored(input)
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

    // MARK: - LZ77

    /// The LZ77 tokens of `input`; an interrupt is answered every 2^20 input bytes.
    static func tokens(_ input: [UInt8]) throws(NPYError) -> [Token] {
        let hashSize = 1 << 15
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: windowSize)
        var out: [Token] = []
        // At most one token a byte: reserved whole, the array never grows by copying hundreds
        // of megabytes in one uninterruptible step (pages not written are never touched).
        out.reserveCapacity(input.count)
        func hash(_ i: Int) -> Int {
            (Int(input[i]) << 10 ^ Int(input[i + 1]) << 5 ^ Int(input[i + 2])) & (hashSize - 1)
        }
        func insert(_ i: Int) {
            guard i + minMatch <= input.count else { return }
            let h = hash(i)
            previous[i % windowSize] = head[h]
            head[h] = i
        }
        var i = 0, nextCheck = 1 << 20
        while i < input.count {
            if i >= nextCheck {
                if let e = Interrupt.pending() { throw .stopped(e) }
                nextCheck = i + (1 << 20)
            }
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
                    if next >= candidate { break }          // the ring buffer slot was reused
                    candidate = next
                    chain += 1
                }
            }
            if bestLength >= minMatch {
                out.append(Token(length: UInt16(bestLength), value: UInt16(bestDistance)))
                for k in 0..<bestLength { insert(i + k) }
                i += bestLength
            } else {
                out.append(Token(length: 0, value: UInt16(input[i])))
                insert(i)
                i += 1
            }
        }
        return out
    }

    /// Length 3…258 → (symbol 257…285, extra bits value, extra bit count).
    private static func lengthSymbol(_ length: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var l = NPYInflate.lengthBase.count - 1
        while NPYInflate.lengthBase[l] > length { l -= 1 }
        return (257 + l, length - NPYInflate.lengthBase[l], NPYInflate.lengthExtra[l])
    }

    /// Distance 1…32768 → (symbol 0…29, extra bits value, extra bit count).
    private static func distanceSymbol(_ distance: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var d = NPYInflate.distanceBase.count - 1
        while NPYInflate.distanceBase[d] > distance { d -= 1 }
        return (d, distance - NPYInflate.distanceBase[d], NPYInflate.distanceExtra[d])
    }

    // MARK: - Dynamic Huffman block

    /// One dynamic block of `tokens`; an interrupt is answered every 2^20 tokens of each pass.
    static func dynamicBlock(_ tokens: [Token]) throws(NPYError) -> [UInt8] {
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        for (i, t) in tokens.enumerated() {
            if i & 0xFFFFF == 0xFFFFF, let e = Interrupt.pending() { throw .stopped(e) }
            if t.length == 0 {
                literalFrequencies[Int(t.value)] += 1
            } else {
                literalFrequencies[lengthSymbol(Int(t.length)).symbol] += 1
                distanceFrequencies[distanceSymbol(Int(t.value)).symbol] += 1
            }
        }
        literalFrequencies[256] = 1                                    // end of block
        if distanceFrequencies.allSatisfy({ $0 == 0 }) { distanceFrequencies[0] = 1 }
        let literals = NPYHuffmanCode(frequencies: literalFrequencies, maxLength: 15)
        let distances = NPYHuffmanCode(frequencies: distanceFrequencies, maxLength: 15)

        let literalCount = max(257, (literals.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        let distanceCount = max(1, (distances.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        let runs = runLengthCode(Array(literals.lengths[0..<literalCount]) + Array(distances.lengths[0..<distanceCount]))
        var codeLengthFrequencies = [Int](repeating: 0, count: 19)
        for r in runs { codeLengthFrequencies[r.symbol] += 1 }
        let codeLengths = NPYHuffmanCode(frequencies: codeLengthFrequencies, maxLength: 7)
        let sentCount = max(4, (codeLengthOrder.lastIndex { codeLengths.lengths[$0] != 0 } ?? 0) + 1)

        var w = BitWriter()
        w.write(1, 1)                                                  // BFINAL
        w.write(2, 2)                                                  // BTYPE = dynamic Huffman
        w.write(literalCount - 257, 5)
        w.write(distanceCount - 1, 5)
        w.write(sentCount - 4, 4)
        for i in 0..<sentCount { w.write(codeLengths.lengths[codeLengthOrder[i]], 3) }
        for r in runs {
            codeLengths.write(r.symbol, to: &w)
            if r.bits > 0 { w.write(r.extra, r.bits) }
        }
        for (i, t) in tokens.enumerated() {
            if i & 0xFFFFF == 0xFFFFF, let e = Interrupt.pending() { throw .stopped(e) }
            if t.length == 0 {
                literals.write(Int(t.value), to: &w)
            } else {
                let l = lengthSymbol(Int(t.length))
                literals.write(l.symbol, to: &w)
                w.write(l.extra, l.bits)
                let d = distanceSymbol(Int(t.value))
                distances.write(d.symbol, to: &w)
                w.write(d.extra, d.bits)
            }
        }
        literals.write(256, to: &w)
        w.flush()
        return w.bytes
    }

    /// Code lengths as the code-length alphabet: 0…15 literally, 16 = repeat the previous
    /// 3…6 times, 17 = 3…10 zeros, 18 = 11…138 zeros.
    static func runLengthCode(_ lengths: [Int]) -> [(symbol: Int, extra: Int, bits: Int)] {
        var out: [(symbol: Int, extra: Int, bits: Int)] = []
        var i = 0
        while i < lengths.count {
            let value = lengths[i]
            var run = 1
            while i + run < lengths.count && lengths[i + run] == value { run += 1 }
            if value == 0 && run >= 11 {
                let r = min(run, 138); out.append((18, r - 11, 7)); i += r
            } else if value == 0 && run >= 3 {
                let r = min(run, 10); out.append((17, r - 3, 3)); i += r
            } else {
                out.append((value, 0, 0)); i += 1; run -= 1
                while value != 0 && run >= 3 {
                    let r = min(run, 6); out.append((16, r - 3, 2)); i += r; run -= r
                }
            }
        }
        return out
    }
}
