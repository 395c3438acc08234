/// matplotlib's `plot` format string: `'[marker][line][color]'` in any order, e.g. `'r--'`,
/// `'o-'`, `'g^'`, `'k:'`, `'C1'`, `'bo--'`.
///
/// A marker without a line style means "markers only"; a line style or colour alone means a
/// line without markers.
public struct FormatString: Equatable, Sendable {
    public var color: Color?
    public var marker: Marker?
    public var lineStyle: LineStyle?

    public init(_ fmt: String) throws {
        var chars = Array(fmt)
        var i = 0
        func fail(_ c: Character) -> PlotError {
            PlotError.invalidArgument("'\(fmt)' is not a valid format string (unrecognized character '\(c)')")
        }
        while i < chars.count {
            let c = chars[i]
            // Two-character line styles first.
            if i + 1 < chars.count {
                let two = String(chars[i...(i + 1)])
                if two == "--" || two == "-." {
                    guard lineStyle == nil else { throw PlotError.invalidArgument("'\(fmt)' is not a valid format string (two linestyle symbols)") }
                    lineStyle = two == "--" ? .dashed : .dashDot; i += 2; continue
                }
            }
            if c == "-" || c == ":" {
                guard lineStyle == nil else { throw PlotError.invalidArgument("'\(fmt)' is not a valid format string (two linestyle symbols)") }
                lineStyle = c == "-" ? .solid : .dotted; i += 1; continue
            }
            if c == "C", i + 1 < chars.count, chars[i + 1].isNumber {
                var j = i + 1
                while j < chars.count, chars[j].isNumber { j += 1 }
                guard color == nil else { throw PlotError.invalidArgument("'\(fmt)' is not a valid format string (two color symbols)") }
                color = try Color.parse(String(chars[i..<j])); i = j; continue
            }
            if "bgrcmykw".contains(c) {
                guard color == nil else { throw PlotError.invalidArgument("'\(fmt)' is not a valid format string (two color symbols)") }
                color = try Color.parse(String(c)); i += 1; continue
            }
            if let m = Marker(symbol: String(c)) {
                guard marker == nil else { throw PlotError.invalidArgument("'\(fmt)' is not a valid format string (two marker symbols)") }
                marker = m; i += 1; continue
            }
            throw fail(c)
        }
        chars.removeAll()
        if marker != nil && lineStyle == nil { lineStyle = LineStyle.none }
    }
}
