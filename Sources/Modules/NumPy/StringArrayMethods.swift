import Language
import Tensor

/// The Python face of string arrays: the ndarray methods that make sense for text. Each
/// converts arguments, calls ``StringArray``, and wraps the result.
enum StringArrayMethods {
    static func strings(_ v: Value) throws -> StringArray {
        guard case .object(let o) = v, let s = o as? PyStringArray else {
            throw PyError.type("descriptor requires a 'numpy.ndarray' of strings but received a '\(v.typeName)'")
        }
        return s.array
    }

    static func method(_ t: PyType, _ signature: String, _ body: @escaping (Interpreter, StringArray, BoundArguments) throws -> Value) {
        let sig = Signature(signature)
        t.define(sig.functionName) { interp, args in
            let a = try strings(args.receiver)
            let bound = try sig.bind(args, skipReceiver: true)
            return try NumPyBridge.call { try body(interp, a, bound) }
        }
    }

    static func install() {
        let t = NumPyTypes.stringArray
        t.define("__repr__") { _, args in .str(try NumPyPrinting.repr(try strings(args[0]))) }
        t.define("__str__") { _, args in .str(try NumPyPrinting.str(try strings(args[0]))) }
        t.define("__len__") { _, args in
            let a = try strings(args[0])
            guard a.ndim > 0 else { throw PyError.type("len() of unsized object") }
            return .int(a.shape[0])
        }
        t.define("__getitem__") { interp, args in
            let a = try strings(args[0])
            let items = try NumPyBridge.index(args[1], interp)
            return try NumPyBridge.wrap(try NumPyBridge.call { try a.getItem(items) })
        }
        t.define("__setitem__") { interp, args in
            let a = try strings(args[0])
            let items = try NumPyBridge.index(args[1], interp)
            let value = try NumPyBridge.textArray(args[2], interp)
            try NumPyBridge.call { try a.setItem(items, value) }
            return .none
        }
        t.define("__iter__") { _, args in
            let a = try strings(args[0])
            guard a.ndim > 0 else { throw PyError.type("iteration over a 0-d array") }
            var i = 0
            return .object(PyIterator { _ in
                guard i < a.shape[0] else { return nil }
                defer { i += 1 }
                return try NumPyBridge.wrap(try NumPyBridge.call { try a.getItem([.int(i)]) })
            })
        }
        t.define("__contains__") { interp, args in
            let a = try strings(args[0])
            let eq = try NumPyBridge.call { try StringArray.compare(.equal, a, try NumPyBridge.textArray(args[1], interp)) }
            return .bool(try NumPyBridge.call { try eq.reduce(.any).truthValue() })
        }
        t.define("__hash__") { _, _ in throw PyError.type("unhashable type: 'numpy.ndarray'") }
        t.define("__bool__") { _, args in
            let a = try strings(args[0])
            guard a.size == 1 else { throw PyError.value("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()") }
            return .bool(!(try NumPyBridge.call { try a.item() }).isEmpty)
        }
        for (name, op) in NDArrayMethods.comparisons {
            t.define("__\(name)__") { interp, args in
                guard args.count == 2 else { throw PyError.type("expected 1 argument") }
                let a = try strings(args[0])
                guard case .text(let b) = try NumPyBridge.anyArray(args[1], interp) else { return .object(PyNotImplemented.shared.value) }
                return NumPyBridge.wrap(try NumPyBridge.call { try StringArray.compare(op, a, b) })
            }
        }

        t.property("shape") { _, v in .tuple(try strings(v).shape.map { .int($0) }) }
        t.property("ndim") { _, v in .int(try strings(v).ndim) }
        t.property("size") { _, v in .int(try strings(v).size) }
        t.property("dtype") { _, v in .object(PyDType(stringWidth: try strings(v).width)) }
        t.property("itemsize") { _, v in .int(try strings(v).itemSize) }
        t.property("nbytes") { _, v in let a = try strings(v); return .int(a.itemSize * a.size) }
        t.property("T") { _, v in try NumPyBridge.wrap(try strings(v).T) }

        method(t, "tolist()") { _, a, _ in NumPyBridge.python(a.toNested()) }
        method(t, "item(*args)") { interp, a, b in
            // item() gives a Python str, never np.str_.
            if let i = b.extraPositional.first {
                return .str(try NumPyBridge.call { try a.flatten().getItem([.int(try interp.toInt(i))]).item() })
            }
            return .str(try a.item())
        }
        method(t, "copy(order='C')") { _, a, _ in try NumPyBridge.wrap(try a.copy()) }
        method(t, "flatten(order='C')") { _, a, _ in try NumPyBridge.wrap(try a.flatten()) }
        method(t, "ravel(order='C')") { _, a, _ in try NumPyBridge.wrap(try a.ravel()) }
        method(t, "reshape(*shape, order='C')") { interp, a, b in
            let shape = b.extraPositional.count == 1 ? try NumPyBridge.shape(b.extraPositional[0], interp)
                                                      : try b.extraPositional.map { try interp.toInt($0) }
            return try NumPyBridge.wrap(try a.reshape(shape))
        }
        method(t, "transpose(*axes)") { interp, a, b in
            let axes: [Int]? = b.extraPositional.isEmpty ? nil
                : b.extraPositional.count == 1 ? try NumPyBridge.shape(b.extraPositional[0], interp)
                : try b.extraPositional.map { try interp.toInt($0) }
            return try NumPyBridge.wrap(try a.transpose(axes))
        }
        method(t, "argsort(axis=-1, kind=None, order=None)") { interp, a, b in
            NumPyBridge.wrapArray(try a.argsort(axis: try NumPyModule.sortAxis(b, interp)))
        }
        method(t, "sort(axis=-1, kind=None, order=None)") { interp, a, b in
            try a.setItem([.ellipsis], try a.sorted(axis: try NumPyModule.sortAxis(b, interp)))
            return .none
        }
        method(t, "repeat(repeats, axis=None)") { interp, a, b in
            try NumPyBridge.wrap(try a.repeat(try NumPyBridge.shape(b["repeats"] ?? .int(1), interp),
                                              axis: try b.optional("axis").map { try interp.toInt($0) }))
        }
        method(t, "astype(dtype, order='K', casting='unsafe', subok=True, copy=True)") { _, a, b in
            if let width = NumPyBridge.stringDType(b["dtype"]) {
                return try NumPyBridge.wrap(try StringArray(strings: a.strings, shape: a.shape, width: width ?? a.width))
            }
            guard let d = try NumPyBridge.dtype(b["dtype"]) else { throw PyError.type("astype() needs a dtype") }
            return NumPyBridge.wrapArray(try a.astype(d))
        }
    }
}
