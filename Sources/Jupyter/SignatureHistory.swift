import Foundation
import Synchronization

/// The signatures of the messages a kernel has accepted, so that a captured, correctly signed
/// message sent again is refused instead of run twice. jupyter_client's `Session` (which
/// ipykernel uses) keeps the same kind of history, 2^16 digests by default; when it is full the
/// oldest signature is forgotten, so memory stays bounded however long a class runs.
///
///     let seen = SignatureHistory(capacity: 2)
///     seen.insert(a)   // true
///     seen.insert(a)   // false: a replay
final class SignatureHistory: Sendable {
    static let defaultCapacity = 1 << 16

    private struct State {
        var members: Set<Data> = []
        /// Insertion order as a ring, to forget the oldest first.
        var ring: [Data] = []
        var oldest = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = SignatureHistory.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    /// Records `signature`; false when it was seen before (the message is a replay).
    func insert(_ signature: Data) -> Bool {
        state.withLock { s in
            if s.members.contains(signature) { return false }
            if s.ring.count < capacity {
                s.ring.append(signature)
            } else {
                s.members.remove(s.ring[s.oldest])
                s.ring[s.oldest] = signature
                s.oldest = (s.oldest + 1) % capacity
            }
            s.members.insert(signature)
            return true
        }
    }

    var count: Int { state.withLock { $0.members.count } }
}
