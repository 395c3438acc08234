/// NumPy's print options: the settings `np.set_printoptions` changes.
///
/// The defaults are NumPy 2.x's (`np.get_printoptions()`): `floatmode='maxprec'`, `sign='-'`,
/// `nanstr='nan'`, `infstr='inf'` are fixed; the five below are settable.
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

    public init(precision: Int = 8, suppress: Bool = false, threshold: Int = 1000,
                edgeitems: Int = 3, linewidth: Int = 75) {
        self.precision = precision
        self.suppress = suppress
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
    }

    /// NumPy's defaults: precision 8, suppress off, threshold 1000, edgeitems 3, linewidth 75.
    public static let numpyDefault = ArrayFormatOptions()

    /// Checks the values as `np.set_printoptions` does, throwing NumPy's messages
    /// (`ValueError: precision must be >= 0`, `threshold must be non-NAN, try sys.maxsize…`).
    public func validated() throws(ArrayFormatError) -> ArrayFormatOptions {
        if precision < 0 { throw .invalidOption("precision must be >= 0") }
        if threshold < 0 { throw .invalidOption("threshold must be >= 0") }
        if edgeitems < 0 { throw .invalidOption("edgeitems must be >= 0") }
        if linewidth < 0 { throw .invalidOption("linewidth must be >= 0") }
        return self
    }
}
