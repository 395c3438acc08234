import Testing
@testable import Tensor

/// The one-byte uint8 dtype: wraparound, NumPy's promotion and casts, and the kernels that
/// compute in int64 and narrow back.
struct UInt8Tests {
    let a: NDArray

    init() throws { a = try NDArray([UInt8(250), 3, 7]) }

    @Test func storageIsOneByte() throws {
        #expect(a.dtype == .uint8 && a.itemSize == 1 && a.nbytes == 3)
        #expect(DType(numpyName: "u1") == .uint8 && DType.uint8.name == "uint8")
    }

    @Test func arithmeticWrapsAndStaysUInt8() throws {
        let sum = try a + a
        #expect(sum.dtype == .uint8 && sum.elements(as: Int64.self) == [244, 6, 14])
        #expect(try (a - a.flip([0])).elements(as: Int64.self) == [243, 0, 13])
        #expect(try NDArray.unary(.negative, a).elements(as: Int64.self) == [6, 253, 249])
        #expect(try (a * .pythonScalar(2)).elements(as: Int64.self) == [244, 6, 14])
        var b = try a.copy()
        try b += .pythonScalar(10)
        #expect(b.elements(as: Int64.self) == [4, 13, 17])
    }

    @Test func promotionFollowsNumPy() throws {
        #expect(DType.uint8.promoted(with: .int64) == .int64)
        #expect(DType.uint8.promoted(with: .float32) == .float32)
        #expect(DType.uint8.promoted(with: .bool) == .uint8)
        #expect(try (a / .pythonScalar(2)).dtype == .float64)
        #expect(try (a + .pythonScalar(1.5)).dtype == .float64)
        #expect(try NDArray.unary(.sqrt, a).dtype == .float32)
        #expect(throws: TensorError.scalarOutOfBounds(value: 300, dtype: .uint8)) { try a + .pythonScalar(300) }
    }

    @Test func castsWrapModulo256() throws {
        let f = try NDArray([-1.0, 300, 3.7]).astype(.uint8)
        #expect(f.elements(as: Int64.self) == [255, 44, 3])
        #expect(try NDArray([Int64(256), 511]).astype(.uint8).elements(as: Int64.self) == [0, 255])
    }

    @Test func reductionsSortsAndProducts() throws {
        #expect(try a.sum().dtype == .int64 && a.sum().item() == .int(260))
        #expect(try a.max().dtype == .uint8 && a.max().item() == .int(250))
        #expect(try a.argmin(axis: nil).item() == .int(1))
        #expect(try a.sorted().elements(as: Int64.self) == [3, 7, 250])
        #expect(try NDArray.matmul(a, a).item() == .int(94))
        #expect(try a.cumsum().elements(as: Int64.self) == [250, 253, 260])
    }

    @Test func printsAsNumPy() throws {
        let text = try ArrayFormatter.repr(shape: [3], values: .uint8([250, 3, 7]))
        #expect(text == "array([250,   3,   7], dtype=uint8)")
        #expect(ArrayFormatter.scalarRepr(.uint8(3)) == "np.uint8(3)")
    }

    @Test func indexesAndIsAnIndex() throws {
        let m = try NDArray([UInt8](0..<6), shape: [2, 3])
        #expect(try m[[.int(1)]].elements(as: Int64.self) == [3, 4, 5])
        #expect(try m[[.all, .array(NDArray([UInt8(2), 0]))]].elements(as: Int64.self) == [2, 0, 5, 3])
        #expect(throws: TensorError.self) { try m.setItem([.int(0)], .pythonScalar(256)) }
    }
}
