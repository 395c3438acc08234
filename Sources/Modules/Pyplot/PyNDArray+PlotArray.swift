import Tensor

/// numpy arrays hand their numbers to pyplot directly: `plt.imshow(a)` of a 1000x1000 array
/// reads the Tensor storage instead of building a million Python floats through `tolist()`.
extension PyNDArray: PlotArrayConvertible {
    func plotArray() throws -> (shape: [Int], values: [Double], integers: Bool) {
        let a = array
        let integers = !a.dtype.isFloatingPoint
        guard a.isContiguous, a.size > 0 else { return (a.shape, a.doubles, integers) }
        // C-contiguous float data: one copy (or one widening loop) of the storage.
        switch a.dtype {
        case .float64:
            let p = a.storage.raw.assumingMemoryBound(to: Double.self) + a.offset
            return (a.shape, Array(UnsafeBufferPointer(start: p, count: a.size)), false)
        case .float32:
            let p = a.storage.raw.assumingMemoryBound(to: Float.self) + a.offset
            return (a.shape, UnsafeBufferPointer(start: p, count: a.size).map(Double.init), false)
        default:
            return (a.shape, a.doubles, integers)
        }
    }
}
