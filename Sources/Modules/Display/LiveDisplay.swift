import Foundation
import Language

/// One output that a running cell redraws in place (a progress bar, a live curve): shown once
/// as `display_data` with a `display_id`, then replaced through `update_display_data`, at most
/// ten times a second so a fast loop never floods the front end. The latest state is never
/// lost: a redraw that comes too soon is kept and sent by the next one that is due, by
/// `finish()`, or when the cell ends.
///
///     let live = LiveDisplay(interp)
///     live.show(MimeBundle(["text/plain": "3/10"]))          // display_data
///     live.show(MimeBundle(["text/plain": "4/10"]))          // kept: too soon after the first
///     live.show(MimeBundle(["text/plain": "10/10"]), force: true)   // update_display_data
public final class LiveDisplay {
    /// IPython's display ids are `uuid4().hex`.
    public let id = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    public var minimumInterval: TimeInterval = 0.1
    // Strong: the session outlives its outputs (and is immortal, so `unowned` would overflow).
    let interp: Interpreter
    private var shown = false
    private var lastSent = Date.distantPast
    private var pending: MimeBundle?

    public init(_ interp: Interpreter) { self.interp = interp }

    /// False under `cellgrad run`: callers write their progress as text instead.
    public static func isLive(_ interp: Interpreter) -> Bool { interp.io?.showsLiveOutput ?? false }

    /// True when a redraw would be sent now: callers skip building one that would wait.
    public var isDue: Bool { !shown || Date().timeIntervalSince(lastSent) >= minimumInterval }

    /// Shows `bundle` now if the last redraw is old enough (or `force`), else keeps it for later.
    public func show(_ bundle: MimeBundle, force: Bool = false) {
        let now = Date()
        guard force || !shown || now.timeIntervalSince(lastSent) >= minimumInterval else {
            if pending == nil { LiveDisplay.registry.unsent.append(self) }
            pending = bundle
            return
        }
        send(bundle, at: now)
    }

    /// Sends the redraw that was kept back, if any.
    public func finish() {
        if let bundle = pending { send(bundle, at: Date()) }
    }

    private func send(_ bundle: MimeBundle, at now: Date) {
        pending = nil
        LiveDisplay.registry.unsent.removeAll { $0 === self }
        interp.io?.display(bundle, displayID: id, update: shown)
        shown = true
        lastSent = now
    }

    /// Displays with a redraw kept back; the cell-end hook sends them.
    final class Registry { var unsent: [LiveDisplay] = [] }
    nonisolated(unsafe) static let registry = Registry()

    /// Sends every kept redraw when a cell ends, so the output shows the final state even when
    /// the last update came within the interval (or the cell was interrupted).
    public static func install(into interp: Interpreter) {
        interp.cellEndHooks.append { interp in
            for live in registry.unsent where live.interp === interp { live.finish() }
        }
    }
}
