/// A static error found while lexing or parsing a cell. `isIncomplete` marks errors that more
/// input could fix (an open bracket, a block header without a body), which is what
/// `is_complete_request` needs to tell "incomplete" from "invalid".
public struct SyntaxError: Error, Sendable {
    public var message: String
    public var location: SourceLocation
    public var isIncomplete: Bool
    /// `IndentationError` and `TabError` are subclasses of SyntaxError in Python.
    public var kind: String

    public init(_ message: String, at location: SourceLocation, incomplete: Bool = false,
                kind: String = "SyntaxError") {
        self.message = message
        self.location = location
        self.isIncomplete = incomplete
        self.kind = kind
    }
}
