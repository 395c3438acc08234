import Language

/// `_inspect`: what the inspect module (Library, in Cellgrad Python) reads from a function.
enum InspectPrimitives {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_inspect", doc: "Function parameters for the inspect module.")
        // [(name, kind, has_default, default)] for a Python function, or None for anything else.
        m.define("parameters") { _, args in
            guard args.count == 1 else { throw PyError.type("parameters() takes 1 argument (\(args.count) given)") }
            guard let f = args.positional[0].asObject as? PyFunction else { return .none }
            return .list(f.parameterDescriptions.map { p in
                .tuple([.str(p.name), .int(p.kind.rawValue), .bool(p.defaultValue != nil), p.defaultValue ?? .none])
            })
        }
        // [(name, kind, default source text or None)] for a built-in declared by a signature
        // (a method's receiver first, positional-only, as CPython's `($self, /, …)`), else None.
        m.define("native_parameters") { _, args in
            guard args.count == 1 else { throw PyError.type("native_parameters() takes 1 argument (\(args.count) given)") }
            guard let f = args.positional[0].asObject as? PyNativeFunction, let sig = f.signature else { return .none }
            typealias Kind = PyFunction.ParameterKind
            func entry(_ name: String, _ kind: Kind, _ defaultText: String?) -> Value {
                .tuple([.str(name), .int(kind.rawValue), defaultText.map { .str($0) } ?? .none])
            }
            var out: [Value] = f.owner == nil ? [] : [entry("self", .positionalOnly, nil)]
            for p in sig.parameters where !p.keywordOnly {
                out.append(entry(p.name, p.positionalOnly ? .positionalOnly : .positionalOrKeyword, p.defaultText))
            }
            if let name = sig.varArgs { out.append(entry(name, .varPositional, nil)) }
            for p in sig.parameters where p.keywordOnly { out.append(entry(p.name, .keywordOnly, p.defaultText)) }
            if let name = sig.varKeywords { out.append(entry(name, .varKeyword, nil)) }
            return .list(out)
        }
        m.define("is_generator_function") { _, args in
            guard args.count == 1 else { throw PyError.type("is_generator_function() takes 1 argument (\(args.count) given)") }
            return .bool((args.positional[0].asObject as? PyFunction)?.isGeneratorFunction ?? false)
        }
        return m
    }
}
