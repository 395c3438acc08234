import Foundation
import Jupyter
import Language
import Modules

/// Adapts the interpreter to the kernel: runs cells, pages `obj?` help, completes and
/// inspects names, and judges whether code is complete.
final class CellgradSession: KernelSession, @unchecked Sendable {
    let engine: Engine
    let bridge: IOBridge
    let exitRequest = ExitRequest()
    let magics = MagicCommands()
    /// Present when a memory ceiling is configured.
    var memoryWatchdog: MemoryWatchdog?
    var interpreter: Interpreter { engine.interpreter }

    init(interrupt: InterruptFlag) {
        bridge = IOBridge()
        engine = Engine(io: bridge, interrupt: interrupt)
        bridge.interrupt = interrupt
        exitRequest.install(into: engine.interpreter)
        GetpassModule.install(into: engine.interpreter)
        magics.install(into: engine.interpreter)
    }

    nonisolated(unsafe) static let kernelInfo: [String: Any] = [
        "status": "ok",
        "protocol_version": Kernel.protocolVersion,
        "implementation": "cellgrad",
        "implementation_version": CellgradVersion.string,
        "language_info": [
            "name": "cellgrad",
            "version": "3.11",
            "mimetype": "text/x-python",
            "file_extension": ".py",
            "codemirror_mode": ["name": "python", "version": 3],
            "pygments_lexer": "python3",
            "nbconvert_exporter": "python",
        ] as [String: Any],
        "banner": "Cellgrad \(CellgradVersion.string): Python for teaching deep learning, running on Swift and OpenBLAS",
        // Pages of the Jupyter server `make lab` starts at the repository's root: the lesson
        // index and the README, both shipped with the kernel's sources.
        "help_links": [["text": "Cellgrad lessons", "url": "/lab/tree/notebooks/README.md"],
                       ["text": "Cellgrad README", "url": "/lab/tree/README.md"]],
        "debugger": false,
    ]

    func execute(_ code: String, executionCount: Int, io: CellIO) -> ExecuteOutcome {
        bridge.cell = io
        defer { bridge.cell = nil }
        interpreter.interrupt.clear()
        magics.record(code, count: executionCount)
        let (source, page) = Magics.rewrite(code)
        if let target = page {
            let text = pagerText(target)
            return .ok(result: nil, payload: [["source": "page", "data": ["text/plain": text], "start": 0]])
        }
        var guarded: ExecuteOutcome?
        memoryWatchdog?.cellStarted()
        let started = DispatchTime.now().uptimeNanoseconds
        let trap = TrapGuard.run { [self] in guarded = self.run(source, executionCount: executionCount) }
        memoryWatchdog?.cellEnded()
        if magics.takeResetRequest() || Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 >= HeapTuning.longCell {
            HeapTuning.releaseFreeMemory()
        }
        let exitPayload = exitRequest.takePayload()
        if let trap {
            interpreter.recoverFromTrap()
            interpreter.releaseAbandonedFrames()
            let r = TrapGuard.report(signal: trap)
            return .error(name: r.name, value: r.message, traceback: r.traceback)
        }
        switch guarded ?? .ok(result: nil, payload: []) {
        case .ok(let result, let payload):
            return .ok(result: result, payload: payload + (exitPayload.map { [$0] } ?? []))
        case .error(let name, let value, _) where name == "SystemExit":
            return systemExit(value, io: io)
        case .error(let name, let value, _) where name == "UsageError":
            // A magic used wrongly: IPython shows one line on stderr and no traceback.
            io.stream("UsageError: \(value)\n", stderr: true)
            return .error(name: name, value: value, traceback: [])
        case let failure:
            return failure
        }
    }

