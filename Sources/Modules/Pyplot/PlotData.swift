import Language

/// A native array type that can hand its numbers to pyplot without building Python lists
/// (`ndarray`, `Tensor`). Optional: anything with `tolist()` already works; adopting this makes
/// a 1000x1000 `imshow` skip a million Python floats.
protocol PlotArrayConvertible: AnyObject {
    /// The shape, the values in row-major order as Doubles, and whether the element type is
    /// integer or bool (RGB images of integers are 0...255).
    func plotArray() throws -> (shape: [Int], values: [Double], integers: Bool)
}

/// Python data converted for the Plot library: the numbers in row-major order and the shape
/// (`[]` for a scalar, `[n]` for a vector, `[rows, cols]`, `[rows, cols, channels]`).
///
///     plt.plot(range(5), [x * x for x in range(5)])   // two [5] arrays
///     plt.imshow(np.zeros((28, 28)))                   // shape [28, 28], via tolist()
struct PlotArray {
    var values: [Double]
    var shape: [Int]
    /// Every element was a Python int or bool (images then use 0...255).
    var allIntegers: Bool
    /// Set instead of `values` when the data were strings (categories: `plt.bar(['a', 'b'], …)`).
    var strings: [String]?

    var count: Int { values.count }
    var isScalar: Bool { shape.isEmpty }
}

/// The one conversion from Python values to numbers that every pyplot function uses.
enum PlotData {
    /// Converts lists, tuples, ranges (nested for 2-D and 3-D), numbers, and any object with a
    /// `tolist()` method (numpy arrays, tensors). `None` inside a list is NaN (a gap), as numpy's
    /// float conversion does.
    ///
    /// - Throws: `TypeError` for data that is not numeric; `ValueError` for ragged nesting.
    static func array(_ interp: Interpreter, _ v: Value, name: String) throws -> PlotArray {
        var values: [Double] = []
        var shape: [Int]? = nil
        var allIntegers = true
        var strings: [String] = []
        try collect(interp, v, depth: 0, into: &values, shape: &shape, dims: [], allIntegers: &allIntegers,
                    strings: &strings, name: name)
        if !strings.isEmpty {
            guard values.isEmpty, (shape?.count ?? 0) <= 1 else {
                throw PyError.type("\(name) mixes strings and numbers; give all categories as strings or all values as numbers")
            }
            return PlotArray(values: [], shape: shape ?? [], allIntegers: false, strings: strings)
        }
        return PlotArray(values: values, shape: shape ?? [], allIntegers: allIntegers, strings: nil)
    }

    /// A 1-D array of numbers (a scalar becomes one value; a column vector `(n, 1)` is
    /// flattened, as matplotlib does for `plot`).
    static func vector(_ interp: Interpreter, _ v: Value, name: String) throws -> [Double] {
        let a = try array(interp, v, name: name)
        if a.strings != nil { throw PyError.type("\(name) must be numbers, not strings") }
        if a.shape.count <= 1 { return a.values }
        if a.shape.count == 2 && (a.shape[1] == 1 || a.shape[0] == 1) { return a.values }
        throw PyError.value("\(name) must be 1-dimensional, got an array of shape \(shapeText(a.shape))")
    }

