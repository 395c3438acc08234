import Tensor

/// Convolution and pooling over NCHW (and NCL) variables, on Tensor's im2col + GEMM kernels.
/// Keras's channels-last layers permute into this layout and back.
public enum Convolution {
    /// `F.conv2d(x, w, b, stride, padding, dilation, groups)`: x (N, C, H, W), w (O, C/g, KH, KW).
    public static func conv2d(_ x: Variable, _ w: Variable, bias b: Variable?, geometry g: Conv2DGeometry) throws -> Variable {
        guard x.ndim == 4 || x.ndim == 3 else {
            throw TensorError.value("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [\(x.shape.map(String.init).joined(separator: ", "))]")
        }
        if x.ndim == 3 { return try conv2d(x.unsqueeze(0), w, bias: b, geometry: g).squeeze(dims: [0]) }
        let channels = x.shape[1]
        guard w.ndim == 4, channels == w.shape[1] * g.groups else {
            throw TensorError.value("Given groups=\(g.groups), weight of size [\(w.shape.map(String.init).joined(separator: ", "))], expected input[\(x.shape.map(String.init).joined(separator: ", "))] to have \(w.ndim == 4 ? w.shape[1] * g.groups : 0) channels, but got \(channels) channels instead")
        }
        let padded = (x.shape[2] + 2 * g.padding.0, x.shape[3] + 2 * g.padding.1)
        let span = (g.dilation.0 * (w.shape[2] - 1) + 1, g.dilation.1 * (w.shape[3] - 1) + 1)
        guard padded.0 >= span.0, padded.1 >= span.1 else {
            throw TensorError.value("Calculated padded input size per channel: (\(padded.0) x \(padded.1)). Kernel size: (\(span.0) x \(span.1)). Kernel size can't be greater than actual input size")
        }
        let (xd, wd) = (x.data, w.data)
        let out = try Conv2D.forward(xd, wd, bias: b?.data, g)
        let inputs = b.map { [x, w, $0] } ?? [x, w]
        return Variable.record(out, "ConvolutionBackward0", inputs, saved: [x, w]) { gy in
            var grads: [NDArray?] = [
                x.requiresGrad ? try Conv2D.backwardInput(gy, wd, inputShape: xd.shape, g) : nil,
                w.requiresGrad ? try Conv2D.backwardWeight(gy, xd, weightShape: wd.shape, g) : nil,
            ]
            if let b { grads.append(b.requiresGrad ? try Conv2D.backwardBias(gy) : nil) }
            return grads
        }.differentiable { gy in
            var grads: [Variable?] = [
                x.requiresGrad ? try inputGradient(gy, w, inputShape: xd.shape, g) : nil,
                w.requiresGrad ? try weightGradient(gy, x, weightShape: wd.shape, g) : nil,
            ]
            if let b { grads.append(b.requiresGrad ? try gy.sum(dims: [0, 2, 3]) : nil) }
            return grads
        }
    }

    /// The gradient of a convolution's input, as an op of the output gradient and the weight
    /// (for `create_graph`). It is bilinear: its adjoint in `gy` is the convolution itself, in
    /// `w` the weight gradient, so every order of derivative stays in these three ops.
    static func inputGradient(_ gy: Variable, _ w: Variable, inputShape: [Int], _ g: Conv2DGeometry) throws -> Variable {
        let (gd, wd) = (gy.data, w.data)
        return Variable.record(try Conv2D.backwardInput(gd, wd, inputShape: inputShape, g), "ConvolutionBackwardBackward0", [gy, w],
                               saved: [gy, w]) { h in
            [try Conv2D.forward(h, wd, g), try Conv2D.backwardWeight(gd, h, weightShape: wd.shape, g)]
        }.differentiable { h in [try conv2d(h, w, bias: nil, geometry: g), try weightGradient(gy, h, weightShape: wd.shape, g)] }
    }

    /// The gradient of a convolution's weight, as an op of the output gradient and the input.
    static func weightGradient(_ gy: Variable, _ x: Variable, weightShape: [Int], _ g: Conv2DGeometry) throws -> Variable {
        let (gd, xd) = (gy.data, x.data)
        return Variable.record(try Conv2D.backwardWeight(gd, xd, weightShape: weightShape, g), "ConvolutionBackwardBackward0", [gy, x],
                               saved: [gy, x]) { h in
            [try Conv2D.forward(xd, h, g), try Conv2D.backwardInput(gd, h, inputShape: xd.shape, g)]
        }.differentiable { h in [try conv2d(x, h, bias: nil, geometry: g), try inputGradient(gy, h, inputShape: xd.shape, g)] }
    }

