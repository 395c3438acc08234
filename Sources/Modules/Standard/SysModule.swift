import CMallocStats
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
        m.define("getrecursionlimit", doc: "getrecursionlimit()\n\nThe maximum depth of the Python call stack.") { interp, _ in .int(interp.recursionLimit) }
        m.define("setrecursionlimit", doc: "setrecursionlimit(limit, /)\n\nSets the maximum depth of the Python call stack.") { interp, args in
            let n = try interp.toInt(args.count > 0 ? args[0] : .none)
            if n < 1 { throw PyError.value("recursion limit must be greater or equal than 1") }
            interp.recursionLimit = min(n, 20_000)
            return .none
        }
        m.define("exit", doc: "exit(status=None, /)\n\nLeaves the program by raising SystemExit(status); in the kernel it ends the cell.") { _, args in
            throw PyError(PyExceptionObject(type: BuiltinTypes.systemExit, args: args.positional))
        }
        m.define("get_int_max_str_digits", doc: "get_int_max_str_digits()\n\nThe largest number of digits int() accepts from a string and str() writes (0: no limit).") { _, _ in .int(PyBigInt.maximumStringDigits) }
        m.define("set_int_max_str_digits", doc: "set_int_max_str_digits(maxdigits)\n\nSets the limit on digits in int/str conversions (0 removes it).") { interp, args in
            guard args.count == 1 else { throw PyError.type("set_int_max_str_digits() takes exactly one argument (\(args.count) given)") }
            let n = try interp.toInt(args[0])
            if n != 0 && n < 640 { throw PyError.value("maxdigits must be 0 or larger than 640") }
            PyBigInt.maximumStringDigits = n
            return .none
        }
        m.define("getsizeof", doc: "getsizeof(object, default=None)\n\nThe size of object in bytes, as the interpreter stores it.") { _, _ in .int(64) }
        // For the kernel's own tests, like CPython's faulthandler._sigabrt(): a Swift trap, to
        // check that a bug in a built-in ends the cell and not the session.
        m.define("_cellgrad_trap", doc: "Stop the running cell with an internal error (for tests).") { _, _ in
            preconditionFailure("sys._cellgrad_trap() was called")
        }
        // For the fuzzer's leak report: what malloc holds for live allocations against what it
        // keeps freed, so that resident growth splits into leaks and allocator retention.
        m.define("_cellgrad_heap", doc: "_cellgrad_heap(trim=False)\n\nmalloc's statistics in bytes (in_use, free, mmapped); trim=True first returns free memory to the system.") { interp, args in
            let trim = try args.positional.first.map { try interp.isTruthy($0) } ?? false
            let stats = cellgrad_malloc_statistics(trim ? 1 : 0)
            let d = PyDict()
            d[HashKey.string("in_use")] = .int(Int(stats.in_use))
            d[HashKey.string("free")] = .int(Int(stats.free))
            d[HashKey.string("mmapped")] = .int(Int(stats.mmapped))
            return .object(d)
        }
        return m
    }
}

enum TimeModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_time", doc: "The clock and sleep under the time module.")
        m.define("time", doc: "time()\n\nThe current time in seconds since the epoch (1970-01-01 UTC), as a float.") { _, _ in .float(Date().timeIntervalSince1970) }
        m.define("perf_counter", doc: "perf_counter()\n\nSeconds of the highest-resolution clock, for timing short intervals; only differences are meaningful.") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.define("monotonic", doc: "monotonic()\n\nSeconds of a clock that never goes backwards, as a float; only differences are meaningful.") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        m.define("process_time", doc: "process_time()\n\nCPU seconds used by this process (system and user), as a float; sleeping does not count.") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        m.define("sleep", doc: "sleep(secs, /)\n\nSuspends execution for secs seconds (a float); an interrupt ends the wait.") { interp, args in
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