    /// `raise SystemExit` and `sys.exit()` do not end the kernel: ipykernel shows the exception
    /// alone, without the traceback, and warns how to leave.
    func systemExit(_ value: String, io: CellIO) -> ExecuteOutcome {
        io.stream("UserWarning: To exit: use 'exit', 'quit', or Ctrl-D.\n", stderr: true)
        return .error(name: "SystemExit", value: value, traceback: [
            "An exception has occurred, use %tb to see the full traceback.\n",
            "SystemExit" + (value.isEmpty ? "" : ": " + value) + "\n",
        ])
    }

    private func run(_ source: String, executionCount: Int) -> ExecuteOutcome {
        let outcome = interpreter.run(source, filename: "Cell In[\(executionCount)]", runHooks: false)
        switch outcome {
        case .ok(let result):
            guard let value = result else { return .ok(result: nil, payload: []) }
            do {
                return .ok(result: try interpreter.mimeBundle(value).data, payload: [])
            } catch let e as PyError {
                let r = interpreter.report(e)
                return .error(name: r.name, value: r.message, traceback: r.traceback)
            } catch {
                return .error(name: "SystemError", value: "\(error)", traceback: ["SystemError: \(error)"])
            }
        case .error(let report):
            return .error(name: report.name, value: report.message, traceback: report.traceback)
        }
    }

    func finishExecute(io: CellIO) {
        bridge.cell = io
        defer { bridge.cell = nil }
        if let failure = interpreter.runCellEndHooks() {
            io.stream(failure.traceback.joined(separator: "\n") + "\n", stderr: true)
        }
    }

    func pagerText(_ expression: String) -> String {
        guard let value = try? Introspection.resolve(expression, in: interpreter) else {
            return "Object `\(expression)` not found."
        }
        return interpreter.helpText(value)
    }

    func complete(_ code: String, cursor: Int) -> Completion {
        Introspection.complete(code, cursor: cursor, interp: interpreter)
    }

    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> [String: String]? {
        guard let name = Introspection.nameAt(code, cursor: cursor),
              let value = try? Introspection.resolve(name, in: interpreter) else { return nil }
        return ["text/plain": interpreter.helpText(value)]
    }

    /// ipykernel's answer for the same text (CompletenessJudge); the parser and the compiler
    /// judge what the tokens leave open, so `return` outside a function is invalid, as there.
    func isComplete(_ code: String) -> Completeness {
        CompletenessJudge.judge(code) { text in
            do {
                _ = try Parser.parse(text)
            } catch let error as SyntaxError {
                return error.isIncomplete ? .incomplete : .invalid
            } catch {
                return .invalid
            }
            return interpreter.check(text, filename: "<is_complete>") == nil ? .ok : .invalid
        }
    }
}

/// Routes the interpreter's output to the running cell's Jupyter channel.
final class IOBridge: InterpreterIO, @unchecked Sendable {
    var cell: CellIO?
    var interrupt: InterruptFlag?

    /// The text is copied: the kernel's output thread sends it later, while the interpreter goes
    /// on counting references to the original without atomics.
    func write(_ text: String, toStderr: Bool) { cell?.stream(ThreadBoundary.copy(text), stderr: toStderr) }

    func readLine(prompt: String, password: Bool) throws -> String {
        guard let cell = cell else { throw PyError(BuiltinTypes.eofError, "EOF when reading a line") }
        do {
            return try cell.input(prompt: prompt, password: password)
        } catch is StdinNotAllowed {
            // ipykernel's wording, which names the function that asked.
            throw PyError(StdinErrors.notImplemented,
                          "\(password ? "getpass" : "raw_input") was called, but this frontend does not support input requests.")
        } catch is InputInterrupted {
            throw PyError.keyboardInterrupt()
        }
    }

    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
        cell?.display(bundle.data, metadata: bundle.metadata, displayID: displayID, update: update)
    }

    func clearOutput(wait: Bool) { cell?.clearOutput(wait: wait) }

    var showsLiveOutput: Bool { cell != nil }
}

enum StdinErrors {
    nonisolated(unsafe) static let notImplemented = PyType(name: "StdinNotImplementedError", bases: [BuiltinTypes.runtimeError],
                                                           module: "IPython.core.error")
}
