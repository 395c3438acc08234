import Foundation
import Language
import NN

/// `_cellgrad`: the few native pieces under the Python-written modules `IPython.display`,
/// `tqdm` and `cellgrad` (live outputs, MIME bundles, figure PNGs, the autograd graph).
/// Private: cells use those modules, never this one.
enum CellgradNativeModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_cellgrad", doc: "Native helpers of IPython.display, tqdm and cellgrad.")
        m.define("live", doc: "live()\n\nTrue when outputs can be redrawn in place (a notebook or console); False under `cellgrad run`.") { interp, _ in
            .bool(LiveDisplay.isLive(interp))
        }
        let publishSignature = Signature("publish(data, metadata=None, display_id=None, update=False)")
        m.define("publish", doc: "publish(data, metadata=None, display_id=None, update=False)\n\nSends a MIME bundle (a dict of str to str) as display_data, or update_display_data with update=True.") { interp, args in
            let b = try publishSignature.bind(args)
            var bundle = try self.bundle(interp, b["data"] ?? .none)
            bundle.metadata = try metadata(interp, b.optional("metadata"))
            let id = try b.optional("display_id").map { try interp.str($0) }
            try interp.display(bundle, displayID: id, update: try b.optional("update").map { try interp.isTruthy($0) } ?? false)
            return .none
        }
        m.define("mime_bundle", doc: "mime_bundle(obj)\n\nThe MIME bundle display(obj) shows, as a dict.") { interp, args in
            let d = PyDict()
            for (k, v) in try interp.mimeBundle(try args[0]).data { d[HashKey.string(k)] = .str(v) }
            return .object(d)
        }
        m.define("clear_output", doc: "clear_output(wait=False)\n\nClears the cell's output.") { interp, args in
            interp.io?.clearOutput(wait: args.count > 0 ? try interp.isTruthy(args[0]) : false)
            return .none
        }
        m.define("figure_png", doc: "figure_png(fig)\n\nThe PNG the notebook shows for a figure (base64), drawn now.") { interp, args in
            guard case .object(let o) = try args[0], let fig = o as? PyFigure else { throw PyError.type("figure_png() needs a matplotlib Figure") }
            guard let png = try FigureOutput.inlinePNG(fig) else { return .none }
            return .str(Data(png).base64EncodedString())
        }
        m.define("base64", doc: "base64(data)\n\nbytes as base64 text.") { _, args in
            guard case .object(let o) = try args[0], let bytes = o as? PyBytes else { throw PyError.type("base64() needs bytes") }
            return .str(Data(bytes.bytes).base64EncodedString())
        }
        m.define("autograd_graph", doc: "autograd_graph(tensor)\n\nThe graph that made a tensor: (nodes, edges).") { _, args in
            try AutogradGraphExport.export(try TorchBridge.tensor(try args[0]))
        }
        m.define("variable_id", doc: "variable_id(tensor)\n\nThe id autograd_graph gives this tensor's node.") { _, args in
            .int(AutogradGraphExport.id(try TorchBridge.tensor(try args[0]).variable))
        }
        m.define("html_escape", doc: "html_escape(text)\n\nstr(text) with &, <, >, \" and ' escaped for HTML.") { interp, args in
            .str(HTMLText.escape(try interp.str(try args[0])))
        }
        m["Live"] = .object(PyLiveDisplay.type)
        return m
    }

    /// `{"image/png": {"width": 300}}`: per MIME type, integer sizes.
    static func metadata(_ interp: Interpreter, _ v: Value?) throws -> [String: [String: Int]] {
        guard let v, !v.isNone else { return [:] }
        guard case .object(let o) = v, let d = o as? PyDict else { throw PyError.type("metadata is a dict, not \(v.typeName)") }
        var result: [String: [String: Int]] = [:]
        for (k, inner) in d.entries {
            guard let mime = k.asString, case .object(let io) = inner, let sizes = io as? PyDict else { continue }
            for (name, value) in sizes.entries {
                if let n = name.asString { result[mime, default: [:]][n] = try interp.toInt(value) }
            }
        }
        return result
    }

    static func bundle(_ interp: Interpreter, _ v: Value) throws -> MimeBundle {
        guard case .object(let o) = v, let d = o as? PyDict else { throw PyError.type("a MIME bundle is a dict of str to str") }
        var bundle = MimeBundle()
        for (k, value) in d.entries {
            guard let key = k.asString else { throw PyError.type("MIME types are str, not \(k.typeName)") }
            bundle.data[key] = try interp.mimeText(key, value) ?? interp.str(value)
        }
        return bundle
    }
}

/// `_cellgrad.Live()`: a ``LiveDisplay`` for the Python-written progress bars and plots.
final class PyLiveDisplay: PyObject {
    let live: LiveDisplay

    init(_ live: LiveDisplay) {
        self.live = live
        super.init(type: PyLiveDisplay.type)
    }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Live", bases: [BuiltinTypes.object], module: "_cellgrad",
                       doc: "Live(interval=0.1): one output redrawn in place, at most once per interval.")
        let sig = Signature("Live(interval=0.1)")
        t.constructor = { interp, _, args in
            let b = try sig.bind(args)
            let live = LiveDisplay(interp)
            live.minimumInterval = try interp.toDouble(b["interval"] ?? .float(0.1))
            return .object(PyLiveDisplay(live))
        }
        t.method("show(data, force=False)", on: PyLiveDisplay.self, doc: "show(data, force=False)\n\nDraws the bundle now if due (or forced), else keeps it for the next redraw.") { interp, o, b in
            o.live.show(try CellgradNativeModule.bundle(interp, b["data"] ?? .none), force: try interp.isTruthy(b["force"] ?? .bool(false)))
            return .none
        }
        t.method("finish()", on: PyLiveDisplay.self, doc: "finish()\n\nSends the redraw that was kept back.") { _, o, _ in
            o.live.finish()
            return .none
        }
        t.getter("due", on: PyLiveDisplay.self, doc: "True when a redraw would be sent now.") { _, o in .bool(o.live.isDue) }
        t.getter("display_id", on: PyLiveDisplay.self, doc: "The display_id of the output.") { _, o in .str(o.live.id) }
        return t
    }()
}
