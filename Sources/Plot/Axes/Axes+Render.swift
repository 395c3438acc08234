/// Drawing an Axes: background, grid, artists by z-order, spines, ticks, labels, legend.
extension Axes {
    public func render(_ fr: AxesFrame, on canvas: Canvas, dpi: Double, skipFace: Bool = false) {
        let pt = dpi / 72
        let box = fr.box
        if axisOn && facecolor.a > 0 && !isColorbar && !skipFace { canvas.fillRect(box, color: facecolor) }
        if axisOn { drawGrid(fr, canvas, pt) }
        let ctx = RenderContext(canvas: canvas, transform: fr.transform, dpi: dpi, clip: box)
        let ordered = artists.enumerated().sorted { ($0.element.zorder, $0.offset) < ($1.element.zorder, $1.offset) }
        for (_, a) in ordered { a.draw(ctx) }
        if axisOn { drawSpinesAndTicks(fr, canvas, pt) }
        for t in fr.xTickLabels + fr.yTickLabels { canvas.draw(t) }
        for t in [fr.xOffset, fr.yOffset, fr.xLabel, fr.yLabel].compactMap({ $0 }) { canvas.draw(t) }
        for t in fr.titles { canvas.draw(t) }
        if let (lb, o) = fr.legend { lb.draw(on: canvas, at: o) }
    }

    private func drawGrid(_ fr: AxesFrame, _ canvas: Canvas, _ pt: Double) {
        let box = fr.box
        let color = gridColor.fading(gridAlpha)
        let style = gridLineStyle.stroke(width: gridLineWidth, dpi: pt * 72)
        if gridLineStyle == .solid {
            let w = gridLineWidth * pt
            if gridX { for v in fr.xticks.major { canvas.fillRect(Rect(x: snap(fr.transform.px(v)) - w / 2, y: box.minY, width: w, height: box.height), color: color, clip: box) } }
            if gridY { for v in fr.yticks.major { canvas.fillRect(Rect(x: box.minX, y: snap(fr.transform.py(v)) - w / 2, width: box.width, height: w), color: color, clip: box) } }
            return
        }
        var polys: [[Point]] = []
        if gridX {
            for v in fr.xticks.major {
                let x = snap(fr.transform.px(v))
                polys += Stroker.stroke([Point(x, box.minY), Point(x, box.maxY)], style: withButt(style), closed: false)
            }
        }
        if gridY {
            for v in fr.yticks.major {
                let y = snap(fr.transform.py(v))
                polys += Stroker.stroke([Point(box.minX, y), Point(box.maxX, y)], style: withButt(style), closed: false)
            }
        }
        canvas.fill(polys, color: color, clip: box)
    }

    private func withButt(_ s: StrokeStyle) -> StrokeStyle { var t = s; t.cap = .butt; return t }

    private func drawSpinesAndTicks(_ fr: AxesFrame, _ canvas: Canvas, _ pt: Double) {
        let box = fr.box
        let w = Rc.axesLineWidth * pt
        let x0 = snap(box.minX), x1 = snap(box.maxX), y0 = snap(box.minY), y1 = snap(box.maxY)
        // Spines and ticks are axis-aligned rectangles: each is filled analytically
        // (`fillRect`), which is exact and avoids a coverage pass over the whole Axes.
        var polys: [Rect] = []
        // Spines with projecting ends so the corners are closed.
        if spines.left { polys.append(Rect(x: x0 - w / 2, y: y0 - w / 2, width: w, height: y1 - y0 + w)) }
        if spines.right { polys.append(Rect(x: x1 - w / 2, y: y0 - w / 2, width: w, height: y1 - y0 + w)) }
        if spines.top || isColorbar { polys.append(Rect(x: x0 - w / 2, y: y0 - w / 2, width: x1 - x0 + w, height: w)) }
        if spines.bottom { polys.append(Rect(x: x0 - w / 2, y: y1 - w / 2, width: x1 - x0 + w, height: w)) }
        let tw = Rc.majorTickWidth * pt, tl = Rc.majorTickSize * pt
        for v in fr.xticks.major {
            let x = snap(fr.transform.px(v))
            guard x.isFinite else { continue }
            polys.append(Rect(x: x - tw / 2, y: y1, width: tw, height: tl))
        }
        let right = yAxisOnRight || isColorbar
        for v in fr.yticks.major {
            let y = snap(fr.transform.py(v))
            guard y.isFinite else { continue }
            polys.append(Rect(x: right ? x1 : x0 - tl, y: y - tw / 2, width: tl, height: tw))
        }
        let mw = Rc.minorTickWidth * pt, ml = Rc.minorTickSize * pt
        if xaxis.scale == .log && xaxis.showTicks && !isColorbar {
            for v in LogLocator.minorTicks(min(fr.transform.xlim.0, fr.transform.xlim.1), max(fr.transform.xlim.0, fr.transform.xlim.1)) {
                let x = snap(fr.transform.px(v))
                polys.append(Rect(x: x - mw / 2, y: y1, width: mw, height: ml))
            }
        }
        if yaxis.scale == .log && yaxis.showTicks {
            for v in LogLocator.minorTicks(min(fr.transform.ylim.0, fr.transform.ylim.1), max(fr.transform.ylim.0, fr.transform.ylim.1)) {
                let y = snap(fr.transform.py(v))
                polys.append(Rect(x: right ? x1 : x0 - ml, y: y - mw / 2, width: ml, height: mw))
            }
        }
        for r in polys { canvas.fillRect(r, color: .black) }
    }
}