    /// A Double from a Python number (numpy scalars and 0-d arrays included).
    static func scalar(_ interp: Interpreter, _ v: Value, name: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default:
            let a = try array(interp, v, name: name)
            guard a.strings == nil, a.values.count == 1 else {
                throw PyError.type("\(name) must be a number, not \(v.typeName)")
            }
            return a.values[0]
        }
    }

    /// An optional number: nil when omitted or None.
    static func optionalScalar(_ interp: Interpreter, _ v: Value?, name: String) throws -> Double? {
        guard let v, !v.isNone else { return nil }
        return try scalar(interp, v, name: name)
    }

    /// A Python string argument.
    static func string(_ v: Value, name: String, function: String) throws -> String {
        if let s = v.asString { return s }
        throw PyError.type("\(function)() argument '\(name)' must be str, not \(v.typeName)")
    }

    /// Any value shown as text (`plt.title(3)` shows "3", as matplotlib's `str()`).
    static func text(_ interp: Interpreter, _ v: Value) throws -> String {
        if let s = v.asString { return s }
        return try interp.str(v)
    }

    static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    private static func collect(_ interp: Interpreter, _ v: Value, depth: Int, into values: inout [Double],
                                shape: inout [Int]?, dims: [Int], allIntegers: inout Bool, strings: inout [String],
                                name: String) throws {
        guard depth < 32 else { throw PyError.value("\(name) is nested too deeply to be plotted") }
        func leaf(_ x: Double, isInt: Bool) throws {
            if !isInt { allIntegers = false }
            try record(dims)
            values.append(x)
        }
        func record(_ d: [Int]) throws {
            if let s = shape {
                guard s == d else {
                    throw PyError.value("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(commonPrefix(s, d)) dimensions; \(name) must be a rectangular array of numbers")
                }
            } else {
                shape = d
            }
        }
        switch v {
        case .int(let i): try leaf(Double(i), isInt: true)
        case .bool(let b): try leaf(b ? 1 : 0, isInt: true)
        case .float(let d): try leaf(d, isInt: false)
        case .none: try leaf(.nan, isInt: false)
        case .object(let o):
            if let s = o as? PyStr {
                try record(dims)
                strings.append(s.value)
                return
            }
            if let native = o as? PlotArrayConvertible {
                let (s, vals, integers) = try native.plotArray()
                if s.isEmpty { try leaf(vals.first ?? .nan, isInt: integers); return }
                try record(dims + s)
                if values.isEmpty { values = vals } else { values.append(contentsOf: vals) }
                if !integers { allIntegers = false }
                return
            }
            let items: [Value]
            switch o {
            case let l as PyList: items = l.items
            case let t as PyTuple: items = t.items
            case let r as PyRange:
                try record(dims + [r.count])
                for i in 0..<r.count { values.append(Double(r.element(i))) }
                return
            default:
                if let tolist = try interp.lookupAttribute(v, Symbol("tolist")) {
                    let converted = try interp.call(tolist, Arguments())
                    if case .object(let co) = converted, co === o {
                        throw PyError.type("\(name): tolist() of '\(v.typeName)' returned the object itself")
                    }
                    try collect(interp, converted, depth: depth + 1, into: &values, shape: &shape, dims: dims,
                                allIntegers: &allIntegers, strings: &strings, name: name)
                    return
                }
                if o.type.lookup(Dunder.float) != nil {
                    try leaf(try interp.toDouble(v), isInt: false)
                    return
                }
                if o.type.lookup(Dunder.iter) != nil || o is PyIterator || o is PyDictView || o is PySet {
                    items = try interp.iterateToArray(v)
                } else {
                    throw PyError.type("\(name) must be numbers (a list, tuple, range or array), not '\(v.typeName)'")
                }
            }
            // Fast path: a flat list of Python numbers.
            if items.allSatisfy(isNumber) {
                try record(dims + [items.count])
                for item in items {
                    switch item {
                    case .int(let i): values.append(Double(i))
                    case .bool(let b): values.append(b ? 1 : 0)
                    case .float(let d): values.append(d); allIntegers = false
                    default: values.append(.nan); allIntegers = false
                    }
                }
                return
            }
            if items.isEmpty { try record(dims + [0]); return }
            let inner = dims + [items.count]
            for (i, item) in items.enumerated() {
                try collect(interp, item, depth: depth + 1, into: &values, shape: &shape, dims: inner,
                            allIntegers: &allIntegers, strings: &strings, name: name)
                if i & 0x3FF == 0x3FF { try interp.checkInterrupt() }
            }
        }
    }

    private static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool, .none: return true
        case .object: return false
        }
    }

    private static func commonPrefix(_ a: [Int], _ b: [Int]) -> Int {
        var n = 0
        while n < min(a.count, b.count) && a[n] == b[n] { n += 1 }
        return n
    }
}
