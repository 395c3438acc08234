import Foundation

/// `model.summary()` as Keras 3 prints it to a plain stream (rich's table, 76 columns): one
/// row per layer with its output shape and parameter count, then the totals with their size
/// in bytes (4 per float32), and the optimiser's variables once it has been built.
enum KerasSummary {
    static let widths = [31, 22, 13]
    /// A model that is not a chain gets a fourth column, "Connected to".
    static let graphWidths = [19, 17, 10, 17]

    /// One model's summary: the rows, the optional "Connected to" column and the counts, drawn
    /// as Keras's text (`text`) or as an HTML table for the notebook (`html`).
    struct Table {
        let name: String
        let rows: [(layer: String, shape: String, params: Int)]
        let connections: [String]?
        let trainable: Int, nonTrainable: Int, optimizer: Int

        var text: String {
            KerasSummary.text(name: name, rows: rows, connections: connections, trainable: trainable, nonTrainable: nonTrainable,
                              optimizer: optimizer)
        }

        /// The same table as HTML: header, one row per layer, the totals below.
        var html: String {
            let right = " style=\"text-align:right\""
            let heads = ["Layer (type)", "Output Shape", "Param #"] + (connections == nil ? [] : ["Connected to"])
            var out = "<div class=\"cellgrad-keras-summary\"><p style=\"font-weight:bold\">Model: \"\(HTMLText.escape(name))\"</p>"
            out += "<table><thead><tr>" + heads.enumerated().map { i, h in "<th\(i == 2 ? right : "")>\(HTMLText.escape(h))</th>" }.joined()
            out += "</tr></thead><tbody>"
            for (i, r) in rows.enumerated() {
                let cells = [r.layer, r.shape, KerasSummary.grouped(r.params)] + (connections.map { [$0[i]] } ?? [])
                out += "<tr>" + cells.enumerated().map { j, c in "<td\(j == 2 ? right : "")>\(HTMLText.escape(c))</td>" }.joined() + "</tr>"
            }
            out += "</tbody></table><p>" + KerasSummary.totals(trainable: trainable, nonTrainable: nonTrainable, optimizer: optimizer)
                .map { "<b>\(HTMLText.escape($0.label)):</b> \(HTMLText.escape($0.value))" }.joined(separator: "<br>")
            return out + "</p></div>"
        }
    }

    /// The lines under the table: label and "count (size)".
    static func totals(trainable: Int, nonTrainable: Int, optimizer: Int) -> [(label: String, value: String)] {
        let total = trainable + nonTrainable + optimizer
        var lines = [("Total params", total), ("Trainable params", trainable), ("Non-trainable params", nonTrainable)]
        if optimizer > 0 { lines.append(("Optimizer params", optimizer)) }
        return lines.map { ($0.0, "\(grouped($0.1)) (\(size($0.1)))") }
    }

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
        lines += totals(trainable: trainable, nonTrainable: nonTrainable, optimizer: optimizer).map { " \($0.label): \($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rich's wrapping of a cell as Keras sets it (overflow "ellipsis"): words onto lines of
    /// at most `width`, a longer word on its own line cut to `width` with "…".
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            var w = word
            if w.count > width { w = String(w.prefix(Swift.max(width - 1, 0))) + "…" }
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
