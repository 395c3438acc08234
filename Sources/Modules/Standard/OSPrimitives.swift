import Foundation
import Language

/// `_os`: the system calls under `os`, `os.path`, `pathlib`, binary files and `datetime`
/// (Library/os.py and friends build Python's API on top). Failures raise the OSError subclass
/// CPython raises for the errno, worded as CPython words it.
enum OSPrimitives {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_os", doc: "System calls for the os module.")
        func path(_ interp: Interpreter, _ args: Arguments, _ i: Int = 0) throws -> String {
            guard i < args.count else { throw PyError.type("missing path argument") }
            let v = args.positional[i]
            if let s = try PathArgument.string(v, interp) { return s }
            throw PyError.type("expected str, bytes or os.PathLike object, not \(v.typeName)")
        }
        m.define("getcwd") { _, _ in .str(FileManager.default.currentDirectoryPath) }
        m.define("chdir") { interp, args in
            let p = try path(interp, args)
            if chdir(p) != 0 { throw osError(errno, p) }
            return .none
        }
        m.define("listdir") { interp, args in
            let p = try path(interp, args)
            guard let dir = opendir(p) else { throw osError(errno, p) }
            defer { closedir(dir) }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            return .list(names.sorted().map { .str($0) })
        }
        m.define("mkdir") { interp, args in
            let p = try path(interp, args)
            let mode = args.count > 1 ? try interp.toInt(args[1]) : 0o777
            if mkdir(p, mode_t(mode)) != 0 { throw osError(errno, p) }
            return .none
        }
        m.define("rmdir") { interp, args in
            let p = try path(interp, args)
            if rmdir(p) != 0 { throw osError(errno, p) }
            return .none
        }
        m.define("unlink", doc: "unlink(path)\n\nDeletes the file path (the same as remove).") { interp, args in
            let p = try path(interp, args)
            if unlink(p) != 0 { throw osError(errno, p) }
            return .none
        }
        m.define("rename") { interp, args in
            let a = try path(interp, args), b = try path(interp, args, 1)
            if rename(a, b) != 0 { throw osError(errno, a, b) }
            return .none
        }
        // (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime)
        m.define("stat") { interp, args in
            let p = try path(interp, args)
            let follow = args.count > 1 ? try interp.isTruthy(args[1]) : true
            var st = stat()
            if (follow ? stat(p, &st) : lstat(p, &st)) != 0 { throw osError(errno, p) }
            func seconds(_ t: timespec) -> Value { .float(Double(t.tv_sec) + Double(t.tv_nsec) / 1e9) }
            return .tuple([.int(Int(st.st_mode)), .int(Int(st.st_ino)), .int(Int(st.st_dev)), .int(Int(st.st_nlink)),
                           .int(Int(st.st_uid)), .int(Int(st.st_gid)), .int(Int(st.st_size)),
                           seconds(st.st_atim), seconds(st.st_mtim), seconds(st.st_ctim)])
        }
        m.define("read_bytes") { interp, args in
            let p = try path(interp, args)
            guard let handle = fopen(p, "rb") else { throw osError(errno, p) }
            defer { fclose(handle) }
            var st = stat()
            if fstat(fileno(handle), &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw osError(EISDIR, p) }
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = fread(&chunk, 1, chunk.count, handle)
                if n <= 0 { break }
                out.append(contentsOf: chunk[0..<n])
            }
            return .object(PyBytes(out))
        }
        // write_bytes(path, data, append): creates or truncates unless appending.
        m.define("write_bytes") { interp, args in
            let p = try path(interp, args)
            guard args.count > 1, case .object(let o) = args.positional[1], let data = o as? PyBytes else {
                throw PyError.type("a bytes-like object is required, not '\(args.count > 1 ? args.positional[1].typeName : "NoneType")'")
            }
            let append = args.count > 2 ? try interp.isTruthy(args[2]) : false
            guard let handle = fopen(p, append ? "ab" : "wb") else { throw osError(errno, p) }
            defer { fclose(handle) }
            if !data.bytes.isEmpty, fwrite(data.bytes, 1, data.bytes.count, handle) != data.bytes.count {
                throw osError(errno, p)
            }
            return .int(data.bytes.count)
        }
        // localtime(seconds) -> (year, month, day, hour, minute, second, weekday (Mon=0), yearday, isdst, utcoffset, zone)
        m.define("localtime") { interp, args in
            var t = time_t(try interp.toDouble(args.count > 0 ? args[0] : .float(Date().timeIntervalSince1970)).rounded(.down))
            var parts = tm()
            localtime_r(&t, &parts)
            return .tuple([.int(Int(parts.tm_year) + 1900), .int(Int(parts.tm_mon) + 1), .int(Int(parts.tm_mday)),
                           .int(Int(parts.tm_hour)), .int(Int(parts.tm_min)), .int(Int(parts.tm_sec)),
                           .int((Int(parts.tm_wday) + 6) % 7), .int(Int(parts.tm_yday) + 1), .int(Int(parts.tm_isdst)),
                           .int(parts.tm_gmtoff), .str(parts.tm_zone.map { String(cString: $0) } ?? "UTC")])
        }
        m.define("getpid") { _, _ in .int(Int(getpid())) }
        m.define("cpu_count") { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
        m.define("urandom") { interp, args in
            let n = try interp.toInt(args.count > 0 ? args[0] : .int(0))
            if n < 0 { throw PyError.value("negative argument not allowed") }
            var generator = SystemRandomNumberGenerator()
            return .object(PyBytes((0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        m.define("putenv") { interp, args in
            setenv(try interp.toStringValue(args[0]), try interp.toStringValue(args[1]), 1)
            return .none
        }
        m.define("unsetenv") { interp, args in
            unsetenv(try interp.toStringValue(args[0]))
            return .none
        }
        let environ = PyDict()
        for (key, value) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
            environ[HashKey.string(key)] = .str(value)
        }
        m["environ"] = .object(environ)
        return m
    }

    static func osError(_ code: Int32, _ path: String, _ target: String? = nil) -> PyError {
        PyError.system(code, path: path, target: target)
    }
}
