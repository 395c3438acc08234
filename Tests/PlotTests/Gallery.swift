import Foundation
import Plot

/// One figure per plot kind, used by the reference-image tests. `gallery_matplotlib.py` draws the
/// same figures with matplotlib for side-by-side inspection.
enum Gallery {
    /// Deterministic pseudo-random numbers in 0..<1 (same formula in the Python script).
    static func uniform(_ n: Int, seed: Double) -> [Double] {
        (0..<n).map { i in
            let v = sin((Double(i) + seed) * 12.9898) * 43758.5453
            return v - v.rounded(.down)
        }
    }

    /// Roughly normal numbers: the sum of four uniforms, centred and scaled.
    static func normal(_ n: Int, seed: Double, mean: Double = 0, std: Double = 1) -> [Double] {
        let us = (0..<4).map { uniform(n, seed: seed + Double($0) * 1000) }
        return (0..<n).map { i in mean + std * (us[0][i] + us[1][i] + us[2][i] + us[3][i] - 2) * (3.0).squareRoot() }
    }

    static let names = ["loss", "formats", "markers", "scatter", "bar", "hist", "imshow", "imshow_rgb", "contour",
                        "fill_errorbar", "pie", "subplots", "logscale", "annotate", "chinese", "twinx", "offset", "rotated", "image_grid"]