    /// `F.conv_transpose2d(x, w, b, stride, padding, output_padding, dilation)`: x (N, Cin, H, W),
    /// w (Cin, Cout, KH, KW); the gradient of a convolution with respect to its input, run forward.
    public static func convTranspose2d(_ x: Variable, _ w: Variable, bias b: Variable?, geometry g: Conv2DGeometry,
                                       outputPadding: (Int, Int) = (0, 0)) throws -> Variable {
        guard x.ndim == 4 || x.ndim == 3 else {
            throw TensorError.value("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: [\(x.shape.map(String.init).joined(separator: ", "))]")
        }
        if x.ndim == 3 { return try convTranspose2d(x.unsqueeze(0), w, bias: b, geometry: g, outputPadding: outputPadding).squeeze(dims: [0]) }
        guard g.groups == 1 else { throw TensorError.notImplemented("conv_transpose2d with groups > 1 is not supported in Cellgrad") }
        guard w.ndim == 4, x.shape[1] == w.shape[0] else {
            throw TensorError.value("Given transposed=1, weight of size [\(w.shape.map(String.init).joined(separator: ", "))], expected input[\(x.shape.map(String.init).joined(separator: ", "))] to have \(w.ndim == 4 ? w.shape[0] : 0) channels, but got \(x.shape[1]) channels instead")
        }
        guard outputPadding.0 < Swift.max(g.stride.0, g.dilation.0), outputPadding.1 < Swift.max(g.stride.1, g.dilation.1) else {
            throw TensorError.value("output padding must be smaller than either stride or dilation, but got output_padding=(\(outputPadding.0), \(outputPadding.1)), stride=(\(g.stride.0), \(g.stride.1)), dilation=(\(g.dilation.0), \(g.dilation.1))")
        }
        let (n, h, wd) = (x.shape[0], x.shape[2], x.shape[3])
        let (kh, kw) = (w.shape[2], w.shape[3])
        let oh = (h - 1) * g.stride.0 - 2 * g.padding.0 + g.dilation.0 * (kh - 1) + outputPadding.0 + 1
        let ow = (wd - 1) * g.stride.1 - 2 * g.padding.1 + g.dilation.1 * (kw - 1) + outputPadding.1 + 1
        let outShape = [n, w.shape[1], oh, ow]
        let (xd, wdata) = (x.data, w.data)
        var out = try Conv2D.backwardInput(xd, wdata, inputShape: outShape, g)
        if let b { out = try out + b.data.reshape([1, -1, 1, 1]) }
        let inputs = b.map { [x, w, $0] } ?? [x, w]
        return Variable.record(out, "ConvolutionBackward0", inputs, saved: [x, w]) { gy in
            var grads: [NDArray?] = [
                x.requiresGrad ? try Conv2D.forward(gy, wdata, g) : nil,
                w.requiresGrad ? try Conv2D.backwardWeight(xd, gy, weightShape: wdata.shape, g) : nil,
            ]
            if let b { grads.append(b.requiresGrad ? try Conv2D.backwardBias(gy) : nil) }
            return grads
        }.differentiable { gy in
            var grads: [Variable?] = [
                x.requiresGrad ? try conv2d(gy, w, bias: nil, geometry: g) : nil,
                w.requiresGrad ? try weightGradient(x, gy, weightShape: wdata.shape, g) : nil,
            ]
            if let b { grads.append(b.requiresGrad ? try gy.sum(dims: [0, 2, 3]) : nil) }
            return grads
        }
    }

