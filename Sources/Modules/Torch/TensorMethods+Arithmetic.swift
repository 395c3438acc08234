import Language
import NN
import Tensor

/// Operators and elementwise math of `torch.Tensor`, with torch's type promotion.
extension TensorMethods {
    typealias BinaryKernel = (Variable, Variable) throws -> Variable

    /// `a op b` for tensors and numbers; `reflected` swaps the operands (`2 - x`).
    static func binary(_ interp: Interpreter, _ a: Value, _ b: Value, _ kernel: BinaryKernel, trueDivide: Bool = false) throws -> Value {
        var (x, y, d) = try TorchBridge.operands(a, b, interp)
        if trueDivide && !d.isFloatingPoint {
            d = .float32
            x = try TorchBridge.cast(x, d)
            y = try TorchBridge.cast(y, d)
        }
        if x.shape != y.shape, !x.data.isWeakScalar, !y.data.isWeakScalar {
            do { _ = try Shape.broadcast(x.shape, y.shape) } catch {
                throw PyError(BuiltinTypes.runtimeError, TorchBridge.broadcastMessage(x.shape, y.shape))
            }
        }
        let r = try TorchBridge.call { try kernel(x, y) }
        return TorchBridge.wrap(r, dtype: r.dtype == d.storage ? d : nil)
    }


    /// `a @ b`: torch does not promote here; mixed dtypes are its RuntimeError.
    static func matmul(_ interp: Interpreter, _ a: Value, _ b: Value, name: String = "") throws -> Value {
        let x = try TorchBridge.tensor(a), y = try TorchBridge.tensor(b)
        guard x.dtypeName == y.dtypeName else {
            func cname(_ d: TorchDType) -> String {
                ["Float": "float", "Double": "double", "Long": "long int", "Int": "int", "Bool": "bool", "Byte": "unsigned char"][d.scalarTypeName] ?? d.rawValue
            }
            throw PyError(BuiltinTypes.runtimeError, "expected m1 and m2 to have the same dtype, but got: \(cname(x.dtypeName)) != \(cname(y.dtypeName))")
        }
        if name == "mm" || name == "bmm" {
            let want = name == "mm" ? 2 : 3
            guard x.data.ndim == want, y.data.ndim == want else {
                throw PyError(BuiltinTypes.runtimeError, name == "mm" ? "self must be a matrix" : "batch1 must be a 3D tensor")
            }
            if name == "mm", x.data.shape[1] != y.data.shape[0] {
                throw PyError(BuiltinTypes.runtimeError, "mm: mat1 and mat2 shapes cannot be multiplied (\(x.data.shape[0])x\(x.data.shape[1]) and \(y.data.shape[0])x\(y.data.shape[1]))")
            }
        }
        do {
            return TorchBridge.wrap(try Variable.matmul(x.variable, y.variable), dtype: x.dtypeName)
        } catch let e as TensorError {
            if case .value(let message) = e {
                // torch names the kernel of a 2-D product in its message.
                let prefix = x.data.ndim == 2 && y.data.ndim == 2 && message.hasPrefix("mat1 and mat2") ? "mm: " : ""
                throw PyError(BuiltinTypes.runtimeError, prefix + message)
            }
            return try TorchBridge.call { throw e }
        }
    }

    static func comparison(_ interp: Interpreter, _ a: Value, _ b: Value, _ op: Tensor.BinaryOp) throws -> Value {
        let (x, y, _) = try TorchBridge.operands(a, b, interp)
        return TorchBridge.wrap(try TorchBridge.call { try NDArray.binary(op, x.data, y.data) })
    }

    static func arithmetic(_ name: String) -> BinaryKernel? {
        switch name {
        case "add": return { try Variable.add($0, $1) }
        case "sub": return { try Variable.sub($0, $1) }
        case "mul": return { try Variable.mul($0, $1) }
        case "truediv": return { try Variable.div($0, $1) }
        case "pow": return { a, b in
            // Integer powers of integer tensors stay integers (`x ** 2` on int64).
            if !a.dtype.isFloatingPoint && !b.dtype.isFloatingPoint { return Variable(try NDArray.power(a.data, b.data)) }
            if b.data.isWeakScalar, b.ndim == 0 { return try a.pow(try b.data.item().asDouble) }
            if a.data.isWeakScalar, a.ndim == 0 { return try Variable.pow(scalar: try a.data.item().asDouble, b) }
            return try Variable.pow(a, b)
        }
        case "floordiv": return { a, b in Variable(try NDArray.floorDivide(a.data, checkedDivisor(a.data, b.data))) }
        case "mod": return { a, b in Variable(try NDArray.binary(.remainder, a.data, checkedDivisor(a.data, b.data))) }
        default: return nil
        }
    }

    /// Integer division by zero is torch's RuntimeError (NumPy's 0 and a warning would be a
    /// silent wrong answer).
    static func checkedDivisor(_ a: NDArray, _ b: NDArray) throws -> NDArray {
        guard !a.dtype.isFloatingPoint, !b.dtype.isFloatingPoint,
              try (b .== NDArray.pythonScalar(0)).any().item().asDouble != 0 else { return b }
        throw PyError(BuiltinTypes.runtimeError, "ZeroDivisionError")
    }

