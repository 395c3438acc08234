import Foundation

/// The progress line of Keras 3's `Progbar`, rendered as text:
///
///     1875/1875 ━━━━━━━━━━━━━━━━━━━━ 2s 1ms/step - accuracy: 0.8512 - loss: 0.4201   (verbose=1)
///     1875/1875 - 2s - 1ms/step - accuracy: 0.8512 - loss: 0.4201                   (verbose=2)
///
/// While an epoch runs (verbose=1) the time field is the estimated time left; at the end it
/// is the time taken. Metric values print with 4 decimals, or in scientific notation below
/// 1e-3, as Keras prints them.
struct KerasProgbar {
    let target: Int
    let verbose: Int
    let width = 20
    let start = Date()

    init(target: Int, verbose: Int) {
        self.target = target
        self.verbose = verbose
    }

    static func value(_ v: Double) -> String {
        Swift.abs(v) > 1e-3 ? String(format: "%.4f", v) : String(format: "%.4e", v)
    }

    /// Keras's `_format_time`: seconds, milliseconds or microseconds per unit.
    static func perUnit(_ seconds: Double, _ unit: String) -> String {
        if seconds >= 1 || seconds == 0 { return String(format: "%.0fs/", seconds) + unit }
        if seconds >= 1e-3 { return String(format: "%.0fms/", seconds * 1e3) + unit }
        return String(format: "%.0fus/", seconds * 1e6) + unit
    }

    static func duration(_ seconds: Double) -> String {
        if seconds > 3600 { return String(format: "%d:%02d:%02d", Int(seconds) / 3600, (Int(seconds) % 3600) / 60, Int(seconds) % 60) }
        if seconds > 60 { return String(format: "%d:%02d", Int(seconds) / 60, Int(seconds) % 60) }
        return String(format: "%.0fs", seconds)
    }

    /// The line after `current` of `target` steps, with the running metric values.
    func line(current: Int, values: [(String, Double)], final: Bool) -> String {
        let elapsed = Date().timeIntervalSince(start)
        let perStep = current > 0 ? elapsed / Double(current) : 0
        let metrics = values.map { " - \($0.0): \(KerasProgbar.value($0.1))" }.joined()
        let digits = String(Swift.max(target, 1)).count
        let count = String(repeating: " ", count: Swift.max(0, digits - String(current).count)) + "\(current)/\(target)"
        if verbose == 2 {
            return "\(count) - \(KerasProgbar.duration(elapsed)) - \(KerasProgbar.perUnit(perStep, "step"))\(metrics)"
        }
        // Keras tells done from to-do only by colour (green and grey ━); as plain text the
        // bar is the same 20 characters throughout.
        let bar = String(repeating: "━", count: width)
        let time = final ? KerasProgbar.duration(elapsed) : KerasProgbar.duration(perStep * Double(target - current))
        return "\(count) \(bar) \(time) \(KerasProgbar.perUnit(perStep, "step"))\(metrics)"
    }
}
