import Foundation

/// The most memory one object a cell builds may take: a size the user controls (`'x' * n`,
/// `list(range(n))`, a format width) is checked against it before allocating, so it is a
/// `MemoryError`, as in Python, never a crash of the kernel.
///
/// The kernel sets ``bytes`` from `CELLGRAD_MAX_MEMORY` or JupyterHub's `MEM_LIMIT`; without
/// either it is the machine's physical memory.
///
/// ```python
/// list(range(10**18))              # MemoryError, at once
/// '{:>1000000000000}'.format('x')  # MemoryError
/// ```
public enum MemoryCeiling {
    nonisolated(unsafe) public static var bytes = Int(clamping: ProcessInfo.processInfo.physicalMemory)
    /// True when the ceiling came from the environment (and the kernel watches the process's size).
    nonisolated(unsafe) public static var configured = false
    /// Where the configured ceiling came from, for messages.
    nonisolated(unsafe) public static var source = "CELLGRAD_MAX_MEMORY"

    /// Reads `CELLGRAD_MAX_MEMORY` (`2G`, `512M`, `1.5GiB` or bytes), else JupyterHub's
    /// `MEM_LIMIT` (bytes); leaves the default when neither is set or readable.
    public static func configure(from environment: [String: String]) {
        for name in ["CELLGRAD_MAX_MEMORY", "MEM_LIMIT"] {
            guard let text = environment[name], let n = parseSize(text), n > 0 else { continue }
            bytes = n
            configured = true
            source = name
            return
        }
    }

    /// `"2G"` → 2 GiB; suffixes K, M, G, T (optionally followed by `B` or `iB`) are binary.
    public static func parseSize(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where t.hasSuffix(suffix) && t.count > suffix.count { t.removeLast(suffix.count) }
        let units: [Character: Double] = ["K": 0x1p10, "M": 0x1p20, "G": 0x1p30, "T": 0x1p40]
        var scale = 1.0
        if let last = t.last, let u = units[last] { scale = u; t.removeLast() }
        guard let value = Double(t), value.isFinite, value > 0, value * scale < 9e18 else { return nil }
        return Int(value * scale)
    }

    /// The message of the MemoryError that stops a cell which passed the ceiling.
    public static var passedMessage: String {
        let gib = Double(bytes) / Double(1 << 30)
        return "the kernel passed its memory ceiling (\(source) = \(String(format: "%.2f", gib)) GiB); "
            + "free large variables with del, or restart the kernel"
    }

    /// Checks the length of `pieces` joined with a separator before anything is allocated, as
    /// CPython's `join` does: `OverflowError` ("join() result is too long for `result`") when
    /// the total passes `Int.max`, `MemoryError` when it passes the ceiling.
    public static func checkJoin(pieces: some Sequence<Int>, separator: Int, result: String) throws {
        var total = 0, count = 0, overflow = false
        for length in pieces {
            var o1 = false
            if count > 0 { (total, o1) = total.addingReportingOverflow(separator) }
            let (next, o2) = total.addingReportingOverflow(length)
            total = next
            count += 1
            if o1 || o2 { overflow = true; break }
        }
        if overflow { throw PyError.overflow("join() result is too long for \(result)") }
        try check(bytes: total)
    }

    /// Throws `MemoryError` when `count * size + extra` bytes would pass the ceiling.
    public static func check(bytes count: Int, times size: Int = 1, plus extra: Int = 0) throws {
        let (product, overflow) = count.multipliedReportingOverflow(by: size)
        let (total, overflow2) = product.addingReportingOverflow(extra)
        if overflow || overflow2 || total > bytes { throw PyError.memory() }
    }
}
