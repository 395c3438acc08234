/// A generator object: calling a function that contains `yield` returns one. Its body runs on
/// a stack of its own (see Coroutine) on the thread that calls `next()`, and suspends at each
/// `yield` by switching back to that caller: no thread, no lock.
public final class PyGenerator: PyObject {
    let function: PyFunction
    /// The body's frame; dropped when the body ends, so its locals are freed with it.
    private(set) var frame: Frame?
    private var coroutine = Coroutine()
    private(set) var isFinished = false
    private var isRunning = false
    /// How the body continues at its `yield`: with the value sent (taken, leaving None), or
    /// by raising `thrown`, or GeneratorExit when closing. Plain fields rather than an enum
    /// with payloads: a resume moves the value without a retain and release.
    private var sent: Value = .none
    private var thrown: PyError?
    private var isClosing = false
    /// The value handed out by the last `yield`.
    private var yielded: Value = .none
    /// How the body ended, once it has.
    private var failure: Error?
    /// The value of the body's `return`, carried by StopIteration.
    public private(set) var returnValue: Value = .none
    /// The generator that resumed this one, while this one runs (a chain through nested
    /// generators, for recovery after a trap).
    unowned(unsafe) var resumedFrom: PyGenerator?

    public var name: String { function.name }

    init(function: PyFunction, frame: Frame) {
        self.function = function
        self.frame = frame
        super.init(type: BuiltinTypes.generator)
        frame.generator = Unmanaged.passUnretained(self)
        GarbageCollector.track(self)
    }

    /// Suspended at a `yield`: closing it runs the rest of its `try` blocks.
    var isSuspended: Bool { coroutine.isStarted && !isFinished && !isRunning }

