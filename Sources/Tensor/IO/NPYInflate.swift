/// A DEFLATE decoder (RFC 1951) for reading `np.savez_compressed` archives without zlib.
///
/// DEFLATE is a sequence of blocks, each *stored* (raw bytes), *fixed* (predefined Huffman
/// codes) or *dynamic* (Huffman codes sent first, themselves Huffman-coded). Symbols are
/// literals, the end-of-block marker 256, or length codes followed by a distance: copy
/// `length` bytes from `distance` bytes back. Bits are read least-significant first;
/// Huffman codes are decoded one bit at a time against canonical code counts (as zlib's
/// `puff.c` does — simple, and fast enough for array files).
struct NPYInflate {
    struct Failure: Error { let message: String }

    private let input: [UInt8]
    private var position = 0
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    private var limit = Int.max

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
                             115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
                               1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
                                12, 12, 13, 13]

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init(lengths: [Int]) {          // every length is 0...15
            for l in lengths { counts[l] += 1 }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = symbol
                offsets[l] += 1
            }
        }
    }

    /// Inflates a raw DEFLATE stream (no zlib or gzip wrapper). `expectedSize` pre-sizes the
    /// output; more than `limit` bytes of output is an error (a zip bomb never gets allocated).
    static func inflate(_ data: [UInt8], expectedSize: Int = 0, limit: Int = Int.max) throws(Failure) -> [UInt8] {
        var decoder = NPYInflate(input: data)
        decoder.limit = limit
        decoder.output.reserveCapacity(min(expectedSize, 1 << 28))
        var last = false
        while !last {
            last = try decoder.bits(1) == 1
            switch try decoder.bits(2) {
            case 0: try decoder.storedBlock()
            case 1: try decoder.codes(NPYInflate.fixedLiterals, NPYInflate.fixedDistances)
            case 2: try decoder.dynamicBlock()
            default: throw Failure(message: "invalid block type")
            }
        }
        return decoder.output
    }

    private init(input: [UInt8]) { self.input = input }

    private mutating func bits(_ n: Int) throws(Failure) -> Int {
        while bitCount < n {
            guard position < input.count else { throw Failure(message: "unexpected end of compressed data") }
            bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        let value = Int(bitBuffer & ((1 << UInt32(n)) - 1))
        bitBuffer >>= UInt32(n)
        bitCount -= n
        return value
    }

    private mutating func storedBlock() throws(Failure) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure(message: "unexpected end of compressed data") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Failure(message: "invalid stored block lengths") }
        position += 4
        guard position + length <= input.count else { throw Failure(message: "unexpected end of compressed data") }
        guard output.count + length <= limit else { throw Failure(message: "more data than the declared size") }
        output.append(contentsOf: input[position..<(position + length)])
        position += length
    }

    private mutating func decode(_ h: Huffman) throws(Failure) -> Int {
        var code = 0, first = 0, index = 0
        for len in 1..<16 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first {
                let k = index + (code - first)
                guard k >= 0 && k < h.symbols.count else { throw Failure(message: "invalid Huffman code") }
                return h.symbols[k]
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw Failure(message: "invalid Huffman code")
    }

    private mutating func codes(_ literals: Huffman, _ distances: Huffman) throws(Failure) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                guard output.count < limit else { throw Failure(message: "more data than the declared size") }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let l = symbol - 257
                guard l < 29 else { throw Failure(message: "invalid literal/length code") }
                let length = NPYInflate.lengthBase[l] + (try bits(NPYInflate.lengthExtra[l]))
                let d = try decode(distances)
                guard d < 30 else { throw Failure(message: "invalid distance code") }
                let distance = NPYInflate.distanceBase[d] + (try bits(NPYInflate.distanceExtra[d]))
                guard distance <= output.count else { throw Failure(message: "invalid distance too far back") }
                guard output.count + length <= limit else { throw Failure(message: "more data than the declared size") }
                let start = output.count - distance
                for k in 0..<length { output.append(output[start + k]) }
            }
        }
    }

    private static let fixedLiterals: Huffman = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return Huffman(lengths: lengths)
    }()
    private static let fixedDistances = Huffman(lengths: [Int](repeating: 5, count: 30))

    private mutating func dynamicBlock() throws(Failure) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure(message: "bad counts") }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengths[order[i]] = try bits(3) }
        let lengthCode = Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(lengthCode)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Failure(message: "repeat with no first length") }
                lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure(message: "too many lengths") }
        let literals = Huffman(lengths: Array(lengths[0..<literalCount]))
        let distances = Huffman(lengths: Array(lengths[literalCount...]))
        try codes(literals, distances)
    }
}
