import XCTest
@testable import Tensor

/// conv2d (im2col + GEMM) forward and backward, conv1d and pooling against naive loops.
final class ConvTests: XCTestCase {
    /// Direct 7-loop convolution: the slow twin.
    func naiveConv(_ x: [Double], _ xs: [Int], _ w: [Double], _ ws: [Int], _ g: Conv2DGeometry) -> ([Double], [Int]) {
        let (n, c, h, wd) = (xs[0], xs[1], xs[2], xs[3]), (o, cg, kh, kw) = (ws[0], ws[1], ws[2], ws[3])
        let oh = (h + 2 * g.padding.0 - g.dilation.0 * (kh - 1) - 1) / g.stride.0 + 1
        let ow = (wd + 2 * g.padding.1 - g.dilation.1 * (kw - 1) - 1) / g.stride.1 + 1
        let og = o / g.groups
        var y = [Double](repeating: 0, count: n * o * oh * ow)
        for b in 0..<n { for oc in 0..<o { for oy in 0..<oh { for ox in 0..<ow {
            var s = 0.0
            let grp = oc / og
            for ci in 0..<cg { for i in 0..<kh { for j in 0..<kw {
                let yy = oy * g.stride.0 - g.padding.0 + i * g.dilation.0
                let xx = ox * g.stride.1 - g.padding.1 + j * g.dilation.1
                if yy < 0 || yy >= h || xx < 0 || xx >= wd { continue }
                s += x[((b * c + grp * cg + ci) * h + yy) * wd + xx] * w[((oc * cg + ci) * kh + i) * kw + j]
            } } }
            y[((b * o + oc) * oh + oy) * ow + ox] = s
        } } } }
        return (y, [n, o, oh, ow])
    }

    let geometries = [Conv2DGeometry(), Conv2DGeometry(stride: (2, 1), padding: (1, 2)),
                      Conv2DGeometry(stride: (1, 2), padding: (2, 1), dilation: (2, 1)), Conv2DGeometry(padding: (1, 1), groups: 2)]

    func testForwardMatchesNaive() throws {
        var rs = try RandomState(seed: 21)
        for g in geometries {
            let x = try rs.standardNormal([2, 4, 7, 6]), w = try rs.standardNormal([6, 4 / g.groups, 3, 2])
            let bias = try rs.standardNormal([6])
            let y = try Conv2D.forward(x, w, bias: bias, g)
            var (want, shape) = naiveConv(x.doubles, x.shape, w.doubles, w.shape, g)
            let per = shape[2] * shape[3]
            for i in 0..<want.count { want[i] += bias.doubles[(i / per) % 6] }
            assertClose(y, try NDArray(want, shape: shape), rtol: 1e-10, atol: 1e-10, "conv2d \(g.stride) \(g.padding)")
        }
    }

    func testChunkedColumnsMatchNaive() throws {
        // 8 * 5 * 5 * 112 * 112 > Conv2D.chunkElements / 2: one image per chunk
        var rs = try RandomState(seed: 24)
        let x = try rs.standardNormal([3, 8, 116, 116]).astype(.float32), w = try rs.standardNormal([1, 8, 5, 5]).astype(.float32)
        let y = try Conv2D.forward(x, w)
        let (want, shape) = naiveConv(x.doubles, x.shape, w.doubles, w.shape, Conv2DGeometry())
        assertClose(try y.astype(.float64), try NDArray(want, shape: shape), rtol: 1e-4, atol: 1e-4, "chunked conv2d")
    }

    func testBackwardIsTheAdjointOfForward() throws {
        // <conv(x, w), dy> == <x, dX(dy)> == <w, dW(dy)>: the backward kernels are the exact adjoints
        var rs = try RandomState(seed: 22)
        for g in geometries {
            let x = try rs.standardNormal([2, 4, 7, 6]), w = try rs.standardNormal([6, 4 / g.groups, 3, 2])
            let y = try Conv2D.forward(x, w, g)
            let dy = try rs.standardNormal(y.shape)
            let dx = try Conv2D.backwardInput(dy, w, inputShape: x.shape, g)
            let dw = try Conv2D.backwardWeight(dy, x, weightShape: w.shape, g)
            let lhs = try (y * dy).sum().doubles[0]
            XCTAssertEqual(try (x * dx).sum().doubles[0], lhs, accuracy: 1e-9 * Swift.max(1, Swift.abs(lhs)))
            XCTAssertEqual(try (w * dw).sum().doubles[0], lhs, accuracy: 1e-9 * Swift.max(1, Swift.abs(lhs)))
            // and against a finite difference in one weight
            let eps = 1e-6
            let w2 = try w.copy()
            let old = try w2.item(3).asDouble
            try w2.reshape([-1]).setItem([.int(3)], .pythonScalar(old + eps))
            let fd = (try (Conv2D.forward(x, w2, g) * dy).sum().doubles[0] - lhs) / eps
            XCTAssertEqual(fd, try dw.item(3).asDouble, accuracy: 1e-4)
        }
    }

    func testFloat32AndConv1d() throws {
        var rs = try RandomState(seed: 23)
        let x = try rs.standardNormal([2, 3, 11]), w = try rs.standardNormal([4, 3, 3])
        let y = try Conv2D.conv1d(x.astype(.float32), w.astype(.float32), stride: 2, padding: 1)
        XCTAssertEqual(y.dtype, .float32)
        let (want, shape) = naiveConv(x.doubles, [2, 3, 1, 11], w.doubles, [4, 3, 1, 3], Conv2DGeometry(stride: (1, 2), padding: (0, 1)))
        assertClose(try y.astype(.float64), try NDArray(want, shape: [shape[0], shape[1], shape[3]]), rtol: 1e-4, atol: 1e-5, "conv1d")
    }

    func testPooling() throws {
        let x = try NDArray([1.0, 5, 2, 0, 3, 4, 9, 9, 0, 1, 2, 8, 7, 6, 5, 4], shape: [1, 1, 4, 4])
        let (m, idx) = try Pool2D.maxForward(x, kernel: (2, 2))
        XCTAssertEqual(m.doubles, [5, 9, 7, 8])
        XCTAssertEqual(idx.doubles, [1, 6, 12, 11])
        let back = try Pool2D.maxBackward(NDArray([1.0, 2, 3, 4], shape: [1, 1, 2, 2]), indices: idx, inputShape: x.shape)
        XCTAssertEqual(back.doubles, [0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 3, 0, 0, 0])
        let avg = try Pool2D.avgForward(x, kernel: (2, 2))
        XCTAssertEqual(avg.doubles, [3.25, 5, 3.5, 4.75])
        let ab = try Pool2D.avgBackward(NDArray([4.0, 4, 4, 4], shape: [1, 1, 2, 2]), inputShape: x.shape, kernel: (2, 2))
        XCTAssertEqual(Set(ab.doubles), [1])
        let padded = try Pool2D.maxForward(x, kernel: (3, 3), stride: (2, 2), padding: (1, 1))
        XCTAssertEqual(padded.output.shape, [1, 1, 2, 2])
        XCTAssertEqual(padded.output.doubles, [5, 9, 7, 9])
    }
}
