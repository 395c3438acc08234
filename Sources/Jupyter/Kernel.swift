import CZeroMQ
import Foundation
import Synchronization

/// A Jupyter kernel server: five sockets, three threads (shell, control, heartbeat) plus
/// an output flusher, HMAC signing, busy/idle around every request.
public final class Kernel: @unchecked Sendable {
    public static let protocolVersion = "5.4"
    let info: ConnectionInfo
    let wire: Wire
    let context: UnsafeMutableRawPointer
    let shell: ZMQSocket
    let control: ZMQSocket
    let stdin: ZMQSocket
    let iopub: IOPubChannel
    let heartbeat: ZMQSocket
    let session: KernelSession
    let kernelInfo: [String: Any]
    let onInterrupt: @Sendable () -> Void
    var executionCount = 0
    var history: [(Int, String)] = []
    let log: (String) -> Void
    /// Set when shutdown is requested; the loops end.
    let stopping = Atomic<Bool>(false)
    /// The running cell's output, which the output thread flushes; guarded by `ioLock` because
    /// the shell thread sets and clears it.
    private var runningIO: KernelCellIO?
    private let ioLock = NSLock()
    var currentIO: KernelCellIO? {
        get { ioLock.withLock { runningIO } }
        set { ioLock.withLock { runningIO = newValue } }
    }
    /// Lets a pending `input()` notice an interrupt.
    public var interruptCheck: (() -> Bool)?

    public init(connection: ConnectionInfo, session: KernelSession, kernelInfo: [String: Any],
                onInterrupt: @escaping @Sendable () -> Void, log: @escaping (String) -> Void) throws {
        info = connection
        wire = Wire(signer: Signer(key: connection.key))
        guard let ctx = zmq_ctx_new() else { throw KernelError.zmq("zmq_ctx_new failed") }
        context = ctx
        shell = try ZMQSocket(context: ctx, type: ZMQ_ROUTER)
        control = try ZMQSocket(context: ctx, type: ZMQ_ROUTER)
        stdin = try ZMQSocket(context: ctx, type: ZMQ_ROUTER)
        let xpub = try ZMQSocket(context: ctx, type: ZMQ_XPUB)
        heartbeat = try ZMQSocket(context: ctx, type: ZMQ_REP)
        if let secret = connection.curveSecretKey, !secret.isEmpty {
            for s in [shell, control, stdin, xpub, heartbeat] {
                s.setOption(ZMQ_CURVE_SERVER, 1)
                s.setOption(ZMQ_CURVE_SECRETKEY, string: secret)
            }
        }
        try shell.bind(connection.endpoint(connection.shellPort))
        try control.bind(connection.endpoint(connection.controlPort))
        try stdin.bind(connection.endpoint(connection.stdinPort))
        try xpub.bind(connection.endpoint(connection.iopubPort))
        iopub = try IOPubChannel(context: ctx, socket: xpub)
        try heartbeat.bind(connection.endpoint(connection.hbPort))
        if connection.transport == "ipc" {
            // ZeroMQ creates the socket files with the umask's permissions; another user on a
            // shared class server could connect. Only the owner may, as with the key file.
            for port in [connection.shellPort, connection.controlPort, connection.stdinPort, connection.iopubPort, connection.hbPort] {
                chmod("\(connection.ip)-\(port)", 0o600)
            }
        }
        self.session = session
        self.kernelInfo = kernelInfo
        self.onInterrupt = onInterrupt
        self.log = log
    }

    /// Runs until shutdown. The shell loop runs cells on a thread with a large stack.
    public func serve() {
        startThread("heartbeat", stack: 1 << 20) { [self] in heartbeatLoop() }
        startThread("control", stack: 8 << 20) { [self] in loop(control, isControl: true) }
        startThread("iopub", stack: 1 << 20) { [self] in
            // Buffered cell output is flushed every 50 ms, so progress shows while a cell runs.
            iopub.run(interval: 0.05, welcome: { [self] topic in
                // Addressed to the topic subscribed to, as ipykernel addresses it; but a topic
                // holding the delimiter would make every other client misread the message.
                let address = Data(topic.utf8)
                let safe = !topic.isEmpty && address.range(of: Wire.delimiter) == nil
                return wire.encode(wire.make("iopub_welcome", content: ["subscription": topic], parent: nil,
                                             identities: safe ? [address] : []))
            }, tick: { [self] in currentIO?.flushIfDue() })
        }
        let done = DispatchSemaphore(value: 0)
        startThread("shell", stack: 512 << 20) { [self] in
            loop(shell, isControl: false)
            done.signal()
        }
        done.wait()
        // The last replies and statuses are still on their way through the IOPub thread and
        // ZeroMQ's I/O thread; endSoon() ends the process once they are out.
        Thread.sleep(forTimeInterval: 0.5)
    }

