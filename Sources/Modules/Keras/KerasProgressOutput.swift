import Foundation
import Language

/// Where `fit`'s per-epoch progress goes. In a notebook (verbose=1) each epoch is one output,
/// `Epoch 3/10` and its bar, redrawn in place through a ``LiveDisplay`` (HTML with Keras's
/// colours, and the same text as `text/plain` for nbconvert and the console). Under
/// `cellgrad run` it is the text Keras writes: the line redrawn after `\r`, at most ten times a
/// second. verbose=2 writes one finished line per epoch; verbose=0 nothing.
struct KerasProgressOutput {
    let interp: Interpreter
    let verbose: Int
    let header: String
    let bar: KerasProgbar
    let live: LiveDisplay?
    private var lastDraw = Date.distantPast

    init(_ interp: Interpreter, verbose: Int, epoch: Int, epochs: Int, steps: Int) throws {
        self.interp = interp
        self.verbose = verbose
        header = "Epoch \(epoch + 1)/\(epochs)"
        bar = KerasProgbar(target: steps, verbose: verbose)
        // A cell that put its own object in sys.stdout gets the text there, as Keras writes it.
        live = verbose == 1 && LiveDisplay.isLive(interp) && !interp.stdoutIsRedirected ? LiveDisplay(interp) : nil
        if verbose != 0 && live == nil { try interp.writeToSysStdout(header + "\n") }
    }

    /// After each batch: redraws the running line (verbose=1 only).
    /// `values` is only computed when the line is redrawn.
    mutating func step(_ current: Int, _ values: @autoclosure () -> [(String, Double)]) throws {
        guard verbose == 1, live?.isDue ?? true else { return }
        if let live {
            live.show(bundle(bar.fields(current: current, values: values(), final: false)))
        } else if Date().timeIntervalSince(lastDraw) >= 0.1 {
            lastDraw = Date()
            try interp.writeToSysStdout("\r" + bar.fields(current: current, values: values(), final: false).text)
        }
    }

    /// At the epoch's end, with the validation values: the finished line.
    func finish(_ values: [(String, Double)]) throws {
        guard verbose != 0 else { return }
        let line = bar.fields(current: bar.target, values: values, final: true)
        if let live {
            live.show(bundle(line), force: true)
        } else {
            try interp.writeToSysStdout((verbose == 1 ? "\r" : "") + line.text + "\n")
        }
    }

    private func bundle(_ line: KerasProgbar.Line) -> MimeBundle {
        MimeBundle(["text/plain": header + "\n" + line.text,
                    "text/html": "<pre class=\"cellgrad-progress\" style=\"margin:0;white-space:pre-wrap\">"
                        + header + "\n" + line.html + "</pre>"])
    }
}
