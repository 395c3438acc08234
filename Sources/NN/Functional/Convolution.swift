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
        if ceilMode { throw TensorError.notImplemented("max_pool2d(ceil_mode=True) is not supported in Cellgrad") }
        guard padding.0 * 2 <= kernel.0, padding.1 * 2 <= kernel.1 else {
            throw TensorError.value("pad should be at most half of effective kernel size, but got pad=\(padding.0), kernel_size=\(kernel.0) and dilation=\(dilation.0)")
        }
        let shape = x.shape
        let (out, indices) = try Pool2D.maxForward(x.data, kernel: kernel, stride: stride, padding: padding, dilation: dilation)
        let y = Variable.record(out, "MaxPool2DWithIndicesBackward0", [x], savesTensors: true) { g in
            [try Pool2D.maxBackward(g, indices: indices, inputShape: shape)]
        }
        return (y, indices)
    }

    /// `F.avg_pool2d` (zero padding counted, as torch's default `count_include_pad=True`).
    public static func avgPool2d(_ x: Variable, kernel: (Int, Int), stride: (Int, Int)?, padding: (Int, Int)) throws -> Variable {
        guard x.ndim == 4 || x.ndim == 3 else { throw TensorError.value("non-empty 3D or 4D (batch mode) tensor expected for input") }
        if x.ndim == 3 { return try avgPool2d(x.unsqueeze(0), kernel: kernel, stride: stride, padding: padding).squeeze(dims: [0]) }
        let shape = x.shape
        let out = try Pool2D.avgForward(x.data, kernel: kernel, stride: stride, padding: padding)
        return Variable.record(out, "AvgPool2DBackward0", [x], savesTensors: false) { g in
            [try Pool2D.avgBackward(g, inputShape: shape, kernel: kernel, stride: stride, padding: padding)]
        }
    }

    /// `F.adaptive_avg_pool2d(x, (OH, OW))`: window i spans [⌊i·H/OH⌋, ⌈(i+1)·H/OH⌉), as torch.
    public static func adaptiveAvgPool2d(_ x: Variable, outputSize: (Int, Int)) throws -> Variable {
        guard x.ndim == 4 || x.ndim == 3 else { throw TensorError.value("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got \(x.shape)") }
        if x.ndim == 3 { return try adaptiveAvgPool2d(x.unsqueeze(0), outputSize: outputSize).squeeze(dims: [0]) }
        let (h, w) = (x.shape[2], x.shape[3])
        let (oh, ow) = outputSize
        if h % oh == 0 && w % ow == 0 {
            return try avgPool2d(x, kernel: (h / oh, w / ow), stride: (h / oh, w / ow), padding: (0, 0))
        }
        // General windows: average each (i, j) window with slicing, then stack.
        var rows: [Variable] = []
        for i in 0..<oh {
            let h0 = (i * h) / oh, h1 = ((i + 1) * h + oh - 1) / oh
            var cols: [Variable] = []
            for j in 0..<ow {
                let w0 = (j * w) / ow, w1 = ((j + 1) * w + ow - 1) / ow
                let window = try x.index([.all, .all, .slice(start: h0, stop: h1, step: 1), .slice(start: w0, stop: w1, step: 1)])
                cols.append(try window.mean(dims: [2, 3]))
            }
            rows.append(try Variable.stack(cols, dim: 2))
        }
        return try Variable.stack(rows, dim: 2)
    }
}
