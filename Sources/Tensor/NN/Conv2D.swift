/// 2-D convolution (cross-correlation, as PyTorch's `conv2d`) on NCHW arrays through
/// im2col + GEMM, with the two backward products. 1-D convolution reuses it with H = 1.
///
/// Samples are processed in chunks: the columns of up to ``chunkElements`` / (C/groups·KH·KW)
/// output positions from several images sit side by side in one matrix, so each group needs
/// one large GEMM per chunk instead of one small GEMM per image.
///
/// ```python
/// F.conv2d(x, w, b, stride=1, padding=1, dilation=1, groups=1)
/// # x (N, C, H, W), w (O, C/groups, KH, KW), b (O,) -> (N, O, OH, OW)
/// ```
public enum Conv2D {
    /// Upper bound on the elements of one chunk's column matrix.
    static let chunkElements = 1 << 22

    /// The sizes shared by forward and backward passes.
    private struct Plan {
        let n, c, h, w, o, cg, kh, kw, oh, ow, og, l, kk: Int
        let samplesPerChunk: Int

        init(input: [Int], weight: [Int], _ g: Conv2DGeometry) throws {
            guard input.count == 4, weight.count == 4 else {
                throw TensorError.value("conv2d expects 4-D input (N, C, H, W) and weight (O, C/groups, KH, KW), got \(Shape.tupleString(input, compact: false)) and \(Shape.tupleString(weight, compact: false))")
            }
            for d in input + weight where d < 0 { throw TensorError.value("negative dimensions are not allowed") }
            (n, c, h, w) = (input[0], input[1], input[2], input[3])
            (o, cg, kh, kw) = (weight[0], weight[1], weight[2], weight[3])
            guard g.groups > 0, c % g.groups == 0, o % g.groups == 0 else {
                throw TensorError.value("groups must divide both in_channels (\(c)) and out_channels (\(o))")
            }
            guard cg * g.groups == c else {
                throw TensorError.value("expected input to have \(cg * g.groups) channels, but got \(c) channels instead")
            }
            oh = try g.outputSize(h, kernel: kh, axis: 0)
            ow = try g.outputSize(w, kernel: kw, axis: 1)
            og = o / g.groups
            l = oh * ow
            kk = cg * kh * kw
            samplesPerChunk = Swift.max(1, Swift.min(n, Conv2D.chunkElements / Swift.max(1, kk * l)))
        }
    }

    /// Forward: `y[n, o] = sum_{c, i, j} w[o, c, i, j] * x[n, g*Cg + c, ...] + b[o]`.
    public static func forward(_ x: NDArray, _ w: NDArray, bias: NDArray? = nil, _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let p = try Plan(input: x.shape, weight: w.shape, g)
        let (xs, ws, dt) = try operands(x, w)
        let out = try NDArray(zeros: [p.n, p.o, p.oh, p.ow], dtype: dt)
        try forEachChunk(p) { b0, bn in
            let cols = try NDArray.uninitialized([p.kk, bn * p.l], dtype: dt)
            let prod = try NDArray.uninitialized([p.og, bn * p.l], dtype: dt)
            for grp in 0..<g.groups {
                for b in 0..<bn { unfold(xs, p, sample: b0 + b, group: grp, g, into: cols, column: b * p.l) }
                let wm = try ws[[.slice(start: grp * p.og, stop: (grp + 1) * p.og, step: nil)]].reshape([p.og, p.kk])
                try NDArray.gemm(wm, cols, into: prod)
                // prod (og, bn, L) -> out[b0 + b, grp*og + o, :]
                var dst = out.view(shape: [p.og, bn, p.l], strides: [p.l, p.o * p.l, 1], offset: (b0 * p.o + grp * p.og) * p.l)
                dst.copyElements(from: prod.view(shape: [p.og, bn, p.l], strides: [bn * p.l, p.l, 1], offset: 0))
            }
        }
        if let bias {
            guard bias.shape == [p.o] else { throw TensorError.value("bias must have shape (\(p.o),), got \(Shape.tupleString(bias.shape, compact: false))") }
            try out.applyInPlace(.add, bias.converted(to: dt).reshape([1, p.o, 1, 1]))
        }
        return out
    }

    /// Gradient with respect to the input: `col2im(w^T @ dy)` per chunk and group.
    public static func backwardInput(_ gradOutput: NDArray, _ w: NDArray, inputShape: [Int], _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let p = try Plan(input: inputShape, weight: w.shape, g)
        try checkGradient(gradOutput, p)
        let (dys, ws, dt) = try operands(gradOutput, w)
        let dx = try NDArray(zeros: inputShape, dtype: dt)
        try forEachChunk(p) { b0, bn in
            let cols = try NDArray.uninitialized([p.kk, bn * p.l], dtype: dt)
            let dym = try NDArray.uninitialized([p.og, bn * p.l], dtype: dt)
            for grp in 0..<g.groups {
                let wm = try ws[[.slice(start: grp * p.og, stop: (grp + 1) * p.og, step: nil)]].reshape([p.og, p.kk])
                var gathered = dym.view(shape: [p.og, bn, p.l], strides: [bn * p.l, p.l, 1], offset: 0)
                gathered.copyElements(from: dys.view(shape: [p.og, bn, p.l], strides: [p.l, p.o * p.l, 1], offset: dys.offset + (b0 * p.o + grp * p.og) * p.l))
                try NDArray.gemm(wm.T, dym, into: cols)
                for b in 0..<bn { fold(cols, p, column: b * p.l, g, into: dx, sample: b0 + b, group: grp) }
            }
        }
        return dx
    }

