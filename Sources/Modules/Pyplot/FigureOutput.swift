import Foundation
import Language
import Plot

/// Getting a figure out: the inline display at the end of a cell (or at `plt.show()`), and
/// `savefig` to a PNG file.
enum FigureOutput {
    /// Shows a figure as matplotlib-inline does: an `image/png` display with the figure's repr
    /// as `text/plain`. A figure without Axes shows only the text, as IPython does.
    static func display(_ interp: Interpreter, _ fig: PyFigure) throws {
        var data = ["text/plain": fig.reprText]
        if let png = try inlinePNG(fig) { data["image/png"] = Data(png).base64EncodedString() }
        try interp.display(MimeBundle(data), displayID: nil, update: false)
    }

    /// The PNG the notebook shows: IPython's inline backend saves with `bbox_inches='tight'`
    /// and `pad_inches=0.1`, so the image is cropped to what is drawn (nil without Axes).
    static func inlinePNG(_ fig: PyFigure) throws -> [UInt8]? {
        guard !fig.figure.axes.isEmpty else { return nil }
        return try PlotValues.bridge { try fig.figure.renderPNG(tight: true, padInches: 0.1) }
    }

    /// `fig.savefig(fname, *, transparent=None, dpi='figure', format=None, bbox_inches=None, pad_inches=0.1, facecolor='auto', …)`.
    static let savefigSignature = "fname, *, transparent=None, dpi='figure', format=None, metadata=None, bbox_inches=None, pad_inches=0.1, facecolor='auto', edgecolor='auto', backend=None, **kwargs"

    static func savefig(_ interp: Interpreter, _ fig: PyFigure, _ a: BoundArguments) throws -> Value {
        if let k = a.extraKeywords.first(where: { !["orientation", "papertype", "bbox_extra_artists", "pil_kwargs"].contains($0.name.name) }) {
            throw PyError.type("FigureCanvasAgg.print_png() got an unexpected keyword argument '\(k.name.name)'")
        }
        let target = a["fname"] ?? .none
        var path = target.asString
        let explicitFormat = try a.optional("format").map { try PlotData.string($0, name: "format", function: "savefig").lowercased() }
        var format = explicitFormat
        if let p = path {
            let ext = (p as NSString).pathExtension.lowercased()
            if format == nil {
                if ext.isEmpty { path = p + ".png"; format = "png" } else { format = ext }
            }
        } else if try target.isNone || interp.lookupAttribute(target, Symbol("write")) == nil {
            throw PyError.type("savefig() fname must be a path (str) or a file object with write(), not \(target.typeName)")
        }
        let fmt = format ?? "png"
        guard fmt == "png" else {
            throw PyError.value("Format '\(fmt)' is not supported (supported formats: png)")
        }
        // savefig(dpi=N) draws this file at N dpi; the figure keeps its own for the inline display.
        var dpi = fig.creationDPI
        if let d = a.optional("dpi"), d.asString != "figure" {
            dpi = try PlotData.scalar(interp, d, name: "dpi")
        }
        var tight = false
        if let b = a.optional("bbox_inches") {
            guard b.asString == "tight" else { throw PyError.notImplemented("bbox_inches=\(Formatter.repr(b)) is not supported; use 'tight' or None") }
            tight = true
        }
        let pad = try PlotData.optionalScalar(interp, a.optional("pad_inches"), name: "pad_inches") ?? 0.1
        let transparent = try a.optional("transparent").map { try interp.isTruthy($0) } ?? false
        var face: Color?
        if let f = a.optional("facecolor"), f.asString != "auto" { face = try PlotValues.color(interp, f, property: "facecolor") }
        let png = try render(fig.figure, tight: tight, pad: pad, transparent: transparent, facecolor: face, dpi: dpi)
        if let p = path {
            try write(png, to: p)
        } else {
            _ = try interp.callMethod(target, Symbol("write"), Arguments([.object(PyBytes(png))]))
        }
        return .none
    }

    /// Renders with a temporary background (`transparent=True`, `facecolor=`), restored after.
    static func render(_ figure: Figure, tight: Bool, pad: Double, transparent: Bool, facecolor: Color?, dpi: Double?) throws -> [UInt8] {
        let savedFigure = figure.facecolor
        let savedAxes = figure.axes.map(\.facecolor)
        defer {
            figure.facecolor = savedFigure
            for (ax, c) in zip(figure.axes, savedAxes) { ax.facecolor = c }
        }
        if let facecolor { figure.facecolor = facecolor }
        if transparent {
            figure.facecolor = .clear
            for ax in figure.axes { ax.facecolor = .clear }
        }
        return try PlotValues.bridge { try figure.atDPI(dpi) { try figure.renderPNG(tight: tight, padInches: pad) } }
    }

    /// Writes bytes to a file, with Python's OSError subclasses and messages.
    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let f = fopen(path, "wb") else {
            let code = errno
            let message = "[Errno \(code)] \(String(cString: strerror(code))): '\(path)'"
            switch code {
            case ENOENT: throw PyError.fileNotFound(message)
            case EACCES, EPERM: throw PyError(BuiltinTypes.permissionError, message)
            case EISDIR: throw PyError(BuiltinTypes.isADirectoryError, message)
            default: throw PyError.os(message)
            }
        }
        defer { fclose(f) }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        guard written == bytes.count else {
            let code = errno
            throw PyError.os("[Errno \(code)] \(String(cString: strerror(code))): '\(path)'")
        }
    }
}
