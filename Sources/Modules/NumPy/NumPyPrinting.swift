import Language
import Tensor

/// repr/str of arrays and scalars through Tensor's NumPy-exact formatter, with the session's
/// print options (`np.set_printoptions`).
enum NumPyPrinting {
    nonisolated(unsafe) static var options = ArrayFormatOptions.numpyDefault

    /// The elements a print shows: all of them, or only the corners of a summarised array (so
    /// printing 200,000,000 elements reads 216 of them).
    static func values(_ a: NDArray) -> ArrayFormatValues {
        if let shown = ArrayFormatter.summaryIndices(shape: a.shape, options: options) {
            switch a.dtype {
            case .float64: return .float64(a.elements(as: Double.self, atFlatIndices: shown))
            case .float32: return .float32(a.elements(as: Float.self, atFlatIndices: shown))
            case .int64: return .int64(a.elements(as: Int64.self, atFlatIndices: shown))
            case .uint8: return .uint8(a.elements(as: UInt8.self, atFlatIndices: shown))
            case .bool: return .bool(a.elements(as: Bool.self, atFlatIndices: shown))
            }
        }
        switch a.dtype {
        case .float64: return .float64(a.elements(as: Double.self))
        case .float32: return .float32(a.elements(as: Float.self))
        case .int64: return .int64(a.elements(as: Int64.self))
        case .uint8: return .uint8(a.elements(as: UInt8.self))
        case .bool: return .bool(a.elements(as: Bool.self))
        }
    }

    static func scalar(_ a: NDArray) -> ArrayFormatScalar {
        switch a.dtype {
        case .float64: return .float64(a.elements(as: Double.self).first ?? 0)
        case .float32: return .float32(a.elements(as: Float.self).first ?? 0)
        case .int64: return .int64(a.elements(as: Int64.self).first ?? 0)
        case .uint8: return .uint8(a.elements(as: UInt8.self).first ?? 0)
        case .bool: return .bool(a.elements(as: Bool.self).first ?? false)
        }
    }

    static func repr(_ a: NDArray) throws -> String {
        try NumPyBridge.call { try ArrayFormatter.repr(shape: a.shape, values: values(a), options: options) }
    }

    static func str(_ a: NDArray) throws -> String {
        try NumPyBridge.call { try ArrayFormatter.str(shape: a.shape, values: values(a), options: options) }
    }

    /// Elements as NumPy prints them inside brackets: Python's repr of each str.
    static func values(_ s: StringArray) -> ArrayFormatValues {
        if let shown = ArrayFormatter.summaryIndices(shape: s.shape, options: options) {
            return .string(s.strings(atFlatIndices: shown).map(Formatter.stringRepr), width: s.width)
        }
        return .string(s.strings.map(Formatter.stringRepr), width: s.width)
    }

    static func repr(_ s: StringArray) throws -> String {
        try NumPyBridge.call { try ArrayFormatter.repr(shape: s.shape, values: values(s), options: options) }
    }

    static func str(_ s: StringArray) throws -> String {
        if s.ndim == 0 { return try NumPyBridge.call { try s.item() } }
        return try NumPyBridge.call { try ArrayFormatter.str(shape: s.shape, values: values(s), options: options) }
    }

    /// An HTML table for 1-D and 2-D arrays of moderate size, so a notebook shows data as a table.
    static func html(_ a: NDArray) throws -> String? {
        guard a.ndim == 2, a.shape[0] <= 50, a.shape[1] <= 20, a.size > 0 else { return nil }
        let cells = try str(a.reshape([a.size])).dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard cells.count == a.size else { return nil }
        var html = "<table class=\"cellgrad-array\"><tbody>"
        for r in 0..<a.shape[0] {
            html += "<tr>"
            for c in 0..<a.shape[1] { html += "<td>\(cells[r * a.shape[1] + c])</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table><small>ndarray \(ArrayFormatter.pythonTuple(a.shape)) \(a.dtype.name)</small>"
    }
}
