import Language
import Tensor

/// torch's dtypes. uint8 has its own one-byte storage (Fashion-MNIST's 47 MB of pixels stay
/// 47 MB); int32, int16 and int8 tensors are stored in int64 and keep their name, so a
/// lesson's `dtype=torch.int32` prints as PyTorch prints it.
enum TorchDType: String, CaseIterable {
    case float32, float64, int64, int32, int16, int8, uint8, bool, float16

    /// The storage dtype.
    var storage: DType {
        switch self {
        case .float32, .float16: return .float32
        case .float64: return .float64
        case .int64, .int32, .int16, .int8: return .int64
        case .uint8: return .uint8
        case .bool: return .bool
        }
    }

    var isFloatingPoint: Bool { self == .float32 || self == .float64 || self == .float16 }

    /// `torch.get_default_dtype()`: the dtype of Python floats and of float factories.
    nonisolated(unsafe) static var defaultFloat: TorchDType = .float32

    /// `str(torch.float32)`.
    var text: String { "torch.\(rawValue)" }

    /// The dtype of results stored as `d`.
    init(storage d: DType) {
        switch d {
        case .float32: self = .float32
        case .float64: self = .float64
        case .int64: self = .int64
        case .uint8: self = .uint8
        case .bool: self = .bool
        }
    }

    /// torch's legacy type names (`x.type()`): `torch.FloatTensor`.
    var legacyName: String {
        switch self {
        case .float32: return "torch.FloatTensor"
        case .float64: return "torch.DoubleTensor"
        case .float16: return "torch.HalfTensor"
        case .int64: return "torch.LongTensor"
        case .int32: return "torch.IntTensor"
        case .int16: return "torch.ShortTensor"
        case .int8: return "torch.CharTensor"
        case .uint8: return "torch.ByteTensor"
        case .bool: return "torch.BoolTensor"
        }
    }

    /// The short name used in messages such as "expected scalar type Long but found Float".
    var scalarTypeName: String {
        switch self {
        case .float32: return "Float"
        case .float64: return "Double"
        case .float16: return "Half"
        case .int64: return "Long"
        case .int32: return "Int"
        case .int16: return "Short"
        case .int8: return "Char"
        case .uint8: return "Byte"
        case .bool: return "Bool"
        }
    }

    var itemSize: Int {
        switch self {
        case .float64, .int64: return 8
        case .float32, .int32: return 4
        case .float16, .int16: return 2
        case .int8, .uint8, .bool: return 1
        }
    }

    /// Wraps integer values into the dtype's range, as a cast into it does.
    func wrapping(_ a: NDArray) throws -> NDArray {
        switch self {
        case .int32: return try wrap(a, bits: 32, signed: true)
        case .int16: return try wrap(a, bits: 16, signed: true)
        case .int8: return try wrap(a, bits: 8, signed: true)
        case .uint8: return a.dtype == .uint8 ? a : try a.astype(.uint8)   // the cast wraps modulo 256
        default: return a
        }
    }

    private func wrap(_ a: NDArray, bits: Int, signed: Bool) throws -> NDArray {
        let values = try a.astype(.int64).contiguous()
        return try NDArray.filled(values.shape, as: Int64.self) { out in
            try values.withUnsafeMutableElements(as: Int64.self) { p in
                for i in 0..<p.count {
                    let masked = p[i] & ((1 << Int64(bits)) - 1)
                    out[i] = signed && masked >= (1 << Int64(bits - 1)) ? masked - (1 << Int64(bits)) : masked
                }
            }
        }
    }

    var category: Int { self == .bool ? 0 : isFloatingPoint ? 2 : 1 }

    /// torch.promote_types.
    func promoted(with other: TorchDType) -> TorchDType {
        if self == other { return self }
        if category != other.category { return category > other.category ? self : other }
        if isFloatingPoint {
            let order: [TorchDType] = [.float16, .float32, .float64]
            return order[Swift.max(order.firstIndex(of: self) ?? 0, order.firstIndex(of: other) ?? 0)]
        }
        if (self == .uint8 && other == .int8) || (self == .int8 && other == .uint8) { return .int16 }
        let order: [TorchDType] = [.uint8, .int8, .int16, .int32, .int64]
        return order[Swift.max(order.firstIndex(of: self) ?? 0, order.firstIndex(of: other) ?? 0)]
    }
}

/// `torch.float32` and friends as Python objects.
final class PyTorchDType: PyObject {
    let dtype: TorchDType
    init(_ dtype: TorchDType) {
        self.dtype = dtype
        super.init(type: TorchTypes.dtype)
    }

    nonisolated(unsafe) static let all: [TorchDType: PyTorchDType] = {
        var d: [TorchDType: PyTorchDType] = [:]
        for t in TorchDType.allCases { d[t] = PyTorchDType(t) }
        return d
    }()

    static func of(_ d: TorchDType) -> Value { .object(all[d] ?? PyTorchDType(d)) }
}
