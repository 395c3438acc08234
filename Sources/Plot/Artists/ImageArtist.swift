/// A raster image in data space: what `imshow` draws.
///
/// Scalar data is colour-mapped once, when the artist is made, into straight RGBA8; drawing
/// then samples the nearest source pixel for every screen pixel (matplotlib's
/// `interpolation='nearest'`). `extent` is (left, right, bottom, top) in data coordinates; by
/// default pixel centres sit on integers, `(-0.5, w-0.5, h-0.5, -0.5)` for `origin='upper'`.
public final class ImageArtist: Artist {
    public let width: Int
    public let height: Int
    let rgba: [UInt8]
    public var extent: (left: Double, right: Double, bottom: Double, top: Double)
    public var originLower: Bool
    public var alpha: Double
    public var label: String = ""
    public var zorder: Double = 0
    public var colormap: Colormap?
    public var norm: Normalize?

    public init(width: Int, height: Int, rgba: [UInt8], extent: (Double, Double, Double, Double), originLower: Bool, alpha: Double) {
        self.width = width; self.height = height; self.rgba = rgba
        self.extent = (extent.0, extent.1, extent.2, extent.3)
        self.originLower = originLower; self.alpha = alpha
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
        var data = rgba
        if flipX {
            data = [UInt8](repeating: 0, count: rgba.count)
            for r in 0..<height { for c in 0..<width {
                let s = (r * width + c) * 4, d = (r * width + (width - 1 - c)) * 4
                data[d] = rgba[s]; data[d + 1] = rgba[s + 1]; data[d + 2] = rgba[s + 2]; data[d + 3] = rgba[s + 3]
            } }
        }
        let dest = Rect(corners: Point(x0, yb), Point(x1, yt))
        try? ctx.canvas.drawImage(data, width: width, height: height, in: dest, flipY: !firstRowAtTopOfScreen,
                                  alpha: alpha, clip: ctx.clip)
    }
}
