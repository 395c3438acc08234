import Tensor

/// numpy arrays hand their numbers to pyplot directly: `plt.imshow(a)` of a 1000x1000 array
/// reads the Tensor storage instead of building a million Python floats through `tolist()`.
extension PyNDArray: PlotArrayConvertible {
    func plotArray() throws -> (shape: [Int], values: [Double], integers: Bool) {
        (array.shape, array.doubles, array.dtype == .int64 || array.dtype == .bool)
    }
}
