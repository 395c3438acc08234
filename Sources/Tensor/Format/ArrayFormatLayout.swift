/// Lays formatted elements out in nested brackets: NumPy's `_formatArray`.
///
/// - The last axis is a row: elements joined by the separator (`", "` for repr, `" "` for str),
///   wrapped when a line would pass the width. A continuation line starts with the hanging
///   indent (`"       "` + one space per nesting level inside `array(`).
/// - Other axes put each sub-array on its own line; between blocks of a 3-D array there is one
///   blank line, between 4-D blocks two, and so on (`axesLeft - 1` newlines).
/// - Each nesting level narrows the usable width by one for its closing `]`.
/// - A summarised axis (length > 2·edgeitems, when the array is over the threshold) shows its
///   first and last `edgeitems` entries around a `...` entry.
///
/// ```
/// array([[1., 2.],
///        [3., 4.]])
/// ```
struct ArrayFormatLayout {
    let shape: [Int]
    /// Element strings by flat row-major index into the shown elements: all of them, or when
    /// summarising only the corners ``shownIndices(shape:edgeItems:)`` lists, in that order.
    /// It may throw to abandon the layout (an interrupt during a long print).
    let element: (Int) throws -> String
    let lineWidth: Int
    let separator: String
    let edgeItems: Int
    let summarize: Bool

    /// Whether an axis of this length prints as its first and last `edgeItems` around `...`.
    private func isSummarized(_ length: Int) -> Bool {
        summarize && edgeItems < (length + 1) / 2  // 2·edgeItems < length, without overflow
    }

    /// Whether the shown elements keep only 2·edgeItems entries of an axis. With
    /// `edgeitems=0` NumPy keeps the whole axis (`a[:0]` joined with `a[-0:]`), and prints `...`
    /// and its last entry.
    private func isReduced(_ length: Int) -> Bool {
        edgeItems > 0 && isSummarized(length)
    }

    /// Row-major strides of the shown elements.
    private var strides: [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= isReduced(shape[axis]) ? 2 * edgeItems : shape[axis]
        }
        return strides
    }

    /// The whole bracketed text; `nextLinePrefix` is the indent of wrapped lines (one space for
    /// the `[`, plus the width of `array(` in repr).
    func render(nextLinePrefix: String) throws -> String {
        try recurse(axis: 0, offset: 0, strides: strides, hangingIndent: nextLinePrefix, width: lineWidth)
    }

    private func recurse(axis: Int, offset: Int, strides: [Int], hangingIndent: String, width: Int) throws -> String {
        let axesLeft = shape.count - axis
        if axesLeft == 0 { return try element(offset) }
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let length = shape[axis]
        let showSummary = isSummarized(length)
        let leading = showSummary ? edgeItems : 0
        let trailing = showSummary ? edgeItems : length
        // Entries after the `...` sit right behind the leading ones among the shown elements.
        let skipped = isReduced(length) ? length - 2 * edgeItems : 0
        let child = { (index: Int) in
            let shownIndex = index < leading ? index : index - skipped
            return try recurse(axis: axis + 1, offset: offset + shownIndex * strides[axis], strides: strides,
                           hangingIndent: nextIndent, width: nextWidth)
        }
        var s = ""
        if axesLeft == 1 {
            let trimmedSeparator = separator.trimmingTrailingSpaces()
            let elementWidth = width - max(trimmedSeparator.unicodeScalars.count, 1)
            var line = hangingIndent
            for i in 0..<leading {
                extendLine(&s, &line, try child(i), elementWidth, hangingIndent)
                line += separator
            }
            if showSummary {
                extendLine(&s, &line, "...", elementWidth, hangingIndent)
                line += separator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                extendLine(&s, &line, try child(length - i), elementWidth, hangingIndent)
                line += separator
            }
            extendLine(&s, &line, try child(length - 1), elementWidth, hangingIndent)
            s += line
        } else {
            let lineSeparator = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading {
                s += try hangingIndent + child(i) + lineSeparator
            }
            if showSummary {
                s += hangingIndent + "..." + lineSeparator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                s += try hangingIndent + child(length - i) + lineSeparator
            }
            s += try hangingIndent + child(length - 1)
        }
        return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
    }

    /// Appends `word` to `line`, first moving to a new line when it would not fit (and a new
    /// line would help, i.e. the current one holds more than the indent).
    private func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ width: Int,
                            _ nextLinePrefix: String) {
        var needsWrap = line.unicodeScalars.count + word.unicodeScalars.count > width
        if line.unicodeScalars.count <= nextLinePrefix.unicodeScalars.count { needsWrap = false }
        if needsWrap {
            s += line.trimmingTrailingSpaces() + "\n"
            line = nextLinePrefix
        }
        line += word
    }

    /// Flat indices of the elements a summarised print shows (NumPy's `_leading_trailing`):
    /// along every axis longer than `2·edgeItems`, the first and last `edgeItems` (all of it
    /// when `edgeItems` is 0).
    static func shownIndices(shape: [Int], edgeItems: Int) -> [Int] {
        let edgeItems = max(0, edgeItems)
        var indices = [0]
        for length in shape {
            let kept: [Int] = edgeItems > 0 && edgeItems < (length + 1) / 2
                ? Array(0..<edgeItems) + Array((length - edgeItems)..<length)
                : Array(0..<length)
            var next: [Int] = []
            next.reserveCapacity(indices.count * kept.count)
            for base in indices {
                for k in kept { next.append(base * length + k) }
            }
            indices = next
        }
        return indices
    }
}

extension String {
    /// Python's `rstrip()` for the ASCII text the formatter builds.
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
