import Foundation
import Language

/// `exit()` and `quit()` in the kernel, as ipykernel has them: they do not raise SystemExit
/// (which would print a traceback) but ask the front end to close the session through an
/// `ask_exit` payload on the execute reply; the rest of the cell still runs, and the kernel ends
/// after replying unless `keep_kernel` is true. `jupyter console` closes on that payload.
///
///     exit()                  # payload {"source": "ask_exit", "keepkernel": false}
///     exit(keep_kernel=True)  # the console closes, the kernel stays
final class ExitRequest: @unchecked Sendable {
    /// The `keep_kernel` argument of the last call in the running cell; nil if none was made.
    private(set) var keepKernel: Any?

    func install(into interp: Interpreter) {
        for name in ["exit", "quit"] {
            let function = PyNativeFunction(name: name, doc: "\(name)(keep_kernel=False)\n\nEnd the session: the front end closes, and the kernel exits unless keep_kernel is true.") { [self] interp, args in
                guard args.count <= 1, args.keywords.allSatisfy({ $0.name.name == "keep_kernel" }), args.count + args.keywords.count <= 1 else {
                    throw PyError.type("\(name)() takes at most one argument, keep_kernel")
                }
                let keep = args.positional.first ?? args.keyword("keep_kernel") ?? .bool(false)
                // ipykernel passes the argument through as it was given: exit(3) sends 3.
                switch keep {
                case .bool(let b): keepKernel = b
                case .int(let i): keepKernel = i
                default: keepKernel = try interp.isTruthy(keep)
                }
                return .none
            }
            interp.builtins[Symbol(name)] = .object(function)
        }
    }

    /// The payload for the execute reply, if the cell asked to exit; clears the request.
    func takePayload() -> [String: Any]? {
        guard let keep = keepKernel else { return nil }
        keepKernel = nil
        return ["source": "ask_exit", "keepkernel": keep]
    }
}
