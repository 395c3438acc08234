import Language
import NN
import Tensor

/// Layers that grow a picture: `ConvTranspose2d` (a learned upsampling) and `Upsample`
/// (nearest or bilinear), with `F.interpolate` and `F.conv_transpose2d` beside them.
extension NNLayers {
    static func installUpsampling(_ m: PyModule) {
        layer(m, "ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)", doc: "A transposed 2-D convolution (the gradient of Conv2d): upsamples an (N, C_in, H, W) input with learned kernels.", extraRepr: { l in
            convolutionRepr(l, options: [("padding", "(0, 0)"), ("output_padding", "(0, 0)"), ("dilation", "(1, 1)")])
        }) { interp, l, b in
            let cin = try int(b, "in_channels", interp), cout = try int(b, "out_channels", interp)
            let groups = try int(b, "groups", interp, default: 1)
            guard groups == 1 else { throw PyError.notImplemented("ConvTranspose2d with groups > 1 is not supported in Cellgrad") }
            if let mode = b["padding_mode"]?.asString, mode != "zeros" {
                throw PyError.value("Only \"zeros\" padding mode is supported for ConvTranspose2d")
            }
            let k = try pair(b["kernel_size"], interp, default: 1)
            set(l, "in_channels", .int(cin)); set(l, "out_channels", .int(cout)); set(l, "groups", .int(groups))
            set(l, "kernel_size", pairValue(k))
            for (name, d) in [("stride", 1), ("padding", 0), ("output_padding", 0), ("dilation", 1)] {
                set(l, name, pairValue(try pair(b[name], interp, default: d)))
            }
            // torch's fan-in of a transposed weight (Cin, Cout, KH, KW) is Cout·KH·KW.
            l.registerParameter("weight", parameter(try Initializers.kaimingUniform([cin, cout, k.0, k.1], a: 5.0.squareRoot())))
            l.registerParameter("bias", try TorchBridge.bool(b["bias"], interp, default: true)
                                ? parameter(try Initializers.fanInBias(cout, fanIn: cout * k.0 * k.1)) : nil)
        } _: { interp, l, b in
            guard let w = l.parameter("weight") else { throw PyError.type("ConvTranspose2d has no weight") }
            func get(_ n: String) throws -> (Int, Int) { try pair(l.attribute(Symbol(n)), interp, default: 0) }
            let g = Conv2DGeometry(stride: try get("stride"), padding: try get("padding"), dilation: try get("dilation"))
            return TorchBridge.wrap(try Convolution.convTranspose2d(try input(b), w.variable, bias: l.parameter("bias")?.variable,
                                                                    geometry: g, outputPadding: try get("output_padding")))
        }
        layer(m, "Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)", doc: "Upsamples an input by scale_factor or to size, by nearest-neighbour or (bi)linear interpolation.", extraRepr: { l in
            var parts: [String] = []
            if let s = l.attribute(Symbol("size")), !s.isNone { parts.append("size=\(Formatter.repr(s))") }
            if let f = l.attribute(Symbol("scale_factor")), !f.isNone { parts.append("scale_factor=\(Formatter.repr(f))") }
            parts.append("mode='\(l.attribute(Symbol("mode"))?.asString ?? "nearest")'")
            return parts.joined(separator: ", ")
        }) { interp, l, b in
            set(l, "size", b["size"] ?? .none)
            var factor = b["scale_factor"] ?? .none
            if case .int(let i) = factor { factor = .float(Double(i)) }
            set(l, "scale_factor", factor)
            set(l, "mode", b["mode"] ?? .str("nearest"))
            set(l, "align_corners", b["align_corners"] ?? .none)
        } _: { interp, l, b in
            try interpolate(interp, try input(b), size: l.attribute(Symbol("size")), scaleFactor: l.attribute(Symbol("scale_factor")),
                            mode: l.attribute(Symbol("mode"))?.asString ?? "nearest", alignCorners: l.attribute(Symbol("align_corners")))
        }
    }

    /// `F.interpolate(x, size=…, scale_factor=…, mode=…, align_corners=…)`.
    static func interpolate(_ interp: Interpreter, _ x: Variable, size: Value?, scaleFactor: Value?, mode: String,
                            alignCorners: Value?) throws -> Value {
        let spatial = x.ndim - 2
        guard spatial >= 1 else { throw PyError.value("Input Error: Only 3D, 4D and 5D input Tensors supported (got \(x.ndim)D)") }
        guard let kind = Interpolation.Mode(rawValue: mode) else {
            throw PyError.notImplemented("interpolate(mode='\(mode)') is not supported in Cellgrad; use 'nearest', 'nearest-exact', 'linear' or 'bilinear'")
        }
        let align = try alignCorners.map { $0.isNone ? false : try interp.isTruthy($0) } ?? false
        if align && (kind == .nearest || kind == .nearestExact) {
            throw PyError.value("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear")
        }
        func perDim(_ v: Value, _ convert: (Value) throws -> Double) throws -> [Double] {
            if case .object(let o) = v, o is PyTuple || o is PyList { return try interp.iterateToArray(v).map(convert) }
            return Array(repeating: try convert(v), count: spatial)
        }
        var sizes: [Int], scales: [Double?]
        if let size, !size.isNone {
            if let f = scaleFactor, !f.isNone { throw PyError.value("only one of size or scale_factor should be defined") }
            sizes = try perDim(size) { Double(try interp.toInt($0)) }.map { Int($0) }
            scales = Array(repeating: nil, count: spatial)
        } else if let f = scaleFactor, !f.isNone {
            let factors = try perDim(f) { try interp.toDouble($0) }
            sizes = zip(x.shape.suffix(spatial), factors).map { Int((Double($0) * $1).rounded(.down)) }
            scales = factors.map { $0 }
        } else {
            throw PyError.value("either size or scale_factor should be defined")
        }
        guard sizes.count == spatial else {
            throw PyError.value("Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of \(Array(x.shape.suffix(spatial))) and output size of \(sizes).")
        }
        return TorchBridge.wrap(try Interpolation.interpolate(x, sizes: sizes, scales: scales, mode: kind, alignCorners: align))
    }
}
