/// The recursion limit for native code that walks nested containers (comparison, hashing):
/// each level counts as a call, so `a = [a]; b = [b]; a == b` raises RecursionError as in
/// Python instead of exhausting the native stack.
extension Interpreter {
    /// Runs `body` one level deeper; `context` completes "maximum recursion depth exceeded…".
    @inline(__always)
    func nested<T>(_ context: String, _ body: () throws -> T) throws -> T {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > recursionLimit { throw PyError.recursion("maximum recursion depth exceeded" + context) }
        runningFrames.note(nil, at: callDepth)
        return try body()
    }
}
