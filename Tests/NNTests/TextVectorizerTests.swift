import Foundation
import Testing
import Tensor
@testable import NN

/// TextVectorizer against what Keras's TextVectorization (through TensorFlow's string ops) does.
struct TextVectorizerTests {
    static func make(_ mode: TextVectorizer.OutputMode = .int, standardize: TextVectorizer.Standardize? = .lowerAndStripPunctuation,
                     split: TextVectorizer.Split? = .whitespace, ngrams: [Int]? = nil, maxTokens: Int? = nil,
                     length: Int? = nil, pad: Bool = false) -> TextVectorizer {
        TextVectorizer(standardize: standardize, split: split, ngrams: ngrams, outputMode: mode, maxTokens: maxTokens,
                       outputSequenceLength: length, padToMaxTokens: pad)
    }

    static func adapt(_ v: inout TextVectorizer, _ texts: [String]) throws {
        try v.adapt(try v.rows(texts, shape: [texts.count, 1]).rows)
    }

    @Test func vocabularyIsByCountThenByBytesDescending() throws {
        var v = Self.make()
        try Self.adapt(&v, ["the cat sat", "the dog", "The Dog! barks."])
        #expect(v.vocabulary() == ["", "[UNK]", "the", "dog", "sat", "cat", "barks"])
        let out = try v(["the cat", "a dog sat"], shape: [2])
        #expect(out.shape == [2, 3])
        #expect(out.elements(as: Int64.self) == [2, 5, 0, 1, 3, 4])
    }

    @Test func standardisationTouchesAsciiOnly() {
        let v = Self.make()
        #expect(v.standardized("ÉA, 你好，世界。 it's") == "Éa 你好，世界。 its")
        #expect(v.splitTokens("a\u{3000}b  c\td") == ["a\u{3000}b", "c", "d"])
    }

    @Test func characterSplitGivesUnicodeScalars() throws {
        var v = Self.make(standardize: nil, split: .character, length: 4)
        try Self.adapt(&v, ["春眠春", "不觉"])
        #expect(v.vocabulary() == ["", "[UNK]", "春", "觉", "眠", "不"])
        #expect(try v(["春晓"], shape: [1]).elements(as: Int64.self) == [2, 1, 0, 0])
    }

    @Test func ngramsFollowEachWidthInTurn() {
        let v = Self.make(ngrams: [1, 3])
        #expect(v.withNgrams(["a", "b", "c", "d"]) == ["a", "b", "c", "d", "a b c", "b c d"])
    }

    @Test func tfIdfWeighsCountsByInverseDocumentFrequency() throws {
        var v = Self.make(.tfIdf)
        try Self.adapt(&v, ["a b b c", "a c", "d", "b b b"])
        let out = try v(["b z"], shape: [1]).elements(as: Float.self)
        let idfB = Float(log(1 + 4.0 / 3.0))
        #expect(abs(out[1] - idfB) < 1e-6)
        let learned = [log(1 + 4.0 / 3.0), log(1 + 4.0 / 3.0), log(1 + 4.0 / 3.0), log(1 + 4.0 / 2.0)].map { Float($0) }
        #expect(abs(out[0] - learned.reduce(0, +) / 4) < 1e-6)
    }

    @Test func givenVocabulariesAreChecked() throws {
        var v = Self.make(maxTokens: 4)
        #expect(throws: TextVectorizer.Failure.self) { try v.setVocabulary(["a", "b", "a"], idfWeights: nil) }
        #expect(throws: TextVectorizer.Failure.self) { try v.setVocabulary(["a", "b", "c"], idfWeights: nil) }
        try v.setVocabulary(["", "[UNK]", "x", "y"], idfWeights: nil)
        #expect(v.tokens == ["x", "y"])
        #expect(throws: TextVectorizer.Failure.self) { try v.adapt([["x"]]) }
    }
}
