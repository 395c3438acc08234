import Foundation
import Tensor

/// Keras's `TextVectorization`: text → standardised → split into tokens → n-grams → indices
/// into a vocabulary learned by ``adapt(_:)`` (most frequent first) or given. The output is the
/// index sequences (`int`) or one vector per text (`multi_hot`, `count`, `tf_idf`).
///
/// ```python
/// v = TextVectorization(output_sequence_length=4)
/// v.adapt(["the cat sat", "the dog"])  # vocabulary ['', '[UNK]', 'the', 'sat', 'dog', 'cat']
/// v(["the cat", "a dog"])              # [[2, 5, 0, 0], [1, 4, 0, 0]]: 0 pads, 1 is unknown
/// ```
///
/// What Keras does through TensorFlow's string ops, and so what this does too: lowercasing and
/// punctuation stripping touch ASCII only (Chinese punctuation stays), whitespace splitting
/// splits on ASCII whitespace, character splitting yields Unicode scalars, and ties in the
/// vocabulary order go to the token whose UTF-8 bytes sort higher.
public struct TextVectorizer {
    public enum Standardize: String { case lowerAndStripPunctuation = "lower_and_strip_punctuation", lower, stripPunctuation = "strip_punctuation" }
    public enum Split: String { case whitespace, character }
    public enum OutputMode: String { case int, oneHot = "one_hot", multiHot = "multi_hot", count, tfIdf = "tf_idf" }

    /// A failure, with the Python exception Keras raises for it.
    public struct Failure: Error, CustomStringConvertible {
        public let pythonName: String
        public let message: String
        public var description: String { "\(pythonName): \(message)" }
    }

    public static let maskToken = ""
    public static let oovToken = "[UNK]"

    public var standardize: Standardize?
    public var split: Split?
    /// The n-gram widths, in output order (`ngrams=2` is `[1, 2]`).
    public var ngrams: [Int]?
    public var outputMode: OutputMode
    public var maxTokens: Int?
    public var outputSequenceLength: Int?
    public var padToMaxTokens: Bool
    /// The vocabulary after the special tokens, in index order.
    public private(set) var tokens: [String] = []
    /// The idf weight of every output slot (specials first), in `tf_idf` mode.
    public private(set) var idfWeights: [Float]?
    /// True once a vocabulary was given (`vocabulary=`, `set_vocabulary`): `adapt` then refuses.
    public private(set) var hasInputVocabulary = false
    /// True once a vocabulary exists (adapted or given).
    public private(set) var hasVocabulary = false
    private var index: [String: Int] = [:]

    public init(standardize: Standardize?, split: Split?, ngrams: [Int]?, outputMode: OutputMode,
                maxTokens: Int?, outputSequenceLength: Int?, padToMaxTokens: Bool) {
        self.standardize = standardize
        self.split = split
        self.ngrams = ngrams
        self.outputMode = outputMode
        self.maxTokens = maxTokens
        self.outputSequenceLength = outputSequenceLength
        self.padToMaxTokens = padToMaxTokens
    }

    /// The index of the first learned token: after the mask `''` (int mode only) and `[UNK]`.
    public var tokenStart: Int { outputMode == .int ? 2 : 1 }
    public var vocabularySize: Int { tokenStart + tokens.count }

    /// `get_vocabulary()`: the special tokens, then the tokens by index.
    public func vocabulary(includeSpecialTokens: Bool = true) -> [String] {
        guard includeSpecialTokens else { return tokens }
        return (outputMode == .int ? [Self.maskToken] : []) + [Self.oovToken] + tokens
    }

    // MARK: - Tokenising

