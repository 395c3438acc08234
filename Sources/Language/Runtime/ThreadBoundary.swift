/// The rules for objects that cross threads.
///
/// Language counts references without atomic instructions (`-assume-single-threaded` in
/// Package.swift): an interpreter's objects are used by one thread at a time. Two kinds of
/// objects must still be safe when another thread holds them:
/// - objects shared for the life of the process (the interrupt flag, the interpreter): they are
///   made immortal, so no thread ever writes their counts;
/// - values handed to another thread (stream text the output thread sends later): they are
///   copied into storage the interpreter never sees.
/// Generator bodies run on the thread that resumes them (on stacks of their own, see
/// `Coroutine`), and the cycle collector's lists (`GarbageCollector`) are process-wide under
/// the same rule: one thread at a time.
public enum ThreadBoundary {
    /// Makes `object` immortal: retains and releases no longer write its reference count, from
    /// any thread. It is never freed, so this is for objects that live as long as the process.
    public static func immortalize(_ object: AnyObject) {
        swiftStdlibImmortalize(Unmanaged.passUnretained(object).toOpaque())
    }

    /// `text` in storage of its own, for another thread to keep: the interpreter may go on
    /// using the original's buffer with non-atomic counts.
    public static func copy(_ text: String) -> String {
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            buffer.initialize(fromContentsOf: utf8)
        }
    }
}

@_silgen_name("_swift_stdlib_immortalize")
private func swiftStdlibImmortalize(_ object: UnsafeMutableRawPointer)