    /// `F.conv1d`: x (N, C, L), w (O, C/g, K), through conv2d with H = 1.
    public static func conv1d(_ x: Variable, _ w: Variable, bias: Variable?, stride: Int, padding: Int, dilation: Int,
                              groups: Int) throws -> Variable {
        guard x.ndim == 3 || x.ndim == 2 else {
            throw TensorError.value("Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [\(x.shape.map(String.init).joined(separator: ", "))]")
        }
        if x.ndim == 2 {
            return try conv1d(x.unsqueeze(0), w, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
                .squeeze(dims: [0])
        }
        let g = Conv2DGeometry(stride: (1, stride), padding: (0, padding), dilation: (1, dilation), groups: groups)
        return try conv2d(x.unsqueeze(2), w.unsqueeze(2), bias: bias, geometry: g).squeeze(dims: [2])
    }

    /// `F.max_pool2d`: values (and the flat argmax per plane, for `return_indices`).
    public static func maxPool2d(_ x: Variable, kernel: (Int, Int), stride: (Int, Int)?, padding: (Int, Int),
                                 dilation: (Int, Int) = (1, 1), ceilMode: Bool = false) throws -> (Variable, NDArray) {
        guard x.ndim == 4 || x.ndim == 3 else {
            throw TensorError.value("non-empty 3D or 4D (batch mode) tensor expected for input")
        }
        if x.ndim == 3 {
            let (y, i) = try maxPool2d(x.unsqueeze(0), kernel: kernel, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode)
            return (try y.squeeze(dims: [0]), try i.squeeze([0]))
        }
        guard padding.0 * 2 <= kernel.0, padding.1 * 2 <= kernel.1 else {
            throw TensorError.value("pad should be at most half of effective kernel size, but got pad=\(padding.0), kernel_size=\(kernel.0) and dilation=\(dilation.0)")
        }
        let shape = x.shape
        var source = x.data
        var (extraRows, extraCols) = (0, 0)
        if ceilMode {
            // ceil_mode keeps a last, partial window: pad the bottom and right with -inf so the
            // floor-mode kernel sees it; no window may start in the padding (torch's rule).
            let st = stride ?? kernel
            func extra(_ size: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int) -> Int {
                let span = size + 2 * p - d * (k - 1) - 1
                var outputs = (span + s - 1) / s + 1
                if (outputs - 1) * s >= size + p { outputs -= 1 }
                return Swift.max(0, (outputs - 1) * s + d * (k - 1) + 1 - (size + 2 * p))
            }
            extraRows = extra(shape[2], kernel.0, st.0, padding.0, dilation.0)
            extraCols = extra(shape[3], kernel.1, st.1, padding.1, dilation.1)
            let low = NDArray.pythonScalar(-Double.infinity)
            if extraRows > 0 {
                source = try NDArray.concatenate([source, try low.astype(x.dtype).broadcast(to: [shape[0], shape[1], extraRows, shape[3]])], axis: 2)
            }
            if extraCols > 0 {
                source = try NDArray.concatenate([source, try low.astype(x.dtype).broadcast(to: [shape[0], shape[1], shape[2] + extraRows, extraCols])], axis: 3)
            }
        }
        let (out, floorIndices) = try Pool2D.maxForward(source, kernel: kernel, stride: stride, padding: padding, dilation: dilation)
        // Indices are flat in each plane of the padded input: map them back to its width.
        let width = NDArray.pythonScalar(shape[3] + extraCols)
        let indices = extraCols == 0 ? floorIndices
            : try NDArray.floorDivide(floorIndices, width) * NDArray.pythonScalar(shape[3]) + NDArray.binary(.remainder, floorIndices, width)
        let y = Variable.record(out, "MaxPool2DWithIndicesBackward0", [x], savesTensors: true) { g in
            [try Pool2D.maxBackward(g, indices: indices, inputShape: shape)]
        }.differentiable { g in
            // The gradient lands at each window's argmax: a scatter to flat positions of the
            // input, whose derivative is the gather back.
            let planeStarts = try NDArray.arange(shape[0] * shape[1]).reshape([shape[0], shape[1], 1, 1]) * NDArray.pythonScalar(shape[2] * shape[3])
            let positions = try indices + planeStarts
            return [try g.placed(at: [.array(positions)], in: [shape.reduce(1, *)]).reshape(shape)]
        }
        return (y, indices)
    }

    /// `F.max_pool1d` on (N, C, L) or (C, L): the 2-D pool over a height of one.
    public static func maxPool1d(_ x: Variable, kernel: Int, stride: Int, padding: Int, dilation: Int = 1,
                                 ceilMode: Bool = false) throws -> (Variable, NDArray) {
        guard x.ndim == 3 || x.ndim == 2 else { throw TensorError.value("max_pool1d() Expected 2D or 3D input tensor, but got \(x.shape)") }
        let (y, indices) = try maxPool2d(x.unsqueeze(-2), kernel: (1, kernel), stride: (1, stride), padding: (0, padding),
                                         dilation: (1, dilation), ceilMode: ceilMode)
        return (try y.squeeze(dims: [-2]), try indices.squeeze([indices.ndim - 2]))
    }

    /// `F.avg_pool1d` on (N, C, L) or (C, L).
    public static func avgPool1d(_ x: Variable, kernel: Int, stride: Int, padding: Int) throws -> Variable {
        guard x.ndim == 3 || x.ndim == 2 else { throw TensorError.value("avg_pool1d() Expected 2D or 3D input tensor, but got \(x.shape)") }
        return try avgPool2d(x.unsqueeze(-2), kernel: (1, kernel), stride: (1, stride), padding: (0, padding)).squeeze(dims: [-2])
    }

    /// `F.avg_pool2d` (zero padding counted, as torch's default `count_include_pad=True`).
    public static func avgPool2d(_ x: Variable, kernel: (Int, Int), stride: (Int, Int)?, padding: (Int, Int)) throws -> Variable {
        guard x.ndim == 4 || x.ndim == 3 else { throw TensorError.value("non-empty 3D or 4D (batch mode) tensor expected for input") }
        if x.ndim == 3 { return try avgPool2d(x.unsqueeze(0), kernel: kernel, stride: stride, padding: padding).squeeze(dims: [0]) }
        let shape = x.shape
        let out = try Pool2D.avgForward(x.data, kernel: kernel, stride: stride, padding: padding)
        return Variable.record(out, "AvgPool2DBackward0", [x], savesTensors: false) { g in
            [try Pool2D.avgBackward(g, inputShape: shape, kernel: kernel, stride: stride, padding: padding)]
        }.differentiable { g in [try avgPoolGradient(g, inputShape: shape, kernel: kernel, stride: stride, padding: padding)] }
    }

    /// Average pooling's backward as an op of the output gradient: linear, its adjoint the
    /// pooling itself.
    static func avgPoolGradient(_ g: Variable, inputShape: [Int], kernel: (Int, Int), stride: (Int, Int)?,
                                padding: (Int, Int)) throws -> Variable {
        Variable.record(try Pool2D.avgBackward(g.data, inputShape: inputShape, kernel: kernel, stride: stride, padding: padding),
                        "AvgPool2DBackwardBackward0", [g], savesTensors: false) { h in
            [try Pool2D.avgForward(h, kernel: kernel, stride: stride, padding: padding)]
        }.differentiable { h in [try avgPool2d(h, kernel: kernel, stride: stride, padding: padding)] }
    }

    /// `F.adaptive_avg_pool2d(x, (OH, OW))`: window i spans [⌊i·H/OH⌋, ⌈(i+1)·H/OH⌉), as torch.
    public static func adaptiveAvgPool2d(_ x: Variable, outputSize: (Int, Int)) throws -> Variable {
        try adaptivePool2d(x, outputSize: outputSize, max: false)
    }

    /// `F.adaptive_max_pool2d(x, (OH, OW))`, over the same windows as the adaptive average.
    public static func adaptiveMaxPool2d(_ x: Variable, outputSize: (Int, Int)) throws -> Variable {
        try adaptivePool2d(x, outputSize: outputSize, max: true)
    }

    static func adaptivePool2d(_ x: Variable, outputSize: (Int, Int), max: Bool) throws -> Variable {
        let name = max ? "adaptive_max_pool2d" : "adaptive_avg_pool2d"
        guard x.ndim == 4 || x.ndim == 3 else { throw TensorError.value("\(name)(): Expected 3D or 4D tensor, but got \(x.shape)") }
        if x.ndim == 3 { return try adaptivePool2d(x.unsqueeze(0), outputSize: outputSize, max: max).squeeze(dims: [0]) }
        let (h, w) = (x.shape[2], x.shape[3])
        let (oh, ow) = outputSize
        if h % oh == 0 && w % ow == 0 {
            let k = (h / oh, w / ow)
            return max ? try maxPool2d(x, kernel: k, stride: k, padding: (0, 0)).0 : try avgPool2d(x, kernel: k, stride: k, padding: (0, 0))
        }
        // General windows: average each (i, j) window with slicing, then stack.
        var rows: [Variable] = []
        for i in 0..<oh {
            let h0 = (i * h) / oh, h1 = ((i + 1) * h + oh - 1) / oh
            var cols: [Variable] = []
            for j in 0..<ow {
                let w0 = (j * w) / ow, w1 = ((j + 1) * w + ow - 1) / ow
                let window = try x.index([.all, .all, .slice(start: h0, stop: h1, step: 1), .slice(start: w0, stop: w1, step: 1)])
                cols.append(max ? try window.extremum(max: true, dims: [2, 3], keepdim: false) : try window.mean(dims: [2, 3]))
            }
            rows.append(try Variable.stack(cols, dim: 2))
        }
        return try Variable.stack(rows, dim: 2)
    }
}
