/// An array as the IO functions read and write it: a shape and a flat row-major (C order)
/// buffer in one of Cellgrad's four dtypes.
///
/// ```swift
/// let a = try NPYArray(shape: [2, 3], data: .float64([1, 2, 3, 4, 5, 6]))   // np.arange(1., 7.).reshape(2, 3)
/// ```
public struct NPYArray: Equatable, Sendable {
    public let shape: [Int]
    public let data: NPYData

    /// Throws ``NPYError/sizeMismatch(shape:count:)`` when the buffer does not hold `product(shape)` elements.
    public init(shape: [Int], data: NPYData) throws(NPYError) {
        guard let size = NPYArray.elementCount(shape), size == data.count else {
            throw .sizeMismatch(shape: shape, count: data.count)
        }
        self.shape = shape
        self.data = data
    }

    init(uncheckedShape shape: [Int], data: NPYData) {
        self.shape = shape
        self.data = data
    }

    /// `product(shape)`, or nil for a negative dimension or an overflowing product.
    static func elementCount(_ shape: [Int]) -> Int? {
        var size = 1
        for n in shape {
            guard n >= 0 else { return nil }
            let (product, overflow) = size.multipliedReportingOverflow(by: n)
            if overflow { return nil }
            size = product
        }
        return size
    }

    /// The element `i` (flat index) as a `Double` (ints and bools converted as NumPy's `float()`).
    func double(at i: Int) -> Double {
        switch data {
        case .float64(let v): v[i]
        case .float32(let v): Double(v[i])
        case .int64(let v): Double(v[i])
        case .uint8(let v): Double(v[i])
        case .bool(let v): v[i] ? 1 : 0
        }
    }
}

/// The flat element buffer of an ``NPYArray``, tagged with its dtype.
public enum NPYData: Equatable, Sendable {
    case float64([Double])
    case float32([Float])
    case int64([Int64])
    case uint8([UInt8])
    case bool([Bool])

    public var count: Int {
        switch self {
        case .float64(let v): v.count
        case .float32(let v): v.count
        case .int64(let v): v.count
        case .uint8(let v): v.count
        case .bool(let v): v.count
        }
    }

    /// NumPy's dtype name (`float64`, `float32`, `int64`, `uint8`, `bool`).
    public var dtypeName: String {
        switch self {
        case .float64: "float64"
        case .float32: "float32"
        case .int64: "int64"
        case .uint8: "uint8"
        case .bool: "bool"
        }
    }
}

/// A named member of an `.npz` archive (`np.savez(f, x=a)` stores `x.npy`; positional arrays
/// are named `arr_0`, `arr_1`, …).
public struct NPYNamedArray: Equatable, Sendable {
    public let name: String
    public let array: NPYArray

    public init(name: String, array: NPYArray) {
        self.name = name
        self.array = array
    }
}
