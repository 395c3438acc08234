/// A raster image in data space: what `imshow` draws.
///
/// When the image has no more pixels than the screen area, every screen pixel shows the nearest
/// source pixel (matplotlib's `interpolation='nearest'`); scalar data is colour-mapped once and
/// cached. When it has more (a 1000x1000 array in a 370-pixel Axes), blocks of values are
/// averaged first — in data space for scalar images, so only the screen-sized result is
/// colour-mapped — which avoids the aliasing stripes that picking one value in seven shows.
/// `extent` is (left, right, bottom, top) in data coordinates; by default pixel centres sit on
/// integers, `(-0.5, w-0.5, h-0.5, -0.5)` for `origin='upper'`.
public final class ImageArtist: Artist {
    public let width: Int
    public let height: Int
    private var rgbaStorage: [UInt8]?
    private let scalars: [Double]?
    public var extent: (left: Double, right: Double, bottom: Double, top: Double)
    public var originLower: Bool
    public var alpha: Double
    public var label: String = ""
    public var zorder: Double = 0
    public var colormap: Colormap?
    public var norm: Normalize?

    public init(width: Int, height: Int, rgba: [UInt8], extent: (Double, Double, Double, Double), originLower: Bool, alpha: Double) {
        self.width = width; self.height = height; rgbaStorage = rgba; scalars = nil
        self.extent = (extent.0, extent.1, extent.2, extent.3)
        self.originLower = originLower; self.alpha = alpha
    }

    /// A scalar image, colour-mapped with `colormap` and `norm` when drawn.
    init(width: Int, height: Int, values: [Double], colormap: Colormap, norm: Normalize,
         extent: (Double, Double, Double, Double), originLower: Bool, alpha: Double) {
        self.width = width; self.height = height; rgbaStorage = nil; scalars = values
        self.colormap = colormap; self.norm = norm
        self.extent = (extent.0, extent.1, extent.2, extent.3)
        self.originLower = originLower; self.alpha = alpha
    }

    /// Full-resolution straight RGBA8 pixels (colour-mapped on first use for scalar images).
    var rgba: [UInt8] {
        if let r = rgbaStorage { return r }
        let r = ImageArtist.colorize(scalars ?? [], colormap: colormap ?? .viridis, norm: norm ?? Normalize(vmin: 0, vmax: 1))
        rgbaStorage = r
        return r
    }

    /// RGBA8 for at most `tw x th` pixels: the full image, or block averages when it is larger.
    func pixels(maxWidth tw: Int, maxHeight th: Int) -> (bytes: [UInt8], width: Int, height: Int) {
        guard tw < width || th < height else { return (rgba, width, height) }
        let w = min(tw, width), h = min(th, height)
        if let v = scalars {
            let avg = ImageArtist.average(v, width: width, height: height, toWidth: w, toHeight: h)
            return (ImageArtist.colorize(avg, colormap: colormap ?? .viridis, norm: norm ?? Normalize(vmin: 0, vmax: 1)), w, h)
        }
        return (ImageResampler.boxDownsample(rgba, width: width, height: height, toWidth: w, toHeight: h), w, h)
    }

    /// Colour-maps values through the 256-entry table; NaN stays transparent.
    static func colorize(_ values: [Double], colormap cmap: Colormap, norm: Normalize) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: values.count * 4)
        let d = norm.vmax - norm.vmin
        let inv = d != 0 && d.isFinite ? 1 / d : 0
        let lo = norm.vmin
        cmap.lut.withUnsafeBufferPointer { lut in
            out.withUnsafeMutableBufferPointer { o in
                values.withUnsafeBufferPointer { v in
                    for i in 0..<v.count {
                        let x = v[i]
                        if x.isNaN { continue }
                        let k = ((x - lo) * inv * 256).clampedInt(0, 255) * 4
                        o[4 * i] = lut[k]; o[4 * i + 1] = lut[k + 1]; o[4 * i + 2] = lut[k + 2]; o[4 * i + 3] = 255
                    }
                }
            }
        }
        return out
    }

    /// Block means of a `width x height` grid into `tw x th` cells (NaN values are skipped; a
    /// cell of only NaN stays NaN).
    static func average(_ v: [Double], width: Int, height: Int, toWidth tw: Int, toHeight th: Int) -> [Double] {
        var sum = [Double](repeating: 0, count: tw * th)
        var cnt = [Int32](repeating: 0, count: tw * th)
        let colMap = (0..<width).map { min(tw - 1, $0 * tw / width) }
        v.withUnsafeBufferPointer { src in
            colMap.withUnsafeBufferPointer { cm in
                sum.withUnsafeMutableBufferPointer { s in
                    cnt.withUnsafeMutableBufferPointer { n in
                        for r in 0..<height {
                            let base = min(th - 1, r * th / height) * tw
                            let row = r * width
                            for c in 0..<width {
                                let x = src[row + c]
                                if x.isNaN { continue }
                                let t = base + cm[c]
                                s[t] += x; n[t] += 1
                            }
                        }
                    }
                }
            }
        }
        return (0..<(tw * th)).map { cnt[$0] > 0 ? sum[$0] / Double(cnt[$0]) : .nan }
    }

    public func dataBounds() -> DataBounds? {
        var b = DataBounds()
        b.add(x: extent.left, y: extent.bottom); b.add(x: extent.right, y: extent.top)
        b.stickyX = [extent.left, extent.right]; b.stickyY = [extent.bottom, extent.top]
        return b
    }

    public func draw(_ ctx: RenderContext) {
        let t = ctx.transform
        let x0 = t.px(extent.left), x1 = t.px(extent.right)
        let yb = t.py(extent.bottom), yt = t.py(extent.top)
        guard x0.isFinite, x1.isFinite, yb.isFinite, yt.isFinite else { return }
        // Row 0 of the array is at `top` for origin upper, at `bottom` for origin lower.
        let firstRowAtTopOfScreen = originLower ? (yb < yt) : (yt < yb)
        let flipX = x1 < x0
        let dest = Rect(corners: Point(x0, yb), Point(x1, yt))
        let tw = dest.width.rounded().clampedInt(1, 100_000), th = dest.height.rounded().clampedInt(1, 100_000)
        let (src, w, h) = pixels(maxWidth: tw, maxHeight: th)
        var data = src
        if flipX {
            for r in 0..<h { for c in 0..<(w / 2) {
                let a = (r * w + c) * 4, b = (r * w + (w - 1 - c)) * 4
                for k in 0..<4 { data.swapAt(a + k, b + k) }
            } }
        }
        try? ctx.canvas.drawImage(data, width: w, height: h, in: dest, flipY: !firstRowAtTopOfScreen,
                                  alpha: alpha, clip: ctx.clip)
    }
}
