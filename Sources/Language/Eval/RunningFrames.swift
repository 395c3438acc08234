/// What a trap (a Swift runtime failure caught by the kernel's trap guard) leaves behind: the
/// native stack is abandoned without unwinding, so every frame that was running keeps its
/// references forever. Each running function's frame is therefore noted by call depth (one
/// store per call, no retain); after a trap the interrupted frames' locals are released, so
/// a cell that traps inside `def f(): a = np.ones(12_500_000); …` does not keep 100 MB.
final class RunningFrames {
    /// The frame running at each call depth; nil where a depth is a nested comparison or repr.
    let byDepth: UnsafeMutablePointer<Unmanaged<Frame>?>
    /// Depths beyond the largest recursion limit `sys.setrecursionlimit` accepts.
    static let capacity = 20_002

    init() {
        byDepth = .allocate(capacity: RunningFrames.capacity)
        byDepth.initialize(repeating: nil, count: RunningFrames.capacity)
    }

    @inline(__always)
    func note(_ frame: Frame?, at depth: Int) {
        guard depth < RunningFrames.capacity else { return }
        byDepth[depth] = frame.map { Unmanaged.passUnretained($0) }
    }
}

extension Interpreter {
    /// Releases the locals of the frames a trap interrupted (see ``RunningFrames``) and resets
    /// the call depth. Only for after a trap: those frames never resume.
    public func releaseAbandonedFrames() {
        var depth = min(callDepth, RunningFrames.capacity - 1)
        while depth >= 1 {
            if let frame = runningFrames.byDepth[depth]?.takeUnretainedValue() {
                for i in 0..<frame.slotCount { frame.slots[i] = nil }
                frame.returnValue = .none
            }
            runningFrames.byDepth[depth] = nil
            depth -= 1
        }
        // The cell's own note (CompiledSource.run) is not taken back when a trap skips it.
        runningFrames.byDepth[0] = nil
        callDepth = 0
        handling = []
    }
}

/// Where a running Python frame is: what `warnings.warn` names as the place of a warning.
public struct FrameLocation: Sendable {
    public let filename: String
    public let line: Int
    /// The module the code belongs to: `__main__` for cells and scripts, the dotted name
    /// for Cellgrad's bundled modules (`<cellgrad>/collections/abc.py` is `collections.abc`).
    public var moduleName: String {
        let prefix = "<cellgrad>/"
        guard filename.hasPrefix(prefix), filename.hasSuffix(".py") else { return "__main__" }
        return filename.dropFirst(prefix.count).dropLast(3).split(separator: "/").joined(separator: ".")
    }
}

extension Interpreter {
    /// The location of the running frame `level` frames out from the innermost one (0 is the
    /// innermost Python function, or the cell when none is running); nil past the outermost.
    public func frameLocation(level: Int) -> FrameLocation? {
        var remaining = level
        var depth = min(callDepth, RunningFrames.capacity - 1)
        while depth >= 0 {
            if let frame = runningFrames.byDepth[depth]?.takeUnretainedValue() {
                if remaining == 0 { return FrameLocation(filename: frame.info.filename, line: frame.line) }
                remaining -= 1
            }
            depth -= 1
        }
        return nil
    }

    /// Line `line` (from 1) of a cell, script or bundled module this session compiled.
    public func sourceLine(filename: String, line: Int) -> String? {
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}