    /// Gradient with respect to the weight: `sum_n dy[n] @ im2col(x[n])^T` per group.
    public static func backwardWeight(_ gradOutput: NDArray, _ x: NDArray, weightShape: [Int], _ g: Conv2DGeometry = Conv2DGeometry()) throws -> NDArray {
        let p = try Plan(input: x.shape, weight: weightShape, g)
        try checkGradient(gradOutput, p)
        let (dys, xs, dt) = try operands(gradOutput, x)
        let dw = try NDArray(zeros: weightShape, dtype: dt)
        let part = try NDArray.uninitialized([p.og, p.kk], dtype: dt)
        try forEachChunk(p) { b0, bn in
            let cols = try NDArray.uninitialized([p.kk, bn * p.l], dtype: dt)
            let dym = try NDArray.uninitialized([p.og, bn * p.l], dtype: dt)
            for grp in 0..<g.groups {
                for b in 0..<bn { unfold(xs, p, sample: b0 + b, group: grp, g, into: cols, column: b * p.l) }
                var gathered = dym.view(shape: [p.og, bn, p.l], strides: [bn * p.l, p.l, 1], offset: 0)
                gathered.copyElements(from: dys.view(shape: [p.og, bn, p.l], strides: [p.l, p.o * p.l, 1], offset: dys.offset + (b0 * p.o + grp * p.og) * p.l))
                try NDArray.gemm(dym, cols.T, into: part)
                let dst = dw.view(shape: [p.og, p.kk], strides: [p.kk, 1], offset: grp * p.og * p.kk)
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

    private static func forEachChunk(_ p: Plan, _ body: (Int, Int) throws -> Void) throws {
        var b0 = 0
        while b0 < p.n {
            try Interrupt.checkpoint()
            let bn = Swift.min(p.samplesPerChunk, p.n - b0)
            try body(b0, bn)
            b0 += bn
        }
    }

    private static func operands(_ a: NDArray, _ b: NDArray) throws -> (NDArray, NDArray, DType) {
        var dt = a.dtype.promoted(with: b.dtype)
        if !dt.isFloatingPoint { dt = .float64 }
        return (try a.converted(to: dt).contiguous(), try b.converted(to: dt).contiguous(), dt)
    }

    /// The output gradient must have exactly the forward output's shape.
    private static func checkGradient(_ dy: NDArray, _ p: Plan) throws {
        let expected = [p.n, p.o, p.oh, p.ow]
        guard dy.shape == expected else {
            throw TensorError.value("grad_output has shape \(Shape.tupleString(dy.shape, compact: false)), expected \(Shape.tupleString(expected, compact: false))")
        }
    }

    private static func unfold(_ x: NDArray, _ p: Plan, sample: Int, group: Int, _ g: Conv2DGeometry, into cols: NDArray, column: Int) {
        let off = x.offset + (sample * p.c + group * p.cg) * p.h * p.w
        let stride = cols.shape[1]
        switch x.dtype {
        case .float32: Im2Col.unfold(UnsafePointer(x.base(Float.self) + off), channels: p.cg, height: p.h, width: p.w, kernel: (p.kh, p.kw), outSize: (p.oh, p.ow), g: g, into: cols.base(Float.self) + column, rowStride: stride)
        default: Im2Col.unfold(UnsafePointer(x.base(Double.self) + off), channels: p.cg, height: p.h, width: p.w, kernel: (p.kh, p.kw), outSize: (p.oh, p.ow), g: g, into: cols.base(Double.self) + column, rowStride: stride)
        }
    }

    private static func fold(_ cols: NDArray, _ p: Plan, column: Int, _ g: Conv2DGeometry, into dx: NDArray, sample: Int, group: Int) {
        let off = (sample * p.c + group * p.cg) * p.h * p.w
        let stride = cols.shape[1]
        switch dx.dtype {
        case .float32: Im2Col.fold(UnsafePointer(cols.base(Float.self) + column), channels: p.cg, height: p.h, width: p.w, kernel: (p.kh, p.kw), outSize: (p.oh, p.ow), g: g, into: dx.base(Float.self) + off, rowStride: stride)
        default: Im2Col.fold(UnsafePointer(cols.base(Double.self) + column), channels: p.cg, height: p.h, width: p.w, kernel: (p.kh, p.kw), outSize: (p.oh, p.ow), g: g, into: dx.base(Double.self) + off, rowStride: stride)
        }
    }
}
