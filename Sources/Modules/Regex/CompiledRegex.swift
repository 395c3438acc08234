import CPCRE2
import Language

/// A pattern compiled by PCRE2 (and its JIT when available), as the `re` module's Pattern
/// holds it. Patterns arrive already in PCRE2's syntax: `re` (Library/re.py) translates
/// Python's few differences (`\Z`, `{,n}`, `\uXXXX`) before compiling.
final class CompiledRegex: PyObject {
    nonisolated(unsafe) static let type = PyType(name: "_CompiledRegex", bases: [BuiltinTypes.object], module: "_regex")

    let code: OpaquePointer
    let matchData: OpaquePointer
    let groupCount: Int
    /// Group names and their numbers.
    let names: [(String, Int)]

    /// Compiles `pattern`; on failure throws `CompileFailure` with PCRE2's error code, its
    /// message and the offset (in code points) where it stopped.
    init(pattern: String, options: UInt32) throws(CompileFailure) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let context = pcre2_compile_context_create_8(nil)
        defer { pcre2_compile_context_free_8(context) }
        // Python's `.` and `$` know only "\n" as a line end.
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_LF))
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options | UInt32(PCRE2_UTF), &errorCode, &errorOffset, context)
        }
        guard let compiled else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &message, message.count)
            let text = String(decoding: message.prefix(max(0, Int(length))), as: UTF8.self)
            let offset = String(decoding: bytes.prefix(min(errorOffset, bytes.count)), as: UTF8.self).unicodeScalars.count
            throw CompileFailure(code: Int(errorCode), message: text, offset: offset)
        }
        code = compiled
        // The JIT makes matching several times faster; without it PCRE2 interprets.
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        matchData = pcre2_match_data_create_from_pattern_8(compiled, nil)
        var captures: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        groupCount = Int(captures)
        names = CompiledRegex.readNames(compiled)
        super.init(type: CompiledRegex.type)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_code_free_8(code)
    }

    /// The name table: entries of `entrySize` bytes, the group number big-endian in the first
    /// two, then the name, NUL-terminated.
    private static func readNames(_ code: OpaquePointer) -> [(String, Int)] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table, count > 0 else { return [] }
        var names: [(String, Int)] = []
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var end = 2
            while end < Int(entrySize) && entry[end] != 0 { end += 1 }
            names.append((String(decoding: UnsafeBufferPointer(start: entry + 2, count: end - 2), as: UTF8.self), number))
        }
        return names.sorted { $0.1 < $1.1 }
    }

    enum Mode: Int { case search = 0, match = 1, fullmatch = 2 }

    /// One match attempt in `subject` between byte offsets `start` and `end`: the byte
    /// offsets of each group (-1, -1 for a group that did not take part), or nil.
    func matchBytes(_ subject: SubjectText, start: Int, end: Int, mode: Mode, notEmptyAtStart: Bool) throws -> [Int]? {
        var options = UInt32(PCRE2_NO_UTF_CHECK)
        switch mode {
        case .search: break
        case .match: options |= UInt32(PCRE2_ANCHORED)
        case .fullmatch: options |= UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_ENDANCHORED)
        }
        if notEmptyAtStart { options |= UInt32(PCRE2_NOTEMPTY_ATSTART) }
        let rc = subject.bytes.withUnsafeBufferPointer { buffer in
            pcre2_match_8(code, buffer.baseAddress, end, start, options, matchData, nil)
        }
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        guard rc >= 0 else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(rc, &message, message.count)
            throw PyError.runtime("regular expression match failed: " + String(decoding: message.prefix(max(0, Int(length))), as: UTF8.self))
        }
        guard let vector = pcre2_get_ovector_pointer_8(matchData) else { return nil }
        var spans = [Int](repeating: -1, count: 2 * (groupCount + 1))
        // Groups that did not take part hold PCRE2_UNSET (all ones).
        let limit = subject.bytes.count
        for i in 0...groupCount {
            let s = vector[2 * i], e = vector[2 * i + 1]
            if s >= 0 && s <= limit && e >= 0 && e <= limit {
                spans[2 * i] = s
                spans[2 * i + 1] = e
            }
        }
        return spans
    }
}

/// Why a pattern did not compile, as PCRE2 says it.
struct CompileFailure: Error {
    let code: Int
    let message: String
    let offset: Int
}
