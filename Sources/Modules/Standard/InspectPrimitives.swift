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
        m.define("is_generator_function") { _, args in
            guard args.count == 1 else { throw PyError.type("is_generator_function() takes 1 argument (\(args.count) given)") }
            return .bool((args.positional[0].asObject as? PyFunction)?.isGeneratorFunction ?? false)
        }
        return m
    }
}
