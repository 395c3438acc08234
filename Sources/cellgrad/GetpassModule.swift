import Foundation
import Language

/// `getpass` in the kernel: the password is asked through the front end's stdin channel with
/// `password: true` (typed hidden), as ipykernel replaces `getpass.getpass`; with stdin not
/// allowed it raises StdinNotImplementedError, as there.
///
///     import getpass
///     secret = getpass.getpass("Password: ")
enum GetpassModule {
    static func install(into interp: Interpreter) {
        interp.registerModule("getpass") { _ in
            let m = PyModule(name: "getpass", doc: "Utilities to get a password from the front end without echoing it.")
            m.define("getpass", doc: "getpass(prompt='Password: ', stream=None)\n\nPrompt for a password, with echo turned off.") { interp, args in
                let prompt = try args.positional.first.map { try interp.str($0) }
                    ?? args.keyword("prompt").map { try interp.str($0) } ?? "Password: "
                guard let io = interp.io else { throw PyError(BuiltinTypes.eofError, "EOF when reading a line") }
                return .str(try io.readLine(prompt: prompt, password: true))
            }
            m.define("getuser", doc: "getuser()\n\nThe user's login name, from the environment.") { _, _ in
                let env = ProcessInfo.processInfo.environment
                return .str(["LOGNAME", "USER", "LNAME", "USERNAME"].lazy.compactMap { env[$0] }.first ?? "cellgrad")
            }
            return m
        }
    }
}
