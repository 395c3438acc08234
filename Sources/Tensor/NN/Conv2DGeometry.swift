/// The shape arithmetic of a 2-D convolution or pooling window (NCHW), shared by the
/// forward and backward kernels.
///
/// ```python
/// torch.nn.Conv2d(3, 8, kernel_size=3, stride=2, padding=1)  # on (N, 3, 32, 32) -> (N, 8, 16, 16)
/// # out = (in + 2*pad - dilation*(k-1) - 1) // stride + 1
/// ```
public struct Conv2DGeometry: Sendable, Equatable {
    public var stride: (Int, Int)
    public var padding: (Int, Int)
    public var dilation: (Int, Int)
    public var groups: Int

    public init(stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0), dilation: (Int, Int) = (1, 1), groups: Int = 1) {
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
    }

    public static func == (a: Conv2DGeometry, b: Conv2DGeometry) -> Bool {
        a.stride == b.stride && a.padding == b.padding && a.dilation == b.dilation && a.groups == b.groups
    }

    /// Output extent along one axis, or an error when the window does not fit.
    func outputSize(_ input: Int, kernel: Int, axis: Int) throws -> Int {
        let s = axis == 0 ? stride.0 : stride.1, p = axis == 0 ? padding.0 : padding.1, d = axis == 0 ? dilation.0 : dilation.1
        guard s > 0, d > 0, p >= 0 else { throw TensorError.value("stride and dilation must be positive and padding non-negative") }
        let span = input + 2 * p - d * (kernel - 1) - 1
        guard span >= 0 else {
            throw TensorError.value("Calculated output size is too small: input \(input) with padding \(p) is smaller than the effective kernel size \(d * (kernel - 1) + 1)")
        }
        return span / s + 1
    }
}

/// Unfolds image patches into columns (`im2col`) and folds columns back with accumulation
/// (`col2im`, its adjoint), for one image of shape (C, H, W).
///
/// `cols[(c * KH + i) * KW + j, oy * OW + ox] = x[c, oy*sh - ph + i*dh, ox*sw - pw + j*dw]`
/// (0 outside the image). `rowStride` is the distance between rows of `cols` (>= OH*OW), so
/// several images can fill side-by-side column blocks of one matrix for a single GEMM.
enum Im2Col {
    static func unfold<T: FloatElement>(_ x: UnsafePointer<T>, channels: Int, height: Int, width: Int,
                                        kernel: (Int, Int), outSize: (Int, Int), g: Conv2DGeometry,
                                        into cols: UnsafeMutablePointer<T>, rowStride: Int) {
        let (kh, kw) = kernel, (oh, ow) = outSize
        let l = rowStride
        for c in 0..<channels {
            for i in 0..<kh {
                for j in 0..<kw {
                    let row = cols + ((c * kh + i) * kw + j) * l
                    for oy in 0..<oh {
                        let y = oy * g.stride.0 - g.padding.0 + i * g.dilation.0
                        let dst = row + oy * ow
                        if y < 0 || y >= height {
                            for ox in 0..<ow { dst[ox] = 0 }
                            continue
                        }
                        let src = x + (c * height + y) * width
                        for ox in 0..<ow {
                            let xx = ox * g.stride.1 - g.padding.1 + j * g.dilation.1
                            dst[ox] = (xx >= 0 && xx < width) ? src[xx] : 0
                        }
                    }
                }
            }
        }
    }

    static func fold<T: FloatElement>(_ cols: UnsafePointer<T>, channels: Int, height: Int, width: Int,
                                      kernel: (Int, Int), outSize: (Int, Int), g: Conv2DGeometry,
                                      into x: UnsafeMutablePointer<T>, rowStride: Int) {
        let (kh, kw) = kernel, (oh, ow) = outSize
        let l = rowStride
        for c in 0..<channels {
            for i in 0..<kh {
                for j in 0..<kw {
                    let row = cols + ((c * kh + i) * kw + j) * l
                    for oy in 0..<oh {
                        let y = oy * g.stride.0 - g.padding.0 + i * g.dilation.0
                        if y < 0 || y >= height { continue }
                        let dst = x + (c * height + y) * width
                        for ox in 0..<ow {
                            let xx = ox * g.stride.1 - g.padding.1 + j * g.dilation.1
                            if xx >= 0 && xx < width { dst[xx] += row[oy * ow + ox] }
                        }
                    }
                }
            }
        }
    }
}
