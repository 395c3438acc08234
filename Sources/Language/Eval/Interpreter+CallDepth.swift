/// What happens when a call goes past `depthLimit`: a RecursionError at the recursion limit,
/// or, on a generator's stack that holds all the calls it can, the call continued on a fresh
/// stack segment.
extension Interpreter {
    @inline(never)
    func beyondDepthLimit(_ body: () throws -> Value) throws -> Value {
        if callDepth > recursionLimit { throw PyError.recursion("maximum recursion depth exceeded") }
        return try StackSegment.run(self, body)
    }

    /// After a Swift trap stopped a cell (see CTrapGuard), the generators that were running
    /// can never be resumed: their stacks were left mid-call. Marks them finished.
    public func recoverFromTrap() {
        while let g = runningGenerator {
            runningGenerator = g.resumedFrom
            g.abandonAfterTrap()
        }
        stackDepthCapacity = Int.max
    }
}
