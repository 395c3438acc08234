import Foundation

/// Durations written as IPython's `%time` and `%timeit` write them (`_format_time` in
/// IPython/core/magics/execution.py): three significant digits and the unit that keeps the
/// number at least 1 ("1.23 μs", "456 ns", "2.5 s"), and d/h/min/s parts from a minute on.
/// The micro sign is the Greek letter mu (U+03BC), as IPython prints it.
///
///     TimeFormat.duration(0.00000123)   // "1.23 μs"
///     TimeFormat.duration(75.5)         // "1min 15s"
enum TimeFormat {
    static func duration(_ seconds: Double, precision: Int = 3) -> String {
        if seconds >= 60 {
            var parts: [String] = []
            var left = seconds
            for (suffix, length) in [("d", 86_400.0), ("h", 3_600.0), ("min", 60.0), ("s", 1.0)] {
                let value = Int(left / length)
                if value > 0 {
                    left = left.truncatingRemainder(dividingBy: length)
                    parts.append("\(value)\(suffix)")
                }
                if left < 1 { break }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "\u{03BC}s", "ns"]
        let scaling = [1.0, 1e3, 1e6, 1e9]
        // The order of magnitude in thousands: 0 for seconds, 3 for nanoseconds (the smallest).
        var order = 3
        if seconds > 0 {
            let exponent = Int(floor(log10(seconds)))
            order = min(-Int(floor(Double(exponent) / 3)), 3)
        }
        order = max(order, 0)
        return String(format: "%.*g", Int32(precision), seconds * scaling[order]) + " " + units[order]
    }
}
