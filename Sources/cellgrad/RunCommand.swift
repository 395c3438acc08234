import ArgumentParser
import Foundation
import Language
import Modules

/// `cellgrad run FILE.py`: runs a file as `python3 FILE.py` would, with the same engine the
/// kernel uses.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a Cellgrad Python file.")

    @ArgumentParser.Argument(help: "The file to run.") var file: String
    @Flag(help: "Only check the syntax.") var check = false

    func run() throws {
        HeapTuning.apply()
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            FileHandle.standardError.write(Data("cellgrad: can't open file '\(file)'\n".utf8))
            throw ExitCode(2)
        }
        let io = TerminalIO()
        MemoryCeiling.configure(from: ProcessInfo.processInfo.environment)
        let engine = Engine(io: io)
        if check {
            if let report = engine.interpreter.check(source, filename: file) {
                io.write(report.traceback.joined(separator: "\n") + "\n", toStderr: true)
                throw ExitCode(1)
            }
            return
        }
        let status = engine.runOnBigStack { interp in
            // A script knows its own path, as `python3 FILE.py` sets it.
            interp.globals.set(Symbol("__file__"), .str(file))
            var status: Int32 = 1
            let trap = TrapGuard.run {
                switch interp.run(source, filename: file) {
                case .ok: status = 0
                case .error(let report):
                    io.flush()
                    io.write(report.traceback.joined(separator: "\n") + "\n", toStderr: true)
                    status = 1
                }
            }
            if let trap {
                interp.recoverFromTrap()
                io.flush()
                io.write(TrapGuard.report(signal: trap).traceback.joined(separator: "\n") + "\n", toStderr: true)
            }
            return status
        }
        io.flush()
        // Exit here, as CPython's fast exit does: releasing every object of the session one by
        // one (~10 ms for a script that built 10^5 strings) changes nothing the user can see.
        Foundation.exit(status)
    }
}

/// Plain stdout/stderr for `cellgrad run`.
final class TerminalIO: InterpreterIO {
    private var buffer = Data()

    func write(_ text: String, toStderr: Bool) {
        if toStderr {
            flush()
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            buffer.append(contentsOf: text.utf8)
            if buffer.count > 1 << 16 { flush() }
        }
    }

    func flush() {
        if !buffer.isEmpty {
            FileHandle.standardOutput.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func readLine(prompt: String, password: Bool) throws -> String {
        write(prompt, toStderr: false)
        flush()
        guard let line = Swift.readLine() else { throw PyError(BuiltinTypes.eofError, "EOF when reading a line") }
        return line
    }

    var displaysAsText: Bool { true }

    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
        write((bundle.data["text/plain"] ?? "") + "\n", toStderr: false)
    }

    func clearOutput(wait: Bool) {}
}
