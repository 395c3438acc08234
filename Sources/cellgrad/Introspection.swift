import Foundation
import Jupyter
import Language

/// Completion and inspection, computed from the live session.
enum Introspection {
    static let keywords = Keyword.allCases.map(\.rawValue)

    /// The dotted name that ends at `cursor` (counted in Unicode scalars).
    static func prefix(_ code: String, cursor: Int) -> (text: String, start: Int) {
        let scalars = Array(code.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        var start = end
        while start > 0 {
            let c = scalars[start - 1]
            if c == "_" || c == "." || c.properties.isXIDContinue { start -= 1 } else { break }
        }
        return (String(String.UnicodeScalarView(scalars[start..<end])), start)
    }

    /// The dotted name around `cursor`, for inspection.
    static func nameAt(_ code: String, cursor: Int) -> String? {
        let scalars = Array(code.unicodeScalars)
        var end = min(max(cursor, 0), scalars.count)
        while end < scalars.count, scalars[end] == "_" || scalars[end].properties.isXIDContinue { end += 1 }
        var (name, _) = prefix(code, cursor: end)
        if name.isEmpty, end > 0, scalars[end - 1] == "(" { (name, _) = prefix(code, cursor: end - 1) }
        while name.hasSuffix(".") { name.removeLast() }
        return name.isEmpty ? nil : name
    }

    /// Looks a dotted name up without running code other than attribute access.
    static func resolve(_ dotted: String, in interp: Interpreter, bindings: [String: Value?] = [:]) throws -> Value {
        let parts = dotted.split(separator: ".").map(String.init)
        guard let first = parts.first else { throw PyError.name("empty name") }
        var value: Value
        if case .some(.some(let v)) = bindings[first] {
            value = v
        } else if let v = interp.globals.get(Symbol(first)) {
            value = v
        } else if let b = interp.builtins[Symbol(first)] {
            value = b
        } else if interp.moduleProviders[first] != nil {
            value = .object(try interp.importModule(first))
        } else {
            throw interp.nameError(first)
        }
        for p in parts.dropFirst() { value = try interp.getAttribute(value, Symbol(p)) }
        return value
    }

    static func complete(_ code: String, cursor: Int, interp: Interpreter) -> Completion {
        let context = CellContext(code, cursor: cursor, interp: interp)
        if let string = context.openString {
            return completeInString(string, cursor: cursor, context)
        }
        let (text, start) = prefix(code, cursor: cursor)
        let bindings = context.bindings
        var candidates: [String]
        var partial = text
        if let dot = text.lastIndex(of: ".") {
            let base = String(text[..<dot])
            partial = String(text[text.index(after: dot)...])
            guard let value = try? resolve(base, in: interp, bindings: bindings) else {
                return Completion(matches: [], cursorStart: cursor, cursorEnd: cursor)
            }
            candidates = attributeNames(value)
        } else {
            candidates = interp.globals.entries.map(\.0.name) + interp.builtins.keys.map(\.name) + keywords
                + interp.moduleProviders.keys.filter { !$0.contains(".") } + bindings.keys
            // Inside a call: its keyword parameters, as `name=`.
            if let call = context.openCall, let callee = try? resolve(call, in: interp, bindings: bindings) {
                candidates += CellContext.parameterNames(callee, interp).map { $0 + "=" }
            }
        }
        let hidePrivate = !partial.hasPrefix("_")
        // Matches carry the whole dotted prefix, as IPython's do: "math.sq" -> "math.sqrt".
        let head = String(text.dropLast(partial.count))
        let matches = Set(candidates.filter { $0.hasPrefix(partial) && !(hidePrivate && $0.hasPrefix("_")) }).sorted().map { head + $0 }
        return Completion(matches: matches, cursorStart: start, cursorEnd: cursor)
    }

    static func attributeNames(_ value: Value) -> [String] {
        var names = Set(value.asObject?.attributes?.keys.map(\.name) ?? [])
        if case .object(let o) = value, let t = o as? PyType { names.formUnion(t.mro.flatMap { $0.namespace.keys.map(\.name) }) }
        names.formUnion(value.type.mro.flatMap { $0.namespace.keys.map(\.name) })
        return Array(names)
    }

    /// In a string: the keys of the dict subscripted (`d["le|`), else file paths (`open("da|`).
    static func completeInString(_ string: (head: String, text: String), cursor: Int, _ context: CellContext) -> Completion {
        let typedStart = cursor - string.text.unicodeScalars.count
        if string.head.hasSuffix("[") {
            let name = prefix(string.head, cursor: string.head.unicodeScalars.count - 1).text
            if let value = try? resolve(name, in: context.interp, bindings: context.bindings), case .object(let o) = value, let d = o as? PyDict {
                let keys = d.entries.compactMap { $0.0.asString }.filter { $0.hasPrefix(string.text) }
                return Completion(matches: keys, cursorStart: typedStart, cursorEnd: cursor)
            }
        }
        let typed = string.text
        let slash = typed.lastIndex(of: "/")
        let directory = slash.map { String(typed[...$0]) } ?? ""
        let partial = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let listed = directory.isEmpty ? "." : (directory as NSString).expandingTildeInPath
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listed) else {
            return Completion(matches: [], cursorStart: cursor, cursorEnd: cursor)
        }
        let matches = entries.filter { $0.hasPrefix(partial) && (partial.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { entry -> String in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
            return directory + entry + (isDirectory.boolValue ? "/" : "")
        }
        return Completion(matches: matches, cursorStart: typedStart, cursorEnd: cursor)
    }
}
