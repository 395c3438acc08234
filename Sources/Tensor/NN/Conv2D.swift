/// 2-D convolution (cross-correlation, as PyTorch's `conv2d`) on NCHW arrays through
/// im2col + GEMM, with the two backward products. 1-D convolution reuses it with H = 1.
///
/// ```python
/// F.conv2d(x, w, b, stride=1, padding=1, dilation=1, groups=1)
/// # x (N, C, H, W), w (O, C/groups, KH, KW), b (O,) -> (N, O, OH, OW)
/// ```
public enum Conv2D {
    /// Forward: `y[n, o] = sum_{c, i, j} w[o, c, i, j] * x[n, g*Cg + c, ...] + b[o]`.
    public static func forward(_ x: NDArray, _ w: NDArray, bias: NDArray? = nil, _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let (xs, ws, dt) = try operands(x, w)
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, cg, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3])
        try check(c: c, o: o, cg: cg, g)
        let oh = try g.outputSize(h, kernel: kh, axis: 0), ow = try g.outputSize(wd, kernel: kw, axis: 1)
        let og = o / g.groups, l = oh * ow, kk = cg * kh * kw
        var out = try NDArray(zeros: [n, o, oh, ow], dtype: dt)
        let cols = try NDArray(zeros: [kk, l], dtype: dt)
        for b in 0..<n {
            try Interrupt.checkpoint()
            for grp in 0..<g.groups {
                unfold(xs, sample: b, channelStart: grp * cg, channels: cg, kernel: (kh, kw), outSize: (oh, ow), g, into: cols)
                let wm = try ws[[.slice(start: grp * og, stop: (grp + 1) * og, step: nil)]].reshape([og, kk])
                let om = out.view(shape: [og, l], strides: [l, 1], offset: (b * o + grp * og) * l)
                try NDArray.gemm(wm, cols, into: om)
            }
        }
        if let bias {
            guard bias.shape == [o] else { throw TensorError.value("bias must have shape (\(o),), got \(Shape.tupleString(bias.shape, compact: false))") }
            try out.applyInPlace(.add, bias.converted(to: dt).reshape([1, o, 1, 1]))
        }
        out.isWeakScalar = false
        return out
    }

    /// Gradient with respect to the input: `col2im(w^T @ dy)` per sample and group.
    public static func backwardInput(_ gradOutput: NDArray, _ w: NDArray, inputShape: [Int], _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let (dys, ws, dt) = try operands(gradOutput, w)
        try checkGradient(gradOutput, inputShape: inputShape, weightShape: w.shape, g)
        let (n, c, h, wd) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let (o, cg, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3])
        try check(c: c, o: o, cg: cg, g)
        let oh = gradOutput.shape[2], ow = gradOutput.shape[3]
        let og = o / g.groups, l = oh * ow, kk = cg * kh * kw
        let dx = try NDArray(zeros: inputShape, dtype: dt)
        let cols = try NDArray(zeros: [kk, l], dtype: dt)
        for b in 0..<n {
            try Interrupt.checkpoint()
            for grp in 0..<g.groups {
                let wm = try ws[[.slice(start: grp * og, stop: (grp + 1) * og, step: nil)]].reshape([og, kk])
                let dym = dys.view(shape: [og, l], strides: [l, 1], offset: dys.offset + (b * o + grp * og) * l)
                try NDArray.gemm(wm.T, dym, into: cols)
                let base = (b * c + grp * cg) * h * wd
                switch dt {
                case .float32: Im2Col.fold(UnsafePointer(cols.base(Float.self)), channels: cg, height: h, width: wd, kernel: (kh, kw), outSize: (oh, ow), g: g, into: dx.base(Float.self) + base)
                default: Im2Col.fold(UnsafePointer(cols.base(Double.self)), channels: cg, height: h, width: wd, kernel: (kh, kw), outSize: (oh, ow), g: g, into: dx.base(Double.self) + base)
                }
            }
        }
        return dx
    }

    /// Gradient with respect to the weight: `sum_n dy[n] @ im2col(x[n])^T` per group.
    public static func backwardWeight(_ gradOutput: NDArray, _ x: NDArray, weightShape: [Int], _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let (dys, xs, dt) = try operands(gradOutput, x)
        try checkGradient(gradOutput, inputShape: x.shape, weightShape: weightShape, g)
        let (n, c) = (x.shape[0], x.shape[1])
        let (o, cg, kh, kw) = (weightShape[0], weightShape[1], weightShape[2], weightShape[3])
        try check(c: c, o: o, cg: cg, g)
        let oh = gradOutput.shape[2], ow = gradOutput.shape[3]
        let og = o / g.groups, l = oh * ow, kk = cg * kh * kw
        let dw = try NDArray(zeros: weightShape, dtype: dt)
        let cols = try NDArray(zeros: [kk, l], dtype: dt)
        let part = try NDArray(zeros: [og, kk], dtype: dt)
        for b in 0..<n {
            try Interrupt.checkpoint()
            for grp in 0..<g.groups {
                unfold(xs, sample: b, channelStart: grp * cg, channels: cg, kernel: (kh, kw), outSize: (oh, ow), g, into: cols)
                let dym = dys.view(shape: [og, l], strides: [l, 1], offset: dys.offset + (b * o + grp * og) * l)
                try NDArray.gemm(dym, cols.T, into: part)
                let dst = dw.view(shape: [og, kk], strides: [kk, 1], offset: grp * og * kk)
                try dst.applyInPlace(.add, part)
            }
        }
        return dw
    }

    /// Gradient with respect to the bias: `dy.sum(axis=(0, 2, 3))`.
    public static func backwardBias(_ gradOutput: NDArray) throws -> NDArray {
        try gradOutput.sum(axes: [0, 2, 3])
    }

    /// `F.conv1d`: x (N, C, L), w (O, C/groups, K) via ``forward(_:_:bias:_:)`` with H = 1.
    public static func conv1d(_ x: NDArray, _ w: NDArray, bias: NDArray? = nil, stride: Int = 1, padding: Int = 0,
                              dilation: Int = 1, groups: Int = 1) throws -> NDArray {
        guard x.ndim == 3, w.ndim == 3 else { throw TensorError.value("conv1d expects 3-D input (N, C, L) and weight (O, C/groups, K)") }
        let g = Conv2DGeometry(stride: (1, stride), padding: (0, padding), dilation: (1, dilation), groups: groups)
        let y = try forward(x.expandDims([2]), w.expandDims([2]), bias: bias, g)
        return try y.squeeze([2])
    }

    private static func operands(_ a: NDArray, _ b: NDArray) throws -> (NDArray, NDArray, DType) {
        guard a.ndim == 4, b.ndim == 4 else {
            throw TensorError.value("conv2d expects 4-D input (N, C, H, W) and weight (O, C/groups, KH, KW), got \(Shape.tupleString(a.shape, compact: false)) and \(Shape.tupleString(b.shape, compact: false))")
        }
        var dt = a.dtype.promoted(with: b.dtype)
        if !dt.isFloatingPoint { dt = .float64 }
        return (try a.converted(to: dt).contiguous(), try b.converted(to: dt).contiguous(), dt)
    }

    /// The output gradient must have exactly the forward output's shape.
    private static func checkGradient(_ dy: NDArray, inputShape: [Int], weightShape: [Int], _ g: Conv2DGeometry) throws {
        guard inputShape.count == 4, weightShape.count == 4 else {
            throw TensorError.value("conv2d backward expects 4-D input and weight shapes")
        }
        for d in inputShape + weightShape where d < 0 { throw TensorError.value("negative dimensions are not allowed") }
        let oh = try g.outputSize(inputShape[2], kernel: weightShape[2], axis: 0)
        let ow = try g.outputSize(inputShape[3], kernel: weightShape[3], axis: 1)
        let expected = [inputShape[0], weightShape[0], oh, ow]
        guard dy.shape == expected else {
            throw TensorError.value("grad_output has shape \(Shape.tupleString(dy.shape, compact: false)), expected \(Shape.tupleString(expected, compact: false))")
        }
    }

    private static func check(c: Int, o: Int, cg: Int, _ g: Conv2DGeometry) throws {
        guard g.groups > 0, c % g.groups == 0, o % g.groups == 0 else {
            throw TensorError.value("groups must divide both in_channels (\(c)) and out_channels (\(o))")
        }
        guard cg * g.groups == c else {
            throw TensorError.value("expected input to have \(cg * g.groups) channels, but got \(c) channels instead")
        }
    }

    private static func unfold(_ x: NDArray, sample: Int, channelStart: Int, channels: Int, kernel: (Int, Int),
                               outSize: (Int, Int), _ g: Conv2DGeometry, into cols: NDArray) {
        let (h, w) = (x.shape[2], x.shape[3])
        let off = x.offset + (sample * x.shape[1] + channelStart) * h * w
        switch x.dtype {
        case .float32: Im2Col.unfold(UnsafePointer(x.base(Float.self) + off), channels: channels, height: h, width: w, kernel: kernel, outSize: outSize, g: g, into: cols.base(Float.self))
        default: Im2Col.unfold(UnsafePointer(x.base(Double.self) + off), channels: channels, height: h, width: w, kernel: kernel, outSize: outSize, g: g, into: cols.base(Double.self))
        }
    }
}
