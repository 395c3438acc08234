/// Keras's automatic names: the class name in snake case (`MaxPooling2D` → `max_pooling2d`),
/// then `_1`, `_2`, … for later objects of the same kind in the session, until
/// `keras.backend.clear_session()`.
enum KerasNames {
    nonisolated(unsafe) static var counts: [String: Int] = [:]

    static func snakeCase(_ name: String) -> String {
        let chars = Array(name.filter { $0.isLetter || $0.isNumber || $0 == "_" })
        var out = ""
        for (i, c) in chars.enumerated() {
            if i > 0, c.isUppercase {
                let prev = chars[i - 1]
                let nextIsLower = i + 1 < chars.count && chars[i + 1].isLowercase
                // (.)([A-Z][a-z]+) and ([a-z])([A-Z]) in Keras's to_snake_case.
                if (nextIsLower && prev != "_") || prev.isLowercase { out += "_" }
            }
            out.append(c)
        }
        return out.lowercased()
    }

    static func unique(_ className: String) -> String {
        let base = snakeCase(className)
        let n = counts[base, default: 0]
        counts[base] = n + 1
        return n == 0 ? base : "\(base)_\(n)"
    }

    static func reset() { counts = [:] }
}