    func startThread(_ name: String, stack: Int, _ body: @escaping @Sendable () -> Void) {
        let t = Thread(block: body)
        t.name = name
        t.stackSize = stack
        t.start()
    }

    func heartbeatLoop() {
        while !stopping.load(ordering: .relaxed) {
            if let frames = heartbeat.receive(timeoutMs: 200) { heartbeat.send(frames) }
        }
    }

    func publish(_ m: Message) {
        var message = m
        message.identities = [Data(("kernel." + message.type).utf8)]
        iopub.send(wire.encode(message))
    }

    func publish(_ type: String, _ content: [String: Any], parent: Message?) {
        publish(wire.make(type, content: content, parent: parent))
    }

    func status(_ state: String, parent: Message?) {
        publish("status", ["execution_state": state], parent: parent)
    }

    func loop(_ socket: ZMQSocket, isControl: Bool) {
        while !stopping.load(ordering: .relaxed) {
            guard let frames = socket.receive(timeoutMs: 100), let message = decodeOrLog(frames) else { continue }
            status("busy", parent: message)
            handle(message, on: socket, isControl: isControl)
            status("idle", parent: message)
        }
    }

    /// The message in `frames`, or nil after logging why it is dropped (never the key).
    func decodeOrLog(_ frames: [Data]) -> Message? {
        do {
            return try wire.decode(frames)
        } catch WireError.badSignature {
            log("dropped a message with an invalid signature")
        } catch WireError.replayed {
            log("refused a replayed message: its signature was already seen")
        } catch {
            log("dropped a malformed message: \(error)")
        }
        return nil
    }

    func reply(_ request: Message, on socket: ZMQSocket, _ content: [String: Any], metadata: [String: Any] = [:]) {
        let type = request.type.replacingOccurrences(of: "_request", with: "_reply")
        let m = wire.make(type, content: content, parent: request, metadata: metadata)
        socket.send(wire.encode(m))
    }

    /// Requests the control thread answers while a cell may be running on the shell thread:
    /// none of them touches the session, which belongs to the shell thread.
    static let controlRequests: Set<String> = ["kernel_info_request", "interrupt_request", "shutdown_request"]

    func handle(_ m: Message, on socket: ZMQSocket, isControl: Bool) {
        if isControl && !Kernel.controlRequests.contains(m.type) {
            if m.type.hasSuffix("_request") {
                reply(m, on: socket, ["status": "error", "ename": "NotImplementedError",
                                      "evalue": "\(m.type) is served on the shell channel; the control channel answers kernel_info, interrupt and shutdown requests",
                                      "traceback": [String]()])
            } else {
                log("ignored '\(m.type)' on the control channel")
            }
            return
        }
        switch m.type {
        case "kernel_info_request":
            reply(m, on: socket, kernelInfo)
        case "execute_request":
            execute(m, on: socket)
        case "complete_request":
            let code = m.content["code"] as? String ?? ""
            let cursor = m.content["cursor_pos"] as? Int ?? code.unicodeScalars.count
            let c = session.complete(code, cursor: cursor)
            reply(m, on: socket, ["status": "ok", "matches": c.matches, "cursor_start": c.cursorStart,
                                  "cursor_end": c.cursorEnd, "metadata": [String: Any]()])
        case "inspect_request":
            let code = m.content["code"] as? String ?? ""
            let cursor = m.content["cursor_pos"] as? Int ?? code.unicodeScalars.count
            let data = session.inspect(code, cursor: cursor, detailLevel: m.content["detail_level"] as? Int ?? 0)
            reply(m, on: socket, ["status": "ok", "found": data != nil, "data": data ?? [:], "metadata": [String: Any]()])
        case "is_complete_request":
            switch session.isComplete(m.content["code"] as? String ?? "") {
            case .complete: reply(m, on: socket, ["status": "complete"])
            case .incomplete(let indent): reply(m, on: socket, ["status": "incomplete", "indent": indent])
            case .invalid: reply(m, on: socket, ["status": "invalid"])
            }
        case "history_request":
            reply(m, on: socket, ["status": "ok", "history": historyEntries(m.content)])
        case "comm_info_request":
            reply(m, on: socket, ["status": "ok", "comms": [String: Any]()])
        case "comm_open", "comm_msg", "comm_close":
            break
        case "interrupt_request":
            onInterrupt()
            reply(m, on: socket, ["status": "ok"])
        case "shutdown_request":
            let restart = m.content["restart"] as? Bool ?? false
            reply(m, on: socket, ["status": "ok", "restart": restart])
            status("idle", parent: m)
            endSoon()
        default:
            log("ignored unknown message type '\(m.type)'")
        }
    }

