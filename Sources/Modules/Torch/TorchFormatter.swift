import Foundation
import Tensor

/// `repr(tensor)` exactly as PyTorch writes it (torch/_tensor_str.py's rules): one element
/// format for the whole tensor (integer-valued floats with a trailing `.`, 4 decimals, or
/// scientific when the magnitudes span over 1000x or pass 1e8 or fall under 1e-4), rows
/// wrapped at 80 columns, more than 1000 elements summarised to 3 at each edge, and the
/// `dtype=`, `grad_fn=` and `requires_grad=` suffixes.
struct TorchFormatter {
    /// `torch.set_printoptions`: shared by every tensor's printing, as torch's PRINT_OPTS.
    nonisolated(unsafe) static var precision = 4
    nonisolated(unsafe) static var threshold = 1000
    nonisolated(unsafe) static var edgeItems = 3
    nonisolated(unsafe) static var lineWidth = 80
    nonisolated(unsafe) static var forcedSciMode: Bool? = nil

    /// `edgeItems` and `lineWidth` as the layout uses them: `set_printoptions` keeps any int
    /// (`edgeitems=2**62`, `linewidth=-2**63`), and doubling or subtracting those must not overflow.
    static var edge: Int { min(max(edgeItems, 0), Int.max / 4) }
    static var width: Int { max(lineWidth, Int.min / 4) }

    let floating: Bool
    let isBool: Bool
    var intMode = true
    var sciMode = false
    var maxWidth = 1

    init(values: [Double], floating: Bool, isBool: Bool) {
        self.floating = floating
        self.isBool = isBool
        if !floating {
            for v in values { maxWidth = max(maxWidth, plain(v).count) }
            return
        }
        let finite = values.filter { $0.isFinite && $0 != 0 }
        guard !finite.isEmpty else { return }
        let magnitudes = finite.map(Swift.abs)
        let lo = magnitudes.min() ?? 1, hi = magnitudes.max() ?? 1
        intMode = !finite.contains { $0 != $0.rounded(.up) }
        sciMode = Self.forcedSciMode ?? (hi / lo > 1000 || hi > 1e8 || (!intMode && lo < 1e-4))
        for v in finite {
            let text = sciMode ? Self.sci(v) : intMode ? String(format: "%.0f", v) + "." : String(format: "%.\(Self.precision)f", v)
            maxWidth = max(maxWidth, text.count)
        }
    }

    static func sci(_ v: Double) -> String { String(format: "%.\(precision)e", v) }

    func plain(_ v: Double) -> String {
        if isBool { return v != 0 ? "True" : "False" }
        return String(Int64(v))
    }

    func format(_ v: Double) -> String {
        var s: String
        if floating {
            if v.isNaN { s = "nan" } else if v.isInfinite { s = v > 0 ? "inf" : "-inf" } else if sciMode {
                s = Self.sci(v)
            } else if intMode {
                s = String(format: "%.0f", v) + "."
            } else {
                s = String(format: "%.\(Self.precision)f", v)
            }
            if intMode && !v.isFinite {} // nan/inf carry no trailing point
        } else {
            s = plain(v)
        }
        return String(repeating: " ", count: max(0, maxWidth - s.count)) + s
    }

    /// The body `[[…], […]]` of a tensor of `shape` whose C-order values are `values`.
    static func body(_ values: [Double], shape: [Int], floating: Bool, isBool: Bool, indent: Int) -> String {
        let count = values.count
        let summarize = count > threshold && !shape.isEmpty   // a 0-d tensor has nothing to summarise
        let shown = summarize ? summarized(values, shape: shape) : values
        let formatter = TorchFormatter(values: shown, floating: floating, isBool: isBool)
        if shape.isEmpty { return formatter.format(values.first ?? 0) }
        return formatter.render(values, shape: shape, offset: 0, indent: indent, summarize: summarize)
    }

    /// The values a summarised print shows: edge items of every axis.
    static func summarized(_ values: [Double], shape: [Int]) -> [Double] {
        func walk(_ offset: Int, _ axis: Int) -> [Double] {
            let n = shape[axis]
            let stride = shape[(axis + 1)...].reduce(1, *)
            let indices = n > 2 * edge ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
            if axis == shape.count - 1 { return indices.map { values[offset + $0] } }
            return indices.flatMap { walk(offset + $0 * stride, axis + 1) }
        }
        return shape.contains(0) ? [] : walk(0, 0)
    }

    func render(_ values: [Double], shape: [Int], offset: Int, indent: Int, summarize: Bool) -> String {
        let n = shape[0]
        let edge = TorchFormatter.edge
        if shape.count == 1 {
            let elementLength = maxWidth + 2
            let perLine = max(1, (TorchFormatter.width - indent) / elementLength)
            var items: [String]
            if summarize && n > 2 * edge {
                items = (0..<edge).map { format(values[offset + $0]) } + [" ..."] + ((n - edge)..<n).map { format(values[offset + $0]) }
            } else {
                items = (0..<n).map { format(values[offset + $0]) }
            }
            var lines: [String] = []
            var i = 0
            while i < items.count {
                lines.append(items[i..<min(i + perLine, items.count)].joined(separator: ", "))
                i += perLine
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let stride = shape.dropFirst().reduce(1, *)
        let inner = Array(shape.dropFirst())
        var slices: [String] = []
        if summarize && n > 2 * edge {
            slices = (0..<edge).map { render(values, shape: inner, offset: offset + $0 * stride, indent: indent + 1, summarize: summarize) }
            slices.append("...")
            slices += ((n - edge)..<n).map { render(values, shape: inner, offset: offset + $0 * stride, indent: indent + 1, summarize: summarize) }
        } else {
            slices = (0..<n).map { render(values, shape: inner, offset: offset + $0 * stride, indent: indent + 1, summarize: summarize) }
        }
        let separator = "," + String(repeating: "\n", count: shape.count - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    /// Appends `, suffix` or a new line and the suffix, as torch's `_add_suffixes`.
    static func addSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var out = text
        var lastLineLength = text.count - (text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1) + 1
        if !text.contains("\n") { lastLineLength = text.count + 2 }
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > width {
                out += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                out += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return out + ")"
    }

    /// The whole repr: `tensor([1., 2.], requires_grad=True)`.
    static func repr(values: [Double], shape: [Int], dtype: TorchDType, gradFn: String?, requiresGrad: Bool) -> String {
        let prefix = "tensor("
        let indent = prefix.count
        var suffixes: [String] = []
        var body: String
        let count = shape.reduce(1, *)
        if count == 0 {
            if shape.count != 1 { suffixes.append("size=(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")) }
            if dtype != TorchDType.defaultFloat { suffixes.append("dtype=\(dtype.text)") }
            body = "[]"
        } else {
            if ![TorchDType.defaultFloat, .int64, .bool].contains(dtype) { suffixes.append("dtype=\(dtype.text)") }
            body = Self.body(values, shape: shape, floating: dtype.isFloatingPoint, isBool: dtype == .bool, indent: indent)
        }
        if let gradFn { suffixes.append("grad_fn=<\(gradFn)>") } else if requiresGrad { suffixes.append("requires_grad=True") }
        return addSuffixes(prefix + body, suffixes, indent: indent)
    }
}
