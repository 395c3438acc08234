/// Prints arrays and scalars exactly as NumPy 2.x does: `repr(a)`, `str(a)`, `repr(np.float64(x))`.
///
/// Input is a shape and a flat row-major buffer (see ``ArrayFormatValues``); nothing here knows
/// the NDArray type. The algorithm is NumPy's `arrayprint`:
///
/// 1. If the array has more than `threshold` elements, only the corners
///    (`edgeitems` per axis) are shown and the rest becomes `...`.
/// 2. One element formatter is chosen from the shown values (``ArrayFormatFloat`` for floats,
///    a common width for ints, `' True'`/`'False'` for bools), so the columns line up.
/// 3. ``ArrayFormatLayout`` nests the elements in brackets and wraps long rows.
/// 4. `repr` wraps it all in `array(...)` and adds `shape=` / `dtype=` when they can't be
///    inferred from the text.
///
/// ```python
/// >>> np.array([[1., 2.], [3., 4.]])        # ArrayFormatter.repr(shape: [2, 2], values: .float64([1, 2, 3, 4]))
/// array([[1., 2.],
///        [3., 4.]])
/// >>> print(np.array([0.1, 0.2], dtype=np.float32))
/// [0.1 0.2]
/// >>> np.zeros((0, 3))
/// array([], shape=(0, 3), dtype=float64)
/// ```
public enum ArrayFormatter {
    /// `repr(a)`: `array([1, 2, 3])`, `array([0.1, 0.2], dtype=float32)`, `array(5.)`.
    public static func repr(shape: [Int], values: ArrayFormatValues,
                            options: ArrayFormatOptions = .numpyDefault) throws(ArrayFormatError) -> String {
        let size = try checkedSize(shape: shape, values: values, options: options)
        let prefix = "array("
        let body = size == 0
            ? "[]"
            : try render(shape: shape, size: size, values: values, options: options, separator: ", ",
                     prefix: prefix, lineWidth: options.lineWidth(less: 1))
        var extras: [String] = []
        if (size == 0 && shape != [0]) || size > options.threshold {
            extras.append("shape=" + pythonTuple(shape))
        }
        if case .float32 = values {
            extras.append("dtype=float32")
        } else if case .uint8 = values {
            extras.append("dtype=uint8")
        } else if case .string = values {
            extras.append("dtype=" + values.dtypeName)
        } else if size == 0 {
            extras.append("dtype=" + values.dtypeName)
        }
        if extras.isEmpty { return prefix + body + ")" }

        let head = prefix + body + ","
        let tail = extras.joined(separator: ", ") + ")"
        let lastLineLength = (head.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
            .unicodeScalars.count
        let spacer = lastLineLength + tail.unicodeScalars.count + 1 > options.linewidth
            ? "\n" + String(repeating: " ", count: prefix.count)
            : " "
        return head + spacer + tail
    }

    /// `str(a)` / `print(a)`: `[[1. 2.]\n [3. 4.]]`. A 0-d array prints as its scalar (`5.0`).
    public static func str(shape: [Int], values: ArrayFormatValues,
                           options: ArrayFormatOptions = .numpyDefault) throws(ArrayFormatError) -> String {
        let size = try checkedSize(shape: shape, values: values, options: options)
        if shape.isEmpty {
            switch values {
            case .float64(let v): return scalarStr(.float64(v[0]))
            case .float32(let v): return scalarStr(.float32(v[0]))
            case .int64(let v): return scalarStr(.int64(v[0]))
            case .uint8(let v): return scalarStr(.uint8(v[0]))
            case .bool(let v): return scalarStr(.bool(v[0]))
            case .string(let v, _): return v[0]   // str() of a 0-d string array: the caller passes the raw text
            }
        }
        if size == 0 { return "[]" }
        return try render(shape: shape, size: size, values: values, options: options, separator: " ", prefix: "",
                      lineWidth: options.lineWidth(less: 0))
    }

    /// `np.array2string(a, separator=, prefix=, suffix=)`: the bracketed body alone.
    ///
    /// `prefix` only sets the indent of wrapped lines (its length), `suffix` shortens the usable
    /// width, exactly as in NumPy; neither is included in the result.
    ///
    /// ```python
    /// >>> np.array2string(np.array([1., 2.]), separator=', ')
    /// '[1., 2.]'
    /// ```
    public static func array2string(shape: [Int], values: ArrayFormatValues, options: ArrayFormatOptions = .numpyDefault,
                                    separator: String = " ", prefix: String = "", suffix: String = "")
        throws(ArrayFormatError) -> String {
        let size = try checkedSize(shape: shape, values: values, options: options)
        if size == 0 { return "[]" }
        return try render(shape: shape, size: size, values: values, options: options, separator: separator, prefix: prefix,
                      lineWidth: options.lineWidth(less: suffix.count))
    }

    /// `repr` of a NumPy scalar: `np.float64(0.5)`, `np.float32(0.1)`, `np.int64(3)`, `np.True_`.
    public static func scalarRepr(_ scalar: ArrayFormatScalar) -> String {
        switch scalar {
        case .float64: "np.float64(\(scalarStr(scalar)))"
        case .float32: "np.float32(\(scalarStr(scalar)))"
        case .int64(let v): "np.int64(\(v))"
        case .uint8(let v): "np.uint8(\(v))"
        case .bool(let v): v ? "np.True_" : "np.False_"
        }
    }

    /// `str` of a NumPy scalar: `0.5`, `0.1` (float32's own shortest digits), `1e+16`, `3`, `True`.
    public static func scalarStr(_ scalar: ArrayFormatScalar) -> String {
        switch scalar {
        case .float64(let v): ArrayFormatFloat.scalarString(v, isFloat32: false)
        case .float32(let v): ArrayFormatFloat.scalarString(Double(v), isFloat32: true)
        case .int64(let v): String(v)
        case .uint8(let v): String(v)
        case .bool(let v): v ? "True" : "False"
        }
    }

    /// A shape as Python prints the tuple: `()`, `(5,)`, `(2, 3)`.
    public static func pythonTuple(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The flat C-order indices of the elements a print shows when the array is summarised (it
    /// has more than `threshold` elements and an axis longer than 2·`edgeitems`), else nil.
    ///
    /// Passing just those elements, in this order, as the `values` of `repr`, `str` or
    /// `array2string` prints the same text as passing all of them: printing a 200,000,000-element
    /// array then reads 216 of them.
    public static func summaryIndices(shape: [Int], options: ArrayFormatOptions) -> [Int]? {
        guard let size = elementCount(shape), size > options.threshold,
              let shown = elementCount(shownShape(shape, edgeItems: options.edgeitems)), shown < size
        else { return nil }
        return ArrayFormatLayout.shownIndices(shape: shape, edgeItems: options.edgeitems)
    }

    // MARK: - Internals

    /// The product of a shape's lengths; nil when one is negative or the product overflows.
    private static func elementCount(_ shape: [Int]) -> Int? {
        var size = 1
        for n in shape {
            let (product, overflow) = size.multipliedReportingOverflow(by: n)
            if overflow || n < 0 { return nil }
            size = product
        }
        return size
    }

    /// The shape of a summarised print's shown elements: each axis longer than 2·`edgeItems`
    /// keeps its first and last `edgeItems` entries (with 0 edge items, NumPy keeps it whole).
    private static func shownShape(_ shape: [Int], edgeItems: Int) -> [Int] {
        shape.map { edgeItems > 0 && edgeItems < ($0 + 1) / 2 ? 2 * edgeItems : $0 }
    }

    /// The element count of `shape`, checking that `values` holds all of them or, for a
    /// summarised print, just the shown ones (``summaryIndices(shape:options:)``).
    private static func checkedSize(shape: [Int], values: ArrayFormatValues, options: ArrayFormatOptions)
        throws(ArrayFormatError) -> Int {
        if shape.contains(where: { $0 < 0 }) { throw .negativeDimension(shape) }
        guard let size = elementCount(shape) else { throw .sizeMismatch(shape: shape, count: values.count) }
        let holdsShownOnly = size > options.threshold
            && values.count == elementCount(shownShape(shape, edgeItems: options.edgeitems))
        if size != values.count && !holdsShownOnly { throw .sizeMismatch(shape: shape, count: values.count) }
        if options.precision < 0 && options.floatmode != .unique && size > 0 {
            switch values {
            case .float64, .float32: throw .invalidOption("precision must be >= 0")
            default: break
            }
        }
        return size
    }

    /// NumPy's `_array2string`: choose the element formatter from the shown values, then lay out.
    private static func render(shape: [Int], size: Int, values: ArrayFormatValues, options rawOptions: ArrayFormatOptions,
                               separator: String, prefix: String, lineWidth: Int) throws(ArrayFormatError) -> String {
        // Clamp so printing never traps (a negative precision was rejected by `checkedSize`).
        var options = rawOptions
        options.precision = min(max(0, options.precision), 400)
        options.edgeitems = max(0, options.edgeitems)
        let summarize = size > options.threshold
        // The layout indexes the shown elements; the caller may have passed only those.
        var shown = summarize && values.count == size
            ? values.gathering(ArrayFormatLayout.shownIndices(shape: shape, edgeItems: options.edgeitems))
            : values
        // uint8 elements lay out exactly as integers do.
        if case .uint8(let v) = shown { shown = .int64(v.map(Int64.init)) }
        // An unsummarised print of millions of elements takes seconds: an interrupt is looked
        // for every 2^12 elements (a few milliseconds); once seen, the layout is abandoned.
        var stop: TensorError?
        let stopped: () -> Bool = {
            if stop == nil { stop = Interrupt.pending() }
            return stop != nil
        }
        let element: (Int) -> String
        switch shown {
        case .float64(let sample):
            let format = ArrayFormatFloat(values: sample, isFloat32: false, options: options, stopped: stopped)
            element = { format.format(sample[$0]) }
        case .float32(let sample):
            let format = ArrayFormatFloat(values: sample.map(Double.init), isFloat32: true, options: options, stopped: stopped)
            element = { format.format(Double(sample[$0])) }
        case .int64(let sample):
            // NumPy's IntegerFormat: '{:<sign><width>d}' with the width of the longest of max and min.
            let largest = sample.max() ?? 0, smallest = sample.min() ?? 0
            let sign: ArrayFormatSign = options.sign == .space && smallest < 0 ? .minus : options.sign
            let largestLength = String(largest).count + (largest >= 0 && sign != .minus ? 1 : 0)
            let width = max(largestLength, String(smallest).count)
            let positivePrefix = sign == .plus ? "+" : (sign == .space ? " " : "")
            element = { i in
                let v = sample[i]
                return ArrayFormatFloat.padded((v >= 0 ? positivePrefix : "") + String(v), toWidth: width)
            }
        case .uint8: element = { _ in "" }   // widened to int64 above
        case .bool(let all):
            let trueText = shape.isEmpty ? "True" : " True"
            element = { all[$0] ? trueText : "False" }
        case .string(let all, _):
            // NumPy prints each element as Python's repr of the str, unpadded (the caller,
            // which knows Python's repr rules, supplies the elements already quoted).
            element = { all[$0] }
        }
        if let stop { throw .stopped(stop) }
        var untilCheck = 1 << 12
        let interruptible: (Int) throws -> String = { i in
            untilCheck -= 1
            if untilCheck == 0 {
                untilCheck = 1 << 12
                if stopped() { throw LayoutStopped() }
            }
            return element(i)
        }
        let layout = ArrayFormatLayout(shape: shape, element: interruptible, lineWidth: lineWidth,
                                       separator: separator, edgeItems: options.edgeitems,
                                       summarize: summarize)
        do {
            return try layout.render(nextLinePrefix: " " + String(repeating: " ", count: prefix.count))
        } catch {
            // The only error the elements throw: the interrupt `stopped()` saw.
            throw .stopped(stop ?? .interrupted)
        }
    }

    /// Thrown by an element to abandon the layout once an interrupt is seen.
    private struct LayoutStopped: Error {}
}