    static func figure(_ name: String) throws -> Figure {
        let fig = try Figure()
        switch name {
        case "loss":
            let e = (1...20).map(Double.init)
            let ax = try fig.addSubplot()
            try ax.plot(x: e, y: e.map { 2.3 * exp(-$0 / 6) + 0.1 }, options: LineOptions(label: "train loss"))
            try ax.plot(x: e, y: e.map { 2.3 * exp(-$0 / 7) + 0.25 + 0.01 * $0 }, options: LineOptions(label: "val loss"))
            ax.setTitle("Training and validation loss"); ax.setXLabel("epoch"); ax.setYLabel("loss"); ax.legend()
        case "formats":
            let ax = try fig.addSubplot()
            let x = (0..<10).map(Double.init)
            for (i, f) in ["b", "r--", "o-", "g^", "k:", "C1-."].enumerated() {
                try ax.plot(x: x, y: x.map { sin($0 / 2 + Double(i)) + Double(i) }, format: f, options: LineOptions(label: f))
            }
            ax.legend(loc: .upperLeft, ncols: 2)
            ax.setTitle("format strings")
        case "markers":
            let ax = try fig.addSubplot()
            for (i, m) in Marker.allCases.enumerated() {
                try ax.plot(x: [Double(i % 6)], y: [Double(i / 6)], options: LineOptions(marker: m, markerSize: 14))
                try ax.text(x: Double(i % 6), y: Double(i / 6) + 0.3, m.rawValue, style: TextStyle(ha: .center))
            }
            try ax.setYLim(-0.5, 3); try ax.setXLim(-0.5, 5.5)
        case "scatter":
            let ax = try fig.addSubplot()
            let x = normal(200, seed: 1), y = normal(200, seed: 2)
            let c = zip(x, y).map { $0 * $1 }
            let sc = try ax.scatter(x: x, y: y, sizes: uniform(200, seed: 3).map { 20 + 80 * $0 },
                                    colors: .mapped(c, cmap: "viridis"), alpha: 0.7)
            try fig.colorbar(for: sc, in: ax)
            ax.setTitle("scatter"); ax.setXLabel("x"); ax.setYLabel("y")
        case "bar":
            let axes = try fig.subplots(nrows: 1, ncols: 2)
            try axes[0][0].bar(x: [0, 1, 2, 3], height: [3, 7, 2, 5], label: "2024")
            try axes[0][0].bar(x: [0, 1, 2, 3], height: [1, 2, 1, 2], bottom: [3, 7, 2, 5], label: "2025")
            axes[0][0].legend(); axes[0][0].setTitle("bar")
            try axes[0][0].setXTicks([0, 1, 2, 3], labels: ["cat", "dog", "bird", "fish"])
            try axes[0][1].barh(y: [0, 1, 2], width: [0.5, 0.8, 0.3], colors: [try Color.parse("tab:green")])
            axes[0][1].setTitle("barh")
            fig.tightLayout()
        case "hist":
            let ax = try fig.addSubplot()
            try ax.hist(normal(1000, seed: 4), bins: .count(30), alpha: 0.5, label: "a")
            try ax.hist(normal(1000, seed: 5, mean: 1, std: 0.7), bins: .count(30), alpha: 0.5, label: "b")
            try ax.hist(normal(1000, seed: 6, mean: -1), bins: .count(20), histType: .step, label: "step")
            ax.legend(); ax.setTitle("hist")
        case "imshow":
            let ax = try fig.addSubplot()
            let n = 40
            var z: [Double] = []
            for r in 0..<n { for c in 0..<n { z.append(sin(Double(c) / 5) * cos(Double(r) / 7)) } }
            let im = try ax.imshow(values: z, rows: n, cols: n, cmap: "viridis")
            try fig.colorbar(for: im, in: ax)
            ax.setTitle("imshow")
        case "imshow_rgb":
            let axes = try fig.subplots(nrows: 1, ncols: 2)
            let rgb: [Double] = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0.5, 0.5, 0.5, 1, 1, 1]
            try axes[0][0].imshow(rgb: rgb, rows: 3, cols: 3, channels: 3)
            axes[0][0].setTitle("RGB, nearest")
            try axes[0][1].imshow(values: (0..<12).map(Double.init), rows: 3, cols: 4, cmap: "gray", origin: .lower)
            axes[0][1].setTitle("gray, origin lower")
        case "contour":
            let ax = try fig.addSubplot()
            let n = 50
            let xs = (0..<n).map { -3 + 6 * Double($0) / Double(n - 1) }
            var z: [Double] = []
            for y in xs { for x in xs { z.append(exp(-(x * x + y * y) / 2) - 0.7 * exp(-((x - 1.5) * (x - 1.5) + (y - 1) * (y - 1)))) } }
            let cf = try ax.contourf(x: xs, y: xs, z: z, rows: n, cols: n, cmap: "RdBu_r")
            try ax.contour(x: xs, y: xs, z: z, rows: n, cols: n, colors: [.black], lineWidth: 0.8)
            try fig.colorbar(for: cf, in: ax)
            ax.setTitle("contourf + contour")
        case "fill_errorbar":
            let ax = try fig.addSubplot()
            let x = (0..<30).map { Double($0) / 3 }
            let y = x.map { sin($0) }
            try ax.fillBetween(x: x, y1: y.map { $0 - 0.3 }, y2: y.map { $0 + 0.3 }, alpha: 0.3, label: "band")
            try ax.plot(x: x, y: y, options: LineOptions(label: "sin"))
            try ax.errorbar(x: [1, 3, 5, 7, 9], y: [0.5, -0.2, -0.8, 0.7, 0.3], yerr: ErrorBars([0.2]), format: "o", capsize: 3, options: LineOptions(label: "data"))
            try ax.axhline(y: 0, options: LineOptions(color: .black, lineWidth: 0.8, lineStyle: .dashed))
            try ax.axvline(x: 5, options: LineOptions(color: try Color.parse("red"), lineStyle: .dotted))
            ax.grid(); ax.legend(loc: .lowerLeft); ax.setTitle("fill_between, errorbar, axhline, grid")
        case "pie":
            let ax = try fig.addSubplot()
            try ax.pie([35, 25, 25, 15], labels: ["A", "B", "C", "D"], autopct: "%1.1f%%", startAngle: 90)
            ax.setTitle("pie")
        case "subplots":
            let axes = try fig.subplots(nrows: 2, ncols: 2)
            for r in 0..<2 { for c in 0..<2 {
                let ax = axes[r][c]
                let k = Double(r * 2 + c + 1)
                try ax.plot(x: (0..<50).map { Double($0) / 5 }, y: (0..<50).map { sin(Double($0) / 5 * k) })
                ax.setTitle("sin(\(Int(k))x)"); ax.setXLabel("x"); ax.setYLabel("y")
            } }
            fig.setSuptitle("2x2 subplots with tight_layout")
            fig.tightLayout()
        case "logscale":
            let ax = try fig.addSubplot()
            let x = (1...50).map(Double.init)
            try ax.plot(x: x, y: x.map { pow($0, 2.5) }, options: LineOptions(label: "x^2.5"))
            try ax.plot(x: x, y: x.map { exp($0 / 5) }, options: LineOptions(label: "exp(x/5)"))
            ax.setYScale(.log); ax.legend(); ax.setTitle("log scale"); ax.grid()
        case "annotate":
            let ax = try fig.addSubplot()
            let x = (0..<100).map { Double($0) / 10 }
            try ax.plot(x: x, y: x.map { sin($0) })
            try ax.annotate("local max", xy: Point(Double.pi / 2, 1), text: .at(Point(3, 1.3), .data), arrow: Arrow(style: .filled, shrink: 0.05))
            try ax.annotate("min", xy: Point(3 * Double.pi / 2, -1), text: .at(Point(6.5, -0.6), .data), arrow: Arrow(style: .open))
            let t = try ax.text(x: 0.05, y: 0.05, "axes text", style: TextStyle(size: 12), coordinates: .axesFraction)
            t.box = TextArtist.TextBox(rounded: true, face: try Color.parse("wheat").withAlpha(0.5), edge: Color.black.withAlpha(0.5))  // bbox alpha applies to face and edge
            try ax.setYLim(-1.5, 1.8)
            ax.setTitle("$\\alpha$ annotate and text, $x^2$")
        case "chinese":
            let ax = try fig.addSubplot()
            let e = (1...10).map(Double.init)
            try ax.plot(x: e, y: e.map { 1 / $0 }, format: "o-", options: LineOptions(label: "训练损失"))
            ax.setTitle("训练损失"); ax.setXLabel("轮次 (epoch)"); ax.setYLabel("损失"); ax.legend()
        case "twinx":
            let ax = try fig.addSubplot()
            let e = (1...20).map(Double.init)
            try ax.plot(x: e, y: e.map { 2 * exp(-$0 / 5) }, options: LineOptions(color: try Color.parse("tab:blue")))
            ax.setYLabel("loss"); ax.setXLabel("epoch")
            let t = fig.twinx(ax)
            try t.plot(x: e, y: e.map { 1 - 0.5 * exp(-$0 / 4) }, options: LineOptions(color: try Color.parse("tab:red")))
            t.setYLabel("accuracy")
            ax.setTitle("twinx")
        case "offset":
            let axes = try fig.subplots(nrows: 1, ncols: 2)
            try axes[0][0].plot(x: [0, 1, 2, 3], y: [1e6, 3e6, 2e6, 4e6])
            try axes[0][1].plot(x: [100000, 100005, 100010], y: [1e-6, 3e-6, 2e-6])
            fig.tightLayout()
        case "rotated":
            let ax = try fig.addSubplot()
            try ax.bar(x: [0, 1, 2, 3, 4], height: [5, 3, 6, 2, 4])
            try ax.setXTicks([0, 1, 2, 3, 4], labels: ["January", "February", "March", "April", "May"])
            ax.xaxis.tickLabelRotation = 45
            ax.setTitle("rotated tick labels"); ax.setYLabel("count")
            fig.tightLayout()
        case "image_grid":
            // The classic "show some MNIST digits" cell: a grid of small gray images, axis off.
            let axes = try fig.subplots(nrows: 2, ncols: 5)
            for k in 0..<10 {
                let ax = axes[k / 5][k % 5]
                var img = [Double](repeating: 0, count: 28 * 28)
                for r in 0..<28 { for c in 0..<28 {
                    let dx = Double(c) - 13.5, dy = Double(r) - 13.5
                    let ring = abs((dx * dx / Double(20 + k * 4) + dy * dy / 60).squareRoot() - 1)
                    img[r * 28 + c] = max(0, 1 - ring * 4) * (Double(k) + 1) / 10 * 255
                } }
                try ax.imshow(values: img, rows: 28, cols: 28, cmap: "gray")
                try ax.axis("off")
                ax.setTitle("label \(k)")
            }
            fig.tightLayout()
        default:
            throw PlotError.invalidArgument("unknown gallery figure \(name)")
        }
        return fig
    }
}
