/// What the kernel needs from a language. Jupyter knows nothing about Python: the cellgrad
/// executable adapts the interpreter to this protocol.
public protocol KernelSession: AnyObject {
    func execute(_ code: String, executionCount: Int, io: CellIO) -> ExecuteOutcome
    /// Called after the result is published: output that follows it (figures).
    func finishExecute(io: CellIO)
    func complete(_ code: String, cursor: Int) -> Completion
    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> [String: String]?
    func isComplete(_ code: String) -> Completeness
}

public enum ExecuteOutcome {
    /// `result` is the MIME bundle of the cell's value; `payload` holds pager pages.
    case ok(result: [String: String]?, payload: [[String: Any]])
    case error(name: String, value: String, traceback: [String])
}

public struct Completion {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    public init(matches: [String], cursorStart: Int, cursorEnd: Int) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
    }
}

public enum Completeness {
    case complete
    case incomplete(indent: String)
    case invalid
}

/// The channel a running cell writes through.
public protocol CellIO: AnyObject {
    func stream(_ text: String, stderr: Bool)
    func display(_ data: [String: String], metadata: [String: Any], displayID: String?, update: Bool)
    func clearOutput(wait: Bool)
    /// Asks the front end for a line; throws `StdinNotAllowed` when it does not allow input.
    func input(prompt: String, password: Bool) throws -> String
}

public struct StdinNotAllowed: Error {}
public struct InputInterrupted: Error {}
