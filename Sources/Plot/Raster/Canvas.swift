/// An RGBA8 raster image with **premultiplied** alpha, row-major, top row first.
///
/// Premultiplied storage makes "source over" compositing one multiply-add per channel:
/// `dst = src * coverage + dst * (1 - srcAlpha * coverage)`. `PNGEncoder` converts back to
/// straight alpha when it writes the file (a no-op for the opaque pixels of a normal figure).
///
/// Everything is drawn through one primitive, `fill(_:color:rule:clip:)`: strokes, markers,
/// glyphs and rectangles all become polygons first.
///
/// ```swift
/// let c = try Canvas(width: 640, height: 480, background: .white)
/// c.fill([[Point(10, 10), Point(100, 10), Point(55, 90)]], color: Color.tab10[0])
/// let png = c.pngData()
/// ```
public final class Canvas {
    public let width: Int
    public let height: Int
    /// Premultiplied RGBA bytes, `width * height * 4`.
    public internal(set) var pixels: [UInt8]
    var accumulator = CoverageAccumulator()
    /// True while every pixel is fully opaque: an opaque background stays opaque under
    /// "source over", so the PNG writer can skip un-premultiplying.
    public internal(set) var isOpaque: Bool

    /// The largest canvas accepted (about 400 megapixels would already be 1.6 GB).
    public static let maxPixels = 100_000_000

    /// Creates a canvas filled with `background`.
    /// - Throws: `PlotError.invalidArgument` for non-positive sizes, `.tooLarge` beyond `maxPixels`.
    public init(width: Int, height: Int, background: Color = .white) throws {
        guard width > 0, height > 0 else {
            throw PlotError.invalidArgument("canvas size must be positive, got \(width)x\(height)")
        }
        guard width <= Canvas.maxPixels / height else {
            throw PlotError.tooLarge("canvas of \(width)x\(height) pixels is too large (limit \(Canvas.maxPixels) pixels)")
        }
        self.width = width
        self.height = height
        isOpaque = background.a >= 1
        let a = background.a
        let px: [UInt8] = [UInt8((background.r * a * 255).rounded()), UInt8((background.g * a * 255).rounded()),
                           UInt8((background.b * a * 255).rounded()), UInt8((a * 255).rounded())]
        let count = width * height * 4
        var buf: [UInt8]
        if var reused = Canvas.takeBuffer(count: count) {
            reused.withUnsafeMutableBufferPointer { b in
                if let base = b.baseAddress { base.update(repeating: px[0], count: count) }
            }
            buf = reused
        } else {
            buf = [UInt8](repeating: px[0], count: count)
        }
        if px[0] != px[1] || px[1] != px[2] || px[2] != px[3] {
            buf.withUnsafeMutableBufferPointer { b in
                for i in 0..<(width * height) {
                    b[4 * i] = px[0]; b[4 * i + 1] = px[1]; b[4 * i + 2] = px[2]; b[4 * i + 3] = px[3]
                }
            }
        }
        pixels = buf
    }

    deinit {
        Canvas.giveBack(pixels)
    }

    /// Released pixel buffers of large canvases, reused by the next canvas of the same size:
    /// a notebook renders many figures of one size, and a fresh 1.2 MB allocation costs page
    /// faults that are a tenth of a small figure's render time.
    private static let pool = LockedBox<[[UInt8]]>([])

    private static func takeBuffer(count: Int) -> [UInt8]? {
        pool.withValue { p in
            guard let i = p.firstIndex(where: { $0.count == count }) else { return nil }
            return p.remove(at: i)
        }
    }

    private static func giveBack(_ b: [UInt8]) {
        guard b.count >= 1 << 18 else { return }
        pool.withValue { p in
            p.append(b)
            if p.count > 2 { p.removeFirst() }
        }
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: Double(width), height: Double(height)) }

    /// The straight-alpha colour of one pixel (for tests and inspection).
    public func pixel(x: Int, y: Int) -> Color? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let i = (y * width + x) * 4
        let a = Double(pixels[i + 3]) / 255
        guard a > 0 else { return .clear }
        return Color(r: Double(pixels[i]) / 255 / a, g: Double(pixels[i + 1]) / 255 / a,
                     b: Double(pixels[i + 2]) / 255 / a, a: a)
    }

    /// The pixel rectangle `clip ∩ canvas`, snapped outward to whole pixels, as integers.
    func pixelWindow(_ r: Rect) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        guard r.x.isFinite, r.y.isFinite, r.width.isFinite, r.height.isFinite else { return nil }
        let x0 = r.minX.rounded(.down).clampedInt(0, width)
        let y0 = r.minY.rounded(.down).clampedInt(0, height)
        let x1 = r.maxX.rounded(.up).clampedInt(0, width)
        let y1 = r.maxY.rounded(.up).clampedInt(0, height)
        guard x1 > x0, y1 > y0 else { return nil }
        return (x0, y0, x1, y1)
    }
}