    /// The function and the frame's locals. What the body's suspended stack holds (a `for`
    /// loop's iterator, a `with` block's manager) is not visible here and counts as held from
    /// outside, so the collector never frees it early.
    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        visit(function)
        frame?.visitReferences(visit)
        if case .object(let o) = yielded { visit(o) }
        if case .object(let o) = returnValue { visit(o) }
    }

    /// The collector's finalizer for a suspended generator in a cycle: `close()`.
    func finalizeSuspended() {
        guard isSuspended, let interp = frame?.interp else { return }
        try? close(interp)
    }

    public override func clearReferences() {
        super.clearReferences()
        guard !isRunning else { return }
        // A body that would not close keeps what its stack holds (leaked, never freed twice).
        if isSuspended { coroutine.abandon() }
        end()
        yielded = .none
        returnValue = .none
    }

    /// The next yielded value, or nil when the body returns.
    public func next(_ interp: Interpreter, send: Value = .none) throws -> Value? {
        if isFinished { return nil }
        if !coroutine.isStarted {
            if !send.isNone { throw PyError.type("can't send non-None value to a just-started generator") }
            try coroutine.start(generatorEntry, Unmanaged.passUnretained(self).toOpaque())
        }
        if case .none = send {} else { sent = send }
        return try resume(interp)
    }

    /// `gen.throw(exc)`: raises inside the body at the paused yield.
    public func throwInto(_ interp: Interpreter, _ error: PyError) throws -> Value? {
        guard coroutine.isStarted, !isFinished else {
            // A generator that has not started ends at once, as in Python.
            end()
            throw error
        }
        thrown = error
        return try resume(interp)
    }

    /// `gen.close()`: raises GeneratorExit at the paused yield, so `finally` blocks run.
    public func close(_ interp: Interpreter) throws {
        guard coroutine.isStarted, !isFinished else { end(); return }
        isClosing = true
        defer { isClosing = false }
        do {
            if try resume(interp) != nil { throw PyError.runtime("generator ignored GeneratorExit") }
        } catch let e as PyError where e.isInstance(of: BuiltinTypes.generatorExit) || e.isInstance(of: BuiltinTypes.stopIteration) {
        }
    }

    /// Runs the body until its next `yield` (its value) or its end (nil, or the error it raised).
    private func resume(_ interp: Interpreter) throws -> Value? {
        if isRunning { throw PyError(BuiltinTypes.valueError, "generator already executing") }
        isRunning = true
        resumedFrom = interp.runningGenerator
        interp.runningGenerator = self
        let capacity = interp.stackDepthCapacity
        interp.stackDepthCapacity = interp.callDepth + Coroutine.levelsPerStack
        coroutine.resume()
        interp.stackDepthCapacity = capacity
        interp.runningGenerator = resumedFrom
        resumedFrom = nil
        isRunning = false
        if !isFinished {
            var out = Value.none
            swap(&out, &yielded)
            return out
        }
        coroutine.release()
        end()
        if let e = failure {
            failure = nil
            if let pe = e as? PyError, pe.isInstance(of: BuiltinTypes.stopIteration) {
                throw PyError.runtime("generator raised StopIteration")
            }
            throw e
        }
        return nil
    }

    /// Called by the body at `yield`: hands `value` out and waits for the next resume.
    func yieldValue(_ value: Value) throws -> Value {
        yielded = value
        coroutine.suspend()
        try raiseIfThrownInto()
        var v = Value.none
        swap(&v, &sent)
        return v
    }

    /// What `throw()` or `close()` asked the body to raise where it stands.
    @inline(__always)
    private func raiseIfThrownInto() throws {
        if let e = thrown {
            thrown = nil
            throw e
        }
        if isClosing { throw PyError(PyExceptionObject(type: BuiltinTypes.generatorExit, args: [])) }
    }

    /// Runs on the generator's stack: the body from its start to its end. Returns the stack,
    /// once every reference the body held is released.
    @inline(never)
    fileprivate static func runBody(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        // Borrowed, not retained: see Frame.generator.
        Unmanaged<PyGenerator>.fromOpaque(raw)._withUnsafeGuaranteedRef { generator in
            generator.runBody()
            return generator.coroutine.stack!
        }
    }

    private func runBody() {
        guard let frame else { isFinished = true; return }
        do {
            try raiseIfThrownInto()
            if case .generator(let statements) = function.code.body { _ = try statements(frame) }
            returnValue = frame.returnValue
        } catch let e as PyError {
            if !(e.isInstance(of: BuiltinTypes.generatorExit) && isClosing) {
                e.exception.traceback.append(TracebackEntry(function: function.name, file: function.code.info.filename,
                                                            line: frame.line, column: e.exception.pendingColumn))
                e.exception.pendingColumn = nil
            }
            failure = e
        } catch {
            failure = error
        }
        // The frame goes once control is back on the resumer's stack (see `resume`): freeing
        // the locals may free long chains of objects, recursively.
        isFinished = true
    }

    /// Marks the body ended and lets its locals go.
    private func end() {
        isFinished = true
        frame = nil
    }

    /// See Interpreter.recoverFromTrap: the body's stack was left mid-call.
    func abandonAfterTrap() {
        isRunning = false
        resumedFrom = nil
        end()
        coroutine.abandon()
    }

    /// A generator dropped while suspended is closed, as in Python: its `finally` blocks run
    /// and its frames release what they hold. One that yields again instead is abandoned, as
    /// CPython clears its frame: what its stack holds is leaked, never freed twice.
    deinit {
        // Closing runs Python code, which may allocate and collect: leave the lists first.
        if gcIndex >= 0 { GarbageCollector.untrack(self) }
        guard coroutine.isStarted, !isFinished, !isRunning, let interp = frame?.interp else { return }
        isClosing = true
        _ = try? resume(interp)
        if !isFinished { coroutine.abandon() }
    }
}

extension Frame {
    /// `yield value` in this frame's body: suspends it, and returns what it is resumed with.
    /// The generator is borrowed for the call, never retained (see `generator`).
    @inline(__always)
    func yieldFromBody(_ value: Value) throws -> Value {
        guard let generator else { throw PyError.runtime("'yield' outside a generator") }
        return try generator._withUnsafeGuaranteedRef { try $0.yieldValue(value) }
    }
}

private let generatorEntry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    Coroutine.exit(stack: PyGenerator.runBody(raw!))
}
