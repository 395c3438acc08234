import Foundation

/// Maps data coordinates to canvas pixels for one Axes: linear or log10 per axis, the view
/// limits, and the Axes box. Pixel y grows downwards; data y upwards.
public struct AxesTransform: Sendable {
    public var box: Rect
    public var xlim: (Double, Double)
    public var ylim: (Double, Double)
    public var xlog: Bool
    public var ylog: Bool
    /// The figure's pixel rectangle, for figure-fraction coordinates (`fig.transFigure`).
    public var page = Rect(x: 0, y: 0, width: 0, height: 0)

    @inline(__always)
    func tx(_ v: Double) -> Double {
        if xlog { return v > 0 ? log10(v) : .nan }
        return v
    }

    @inline(__always)
    func ty(_ v: Double) -> Double {
        if ylog { return v > 0 ? log10(v) : .nan }
        return v
    }

    /// Pixel x of data x.
    public func px(_ x: Double) -> Double {
        let a = tx(xlim.0), b = tx(xlim.1)
        return box.minX + (tx(x) - a) / (b - a) * box.width
    }

    /// Pixel y of data y.
    public func py(_ y: Double) -> Double {
        let a = ty(ylim.0), b = ty(ylim.1)
        return box.maxY - (ty(y) - a) / (b - a) * box.height
    }

    public func point(_ x: Double, _ y: Double) -> Point { Point(px(x), py(y)) }

    /// Pixel position of axes-fraction coordinates (0,0 bottom-left, 1,1 top-right).
    public func axesPoint(_ fx: Double, _ fy: Double) -> Point {
        Point(box.minX + fx * box.width, box.maxY - fy * box.height)
    }

    /// Pixel position of figure-fraction coordinates (0,0 bottom-left of the figure).
    public func figurePoint(_ fx: Double, _ fy: Double) -> Point {
        Point(page.minX + fx * page.width, page.maxY - fy * page.height)
    }
}

/// Everything an artist needs to draw itself.
public struct RenderContext {
    let canvas: Canvas
    let transform: AxesTransform
    let dpi: Double
    /// The Axes box; data artists are clipped to it.
    let clip: Rect

    /// Points to pixels.
    var pt: Double { dpi / 72 }
}
