/// An n-d array of Unicode strings, NumPy's `'<U{width}'` dtype: `np.array(['cat', 'dog'])`.
///
/// Why a separate type and not a fifth ``DType``: every numeric kernel, promotion rule and
/// BLAS path switches over the four numeric dtypes, and none of them means anything for text.
/// Instead, a string array is an int64 ``NDArray`` of *codes* into a shared, append-only table
/// of strings. All of NDArray's shape machinery then works unchanged on the codes: views
/// (`reshape`, `.T`, slicing share the codes and the table, so writes show through), fancy and
/// boolean indexing, broadcasting and `where`. Only what looks at the text itself (comparison,
/// sorting, `unique`, printing, conversion) is written here.
///
/// ```python
/// s = np.array(['cat', 'dog', 'bird'])   # StringArray(strings: [...], shape: [3]), width 4
/// s[[2, 0]]                              # array(['bird', 'cat'], dtype='<U4')
/// s[0] = 'elephant'                      # stored truncated to the width: 'elep'
/// ```
public struct StringArray: Sendable {
    /// int64 indices into ``table``, shaped like the array.
    public internal(set) var codes: NDArray
    /// The strings the codes point at; shared by every view of one array.
    let table: StringTable
    /// Characters per element (`'<U4'`): longer assigned strings are truncated to it.
    public let width: Int

    init(codes: NDArray, table: StringTable, width: Int) {
        self.codes = codes
        self.table = table
        self.width = width
    }

    /// An array holding `strings` in C order with `shape`; `width` defaults to the longest
    /// string (at least 1, as NumPy's `'<U1'` for empty strings).
    public init(strings: [String], shape: [Int], width: Int? = nil) throws {
        guard Shape.size(shape) == strings.count, !shape.contains(where: { $0 < 0 }) else { throw TensorError.reshape(size: strings.count, shape: shape) }
        let w = width ?? Swift.max(1, strings.map(\.unicodeScalars.count).max() ?? 1)
        let stored = width == nil ? strings : strings.map { Self.truncated($0, to: w) }
        self.init(codes: try NDArray.arange(strings.count).reshape(shape), table: StringTable(stored), width: w)
    }

    /// A 0-d array holding one string (a Python `str` used as an operand).
    public init(scalar: String) {
        let w = Swift.max(1, scalar.unicodeScalars.count)
        self.init(codes: NDArray(scalar: .int(0), dtype: .int64), table: StringTable([scalar]), width: w)
    }

    /// `np.array(nested)` when some leaf is a `str`: numbers among the strings become their
    /// text, and widen the dtype as NumPy's do (an int to 21 characters, a float to 32).
    public init(nested value: NestedValue, width: Int? = nil) throws {
        let (shape, complete) = value.probe()
        guard complete else {
            throw TensorError.value("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(shape.count) dimensions. The detected shape was \(Shape.tupleString(shape, compact: false)) + inhomogeneous part.")
        }
        var leaves: [String] = []
        var widest = 1
        func collect(_ v: NestedValue) {
            switch v {
            case .text(let s):
                leaves.append(s)
                widest = Swift.max(widest, s.unicodeScalars.count)
            case .scalar(let s):
                leaves.append(Self.text(of: s, dtype: s.defaultDType))
                widest = Swift.max(widest, Self.textWidth(of: s.defaultDType))
            case .array(let a):
                for s in a.scalarValues { leaves.append(Self.text(of: s, dtype: a.dtype)) }
                widest = Swift.max(widest, Self.textWidth(of: a.dtype))
            case .list(let items):
                for item in items { collect(item) }
            }
        }
        collect(value)
        try self.init(strings: leaves, shape: shape, width: width ?? widest)
    }

    public var shape: [Int] { codes.shape }
    public var ndim: Int { codes.ndim }
    public var size: Int { codes.size }
    /// NumPy's `a.dtype.str`: `'<U4'`.
    public var dtypeString: String { "<U\(width)" }
    /// NumPy's `a.dtype.name`: `'str128'` (bits of one element).
    public var dtypeName: String { "str\(width * 32)" }
    /// `a.itemsize`: four bytes per character (UCS-4).
    public var itemSize: Int { width * 4 }

    /// All elements in C order.
    public var strings: [String] {
        let all = table.strings
        return codes.elements(as: Int64.self).map { all[Int($0)] }
    }

    /// The strings at the given C-order flat indices (a summarised print's corners).
    public func strings(atFlatIndices indices: [Int]) -> [String] {
        let all = table.strings
        return codes.elements(as: Int64.self, atFlatIndices: indices).map { all[Int($0)] }
    }

    /// The only element of a 0-d (or one-element) array.
    public func item() throws -> String {
        guard size == 1 else { throw TensorError.value("can only convert an array of size 1 to a Python scalar") }
        return strings[0]
    }

    /// `a.tolist()`: nested lists of `.text` leaves.
    public func toNested() -> NestedValue {
        let flat = strings
        func build(_ axis: Int, _ start: Int) -> NestedValue {
            if axis == shape.count { return .text(flat[start]) }
            let step = shape[(axis + 1)...].reduce(1, *)
            return .list((0..<shape[axis]).map { build(axis + 1, start + $0 * step) })
        }
        return build(0, 0)
    }

    /// The same strings with new codes (a view or a gathered copy of the codes).
    func withCodes(_ newCodes: NDArray) -> StringArray { StringArray(codes: newCodes, table: table, width: width) }

    /// A compact copy that no longer shares anything with `self`.
    public func copy() throws -> StringArray { try StringArray(strings: strings, shape: shape, width: width) }

    /// The first `width` characters of `s`, as NumPy stores a longer string.
    static func truncated(_ s: String, to width: Int) -> String {
        s.unicodeScalars.count <= width ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(width)))
    }
}

/// The append-only string storage behind one string array and its views. A class so that
/// assignments through any view land in the table all views read.
final class StringTable: @unchecked Sendable {
    var strings: [String]
    init(_ strings: [String]) { self.strings = strings }

    /// Appends `values` and returns the code of the first.
    func append(_ values: [String]) -> Int64 {
        let first = Int64(strings.count)
        strings.append(contentsOf: values)
        return first
    }
}
