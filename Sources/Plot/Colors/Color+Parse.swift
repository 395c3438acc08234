/// Parsing matplotlib colour specifications.
extension Color {
    /// Parses any colour string matplotlib accepts (except `xkcd:` names):
    /// single letters `'b'`, `'r'`…, cycle references `'C0'`…, `'tab:blue'`, CSS/X11 names
    /// (`'darkorange'`, `'grey'`), hex `'#1f77b4'`, `'#1f77b480'`, `'#fff'`, gray levels `'0.5'`,
    /// and `'none'` (fully transparent).
    ///
    /// - Throws: `PlotError.invalidArgument("Invalid RGBA argument: 'xx'")`, like matplotlib.
    public static func parse(_ spec: String) throws -> Color {
        let s = spec.trimmingCharacters(in: .whitespaces)
        let lower = s.lowercased()
        if lower == "none" { return .clear }
        if s.hasPrefix("#") { return try parseHex(String(s.dropFirst()), original: spec) }
        if s.count >= 2, s.first == "C", let n = Int(s.dropFirst()), n >= 0 { return tab10[n % tab10.count] }
        if let v = NamedColors.table[lower] ?? NamedColors.table[s] { return Color(hex: v) }
        if let g = Double(s), g.isFinite {
            guard g >= 0 && g <= 1 else { throw PlotError.invalidArgument("Invalid RGBA argument: '\(spec)' (gray level must be in 0-1)") }
            return Color(r: g, g: g, b: g)
        }
        throw PlotError.invalidArgument("Invalid RGBA argument: '\(spec)'")
    }

    /// A colour from an RGB or RGBA tuple of numbers in 0...1.
    public static func from(tuple v: [Double]) throws -> Color {
        guard v.count == 3 || v.count == 4 else {
            throw PlotError.invalidArgument("RGBA sequence should have length 3 or 4, got \(v.count)")
        }
        guard v.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }) else {
            throw PlotError.invalidArgument("RGBA values should be within 0-1 range, got \(v)")
        }
        return Color(r: v[0], g: v[1], b: v[2], a: v.count == 4 ? v[3] : 1)
    }

    private static func parseHex(_ h: String, original: String) throws -> Color {
        var digits = h
        if digits.count == 3 || digits.count == 4 { digits = String(digits.flatMap { [$0, $0] }) }
        guard digits.count == 6 || digits.count == 8, let v = UInt64(digits, radix: 16) else {
            throw PlotError.invalidArgument("Invalid RGBA argument: '\(original)'")
        }
        if digits.count == 6 { return Color(hex: UInt32(v)) }
        return Color(hex: UInt32(v >> 8), alpha: Double(v & 0xff) / 255)
    }
}

private extension String {
    func trimmingCharacters(in _: Whitespace) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

private enum Whitespace { case whitespaces }
