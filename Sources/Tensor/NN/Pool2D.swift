/// 2-D max and average pooling on NCHW arrays, with the indices and backward kernels the NN
/// layer needs. Max-pool indices are flat positions within each (H, W) plane, as PyTorch's
/// `return_indices=True`; padding for max-pool is -inf, for average-pool zeros that count
/// toward the divisor (`count_include_pad=True`).
///
/// ```python
/// y, idx = F.max_pool2d(x, 2, stride=2, return_indices=True)   # (N, C, H/2, W/2)
/// F.avg_pool2d(x, 2)
/// ```
public enum Pool2D {
    /// Max pooling: values and flat argmax indices (int64). Float input keeps its dtype;
    /// int/bool input is pooled as float64.
    public static func maxForward(_ x: NDArray, kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0),
                                  dilation: (Int, Int) = (1, 1)) throws -> (output: NDArray, indices: NDArray) {
        let (xs, oh, ow, g) = try setup(x, kernel, stride, padding, dilation)
        let shape = [x.shape[0], x.shape[1], oh, ow]
        let out = try NDArray.uninitialized(shape, dtype: xs.dtype)
        let idx = try NDArray.uninitialized(shape, dtype: .int64)
        if xs.dtype == .float32 {
            maxLoop(xs, Float.self, kernel, g, out, idx)
        } else {
            maxLoop(xs, Double.self, kernel, g, out, idx)
        }
        return (out, idx)
    }

    private static func maxLoop<T: FloatElement>(_ xs: NDArray, _ t: T.Type, _ kernel: (Int, Int), _ g: Conv2DGeometry,
                                                 _ out: NDArray, _ idx: NDArray) {
        let (planes, h, w) = (xs.shape[0] * xs.shape[1], xs.shape[2], xs.shape[3])
        let (oh, ow) = (out.shape[2], out.shape[3])
        let src = xs.base(T.self) + xs.offset, dst = out.base(T.self), di = idx.base(Int64.self)
        Parallel.forEach(planes) { plane in
            let p = src + plane * h * w
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var best = -T.infinity, bi = -1
                    search: for i in 0..<kernel.0 {
                        let y = oy * g.stride.0 - g.padding.0 + i * g.dilation.0
                        if y < 0 || y >= h { continue }
                        for j in 0..<kernel.1 {
                            let xx = ox * g.stride.1 - g.padding.1 + j * g.dilation.1
                            if xx < 0 || xx >= w { continue }
                            let v = p[y * w + xx]
                            if v > best || v.isNaN || bi < 0 {
                                best = v; bi = y * w + xx
                                if v.isNaN { break search }
                            }
                        }
                    }
                    let k = (plane * oh + oy) * ow + ox
                    dst[k] = best
                    di[k] = Int64(bi)
                }
            }
        }
    }

    /// Max-pool backward: scatters `gradOutput` into the argmax positions (accumulating).
    public static func maxBackward(_ gradOutput: NDArray, indices: NDArray, inputShape: [Int]) throws -> NDArray {
        guard inputShape.count == 4, gradOutput.shape == indices.shape, gradOutput.ndim == 4,
              gradOutput.shape[0] == inputShape[0], gradOutput.shape[1] == inputShape[1] else {
            throw TensorError.value("max_pool2d backward: shape mismatch")
        }
        _ = try Shape.checkedSize(inputShape, dtype: .float64)
        let planes = inputShape[0] * inputShape[1], hw = inputShape[2] * inputShape[3]
        let per = gradOutput.size / Swift.max(planes, 1)
        let gv = try gradOutput.converted(to: .float64).contiguous().doubles
        let iv = try indices.contiguous().elements(as: Int64.self)
        var dx = [Double](repeating: 0, count: planes * hw)
        for p in 0..<planes {
            for k in 0..<per {
                let i = Int(iv[p * per + k])
                if i >= 0 && i < hw { dx[p * hw + i] += gv[p * per + k] }
            }
        }
        return try NDArray(dx, shape: inputShape).converted(to: gradOutput.dtype.isFloatingPoint ? gradOutput.dtype : .float64)
    }

    /// Average pooling (zero padding counted in the divisor).
    public static func avgForward(_ x: NDArray, kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0)) throws -> NDArray {
        let (xs, oh, ow, g) = try setup(x, kernel, stride, padding, (1, 1))
        let out = try NDArray.uninitialized([x.shape[0], x.shape[1], oh, ow], dtype: xs.dtype)
        if xs.dtype == .float32 { avgLoop(xs, Float.self, kernel, g, out) } else { avgLoop(xs, Double.self, kernel, g, out) }
        return out
    }

    private static func avgLoop<T: FloatElement>(_ xs: NDArray, _ t: T.Type, _ kernel: (Int, Int), _ g: Conv2DGeometry, _ out: NDArray) {
        let (planes, h, w) = (xs.shape[0] * xs.shape[1], xs.shape[2], xs.shape[3])
        let (oh, ow) = (out.shape[2], out.shape[3])
        let src = xs.base(T.self) + xs.offset, dst = out.base(T.self)
        let div = T(kernel.0 * kernel.1)
        Parallel.forEach(planes) { plane in
            let p = src + plane * h * w
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var s: T = 0
                    for i in 0..<kernel.0 {
                        let y = oy * g.stride.0 - g.padding.0 + i
                        if y < 0 || y >= h { continue }
                        for j in 0..<kernel.1 {
                            let xx = ox * g.stride.1 - g.padding.1 + j
                            if xx >= 0 && xx < w { s += p[y * w + xx] }
                        }
                    }
                    dst[(plane * oh + oy) * ow + ox] = s / div
                }
            }
        }
    }

    /// Average-pool backward: each output gradient spread evenly over its window.
    public static func avgBackward(_ gradOutput: NDArray, inputShape: [Int], kernel: (Int, Int), stride: (Int, Int)? = nil,
                                   padding: (Int, Int) = (0, 0)) throws -> NDArray {
        guard inputShape.count == 4, gradOutput.ndim == 4 else { throw TensorError.value("avg_pool2d backward expects 4-D shapes") }
        let st = stride ?? kernel
        let g = Conv2DGeometry(stride: st, padding: padding)
        let expected = [inputShape[0], inputShape[1], try g.outputSize(inputShape[2], kernel: kernel.0, axis: 0),
                        try g.outputSize(inputShape[3], kernel: kernel.1, axis: 1)]
        guard gradOutput.shape == expected else {
            throw TensorError.value("grad_output has shape \(Shape.tupleString(gradOutput.shape, compact: false)), expected \(Shape.tupleString(expected, compact: false))")
        }
        let (planes, h, w) = (inputShape[0] * inputShape[1], inputShape[2], inputShape[3])
        let oh = gradOutput.shape[2], ow = gradOutput.shape[3]
        let gv = try gradOutput.converted(to: .float64).contiguous().doubles
        let div = Double(kernel.0 * kernel.1)
        var dx = [Double](repeating: 0, count: planes * h * w)
        for plane in 0..<planes {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    let gval = gv[(plane * oh + oy) * ow + ox] / div
                    for i in 0..<kernel.0 {
                        let y = oy * st.0 - padding.0 + i
                        if y < 0 || y >= h { continue }
                        for j in 0..<kernel.1 {
                            let xx = ox * st.1 - padding.1 + j
                            if xx >= 0 && xx < w { dx[(plane * h + y) * w + xx] += gval }
                        }
                    }
                }
            }
        }
        let dt: DType = gradOutput.dtype.isFloatingPoint ? gradOutput.dtype : .float64
        return try NDArray(dx, shape: inputShape).converted(to: dt)
    }

    private static func setup(_ x: NDArray, _ kernel: (Int, Int), _ stride: (Int, Int)?, _ padding: (Int, Int),
                              _ dilation: (Int, Int)) throws -> (NDArray, Int, Int, Conv2DGeometry) {
        guard x.ndim == 4 else { throw TensorError.value("pool2d expects a 4-D input (N, C, H, W), got \(Shape.tupleString(x.shape, compact: false))") }
        guard kernel.0 > 0, kernel.1 > 0 else { throw TensorError.value("kernel size must be positive") }
        guard padding.0 * 2 <= kernel.0, padding.1 * 2 <= kernel.1 else {
            throw TensorError.value("pad should be at most half of effective kernel size")
        }
        let g = Conv2DGeometry(stride: stride ?? kernel, padding: padding, dilation: dilation)
        let oh = try g.outputSize(x.shape[2], kernel: kernel.0, axis: 0)
        let ow = try g.outputSize(x.shape[3], kernel: kernel.1, axis: 1)
        let dt: DType = x.dtype.isFloatingPoint ? x.dtype : .float64
        return (try x.converted(to: dt).contiguous(), oh, ow, g)
    }
}
