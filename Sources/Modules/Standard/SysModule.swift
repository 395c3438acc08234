import Foundation
import Language

/// `import sys`, and `_time` (the clocks and sleep under Library/time.py; `os` is Library/os.py over `_os`).
enum SysModule {
    /// `sys.version_info`: a tuple whose fields also have names.
    nonisolated(unsafe) static let versionInfoType: PyType = {
        let t = PyType(name: "version_info", bases: [BuiltinTypes.tuple], module: "sys")
        for (i, field) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
            t.property(field) { _, v in (v.asObject as? PyTuple).map { $0.items[i] } ?? Value.none }
        }
        return t
    }()

    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "sys", doc: "System-specific parameters of the Cellgrad session.")
        let stdout = Value.object(PyStandardStream(stderr: false)), stderr = Value.object(PyStandardStream(stderr: true))
        m["stdout"] = stdout
        m["stderr"] = stderr
        m["__stdout__"] = stdout
        m["__stderr__"] = stderr
        interp.sysModule = m
        m["version"] = .str("3.11.0 (Cellgrad Python, a Python 3 subset)")
        m["version_info"] = .object(PyTuple([.int(3), .int(11), .int(0), .str("final"), .int(0)], type: versionInfoType))
        m["platform"] = .str("linux")
        m["maxsize"] = .int(Int.max)
        m["argv"] = .list([.str("cellgrad")])
        m["path"] = .list([])
        m["modules"] = .object(PyDict())
        m.define("getrecursionlimit") { interp, _ in .int(interp.recursionLimit) }
        m.define("setrecursionlimit") { interp, args in
            let n = try interp.toInt(args.count > 0 ? args[0] : .none)
            if n < 1 { throw PyError.value("recursion limit must be greater or equal than 1") }
            interp.recursionLimit = min(n, 20_000)
            return .none
        }
        m.define("exit") { _, args in
            throw PyError(PyExceptionObject(type: BuiltinTypes.systemExit, args: args.positional))
        }
        m.define("get_int_max_str_digits") { _, _ in .int(PyBigInt.maximumStringDigits) }
        m.define("set_int_max_str_digits") { interp, args in
            guard args.count == 1 else { throw PyError.type("set_int_max_str_digits() takes exactly one argument (\(args.count) given)") }
            let n = try interp.toInt(args[0])
            if n != 0 && n < 640 { throw PyError.value("maxdigits must be 0 or larger than 640") }
            PyBigInt.maximumStringDigits = n
            return .none
        }
        m.define("getsizeof") { _, _ in .int(64) }
        // For the kernel's own tests, like CPython's faulthandler._sigabrt(): a Swift trap, to
        // check that a bug in a built-in ends the cell and not the session.
        m.define("_cellgrad_trap", doc: "Stop the running cell with an internal error (for tests).") { _, _ in
            preconditionFailure("sys._cellgrad_trap() was called")
        }
        return m
    }
}

enum TimeModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_time", doc: "The clock and sleep under the time module.")
        m.define("time") { _, _ in .float(Date().timeIntervalSince1970) }
        m.define("perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.define("monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.define("process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        m.define("sleep") { interp, args in
            var remaining = try interp.toDouble(args.count > 0 ? args[0] : .float(0))
            if remaining < 0 { throw PyError.value("sleep length must be non-negative") }
            // Sleep in slices so an interrupt ends it promptly.
            while remaining > 0 {
                let slice = min(remaining, 0.05)
                usleep(UInt32(slice * 1e6))
                remaining -= slice
                try interp.checkInterrupt()
            }
            return .none
        }
        m.define("strftime") { interp, args in
            let format = try interp.toStringValue(args.count > 0 ? args[0] : .none)
            var t = time(nil)
            var tmValue = tm()
            localtime_r(&t, &tmValue)
            var buffer = [Int8](repeating: 0, count: 256)
            let n = strftime(&buffer, buffer.count, format, &tmValue)
            return .str(String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return m
    }
}
