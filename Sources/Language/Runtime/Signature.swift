/// A Python signature for a native function, parsed once from text, that binds arguments
/// and writes Python's errors.
///
///     let sig = Signature("zeros(shape, dtype=None, *, order='C')")
///     let a = try sig.bind(args)      // a["shape"], a.value(1)
///     // TypeError: zeros() got an unexpected keyword argument 'dtyp'
public struct Signature: Sendable {
    public struct Parameter: Sendable {
        public let name: String
        public let symbol: Symbol
        /// The default's source text; nil when the parameter is required.
        public let defaultText: String?
        public let keywordOnly: Bool
        public let positionalOnly: Bool
    }

    public let functionName: String
    public let parameters: [Parameter]
    public let varArgs: String?
    public let varKeywords: String?
    public let text: String
    /// Set for functions CPython writes in C with its keyword parser, which words an unknown
    /// keyword as `'axis' is an invalid keyword argument for sum()`, naming this function
    /// (`sorted` names `sort`, the method it calls).
    public let cKeywordParserName: String?

    public init(_ text: String, cKeywordParserName: String? = nil) {
        self.text = text
        self.cKeywordParserName = cKeywordParserName
        var name = text
        var params: [Parameter] = []
        var varArgs: String?
        var varKeywords: String?
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") {
            name = String(text[..<open])
            let inner = text[text.index(after: open)..<close]
            var keywordOnly = false
            for raw in Signature.splitTopLevel(String(inner)) {
                let part = raw.trimmingCharacters(in: " ")
                if part.isEmpty { continue }
                if part == "*" { keywordOnly = true; continue }
                if part == "/" {
                    params = params.map { Parameter(name: $0.name, symbol: $0.symbol, defaultText: $0.defaultText, keywordOnly: false, positionalOnly: true) }
                    continue
                }
                if part.hasPrefix("**") { varKeywords = String(part.dropFirst(2)); continue }
                if part.hasPrefix("*") { varArgs = String(part.dropFirst()); keywordOnly = true; continue }
                if let eq = part.firstIndex(of: "=") {
                    let pname = String(part[..<eq]).trimmingCharacters(in: " ")
                    params.append(Parameter(name: pname, symbol: Symbol(pname),
                                            defaultText: String(part[part.index(after: eq)...]).trimmingCharacters(in: " "),
                                            keywordOnly: keywordOnly, positionalOnly: false))
                } else {
                    params.append(Parameter(name: part, symbol: Symbol(part), defaultText: nil,
                                            keywordOnly: keywordOnly, positionalOnly: false))
                }
            }
        }
        self.functionName = name
        self.parameters = params
        self.varArgs = varArgs
        self.varKeywords = varKeywords
    }

    /// CPython's C keyword parser's wording for an unknown keyword; built-ins that check their
    /// few keywords by hand (print, max, min) word it through here too.
    public static func invalidKeyword(_ keyword: String, forCFunction name: String) -> PyError {
        .type("'\(keyword)' is an invalid keyword argument for \(name)()")
    }

    static func splitTopLevel(_ s: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var quote: Character?
        var current = ""
        for c in s {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
            } else if c == "," && depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    /// Binds a call's arguments to the parameters. Missing optional parameters are nil in the
    /// result (the binding applies its own default), so defaults never need evaluating.
    public func bind(_ args: Arguments, skipReceiver: Bool = false) throws -> BoundArguments {
        var values = [Value?](filledWith: nil, count: parameters.count)
        var extra: [Value] = []
        var extraKeywords: [(name: Symbol, value: Value)] = []
        let positional = skipReceiver ? Array(args.positional.dropFirst()) : args.positional
        let positionalCapacity = parameters.firstIndex(where: \.keywordOnly) ?? parameters.count
        for (i, v) in positional.enumerated() {
            if i < positionalCapacity {
                values[i] = v
            } else if varArgs != nil {
                extra.append(v)
            } else {
                let required = parameters.prefix(positionalCapacity).filter { $0.defaultText == nil }.count
                let range = required == positionalCapacity ? "\(positionalCapacity)" : "from \(required) to \(positionalCapacity)"
                throw PyError.type("\(functionName)() takes \(range) positional argument\(positionalCapacity == 1 && required == positionalCapacity ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
            }
        }
        for (name, value) in args.keywords {
            if let i = parameters.firstIndex(where: { $0.symbol == name && !$0.positionalOnly }) {
                if values[i] != nil {
                    throw PyError.type("\(functionName)() got multiple values for argument '\(name.name)'")
                }
                values[i] = value
            } else if varKeywords != nil {
                extraKeywords.append((name, value))
            } else if let cName = cKeywordParserName {
                throw Signature.invalidKeyword(name.name, forCFunction: cName)
            } else {
                throw PyError.type("\(functionName)() got an unexpected keyword argument '\(name.name)'")
            }
        }
        for (i, p) in parameters.enumerated() where values[i] == nil && p.defaultText == nil {
            let kind = p.keywordOnly ? "keyword-only argument" : "positional argument"
            throw PyError.type("\(functionName)() missing 1 required \(kind): '\(p.name)'")
        }
        return BoundArguments(signature: self, values: values, extraPositional: extra, extraKeywords: extraKeywords)
    }
}

/// The result of `Signature.bind`.
public struct BoundArguments {
    public let signature: Signature
    public var values: [Value?]
    public var extraPositional: [Value]
    public var extraKeywords: [(name: Symbol, value: Value)]

    /// The argument for a parameter, nil when omitted (or passed as None if `noneIsMissing`).
    public subscript(name: String) -> Value? {
        guard let i = signature.parameters.firstIndex(where: { $0.name == name }) else { return nil }
        return values[i]
    }

    public func value(_ i: Int) -> Value? { i < values.count ? values[i] : nil }

    /// Like subscript, but treats an explicit None as omitted.
    public func optional(_ name: String) -> Value? {
        guard let v = self[name] else { return nil }
        if case .none = v { return nil }
        return v
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// The candidate nearest to `name` by edit distance, when close enough to be a likely typo.
public func closestName(_ name: String, among candidates: [String]) -> String? {
    let a = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates where !candidate.isEmpty {
        let b = Array(candidate.lowercased())
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        let distance = row[b.count]
        let limit = max(1, (max(a.count, b.count) + 2) / 3)
        if distance <= limit && distance < (best?.1 ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.0
}
