import Foundation

/// `model.summary()` as Keras 3 prints it to a plain stream (rich's table, 76 columns): one
/// row per layer with its output shape and parameter count, then the totals with their size
/// in bytes (4 per float32), and the optimiser's variables once it has been built.
enum KerasSummary {
    static let widths = [31, 22, 13]
    /// A model that is not a chain gets a fourth column, "Connected to".
    static let graphWidths = [19, 17, 10, 17]

    static func text(name: String, rows: [(layer: String, shape: String, params: Int)], connections: [String]? = nil,
                     trainable: Int, nonTrainable: Int, optimizer: Int) -> String {
        let widths = connections == nil ? widths : graphWidths
        func border(_ left: String, _ fill: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: mid) + right
        }
        func row(_ cells: [String], _ bar: String) -> String {
            let wrapped = cells.enumerated().map { i, c in wrap(c, widths[i]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let padded = wrapped.enumerated().map { i, parts -> String in
                    let c = line < parts.count ? parts[line] : ""
                    let pad = String(repeating: " ", count: Swift.max(0, widths[i] - c.count))
                    return i == 2 ? pad + c : c + pad
                }
                return bar + " " + padded.joined(separator: " \(bar) ") + " " + bar
            }.joined(separator: "\n")
        }
        var lines = ["Model: \"\(name)\""]
        lines.append(border("┏", "━", "┳", "┓"))
        lines.append(row(["Layer (type)", "Output Shape", "Param #"] + (connections == nil ? [] : ["Connected to"]), "┃"))
        lines.append(border("┡", "━", "╇", "┩"))
        for (i, r) in rows.enumerated() {
            lines.append(row([r.layer, r.shape, grouped(r.params)] + (connections.map { [$0[i]] } ?? []), "│"))
            if i + 1 < rows.count { lines.append(border("├", "─", "┼", "┤")) }
        }
        lines.append(border("└", "─", "┴", "┘"))
        let total = trainable + nonTrainable + optimizer
        lines.append(" Total params: \(grouped(total)) (\(size(total)))")
        lines.append(" Trainable params: \(grouped(trainable)) (\(size(trainable)))")
        lines.append(" Non-trainable params: \(grouped(nonTrainable)) (\(size(nonTrainable)))")
        if optimizer > 0 { lines.append(" Optimizer params: \(grouped(optimizer)) (\(size(optimizer)))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rich's folding of a cell: words onto lines of at most `width`, a longer word cut.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            var w = word
            while w.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(w.prefix(width)))
                w = String(w.dropFirst(width))
            }
            if current.isEmpty { current = w } else if current.count + 1 + w.count <= width { current += " " + w } else {
                lines.append(current)
                current = w
            }
        }
        lines.append(current)
        return lines
    }

    /// `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    /// Keras's `readable_memory_size`: the count's float32 bytes in B, KB, MB, … (powers of 1024).
    static func size(_ count: Int) -> String {
        var bytes = Double(count * 4)
        for unit in ["B", "KB", "MB", "GB", "TB"] {
            if bytes / 1024 < 1 { return String(format: "%.2f ", bytes) + unit }
            bytes /= 1024
        }
        return String(format: "%.2f PB", bytes)
    }
}
