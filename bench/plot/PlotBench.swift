// PlotBench: times the two benchmark figures of bench/plot/bench_plot.py in our library.
//
//   swift build -c release --product PlotBench
//   .build/release/PlotBench [repeats] [outdir]
//
// Prints one line per case: "<name> <median wall ms> <median CPU ms> <min CPU ms> <png bytes>". Each timed iteration
// builds the Figure from plain arrays and renders it to PNG bytes in memory.
import Foundation
import Plot

func lossFigure() throws -> [UInt8] {
    let epochs = (1...20).map(Double.init)
    let train = epochs.map { 2.3 * exp(-$0 / 6) + 0.1 }
    let val = epochs.map { 2.3 * exp(-$0 / 7) + 0.25 + 0.01 * $0 }
    let fig = try Figure(width: 6.4, height: 4.8, dpi: 100)
    let ax = try fig.addSubplot()
    try ax.plot(x: epochs, y: train, options: LineOptions(label: "train"))
    try ax.plot(x: epochs, y: val, options: LineOptions(label: "val"))
    ax.setTitle("Loss"); ax.setXLabel("epoch"); ax.setYLabel("loss"); ax.legend()
    return try fig.renderPNG()
}

enum Gallery0 {
    static func loss() throws -> Figure {
        let epochs = (1...20).map(Double.init)
        let fig = try Figure()
        let ax = try fig.addSubplot()
        try ax.plot(x: epochs, y: epochs.map { 2.3 * exp(-$0 / 6) + 0.1 }, options: LineOptions(label: "train"))
        try ax.plot(x: epochs, y: epochs.map { 2.3 * exp(-$0 / 7) + 0.25 + 0.01 * $0 }, options: LineOptions(label: "val"))
        ax.setTitle("Loss"); ax.setXLabel("epoch"); ax.setYLabel("loss"); ax.legend()
        return fig
    }
}

let n = 1000
let image: [Double] = (0..<(n * n)).map { i in
    let r = Double(i / n), c = Double(i % n)
    return sin(r / 37) * cos(c / 23) + 0.001 * Double((i * 7919) % 1000)
}

func imshowFigure() throws -> [UInt8] {
    let fig = try Figure(width: 6.4, height: 4.8, dpi: 100)
    let ax = try fig.addSubplot()
    try ax.imshow(values: image, rows: n, cols: n)
    return try fig.renderPNG()
}

/// CPU time of this thread in milliseconds: robust when the machine is shared.
func cpuMs() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}