    static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)
    static let whitespace = Set(" \t\n\r\u{0B}\u{0C}".unicodeScalars)

    /// One text standardised as configured.
    public func standardized(_ text: String) -> String {
        guard let standardize else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if standardize != .lower, Self.punctuation.contains(s) { continue }
            if standardize != .stripPunctuation, s.value >= 65, s.value <= 90 {
                scalars.append(Unicode.Scalar(UInt8(s.value + 32)))
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }

    /// One (standardised) text split into tokens; unsplit, the text is its own token.
    func splitTokens(_ text: String) -> [String] {
        switch split {
        case nil: return [text]
        case .character: return text.unicodeScalars.map { String($0) }
        case .whitespace:
            return text.unicodeScalars.split(whereSeparator: { Self.whitespace.contains($0) }).map { String(String.UnicodeScalarView($0)) }
        }
    }

    /// The n-grams of a token row, each width in turn, joined by a space as Keras joins them.
    func withNgrams(_ row: [String]) -> [String] {
        guard let ngrams else { return row }
        var out: [String] = []
        for width in ngrams where width > 0 && row.count >= width {
            for start in 0...(row.count - width) { out.append(row[start..<start + width].joined(separator: " ")) }
        }
        return out
    }

    /// Texts of `shape` as token rows, and the shape of the rows' grid. Split texts are one row
    /// each (a trailing axis of 1 is squeezed, as Keras does); unsplit texts are rows along the
    /// last axis, so the int output keeps the input's shape.
    public func rows(_ texts: [String], shape: [Int]) throws -> (rows: [[String]], grid: [Int]) {
        let clean = texts.map(standardized)
        if split != nil {
            var grid = shape
            if shape.count > 1 {
                guard shape.last == 1 else {
                    throw Failure(pythonName: "ValueError", message: "When using `TextVectorization` to tokenize strings, the input rank must be 1 or the last shape dimension must be 1. Received: inputs.shape=\(Self.shapeText(shape)) with rank=\(shape.count)")
                }
                grid.removeLast()
            }
            return (clean.map { withNgrams(splitTokens($0)) }, grid)
        }
        guard let width = shape.last else { return ([withNgrams(clean)], []) }
        let rows = stride(from: 0, to: clean.count, by: Swift.max(width, 1)).map { withNgrams(Array(clean[$0..<Swift.min($0 + width, clean.count)])) }
        return (width == 0 ? [] : rows, Array(shape.dropLast()))
    }

    static func shapeText(_ shape: [Int]) -> String { "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")") }

    // MARK: - Vocabulary

    /// `adapt`: counts the tokens of `documents` (one token row each) and keeps the most frequent,
    /// as many as `max_tokens` allows; in `tf_idf` mode also each token's inverse document
    /// frequency `log(1 + documents / (1 + documents containing it))`.
    public mutating func adapt(_ documents: [[String]]) throws {
        if hasInputVocabulary {
            throw Failure(pythonName: "ValueError", message: "Cannot adapt layer after setting a static vocabulary via `vocabulary` argument or `set_vocabulary()` method.")
        }
        var counts: [String: Int] = [:], documentCounts: [String: Int] = [:]
        for row in documents {
            for t in row { counts[t, default: 0] += 1 }
            for t in Set(row) { documentCounts[t, default: 0] += 1 }
        }
        counts[Self.maskToken] = nil
        counts[Self.oovToken] = nil
        var ordered = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : b.key.utf8.lexicographicallyPrecedes(a.key.utf8)
        }.map(\.key)
        if let maxTokens, maxTokens > 0 { ordered = Array(ordered.prefix(Swift.max(maxTokens - tokenStart, 0))) }
        install(ordered)
        if outputMode == .tfIdf {
            let n = Double(documents.count)
            let learned = ordered.map { Float(log(1 + n / Double(1 + (documentCounts[$0] ?? 0)))) }
            let mean = learned.isEmpty ? Float.nan : Float(learned.reduce(0.0) { $0 + Double($1) } / Double(learned.count))
            idfWeights = padded(Array(repeating: mean, count: tokenStart) + learned)
        }
    }

    /// `vocabulary=` / `set_vocabulary`: the tokens in index order, with or without the special
    /// tokens in front; in `tf_idf` mode with one idf weight per given entry.
    public mutating func setVocabulary(_ given: [String], idfWeights weights: [Double]?) throws {
        func fail(_ m: String) -> Failure { Failure(pythonName: "ValueError", message: m) }
        if outputMode == .tfIdf, weights == nil { throw fail("`idf_weights` must be set if output_mode is 'tf_idf'.") }
        if outputMode != .tfIdf, weights != nil { throw fail("`idf_weights` should only be set if output_mode is `'tf_idf'`.") }
        guard !given.isEmpty else { throw fail("Cannot set an empty vocabulary. Received: vocabulary=[]") }
        let specials = vocabulary(includeSpecialTokens: true).prefix(tokenStart)
        let foundSpecials = Array(given.prefix(tokenStart)) == Array(specials)
        let words = foundSpecials ? Array(given.dropFirst(tokenStart)) : given
        var seen: [String: Int] = [:]
        for w in words { seen[w, default: 0] += 1 }
        let repeated = words.filter { (seen[$0] ?? 0) > 1 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !repeated.isEmpty {
            throw fail("The passed vocabulary has at least one repeated term. Please uniquify your dataset. The repeated terms are: [" + repeated.map { "np.str_('\($0)')" }.joined(separator: ", ") + "]")
        }
        if let at = given.lastIndex(of: Self.maskToken), words.contains(Self.maskToken) {
            throw fail("Found reserved mask token at unexpected location in `vocabulary`. Note that passed `vocabulary` does not need to include the OOV and mask tokens. Either remove all mask and OOV tokens, or include them only at the start of the vocabulary in precisely this order: [" + specials.map { "'\($0)'" }.joined(separator: ", ") + "]. Received: mask_token= at vocabulary index [\(at)]")
        }
        if let maxTokens, tokenStart + words.count > maxTokens {
            throw fail("Attempted to set a vocabulary larger than the maximum vocab size. Received vocabulary size is \(tokenStart + words.count); `max_tokens` is \(maxTokens).")
        }
        if let weights {
            guard weights.count == given.count else {
                throw fail("`idf_weights` must be the same length as vocabulary. len(idf_weights) is \(weights.count); len(vocabulary) is \(given.count)")
            }
            let front = foundSpecials ? [] : Array(repeating: weights.reduce(0, +) / Double(weights.count), count: tokenStart)
            idfWeights = padded((front + weights).map { Float($0) })
        }
        install(words)
        hasInputVocabulary = true
    }

    private mutating func install(_ words: [String]) {
        tokens = words
        index = Dictionary(words.enumerated().map { ($1, $0 + tokenStart) }, uniquingKeysWith: { a, _ in a })
        hasVocabulary = true
    }

    /// Idf weights padded with zeros to `max_tokens` when the output is padded to it.
    private func padded(_ weights: [Float]) -> [Float] {
        guard padToMaxTokens, let maxTokens, weights.count < maxTokens else { return weights }
        return weights + Array(repeating: 0, count: maxTokens - weights.count)
    }

    /// A token's index: 0 for the mask in int mode, the `[UNK]` index for tokens not in the
    /// vocabulary.
    public func lookup(_ token: String) -> Int {
        if token == Self.maskToken { return outputMode == .int ? 0 : -1 }
        return index[token] ?? (outputMode == .int ? 1 : 0)
    }

    /// The width of a `multi_hot`/`count`/`tf_idf`/`one_hot` output.
    public var depth: Int { padToMaxTokens ? (maxTokens ?? vocabularySize) : vocabularySize }

    // MARK: - Calling

    /// The layer's output for `texts` of `shape`: int64 indices or counts (Keras gives int32 on JAX,
    /// int64 on TensorFlow; Cellgrad's integers are int64), float32 for `tf_idf`.
    public func callAsFunction(_ texts: [String], shape: [Int]) throws -> NDArray {
        guard hasVocabulary else {
            if outputMode == .int {
                throw Failure(pythonName: "RuntimeError", message: "Table not initialized: the layer has no vocabulary yet. Call `adapt()` or pass `vocabulary=` first.")
            }
            throw Failure(pythonName: "RuntimeError", message: "When using `output_mode=\(outputMode.rawValue)` and `pad_to_max_tokens=False`, you must set the layer's vocabulary before calling it. Either pass a `vocabulary` argument to the layer, or call `adapt` with some sample data.")
        }
        let (rows, grid) = try self.rows(texts, shape: shape)
        let ids = rows.map { $0.map(lookup) }
        switch outputMode {
        case .int:
            let length = outputSequenceLength ?? (ids.map(\.count).max() ?? 0)
            var out = [Int64](repeating: 0, count: ids.count * length)
            for (r, row) in ids.enumerated() {
                for (j, id) in row.prefix(length).enumerated() { out[r * length + j] = Int64(id) }
            }
            // An unsplit scalar text is looked up as a scalar, as Keras looks up element-wise.
            return try NDArray(out, shape: split == nil && shape.isEmpty ? [] : grid + [length])
        case .oneHot:
            guard split == nil else {
                throw Failure(pythonName: "NotImplementedError", message: "TextVectorization(output_mode='one_hot') with split is not supported in Cellgrad; use 'multi_hot' or 'count'")
            }
            let d = depth
            let length = ids.first?.count ?? 0
            var out = [Int64](repeating: 0, count: ids.count * length * d)
            for (r, row) in ids.enumerated() {
                for (j, id) in row.enumerated() where id >= 0 && id < d { out[(r * length + j) * d + id] = 1 }
            }
            return try NDArray(out, shape: grid + (length == 1 ? [] : [length]) + [d])
        case .multiHot, .count, .tfIdf:
            let d = depth
            var counts = [Float](repeating: 0, count: ids.count * d)
            for (r, row) in ids.enumerated() {
                for id in row where id >= 0 && id < d {
                    counts[r * d + id] = outputMode == .multiHot ? 1 : counts[r * d + id] + 1
                }
            }
            if outputMode == .tfIdf {
                let idf = idfWeights ?? []
                for i in counts.indices { counts[i] *= i % d < idf.count ? idf[i % d] : 0 }
                return try NDArray(counts, shape: grid + [d])
            }
            return try NDArray(counts.map { Int64($0) }, shape: grid + [d])
        }
    }

    /// Keras's `compute_output_shape` for an input shape (`nil` for unknown sizes).
    public func outputShape(_ input: [Int?]) -> [Int?] {
        if outputMode == .int { return [input.first ?? nil, outputSequenceLength] }
        let depth: Int? = padToMaxTokens ? maxTokens : (hasVocabulary ? vocabularySize : nil)
        return Array(input.prefix(1)) + [depth]
    }
}
