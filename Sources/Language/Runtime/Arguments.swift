/// The arguments of one call as a native function receives them.
public struct Arguments {
    public var positional: [Value]
    public var keywords: [(name: Symbol, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: Symbol, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    /// The i-th positional argument. A native function called with too few arguments (a user
    /// calling `x.__getitem__()` by hand) gets a TypeError here instead of a trap.
    public subscript(i: Int) -> Value {
        get throws {
            guard i < positional.count else {
                throw PyError.type("expected at least \(i + 1) argument\(i == 0 ? "" : "s"), got \(positional.count)")
            }
            return positional[i]
        }
    }

    /// The receiver of a method call.
    public var receiver: Value { positional.first ?? Value.none }

    public func keyword(_ name: String) -> Value? {
        let s = Symbol(name)
        return keywords.first { $0.name == s }?.value
    }

    public func prepending(_ value: Value) -> Arguments {
        Arguments([value] + positional, keywords: keywords)
    }

    /// Runs `body` on `values` as the positional arguments, then hands the array back emptied
    /// with its capacity kept, for the caller's next call: a call site that keeps it allocates
    /// no argument array per call. (When `body` kept the array, emptying it copies first, so
    /// what it kept is untouched.)
    @inline(__always)
    static func recycling(_ values: inout [Value], _ body: (Arguments) throws -> Value) rethrows -> Value {
        var a = Arguments([])
        swap(&a.positional, &values)
        defer {
            // A few pops: `removeAll(keepingCapacity:)` goes through the general replaceSubrange.
            while a.positional.popLast() != nil {}
            swap(&a.positional, &values)
        }
        return try body(a)
    }
}
