import Foundation
import Language
import Tensor

/// `import numpy as np`: the module object and its functions, each a thin call into Tensor.
enum NumPyModule {
    typealias Body = (Interpreter, BoundArguments) throws -> Value

    /// Registers `name` with a Python signature; the body gets bound arguments.
    static func function(_ m: PyModule, _ signature: String, doc: String? = nil, _ body: @escaping Body) {
        let sig = Signature(signature)
        m.define(sig.functionName, doc: doc ?? signature) { interp, args in
            let bound = try sig.bind(args)
            return try NumPyBridge.call { try body(interp, bound) }
        }
    }

    static func make(_ interp: Interpreter) throws -> PyModule {
        _ = NDArrayMethods.installed
        let m = PyModule(name: "numpy", doc: "NumPy-compatible n-dimensional arrays, implemented natively in Swift on OpenBLAS.")
        m["__version__"] = .str("2.4.6")
        m["ndarray"] = .object(NumPyTypes.ndarray)
        m["float64"] = .object(NumPyTypes.float64)
        m["float32"] = .object(NumPyTypes.float32)
        m["int64"] = .object(NumPyTypes.int64)
        m["bool_"] = .object(NumPyTypes.bool)
        m["bool"] = .object(NumPyTypes.bool)
        m["double"] = .object(NumPyTypes.float64)
        m["single"] = .object(NumPyTypes.float32)
        m["int_"] = .object(NumPyTypes.int64)
        m["intp"] = .object(NumPyTypes.int64)
        m["int32"] = .str("int32")
        m["uint8"] = .object(NumPyTypes.uint8)
        m["ubyte"] = .object(NumPyTypes.uint8)
        m["float16"] = .str("float16")
        m["str_"] = .object(NumPyTypes.str)
        m["generic"] = .object(NumPyTypes.generic)
        m["number"] = .object(NumPyTypes.generic)
        m["floating"] = .object(NumPyTypes.generic)
        m["integer"] = .object(NumPyTypes.generic)
        m["dtype"] = .object(NumPyTypes.dtype)
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        m["euler_gamma"] = .float(0.5772156649015329)
        m["newaxis"] = Value.none
        m["True_"] = .object(PyNumPyScalar(NDArray(scalar: .bool(true))))
        m["False_"] = .object(PyNumPyScalar(NDArray(scalar: .bool(false))))
        let exceptions = PyModule(name: "numpy.exceptions")
        exceptions["AxisError"] = .object(NumPyTypes.axisError)
        m["exceptions"] = .object(exceptions)
        m["AxisError"] = .object(NumPyTypes.axisError)
        installCreation(m)
        installMath(m)
        installShape(m)
        installReductions(m)
        installIO(m)
        installStatistics(m)
        installUtilities(m)
        installPromotion(m)
        NumPyErrorState.install(m)
        m["r_"] = .object(PyObject(type: NumPyIndexTricks.rType))
        m["c_"] = .object(PyObject(type: NumPyIndexTricks.cType))
        m["vectorize"] = .object(NumPyVectorize.type)
        m["ufunc"] = .object(NumPyUfunc.type)
        m["random"] = .object(try NumPyRandom.make(interp))
        m["linalg"] = .object(try NumPyLinalg.make(interp))
        m.document(NumPyDocs.numpy)
        return m
    }
}

extension NumPyModule {
    /// `axis=-1` / `axis=None` of sort and argsort.
    static func sortAxis(_ b: BoundArguments, _ interp: Interpreter) throws -> Int? {
        try b["axis"].map { $0.isNone ? nil : try interp.toInt($0) } ?? -1
    }
}
