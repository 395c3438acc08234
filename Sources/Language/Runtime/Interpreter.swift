import Synchronization

/// Where a running cell's output and input go. The kernel implements it over Jupyter's
/// iopub and stdin channels; `cellgrad run` over the process's streams.
public protocol InterpreterIO: AnyObject {
    func write(_ text: String, toStderr: Bool)
    /// Reads one line for `input()`; throws when the front end cannot provide input.
    func readLine(prompt: String, password: Bool) throws -> String
    /// Shows a rich value (`display(x)`, figures at the end of a cell).
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool)
    func clearOutput(wait: Bool)
    /// True when displays can be redrawn in place (`update_display_data`): a notebook or a
    /// console; false for `cellgrad run`, where progress is written as text.
    var showsLiveOutput: Bool { get }
    /// True when rich values are shown as their text (`cellgrad run`): that text is written
    /// to sys.stdout, where IPython's text fallback prints it.
    var displaysAsText: Bool { get }
}

extension InterpreterIO {
    public var showsLiveOutput: Bool { false }
    public var displaysAsText: Bool { false }
}

/// A MIME bundle: `text/plain` always, plus `text/html` or `image/png` (base64) when the value
/// has them.
public struct MimeBundle: Sendable {
    public var data: [String: String]
    public var metadata: [String: [String: Int]]
    public init(_ data: [String: String] = [:], metadata: [String: [String: Int]] = [:]) {
        self.data = data
        self.metadata = metadata
    }
}

/// Set from a signal handler or the control thread; polled by loops and calls. It also
/// carries the memory watchdog's request to stop a cell that passed the memory ceiling.
public final class InterruptFlag: Sendable {
    /// Why a cell is asked to stop.
    public enum Reason: Int, Sendable {
        case keyboard = 1
        /// The kernel's memory ceiling was passed: the cell ends with MemoryError.
        case memory = 2
    }

    private let flag = Atomic<Int>(0)
    /// Immortal: the signal handler and the control thread use it while a cell runs.
    public init() { ThreadBoundary.immortalize(self) }
    public func raise(_ reason: Reason = .keyboard) { flag.store(reason.rawValue, ordering: .relaxed) }
    public func clear() { flag.store(0, ordering: .relaxed) }
    /// Returns true once per interrupt and clears it.
    public func consume() -> Bool { consumeReason() != nil }
    /// The pending reason, once; nil when nothing is pending.
    public func consumeReason() -> Reason? { Reason(rawValue: flag.exchange(0, ordering: .relaxed)) }
    public var isSet: Bool { flag.load(ordering: .relaxed) != 0 }
}

/// One Python session: globals that persist across cells, the builtins, loaded modules and
/// the call stack state. Not thread-safe: one cell runs at a time.
public final class Interpreter {
    public let globals: Globals
    public var builtins = AttributeTable()
    public var modules: [String: PyModule] = [:]
    /// The `sys` module once built: `print` reads `sys.stdout`/`sys.stderr` from it, so a
    /// cell's `sys.stdout = io.StringIO()` (or contextlib.redirect_stdout) takes effect.
    public var sysModule: PyModule?
    /// Native modules that are built on first import (numpy, torch, …).
    public var moduleProviders: [String: (Interpreter) throws -> PyModule] = [:]
    /// Built-in modules whose provider is running: a package that builds its submodules
    /// (`torch` making `torch.nn`) is not imported again by them.
    var modulesBeingImported: Set<String> = []
    /// What to say when a cell imports a well-known package Cellgrad does not provide
    /// (`pandas`: use numpy or csv), by top-level name.
    public var moduleHints: [String: String] = [:]
    public weak var io: InterpreterIO?
    public let interrupt: InterruptFlag
    /// `sys.getrecursionlimit()`.
    public var recursionLimit = 1000 {
        didSet {
            depthLimit = min(recursionLimit, stackDepthCapacity)
        }
    }
    /// The call depth the current native stack can hold: unbounded on a cell's big stack,
    /// the depth at resume plus `Coroutine.levelsPerStack` on a generator's.
    var stackDepthCapacity = Int.max { didSet { depthLimit = min(recursionLimit, stackDepthCapacity) } }
    /// What a call compares `callDepth` with: the smaller of the two limits above, so the
    /// common case costs one comparison.
    var depthLimit = 1000
    /// Runs code that may hit a Swift trap and reports the signal instead of dying (installed
    /// by the kernel; see CTrapGuard).
    public var trapGuard: ((@escaping () -> Void) -> Int32?)?

    /// The SystemError message for code that `trapGuard` stopped.
    public static func trapMessage(signal: Int32) -> String {
        "internal error: a built-in function hit a bug in Cellgrad (signal \(signal)) and the cell was stopped; "
            + "your variables are kept. Please report the cell that caused it."
    }
    public var callDepth = 0
    /// The generator whose body is running, if any (see PyGenerator.resumedFrom).
    unowned(unsafe) var runningGenerator: PyGenerator?
    /// The frame running at each call depth, for releasing them after a trap.
    let runningFrames = RunningFrames()
    /// Source lines of every cell and file, for tracebacks.
    public var sources: [String: [String]] = [:]
    /// Run after each cell, e.g. to show the figures it made.
    public var cellEndHooks: [(Interpreter) throws -> Void] = []
    /// The exception being handled, for bare `raise` and implicit chaining.
    var handling: [PyExceptionObject] = []
    public var executionCount = 0
    var stdoutBuffer = ""

    public init(io: InterpreterIO? = nil, interrupt: InterruptFlag = InterruptFlag()) {
        self.io = io
        self.interrupt = interrupt
        self.globals = Globals()
        Builtins.install(into: self)
        globals.set(Symbol("__name__"), .str("__main__"))
        // A session lives as long as its process, and the threads that start cells hold it.
        ThreadBoundary.immortalize(self)
        installFinalizers()
    }

    /// Registers a native module that is built on first import.
    public func registerModule(_ name: String, _ provider: @escaping (Interpreter) throws -> PyModule) {
        moduleProviders[name] = provider
    }

    /// Writes to stdout as `print` does.
    public func writeStdout(_ text: String) {
        io?.write(text, toStderr: false)
    }

    public func writeStderr(_ text: String) {
        io?.write(text, toStderr: true)
    }

    /// Raises KeyboardInterrupt when the interrupt flag is set. Loops call this at back-edges.
    @inline(__always)
    public func checkInterrupt() throws {
        if interrupt.isSet, let reason = interrupt.consumeReason() {
            throw reason == .memory ? PyError.memory(MemoryCeiling.passedMessage) : PyError.keyboardInterrupt()
        }
    }
}

/// A module object: a namespace with a name.
public final class PyModule: PyObject {
    public let name: String
    public init(name: String, doc: String? = nil) {
        self.name = name
        super.init(type: BuiltinTypes.module)
        setAttribute(Dunder.name, .str(name))
        setAttribute(Dunder.doc, doc.map { .str($0) } ?? Value.none)
    }

    public func define(_ name: String, doc: String? = nil, _ body: @escaping NativeBody) {
        setAttribute(Symbol(name), .object(PyNativeFunction(name: name, doc: doc, body: body)))
    }

    public subscript(name: String) -> Value? {
        get { attribute(Symbol(name)) }
        set { setAttribute(Symbol(name), newValue) }
    }
}
