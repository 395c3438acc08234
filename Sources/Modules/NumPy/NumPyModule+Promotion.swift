import Language
import Tensor

/// `np.promote_types`: NumPy's promotion table as a function.
extension NumPyModule {
    static func installPromotion(_ m: PyModule) {
        function(m, "promote_types(type1, type2)",
                 doc: "promote_types(type1, type2)\n\nThe smallest dtype both types cast to safely.\n\n>>> np.promote_types(np.uint8, np.float32)\ndtype('float32')") { _, b in
            guard let x = try NumPyBridge.dtype(b["type1"]), let y = try NumPyBridge.dtype(b["type2"]) else {
                throw PyError.type("Cannot interpret 'None' as a data type")
            }
            return .object(PyDType(x.promoted(with: y)))
        }
    }
}
