import Language

/// `from IPython.display import display, clear_output, HTML, Markdown`.
enum DisplayModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "IPython.display", doc: "Rich display in the notebook.")
        m.define("display", display)
        m.define("clear_output") { interp, args in
            let wait = try args.keyword("wait").map { try interp.isTruthy($0) } ?? (args.count > 0 ? try interp.isTruthy(args[0]) : false)
            interp.io?.clearOutput(wait: wait)
            return .none
        }
        for (name, mime) in [("HTML", "text/html"), ("Markdown", "text/markdown"), ("Latex", "text/latex")] {
            let type = PyType(name: name, bases: [BuiltinTypes.object], module: "IPython.core.display")
            type.define("__init__") { interp, args in
                guard args.count >= 2, case .object(let o) = try args[0] else { throw PyError.type("\(name)() takes a string") }
                o.setAttribute(Symbol("data"), .str(try interp.str(args[1])))
                return .none
            }
            type.define("_repr_mimebundle_") { _, args in
                let d = PyDict()
                let data = args.receiver.asObject?.attribute(Symbol("data")) ?? .str("")
                d[HashKey.string(mime)] = data
                d[HashKey.string("text/plain")] = .str("<IPython.core.display.\(name) object>")
                return .object(d)
            }
            type.define("__repr__") { _, _ in .str("<IPython.core.display.\(name) object>") }
            m[name] = .object(type)
        }
        return m
    }

    static func makeIPython(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "IPython", doc: "IPython compatibility for Cellgrad.")
        m.define("get_ipython") { _, _ in .none }
        return m
    }

    nonisolated(unsafe) static let display: NativeBody = { interp, args in
        let displayID = args.keyword("display_id")
        let update = try args.keyword("update").map { try interp.isTruthy($0) } ?? false
        for v in args.positional {
            let bundle = try interp.mimeBundle(v)
            interp.io?.display(bundle, displayID: displayID.flatMap { $0.asString }, update: update)
        }
        return .none
    }
}

