import Foundation
import Language

/// `import sys`, `import time`, `import os`.
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
        m["stdout"] = .object(PyStandardStream(stderr: false))
        m["stderr"] = .object(PyStandardStream(stderr: true))
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
        let m = PyModule(name: "time", doc: "Time access and conversions.")
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

enum OSModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "os", doc: "A few operating-system helpers.")
        m.define("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
        m.define("listdir") { interp, args in
            let path = args.count > 0 ? try interp.toStringValue(args[0]) : "."
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                throw PyError.fileNotFound("[Errno 2] No such file or directory: '\(path)'")
            }
            return .list(items.sorted().map { .str($0) })
        }
        m.define("makedirs") { interp, args in
            let path = try interp.toStringValue(args.count > 0 ? args[0] : .none)
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return .none
        }
        m.define("remove") { interp, args in
            let path = try interp.toStringValue(args.count > 0 ? args[0] : .none)
            do { try FileManager.default.removeItem(atPath: path) } catch {
                throw PyError.fileNotFound("[Errno 2] No such file or directory: '\(path)'")
            }
            return .none
        }
        m["sep"] = .str("/")
        m.define("getenv") { interp, args in
            let key = try interp.toStringValue(args.count > 0 ? args[0] : .none)
            if let v = ProcessInfo.processInfo.environment[key] { return .str(v) }
            return args.count > 1 ? try args[1] : .none
        }
        // A snapshot of the environment as a dict, as `os.environ` reads; writes stay in Python.
        let environ = PyDict()
        for (key, value) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
            environ[HashKey.string(key)] = .str(value)
        }
        m["environ"] = .object(environ)
        m["path"] = .object(try makePath(interp))
        return m
    }

    static func makePath(_ interp: Interpreter) throws -> PyModule {
        if let existing = interp.modules["os.path"] { return existing }
        let m = PyModule(name: "os.path", doc: "Path name manipulations.")
        m.define("join") { interp, args in
            var result = ""
            for v in args.positional {
                let part = try interp.toStringValue(v)
                if part.hasPrefix("/") { result = part } else if result.isEmpty || result.hasSuffix("/") { result += part } else { result += "/" + part }
            }
            return .str(result)
        }
        m.define("exists") { interp, args in .bool(FileManager.default.fileExists(atPath: try interp.toStringValue(args[0]))) }
        m.define("isfile") { interp, args in
            var dir: ObjCBool = false
            return .bool(FileManager.default.fileExists(atPath: try interp.toStringValue(args[0]), isDirectory: &dir) && !dir.boolValue)
        }
        m.define("isdir") { interp, args in
            var dir: ObjCBool = false
            return .bool(FileManager.default.fileExists(atPath: try interp.toStringValue(args[0]), isDirectory: &dir) && dir.boolValue)
        }
        m.define("basename") { interp, args in .str(String(try interp.toStringValue(args[0]).split(separator: "/", omittingEmptySubsequences: false).last ?? "")) }
        m.define("dirname") { interp, args in
            let p = try interp.toStringValue(args[0])
            guard let i = p.lastIndex(of: "/") else { return .str("") }
            return .str(i == p.startIndex ? "/" : String(p[..<i]))
        }
        m.define("splitext") { interp, args in
            let p = try interp.toStringValue(args[0])
            let base = p.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
            guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return .tuple([.str(p), .str("")]) }
            let ext = String(base[dot...])
            return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
        }
        m.define("abspath") { interp, args in
            let p = try interp.toStringValue(args[0])
            return .str(p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p)
        }
        m.define("getsize") { interp, args in
            let p = try interp.toStringValue(args[0])
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: p), let size = attrs[.size] as? Int else {
                throw PyError.fileNotFound("[Errno 2] No such file or directory: '\(p)'")
            }
            return .int(size)
        }
        return m
    }
}
