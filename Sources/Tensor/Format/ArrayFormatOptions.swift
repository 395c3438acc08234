/// NumPy's print options: the settings `np.set_printoptions` changes.
///
/// The defaults are NumPy 2.x's (`np.get_printoptions()`); `legacy`, `formatter` and
/// `override_repr` are not supported.
///
/// ```python
/// np.set_printoptions(precision=3, suppress=True)   # → ArrayFormatOptions(precision: 3, suppress: true)
/// ```
public struct ArrayFormatOptions: Sendable, Equatable {
    /// At most this many digits after the decimal point (in scientific notation: after the first digit).
    public var precision: Int
    /// When true, never switch to scientific notation for small values; tiny values print as `0.`.
    public var suppress: Bool
    /// Arrays with more elements than this are summarised with `...`.
    public var threshold: Int
    /// How many items to keep at the start and the end of each summarised axis.
    public var edgeitems: Int
    /// Lines are wrapped so that they are at most this many characters long.
    public var linewidth: Int
    /// How many float digits to print (`floatmode`).
    public var floatmode: ArrayFormatFloatMode
    /// How to show the sign of positive floats and ints (`sign`).
    public var sign: ArrayFormatSign
    /// Text for not-a-number (`nanstr`).
    public var nanstr: String
    /// Text for infinity (`infstr`).
    public var infstr: String

    public init(precision: Int = 8, suppress: Bool = false, threshold: Int = 1000,
                edgeitems: Int = 3, linewidth: Int = 75, floatmode: ArrayFormatFloatMode = .maxprec,
                sign: ArrayFormatSign = .minus, nanstr: String = "nan", infstr: String = "inf") {
        self.precision = precision
        self.suppress = suppress
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.floatmode = floatmode
        self.sign = sign
        self.nanstr = nanstr
        self.infstr = infstr
    }

    /// NumPy's defaults: precision 8, suppress off, threshold 1000, edgeitems 3, linewidth 75,
    /// floatmode `'maxprec'`, sign `'-'`, nanstr `'nan'`, infstr `'inf'`.
    public static let numpyDefault = ArrayFormatOptions()
}

/// `np.set_printoptions(floatmode=...)`: how many fractional digits floats get.
public enum ArrayFormatFloatMode: String, Sendable, CaseIterable {
    /// Exactly `precision` digits, even when fewer would identify the value (`'fixed'`).
    case fixed
    /// The shortest digits that identify each value; `precision` is ignored (`'unique'`).
    case unique
    /// At most `precision` digits, fewer when they identify the value (`'maxprec'`, the default).
    case maxprec
    /// Like `maxprec`, but every element gets the same number of digits (`'maxprec_equal'`).
    case maxprecEqual = "maxprec_equal"

    /// Parses `floatmode=` as `np.set_printoptions` does, with its error message.
    public static func named(_ name: String) throws(ArrayFormatError) -> ArrayFormatFloatMode {
        guard let mode = ArrayFormatFloatMode(rawValue: name) else {
            throw .invalidOption("floatmode option must be one of "
                + allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return mode
    }
}

/// `np.set_printoptions(sign=...)`: the sign shown for positive values.
public enum ArrayFormatSign: String, Sendable, CaseIterable {
    /// `'-'`: only negative values show a sign (the default).
    case minus = "-"
    /// `'+'`: positive values show `+`.
    case plus = "+"
    /// `' '`: positive values get a space where the sign would go.
    case space = " "

    /// Parses `sign=` as `np.set_printoptions` does, with its error message.
    public static func named(_ name: String) throws(ArrayFormatError) -> ArrayFormatSign {
        guard let sign = ArrayFormatSign(rawValue: name) else {
            throw .invalidOption("sign option must be one of ' ', '+', or '-'")
        }
        return sign
    }
}

extension ArrayFormatOptions {
    /// The line width less `columns`, without overflow: any Int is a valid `linewidth`
    /// (`np.set_printoptions(linewidth=-2**63)` prints one element a line, as NumPy does), and
    /// the layout narrows it by one for each nesting level.
    func lineWidth(less columns: Int) -> Int {
        max(linewidth, Int.min / 4) - columns
    }
}