    /// Stops the loops and ends the process shortly, once the last replies and statuses are out.
    func endSoon() {
        stopping.store(true, ordering: .relaxed)
        onInterrupt()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { exit(0) }
    }

    /// An `ask_exit` payload without `keepkernel`: the front end closes and, as with ipykernel,
    /// the kernel ends too.
    static func asksToEnd(_ payload: [String: Any]) -> Bool {
        guard payload["source"] as? String == "ask_exit" else { return false }
        switch payload["keepkernel"] {
        case let b as Bool: return !b
        case let i as Int: return i == 0
        default: return true
        }
    }

    func historyEntries(_ content: [String: Any]) -> [[Any]] {
        let access = content["hist_access_type"] as? String ?? "tail"
        var entries = history
        switch access {
        case "tail":
            let n = content["n"] as? Int ?? 10
            entries = Array(entries.suffix(max(0, n)))
        case "range":
            let start = content["start"] as? Int ?? 0
            let stop = content["stop"] as? Int ?? Int.max
            entries = entries.filter { $0.0 >= start && $0.0 < stop }
        case "search":
            let pattern = content["pattern"] as? String ?? "*"
            let regex = "^" + NSRegularExpression.escapedPattern(for: pattern)
                .replacingOccurrences(of: "\\*", with: ".*").replacingOccurrences(of: "\\?", with: ".") + "$"
            entries = entries.filter { $0.1.range(of: regex, options: .regularExpression) != nil }
            if content["unique"] as? Bool ?? false {
                var seen = Set<String>()
                entries = entries.reversed().filter { seen.insert($0.1).inserted }.reversed()
            }
            if let n = content["n"] as? Int { entries = Array(entries.suffix(n)) }
        default: break
        }
        let output = content["output"] as? Bool ?? false
        return entries.map { output ? [0, $0.0, [$0.1, NSNull()]] : [0, $0.0, $0.1] }
    }

    func execute(_ m: Message, on socket: ZMQSocket) {
        let code = m.content["code"] as? String ?? ""
        let silent = m.content["silent"] as? Bool ?? false
        let storeHistory = silent ? false : (m.content["store_history"] as? Bool ?? true)
        let stopOnError = m.content["stop_on_error"] as? Bool ?? true
        let allowStdin = m.content["allow_stdin"] as? Bool ?? true
        if storeHistory { executionCount += 1 }
        let count = executionCount
        if !silent { publish("execute_input", ["code": code, "execution_count": count], parent: m) }
        if storeHistory { history.append((count, code)) }
        let io = KernelCellIO(kernel: self, parent: m, allowStdin: allowStdin, silent: silent)
        currentIO = io
        let outcome = session.execute(code, executionCount: count, io: io)
        io.flush()
        if case .ok(let result, _) = outcome, let data = result, !silent {
            publish("execute_result", ["execution_count": count, "data": MimeData.wire(data), "metadata": [String: Any]()], parent: m)
        }
        session.finishExecute(io: io)
        io.flush()
        currentIO = nil
        switch outcome {
        case .ok(_, let payload):
            reply(m, on: socket, ["status": "ok", "execution_count": count, "payload": payload,
                                  "user_expressions": [String: Any]()])
            if payload.contains(where: Kernel.asksToEnd) { endSoon() }
        case .error(let name, let value, let traceback):
            // An empty traceback means the session has already said what went wrong (IPython's
            // UsageError, one line on stderr); ipykernel publishes no error output for it.
            if !silent && !traceback.isEmpty {
                publish("error", ["ename": name, "evalue": value, "traceback": traceback], parent: m)
            }
            // Only requests queued before this reply is sent are aborted; ones the client sends
            // after seeing the error run normally.
            let queued = stopOnError ? drainQueued(socket) : []
            // ipykernel's error reply carries an empty payload and user_expressions too.
            reply(m, on: socket, ["status": "error", "execution_count": count, "ename": name, "evalue": value,
                                  "traceback": traceback, "payload": [[String: Any]](),
                                  "user_expressions": [String: Any]()], metadata: ["status": "error"])
            abort(queued, on: socket)
        }
    }

    /// The requests already waiting on the socket.
    func drainQueued(_ socket: ZMQSocket) -> [Message] {
        var queued: [Message] = []
        while let frames = socket.receive(timeoutMs: 0) {
            if let m = decodeOrLog(frames) { queued.append(m) }
        }
        return queued
    }

    /// After an error with stop_on_error, the execute requests that were queued are aborted;
    /// other requests are answered normally.
    func abort(_ queued: [Message], on socket: ZMQSocket) {
        for m in queued {
            status("busy", parent: m)
            if m.type == "execute_request" {
                reply(m, on: socket, ["status": "aborted", "execution_count": executionCount])
            } else {
                handle(m, on: socket, isControl: false)
            }
            status("idle", parent: m)
        }
    }
}
