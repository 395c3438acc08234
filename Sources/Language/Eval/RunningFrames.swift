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
        callDepth = 0
        handling = []
    }
}
