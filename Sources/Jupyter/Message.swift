import Crypto
import Foundation

/// A Jupyter message as it travels: identities, then `<IDS|MSG>`, signature, header,
/// parent header, metadata, content and buffers.
public struct Message: @unchecked Sendable {
    public var identities: [Data]
    public var header: [String: Any]
    public var parentHeader: [String: Any]
    public var metadata: [String: Any]
    public var content: [String: Any]
    public var buffers: [Data]

    public var type: String { header["msg_type"] as? String ?? "" }
    public var id: String { header["msg_id"] as? String ?? "" }
}

/// Signs and verifies messages with HMAC-SHA256; an empty key means no signing.
struct Signer: @unchecked Sendable {
    let key: SymmetricKey?

    init(key: String) {
        self.key = key.isEmpty ? nil : SymmetricKey(data: Data(key.utf8))
    }

    func sign(_ parts: [Data]) -> String {
        guard let key = key else { return "" }
        var mac = HMAC<SHA256>(key: key)
        for p in parts { mac.update(data: p) }
        return Data(mac.finalize()).map { String(format: "%02x", $0) }.joined()
    }

    /// Constant-time comparison of the hex signature.
    func verify(_ signature: Data, _ parts: [Data]) -> Bool {
        guard key != nil else { return true }
        let expected = Array(sign(parts).utf8)
        let given = Array(signature)
        guard expected.count == given.count else { return false }
        var diff: UInt8 = 0
        for (a, b) in zip(expected, given) { diff |= a ^ b }
        return diff == 0
    }
}

enum WireError: Error { case malformed(String), badSignature, replayed }

/// Encoding and decoding of the multipart wire format.
struct Wire: Sendable {
    static let delimiter = Data("<IDS|MSG>".utf8)
    let signer: Signer
    let session = UUID().uuidString
    /// Signatures already accepted: a message is run at most once. Without a key nothing is
    /// signed and there is nothing to remember, as in jupyter_client.
    let seen = SignatureHistory()

    func decode(_ frames: [Data]) throws -> Message {
        guard let d = frames.firstIndex(of: Wire.delimiter) else { throw WireError.malformed("no <IDS|MSG> delimiter") }
        guard frames.count >= d + 6 else { throw WireError.malformed("expected 5 frames after the delimiter, got \(frames.count - d - 1)") }
        let signature = frames[d + 1]
        let parts = Array(frames[(d + 2)..<(d + 6)])
        guard signer.verify(signature, parts) else { throw WireError.badSignature }
        if signer.key != nil, !seen.insert(signature) { throw WireError.replayed }
        func object(_ data: Data, _ what: String) throws -> [String: Any] {
            guard let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw WireError.malformed("\(what) is not a JSON object")
            }
            return o
        }
        let header = try object(parts[0], "header")
        guard header["msg_type"] is String else { throw WireError.malformed("header has no msg_type") }
        return Message(identities: Array(frames[..<d]), header: header, parentHeader: try object(parts[1], "parent_header"),
                       metadata: try object(parts[2], "metadata"), content: try object(parts[3], "content"),
                       buffers: Array(frames[(d + 6)...]))
    }

    /// A new message of `type` in reply to (or caused by) `parent`.
    func make(_ type: String, content: [String: Any], parent: Message?, metadata: [String: Any] = [:],
              identities: [Data]? = nil) -> Message {
        let header: [String: Any] = [
            "msg_id": UUID().uuidString, "session": session, "username": "cellgrad",
            "date": Timestamp.now(), "msg_type": type, "version": Kernel.protocolVersion,
        ]
        return Message(identities: identities ?? parent?.identities ?? [], header: header,
                       parentHeader: parent?.header ?? [:], metadata: metadata, content: content, buffers: [])
    }

    func encode(_ m: Message) -> [Data] {
        func json(_ o: [String: Any]) -> Data {
            (try? JSONSerialization.data(withJSONObject: o, options: [])) ?? Data("{}".utf8)
        }
        let parts = [json(m.header), json(m.parentHeader), json(m.metadata), json(m.content)]
        return m.identities + [Wire.delimiter, Data(signer.sign(parts).utf8)] + parts + m.buffers
    }
}
