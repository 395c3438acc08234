import Language

/// The UTF-8 form of the string searched last: `finditer`, `sub` and `split` search one
/// string many times, and converting it on every attempt would make them quadratic.
enum SubjectCache {
    nonisolated(unsafe) private static var last: SubjectText?

    static func text(for string: PyStr) -> SubjectText {
        if let cached = last, cached.source === string { return cached }
        let text = SubjectText(string)
        last = text
        return text
    }
}
