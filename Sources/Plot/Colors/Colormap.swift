/// A colormap: 256 colours that numbers in 0...1 are mapped to (matplotlib's `N = 256`).
///
/// `Colormap.named("viridis")` knows matplotlib's common maps (viridis, plasma, inferno, magma,
/// cividis, gray, hot, RdBu, Blues, Reds, Greens, coolwarm, jet, binary, …) and any of them
/// reversed with `_r`. Values are looked up like matplotlib: `index = floor(t * 256)` clipped to
/// 0...255; NaN maps to the transparent "bad" colour.
public struct Colormap: Sendable {
    public let name: String
    /// 256 straight-alpha RGBA8 entries.
    let lut: [UInt8]

    /// The names `named(_:)` accepts (without `_r`).
    public static var availableNames: [String] { ColormapData.samples.keys.sorted() }

    public static func named(_ name: String) throws -> Colormap {
        var base = name
        var reversed = false
        if name.hasSuffix("_r") { base = String(name.dropLast(2)); reversed = true }
        if base == "grey" { base = "gray" }
        guard let samples = ColormapData.samples[base] else {
            let known = ColormapData.samples.keys.sorted().joined(separator: ", ")
            throw PlotError.invalidArgument("'\(name)' is not a valid value for cmap; supported values are \(known) (and their '_r' reversals)")
        }
        let s = reversed ? Array(samples.reversed()) : samples
        return Colormap(name: name, samples: s)
    }

    public static let viridis: Colormap = (try? named("viridis")) ?? Colormap(name: "gray", samples: [0x000000, 0xffffff])

    init(name: String, samples: [UInt32]) {
        self.name = name
        var lut = [UInt8](repeating: 255, count: 256 * 4)
        let n = max(2, samples.count)
        for i in 0..<256 {
            let t = Double(i) / 255 * Double(n - 1)
            let i0 = min(n - 2, Int(t)), f = t - Double(i0)
            let a = samples.count > i0 ? samples[i0] : 0, b = samples.count > i0 + 1 ? samples[i0 + 1] : a
            for (k, sh) in [16, 8, 0].enumerated() {
                let ca = Double((a >> UInt32(sh)) & 0xff), cb = Double((b >> UInt32(sh)) & 0xff)
                lut[i * 4 + k] = UInt8(max(0, min(255, (ca + (cb - ca) * f).rounded())))
            }
        }
        self.lut = lut
    }

    @inline(__always)
    func index(_ t: Double) -> Int {
        (t * 256).clampedInt(0, 255)
    }

    /// The colour for a normalised value `t` (0...1, clipped); transparent for NaN.
    public func color(_ t: Double) -> Color {
        if t.isNaN { return .clear }
        let i = index(t) * 4
        return Color(r: Double(lut[i]) / 255, g: Double(lut[i + 1]) / 255, b: Double(lut[i + 2]) / 255)
    }
}
