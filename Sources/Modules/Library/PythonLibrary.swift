import Foundation
import Language

/// The standard-library modules written in Cellgrad Python (`collections`, `itertools`,
/// `functools`, …). Each module's source is a string in `PythonLibrary+<Module>.swift`, bundled
/// in the binary and compiled on its first import, so a session that never imports `json`
/// pays nothing for it.
///
/// Setting `CELLGRAD_LIBRARY_DIR` to a folder of `<module>.py` files makes those files win over
/// the bundled sources, so the library can be edited and tried without rebuilding the kernel.
enum PythonLibrary {
    static let modules: [(name: String, source: String)] = [
        ("collections", collections),
        ("collections.abc", collectionsABC),
        ("_collections_user", collectionsUserTypes),
        ("functools", functools),
        ("operator", operatorModule),
        ("keyword", keyword),
        ("json", json),
        ("copy", copy),
        ("heapq", heapq),
        ("bisect", bisect),
        ("string", string),
        ("textwrap", textwrap),
        ("re", re),
        ("typing", typing),
        ("dataclasses", dataclasses),
        ("enum", enumModule),
        ("abc", abc),
        ("contextlib", contextlib),
        ("statistics", statistics),
        ("io", io),
        ("time", time),
        ("warnings", warnings),
        ("struct", structModule),
        ("posixpath", posixpath),
        ("pickle", pickle),
        ("pathlib", pathlib),
        ("os", os),
        ("importlib", importlib),
        ("gzip", gzip),
        ("glob", glob),
        ("fractions", fractions),
        ("fnmatch", fnmatch),
        ("decimal", decimal),
        ("datetime", datetime),
        ("csv", csv),
        ("weakref", weakref),
        ("inspect", inspect),
        ("types", types),
        ("base64", base64),
    ]

    static func register(into interp: Interpreter) {
        register(modules, into: interp)
    }

    /// Registers modules written in Cellgrad Python, each compiled on its first import.
    static func register(_ modules: [(name: String, source: String)], into interp: Interpreter) {
        let overrides = ProcessInfo.processInfo.environment["CELLGRAD_LIBRARY_DIR"]
        var all = modules
        // A new module being written in the override folder is importable before it is bundled.
        if let dir = overrides, let files = try? FileManager.default.contentsOfDirectory(atPath: dir) {
            let bundledNames = Set(modules.map(\.name))
            for file in files.sorted() where file.hasSuffix(".py") {
                let name = String(file.dropLast(3))
                if !bundledNames.contains(name) { all.append((name, "")) }
            }
        }
        for (name, bundled) in all {
            interp.registerModule(name) { interp in
                var source = bundled
                if let dir = overrides, let text = try? String(contentsOfFile: dir + "/" + name + ".py", encoding: .utf8) {
                    source = text
                }
                return try interp.sourceModule(name, source: source)
            }
        }
    }
}
