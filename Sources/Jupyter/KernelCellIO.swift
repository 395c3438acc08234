import Foundation

/// Cell output for one execute request: streams are buffered and flushed at least every
/// 50 ms, so progress shows while a cell runs.
final class KernelCellIO: CellIO, @unchecked Sendable {
    unowned let kernel: Kernel
    let parent: Message
    let allowStdin: Bool
    let silent: Bool
    private let lock = NSLock()
    private let flushing = NSLock()
    private var pending: [(stderr: Bool, text: String)] = []
    private var lastFlush = Date()

    init(kernel: Kernel, parent: Message, allowStdin: Bool, silent: Bool) {
        self.kernel = kernel
        self.parent = parent
        self.allowStdin = allowStdin
        self.silent = silent
    }

    func stream(_ text: String, stderr: Bool) {
        if silent { return }
        lock.lock()
        if let last = pending.last, last.stderr == stderr {
            pending[pending.count - 1].text += text
        } else {
            pending.append((stderr, text))
        }
        let due = Date().timeIntervalSince(lastFlush) > 0.05
        lock.unlock()
        if due { flush() }
    }

    func flushIfDue() {
        lock.lock()
        let due = !pending.isEmpty && Date().timeIntervalSince(lastFlush) > 0.04
        lock.unlock()
        if due { flush() }
    }

    func flush() {
        // The shell thread (a print) and the IOPub thread (the 50 ms tick) both flush; one at a
        // time, or a later batch could be sent before an earlier one and the text arrive
        // out of order.
        flushing.lock()
        defer { flushing.unlock() }
        lock.lock()
        let items = pending
        pending = []
        lastFlush = Date()
        lock.unlock()
        for item in items {
            for piece in KernelCellIO.pieces(item.text, maxBytes: KernelCellIO.maxStreamBytes) {
                kernel.publish("stream", ["name": item.stderr ? "stderr" : "stdout", "text": piece], parent: parent)
            }
        }
    }

    /// The largest stream message: a 50 MB print arrives in pieces that front ends and ZeroMQ
    /// buffers take in stride, instead of as one message the browser must parse at once.
    static let maxStreamBytes = 1 << 20

    /// `text` cut into pieces of at most `maxBytes` UTF-8 bytes, never inside a code point.
    static func pieces(_ text: String, maxBytes: Int) -> [String] {
        let utf8 = text.utf8
        guard utf8.count > maxBytes else { return [text] }
        var result: [String] = []
        var start = utf8.startIndex
        while start < utf8.endIndex {
            var end = utf8.index(start, offsetBy: maxBytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
            while end > start, end < utf8.endIndex, end.samePosition(in: text.unicodeScalars) == nil {
                end = utf8.index(before: end)
            }
            // A limit smaller than one code point still moves on by that code point.
            if end == start { end = text.unicodeScalars.index(after: start) }
            result.append(String(text[start..<end]))
            start = end
        }
        return result
    }

    func display(_ data: [String: String], metadata: [String: Any], displayID: String?, update: Bool) {
        if silent { return }
        flush()
        var content: [String: Any] = ["data": MimeData.wire(data), "metadata": metadata]
        if let id = displayID { content["transient"] = ["display_id": id] }
        kernel.publish(update ? "update_display_data" : "display_data", content, parent: parent)
    }

    func clearOutput(wait: Bool) {
        flush()
        kernel.publish("clear_output", ["wait": wait], parent: parent)
    }

    func input(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw StdinNotAllowed() }
        flush()
        let request = kernel.wire.make("input_request", content: ["prompt": prompt, "password": password], parent: parent)
        kernel.stdin.send(kernel.wire.encode(request))
        while true {
            if kernel.stopping.load(ordering: .relaxed) { throw InputInterrupted() }
            guard let frames = kernel.stdin.receive(timeoutMs: 20) else {
                if kernel.interruptCheck?() ?? false { throw InputInterrupted() }
                continue
            }
            guard let reply = kernel.decodeOrLog(frames), reply.type == "input_reply" else { continue }
            return reply.content["value"] as? String ?? ""
        }
    }
}