func time(_ name: String, repeats: Int, outdir: String?, _ body: () throws -> [UInt8]) rethrows {
    var wall: [Double] = []
    var cpu: [Double] = []
    var last: [UInt8] = []
    _ = try body()  // warm-up: font loading and glyph cache
    for _ in 0..<repeats {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let c0 = cpuMs()
        last = try body()
        cpu.append(cpuMs() - c0)
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    wall.sort(); cpu.sort()
    print(String(format: "%@ %.3f %.3f %.3f %d", name, wall[wall.count / 2], cpu[cpu.count / 2], cpu[0], last.count))
    if let outdir { try? Data(last).write(to: URL(fileURLWithPath: outdir).appendingPathComponent("ours_\(name).png")) }
}

if ProcessInfo.processInfo.environment["PLOT_PROFILE"] != nil {
    // Where the time of the loss figure goes (CPU ms, best of 10).
    var best: [String: Double] = [:]
    func note(_ k: String, _ v: Double) { best[k] = min(best[k] ?? .infinity, v) }
    for _ in 0..<10 {
        let epochs = (1...20).map(Double.init)
        var c0 = cpuMs()
        let fig = try Figure()
        let ax = try fig.addSubplot()
        try ax.plot(x: epochs, y: epochs.map { 1 / $0 }, options: LineOptions(label: "train"))
        try ax.plot(x: epochs, y: epochs.map { 2 / $0 }, options: LineOptions(label: "val"))
        ax.setTitle("Loss"); ax.setXLabel("epoch"); ax.setYLabel("loss"); ax.legend()
        note("build", cpuMs() - c0)
        c0 = cpuMs(); let frs = fig.layoutFrames(); note("layout", cpuMs() - c0)
        c0 = cpuMs(); let canvas = try Canvas(width: 640, height: 480); note("canvas", cpuMs() - c0)
        c0 = cpuMs(); ax.render(frs[0], on: canvas, dpi: 100); note("render axes", cpuMs() - c0)
        c0 = cpuMs(); _ = try canvas.pngData(); note("png", cpuMs() - c0)
        c0 = cpuMs(); _ = try PNGEncoder.encode(rgba: canvas.pixels, width: 640, height: 480, filters: [.up]); note("png up only", cpuMs() - c0)
        c0 = cpuMs(); _ = try Zlib.deflate(canvas.pixels, level: 6, strategy: .rle); note("deflate raw rle", cpuMs() - c0)
        for (lvl, st) in [(1, Zlib.Strategy.default), (1, .rle), (6, .rle), (2, .default), (6, .default)] {
            c0 = cpuMs(); let b = try PNGEncoder.encode(rgba: canvas.pixels, width: 640, height: 480, level: lvl, strategy: st); note("png RGBA L\(lvl) \(st) \(b.count)", cpuMs() - c0)
            c0 = cpuMs(); let c = try PNGEncoder.encode(rgba: canvas.pixels, width: 640, height: 480, level: lvl, strategy: st, opaque: true); note("png RGB L\(lvl) \(st) \(c.count)", cpuMs() - c0)
        }
        c0 = cpuMs(); canvas.fillRect(Rect(x: 80, y: 57, width: 496, height: 370), color: .white); note("fillRect axes", cpuMs() - c0)
        c0 = cpuMs(); canvas.drawText("Training and validation", at: Point(100, 100), style: TextStyle(size: 12)); note("text", cpuMs() - c0)
        c0 = cpuMs(); _ = PlacedText("Training and validation", at: Point(100, 100), style: TextStyle(size: 12), dpi: 100); note("text layout", cpuMs() - c0)
    }
    for (k, v) in best.sorted(by: { $0.key < $1.key }) { print(k, String(format: "%.3f", v)) }
}
if ProcessInfo.processInfo.environment["PLOT_STRESS"] != nil {
    // Larger inputs: 10k scatter points, a 100k-point line, a 200x200 contourf.
    func ms(_ f: () throws -> Void) rethrows -> Double { let c0 = cpuMs(); try f(); return cpuMs() - c0 }
    let xs = (0..<10_000).map { sin(Double($0) * 12.9898) }, ys = (0..<10_000).map { cos(Double($0) * 78.233) }
    print("scatter 10k", try ms { let f = try Figure(); try f.addSubplot().scatter(x: xs, y: ys, alpha: 0.5); _ = try f.renderPNG() })
    let lx = (0..<100_000).map { Double($0) / 1000 }
    print("line 100k", try ms { let f = try Figure(); try f.addSubplot().plot(x: lx, y: lx.map { sin($0 * 3) }); _ = try f.renderPNG() })
    let g = 200
    let z = (0..<(g * g)).map { i in sin(Double(i % g) / 20) * cos(Double(i / g) / 30) }
    print("contourf 200x200", try ms { let f = try Figure(); let ax = try f.addSubplot(); try ax.contourf(z: z, rows: g, cols: g); try ax.contour(z: z, rows: g, cols: g); _ = try f.renderPNG() })
    do {
        let f = try Figure(); let ax = try f.addSubplot()
        try ax.plot(y: [1, 3, 2], options: LineOptions(label: "a rather long legend label"))
        ax.legend(loc: .upperLeft, anchor: .point(Point(1.02, 1)))
        try Data(f.renderPNG(tight: true)).write(to: URL(fileURLWithPath: "/tmp/ours_outside.png"))
    }
    do {
        let f = try Figure(); let ax = try f.addSubplot()
        for (k, m) in [Marker.circle, .square, .triangleUp, .cross, .plus, .star].enumerated() {
            let xs = (0..<8).map { Double($0) }, ys = xs.map { _ in Double(k) }
            try ax.scatter(x: xs, y: ys, sizes: [120], colors: .mapped(xs, cmap: "viridis"), marker: m, edgeColors: [.black])
        }
        try Data(f.renderPNG()).write(to: URL(fileURLWithPath: "/tmp/ours_scatter_edges.png"))
    }
    print("dpi 200 loss", try ms { let f = try Figure(dpi: 200); let ax = try f.addSubplot(); try ax.plot(y: [1, 3, 2]); ax.setTitle("t"); ax.legend(); try Data(f.renderPNG()).write(to: URL(fileURLWithPath: "/tmp/dpi200.png")) })
}
let args = CommandLine.arguments
let repeats = args.count > 1 ? max(1, Int(args[1]) ?? 20) : 20
let outdir = args.count > 2 ? args[2] : nil
do {
    try time("loss", repeats: repeats, outdir: outdir, lossFigure)
    if ProcessInfo.processInfo.environment["PLOT_ONLY"] != "loss" {
        try time("imshow", repeats: max(3, repeats / 4), outdir: outdir, imshowFigure)
    }
} catch {
    print("error: \(error)")
    exit(1)
}
