import Foundation
import Language
import Modules
import Tensor

/// One session: the interpreter with every built-in module registered. The kernel and
/// `cellgrad run` share it.
final class Engine: @unchecked Sendable {
    let interpreter: Interpreter

    init(io: InterpreterIO, interrupt: InterruptFlag = InterruptFlag()) {
        interpreter = Interpreter(io: io, interrupt: interrupt)
        interpreter.trapGuard = { TrapGuard.run($0) }
        // Library loops (fit's batches, GEMM row blocks, convolutions) stop at their next
        // checkpoint: ModuleRegistry connects them to the session's flag.
        ModuleRegistry.install(into: interpreter)
    }

    /// Runs `body` on a thread with a 512 MiB stack, so deep recursion in a cell becomes a
    /// RecursionError rather than a crash, and waits for it.
    func runOnBigStack<T>(_ body: @escaping (Interpreter) -> T) -> T {
        let box = ResultBox<T>()
        let interp = UncheckedInterpreter(interpreter)
        let work = UncheckedWork(body)
        let thread = Thread {
            box.value = work.body(interp.value)
            box.done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        box.done.wait()
        guard let value = box.value else { preconditionFailure("the cell thread ended without a result") }
        return value
    }
}

struct UncheckedInterpreter: @unchecked Sendable {
    let value: Interpreter
    init(_ value: Interpreter) { self.value = value }
}

struct UncheckedWork<T>: @unchecked Sendable {
    let body: (Interpreter) -> T
    init(_ body: @escaping (Interpreter) -> T) { self.body = body }
}

final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}
