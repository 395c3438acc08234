import Language

/// `_warnings`: what the warnings module (Library, in Cellgrad Python) asks of the running
/// frames: the place a warning names, and that place's source line.
enum WarningsFrames {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_warnings", doc: "Frame locations for the warnings module.")
        // (filename, lineno, module) of the frame `level` out from the caller of this function,
        // or None past the outermost frame.
        m.define("caller") { interp, args in
            let level = try interp.toInt(args.count > 0 ? args[0] : .int(0))
            guard level >= 0, let place = interp.frameLocation(level: level) else { return .none }
            return .tuple([.str(place.filename), .int(place.line), .str(place.moduleName)])
        }
        m.define("source_line") { interp, args in
            guard args.count == 2 else { throw PyError.type("source_line() takes 2 arguments (\(args.count) given)") }
            let filename = try interp.toStringValue(args[0], what: "filename")
            return .str(interp.sourceLine(filename: filename, line: try interp.toInt(args[1])) ?? "")
        }
        return m
    }
}
