/// Python code that runs when objects die: `__del__` (for objects the cycle collector frees,
/// and for instances freed by reference counting) and weak reference callbacks. As in
/// CPython, an exception there cannot propagate anywhere: it is reported on stderr as
/// "Exception ignored in: …" and the program goes on.
extension Interpreter {
    func installFinalizers() {
        unowned(unsafe) let interp = self
        GarbageCollector.finalizer = { object in
            guard let del = object.type.lookup(Dunder.del) else { return }
            interp.runIgnoringErrors(in: del) { try interp.call(del, Arguments([.object(object)])) }
        }
        WeakReferences.callbackRunner = { callback, reference in
            interp.runIgnoringErrors(in: callback) { try interp.call(callback, Arguments([.object(reference)])) }
        }
    }

    private func runIgnoringErrors(in callable: Value, _ body: () throws -> Value) {
        let depth = callDepth
        do {
            _ = try body()
        } catch let e as PyError {
            callDepth = depth
            let what = (try? repr(callable)) ?? "<object>"
            let lines = report(e).traceback.joined(separator: "\n")
            writeStderr("Exception ignored in: \(what)\n\(lines)\n")
        } catch {
            callDepth = depth
        }
    }
}
