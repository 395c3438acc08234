import Foundation
import Language
import NN
import Tensor

/// `keras.layers.TextVectorization` over the engine's ``TextVectorizer``: `adapt`, the call on
/// strings, `get_vocabulary`, `set_vocabulary`, `vocabulary_size`, `get_config`.
///
/// As in Keras on a backend other than TensorFlow, the layer preprocesses text outside the
/// model: call it on the texts and give the model the numbers it returns.
final class KerasTextVectorization: KerasLayerKind {
    var vectorizer: TextVectorizer
    /// `standardize=` as a Python callable, applied to an array of the texts instead of the
    /// built-in standardisations (as Keras does on the JAX and torch backends).
    let customStandardize: Value?
    /// The constructor's arguments as `get_config()` reports them.
    let arguments: [(String, Value)]
    let inputVocabulary: Value
    let inputIdfWeights: Value
    /// The name of the StringLookup layer Keras keeps inside, which its adapt error names.
    let lookupName: String

    init(_ vectorizer: TextVectorizer, customStandardize: Value?, arguments: [(String, Value)], vocabulary: Value, idfWeights: Value, lookupName: String) {
        self.lookupName = lookupName
        self.vectorizer = vectorizer
        self.customStandardize = customStandardize
        self.arguments = arguments
        self.inputVocabulary = vocabulary
        self.inputIdfWeights = idfWeights
    }

    var className: String { "TextVectorization" }
    func build(_ layer: PyKerasLayer, inputShape: [Int?]) throws {}
    func outputShape(_ inputShape: [Int?]) throws -> [Int?] { vectorizer.outputShape(inputShape) }
    func call(_ layer: PyKerasLayer, _ x: Variable, training: Bool) throws -> Variable {
        throw PyError.notImplemented("TextVectorization inside a model is not supported in Cellgrad (Keras allows it only on the TensorFlow backend); call the layer on the texts first, e.g. x = vectorizer(texts), and train the model on x")
    }

    static let standardizeChoices = "('lower_and_strip_punctuation', 'lower', 'strip_punctuation')"

    static func kind(_ l: PyKerasLayer) throws -> KerasTextVectorization {
        guard let k = l.kind as? KerasTextVectorization else { throw PyError.type("expected a TextVectorization layer, got \(l.className)") }
        return k
    }

