import CZeroMQ
import Foundation

/// A ZeroMQ socket. Not thread-safe: each socket has one owner thread, or its owner guards
/// it with a lock.
final class ZMQSocket: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    init(context: UnsafeMutableRawPointer, type: Int32) throws {
        guard let h = zmq_socket(context, type) else { throw KernelError.zmq("zmq_socket: \(ZMQSocket.lastError)") }
        handle = h
        var linger: Int32 = 0
        zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    static var lastError: String { String(cString: zmq_strerror(zmq_errno())) }

    func bind(_ endpoint: String) throws {
        guard zmq_bind(handle, endpoint) == 0 else { throw KernelError.zmq("bind \(endpoint): \(ZMQSocket.lastError)") }
    }

    func connect(_ endpoint: String) throws {
        guard zmq_connect(handle, endpoint) == 0 else { throw KernelError.zmq("connect \(endpoint): \(ZMQSocket.lastError)") }
    }

    func setOption(_ option: Int32, _ value: Int32) {
        var v = value
        zmq_setsockopt(handle, option, &v, MemoryLayout<Int32>.size)
    }

    func setOption(_ option: Int32, string: String) {
        _ = string.withCString { zmq_setsockopt(handle, option, $0, strlen($0)) }
    }

    /// Sends a multipart message.
    func send(_ frames: [Data]) {
        for (i, frame) in frames.enumerated() {
            let flags: Int32 = i < frames.count - 1 ? ZMQ_SNDMORE : 0
            frame.withUnsafeBytes { raw in
                _ = zmq_send(handle, raw.baseAddress, raw.count, flags)
            }
        }
    }

    /// Receives one multipart message, waiting at most `timeoutMs` (nil: forever).
    func receive(timeoutMs: Int? = nil) -> [Data]? {
        if let t = timeoutMs, !poll(timeoutMs: t) { return nil }
        var frames: [Data] = []
        while true {
            var msg = zmq_msg_t()
            zmq_msg_init(&msg)
            defer { zmq_msg_close(&msg) }
            guard zmq_msg_recv(&msg, handle, 0) >= 0 else { return frames.isEmpty ? nil : frames }
            if let p = zmq_msg_data(&msg) {
                frames.append(Data(bytes: p, count: zmq_msg_size(&msg)))
            } else {
                frames.append(Data())
            }
            if zmq_msg_more(&msg) == 0 { return frames }
        }
    }

    func poll(timeoutMs: Int) -> Bool {
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        return zmq_poll(&item, 1, timeoutMs) > 0 && (item.revents & Int16(ZMQ_POLLIN)) != 0
    }

    func close() { zmq_close(handle) }
}

public enum KernelError: Error, CustomStringConvertible {
    case zmq(String)
    case connectionFile(String)
    public var description: String {
        switch self {
        case .zmq(let m): return "ZeroMQ: \(m)"
        case .connectionFile(let m): return "connection file: \(m)"
        }
    }
}