    static func installArithmetic(_ t: PyType) {
        t.define("__matmul__") { interp, args in try matmul(interp, try args[0], try args[1]) }
        t.define("__rmatmul__") { interp, args in try matmul(interp, try args[1], try args[0]) }
        for name in ["matmul", "mm", "bmm", "mv", "dot"] {
            method(t, "\(name)(other)") { interp, x, b in try matmul(interp, .object(x), b["other"] ?? .none, name: name) }
        }
        method(t, "div(other, *, rounding_mode=None)") { interp, x, b in
            let other = b["other"] ?? .none
            guard let mode = b.optional("rounding_mode")?.asString else {
                return try binary(interp, .object(x), other, { try Variable.div($0, $1) }, trueDivide: true)
            }
            let (p, q, d) = try TorchBridge.operands(.object(x), other, interp)
            switch mode {
            case "floor": return TorchBridge.wrap(try NDArray.floorDivide(p.data, checkedDivisor(p.data, q.data)), dtype: d)
            case "trunc":
                _ = try checkedDivisor(p.data, q.data)
                let quotient = try p.data.astype(.float64) / q.data.astype(.float64)
                return TorchBridge.wrap(try NDArray.unary(.trunc, quotient).astype(d.storage), dtype: d)
            default: throw PyError.value("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '\(mode)'")
            }
        }
        for name in ["add", "sub", "mul", "truediv", "pow", "floordiv", "mod"] {
            guard let kernel = arithmetic(name) else { continue }
            let divide = name == "truediv"
            t.define("__\(name)__") { interp, args in try binary(interp, try args[0], try args[1], kernel, trueDivide: divide) }
            t.define("__r\(name)__") { interp, args in try binary(interp, try args[1], try args[0], kernel, trueDivide: divide) }
            t.define("__i\(name)__") { interp, args in
                let x = try TorchBridge.tensor(try args[0])
                try inPlace(interp, x, try args[1], kernel, trueDivide: divide)
                return .object(x)
            }
        }
        for (name, op) in [("eq", Tensor.BinaryOp.equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater), ("ge", .greaterEqual)] {
            t.define("__\(name)__") { interp, args in
                if try args[1].isNone { return .bool(name == "ne") }
                return try comparison(interp, try args[0], try args[1], op)
            }
            method(t, "\(name)(other)") { interp, x, b in try comparison(interp, .object(x), b["other"] ?? .none, op) }
        }
        for (name, op) in [("and", Tensor.BinaryOp.logicalAnd), ("or", .logicalOr), ("xor", .logicalXor)] {
            t.define("__\(name)__") { interp, args in try comparison(interp, try args[0], try args[1], op) }
            t.define("__r\(name)__") { interp, args in try comparison(interp, try args[1], try args[0], op) }
        }
        t.define("__invert__") { _, args in
            let x = try TorchBridge.tensor(try args[0])
            guard x.dtypeName == .bool else { throw PyError.notImplemented("~ on integer tensors is not supported in Cellgrad; use it on bool tensors") }
            return TorchBridge.wrap(try TorchBridge.call { try NDArray.unary(.logicalNot, x.data) })
        }
        t.define("__neg__") { _, args in
            let x = try TorchBridge.tensor(try args[0])
            return TorchBridge.wrap(try TorchBridge.call { try x.variable.neg() }, dtype: x.dtypeName)
        }
        t.define("__pos__") { _, args in try args[0] }
        t.define("__abs__") { _, args in
            let x = try TorchBridge.tensor(try args[0])
            return TorchBridge.wrap(try TorchBridge.call { try x.variable.abs() }, dtype: x.dtypeName)
        }
        method(t, "add(other, *, alpha=1)") { interp, x, b in
            let alpha = try TorchBridge.double(b["alpha"], interp) ?? 1
            return try binary(interp, .object(x), b["other"] ?? .none) { try Variable.add($0, $1, alpha: alpha) }
        }
        method(t, "sub(other, *, alpha=1)") { interp, x, b in
            let alpha = try TorchBridge.double(b["alpha"], interp) ?? 1
            return try binary(interp, .object(x), b["other"] ?? .none) { try Variable.sub($0, $1, alpha: alpha) }
        }
        for (name, kernelName) in [("mul", "mul"), ("pow", "pow"), ("multiply", "mul"), ("divide", "truediv"),
                                   ("true_divide", "truediv"), ("remainder", "mod"), ("floor_divide", "floordiv")] {
            guard let kernel = arithmetic(kernelName) else { continue }
            method(t, "\(name)(other)") { interp, x, b in
                try binary(interp, .object(x), b["other"] ?? .none, kernel, trueDivide: kernelName == "truediv")
            }
        }
        for (name, kernelName) in [("add_", "add"), ("sub_", "sub"), ("mul_", "mul"), ("div_", "truediv"), ("pow_", "pow")] {
            guard let base = arithmetic(kernelName) else { continue }
            method(t, "\(name)(other, *, alpha=1)") { interp, x, b in
                let alpha = try TorchBridge.double(b["alpha"], interp) ?? 1
                var kernel = base
                if alpha != 1 && kernelName == "add" { kernel = { try Variable.add($0, $1, alpha: alpha) } }
                if alpha != 1 && kernelName == "sub" { kernel = { try Variable.sub($0, $1, alpha: alpha) } }
                try inPlace(interp, x, b["other"] ?? .none, kernel, trueDivide: false)
                return .object(x)
            }
        }
    }

    /// `x += y` and `x.add_(y)`: the result replaces x's values in place (same dtype), and the
    /// graph records the op when x is not a leaf requiring grad.
    static func inPlace(_ interp: Interpreter, _ x: PyTorchTensor, _ other: Value, _ kernel: BinaryKernel, trueDivide: Bool) throws {
        try checkInPlace(x)
        let (_, y, d) = try TorchBridge.operands(.object(x), other, interp)
        if d != x.dtypeName && d.category > x.dtypeName.category {
            throw PyError(BuiltinTypes.runtimeError, "result type \(d.scalarTypeName) can't be cast to the desired output type \(x.dtypeName.scalarTypeName)")
        }
        let operand = try TorchBridge.call { try TorchBridge.cast(y, x.dtypeName) }
        try writeInPlace(x) { try kernel($0, operand) }
    }
}
