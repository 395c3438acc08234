import Foundation
import Language

/// `torch.finfo(dtype)` and `torch.iinfo(dtype)`: the limits of a dtype (`torch.finfo(x.dtype).eps`
/// clamps probabilities in `torch.distributions`), printed as torch prints them.
enum TorchNumericLimits {
    nonisolated(unsafe) static let finfo = PyType(name: "finfo", bases: [BuiltinTypes.object], module: "torch",
                                                  doc: "torch.finfo(type=None): the limits of a floating dtype (bits, eps, max, min, tiny, resolution).")
    nonisolated(unsafe) static let iinfo = PyType(name: "iinfo", bases: [BuiltinTypes.object], module: "torch",
                                                  doc: "torch.iinfo(type): the limits of an integer dtype (bits, min, max).")

    /// bits, eps, max, smallest normal, resolution of each floating dtype.
    static func floating(_ d: TorchDType) -> (bits: Int, eps: Double, max: Double, tiny: Double, resolution: Double)? {
        switch d {
        case .float16: return (16, Double(Float16.ulpOfOne), Double(Float16.greatestFiniteMagnitude), Double(Float16.leastNormalMagnitude), 1e-3)
        case .float32: return (32, Double(Float.ulpOfOne), Double(Float.greatestFiniteMagnitude), Double(Float.leastNormalMagnitude), 1e-6)
        case .float64: return (64, Double.ulpOfOne, Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, 1e-15)
        default: return nil
        }
    }

    static func integer(_ d: TorchDType) -> (bits: Int, min: Int, max: Int)? {
        switch d {
        case .uint8: return (8, 0, 255)
        case .int8: return (8, -128, 127)
        case .int16: return (16, Int(Int16.min), Int(Int16.max))
        case .int32: return (32, Int(Int32.min), Int(Int32.max))
        case .int64: return (64, Int.min, Int.max)
        default: return nil
        }
    }

    /// The dtype argument, refused as torch refuses anything else.
    static func dtype(_ v: Value, _ function: String) throws -> TorchDType? {
        guard case .object(let o) = v, o is PyTorchDType else {
            throw PyError.type("\(function)(): argument 'type' (position 1) must be torch.dtype, not \(v.typeName)")
        }
        return try TorchBridge.dtype(v)
    }

    /// A field as torch's repr shows it: numbers in `%g`, the dtype's name bare.
    static func field(_ interp: Interpreter, _ receiver: Value, _ name: String) throws -> String {
        guard case .object(let o) = receiver, let v = o.attribute(Symbol(name)) else { return "" }
        if let s = v.asString { return s }
        return String(format: "%g", try interp.toDouble(v))
    }

    static func install(_ m: PyModule) {
        finfo.constructor = { _, type, args in
            let d = try args.positional.first.flatMap { try dtype($0, "finfo") } ?? TorchDType.defaultFloat
            guard let f = floating(d) else {
                throw PyError.type("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
            }
            let o = PyObject(type: type)
            for (name, value) in [("bits", Value.int(f.bits)), ("eps", .float(f.eps)), ("max", .float(f.max)), ("min", .float(-f.max)),
                                  ("tiny", .float(f.tiny)), ("smallest_normal", .float(f.tiny)), ("resolution", .float(f.resolution)),
                                  ("dtype", .str(d.rawValue))] {
                o.setAttribute(Symbol(name), value)
            }
            return .object(o)
        }
        finfo.define("__repr__") { interp, args in
            let fields = try ["resolution", "min", "max", "eps", "smallest_normal", "tiny", "dtype"].map { "\($0)=\(try field(interp, args.receiver, $0))" }
            return .str("finfo(" + fields.joined(separator: ", ") + ")")
        }
        iinfo.constructor = { _, type, args in
            guard let first = args.positional.first else { throw PyError.type("iinfo() missing 1 required positional arguments: \"type\"") }
            let d = try dtype(first, "iinfo")
            if d == .bool { throw PyError.type("torch.bool is not supported by torch.iinfo") }
            guard let d, let i = integer(d) else {
                throw PyError.type("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
            }
            let o = PyObject(type: type)
            for (name, value) in [("bits", Value.int(i.bits)), ("min", .int(i.min)), ("max", .int(i.max)), ("dtype", .str(d.rawValue))] {
                o.setAttribute(Symbol(name), value)
            }
            return .object(o)
        }
        iinfo.define("__repr__") { interp, args in
            let fields = try ["min", "max", "dtype"].map { "\($0)=\(try field(interp, args.receiver, $0))" }
            return .str("iinfo(" + fields.joined(separator: ", ") + ")")
        }
        m["finfo"] = .object(finfo)
        m["iinfo"] = .object(iinfo)
    }
}