    /// The layer's constructor: reads and checks the arguments as Keras does.
    static func make(_ interp: Interpreter, _ b: BoundArguments) throws -> KerasLayerKind {
        // An explicit None means "none of it" here (no standardisation, no splitting).
        func text(_ name: String, _ default: String) throws -> String? {
            guard let v = b[name] else { return `default` }
            return v.isNone ? nil : try interp.toStringValue(v)
        }
        var custom: Value?
        var standardize: TextVectorizer.Standardize?
        if let v = b.optional("standardize"), !v.isNone, v.asString == nil {
            custom = v
        } else if let s = try text("standardize", "lower_and_strip_punctuation") {
            guard let parsed = TextVectorizer.Standardize(rawValue: s) else {
                throw PyError.value("Unknown value for `standardize` argument of TextVectorization. Allowed values are: \(standardizeChoices). Received: standardize=\(s)")
            }
            standardize = parsed
        }
        var split: TextVectorizer.Split?
        if let v = b.optional("split"), !v.isNone, v.asString == nil {
            throw PyError.notImplemented("TextVectorization(split=<callable>) is not supported in Cellgrad; use split='whitespace', 'character' or None")
        }
        if let s = try text("split", "whitespace") {
            guard let parsed = TextVectorizer.Split(rawValue: s) else {
                throw PyError.value("Unknown value for `split` argument of TextVectorization. Allowed values are: ('whitespace', 'character'). Received: split=\(s)")
            }
            split = parsed
        }
        var modeName = try text("output_mode", "int") ?? "None"
        if modeName == "binary" { modeName = "multi_hot" }
        if modeName == "tf-idf" { modeName = "tf_idf" }
        guard let mode = TextVectorizer.OutputMode(rawValue: modeName) else {
            throw PyError.value("Unknown value for `output_mode` argument of TextVectorization. Allowed values are: ('int', 'one_hot', 'multi_hot', 'count', 'tf_idf'). Received: output_mode=\(modeName)")
        }
        let ngramsValue = b["ngrams"] ?? .none
        var ngrams: [Int]?
        if case .int(let n) = ngramsValue {
            ngrams = n >= 1 ? Array(1...n) : []
        } else if case .object(let o) = ngramsValue, o is PyTuple, let items = try? interp.iterateToArray(ngramsValue),
                  items.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
            ngrams = try items.map { try interp.toInt($0) }
        } else if !ngramsValue.isNone {
            throw PyError.value("`ngrams` must be None, an integer, or a tuple of integers. Received: ngrams=\(ngramsValue.asString ?? Formatter.repr(ngramsValue))")
        }
        let lengthValue = b["output_sequence_length"] ?? .none
        var length: Int?
        if mode == .int {
            guard lengthValue.isNone || { if case .int = lengthValue { return true } else { return false } }() else {
                throw PyError.value("`output_sequence_length` must be either None or an integer when `output_mode` is 'int'. Received: output_sequence_length=\(Formatter.repr(lengthValue))")
            }
            length = lengthValue.isNone ? nil : try interp.toInt(lengthValue)
        } else if !lengthValue.isNone {
            throw PyError.value("`output_sequence_length` must not be set if `output_mode` is not 'int'. Received output_sequence_length=\(Formatter.repr(lengthValue)).")
        }
        for flag in ["sparse", "ragged"] {
            if try interp.isTruthy(b[flag] ?? .bool(false)) { throw PyError.value("`\(flag)=True` can only be used with the TensorFlow backend.") }
        }
        let maxTokensValue = b["max_tokens"] ?? .none
        let maxTokens = maxTokensValue.isNone ? nil : try interp.toInt(maxTokensValue)
        if let maxTokens, maxTokens <= 1 {
            throw PyError.value("If set, `max_tokens` must be greater than 1. Received: max_tokens=\(maxTokens)")
        }
        let padToMax = try interp.isTruthy(b["pad_to_max_tokens"] ?? .bool(false))
        var v = TextVectorizer(standardize: standardize, split: split, ngrams: ngrams, outputMode: mode,
                               maxTokens: maxTokens, outputSequenceLength: length, padToMaxTokens: padToMax)
        let vocabulary = b["vocabulary"] ?? .none, idf = b["idf_weights"] ?? .none
        if !idf.isNone && mode != .tfIdf {
            throw PyError.value("`idf_weights` should only be set if `output_mode` is `'tf_idf'`. Received: idf_weights=\(Formatter.repr(idf)) and output_mode=\(mode.rawValue)")
        }
        // Keras makes its inner StringLookup here, so its errors name that layer.
        let lookupName = KerasNames.unique("StringLookup")
        if !vocabulary.isNone {
            if mode == .tfIdf && idf.isNone {
                throw PyError.value("When specifying the `vocabulary` argument, in TF-IDF output mode, the `idf_weights` argument must also be provided.")
            }
            try setVocabulary(&v, vocabulary, idf, interp)
        }
        let arguments: [(String, Value)] = [
            ("max_tokens", maxTokensValue), ("standardize", custom ?? standardize.map { Value.str($0.rawValue) } ?? Value.none),
            ("split", split.map { Value.str($0.rawValue) } ?? Value.none), ("ngrams", ngramsValue), ("output_mode", .str(mode.rawValue)),
            ("output_sequence_length", lengthValue), ("pad_to_max_tokens", .bool(padToMax)), ("sparse", .bool(false)), ("ragged", .bool(false)),
        ]
        return KerasTextVectorization(v, customStandardize: custom, arguments: arguments, vocabulary: vocabulary, idfWeights: idf, lookupName: lookupName)
    }

    /// A vocabulary given as a list, tuple or array of strings, or as the path of a text file
    /// with one token a line.
    static func setVocabulary(_ v: inout TextVectorizer, _ vocabulary: Value, _ idf: Value, _ interp: Interpreter) throws {
        var words: [String]
        if let path = vocabulary.asString {
            guard let data = FileManager.default.contents(atPath: path) else { throw PyError.value("Vocabulary file \(path) does not exist.") }
            if v.outputMode == .tfIdf { throw PyError.value("output_mode `'tf_idf'` does not support loading a vocabulary from file.") }
            words = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            while words.last == "" { words.removeLast() }
        } else {
            words = try texts(vocabulary, interp).strings
        }
        let weights = idf.isNone ? nil : try NumPyBridge.toArray(idf, dtype: .float64, interp).ravel().elements(as: Double.self)
        try call { try v.setVocabulary(words, idfWeights: weights) }
    }

    /// Strings given as a `str`, a (nested) list or tuple, or a NumPy string array.
    static func texts(_ value: Value, _ interp: Interpreter) throws -> (strings: [String], shape: [Int]) {
        let any = try NumPyBridge.anyArray(value, interp)
        if case .numeric(let a) = any, a.size == 0 { return ([], a.shape) }
        guard case .text(let a) = any else {
            throw PyError.type("TextVectorization expects strings (a str, a list of str or a NumPy string array), got \(Formatter.repr(value).prefix(80))")
        }
        return (a.strings, a.shape)
    }

    static func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as TextVectorizer.Failure {
            throw NumPyBridge.pythonError(e.pythonName, e.message)
        }
    }

    /// The texts after a callable `standardize`, which receives them as a NumPy string array.
    func prepared(_ value: Value, _ interp: Interpreter) throws -> (strings: [String], shape: [Int]) {
        let (strings, shape) = try Self.texts(value, interp)
        guard let customStandardize else { return (strings, shape) }
        let array = try NumPyBridge.wrap(try NumPyBridge.call { try StringArray(strings: strings, shape: shape) })
        return try Self.texts(try interp.call(customStandardize, Arguments([array])), interp)
    }

    static func install(_ m: PyModule) {
        KerasLayers.define(m, "TextVectorization(max_tokens=None, standardize='lower_and_strip_punctuation', split='whitespace', ngrams=None, output_mode='int', output_sequence_length=None, pad_to_max_tokens=False, vocabulary=None, idf_weights=None, sparse=False, ragged=False, encoding='utf-8')", make)
        guard case .object(let o)? = m["TextVectorization"], let t = o as? PyType else { return }
        t.method("adapt(data, batch_size=None, steps=None)", on: PyKerasLayer.self) { interp, l, b in
            let k = try kind(l)
            let data = b["data"] ?? .none
            var batches: [Value] = [data]
            // Anything iterable that is not itself the texts (a generator, a dataset) yields batches.
            if case .object(let o) = data, !(o is PyList || o is PyTuple || o is PyStr || o is PyStringArray || o is PyNDArray) {
                batches = try interp.iterateToArray(data)
                if let steps = b.optional("steps"), !steps.isNone { batches = Array(batches.prefix(try interp.toInt(steps))) }
            }
            var documents: [[String]] = []
            for batch in batches {
                var (strings, shape) = try k.prepared(batch, interp)
                if shape.count <= 1 { shape = [shape.first ?? 1, 1] }
                documents += try call { try k.vectorizer.rows(strings, shape: shape).rows }
            }
            if k.vectorizer.hasInputVocabulary {
                throw PyError.value("Cannot adapt layer '\(k.lookupName)' after setting a static vocabulary via `vocabulary` argument or `set_vocabulary()` method.")
            }
            try call { try k.vectorizer.adapt(documents) }
            return .none
        }
        t.method("__call__(inputs, *args, training=None, **kwargs)", on: PyKerasLayer.self) { interp, l, b in
            let k = try kind(l)
            let input = b["inputs"] ?? .none
            if case .object(let o) = input, o is KerasInput || o is KerasEagerTensor { _ = try k.call(l, Variable(try NDArray.zeros([0])), training: false) }
            let (strings, shape) = try k.prepared(input, interp)
            let out: NDArray
            do {
                out = try k.vectorizer(strings, shape: shape)
            } catch let e as TextVectorizer.Failure {
                // Keras wraps what fails inside a layer's call in this message.
                throw NumPyBridge.pythonError(e.pythonName, "Exception encountered when calling TextVectorization.call().\n\n\(e.message)\n\nArguments received by TextVectorization.call():\n  • inputs=\(Formatter.repr(input))")
            }
            if l.builtInputShape == nil { l.builtInputShape = shape.map { Optional($0) } }
            return NumPyBridge.wrapArray(out)
        }
        t.method("get_vocabulary(include_special_tokens=True)", on: PyKerasLayer.self) { interp, l, b in
            let k = try kind(l)
            let specials = try interp.isTruthy(b["include_special_tokens"] ?? .bool(true))
            // Keras returns its learned tokens as NumPy strings and the special tokens as str.
            let words = try k.vectorizer.tokens.map { try NumPyBridge.wrap(StringArray(scalar: $0)) }
            let front = specials ? k.vectorizer.vocabulary().prefix(k.vectorizer.tokenStart).map { Value.str($0) } : []
            return .list(front + words)
        }
        t.method("vocabulary_size()", on: PyKerasLayer.self) { _, l, _ in .int(try kind(l).vectorizer.vocabularySize) }
        t.method("set_vocabulary(vocabulary, idf_weights=None)", on: PyKerasLayer.self) { interp, l, b in
            let k = try kind(l)
            try setVocabulary(&k.vectorizer, b["vocabulary"] ?? .none, b["idf_weights"] ?? .none, interp)
            return .none
        }
        t.method("get_config()", on: PyKerasLayer.self) { _, l, _ in
            let k = try kind(l)
            let own = k.arguments + [("vocabulary", k.inputVocabulary), ("idf_weights", k.inputIdfWeights), ("encoding", .str("utf-8")),
                                     ("vocabulary_size", .int(k.vectorizer.vocabularySize))]
            return KerasConfig.layerConfigValue(l, own)
        }
    }

    var config: [String: Any] {
        var c: [String: Any] = ["encoding": "utf-8", "vocabulary_size": vectorizer.vocabularySize]
        for (key, value) in arguments {
            switch value {
            case .int(let i): c[key] = i
            case .bool(let b): c[key] = b
            case .none: c[key] = KerasConfig.null
            default: c[key] = value.asString.map { $0 as Any } ?? KerasConfig.null
            }
        }
        return c
    }
}
