/// A function's parameters as `inspect.signature` describes them.
extension PyFunction {
    /// The kinds of `inspect.Parameter`, with its numbering.
    public enum ParameterKind: Int {
        case positionalOnly, positionalOrKeyword, varPositional, keywordOnly, varKeyword
    }

    public struct ParameterDescription {
        public let name: String
        public let kind: ParameterKind
        /// Nil for a parameter without a default.
        public let defaultValue: Value?
    }

    /// Every parameter in order, with its kind and default.
    public var parameterDescriptions: [ParameterDescription] {
        var out: [ParameterDescription] = []
        let names = code.positionalNames
        let firstDefault = names.count - defaults.count
        for (i, n) in names.enumerated() {
            out.append(ParameterDescription(name: n, kind: i < code.positionalOnlyCount ? .positionalOnly : .positionalOrKeyword,
                                            defaultValue: i >= firstDefault ? defaults[i - firstDefault] : nil))
        }
        if code.varArgsSlot != nil { out.append(ParameterDescription(name: varArgsName, kind: .varPositional, defaultValue: nil)) }
        for n in code.keywordOnlyNames {
            out.append(ParameterDescription(name: n, kind: .keywordOnly, defaultValue: keywordDefaults[n]))
        }
        if code.varKeywordsSlot != nil { out.append(ParameterDescription(name: varKeywordsName, kind: .varKeyword, defaultValue: nil)) }
        return out
    }

    /// True for a `def` whose body yields (`inspect.isgeneratorfunction`).
    public var isGeneratorFunction: Bool { code.isGenerator }
}
