import CCoroutine

/// A body that runs on a stack of its own, on the thread that resumes it, and can suspend
/// itself halfway: how a generator's body keeps its place between `next()` calls.
///
/// Why stacks, not a state machine: cells compile to trees of Swift closures, so a body's
/// place is the chain of closure calls on the native stack, in every construct (loops, `try`,
/// `with`, a `yield` inside any expression). Switching stacks keeps that one compiler and every
/// fast path in it; rewriting each construct into a resumable form would need a second one.
/// The switch itself (CCoroutine/Switch.S) saves the callee-saved registers and swaps the stack
/// pointer: a few nanoseconds, no system call, no thread.
///
/// What makes that safe for Swift code:
/// - Errors are ordinary return values in Swift, so they never unwind across stacks; a body
///   ends only by returning from its entry, after which its stack holds nothing.
/// - A body abandoned while suspended is resumed with GeneratorExit thrown at its `yield`
///   (PyGenerator.close), so its frames return normally and release what they hold.
/// - The interpreter's depth limit counts the Python calls a stack can hold
///   (`levelsPerStack`), and a call beyond them continues on a fresh segment
///   (`StackSegment`), so deep recursion inside a generator is a RecursionError at the
///   usual limit, never a run into the guard page.
/// - Everything runs on one thread at a time, as the interpreter always has; a body suspended
///   in one cell may be resumed by the next cell's thread (its frames hold no thread state).
struct Coroutine {
    /// Bytes reserved per stack; pages are committed as touched, so a suspended body costs
    /// the one or two pages its frames use (plus a page-table page). As large as the generator
    /// threads' stacks were: native recursion that the call depth does not count (freeing a
    /// linked chain of 100,000 nodes, printing deep structures) needs the room.
    static let stackSize = 64 << 20
    /// Python calls one stack holds before a call continues on a fresh segment: at most a
    /// third of the stack at the interpreter's ~20 KiB budget a level, the rest left to that
    /// native recursion.
    static let levelsPerStack = 1000

    /// The lowest usable address of the stack, nil until started.
    private(set) var stack: UnsafeMutableRawPointer?

    /// Two words at the top of the stack: the body's stack pointer while suspended, and the
    /// resumer's while the body runs.
    @inline(__always)
    private var saved: UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        (stack! + Coroutine.stackSize - 16).assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    }

    var isStarted: Bool { stack != nil }

    /// Takes a stack and prepares it to call `entry(argument)` on the first `resume`.
    mutating func start(_ entry: @convention(c) (UnsafeMutableRawPointer?) -> Void,
                        _ argument: UnsafeMutableRawPointer) throws {
        guard let low = CoroutineStacks.take() else {
            throw PyError(BuiltinTypes.memoryError, "cannot allocate a stack for the generator (too many suspended generators)")
        }
        stack = low
        saved[0] = cellgrad_coroutine_prepare(low + Coroutine.stackSize - 16, entry, argument)
    }

    /// Runs the body until it suspends or ends. Only from outside the body.
    @inline(__always)
    func resume() {
        let saved = self.saved
        cellgrad_coroutine_switch(saved + 1, saved[0])
    }

    /// Suspends the body; returns when it is resumed. Only from inside the body.
    @inline(__always)
    func suspend() {
        let saved = self.saved
        cellgrad_coroutine_switch(saved, saved[1])
    }

    /// The body's last act, once every reference its frames held is released: hands control
    /// back for good. `stack` is the coroutine's, passed raw because nothing Swift-owned may
    /// stay alive on a stack that is never returned to.
    static func exit(stack: UnsafeMutableRawPointer) -> Never {
        let saved = (stack + Coroutine.stackSize - 16).assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        cellgrad_coroutine_switch(saved, saved[1])
        fatalError("a finished coroutine was resumed")
    }

    /// Returns the stack of an ended body to the pool.
    mutating func release() {
        if let low = stack { CoroutineStacks.give(low) }
        stack = nil
    }

    /// Forgets the stack of a body that can never be resumed (stopped by a trap, or one that
    /// would not end): what its frames hold is leaked rather than freed twice.
    mutating func abandon() {
        stack = nil
    }
}

/// Stacks of ended bodies, kept for the next generator: starting one then costs no system call.
enum CoroutineStacks {
    nonisolated(unsafe) private static var free: [UnsafeMutableRawPointer] = []
    private static let keep = 64

    static func take() -> UnsafeMutableRawPointer? {
        if let low = free.popLast() { return low }
        return cellgrad_stack_allocate(Coroutine.stackSize)
    }

    static func give(_ low: UnsafeMutableRawPointer) {
        if free.count < keep { free.append(low) } else { cellgrad_stack_free(low, Coroutine.stackSize) }
    }

    /// Returns the memory of the kept stacks' deeper pages (a full garbage collection does).
    static func trim() {
        for low in free { cellgrad_stack_trim(low, Coroutine.stackSize, 16 << 10) }
    }
}

/// A call made on a generator's stack when that stack holds its `levelsPerStack` calls
/// already: it runs to completion on a fresh stack, so recursion inside a generator reaches
/// the interpreter's recursion limit as it does outside one.
final class StackSegment {
    private var coroutine = Coroutine()
    private var body: (() throws -> Value)?
    private var result: Result<Value, Error> = .success(.none)

    static func run(_ interp: Interpreter, _ body: () throws -> Value) throws -> Value {
        try withoutActuallyEscaping(body) { body in
            let segment = StackSegment()
            segment.body = body
            try segment.coroutine.start(stackSegmentEntry, Unmanaged.passUnretained(segment).toOpaque())
            let capacity = interp.stackDepthCapacity
            interp.stackDepthCapacity = interp.callDepth + Coroutine.levelsPerStack
            segment.coroutine.resume()
            interp.stackDepthCapacity = capacity
            segment.coroutine.release()
            segment.body = nil
            return try segment.result.get()
        }
    }

    /// Runs on the segment's stack; returns once the body's references are released.
    @inline(never)
    fileprivate static func runBody(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let segment = Unmanaged<StackSegment>.fromOpaque(raw).takeUnretainedValue()
        segment.result = Result { try segment.body!() }
        return segment.coroutine.stack!
    }
}

private let stackSegmentEntry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    Coroutine.exit(stack: StackSegment.runBody(raw!))
}
