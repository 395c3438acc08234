import Foundation

/// The hand-off between a generator's body, which runs on its own thread, and its consumer.
/// Exactly one side runs at a time, so the interpreter stays single-threaded in effect.
final class GeneratorChannel: @unchecked Sendable {
    let resumeBody = Baton()
    let resumeCaller = Baton()
    var sent: Value = .none
    var yielded: Value = .none
    var finished = false
    var error: Error?
    var closing = false
    /// The value of the body's `return`, carried by StopIteration.
    var returnValue: Value = .none
    var throwIn: PyError?

    /// Called by the body at `yield`: hands `value` out and waits for the next resume.
    func yieldValue(_ value: Value) throws -> Value {
        yielded = value
        resumeCaller.signal()
        resumeBody.wait()
        if closing { throw PyError(PyExceptionObject(type: BuiltinTypes.generatorExit, args: [])) }
        if let e = throwIn { throwIn = nil; throw e }
        return sent
    }
}

/// A generator object: calling a function that contains `yield` returns one.
public final class PyGenerator: PyObject {
    let channel = GeneratorChannel()
    let function: PyFunction
    var frame: Frame?
    var started = false
    /// The body's thread, until it has ended and been joined.
    private var thread: GeneratorThread?
    public var name: String { function.name }
    public var returnValue: Value { channel.returnValue }

    init(function: PyFunction, frame: Frame) {
        self.function = function
        self.frame = frame
        super.init(type: BuiltinTypes.generator)
    }

    /// The next yielded value, or nil when the body returns.
    public func next(_ interp: Interpreter, send: Value = .none) throws -> Value? {
        if channel.finished { return nil }
        if !started {
            started = true
            if !send.isNone { throw PyError.type("can't send non-None value to a just-started generator") }
            try start(interp)
        }
        channel.sent = send
        channel.resumeBody.signal()
        channel.resumeCaller.wait()
        if channel.finished {
            joinThread()
            frame = nil
            if let e = channel.error {
                channel.error = nil
                if let pe = e as? PyError, pe.isInstance(of: BuiltinTypes.stopIteration) {
                    throw PyError.runtime("generator raised StopIteration")
                }
                throw e
            }
            return nil
        }
        return channel.yielded
    }

    /// `gen.throw(exc)`: raises inside the body at the paused yield.
    public func throwInto(_ interp: Interpreter, _ error: PyError) throws -> Value? {
        guard started, !channel.finished else { throw error }
        channel.throwIn = error
        return try next(interp)
    }

    func start(_ interp: Interpreter) throws {
        guard let frame = frame else { return }
        frame.generator = channel
        let (function, channel, trapGuard) = (self.function, self.channel, interp.trapGuard)
        guard let thread = GeneratorThread(stackSize: 64 << 20, {
            PyGenerator.runThread(frame, function, channel, trapGuard)
        }) else {
            channel.finished = true
            throw PyError(BuiltinTypes.runtimeError, "can't start a new thread for the generator")
        }
        self.thread = thread
    }

    /// Waits for the body's thread to end after it finished.
    private func joinThread() {
        thread?.join()
        thread = nil
    }

    /// The generator's thread: waits for the first resume, runs the body (under the kernel's
    /// trap guard when there is one), then hands control back for good.
    private static func runThread(_ frame: Frame, _ function: PyFunction, _ channel: GeneratorChannel,
                                  _ trapGuard: ((@escaping () -> Void) -> Int32?)?) {
        channel.resumeBody.wait()
        var trapped: Int32?
        if let trapGuard {
            trapped = trapGuard { runBody(frame, function, channel) }
        } else {
            runBody(frame, function, channel)
        }
        if let signal = trapped {
            channel.error = PyError(BuiltinTypes.systemError, Interpreter.trapMessage(signal: signal))
        }
        channel.finished = true
        channel.resumeCaller.signal()
    }

    private static func runBody(_ frame: Frame, _ function: PyFunction, _ channel: GeneratorChannel) {
        if !channel.closing {
            do {
                if let e = channel.throwIn { channel.throwIn = nil; throw e }
                if case .generator(let statements) = function.code.body { _ = try statements(frame) }
                channel.returnValue = frame.returnValue
            } catch let e as PyError where e.isInstance(of: BuiltinTypes.generatorExit) && channel.closing {
            } catch let e as PyError {
                e.exception.traceback.append(TracebackEntry(function: function.name, file: function.code.info.filename,
                                                            line: frame.line, column: e.exception.pendingColumn))
                e.exception.pendingColumn = nil
                channel.error = e
            } catch {
                channel.error = error
            }
        }
    }

    /// Ends a paused generator so its thread finishes (runs `finally` blocks).
    public func close() {
        guard started, !channel.finished else { channel.finished = true; return }
        channel.closing = true
        channel.resumeBody.signal()
        channel.resumeCaller.wait()
        joinThread()
    }

    deinit {
        if started && !channel.finished {
            channel.closing = true
            channel.resumeBody.signal()
            channel.resumeCaller.wait()
        }
        joinThread()
    }
}
