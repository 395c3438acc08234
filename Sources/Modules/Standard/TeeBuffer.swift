import Language

/// The values `itertools.tee`'s copies share: read from the source once, kept until the
/// copies have read them. (Kept whole: a lesson's tees are short.)
final class TeeBuffer {
    private let source: PyIterator
    private var values: [Value] = []
    private var exhausted = false

    init(_ source: PyIterator) { self.source = source }

    func value(at i: Int, _ interp: Interpreter) throws -> Value? {
        while i >= values.count {
            if exhausted { return nil }
            guard let v = try source.next(interp) else { exhausted = true; return nil }
            values.append(v)
        }
        return values[i]
    }
}
