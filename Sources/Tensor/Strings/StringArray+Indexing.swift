/// Views and indexing of string arrays: each is the NDArray operation applied to the codes.
extension StringArray {
    /// `a[items]`: a view for basic indices, a gathered copy of the codes for fancy/boolean ones.
    public func getItem(_ items: [IndexItem]) throws -> StringArray { withCodes(try codes.getItem(items)) }

    /// `a[items] = value`: the value (broadcast to the selection) is truncated to this array's
    /// width and appended to the shared table, then the selected codes point at it.
    public func setItem(_ items: [IndexItem], _ value: StringArray) throws {
        let values = value.strings.map { Self.truncated($0, to: width) }
        let first = table.append(values)
        let newCodes = try NDArray((0..<Int64(values.count)).map { $0 + first }, shape: value.shape)
        try codes.setItem(items, newCodes)
    }

    public func reshape(_ shape: [Int]) throws -> StringArray { withCodes(try codes.reshape(shape)) }
    public var T: StringArray { withCodes(codes.T) }
    public func transpose(_ axes: [Int]? = nil) throws -> StringArray { withCodes(try codes.transpose(axes)) }
    public func ravel() throws -> StringArray { withCodes(try codes.ravel()) }
    public func flatten() throws -> StringArray { withCodes(try codes.flatten()) }
    public func squeeze(_ axes: [Int]? = nil) throws -> StringArray { withCodes(try codes.squeeze(axes)) }
    public func broadcast(to shape: [Int]) throws -> StringArray { withCodes(try codes.broadcast(to: shape)) }

    /// `np.take(a, indices, axis)`.
    public func take(_ indices: NDArray, axis: Int? = nil) throws -> StringArray { withCodes(try codes.take(indices, axis: axis)) }

    /// `np.repeat(a, repeats, axis)`.
    public func `repeat`(_ repeats: [Int], axis: Int?) throws -> StringArray { withCodes(try codes.repeat(repeats, axis: axis)) }

    /// `np.where(condition, x, y)` with text branches: both tables side by side, `y`'s codes
    /// shifted past `x`'s; the width is the wider of the two.
    public static func `where`(_ condition: NDArray, _ x: StringArray, _ y: StringArray) throws -> StringArray {
        let shift = Int64(x.table.strings.count)
        let yCodes = try NDArray.binary(.add, y.codes, NDArray.pythonScalar(.int(shift)))
        let merged = try NDArray.where(condition, x.codes, yCodes)
        return StringArray(codes: merged, table: StringTable(x.table.strings + y.table.strings), width: Swift.max(x.width, y.width))
    }

    /// `np.concatenate(arrays, axis)`.
    public static func concatenate(_ arrays: [StringArray], axis: Int?) throws -> StringArray {
        var all: [String] = []
        var shifted: [NDArray] = []
        for a in arrays {
            shifted.append(try NDArray.binary(.add, a.codes, NDArray.pythonScalar(.int(Int64(all.count)))))
            all += a.table.strings
        }
        return StringArray(codes: try NDArray.concatenate(shifted, axis: axis), table: StringTable(all),
                           width: arrays.map(\.width).max() ?? 1)
    }
}
