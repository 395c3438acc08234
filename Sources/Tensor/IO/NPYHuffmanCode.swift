/// A canonical, length-limited Huffman code for the DEFLATE encoder (``NPYDeflate``).
///
/// Lengths come from the classic Huffman construction (repeatedly merge the two lightest
/// subtrees). If the deepest code is longer than DEFLATE allows (15 bits; 7 for the
/// code-length alphabet) the frequencies are halved — flattening the tree — and the code is
/// rebuilt, which always converges. Codes are then assigned canonically (RFC 1951 §3.2.2):
/// shorter codes first, and within one length in symbol order, so a decoder can rebuild the
/// code from the lengths alone.
///
/// ```
/// frequencies [5, 1, 1, 2] → lengths [1, 3, 3, 2] → codes 0, 110, 111, 10
/// ```
struct NPYHuffmanCode {
    /// Code length of each symbol (0 = symbol unused).
    let lengths: [Int]
    /// Each symbol's code, bit-reversed so it can be written least-significant bit first.
    private let reversedCodes: [Int]

    init(frequencies: [Int], maxLength: Int) {
        var weights = frequencies
        var lengths = NPYHuffmanCode.huffmanLengths(weights)
        while (lengths.max() ?? 0) > maxLength {
            weights = weights.map { $0 == 0 ? 0 : ($0 + 1) / 2 }
            lengths = NPYHuffmanCode.huffmanLengths(weights)
        }
        self.lengths = lengths
        // Canonical codes.
        let longest = lengths.max() ?? 0
        var countOfLength = [Int](repeating: 0, count: longest + 1)
        for l in lengths where l > 0 { countOfLength[l] += 1 }
        var nextCode = [Int](repeating: 0, count: longest + 2)
        var code = 0
        if longest >= 1 {
            for bits in 1...longest {
                code = (code + countOfLength[bits - 1]) << 1
                nextCode[bits] = code
            }
        }
        var reversed = [Int](repeating: 0, count: lengths.count)
        for (symbol, l) in lengths.enumerated() where l > 0 {
            let c = nextCode[l]
            nextCode[l] += 1
            var r = 0
            for i in 0..<l where c & (1 << i) != 0 { r |= 1 << (l - 1 - i) }
            reversed[symbol] = r
        }
        reversedCodes = reversed
    }

    func write(_ symbol: Int, to writer: inout NPYDeflate.BitWriter) {
        writer.write(reversedCodes[symbol], lengths[symbol])
    }

    /// Unlimited Huffman code lengths; a lone used symbol gets length 1.
    static func huffmanLengths(_ weights: [Int]) -> [Int] {
        var lengths = [Int](repeating: 0, count: weights.count)
        let used = weights.indices.filter { weights[$0] > 0 }
        if used.count == 1 { lengths[used[0]] = 1 }
        guard used.count > 1 else { return lengths }
        // Nodes 0..<n are leaves (the used symbols); merged nodes are appended.
        var weight = used.map { weights[$0] }
        var parent = [Int](repeating: -1, count: used.count)
        var pending = Array(0..<used.count).sorted { (weight[$0], $0) > (weight[$1], $1) }   // lightest last
        while pending.count > 1 {
            let a = pending.removeLast(), b = pending.removeLast()
            let node = weight.count
            weight.append(weight[a] + weight[b])
            parent.append(-1)
            parent[a] = node
            parent[b] = node
            // Insert keeping the order (heaviest first); ties go after older nodes.
            let index = pending.firstIndex { (weight[$0], $0) < (weight[node], node) } ?? pending.count
            pending.insert(node, at: index)
        }
        for (leaf, symbol) in used.enumerated() {
            var depth = 0, n = leaf
            while parent[n] >= 0 { depth += 1; n = parent[n] }
            lengths[symbol] = depth
        }
        return lengths
    }
}
