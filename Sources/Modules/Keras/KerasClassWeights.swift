import Language
import Tensor

/// `fit(class_weight={0: 1.0, 1: 5.0})`: one weight per sample from its class, made as Keras's
/// `class_weight_to_sample_weights` makes them: the label is the argmax of a one-hot row (a
/// single column is squeezed), rounded half to even, and looked up with
/// `class_weight.get(label, 1.0)`, so classes the dict leaves out weigh 1.
enum KerasClassWeights {
    static func sampleWeights(_ classWeight: Value, y: NDArray, _ interp: Interpreter) throws -> NDArray {
        var labels = y
        if y.ndim > 1 { labels = y.shape.last != 1 ? try y.argmax(axis: -1) : try y.squeeze([y.ndim - 1]) }
        guard labels.ndim <= 1 else { throw PyError.type("only length-1 arrays can be converted to Python scalars") }
        var weightOf: [Int: Float] = [:]
        let weights = try labels.astype(.float64).contiguous().elements(as: Double.self).map { value -> Float in
            // NumPy's round, then astype("int32"); a NaN or huge label becomes int32's minimum there.
            let rounded = value.rounded(.toNearestOrEven)
            let label = Swift.abs(rounded) < 2_147_483_648 ? Int(rounded) : Int(Int32.min)
            if let w = weightOf[label] { return w }
            let w = Float(try interp.toDouble(try interp.callMethod(classWeight, Symbol("get"), Arguments([.int(label), .float(1.0)]))))
            weightOf[label] = w
            return w
        }
        return try NDArray(weights, shape: [weights.count])
    }
}
