import Foundation

extension PyError {
    /// The OSError subclass CPython raises for errno `code` on `path` (and `target`, for a
    /// rename), worded as CPython words it ("[Errno 2] No such file or directory: 'x'"), with
    /// errno, strerror and filename set.
    public static func system(_ code: Int32, path: String, target: String? = nil) -> PyError {
        let type: PyType
        switch code {
        case ENOENT: type = BuiltinTypes.fileNotFoundError
        case EEXIST: type = BuiltinTypes.fileExistsError
        case EACCES, EPERM: type = BuiltinTypes.permissionError
        case EISDIR: type = BuiltinTypes.isADirectoryError
        case ENOTDIR: type = BuiltinTypes.notADirectoryError
        default: type = BuiltinTypes.osError
        }
        let reason = String(cString: strerror(code))
        var message = "[Errno \(code)] \(reason): \(Formatter.stringRepr(path))"
        if let target { message += " -> \(Formatter.stringRepr(target))" }
        let error = PyError(type, message)
        error.exception.setAttribute(Symbol("errno"), .int(Int(code)))
        error.exception.setAttribute(Symbol("strerror"), .str(reason))
        error.exception.setAttribute(Symbol("filename"), .str(path))
        if let target { error.exception.setAttribute(Symbol("filename2"), .str(target)) }
        return error
    }
}
