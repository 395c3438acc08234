import Foundation
import Language
import Tensor

/// The Python face of `ndarray` and the NumPy scalar types: attributes, methods, operators.
enum NDArrayMethods {
    static let binaryOps: [(String, Tensor.BinaryOp, Bool)] = [
        ("add", .add, false), ("sub", .subtract, false), ("mul", .multiply, false), ("truediv", .trueDivide, false),
        ("floordiv", .floorDivide, false), ("mod", .remainder, false), ("pow", .power, false),
        ("and", .logicalAnd, true), ("or", .logicalOr, true), ("xor", .logicalXor, true),
    ]
    static let comparisons: [(String, Tensor.BinaryOp)] = [
        ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater), ("ge", .greaterEqual),
    ]

    nonisolated(unsafe) static let installed: Void = {
        install(NumPyTypes.ndarray, isScalar: false)
        for t in [NumPyTypes.float64, NumPyTypes.float32, NumPyTypes.int64, NumPyTypes.uint8, NumPyTypes.bool] {
            install(t, isScalar: true)
            installScalar(t)
        }
        installDType()
        StringArrayMethods.install()
    }()

    static func install(_ t: PyType, isScalar: Bool) {
        let array = NumPyBridge.array
        func bitwise(_ a: NDArray, _ b: NDArray, _ op: Tensor.BinaryOp) throws -> NDArray {
            guard a.dtype == .bool && b.dtype == .bool else {
                throw PyError.notImplemented("bitwise operators on integer arrays are not supported; use them on boolean arrays")
            }
            return try NDArray.binary(op, a, b)
        }
        for (name, op, logical) in binaryOps {
            t.define("__\(name)__") { interp, args in
                guard args.count == 2 else { throw PyError.type("expected 1 argument") }
                // Two ndarrays (the usual `a + b`): pass the stored arrays without copying them out.
                if !logical, case .object(let left) = try args[0], let x = left as? PyNDArray,
                   case .object(let right) = try args[1], let y = right as? PyNDArray {
                    return NumPyBridge.wrap(try NumPyBridge.call { try NDArray.binary(op, x.array, y.array) })
                }
                let a = try array(args[0]), b = try NumPyBridge.operand(args[1], interp)
                return NumPyBridge.wrap(try NumPyBridge.call { logical ? try bitwise(a, b, op) : try NDArray.binary(op, a, b) })
            }
            t.define("__r\(name)__") { interp, args in
                guard args.count == 2 else { throw PyError.type("expected 1 argument") }
                let a = try NumPyBridge.operand(args[1], interp), b = try array(args[0])
                return NumPyBridge.wrap(try NumPyBridge.call { logical ? try bitwise(a, b, op) : try NDArray.binary(op, a, b) })
            }
            if !isScalar {
                t.define("__i\(name)__") { interp, args in
                    guard args.count == 2, case .object(let o) = try args[0], let target = o as? PyNDArray else { throw PyError.type("expected 1 argument") }
                    let b = try NumPyBridge.operand(args[1], interp)
                    try NumPyBridge.call { try target.array.applyInPlace(op, b) }
                    return try args[0]
                }
            }
        }
        for (name, op) in comparisons {
            t.define("__\(name)__") { interp, args in
                guard args.count == 2 else { throw PyError.type("expected 1 argument") }
                if try args[1].isNone { return name == "ne" ? wrapFull(try array(args[0]), true) : wrapFull(try array(args[0]), false) }
                guard let b = try? NumPyBridge.operand(args[1], interp) else { return .object(PyNotImplemented.shared.value) }
                return NumPyBridge.wrap(try NumPyBridge.call { try NDArray.binary(op, try array(args[0]), b) })
            }
        }
        t.define("__matmul__") { interp, args in
            NumPyBridge.wrap(try NumPyBridge.call { try NDArray.matmul(try array(args[0]), try NumPyBridge.operand(args[1], interp)) })
        }
        t.define("__rmatmul__") { interp, args in
            NumPyBridge.wrap(try NumPyBridge.call { try NDArray.matmul(try NumPyBridge.operand(args[1], interp), try array(args[0])) })
        }
        t.define("__neg__") { _, args in NumPyBridge.wrap(try NumPyBridge.call { try NDArray.unary(.negative, try array(args[0])) }) }
        t.define("__pos__") { _, args in NumPyBridge.wrap(try NumPyBridge.call { try NDArray.unary(.positive, try array(args[0])) }) }
        t.define("__abs__") { _, args in NumPyBridge.wrap(try NumPyBridge.call { try NDArray.unary(.absolute, try array(args[0])) }) }
        t.define("__invert__") { _, args in
            let a = try array(args[0])
            guard a.dtype == .bool else { throw PyError.notImplemented("~ on integer arrays is not supported; use it on boolean arrays") }
            return NumPyBridge.wrap(try NumPyBridge.call { try NDArray.unary(.logicalNot, a) })
        }
        t.define("__bool__") { _, args in .bool(try NumPyBridge.call { try array(args[0]).truthValue() }) }
        t.define("__float__") { _, args in
            let s = try NumPyBridge.call { try scalarOf(array(args[0])) }
            return .float(s.asDouble)
        }
        t.define("__int__") { _, args in
            let s = try NumPyBridge.call { try scalarOf(array(args[0])) }
            switch s {
            case .int(let i): return .int(Int(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                guard d.isFinite, Swift.abs(d) < 9.2e18 else { throw PyError.overflow("cannot convert float \(d) to integer") }
                return .int(Int(d))
            }
        }
        t.define("__index__") { _, args in
            let a = try array(args[0])
            guard a.ndim == 0, !a.dtype.isFloatingPoint, case .int(let i) = try NumPyBridge.call({ try a.item() }) else {
                throw PyError.type("only integer scalar arrays can be converted to a scalar index")
            }
            return .int(Int(i))
        }
        t.define("__len__") { _, args in
            let a = try array(args[0])
            guard a.ndim > 0 else { throw PyError.type("len() of unsized object") }
            return .int(a.shape[0])
        }
        t.define("__getitem__") { interp, args in
            let a = try array(args[0])
            let items = try NumPyBridge.index(args[1], interp)
            let r = try NumPyBridge.call { try a.getItem(items) }
            return NumPyBridge.wrap(r)
        }
        t.define("__setitem__") { interp, args in
            let a = try array(args[0])
            let items = try NumPyBridge.index(args[1], interp)
            let v = try NumPyBridge.operand(args[2], interp)
            try NumPyBridge.call { try a.setItem(items, v) }
            return .none
        }
        t.define("__iter__") { _, args in
            let a = try array(args[0])
            guard a.ndim > 0 else { throw PyError.type("iteration over a 0-d array") }
            var i = 0
            return .object(PyIterator { _ in
                guard i < a.shape[0] else { return nil }
                defer { i += 1 }
                return NumPyBridge.wrap(try NumPyBridge.call { try a.getItem([.int(i)]) })
            })
        }
        t.define("__contains__") { interp, args in
            let eq = try NumPyBridge.call { try NDArray.binary(.equal, try array(args[0]), try NumPyBridge.operand(args[1], interp)) }
            return .bool(try NumPyBridge.call { try eq.reduce(.any).truthValue() })
        }
        t.define("__hash__") { _, args in
            guard isScalar else { throw PyError.type("unhashable type: 'numpy.ndarray'") }
            let s = try NumPyBridge.call { try array(args[0]).item() }
            switch s {
            case .bool(let b): return .int(b ? 1 : 0)
            case .int(let i): return .int(Int(i))
            case .float(let d): return .int(d == d.rounded() && Swift.abs(d) < 9e18 ? Int(d) : d.hashValue)
            }
        }
        t.define("__repr__") { _, args in
            let a = try array(args[0])
            return .str(isScalar ? ArrayFormatter.scalarRepr(NumPyPrinting.scalar(a)) : try NumPyPrinting.repr(a))
        }
        t.define("__str__") { _, args in
            let a = try array(args[0])
            return .str(isScalar ? ArrayFormatter.scalarStr(NumPyPrinting.scalar(a)) : try NumPyPrinting.str(a))
        }
        t.define("__format__") { interp, args in
            let a = try array(args[0])
            let spec = args.count > 1 ? try interp.toStringValue(args[1]) : ""
            if a.ndim == 0 {
                let v = NumPyBridge.python(try NumPyBridge.call { try a.item() })
                if spec.isEmpty { return .str(isScalar ? ArrayFormatter.scalarStr(NumPyPrinting.scalar(a)) : try NumPyPrinting.str(a)) }
                return .str(try interp.format(v, spec))
            }
            if !spec.isEmpty { throw PyError.type("unsupported format string passed to numpy.ndarray.__format__") }
            return .str(try NumPyPrinting.str(a))
        }
        if !isScalar {
            t.define("_repr_html_") { _, args in
                guard let html = try NumPyPrinting.html(try array(args[0])) else { return .none }
                return .str(html)
            }
        }
        t.define("__round__") { interp, args in
            let a = try array(args[0])
            let digits = args.count > 1 && !args.positional[1].isNone ? try interp.toInt(args.positional[1]) : nil
            let r = try NumPyBridge.call { try NDArray.round(a, decimals: digits ?? 0) }
            if digits == nil, a.ndim == 0, case .float(let d) = try NumPyBridge.call({ try r.item() }) {
                guard d.isFinite else { throw PyError.value("cannot convert float NaN or infinity to integer") }
                return .int(Int(d))
            }
            return NumPyBridge.wrap(r)
        }
        t.define("__copy__") { _, args in NumPyBridge.wrap(try NumPyBridge.call { try array(args[0]).copy() }) }
        t.define("__array__") { _, args in NumPyBridge.wrapArray(try array(args[0])) }

        // Attributes.
        t.property("shape", get: { _, v in .tuple(try array(v).shape.map { .int($0) }) }, set: { interp, v, new in
            guard case .object(let o) = v, let target = o as? PyNDArray else { throw PyError.attribute("cannot set shape") }
            let shape = try NumPyBridge.shape(new, interp)
            target.array = try NumPyBridge.call { try target.array.reshape(shape) }
        })
        t.property("ndim") { _, v in .int(try array(v).ndim) }
        t.property("size") { _, v in .int(try array(v).size) }
        t.property("dtype") { _, v in .object(PyDType(try array(v).dtype)) }
        t.property("itemsize") { _, v in .int(try array(v).itemSize) }
        t.property("nbytes") { _, v in .int(try array(v).nbytes) }
        t.property("strides") { _, v in .tuple(try array(v).byteStrides.map { .int($0) }) }
        t.property("T") { _, v in NumPyBridge.wrap(try NumPyBridge.call { try array(v).T }) }
        t.property("flat") { _, v in
            let a = try NumPyBridge.call { try array(v).ravel() }
            return .object(PyIterator(values: a.scalarValues.map { NumPyBridge.wrap(NDArray(scalar: $0, dtype: a.dtype)) }))
        }
        t.property("real") { _, v in v }
        t.property("data") { _, v in v }

        NDArrayMethodTable.install(t)
    }

    /// float(a)/int(a): NumPy 2 accepts only 0-d arrays.
    static func scalarOf(_ a: NDArray) throws -> ScalarValue {
        guard a.ndim == 0 else { throw PyError.type("only 0-dimensional arrays can be converted to Python scalars") }
        return try a.item()
    }

    static func wrapFull(_ a: NDArray, _ value: Bool) -> Value {
        NumPyBridge.wrap((try? NDArray.full(a.shape, .bool(value), dtype: .bool)) ?? NDArray(scalar: .bool(value)))
    }

    static func installScalar(_ t: PyType) {
        guard let dtype = NumPyTypes.dtype(ofScalarType: t) else { return }
        t.constructor = { interp, _, args in
            guard args.count <= 1 else { throw PyError.type("\(t.name)() takes at most 1 argument") }
            let source = args.count == 1 ? try args[0] : .int(0)
            let a = try NumPyBridge.call { try NumPyBridge.toArray(source, dtype: dtype, interp).astype(dtype) }
            return NumPyBridge.wrap(a)
        }
        t.define("is_integer") { _, args in
            let d = try NumPyBridge.array(args[0]).doubles.first ?? 0
            return .bool(d.isFinite && d == d.rounded())
        }
    }

    static func installDType() {
        let t = NumPyTypes.dtype
        t.constructor = { _, _, args in
            if let width = NumPyBridge.stringDType(args.count > 0 ? try args[0] : nil) { return .object(PyDType(stringWidth: width ?? 0)) }
            guard let d = try NumPyBridge.dtype(args.count > 0 ? args[0] : .none) else { return .object(PyDType(.float64)) }
            return .object(PyDType(d))
        }
        t.define("__repr__") { _, args in
            guard let d = try args[0].asObject as? PyDType else { return .str("dtype('float64')") }
            return .str(d.stringWidth == 0 ? "dtype('<U')" : "dtype('\(d.text)')")
        }
        t.define("__str__") { _, args in .str((try args[0].asObject as? PyDType)?.text ?? "float64") }
        func same(_ a: Value, _ b: Value) -> Bool {
            guard let d = a.asObject as? PyDType else { return false }
            if let w = d.stringWidth { return NumPyBridge.stringDType(b) == .some(w) }
            guard let other = try? NumPyBridge.dtype(b) else { return false }
            return d.dtype == other
        }
        t.define("__eq__") { _, args in .bool(same(try args[0], try args[1])) }
        t.define("__ne__") { _, args in .bool(!same(try args[0], try args[1])) }
        t.define("__hash__") { _, args in
            guard let d = try args[0].asObject as? PyDType else { return .int(0) }
            return .int(d.stringWidth.map { 100 + $0 } ?? d.dtype.rawValue)
        }
        t.property("name") { _, v in .str((v.asObject as? PyDType)?.name ?? "") }
        t.property("str") { _, v in
            guard let d = v.asObject as? PyDType else { return .str("") }
            if let w = d.stringWidth { return .str("<U\(w)") }
            switch d.dtype {
            case .bool: return .str("|b1")
            case .uint8: return .str("|u1")
            default: return .str("<\(d.dtype.kind == .float ? "f" : "i")\(d.dtype.itemSize)")
            }
        }
        t.property("itemsize") { _, v in
            guard let d = v.asObject as? PyDType else { return .int(0) }
            return .int(d.stringWidth.map { 4 * $0 } ?? d.dtype.itemSize)
        }
        t.property("kind") { _, v in
            guard let d = v.asObject as? PyDType else { return .str("f") }
            if d.stringWidth != nil { return .str("U") }
            switch d.dtype {
            case .float64, .float32: return .str("f")
            case .int64: return .str("i")
            case .uint8: return .str("u")
            case .bool: return .str("b")
            }
        }
        t.property("type") { _, v in .object(NumPyTypes.scalarType((v.asObject as? PyDType)?.dtype ?? .float64)) }
    }
}
