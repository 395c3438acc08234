import Foundation

/// The progress line of Keras 3's `Progbar`, rendered as text (and as HTML for a notebook):
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

    /// The fields of one line; `text` and `html` lay them out.
    struct Line {
        var count: String
        /// Bar cells done (Keras colours them green; the rest grey).
        var done: Int
        var width: Int
        var time: String
        var perStep: String
        var metricItems: [String]
        var semiVerbose: Bool
        var metrics: String { metricItems.map { " - " + $0 }.joined() }

        var text: String {
            if semiVerbose { return "\(count) - \(time) - \(perStep)\(metrics)" }
            // Keras tells done from to-do only by colour; as plain text the bar is the same
            // 20 characters throughout.
            return "\(count) \(String(repeating: "━", count: width)) \(time) \(perStep)\(metrics)"
        }

        /// Keras's terminal colours (bold count and time, green done, grey to do), kept on one line.
        var html: String {
            let done = String(repeating: "━", count: self.done), rest = String(repeating: "━", count: width - self.done)
            // Lines break only between metrics (front ends break <pre> text anywhere).
            let bar = "<span style=\"white-space:nowrap\"><b>\(count)</b> <span style=\"color:#2ca02c\">\(done)</span><span style=\"color:#c8c8c8\">\(rest)</span> <b>\(time)</b> \(perStep)</span>"
            return bar + metricItems.map { "<span style=\"white-space:nowrap\"> - \(HTMLText.escape($0))</span>" }.joined()
        }
    }

    /// The line after `current` of `target` steps, with the running metric values.
    func fields(current: Int, values: [(String, Double)], final: Bool) -> Line {
        let elapsed = Date().timeIntervalSince(start)
        let perStep = current > 0 ? elapsed / Double(current) : 0
        let metrics = values.map { "\($0.0): \(KerasProgbar.value($0.1))" }
        let digits = String(Swift.max(target, 1)).count
        let count = String(repeating: " ", count: Swift.max(0, digits - String(current).count)) + "\(current)/\(target)"
        let done = target > 0 ? Swift.min(width, width * current / target) : width
        let time = final || verbose == 2 ? KerasProgbar.duration(elapsed) : KerasProgbar.duration(perStep * Double(target - current))
        return Line(count: count, done: done, width: width, time: time, perStep: KerasProgbar.perUnit(perStep, "step"),
                    metricItems: metrics, semiVerbose: verbose == 2)
    }

    func line(current: Int, values: [(String, Double)], final: Bool) -> String {
        fields(current: current, values: values, final: final).text
    }
}
