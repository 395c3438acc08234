import CZeroMQ
import Foundation

/// The IOPub socket and the one thread that owns it. Any thread publishes by handing frames to
/// an in-process queue (an inproc PUSH/PULL pair); the owner thread waits on that queue and on
/// the XPUB socket together, so a new subscriber gets its `iopub_welcome` the moment its
/// subscription arrives, as ipykernel's IOPub thread does, instead of at the next timer tick.
/// ZeroMQ sockets are not thread-safe: only the pushing end is shared, behind a lock.
final class IOPubChannel: @unchecked Sendable {
    /// The XPUB socket clients subscribe to; only `run` touches it once the kernel serves.
    let socket: ZMQSocket
    private let inbox: ZMQSocket
    private let outbox: ZMQSocket
    private let outboxLock = NSLock()

    init(context: UnsafeMutableRawPointer, socket: ZMQSocket) throws {
        self.socket = socket
        let address = "inproc://iopub-\(UUID().uuidString)"
        inbox = try ZMQSocket(context: context, type: ZMQ_PULL)
        outbox = try ZMQSocket(context: context, type: ZMQ_PUSH)
        // No high-water mark: the owner thread also publishes (when it flushes a cell's output)
        // and must never block on its own queue. Output is coalesced before it gets here.
        inbox.setOption(ZMQ_RCVHWM, 0)
        outbox.setOption(ZMQ_SNDHWM, 0)
        try inbox.bind(address)
        try outbox.connect(address)
    }

    /// Queues a multipart message for the subscribers; callable from any thread.
    func send(_ frames: [Data]) {
        outboxLock.withLock { outbox.send(frames) }
    }

    /// The owner thread's loop, for the life of the process: forwards queued messages, answers
    /// each subscription with `welcome(topic)` at once, and calls `tick` every `interval`.
    func run(interval: TimeInterval, welcome: (String) -> [Data], tick: () -> Void) {
        var nextTick = Date().addingTimeInterval(interval)
        while true {
            let waitMs = max(0, Int(nextTick.timeIntervalSinceNow * 1000))
            var items = [
                zmq_pollitem_t(socket: socket.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0),
                zmq_pollitem_t(socket: inbox.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0),
            ]
            _ = zmq_poll(&items, 2, waitMs)
            if items[0].revents & Int16(ZMQ_POLLIN) != 0 {
                while let frames = socket.receive(timeoutMs: 0) {
                    // A subscription is one frame: byte 1, then the topic (0 is an unsubscription).
                    if let first = frames.first, first.first == 1 {
                        socket.send(welcome(String(decoding: first.dropFirst(), as: UTF8.self)))
                    }
                }
            }
            if items[1].revents & Int16(ZMQ_POLLIN) != 0 {
                while let frames = inbox.receive(timeoutMs: 0) { socket.send(frames) }
            }
            if nextTick.timeIntervalSinceNow <= 0 {
                tick()
                nextTick = Date().addingTimeInterval(interval)
            }
        }
    }
}
